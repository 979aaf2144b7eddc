"""Timeline dates of round 21 (dates21), each class on my own wording: an event "slated for" a
month-day after publication (ahead, this year's), and an offset in months from an undated event
told in the present ("The merger comes two months after the bank announced layoffs": the
layoffs' month, counted back from the story's day)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.timexes import timeline_of

AUTUMN = date(2019, 9, 24)  # a Tuesday


def dates(body: str, published: date = AUTUMN) -> list[tuple[str, str]]:
    return timeline_of(body, published)


# --- "slated for Oct. 15": a schedule, ahead of the story -----------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "That could sharpen the contest at the next forum, slated for Oct. 15 in Dunmore.",
            [("Oct. 15", "2019-10-15")],
        ),
        (
            "The Harlan County levy hearing, slated for Nov. 4, has drawn letters from farmers.",
            [("Nov. 4", "2019-11-04")],
        ),
        (
            "Councilwoman Ada Prell said the recount was slated for Oct. 2.",
            [("Oct. 2", "2019-10-02")],
        ),
    ],
)
def test_an_event_slated_for_a_later_day_is_this_years(body, expected):
    assert dates(body) == expected


# --- "comes two months after <undated event>": that event, counted back from the story's day ------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The Orrin Mills merger comes two months after the bank announced layoffs.",
            [("two months after", "2019-07-24")],
        ),
        (
            "Tova Lindqvist's resignation comes about a month after she criticized the board.",
            [("about a month after", "2019-08-24")],
        ),
        (
            "The fine comes three months after regulators opened an inquiry into Pellham Air.",
            [("three months after", "2019-06-24")],
        ),
    ],
)
def test_months_after_an_undated_event_told_in_the_present_date_that_event(body, expected):
    assert dates(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # told in the past: the clause's own day is unknown, nothing to count back from
        "The Orrin Mills merger came two months after the bank announced layoffs.",
        # further than a season: too far to lean on the story's day
        "The fine comes eight months after regulators opened an inquiry into Pellham Air.",
    ],
)
def test_months_after_an_undated_event_stay_undated_otherwise(body):
    assert dates(body) == []


# --- "Climate Forum 2020", "“Pete 2020” signs": a year closing a name dates nothing -------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            'Billed as "Ocean Summit Talks 2021," the gathering opened on Thursday in Bayport.',
            [("Thursday", "2019-09-19")],
        ),
        (
            "Green “Marla 2020” yard signs line the road into Fenwick.",
            [],
        ),
        (
            "Ona Reyes spoke at the Grain Growers 2020 candidate breakfast in Salina on Sunday.",
            [("Sunday", "2019-09-22")],
        ),
    ],
)
def test_a_year_closing_a_name_is_no_date(body, expected):
    assert dates(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # after a preposition: a year of the story
        ("In 2020, Ona Reyes will run for the Senate.", [("2020", "2020-01-01")]),
        # an event's noun after it: that event's year
        (
            "Turnout drives the Harbor Analytics 2020 election forecast.",
            [("2020", "2020-01-01")],
        ),
        # a day's name before it
        ("Ona Reyes votes on Election Day 2020.", [("Election Day 2020", "2020-11-03")]),
        # the story's own year: that year's edition of the event named
        (
            "Dara Quill opened the Brightwave Developers Conference 2019 on Monday.",
            [("2019", "2019-01-01"), ("Monday", "2019-09-23")],
        ),
        # a place before it: what happened there that year
        (
            "Think of Vera Holm in Ohio 1992, a long shot who caught fire.",
            [("1992", "1992-01-01")],
        ),
    ],
)
def test_a_year_after_a_preposition_an_event_or_a_day_stays(body, expected):
    assert dates(body) == expected


# --- "the Sunday rounds this week": a week named beside one of its days is that day --------------

SUNDAY = date(2019, 10, 6)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "No minister made the Sunday morning rounds this week on the Halden networks.",
            [("Sunday morning", "2019-10-06"), ("this week", "2019-10-06")],
        ),
        (
            "None of the guests on this week’s Sunday talk shows named Ivo Brandt.",
            [("this week", "2019-10-06"), ("Sunday", "2019-10-06")],
        ),
        (
            "The Marlow board met Wednesday this week to pick a chair.",
            [("Wednesday", "2019-10-02"), ("this week", "2019-10-02")],
        ),
    ],
)
def test_a_week_named_beside_one_of_its_days_is_that_day(body, expected):
    assert dates(body, SUNDAY) == expected


def test_a_week_with_its_day_in_another_clause_keeps_its_middle():
    body = "Ivo Brandt spoke this week. On Friday, he left for Oslo."
    assert dates(body, SUNDAY) == [("this week", "2019-10-03"), ("Friday", "2019-10-04")]


def test_a_week_and_a_day_joined_by_and_are_two_days():
    body = "Ivo Brandt won last week's Tarn primary and Saturday's Vell caucus."
    assert dates(body, date(2019, 10, 9)) == [
        ("last week", "2019-10-03"),
        ("Saturday", "2019-10-05"),
    ]
