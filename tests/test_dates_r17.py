"""Timeline dates of round 17 (dates17), each class on my own wording: a list of dates sharing its
month and year (its bare days dates, not figures), a run of years, a part of the day told after
another day, a year naming a contest's people or an award, the primary day named "Super Tuesday",
a president's inauguration named by its year, the idiom "at the end of the day" and "today's"
people of the present era."""

from __future__ import annotations

from datetime import date

import pytest

from tests.timexes import analysed, timeline_of

MARCH = date(2023, 3, 15)  # a Wednesday, the year before a presidential election
AUTUMN = date(2027, 10, 6)  # a Wednesday, the year before a presidential election


def dates(body: str, published: date = AUTUMN) -> list[tuple[str, str]]:
    return timeline_of(body, published)


def figures(body: str, published: date = AUTUMN) -> list[str]:
    return [r["text"] for r in analysed(body, published).facts.to_dict("records")]


# --- a list of dates shares the month and the year written once ------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The mayor met the builders on Jan. 4, 9 and 23, and May 2, 2019, the files show.",
            [
                ("Jan. 4", "2019-01-04"),
                ("9", "2019-01-09"),
                ("23", "2019-01-23"),
                ("May 2, 2019", "2019-05-02"),
            ],
        ),
        (
            "The survey of 800 adults was taken April 3 to 8, 2026, by phone.",
            [("April 3", "2026-04-03"), ("8, 2026", "2026-04-08")],
        ),
        (
            "Inspectors visited the plant on June 2 and July 19, 2021.",
            [("June 2", "2021-06-02"), ("July 19, 2021", "2021-07-19")],
        ),
        (  # the year written on the first member
            "Inspectors visited the plant on Jan. 5, 2021, and Feb. 3.",
            [("Jan. 5, 2021", "2021-01-05"), ("Feb. 3", "2021-02-03")],
        ),
    ],
)
def test_a_list_of_dates_shares_its_month_and_year(body, expected):
    assert [d for d in dates(body) if d[0] != "800"] == expected


def test_the_bare_days_of_a_list_are_no_figures():
    found = figures("The mayor met the builders on Jan. 4, 9 and 23, and May 2, 2019.")
    assert not {"9", "23"} & set(found)


@pytest.mark.parametrize(
    ("body", "number"),
    [
        ("On Sept. 14, 12 workers were hurt in the blast.", "12"),  # a count after the date
        ("Support rose from 4% on Aug. 2 to 19 percent.", "19 percent"),
        ("He spoke on Aug. 20, 9 days after the vote.", "9"),
    ],
)
def test_a_number_counting_something_after_a_date_stays_a_figure(body, number):
    assert number in " ".join(figures(body))
    assert number.split()[0] not in [text for text, _ in dates(body)]


def test_a_list_running_backwards_keeps_each_members_own_year():
    found = dict(dates("The fair opened on Nov. 3 and Feb. 9, 2027, the council said."))
    assert found["Nov. 3"] != "2027-11-03"  # not one year's run: November is not before February


# --- a run of years ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "written", "first", "last"),
    [
        ("Enrollment fell during the 2016-17 school year.", "2016-17", "2016-01-01", "2017-12-31"),
        ("He lost his seat in the 2009-10 election.", "2009-10", "2009-01-01", "2010-12-31"),
        ("The 1998-2001 drought emptied the lake.", "1998-2001", "1998-01-01", "2001-12-31"),
        ("She voted against him in the 2011-2 budget fight.", "2011-2", "2011-01-01", "2012-12-31"),
    ],
)
def test_a_run_of_years_is_dated_from_its_first_through_its_last(body, written, first, last):
    row = next(r for r in analysed(body, AUTUMN).timeline.to_dict("records"))
    assert (row["date_text"], str(row["date"])[:10], str(row["date_end"])[:10]) == (
        written,
        first,
        last,
    )


def test_a_year_and_its_month_are_no_run_of_years():
    assert "2024-11" not in [text for text, _ in dates("The files dated 2024-11 were lost.")]


