"""Timeline dates of round 15 (dates15), each class on my own wording: where on the timeline a
part of a period and 'this week' are placed, so that the row's day is near every day the words
can mean."""

from __future__ import annotations

from datetime import date

import pytest

import lib

OCTOBER = date(2021, 10, 22)  # a Friday
SUNDAY = date(2021, 10, 24)


def rows(body: str, published: date = OCTOBER) -> dict[str, dict]:
    t = lib.analyze("A headline for the test\n\n" + body, published=published.isoformat())
    return {r["date_text"]: r for r in t.timeline.to_dict("records")}


# --- a part of a period: its end is its last day, its start its first, else its share's middle


@pytest.mark.parametrize(
    ("body", "written", "expected"),
    [
        (
            "Stocks of grain ran low at the end of August, traders said.",
            "the end of August",
            "2021-08-31",
        ),
        (
            "Orders slumped at the end of the second quarter, the firm said.",
            "the end of the second quarter",
            "2021-06-30",
        ),
        (
            "The mill shut at the end of last year, workers said.",
            "the end of last year",
            "2020-12-31",
        ),
        (
            "The mill will shut at the end of next year, workers said.",
            "the end of next year",
            "2022-12-31",
        ),
        (
            "The mill reopened at the beginning of March, workers said.",
            "the beginning of March",
            "2021-03-01",
        ),
        (
            "The mill reopened at the start of 2019, workers said.",
            "the start of 2019",
            "2019-01-01",
        ),
        ("Talks stalled in the middle of July, envoys said.", "the middle of July", "2021-07-15"),
        ("Talks stalled in mid-July, envoys said.", "mid-July", "2021-07-15"),
        ("Talks stalled in late June, envoys said.", "late June", "2021-06-25"),
    ],
)
def test_a_part_of_a_period_is_placed_where_its_days_are(body, written, expected):
    assert rows(body)[written]["date"] == expected


def test_a_running_end_of_year_told_in_the_past_is_no_later_than_publication():
    """'Sales rose at the end of the year' told in October: its last day is still ahead, so a
    past tense cannot mean it; the row stops at the story's day."""
    row = rows("Sales rose at the end of the year, the chain said.")["the end of the year"]
    assert row["date"] <= OCTOBER.isoformat()


def test_a_running_end_of_year_told_as_ahead_is_its_last_day():
    assert (
        rows("Sales will rise at the end of the year, the chain said.")["the end of the year"][
            "date"
        ]
        == "2021-12-31"
    )


def test_a_part_running_at_publication_told_in_the_past_is_no_later_than_publication():
    row = rows("Prices climbed in late October, dealers said.")["late October"]
    assert row["date"] <= OCTOBER.isoformat()


# --- 'this week': the middle of the days the tense leaves ---------------------------------------


@pytest.mark.parametrize(
    ("body", "published", "lo", "hi"),
    [
        ("The council met twice this week, aides said.", SUNDAY, "2021-10-21", "2021-10-24"),
        ("The council met twice this week, aides said.", OCTOBER, "2021-10-20", "2021-10-22"),
        (
            "The council will meet this week, aides said.",
            date(2021, 10, 18),
            "2021-10-20",
            "2021-10-22",
        ),
    ],
)
def test_this_week_is_near_every_day_it_can_mean(body, published, lo, hi):
    row = rows(body, published)["this week"]
    assert lo <= row["date"] <= hi
    assert row["date"] <= published.isoformat() or "met" not in body


def test_this_weeks_value_stays_the_week():
    t = lib.analyze(
        "A headline for the test\n\nThe council met twice this week, aides said.",
        published=SUNDAY.isoformat(),
    )
    values = {r["text"]: r["value"] for r in t.timexes.to_dict("records")}
    assert values["this week"] == "2021-W42"


# --- not dates: a time of day alone, a numbered reference, a day ending a quoted title ---------


@pytest.mark.parametrize(
    ("body", "written"),
    [
        ("She said the alarm rang at 4:15 in the morning and woke the street.", "4:15"),
        ("The bill amends 26 U.S. Code § 1986, which covers refunds, aides said.", "1986"),
        ("Lawyers sued under Section 1983 of the civil rights law, she said.", "1983"),
        ("Diplomats cited Resolution 1973 of the Security Council, he said.", "1973"),
        ("The senator defended the plan on “Fox News Sunday.” Critics did not.", "Sunday"),
    ],
)
def test_not_a_date(body, written):
    assert written not in rows(body)


@pytest.mark.parametrize(
    ("body", "written"),
    [
        ("The alarm rang at 4:15 p.m. Tuesday, neighbours said.", "4:15 p.m. Tuesday"),
        ("The law was passed in 1986, aides said.", "1986"),
        ("“We meet again on Sunday,” the senator said.", "Sunday"),
        ("“Not Sunday,” the senator said when asked.", "Sunday"),
    ],
)
def test_still_a_date(body, written):
    assert written in rows(body)
