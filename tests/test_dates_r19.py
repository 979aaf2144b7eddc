"""Timeline dates of round 19 (dates19), each class on my own wording: a count of months or
years after a month or year told before ("announced in June ... two months later"), a count
back from now with a lower bound ("more than two years ago", "over 80 years ago"), and a count
from "the election" in a story that names the election's year."""

from __future__ import annotations

from datetime import date

import pytest

from tests.timexes import timeline_of

SPRING = date(2023, 3, 27)  # a Monday


def dates(body: str, published: date = SPRING) -> list[tuple[str, str]]:
    return timeline_of(body, published)


# --- a count of months or years from a month or year told before --------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The Harbor Trust said in October 2021 that Ms. Vantreel would step down. "
            "She left the board roughly two months later for a post in Lisbon.",
            [("October 2021", "2021-10-01"), ("roughly two months later", "2021-12-01")],
        ),
        (
            "Orlanda Pike founded the Cedar Lane choir in 2014. "
            "It won its first regional prize three years later.",
            [("2014", "2014-01-01"), ("three years later", "2017-01-01")],
        ),
        (  # a count of days still needs a day to count from
            "The Harbor Trust said in October 2021 that Ms. Vantreel would step down. "
            "She left the board ten days later for a post in Lisbon.",
            [("October 2021", "2021-10-01")],
        ),
    ],
)
def test_months_or_years_counted_from_a_month_or_year(body, expected):
    assert dates(body) == expected


# --- "more than two years ago": the count itself places it ---------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The audit of the Fenwick port authority, which began more than two years ago, "
            "ended on Friday.",
            [("more than two years ago", "2021-03-27"), ("Friday", "2023-03-24")],
        ),
        (
            "Over 60 years ago, the Marlow family opened a bakery on the square, "
            "Tessa Marlow said.",
            [("Over 60 years ago", "1963-03-27")],
        ),
        (  # a bound in decades places nothing within a year
            "The Marlow bakery, Tessa Marlow said, closed over a decade ago.",
            [],
        ),
        (  # counted from an event, a lower bound is a length, no day
            "The Fenwick port opened more than two years after the vote.",
            [],
        ),
    ],
)
def test_lower_bound_counted_back_from_now(body, expected):
    assert dates(body) == expected


# --- a count from "the election" in a story that names which one --------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Governor Amalie Stroud lost the 2022 gubernatorial election to a newcomer. "
            "A week after the election, she left the state party.",
            [("2022", "2022-01-01"), ("A week after", "2022-11-15")],
        ),
        (
            "Senator Ivo Brandt, who is running in the 2028 election, said he would resign "
            "the day after the election if he lost.",
            [("2028", "2028-01-01"), ("the day after", "2028-11-08")],
        ),
        (  # a count with no number on a day the story does not write: no day
            "Governor Amalie Stroud lost the 2022 gubernatorial election to a newcomer. "
            "A memo released mere days before the election hurt her.",
            [("2022", "2022-01-01")],
        ),
        (  # no election year written: the vote may be any (the story's day, as before)
            "A week after the election, Governor Amalie Stroud left the state party.",
            [("A week after", "2023-03-27")],
        ),
    ],
)
def test_count_from_the_election_the_story_names(body, expected):
    assert dates(body) == expected