# --- a part of the day after the day told ------------------------------------------------------


@pytest.mark.parametrize("part", ["evening", "morning", "afternoon", "night"])
def test_later_in_a_part_of_the_day_is_the_day_told(part):
    body = f"The governor toured the mill on Monday. Later in the {part}, she met the unions."
    found = dict(dates(body))
    assert found[f"Later in the {part}"] == found["Monday"] == "2027-10-04"


# --- a year naming a contest's people or its prize, or an award --------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Voters in Ohio quizzed 2028 Republican presidential contender Mara Lind on trade.",
        "Several 2028 candidates skipped the dinner.",
        "Lind, who is seeking the 2028 Republican nomination, spoke first.",
        "Lind, a 2028 hopeful, spoke first.",
        "The debate split 2028's presidential candidates.",
        "Ohio's 2027 teacher of the year declined the invitation.",
    ],
)
def test_a_year_naming_a_contests_people_or_an_award_is_no_point(body):
    assert not [text for text, _ in dates(body) if text[:2] == "20"]


@pytest.mark.parametrize(
    ("body", "written"),
    [
        ("Lind hopes to win the 2028 election.", "2028"),
        ("Lind will speak at the 2028 Republican National Convention.", "2028"),
        ("Pell, the 2016 Republican nominee, backed her.", "2016"),  # a contest gone by
    ],
)
def test_a_year_of_an_event_or_a_contest_gone_by_stays(body, written):
    assert written in [text for text, _ in dates(body)]


# --- the primary day named "Super Tuesday" -----------------------------------------------------


def test_super_tuesday_ahead_is_the_next_presidential_years():
    body = "The campaign is hiring in states that vote on all-important Super Tuesday."
    assert dict(dates(body))["Super Tuesday"] == "2028-03-07"


def test_super_tuesday_told_in_a_presidential_year_is_that_years_whatever_the_tense():
    body = "The campaign deployed staff to all the Super Tuesday states last month."
    assert dict(dates(body, date(2028, 2, 2)))["Super Tuesday"] == "2028-03-07"


def test_super_tuesday_gone_by_is_the_last_presidential_years():
    body = "She won three states on Super Tuesday and dropped out a week later."
    assert dict(dates(body, MARCH))["Super Tuesday"] == "2020-03-03"


# --- a US president's inauguration named by its year ----------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Critics recalled the president's 2021 inaugural address.", "2021-01-20"),
        ("Donors have given since the 2009 inauguration.", "2009-01-20"),
        ("The mayor's 2026 inauguration was held indoors.", "2026-01-01"),  # no president's year
    ],
)
def test_an_inauguration_named_by_a_presidential_year_is_20_january(body, expected):
    assert [d for _, d in dates(body)] == [expected]


# --- "at the end of the day", "today's" people ---------------------------------------------------


def test_a_part_of_the_day_told_in_the_past_is_no_day_ahead():
    body = (
        "Voters in the state go to the polls on Nov. 9. The trailing candidates debated "
        "earlier in the evening and attacked the press."
    )
    assert dict(dates(body))["earlier in the evening"] == "2027-10-06"


def test_at_the_end_of_the_day_unquoted_in_an_argument_is_no_time():
    body = "But look, at the end of the day, if a rival tries to shut us down, we go to court."
    assert not [text for text, _ in dates(body) if "day" in text]


def test_at_the_end_of_the_day_told_in_the_past_stays_the_day():
    body = "The pound recovered at the end of the day, dealers said."
    assert "the end of the day" in [text for text, _ in dates(body)]


@pytest.mark.parametrize(
    "body",
    [
        "“Today’s big tech companies have too much power,” Lind said.",
        "Today's college students borrow more than their parents did.",
    ],
)
def test_todays_people_and_firms_are_the_present_era(body):
    assert not [text for text, _ in dates(body) if text.lower() == "today"]


def test_todays_hearing_is_the_day():
    assert dict(dates("Today's hearing ran for six hours."))["Today"] == "2027-10-06"
