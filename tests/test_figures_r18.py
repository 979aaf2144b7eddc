"""Figures of round 18, on sentences written for these tests (never copied from an evaluation
text): a pair of percentages after a verb of a contest is each side's support; ages (a decade of
life, the age at a death, a band of ages after a group) and the numbers of channels and legal
codes are no figures; money on hand is cash on hand; "half a million" and "an eight-figure" buy
are amounts.
"""

from __future__ import annotations

import pytest

from tests.test_figures import figures_in, one


def _row(body: str, value_text: str) -> tuple[str, str, str]:
    row = one(body, value_text)
    return row["measure"], row["subject"], row["change"]


def test_a_pair_after_a_contest_verb_is_each_sides_support():
    body = "A new poll shows Mayor Dalton defeating Senator Kirwan 51 percent to 44 percent."
    assert _row(body, "51 percent") == ("poll support for Dalton", "Dalton", "level")
    assert _row(body, "44 percent") == ("poll support for Kirwan", "Kirwan", "level")


def test_a_bracketed_lead_gives_the_leader_and_the_unnamed_other_side():
    body = "Kirwan does well with veterans (Dalton leads 58% to 35%), the survey found."
    assert _row(body, "58%") == ("poll support for Dalton", "Dalton", "level")
    assert _row(body, "35%") == ("poll support", "", "level")


def test_a_second_contest_verb_joined_on_keeps_the_first_subject():
    body = "In the poll, Dalton beats him by 9 points – 50 percent to 41 percent – and defeats Ortiz 48 percent to 40 percent."
    assert _row(body, "41 percent") == ("poll support", "", "level")
    assert _row(body, "48 percent") == ("poll support for Dalton", "Dalton", "level")
    assert _row(body, "40 percent") == ("poll support for Ortiz", "Ortiz", "level")


def test_a_pair_with_no_contest_verb_is_left_to_the_other_rules():
    row = one("Sales rose 5 percent to 10 percent of revenue.", "5 percent")
    assert (row["measure"], row["change"]) == ("sales", "increase")


@pytest.mark.parametrize(
    "body",
    [
        "Mayor Ruiz Dead At 71",
        "Ruiz, who died at 71 on Sunday, led the city council.",
        "The judge retired at 65 last spring.",
        "“You are 70-something, I am 60-something,” Ruiz told the governor.",
        "Harlan leads among younger voters (18-34), the survey found.",
        "Don't trust anyone over 30, he said.",
        "The show airs on SiriusXM Patriot 125 weekdays from 6:00 a.m.",
        "He was charged under 18 U.S. Code § 793.",
    ],
)
def test_ages_channels_and_code_titles_are_no_figures(body):
    assert figures_in(body) == []


def test_a_range_of_workers_is_still_counted():
    row = one("Harlan hired 40-50 workers last month.", "40-50")
    assert (row["value"], row["unit"]) == (40.0, "workers")


def test_money_on_hand_is_cash_on_hand():
    body = "The Marlowe campaign finished the quarter with more than $12 million on hand."
    assert one(body, "$12 million")["measure"] == "cash on hand"


@pytest.mark.parametrize(
    ("body", "value_text", "value", "measure"),
    [
        ("The blogger has half a million followers.", "half a million", 500_000.0, "followers"),
        (
            "A quarter of a million people marched.",
            "A quarter of a million",
            250_000.0,
            "protesters",
        ),
        ("Ortiz Launches 7-Figure Ad Buy", "7-Figure", 1_000_000.0, "ad Buy"),
    ],
)
def test_a_fraction_of_a_scale_and_a_count_of_digits_are_amounts(body, value_text, value, measure):
    row = one(body, value_text)
    assert (row["value"], row["measure"]) == (value, measure)


@pytest.mark.parametrize(
    ("body", "unit"),
    [
        ("Doctors found a blockage in one artery.", "artery"),
        ("Harlan settled with one former aide over the claims.", "aide"),
    ],
)
def test_one_in_a_phrase_on_a_counting_preposition_counts(body, unit):
    row = one(body, "one")
    assert (row["value"], row["unit"]) == (1.0, unit)


@pytest.mark.parametrize(
    "body",
    [
        "In one case, the mayor resigned.",
        "Shaub wrote in one tweet that it was wrong.",
        "She moved to one side.",
        "She backs a ‘one person, one vote’ system.",
    ],
)
def test_one_in_a_framing_phrase_or_an_idiom_counts_nothing(body):
    assert figures_in(body) == []


def test_one_part_of_something_picked_out_counts_nothing():
    assert figures_in("The fire started in one corner of the old barn.") == []


@pytest.mark.parametrize(
    "body",
    [
        "No White House official went on the “big five” networks this week.",
        "They have every chance of winning this Six Nations.",
    ],
)
def test_a_number_in_a_quoted_group_or_a_titled_name_after_a_determiner_is_a_name(body):
    assert figures_in(body) == []


def test_bare_numbers_listed_after_the_name_models():
    body = "The feature comes on two new handsets - the 4410 and 8820 - this spring."
    assert [f["value_text"] for f in figures_in(body)] == ["two"]


def test_numbers_before_their_noun_after_the_still_count():
    body = "Between the 300 and 400 seats were filled."
    assert [f["value"] for f in figures_in(body)] == [300.0, 400.0]
