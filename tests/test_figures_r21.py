"""Figures of round 21, on sentences written for these tests (never copied from an evaluation
text): poll and race language. Points that modify a lead or margin measure the lead; points
set before 'ahead' or 'behind' measure that side of the race, also a single point written with
no digit; each share in a gapped clause ('… at 4% and Ray at 3%') or after 'for' ('16% for
Ray') is its own candidate's; an ordinal on the noun a share is 'of' says which rank.
"""

from __future__ import annotations

import pytest

from tests.test_figures import figures_in, one

_POLL = "The Harbor Institute poll was released on Monday. "


@pytest.mark.parametrize(
    ("body", "value_text", "measure"),
    [
        (_POLL + "It gives Senator Jane Doe a five point lead over her rival.", "five", "lead"),
        (
            _POLL + "Mayor Tom Ray holds a 12-point lead over Governor Ann Holt.",
            "12",
            "lead over Holt",
        ),
        (_POLL + "The governor now has only a six-point margin in the state.", "six", "margin"),
    ],
)
def test_points_that_size_a_lead_measure_the_lead(body, value_text, measure):
    assert one(body, value_text)["measure"] == measure


@pytest.mark.parametrize(
    ("body", "value_text", "measure"),
    [
        (_POLL + "Ray is now three points behind Doe among likely voters.", "three", "behind Doe"),
        (_POLL + "Holt sits at 19%, four points ahead of Tom Ray.", "four", "ahead of Ray"),
        (
            _POLL + "The mayor trails badly: she is eight points behind the governor.",
            "eight",
            "behind",
        ),
    ],
)
def test_points_before_ahead_or_behind_are_a_side_of_the_race(body, value_text, measure):
    assert one(body, value_text)["measure"] == measure


@pytest.mark.parametrize(
    ("body", "value_text", "measure"),
    [
        (
            _POLL + "Doe is now less than a point ahead of Ray in the state.",
            "a point",
            "ahead of Ray",
        ),
        (
            _POLL + "Holt remains one point behind Doe among likely voters.",
            "one point",
            "behind Doe",
        ),
        (
            _POLL + "It gave Doe a point lead over Ray, within the margin of error.",
            "a point",
            "lead over Ray",
        ),
    ],
)
def test_a_single_point_written_out_is_a_figure(body, value_text, measure):
    row = one(body, value_text)
    assert (row["value"], row["unit"], row["measure"]) == (1.0, "percentage points", measure)


@pytest.mark.parametrize(
    "body",
    [
        "At one point ahead of the debate, the mayor left the stage.",
        "Ray made a point about taxes and then left.",
        "The bank cut rates by half a point lower than expected.",
    ],
)
def test_a_point_that_is_no_figure(body):
    assert [f["value"] for f in figures_in(body) if f["value"] == 1.0] == []


@pytest.mark.parametrize(
    ("body", "shares"),
    [
        (
            _POLL + "Senator Jane Doe was at 4% and businessman Tom Ray at 3%.",
            {"4%": "Jane Doe", "3%": "Tom Ray"},
        ),
        (
            _POLL + "Doe led the field, while Ray stood at 22% and Holt at 9%.",
            {"22%": "Ray", "9%": "Holt"},
        ),
        (
            _POLL + "Among the other hopefuls, Gov. Ann Holt was at 6% and Mayor Tom Ray at 2%.",
            {"6%": "Ann Holt", "2%": "Tom Ray"},
        ),
    ],
)
def test_each_share_in_a_gapped_clause_is_its_own_candidates(body, shares):
    for value_text, name in shares.items():
        row = one(body, value_text)
        assert (row["measure"], row["subject"]) == (f"poll support for {name}", name)


@pytest.mark.parametrize(
    ("body", "value_text", "name"),
    [
        (_POLL + "Its numbers showed 16% for Doe and 12% for Ray.", "12%", "Ray"),
        (_POLL + "The survey found 31 percent for Holt among older voters.", "31 percent", "Holt"),
        (_POLL + "It put the race at 44% for Ann Holt and 41% for Jane Doe.", "44%", "Ann Holt"),
    ],
)
def test_a_share_for_a_name_is_that_candidates(body, value_text, name):
    row = one(body, value_text)
    assert (row["measure"], row["subject"]) == (f"poll support for {name}", name)


@pytest.mark.parametrize(
    ("body", "value_text", "measure"),
    [
        (_POLL + 'Doe was the "second choice" of 19% of those asked.', "19%", "second choice"),
        (_POLL + "Ray was the first choice of 21%, the pollsters said.", "21%", "first choice"),
        (_POLL + "Holt was the third pick of 8%, behind both rivals.", "8%", "third pick"),
    ],
)
def test_an_ordinal_says_which_rank_a_share_holds(body, value_text, measure):
    assert one(body, value_text)["measure"] == measure


@pytest.mark.parametrize(
    ("body", "value_text", "value", "measure"),
    [
        (
            "Seven in 10 voters said the economy was their top worry, the Harbor poll found.",
            "Seven in 10",
            0.7,
            "the economy was their top worry",
        ),
        (
            "Two in three residents said they would back the new stadium.",
            "Two in three",
            0.6667,
            "back the new stadium",
        ),
        (
            "About 4 in 5 of the nurses asked said they felt overworked.",
            "4 in 5",
            0.8,
            "felt overworked",
        ),
    ],
)
def test_a_share_said_as_n_in_m(body, value_text, value, measure):
    row = one(body, value_text)
    assert (row["value"], row["measure"]) == (value, measure)


def test_n_in_m_days_is_no_share():
    assert [
        f["value"] for f in figures_in("The team won three in 10 days.") if f["value"] < 1
    ] == []


@pytest.mark.parametrize(
    ("body", "value_text", "measure"),
    [
        (
            "Nearly six in 10 of those surveyed, 58%, said they might change their mind.",
            "58%",
            "change their mind",
        ),
        (
            "Three in four of the union's members, 75 percent, said they wanted a raise.",
            "75 percent",
            "wanted a raise",
        ),
        (
            "Roughly one in five of the parents polled, 21%, said the school was unsafe.",
            "21%",
            "the school was unsafe",
        ),
    ],
)
def test_a_percentage_set_beside_a_share_in_words_says_what_they_said(body, value_text, measure):
    assert one(body, value_text)["measure"] == measure


@pytest.mark.parametrize(
    ("body", "shares"),
    [
        (
            _POLL + "Doe leads with 30%, followed by Ray at 18% and Holt at 11%.",
            {"18%": "Ray", "11%": "Holt"},
        ),
        (
            _POLL + "Doe led with 27 percent, followed by Tom Ray with 19 percent.",
            {"19 percent": "Tom Ray"},
        ),
        (
            _POLL + "Holt is the top pick of older voters with 31% support, followed by Ray with "
            "23% and Doe at 21%.",
            {"21%": "Doe"},
        ),
    ],
)
def test_a_share_after_followed_by_is_the_followers(body, shares):
    for value_text, name in shares.items():
        row = one(body, value_text)
        assert (row["measure"], row["subject"]) == (f"poll support for {name}", name)
