"""Figures of round 19, on sentences written for these tests (never copied from an evaluation
text): a count of a generic noun of people is measured by what they did; a poll's side written
right after a share is its measure; a figure set after a dash beside "the percentage of X" or
"the share of X" measures X; a hyphened modifier is no counted noun, a hyphened unit still is.
"""

from __future__ import annotations

import pytest

from tests.test_figures import one


def _mu(body: str, value_text: str) -> tuple[str, str]:
    row = one(body, value_text)
    return row["measure"], row["unit"]


@pytest.mark.parametrize(
    ("body", "value_text", "measure", "unit"),
    [
        (
            "The charity said that 40,000 people volunteered for the first time this winter.",
            "40,000",
            "people volunteered for the first time",
            "people",
        ),
        (
            "By March only 7,000 people had registered, the clerk said.",
            "7,000",
            "people had registered",
            "people",
        ),
        (
            "The moderator now has 30 users muted for spam.",
            "30",
            "users muted for spam",
            "users",
        ),
    ],
)
def test_a_generic_noun_of_people_is_measured_by_what_they_did(body, value_text, measure, unit):
    assert _mu(body, value_text) == (measure, unit)


def test_a_light_verb_after_people_names_nothing_more():
    assert _mu("About 500 people have tickets for the gala.", "500") == ("people", "people")


def test_a_noun_that_is_no_generic_people_noun_keeps_its_measure():
    measure, unit = _mu("The county said 12 nurses volunteered for the night shift.", "12")
    assert unit == "nurses"
    assert not measure.startswith("nurses volunteered")


@pytest.mark.parametrize(
    ("value_text", "measure"),
    [("52 percent", "in favour"), ("39 percent", "against")],
)
def test_a_polls_side_after_a_share_is_its_measure(value_text, measure):
    body = (
        "Residents are divided over the new bridge – 52 percent in favour and 39 percent against."
    )
    assert _mu(body, value_text) == (measure, "percent")


def test_a_side_followed_by_its_object_is_left_to_the_parse():
    measure, _unit = _mu(
        "The survey found 41 percent against the toll, officials said.", "41 percent"
    )
    assert measure != "against"


def test_a_figure_after_a_dash_beside_the_percentage_of_a_group_measures_the_group():
    body = "Still flat: the percentage of tenants saying they would move next year — 37 percent."
    assert _mu(body, "37 percent") == (
        "tenants saying they would move next year",
        "percent",
    )


def test_a_figure_after_a_colon_beside_the_share_of_a_group_keeps_the_share():
    body = "The town has a high share of residents who cycle to work: 23 percent."
    assert _mu(body, "23 percent") == ("share of residents who cycle to work", "percent")


def test_a_hyphened_modifier_is_no_counted_noun():
    body = "The panel will examine at least 11 high-profile past investigations."
    assert _mu(body, "11") == ("past investigations", "investigations")


def test_a_hyphened_unit_glued_to_the_number_stays_the_unit():
    body = "Builders finished a 20,000-square-foot gym near the river."
    assert _mu(body, "20,000") == ("square-foot", "square-foot")


def test_a_share_restated_in_percent_between_dashes_keeps_the_fractions_measure():
    body = "Half of tenants say they will renew their lease — 50 percent — this spring."
    assert _mu(body, "50 percent") == ("renew their lease", "percent")


def test_a_percentage_that_is_another_share_is_no_restatement():
    body = "Half of tenants say they will renew their lease — 35 percent — this spring."
    assert _mu(body, "35 percent") == ("", "percent")
