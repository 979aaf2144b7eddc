"""Timeline dates of round 16 (dates16), each class on my own wording: a month written before
the noun it dates, the tense of a past progressive, 'the last year' as the twelve months up to
now, 'the <year> race' as a dated contest, and the November of an election the story names."""

from __future__ import annotations

from datetime import date

import pytest

import lib
from tests.timexes import timeline_of

OCTOBER = date(2021, 10, 22)  # a Friday
JUNE = date(2023, 6, 14)  # a year before an election year


def rows(body: str, published: date = OCTOBER) -> dict[str, dict]:
    t = lib.analyze("A headline for the test\n\n" + body, published=published.isoformat())
    return {r["date_text"]: r for r in t.timeline.to_dict("records")}


def dates(body: str, published: date = OCTOBER) -> list[tuple[str, str]]:
    return timeline_of(body, published)


# --- a past progressive tells the past ----------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "written", "expected"),
    [
        ("The crews were repairing the bridge in March, the council said.", "March", "2021-03-01"),
        ("He was campaigning in the county in February.", "February", "2021-02-01"),
    ],
)
def test_a_past_progressive_points_back(body, written, expected):
    assert rows(body)[written]["date"] == expected


def test_a_present_progressive_still_points_ahead():
    assert rows("The crews are repairing the bridge in March.")["March"]["date"] == "2022-03-01"


# --- 'the last year': the twelve months up to now; 'last year' the calendar year before -------


@pytest.mark.parametrize(
    ("body", "written"),
    [
        ("In the last year alone, the agency deported 900 people.", "the last year"),
        ("Over the past year, rents in the city rose sharply.", "the past year"),
    ],
)
def test_the_last_year_is_the_stretch_up_to_now(body, written):
    assert rows(body)[written]["date"] == "2021-04-22"  # six months back, the stretch's middle


def test_last_year_alone_is_the_calendar_year_before():
    assert rows("Last year, rents in the city rose sharply.")["Last year"]["date"] == "2020-01-01"


def test_the_last_year_of_a_term_is_no_date_counted_from_now():
    assert "The last year" not in rows("The last year of his term was the hardest, he said.")


def test_the_last_year_before_an_amount_is_still_the_stretch():
    body = "The brewer reported a profit for the last year of $4.1 million."
    assert rows(body)["the last year"]["date"] == "2021-04-22"


# --- 'the <year> race' is the contest its vote decides -------------------------------------------


def test_the_race_of_a_year_ahead_is_dated_as_its_election():
    assert (
        rows("The senator entered the 2024 race on Monday.", JUNE)["2024"]["date"] == "2024-01-01"
    )


def test_the_year_in_a_headline_column_name_is_no_date():
    t = lib.analyze(
        "Polls and Pledges: This Week in the 2024 Race\n\nThe senator spoke on Monday.",
        published=JUNE.isoformat(),
    )
    assert "2024" not in {r["date_text"] for r in t.timeline.to_dict("records")}


# --- the November of the election the story names ------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Both parties hope to beat the governor in November.",
        "In November, the nominee will need the suburban voters.",
        "Nothing will stop her from winning come November.",
    ],
)
def test_a_november_told_of_the_vote_is_the_named_election_year(sentence):
    body = "Candidates crowd the 2024 presidential race. " + sentence
    found = dict(dates(body, JUNE))
    assert [d for w, d in found.items() if "November" in w] == ["2024-11-01"]


@pytest.mark.parametrize(
    "body",
    [
        # no later election named: this year's November
        "Both parties hope to beat the governor in November.",
        # an election named, but the sentence tells of something else
        "Candidates crowd the 2024 presidential race. In November, the court will hear the case.",
        # told in the past: the November gone by
        "Candidates crowd the 2024 presidential race. He beat the mayor in November.",
    ],
)
def test_other_novembers_keep_the_year_the_tense_gives(body):
    found = [d for w, d in dates(body, JUNE) if "November" in w]
    assert found and all(d.startswith(("2023", "2022")) for d in found)
