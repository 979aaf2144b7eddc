"""Round 23: bare counts a relative clause says the people of ('12 million who qualify').
Sentences written for these tests: invented places, bodies and people."""

from __future__ import annotations

import pytest

from tests.test_figures import one


@pytest.mark.parametrize(
    ("body", "value_text", "measure"),
    [
        (
            "The Ostwick fund helps 9 million tenants, including 2 million who receive rent aid.",
            "2 million",
            "receive rent aid",
        ),
        (
            "Of the four who agreed to testify, only Dana Rusk appeared.",
            "four",
            "agreed to testify",
        ),
        (
            "Of the 14 who were refused entry at Ostwick, nine went home.",
            "14",
            "refused entry at Ostwick",
        ),
        (
            "About 600 who lost their boats were moved to Harlow.",
            "600",
            "lost their boats",
        ),
    ],
)
def test_a_bare_count_is_of_the_people_its_relative_clause_names(body, value_text, measure):
    """A number with no noun of its own and a 'who' clause counts the people the clause says,
    not what the sentence goes on to say they did."""
    assert one(body, value_text)["measure"] == measure


def test_a_counted_noun_keeps_its_measure_before_a_relative_clause():
    """'350 tenants who receive rent aid': the noun says what is counted."""
    fig = one("The Ostwick fund helps 350 tenants who receive rent aid.", "350")
    assert fig["unit"] == "tenants"
