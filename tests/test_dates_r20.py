"""Timeline dates of round 20 (dates20), each class on my own wording (one section each)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.timexes import timeline_of

AUTUMN = date(2019, 10, 7)  # a Monday


def dates(body: str, published: date = AUTUMN) -> list[tuple[str, str]]:
    return timeline_of(body, published)


# --- "the 2016 presidential election": the vote's day ---------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Senator Ilse Varga carried the county in the 2016 presidential election by nine points.",
            [("2016", "2016-11-08")],
        ),
        (
            "The Coalition for Quiet Streets hopes to unseat Rep. Dorian Mell in the 2020 "
            "congressional elections.",
            [("2020", "2020-11-03")],
        ),
        (
            "Analysts at the Brackwater Institute studied ads bought before the 2012 U.S. "
            "presidential election.",
            [("2012", "2012-11-06")],
        ),
    ],
)
def test_a_us_vote_named_by_its_year_is_its_election_day(body, expected):
    assert dates(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # another nation's vote: its own day, which no table holds
            "Mirelia's 2020 presidential election was won by Tomas Edvik.",
            [("2020", "2020-01-01")],
        ),
        (  # no US presidential vote that year
            "The 2019 presidential election in Mirelia was won by Tomas Edvik.",
            [("2019", "2019-01-01")],
        ),
        (  # the campaign of it is months long
            "Lena Obuya worked on the 2016 presidential election campaign in Ohio.",
            [("2016", "2016-01-01")],
        ),
    ],
)
def test_other_votes_and_campaigns_keep_their_year(body, expected):
    assert dates(body) == expected


# --- "Tuesday's Harbor Ledger" in a Monday story --------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "An editorial that will run in Tuesday's paper urges the council to act.",
            [("Tuesday", "2019-10-08")],
        ),
        (
            "The front page of Tuesday's Harbor Ledger angered readers on Monday night.",
            [("Tuesday", "2019-10-08"), ("Monday night", "2019-10-07")],
        ),
        (
            "A cartoon in Tuesday's print edition drew complaints from the mayor's office.",
            [("Tuesday", "2019-10-08")],
        ),
    ],
)
def test_the_next_days_issue_of_a_paper(body, expected):
    assert dates(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # the issue told in the past: the story goes on past it
            "The front page of Tuesday's Harbor Ledger angered readers on Monday night. "
            "The Ledger apologized in a statement Tuesday.",
            [("Tuesday", "2019-10-08"), ("Monday night", "2019-10-07"), ("Tuesday", "2019-10-08")],
        ),
        (  # no issue: a Tuesday told in the past is the last one
            "The council angered readers on Monday night. "
            "The Ledger apologized in a statement Tuesday.",
            [("Monday night", "2019-10-07"), ("Tuesday", "2019-10-01")],
        ),
        (  # a weekday's vote is no paper's issue
            "Tuesday's vote angered readers.",
            [("Tuesday", "2019-10-01")],
        ),
    ],
)
def test_a_story_of_the_next_days_issue_is_told_from_that_day(body, expected):
    assert dates(body) == expected


# --- "the fourth straight school day": a run reaching the story's day ----------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "For the third straight school day, pupils in Marlow stayed home as teachers picketed.",
            [("the third straight school day", "2019-10-07")],
        ),
        (
            "The Brackwater exchange closed early for the second consecutive business day.",
            [("the second consecutive business day", "2019-10-07")],
        ),
        (
            "Clerks at the Vell County registry walked out for a fifth working day in a row.",
            [("a fifth working day in a row", "2019-10-07")],
        ),
    ],
)
def test_a_run_of_school_business_or_working_days_reaches_the_story_day(body, expected):
    assert dates(body) == expected
