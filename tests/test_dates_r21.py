"""Timeline dates of round 21 (dates21), each class on my own wording: an event "slated for" a
month-day after publication (ahead, this year's)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.timexes import timeline_of

AUTUMN = date(2019, 9, 24)  # a Tuesday


def dates(body: str, published: date = AUTUMN) -> list[tuple[str, str]]:
    return timeline_of(body, published)


# --- "slated for Oct. 15": a schedule, ahead of the story -----------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "That could sharpen the contest at the next forum, slated for Oct. 15 in Dunmore.",
            [("Oct. 15", "2019-10-15")],
        ),
        (
            "The Harlan County levy hearing, slated for Nov. 4, has drawn letters from farmers.",
            [("Nov. 4", "2019-11-04")],
        ),
        (
            "Councilwoman Ada Prell said the recount was slated for Oct. 2.",
            [("Oct. 2", "2019-10-02")],
        ),
    ],
)
def test_an_event_slated_for_a_later_day_is_this_years(body, expected):
    assert dates(body) == expected
