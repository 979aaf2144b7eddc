"""Round 8 date classes (issue 12), each on our own wording: 'this weekend' told late in the
week, a week or weekend counted inside a month, a run of days in one month, 'a week ago
Sunday', a count followed by the year it lands on, 'the evening's' event, a clock time said
every weekday, 'at the end of the day' as a figure of speech in a quote, a month before the
plural of a contest, and 'today's' owning an abstract noun."""

from __future__ import annotations

from datetime import date

import pytest

from tests.timexes import dated, tag_body

WEDNESDAY = date(2023, 3, 8)  # ISO week 10: Monday 6 - Sunday 12 March 2023
MONDAY = date(2023, 3, 13)


@pytest.mark.parametrize(
    "body",
    [
        "The club asked the choir to sing at the reopening of the pier this weekend.",
        "A pop-up market draws crowds downtown this weekend.",
    ],
)
def test_this_weekend_told_midweek_is_the_coming_one(body):
    """Its value names the reference day's own week, so the date must be that week's weekend,
    even under a past verb of asking or inviting."""
    assert dated(body, WEDNESDAY, "this weekend") == (
        "2023-W10-WE",
        date(2023, 3, 11),
        date(2023, 3, 12),
    )


def test_this_weekend_under_a_future_seen_from_the_past_is_ahead():
    body = "On Tuesday the coach said a surprise guest would be joining the team this weekend."
    x = tag_body(body, date(2023, 3, 14))["this weekend"]  # said Tuesday 14 March
    assert (x.date, x.date_end) == (date(2023, 3, 18), date(2023, 3, 19))


def test_this_weekend_told_on_monday_in_the_past_is_the_one_gone():
    x = tag_body("Storms flooded two villages this weekend.", MONDAY)["this weekend"]
    assert x.date == date(2023, 3, 11)


@pytest.mark.parametrize(
    ("body", "expression", "start", "end"),
    [
        (
            "The festival fills the park the first weekend of June.",
            "the first weekend of June",
            date(2023, 6, 3),
            date(2023, 6, 4),
        ),
        (
            "Rents were frozen in the last week of January 2022.",
            "the last week of January 2022",  # Monday 31 January: the week before
            date(2022, 1, 24),
            date(2022, 1, 30),
        ),
        (
            "Schools reopened the first week of October 2022.",
            "the first week of October 2022",  # Saturday 1 October: the week after
            date(2022, 10, 3),
            date(2022, 10, 9),
        ),
        (
            "Ballots go out the second week of May.",
            "the second week of May",
            date(2023, 5, 8),
            date(2023, 5, 14),
        ),
    ],
)
def test_a_week_or_weekend_counted_inside_a_month(body, expression, start, end):
    """A week counts when most of its days are in the month."""
    x = tag_body(body, WEDNESDAY)[expression]
    assert (x.date, x.date_end) == (start, end)


def test_the_last_weekend_of_a_month_is_its_last_saturday():
    x = tag_body("The fair closed the last weekend of April 2021.", WEDNESDAY)
    found = x["the last weekend of April 2021"]
    assert (found.value, found.date) == ("2021-W16-WE", date(2021, 4, 24))


def test_a_run_of_days_in_one_month_spans_them():
    body = "The survey, fielded Feb. 20-23, 2023, reached 800 adults."
    assert dated(body, WEDNESDAY, "Feb. 20-23, 2023") == (
        "2023-02-20",
        date(2023, 2, 20),
        date(2023, 2, 23),
    )


def test_a_run_of_days_needs_a_later_last_day():
    """'June 9-3' is no run: the first day alone, not a range ending before it starts."""
    x = tag_body("Delegates met June 9-3 in error, the minutes say.", WEDNESDAY)
    assert all(t.date_end is None or t.date_end >= t.date for t in x.values() if t.date)


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        (MONDAY, date(2023, 3, 5)),  # Sunday 12 March gone, a week before it
        (WEDNESDAY, date(2023, 2, 26)),  # Sunday 5 March gone, a week before it
    ],
)
def test_a_week_ago_sunday(published, expected):
    body = "The envoy met the rebels a week ago Sunday."
    assert dated(body, published, "a week ago Sunday") == (expected.isoformat(), expected, expected)


def test_two_weeks_ago_a_weekday():
    x = tag_body("The plant shut two weeks ago Friday.", MONDAY)["two weeks ago Friday"]
    assert x.date == date(2023, 2, 24)


