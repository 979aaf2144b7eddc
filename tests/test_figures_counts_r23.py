"""Round 23: counts said with a noun of a group ('a pair of', 'a trio of', 'a couple of').
Sentences written for these tests: invented places, bodies and people."""

from __future__ import annotations

import pytest

from lib.facts.numbers import loose_group, parse_words
from tests.test_figures import figures_in, one


@pytest.mark.parametrize(
    ("text", "value"),
    [("a pair", 2.0), ("a trio", 3.0), ("a couple", 2.0)],
)
def test_a_group_word_after_a_is_its_number(text, value):
    number = parse_words(text)
    assert number is not None and number.value == value and not number.approximate


def test_only_a_couple_is_loose():
    assert loose_group("a couple") and not loose_group("a pair") and not loose_group("couple")


@pytest.mark.parametrize(
    ("body", "value_text", "value", "qualifier", "measure"),
    [
        (
            "Mayor Pell met a trio of beekeepers outside the Dunmore depot.",
            "a trio",
            3.0,
            "",
            "beekeepers",
        ),
        (
            "A pair of senior Harlow aides resigned on Friday.",
            "A pair",
            2.0,
            "",
            "senior Harlow aides",
        ),
        (
            "The Tolland referee made a couple of poor calls in the second half.",
            "a couple",
            2.0,
            "about",
            "poor calls",
        ),
        (
            "Later she sat a couple exams in plumbing at the Ostwick college.",
            "a couple",
            2.0,
            "about",
            "exams",
        ),
    ],
)
def test_a_group_word_counts_what_follows(body, value_text, value, qualifier, measure):
    """'a pair of', 'a trio of', 'a couple (of)' before what they count are counts of it;
    'a couple' only roughly (about two)."""
    fig = one(body, value_text)
    assert (fig["value"], fig["qualifier"], fig["measure"]) == (value, qualifier, measure)


@pytest.mark.parametrize(
    "body",
    [
        "The couple married in the Tolland chapel in June.",
        "The Dunmore band toured as a trio for a year.",
        "Nell Ostby stayed home for a couple of years before she ran.",
    ],
)
def test_a_group_word_alone_or_a_time_counts_nothing(body):
    """'the couple', 'as a trio' count nothing they are set before; 'a couple of years' is a
    time, no figure, as 'two years' is not."""
    assert figures_in(body) == []
