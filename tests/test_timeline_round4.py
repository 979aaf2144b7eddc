"""Round 4 of the temporal tagger: whole-hour clock times, halves of a year, ages, clock rows."""

from __future__ import annotations

from datetime import date

from lib.timeline.extract import extract_time
from tests.timexes import context_of, tag_body

THURSDAY = date(1998, 2, 12)


def test_a_whole_hour_with_its_weekday_is_one_time_expression():
    found = tag_body("The warehouse caught fire at 10 p.m. Wednesday, firefighters said.", THURSDAY)
    clock = found["10 p.m. Wednesday"]
    assert (clock.type, clock.value, clock.date) == ("TIME", "1998-02-11T22:00", date(1998, 2, 11))
    assert "Wednesday" not in found  # the day is part of the time, not a timex of its own


def test_a_whole_hour_alone_is_a_time_on_the_reference_day():
    found = tag_body("Guards opened the gates at 6 a.m. and closed them again at 12 a.m.", THURSDAY)
    assert found["6 a.m."].value == "1998-02-12T06:00"
    assert found["12 a.m."].value == "1998-02-12T00:00"  # midnight is hour 0


def test_a_clock_time_after_on_or_a_comma_stays_apart_from_its_day():
    found = tag_body("The polls close on March 3 at 8 p.m. in every county.", THURSDAY)
    assert found["8 p.m."].value == "1998-03-03T20:00"
    assert found["March 3"].value == "1998-03-03"


def test_a_number_before_a_bare_word_is_no_clock_time():
    found = tag_body("The team won 5 matches and lost 3 in the spring.", THURSDAY)
    assert not [x for x in found.values() if x.type == "TIME"]


def test_halves_of_a_year_take_timeml_half_codes():
    found = tag_body(
        "Exports fell in the first half of 2005 but recovered in the latter half of 2006.",
        THURSDAY,
    )
    first, second = found["the first half of 2005"], found["the latter half of 2006"]
    assert (first.value, first.date, first.date_end) == (
        "2005-H1",
        date(2005, 1, 1),
        date(2005, 6, 30),
    )
    assert (second.value, second.date, second.date_end) == (
        "2006-H2",
        date(2006, 7, 1),
        date(2006, 12, 31),
    )


def test_the_half_of_a_relative_year():
    found = tag_body("The mill will reopen in the second half of next year.", THURSDAY)
    assert found["the second half of next year"].value == "1999-H2"


def test_an_age_is_no_temporal_expression():
    found = tag_body(
        "A 52-year-old driver and his six-month-old daughter, who is 3 months old, "
        "waited there for two hours.",
        THURSDAY,
    )
    assert [x.text for x in found.values()] == ["two hours"]


def test_a_clock_time_in_the_clause_of_a_dated_day_adds_no_timeline_row():
    ctx = context_of(
        "A neighbour saw the van at 7 a.m. outside the bank three days before the robbery on "
        "Feb. 9.",
        THURSDAY,
    )
    timeline, _ = extract_time(ctx)
    assert [row["date_text"] for row in timeline if row["date"] == "1998-02-06"] == [
        "three days before"
    ]


def test_a_clock_time_of_another_clause_keeps_its_row():
    ctx = context_of(
        "At 09:40 GMT the server was back online, and by the end of Monday it had failed again.",
        THURSDAY,
    )
    timeline, _ = extract_time(ctx)
    assert "09:40 GMT" in [row["date_text"] for row in timeline]