def test_a_count_followed_by_the_year_it_lands_on_is_that_year_once():
    """The year dates the event; the count says how far it is, and is not a second event."""
    found = tag_body("She won the same race nine years earlier, in 2010.", WEDNESDAY)
    count = found["nine years earlier"]
    assert (count.value, count.date) == ("2010", None)
    assert found["2010"].date == date(2010, 1, 1)


def test_a_count_with_no_year_after_it_is_not_changed():
    found = tag_body("She won the race on May 3, 2010, and lost it two years later.", WEDNESDAY)
    assert found["two years later"].value == "2012"


@pytest.mark.parametrize(
    "body",
    [
        "Volunteers set up chairs hours before the evening's debate.",
        "Fans queued early for the night's final.",
    ],
)
def test_the_evening_owning_an_event_is_the_story_day(body):
    x = next(x for x in tag_body(body, WEDNESDAY).values() if x.text.startswith("the "))
    assert x.date == WEDNESDAY


def test_the_evening_owning_an_event_takes_the_day_its_sentence_names():
    body = "On Monday, volunteers set up chairs hours before the evening's debate."
    assert tag_body(body, WEDNESDAY)["the evening"].date == date(2023, 3, 6)


@pytest.mark.parametrize(
    ("body", "expression"),
    [
        ("The podcast drops at 5 a.m. Eastern time weekdays.", "5 a.m. Eastern time weekdays"),
        ("The ferry leaves at 7:15 p.m. daily.", "7:15 p.m. daily"),
    ],
)
def test_a_clock_time_said_every_day_is_a_set(body, expression):
    x = tag_body(body, WEDNESDAY)[expression]
    assert (x.type, x.date) == ("SET", None)
    assert x.value.startswith("XXXX-XX-XXT")


def test_a_clock_time_on_its_own_stays_a_time():
    x = tag_body("The ferry left at 7:15 p.m.", WEDNESDAY)["7:15 p.m."]
    assert (x.type, x.date) == ("TIME", WEDNESDAY)


def test_at_the_end_of_the_day_in_a_quote_is_a_figure_of_speech():
    body = '"At the end of the day, voters want cheaper bread," the candidate said.'
    assert not any("day" in text for text in tag_body(body, WEDNESDAY))


def test_at_the_end_of_the_day_in_a_market_report_is_the_day():
    body = "The pound recovered at the end of the day, dealers said."
    assert tag_body(body, WEDNESDAY)["the end of the day"].date == WEDNESDAY


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("Candidates crowd the state ahead of the January caucuses.", "2024-01"),
        ("Turnout fell in the June primaries.", "2023-06"),
    ],
)
def test_a_month_before_the_plural_of_a_contest_is_dated(body, value):
    x = next(x for x in tag_body(body, date(2023, 10, 4)).values() if x.kind == "date")
    assert x.value == value


def test_todays_with_an_abstract_noun_is_the_present():
    body = '"Families struggle under today\'s deep inequality," the report says.'
    x = tag_body(body, WEDNESDAY)["today"]
    assert (x.value, x.date) == ("PRESENT_REF", None)


def test_the_evening_owning_an_event_is_not_a_day_named_ahead_before():
    body = (
        "The caucuses are on Feb. 3. Volunteers have knocked on doors for months. "
        "Crowds gathered early ahead of the evening's rally."
    )
    assert tag_body(body, WEDNESDAY)["the evening"].date == WEDNESDAY


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The next stop on her tour is Saturday's rally in Ames.", date(2023, 3, 11)),
        ("His only event scheduled is Monday's town hall.", date(2023, 3, 13)),
        ("The biggest upset is Monday's vote.", date(2023, 3, 6)),  # no schedule: the one gone
    ],
)
def test_a_weekday_event_named_as_what_a_schedule_holds_is_ahead(body, expected):
    x = next(x for x in tag_body(body, WEDNESDAY).values() if x.kind == "weekday")
    assert x.date == expected


@pytest.mark.parametrize(
    ("body", "expression", "value"),
    [
        (
            "Copper slid for a second consecutive session.",
            "a second consecutive session",
            "2023-03-08",
        ),
        ("The index rose for the fourth week in a row.", "the fourth week in a row", "2023-W10"),
        ("Bond yields climbed for a 5th straight day.", "a 5th straight day", "2023-03-08"),
    ],
)
def test_a_run_reaching_the_story_day_is_that_day_or_week(body, expression, value):
    assert tag_body(body, WEDNESDAY)[expression].value == value


