"""TimeML values of expressions without a plain calendar day: periods, weekends, references to
the present, centuries, seasons, durations and sets (our own sentences)."""

from __future__ import annotations

from datetime import date

from tests.timexes import tag_body

THURSDAY = date(2019, 11, 14)


def timexes(body: str, published: date = THURSDAY) -> dict:
    return tag_body(body, published)


def test_the_same_period_last_year_repeats_the_period_just_told_of():
    found = timexes("Exports rose 8% in August compared with the same period last year.")
    assert found["the same period last year"].value == "2018-08"
    found = timexes("Profit doubled in the second quarter from the year-ago quarter.")
    assert found["the year-ago quarter"].value == "2018-Q2"
    assert found["the year-ago quarter"].date == date(2018, 4, 1)


def test_the_same_period_with_nothing_told_is_the_year_before():
    found = timexes("Margins were thinner than in the year-earlier period.")
    assert found["the year-earlier period"].value == "2018"


def test_this_weekend_is_named_by_the_week_of_the_reference_day():
    monday = date(2019, 11, 18)
    weekend = timexes("The fair drew big crowds this weekend.", monday)["this weekend"]
    assert weekend.value == "2019-W47-WE"
    assert weekend.date == date(2019, 11, 16)  # the weekend just gone, as the tense says


def test_agreeing_on_a_day_dates_the_agreement():
    found = timexes("On Sunday, the ministers agreed on a rescue plan.")
    assert found["Sunday"].value == "2019-11-10"


def test_present_past_and_future_references():
    found = timexes("Now the firm is small. In the past it was larger. Sales have recently slowed.")
    assert found["Now"].value == "PRESENT_REF"
    assert found["the past"].value == "PAST_REF"  # TimeML leaves the signal "In" out
    assert found["recently"].value == "PAST_REF"


def test_centuries_seasons_and_decades():
    found = timexes(
        "The 19th century built the canal. Repairs ended this summer. Traffic peaked in the 1970s."
    )
    assert found["The 19th century"].value == "18"
    assert found["this summer"].value == "2019-SU"
    assert found["the 1970s"].value == "197"
