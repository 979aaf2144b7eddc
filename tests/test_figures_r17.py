"""Figures of round 17, on sentences written for these tests (never copied from an evaluation
text): a share of people measures what they said, hold or did, and the group asked is its
subject; an amount by the period keeps the period; a number set after a description of a person
is an age; "the two" followed by an adverb and a verb is a group named before.
"""

from __future__ import annotations

import pytest

from tests.test_figures import figures_in, one


@pytest.mark.parametrize(
    ("body", "value_text", "words"),
    [
        (
            "The poll found 44 percent of parents hold a negative view of the school.",
            "44 percent",
            "negative view",
        ),
        (
            "Only 21 percent have a positive impression of the mayor.",
            "21 percent",
            "positive impression",
        ),
        (
            "Just 8 percent indicated they would probably vote for the senator.",
            "8 percent",
            "vote for the senator",
        ),
        (
            "Most of the members, 62 percent, said they opposed the merger.",
            "62 percent",
            "opposed the merger",
        ),
        ("Roughly 35% of farmers approve of the new subsidy.", "35%", "approve of"),
    ],
)
def test_a_share_of_people_measures_what_they_said_or_hold(body, value_text, words):
    assert words in one(body, value_text)["measure"]


@pytest.mark.parametrize(
    ("body", "value_text", "group"),
    [
        (
            "The poll found 44 percent of parents hold a negative view of the school.",
            "44 percent",
            "parents",
        ),
        ("Roughly 35% of farmers approve of the new subsidy.", "35%", "farmers"),
    ],
)
def test_the_group_asked_is_the_subject_not_the_measure(body, value_text, group):
    row = one(body, value_text)
    assert row["subject"] == group and group not in row["measure"]


@pytest.mark.parametrize(
    ("body", "value_text", "whole"),
    [
        ("About 40 percent of the budget went to schools last year.", "40 percent", "budget"),
        ("About 17% of teachers own an electric car.", "17%", "teachers"),
        ("Some 22 percent of the nurses are satisfied with their pay.", "22 percent", "nurses"),
    ],
)
def test_a_share_of_a_whole_with_no_answer_keeps_its_whole(body, value_text, whole):
    assert whole in one(body, value_text)["measure"]


@pytest.mark.parametrize(
    ("body", "value_text"),
    [
        ("In all, 27% said they did not have an opinion.", "27%"),
        ("The majority, 58 percent, said they would not vote for him.", "58 percent"),
    ],
)
def test_a_denied_answer_keeps_its_not(body, value_text):
    assert one(body, value_text)["measure"].startswith("not ")


@pytest.mark.parametrize(
    ("body", "value_text", "measure"),
    [
        ("About 30% of renters do not have health insurance.", "30%", "no health insurance"),
        (
            "Nearly 19 percent are not satisfied with their pay.",
            "19 percent",
            "not satisfied with their pay",
        ),
    ],
)
def test_a_denied_state_keeps_its_denial(body, value_text, measure):
    assert one(body, value_text)["measure"] == measure


@pytest.mark.parametrize(
    ("body", "value_text"),
    [
        ("Among older voters, his lead was large: 58 percent to 30 percent.", "58 percent"),
        ("Gov. Jane Roe trails at 11 percent, and Sen. Ann Poe, 7 percent.", "7 percent"),
    ],
)
def test_a_share_beside_a_noun_speaks_only_by_a_verb_of_saying(body, value_text):
    measure = one(body, value_text)["measure"]
    assert "large" not in measure and "trails" not in measure


@pytest.mark.parametrize(
    ("body", "value_text", "text"),
    [
        ("The consultant was earning $12,500 a month from the firm.", "$12,500", "$12,500 a month"),
        (
            "The program will cost taxpayers $40 billion per year.",
            "$40 billion",
            "$40 billion per year",
        ),
        (
            "The pipeline carries 800,000 barrels a day to the coast.",
            "800,000",
            "800,000 barrels a day",
        ),
    ],
)
def test_an_amount_by_the_period_keeps_the_period_in_its_words(body, value_text, text):
    row = one(body, value_text)
    assert row["text"] == text


def test_a_period_that_dates_the_amount_is_no_rate():
    row = one("Sales were $9 million a year ago.", "$9 million")
    assert row["text"] == "$9 million"


@pytest.mark.parametrize(
    "body",
    [
        "Okafor, a retired Nigerian diplomat, 63, declined to comment.",
        "The suspect, an unemployed mechanic from Leeds, 29, was charged on Monday.",
    ],
)
def test_a_number_after_a_description_of_a_person_is_an_age(body):
    assert figures_in(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Smith met Jones in 2015. The two later founded a bakery.",
        "Both senators spoke at the rally. The two also sparred on television.",
    ],
)
def test_the_two_before_an_adverb_and_a_verb_is_a_group_named_before(body):
    assert [f for f in figures_in(body) if f["value"] == 2] == []


def test_the_two_before_an_adverb_and_an_adjective_counts():
    row = one("The two most senior aides resigned on Friday.", "two")
    assert "aides" in row["measure"]


def test_a_percentage_got_by_no_one_named_in_a_poll_story_is_poll_support():
    body = "In the new poll, no other candidate garnered four percent."
    assert one(body, "four percent")["measure"] == "poll support"


def test_a_share_that_answers_in_a_poll_story_keeps_its_verb():
    body = "In the new poll, 47% agree with the plan and 38% disagree."
    assert one(body, "38%")["measure"] == "disagree"


def test_a_state_in_a_poll_story_is_no_bare_verb():
    body = "In the new poll, 11 percent are undecided and 6 percent were hopeful."
    assert [one(body, v)["measure"] for v in ("11 percent", "6 percent")] == [
        "undecided",
        "hopeful",
    ]


def test_a_fraction_restated_in_brackets_is_a_share():
    body = "Among the members polled, more than half (56%) would consider a strike."
    row = one(body, "half")
    assert row["value"] == 0.5 and "strike" in row["measure"]


@pytest.mark.parametrize(
    ("body", "value_text", "value"),
    [
        ("Three-fifths of the seats are up for election.", "Three-fifths", 0.6),
        ("About seven-tenths of the budget goes to salaries.", "seven-tenths", 0.7),
        ("Two-fifths of the members said they would leave.", "Two-fifths", 0.4),
    ],
)
def test_any_numerator_over_any_denominator_is_a_fraction(body, value_text, value):
    assert one(body, value_text)["value"] == value


def test_a_denied_knowing_reads_not():
    body = "In the same poll, nearly a third say they don't know."
    assert one(body, "a third")["measure"] == "not know"


def test_a_decade_and_a_half_is_no_share():
    body = "He blamed her for the past decade and a half of foreign policies."
    assert [f for f in figures_in(body) if f["value"] == 0.5] == []
