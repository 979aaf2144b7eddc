"""Round 10: temporal expressions classes seen across the dev sets and the TimeML corpora.

Every sentence here is our own wording of a construction, never one copied from an evaluation
text.
"""

from __future__ import annotations

from datetime import date

import pytest

from lib.timeline.extract import extract_time
from tests.timexes import context_of

PUBLISHED = date(2019, 6, 12)


def rows_and_timexes(body: str, published: date = PUBLISHED) -> tuple[dict, dict]:
    """(timeline rows, timexes rows), each by the words of its expression."""
    timeline, timexes = extract_time(context_of(body, published))
    return {r["date_text"]: r for r in timeline}, {t["text"]: t for t in timexes}


@pytest.mark.parametrize(
    "body, words, middle",
    [
        ("The ferry line opened in the 1980s and closed last year.", "the 1980s", "1985-01-01"),
        ("Her father farmed near the river in the 1960s.", "the 1960s", "1965-01-01"),
        ("Rents have doubled since the 1990s, the report found.", "the 1990s", "1995-01-01"),
        ("The plant was built in the early 1970s.", "the early 1970s", "1971-09-01"),
    ],
)
def test_a_decade_is_dated_at_its_middle_on_the_timeline(body, words, middle):
    rows, timexes = rows_and_timexes(body)
    row = rows[words]
    assert (row["date"], row["date_end"], row["precision"]) == (middle, middle, "approx")
    assert f"the middle of {words}" in row["resolution"]
    # the timexes row keeps the whole decade (or its part) and the TimeML value
    decade = timexes[words]
    assert decade["date"][:3] == decade["value"][:3] and decade["date"].endswith("-01-01")
    assert decade["date_end"] > middle


def test_a_century_is_an_era_valued_but_not_on_the_timeline():
    rows, timexes = rows_and_timexes("The mill dates from the 1800s and was rebuilt in 2004.")
    assert "the 1800s" not in rows and timexes["the 1800s"]["value"] == "18"
    assert (rows["2004"]["date"], rows["2004"]["precision"]) == ("2004-01-01", "year")
    rows, timexes = rows_and_timexes("Few bridges of the 20th century still carry trains.")
    assert rows == {} and timexes["the 20th century"]["value"] == "19"


@pytest.mark.parametrize(
    "body, words, value",
    [
        ("The clinic lost funds because of 2010's health law, its director said.", "2010", "2010"),
        ("Several of 2020’s governors faced recalls.", "2020", "2020"),
        ("Housing prices fell in the 1990's, then recovered.", "the 1990's", "199"),
        ("The band peaked in the late '70s.", "the late '70s", "197"),
        ("Wages stalled in the early 1980's.", "the early 1980's", "198"),
    ],
)
def test_four_digits_with_an_apostrophe_s_are_the_year_s_unless_after_the(body, words, value):
    _, timexes = rows_and_timexes(body)
    assert timexes[words]["value"] == value


SUNDAY = date(2019, 6, 16)
WEDNESDAY = date(2019, 6, 19)


@pytest.mark.parametrize(
    "body, published, words, day",
    [
        # gone by: the Saturday before a Sunday paper, not the one six days ahead
        ("A vigil planned for Saturday was called off after the storm.", SUNDAY, "Saturday", 15),
        ("The council set Friday as the deadline for bids.", SUNDAY, "Friday", 14),
        # still ahead: the Friday two days on, not the one five days back
        ("The vote was scheduled for Friday, officials said.", WEDNESDAY, "Friday", 21),
        # a plan told in the present or future keeps pointing ahead
        ("The vote is scheduled for Tuesday.", WEDNESDAY, "Tuesday", 25),
    ],
)
def test_a_weekday_planned_in_the_past_tense_is_the_nearest_one(body, published, words, day):
    _, timexes = rows_and_timexes(body, published)
    assert timexes[words]["date"] == date(2019, 6, day).isoformat()


def test_dates_in_an_inline_promo_of_another_story_are_left_out():
    body = (
        "Turnout rose on Monday. [Which candidates are ahead in the polls this week?] The mayor "
        "spoke on Tuesday and said she would decide by [late October]. [Read how the 2020 race "
        "is shaping up.]"
    )
    _, timexes = rows_and_timexes(body, WEDNESDAY)
    assert set(timexes) == {"Monday", "Tuesday", "late October"}  # an editor's insertion stays
