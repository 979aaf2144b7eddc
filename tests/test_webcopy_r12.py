"""Statements in web copy whose page layout misleads attribution (round 12), on wording written
for the tests: embedded posts signed "— Name (@handle) Month D, YYYY"; a social-media account
speaking for its owner; a sentence that only says who spoke before a quote; a reporter's line
at the foot of the page; and a quote that ends in a comma and is followed by its own attribution
belongs to that attribution, even when the sentence before ends in a colon after a phrase on its verb
("“…,” Lee wrote in response to the vote:" is the attribution of the quote before it, left
introducing an embedded post the page lost)."""

from __future__ import annotations

import pytest

from lib.ingest.furniture import furniture_spans
from tests.statements_of import rows, said


@pytest.mark.parametrize(
    "tail",
    [
        "wrote in response to the council announcing the new budget:",
        "posted after the mayor defended the plan:",
        "wrote on Friday:",
    ],
)
def test_a_quote_with_its_own_attribution_beats_the_colon_before(tail):
    text = (
        "Budget row\n\n"
        "Residents argued online about the budget on Friday. “The parks lose again. Nobody "
        f"asked the neighbourhoods,” activist Dana Pruitt {tail}  “I read the whole document "
        "and the parks money is simply gone, which is a scandal,” Marcus Webb, a teacher at the "
        "local school, wrote:  The council meets again next week."
    )
    assert said(text, "The parks lose again")["speaker"] == "Dana Pruitt"
    assert said(text, "parks money is simply gone")["speaker"] == "Marcus Webb"


def test_a_colon_after_a_saying_of_its_own_still_introduces_the_quote():
    text = (
        "Budget row\n\n"
        "Mayor Ann Lee wrote in response to the council: “The parks keep their money, and the "
        "schools keep theirs,” the Daily Post reported."
    )
    assert said(text, "parks keep their money")["speaker"] == "Ann Lee"


POSTS = (
    "Harbour vote\n\n"
    "The harbour vote drew sharp replies online on Friday. “The fishermen were never asked,” "
    "the union said in a statement.  More: I have lived on this harbour for forty years and "
    "nobody asked me once. Shameful. https://t.co/AbC123xyz — mary okafor (@maryokafor) "
    "March 8, 2019      The council will regret this vote, and so will its members at the next "
    "election. pic.twitter.com/Zx9Qw — Tom Reyes (@TomReyesNews) March 8, 2019  The council "
    "meets again on Monday."
)


@pytest.mark.parametrize(
    ("words", "speaker"),
    [
        ("I have lived on this harbour", "Mary Okafor"),
        ("The council will regret this vote", "Tom Reyes"),
    ],
)
def test_a_post_before_its_signature_line_is_its_authors(words, speaker):
    row = said(POSTS, words)
    assert row["speaker"] == speaker
    assert row["kind"] == "direct"
    assert row["text"].endswith(("Shameful.", "next election."))  # no link, no signature


def test_a_post_does_not_take_the_link_opener_or_the_sentence_before():
    row = said(POSTS, "I have lived on this harbour")
    assert row["text"].startswith("I have lived")
    assert said(POSTS, "fishermen were never asked")["speaker"] != "Mary Okafor"


def test_a_signature_with_nothing_but_a_picture_before_it_is_no_statement():
    text = (
        "Harbour vote\n\n"
        "The mayor posted a photograph of the harbour on Friday.  pic.twitter.com/Zx9Qw — Ann "
        "Lee (@annlee) March 8, 2019  The council meets again on Monday."
    )
    rows_ = [r for r in rows(text) if "pic.twitter" in r["text"]]
    assert rows_ == []


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("the Harbour Watch Instagram account", "Harbour Watch"),
        ("Harbour Watch's official account", "Harbour Watch"),
        ("the Facebook page of Harbour Watch", "Harbour Watch"),
    ],
)
def test_an_account_speaks_for_its_owner_not_the_platform(subject, speaker):
    text = (
        "Harbour vote\n\n"
        "Harbour Watch, a residents' group, opposed the vote for months. “The council has sold "
        f"the harbour to the developers, and we will fight it,” {subject} wrote on Friday. "
        "“Every resident should come to the meeting on Monday,” it added."
    )
    assert said(text, "sold the harbour")["speaker"] == speaker
    assert said(text, "Every resident should come")["speaker"] == speaker


def test_an_account_with_no_owner_named_is_not_its_platform():
    text = (
        "Harbour vote\n\n"
        "The vote drew replies online. “The council has sold the harbour,” a Twitter account "
        "wrote on Friday."
    )
    assert said(text, "sold the harbour")["speaker"] in (None, "Twitter account")


@pytest.mark.parametrize(
    "introducer",
    [
        "Dana Pruitt, who chairs the residents' association, tweeted.",
        "Dana Pruitt wrote on Facebook.",
        "Dana Pruitt told reporters.",
    ],
)
def test_a_sentence_that_only_says_who_spoke_introduces_the_next_quote(introducer):
    text = (
        "Harbour vote\n\n"
        "Several council members said the vote was fair. "
        f"{introducer} “The council sold the harbour without asking a single resident.” "
        "The council meets again on Monday."
    )
    assert said(text, "without asking a single resident")["speaker"] == "Dana Pruitt"


def _furniture(text: str) -> list[str]:
    return [text[s:e] for s, e in furniture_spans(text, 0, len(text))]


@pytest.mark.parametrize(
    "bio",
    [
        "Dana Pruitt covers the harbour and city hall for the Daily Post.",
        "Tom Reyes is a reporter for the Coast Herald.",
    ],
)
def test_the_reporters_line_at_the_foot_is_furniture_not_a_speaker(bio):
    text = (
        "Harbour vote\n\n"
        "Mayor Ann Lee defended the sale on Friday. “The port is safe with us,” Lee said. "
        f"“It will stay open for fifty years.” {bio}"
    )
    assert said(text, "stay open for fifty years")["speaker"] == "Ann Lee"


def test_a_story_sentence_like_a_reporters_line_stays_when_the_story_goes_on():
    text = (
        "Tom Reyes is a reporter for the Coast Herald. He was arrested on Friday. "
        + "The harbour police said he had photographed the docks at night. " * 6
    )
    assert _furniture(text) == []


def test_a_quote_before_a_colon_is_not_given_to_the_sentence_after_it():
    text = (
        "Harbour vote\n\n"
        "Mayor Ann Lee defended the sale on Friday. “The port is safe with us,” she wrote in a "
        "post. “We will not wait for the state to act”: Council members from six towns also "
        "pledged to keep the harbour open."
    )
    assert said(text, "We will not wait")["speaker"] == "Ann Lee"
