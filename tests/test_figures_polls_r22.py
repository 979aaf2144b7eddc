"""Round 22: what a share of the people asked said or hold, where the answer is long, set in
brackets after it, or a side taken with no object (lib/facts/polls.py). Sentences written for
these tests: invented places, bodies and people."""

from __future__ import annotations

import pytest

from tests.test_figures import one


@pytest.mark.parametrize(
    ("body", "value_text", "measure"),
    [
        (
            "In the Harlow survey, 38 percent said road repair should be a top priority.",
            "38 percent",
            "road repair a top priority",
        ),
        (
            "The Halvard survey found 61% think the governor is doing a good job.",
            "61%",
            "governor doing a good job",
        ),
        (
            "A majority (57 percent) of voters believe the mayor's transit plan is too expensive.",
            "57 percent",
            "transit plan too expensive",
        ),
        (
            "Some 70 percent believe their children will be better off than their parents.",
            "70 percent",
            "children better off than their parents",
        ),
    ],
)
def test_a_long_answer_is_said_as_a_headline(body, value_text, measure):
    """Too long to quote whole, what was said keeps its subject's noun and what is said of it,
    without the determiner, the auxiliaries and the linking 'be'."""
    assert one(body, value_text)["measure"] == measure


def test_a_cut_answer_ends_on_no_dangling_modifier():
    body = "Overall, 44% said they were satisfied or very satisfied with Mr. Dalby's record."
    assert one(body, "44%")["measure"] == "satisfied or very satisfied"


@pytest.mark.parametrize(
    ("body", "value_text", "measure"),
    [
        (
            "Voters say the stadium deal should be a top (28%) or important priority (35%).",
            "35%",
            "important priority",
        ),
        (
            "Residents said the bridge plan should be a low priority (14%) or not built at all (40%).",
            "14%",
            "low priority",
        ),
        (
            "Residents said the bridge plan should be a low priority (14%) or not built at all (40%).",
            "40%",
            "not built at all",
        ),
    ],
)
def test_a_share_in_brackets_counts_the_answer_before_it(body, value_text, measure):
    assert one(body, value_text)["measure"] == measure


@pytest.mark.parametrize("value_text", ["64%", "22%"])
def test_a_pair_of_groups_shares_in_brackets_counts_the_clause_said(value_text):
    body = (
        "Renters are more likely than owners to say the housing board is failing its duties "
        "(64% vs. 22%)."
    )
    assert one(body, value_text)["measure"] == "housing board failing its duties"


@pytest.mark.parametrize(
    ("body", "value_text", "measure"),
    [
        (
            "In the poll, 44% of parents approve of the new calendar compared to 49% who disapprove.",
            "49%",
            "disapprove",
        ),
        (
            "In the Lindell poll, 40 percent agree, while 33 percent disagree.",
            "33 percent",
            "disagree",
        ),
    ],
)
def test_a_side_taken_with_no_object_is_the_answer(body, value_text, measure):
    assert one(body, value_text)["measure"] == measure


def test_a_share_that_called_something_so_is_measured_by_the_verdict():
    body = "About a third of residents called the zoning probe politically motivated."
    row = one(body, "a third")
    assert (row["measure"], row["subject"]) == (
        "called the zoning probe politically motivated",
        "residents",
    )


@pytest.mark.parametrize(
    ("body", "value_text", "measure"),
    [
        (
            "The Gorland poll shows Mayor Rhee leading the field with 34 percent and Councilman "
            "Obi in second place with 19 percent.",
            "34 percent",
            "poll support for Rhee",
        ),
        (
            "The Gorland poll shows Mayor Rhee leading the field with 34 percent and Councilman "
            "Obi in second place with 19 percent.",
            "19 percent",
            "poll support for Councilman Obi",
        ),
        (
            "In statewide polls, Holt continues to have a solid lead among likely voters, now at 31%.",
            "31%",
            "poll support for Holt",
        ),
        (
            "Ray won the county seat with 56 percent in the runoff election.",
            "56 percent",
            "vote share for Ray",
        ),
    ],
)
def test_a_share_won_with_a_place_in_the_race_is_the_candidates(body, value_text, measure):
    """'leading the field with 34 percent': the field, the lead or the seat is where the share
    put the candidate, not what it counts."""
    assert one(body, value_text)["measure"] == measure


def test_a_named_owner_of_the_second_share_of_a_pair_keeps_it():
    body = "In the Vesey survey, Dana Holt holds an edge with 48 percent to Ray's 41 percent."
    row = one(body, "41 percent")
    assert (row["measure"], row["subject"]) == ("poll support for Ray", "Ray")


@pytest.mark.parametrize(
    ("value_text", "measure"),
    [("52 percent", "was fair"), ("31 percent", "unfair"), ("17 percent", "unsure")],
)
def test_shares_listed_after_one_that_said_answer_the_words_after_them(value_text, measure):
    """'52 percent said it was fair, 31 percent unfair and 17 percent unsure': the verb said
    once, each later share answers the words after it."""
    body = "Asked about the levy, 52 percent said it was fair, 31 percent unfair and 17 percent unsure."
    assert one(body, value_text)["measure"] == measure


@pytest.mark.parametrize(
    ("value_text", "measure"),
    [("25%", "success"), ("34%", "not having an opinion")],
)
def test_a_gapped_answer_drops_its_article_and_keeps_a_participle(value_text, measure):
    body = (
        "The Tarn survey found 40% describing the plan as a failure, 25% a success and 34% not "
        "having an opinion."
    )
    assert one(body, value_text)["measure"] == measure


def test_words_of_scope_after_a_share_are_no_answer():
    body = (
        "In the Kell poll, 40 percent said they backed Ray, while Doe and Holt saw 3 percent each."
    )
    assert one(body, "3 percent")["measure"] == "poll support for Doe and Holt"
