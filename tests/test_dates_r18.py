"""Timeline dates of round 18 (dates18), each class on my own wording: a year before a plural
noun it belongs to (not a count), "today's" before a list of adjectives, another nation's
national day, a clock time in a broadcast schedule, a quoted clock time and a day outside the
quote, "was going to" before a deadline, and a date in a linked headline ("More: ...")."""

from __future__ import annotations

from datetime import date

import pytest

from tests.timexes import analysed, timeline_of

SPRING = date(2023, 3, 27)  # a Monday
AUTUMN = date(2027, 10, 10)  # a Sunday


def dates(body: str, published: date = AUTUMN) -> list[tuple[str, str]]:
    return timeline_of(body, published)


def timexes(body: str, published: date = AUTUMN) -> list[tuple[str, str, str]]:
    t = analysed(body, published)
    return [(r["text"], r["type"], r["value"]) for r in t.timexes.to_dict("records")]


# --- four figures before a plural noun: a year unless a round count ----------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The survey warns that 2028 results will turn on turnout in the suburbs.",
            [("2028", "2028-01-01")],
        ),
        (
            "Critics pointed to the senator's 2011 remarks on a radio show about farm aid.",
            [("2011", "2011-01-01")],
        ),
        ("The governor sent 1500 troops to the border towns after the storm.", []),
    ],
)
def test_a_year_before_a_plural_noun(body, expected):
    assert dates(body) == expected


# --- "today's" before a list of adjectives ------------------------------------------------------


def test_todays_list_of_adjectives_is_the_present_era():
    body = "The plan helps families get ahead in today’s fast, crowded, and changing economy."
    assert dates(body) == []
    assert ("today", "DATE", "PRESENT_REF") in timexes(body)


def test_todays_noun_then_a_comma_stays_the_day():
    body = "Senator Ilse Varga skipped today's vote, and Republicans noticed."
    assert dates(body) == [("today", "2027-10-10")]


# --- another nation's national day --------------------------------------------------------------


def test_another_nations_independence_day_has_no_row():
    body = "The governor hosted a reception celebrating Norwegian Independence Day. Guests sang."
    assert dates(body, SPRING) == []


def test_the_home_independence_day_keeps_its_row():
    body = "The town held a parade on Independence Day, the mayor said."
    assert dates(body, SPRING) == [("Independence Day", "2022-07-04")]


# --- a broadcast schedule is a recurrence, not a time on a day -----------------------------------


def test_a_schedule_written_before_its_hours_is_a_set():
    body = (
        "Ruth Alder spoke on Friday. Morning Desk airs on Channel 9 weekdays from 5:30 a.m. "
        "to 8:00 a.m. Eastern."
    )
    assert dates(body) == [("Friday", "2027-10-08")]
    assert ("weekdays from 5:30 a.m. to 8:00 a.m.", "SET", "XXXX-XX-XXT05:30") in timexes(body)


# --- a quoted clock time is not placed by a day outside the quotation ----------------------------


def test_a_quoted_clock_time_is_no_date_of_the_telling_day():
    body = (
        "Lena Ortiz talked about the budget on the radio. "
        "“On the trip I woke at 4:15 in the morning thinking of the deficit,” Ortiz told "
        "listeners in an interview on Thursday."
    )
    assert dates(body) == [("Thursday", "2027-10-07")]


# --- "was going to" before a deadline: the deadline ahead of the telling --------------------------


def test_was_going_to_points_ahead():
    body = "A lawyer said Tomas Reyes was going to leave the bank's board by Oct. 30."
    assert dates(body) == [("Oct. 30", "2027-10-30")]


def test_is_going_to_points_ahead():
    body = "Tomas Reyes is going to leave the bank's board in September."
    assert dates(body) == [("September", "2028-09-01")]


# --- a linked headline's date is kept --------------------------------------------------------------


def test_a_date_in_a_more_link_is_dated():
    body = (
        "The mayor spoke to reporters on Friday about the new budget. "
        "More: Mayor Ruiz to run for governor in 2030 The budget passed by two votes."
    )
    assert dates(body) == [("Friday", "2027-10-08"), ("2030", "2030-01-01")]


# --- "N years ago today": one event, dated by the offset ----------------------------------------


def test_ago_today_is_one_row():
    body = "We mourn the lives lost in the flood 12 years ago today, Mayor Oduya said."
    assert dates(body) == [("12 years ago", "2015-10-10")]


def test_today_after_a_comma_keeps_its_row():
    body = "The flood came ten years ago. Today the town of Varn is rebuilt, Mayor Oduya said."
    assert dates(body) == [("ten years ago", "2017-10-10"), ("Today", "2027-10-10")]
