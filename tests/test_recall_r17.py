"""Statements missed of round 17 (recall17), each class on my own wording: a speech act done in a
gerund after a preposition ("began by criticizing …", "after praising …") is the act of the
subject of the verb the preposition hangs on."""

from __future__ import annotations

import pytest

import lib


def statements(body: str) -> list[tuple[str, str | None, str]]:
    text = "A headline for the test\n\n" + body
    t = lib.analyze(text, published="2021-10-22")
    return [
        (r["kind"], r.get("speaker"), text[r["start"] : r["end"]])
        for r in t.quotes.to_dict("records")
    ]


# --- a gerund after "by", "after", "in" … is its governing verb's subject's act ---------------


@pytest.mark.parametrize(
    ("body", "speaker", "said"),
    [
        (
            "Senator Ann Holt opened the hearing by criticizing the agency for its slow response.",
            "Ann Holt",
            "the agency for its slow response",
        ),
        (
            "Mayor Tom Reyes closed the meeting after praising the volunteers for their work.",
            "Tom Reyes",
            "the volunteers for their work",
        ),
        (
            "The governor, Lisa Marsh, ended her speech by denying the charges against her aides.",
            "Lisa Marsh",
            "the charges against her aides",
        ),
    ],
)
def test_a_gerund_after_a_preposition_is_the_subjects_act(body, speaker, said):
    found = statements(body)
    assert any(said in words and spoke and speaker in spoke for _, spoke, words in found), found


@pytest.mark.parametrize(
    "body",
    [
        # "without": the act was not done
        "Senator Ann Holt left the hearing without criticizing the agency for its response.",
        # "for": the gerund is the object's, not the subject's (a fine is no statement)
        "The court fined Tom Reyes for denying the inspectors access to the plant.",
    ],
)
def test_no_act_is_read_where_the_subject_does_not_do_it(body):
    assert not [f for f in statements(body) if f[0] == "indirect"]


# --- a request whose act is in the passive: what is to be done to whom --------------------------


@pytest.mark.parametrize(
    ("body", "speaker", "said"),
    [
        (
            "Senator Ann Holt called for the large banks to be broken up.",
            "Ann Holt",
            "the large banks to be broken up",
        ),
        (
            "Mayor Tom Reyes asked for the inspection reports to be released.",
            "Tom Reyes",
            "the inspection reports to be released",
        ),
    ],
)
def test_a_request_in_the_passive_is_a_statement(body, speaker, said):
    found = statements(body)
    assert any(words == said and spoke and speaker in spoke for _, spoke, words in found), found


def test_a_wish_without_anybody_asked_is_no_request():
    # "asked to be released": the subject's own wish, nobody is asked (no addressee)
    assert not statements("Tom Reyes asked to be released from the contract early.")


# --- what a request asks for, as its object; not the terms of an interview -------------------


def test_what_is_requested_is_a_statement():
    found = statements("Senator Ann Holt requested all records of the contracts signed in 2016.")
    assert [(k, w) for k, _, w in found] == [
        ("indirect", "all records of the contracts signed in 2016")
    ]


@pytest.mark.parametrize(
    "body",
    [
        "An aide to Ann Holt, who requested anonymity to discuss the talks, said little.",
        "The Daily Ledger requested comment from the mayor's office on Friday.",
    ],
)
def test_anonymity_or_comment_requested_is_no_statement(body):
    assert not [w for _, _, w in statements(body) if "anonymity" in w or "comment" in w]


def test_a_name_deemed_is_the_deemers_words():
    body = "Clinton weighed in on Monday, deeming the governor a “walking disaster” in a tweet."
    assert ("partial", "walking disaster") in [(k, w) for k, _, w in statements(body)]


# --- where a poll puts somebody is its statement ------------------------------------------------


@pytest.mark.parametrize(
    ("body", "said"),
    [
        ("The Quinnipiac poll showed Ann Holt with a narrow lead over Tom Reyes.", "with a narrow"),
        ("A Monmouth survey showed Tom Reyes at 30 percent among likely voters.", "at 30 percent"),
        ("The poll showed Ann Holt in a distant third behind Tom Reyes.", "in a distant third"),
    ],
)
def test_where_a_poll_puts_a_candidate_is_its_statement(body, said):
    assert any(said in words for kind, _, words in statements(body) if kind == "indirect")


def test_a_date_after_the_name_is_no_standing():
    found = statements("The poll showed Reyes in March, before the debate.")
    assert not [w for _, _, w in found if "March" in w]
