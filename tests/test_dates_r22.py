"""Timeline dates of round 22 (dates22), each class on my own wording: "the day before" (or "a
week later") counted from the last day the text told, where that is only a day guessed in the
middle of a week ("were barred last week ... learned of the visit the day before"): no day is
counted from such a guess."""

from __future__ import annotations

from datetime import date

import pytest

from tests.timexes import timeline_of

MONDAY = date(2019, 10, 7)


def dates(body: str, published: date = MONDAY) -> list[tuple[str, str]]:
    return timeline_of(body, published)


# --- "the day before" after "last week": no day is counted from a week's middle -------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Students from Harlan High were turned away last week. They say they heard of the"
            " mayor's visit the day before and made signs.",
            [("last week", "2019-10-03")],
        ),
        (
            "The Pellham council met last week. Members learned of the audit the day before.",
            [("last week", "2019-10-03")],
        ),
        (
            "Councilwoman Prell resigned this week. She told her aides the day before.",
            [("this week", "2019-10-07")],
        ),
    ],
)
def test_the_day_before_is_not_counted_from_a_weeks_middle(body, expected):
    assert dates(body, MONDAY) == expected


def test_the_day_before_still_counts_from_a_day_told_before():
    body = "The Pellham council met on Tuesday. Members learned of the audit the day before."
    assert dates(body, MONDAY) == [("Tuesday", "2019-10-01"), ("the day before", "2019-09-30")]


def test_weeks_later_count_from_the_last_day_told_not_a_weeks_middle():
    body = (
        "Senator Orr will appear for the ticket next Thursday in Harlan, having campaigned with"
        " Prell last week in Dunmore. The rally with the governor comes nearly two weeks later."
    )
    assert dates(body) == [
        ("next Thursday", "2019-10-10"),
        ("last week", "2019-10-03"),
        ("nearly two weeks later", "2019-10-24"),
    ]


def test_days_later_after_last_week_name_no_day():
    body = "The Pellham board met last week. Two days later, the mayor resigned."
    assert dates(body) == [("last week", "2019-10-03")]