def test_a_run_with_its_day_named_is_dated_once():
    found = tag_body("Copper slid for a third straight day on Tuesday.", WEDNESDAY)
    run = found["a third straight day"]
    assert (run.value, run.date) == ("2023-03-07", None)
    assert found["Tuesday"].date == date(2023, 3, 7)


@pytest.mark.parametrize(
    ("body", "expression", "expected"),
    [
        ("The bakery reopened three days before May 20.", "three days before", date(2022, 5, 17)),
        ("Fares rose the day after New Year's Day.", "the day after", date(2023, 1, 2)),
        ("The mayor quit the day before the May 20 vote.", "the day before", date(2022, 5, 19)),
    ],
)
def test_a_count_before_or_after_a_written_day_counts_from_it(body, expression, expected):
    """Not from an event the day dates elsewhere in the sentence, nor the other way round."""
    assert tag_body(body, date(2023, 3, 8))[expression].date == expected


@pytest.mark.parametrize(
    ("body", "expression", "value", "start", "end"),
    [
        (
            "The mill was built in the 1700s.",
            "the 1700s",
            "17",
            date(1700, 1, 1),
            date(1799, 12, 31),
        ),
        ("Rail towns grew in the late 1800s.", "the late 1800s", "18", None, date(1899, 12, 31)),
        (
            "Home prices doubled in the 2000s.",
            "the 2000s",
            "200",
            date(2000, 1, 1),
            date(2009, 12, 31),
        ),
        ("Radio spread in the 1930s.", "the 1930s", "193", date(1930, 1, 1), date(1939, 12, 31)),
    ],
)
def test_a_hundreds_decade_before_2000_is_the_century(body, expression, value, start, end):
    x = tag_body(body, WEDNESDAY)[expression]
    assert (x.value, x.date_end) == (value, end)
    assert start is None or x.date == start


@pytest.mark.parametrize(
    ("body", "expression"),
    [
        ('In a 2015 podcast, the coach said: "Today we start over."', "Today"),
        ('"Our doors open this week," the founder told investors in 2011.', "this week"),
        ('In a speech last June, the governor said, "Next month we cut taxes."', "Next month"),
    ],
)
def test_a_now_inside_a_quote_said_at_an_earlier_coarse_time_gets_no_day(body, expression):
    """Its day is one of that year or month the article does not give: never publication's."""
    x = tag_body(body, WEDNESDAY)[expression]
    assert x.date is None
    assert "another time" in x.resolution


def test_a_now_inside_a_quote_said_on_a_day_counts_from_that_day():
    x = tag_body('"We open this week," the founder said on Monday.', WEDNESDAY)["this week"]
    assert x.value == "2023-W10" and date(2023, 3, 6) <= x.date <= date(2023, 3, 12)


def test_a_now_inside_a_quote_with_an_old_year_in_another_sentence_is_not_moved():
    body = 'In 2015, she moved to Ohio. "Today I am home," she said.'
    assert tag_body(body, WEDNESDAY)["Today"].date == WEDNESDAY


@pytest.mark.parametrize(
    ("body", "expression", "value", "start"),
    [
        (
            "Traffic jammed the interstate over Thanksgiving weekend.",
            "Thanksgiving weekend",  # Thursday 24 November 2022: the Saturday after
            "2022-W47-WE",
            date(2022, 11, 26),
        ),
        (
            "Beaches filled during the Memorial Day weekend.",
            "Memorial Day weekend",  # Monday 30 May 2022: the Saturday before
            "2022-W21-WE",
            date(2022, 5, 28),
        ),
        (
            "Hotels sold out for Easter week.",
            "Easter week",  # Easter Sunday 17 April 2022, the last one gone
            "2022-W15",
            date(2022, 4, 11),
        ),
    ],
)
def test_a_holiday_week_or_weekend(body, expression, value, start):
    x = tag_body(body, WEDNESDAY)[expression]
    assert (x.value, x.date) == (value, start)


def test_a_holiday_week_that_has_begun_is_this_one_even_in_the_past_tense():
    """Told on the Monday before Easter, 'Easter week' is the week just begun, not last year's."""
    body = "Pilgrims flocked to the old city for Easter week."
    x = tag_body(body, date(2022, 4, 11))["Easter week"]  # Easter Sunday 17 April 2022
    assert x.value == "2022-W15"
