"""Round 13 date classes, each on our own wording:
- a day that names one event of a known year ("since 9/11", "the Sept. 11 terror attacks") is
  that event's day, not this year's; a modifier of anything else ("a 9/11 memorial") is no time,
  and "on 9/11" told in the days around the anniversary is this year's day.
"""

from __future__ import annotations

from datetime import date

import pytest

import lib

LATE_OCTOBER = date(2019, 10, 18)
ANNIVERSARY = date(2019, 9, 12)  # the day after this year's 11 September
SPRING = date(2021, 3, 3)


def rows(body: str, published: date) -> dict[str, str]:
    """The timeline of `body` as {date text: date}."""
    t = lib.analyze("A headline for the test\n\n" + body, published=published.isoformat())
    return {r["date_text"]: r["date"] for r in t.timeline.to_dict("records")}


@pytest.mark.parametrize(
    "body, written",
    [
        ("The airport has screened every bag since 9/11, officials said.", "9/11"),
        ("Analysts said the failures of the 1990s set the stage for 9/11.", "9/11"),
        ("She joined the Army after 9/11 and served two tours.", "9/11"),
        ("The 9/11 terrorist attacks reshaped the agency.", "9/11"),
        ("He has advised four presidents since the Sept. 11 terror attacks.", "Sept. 11"),
        ("Investigators studied the September 11th attacks for years.", "September 11th"),
    ],
)
def test_a_day_named_for_the_2001_attacks_is_that_day(body, written):
    assert rows(body, LATE_OCTOBER).get(written) == "2001-09-11"


@pytest.mark.parametrize(
    "body",
    [
        "A speaker at a 9/11 memorial service read the names.",
        "The 9/11 first responder died in June.",
        "He said a noun, a verb and 9/11 made up every sentence.",
    ],
)
def test_9_11_modifying_another_noun_is_no_time(body):
    assert "9/11" not in rows(body, LATE_OCTOBER)


def test_on_9_11_around_the_anniversary_is_this_years_day():
    assert rows("The senator posted a tribute on 9/11 as well.", ANNIVERSARY)["9/11"] == (
        "2019-09-11"
    )


def test_on_9_11_far_from_the_anniversary_is_the_attacks():
    assert rows("Her father was killed on 9/11 in the south tower.", SPRING)["9/11"] == (
        "2001-09-11"
    )


def test_a_bare_september_11_in_a_schedule_stays_this_years():
    body = "The committee will hold its next hearing on Sept. 11, the chairman said."
    assert rows(body, date(2019, 9, 2))["Sept. 11"] == "2019-09-11"


@pytest.mark.parametrize(
    "body, written, expected",
    [
        (
            "The vigil was held on Sunday, three years and two days after the flood.",
            "three years and two days after",
            "2016-09-27",
        ),
        (
            "The mill shut on March 3, 2015. Two months and one week later, it reopened.",
            "Two months and one week later",
            "2015-05-10",
        ),
    ],
)
def test_a_count_of_two_units_is_one_offset(body, written, expected):
    """'two years and one day after': the sum of both counts, not the last one alone."""
    assert rows(body, date(2019, 9, 30)).get(written) == expected


MONDAY = date(2019, 10, 21)


@pytest.mark.parametrize(
    "body, written, expected",
    [
        (
            "The governor backs the mayor in answer to a rival claiming in a Friday interview "
            "that the city is broke.",
            "Friday",
            "2019-10-18",
        ),
        (
            "Critics seized on a Thursday statement the agency posts online.",
            "Thursday",
            "2019-10-17",
        ),
        ("The senator will give a Friday speech in Ohio.", "Friday", "2019-10-25"),
        ("Aides are preparing for a Thursday briefing.", "Thursday", "2019-10-24"),
    ],
)
def test_a_weekday_before_the_noun_of_something_said(body, written, expected):
    """'in a Friday interview' dates what was said (gone by) whatever the present tense around
    it; a clause that looks ahead or prepares for it keeps it ahead."""
    assert rows(body, MONDAY).get(written) == expected


@pytest.mark.parametrize(
    "body, published, expected",
    [
        ("Voters will judge him next November.", date(2019, 10, 3), "2020-11-01"),
        ("The plant reopens next December.", date(2019, 10, 3), "2020-12-01"),
        ("The rules take effect next January.", date(2019, 11, 20), "2020-01-01"),
        ("The law takes effect next November.", date(2019, 4, 3), "2019-11-01"),
        ("Voters will judge him this November.", date(2019, 10, 3), "2019-11-01"),
        ("Voters will judge him come November.", date(2019, 10, 3), "2019-11-01"),
    ],
)
def test_next_month_said_in_the_weeks_before_it_is_the_one_after(body, published, expected):
    """'next November' said in October skips this year's (that would be 'this November');
    said in spring, or of a month of the year ahead, it is the coming one."""
    dates = rows(body, published)
    assert list(dates.values()) == [expected]


@pytest.mark.parametrize(
    "body, written, expected",
    [
        ("Lawyers vowed to file the appeal by week's end.", "week's end", "2019-10-04"),
        (
            "Lawyers vowed to file the appeal by the end of the week.",
            "the end of the week",
            "2019-10-04",
        ),
        ("The agency must report by month's end.", "month's end", "2019-10-31"),
        ("The agency must report by year's end.", "year's end", "2019-12-31"),
    ],
)
def test_a_deadline_at_a_periods_end(body, written, expected):
    """'by week's end' (the possessive as 'the end of the week'): a week's deadline is its last
    working day, a month's or a year's its last day."""
    assert rows(body, date(2019, 10, 2)).get(written) == expected


@pytest.mark.parametrize(
    "body, months",
    [
        (
            "Donors gave more in April, May and June than ever.",
            ["2019-04-01", "2019-05-01", "2019-06-01"],
        ),
        (
            "The campaign reported its totals for July, August, and September.",
            ["2019-07-01", "2019-08-01", "2019-09-01"],
        ),
        ("In April, May said Britain would leave.", ["2019-04-01"]),
    ],
)
def test_each_month_of_a_list_of_months(body, months):
    """A month followed by another in a list is a date like the first; 'In April, May said':
    after a comma 'May' is a surname as often as the month, never read as one."""
    assert sorted(rows(body, date(2019, 10, 5)).values()) == months
