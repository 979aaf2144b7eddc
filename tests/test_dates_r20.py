"""Timeline dates of round 20 (dates20), each class on my own wording: a US vote named by its
year ("the 2016 presidential election": that year's Election Day), a newspaper's issue named by
the weekday after publication ("Tuesday's Harbor Ledger" in a Monday story) and what a story of
it tells in the past of that weekday, and "today" set against a past era in its sentence (the
present, no day)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.timexes import tag_body, timeline_of

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


# --- "today" against a past era: the present -----------------------------------------------------


@pytest.mark.parametrize(
    ("body", "era"),
    [
        (
            "The mayors seem eager to do to farmers today what the old cartels did in the 1930s.",
            "the 1930s",
        ),
        (
            '"What do you see in Maria Okafor today that reminds you of the judge you covered '
            'for so many years?" the host asked.',
            None,
        ),
        ("Mill towns that used to thrive on coal struggle today, Ms. Ferrante wrote.", None),
    ],
)
def test_today_against_a_past_era_is_the_present(body, era):
    found = tag_body(body, AUTUMN)
    assert found["today"].value == "PRESENT_REF"
    assert found["today"].date is None
    assert (era in found) == (era is not None)


@pytest.mark.parametrize(
    "body",
    [
        "Ms. Ferrante said today what she said in the 1990s.",
        "The Brackwater council meets today.",
        "The Brackwater council met today; decades ago it met weekly.",
    ],
)
def test_today_told_of_a_day_keeps_the_day(body):
    assert tag_body(body, AUTUMN)["today"].date == AUTUMN


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
