"""Figures of round 21, on sentences written for these tests (never copied from an evaluation
text): poll and race language. Points that modify a lead or margin measure the lead; points
set before 'ahead' or 'behind' measure that side of the race, also a single point written with
no digit.
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
