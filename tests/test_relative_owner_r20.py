"""The subject of a relative clause about a thing a person owns ("X's letter to Y, in which he
told …") is the owner, whoever is named between (`Pronouns.owner_of_relative`)."""

from __future__ import annotations

import datetime as dt

import pytest

import lib


def _speaker_of(text: str, words: str) -> str:
    t = lib.analyze(text, published=dt.date(2019, 3, 4))
    rows = [q for q in t.quotes.to_dict("records") if words in q["text"]]
    assert rows, t.quotes[["text", "speaker"]]
    return rows[0]["speaker"]


@pytest.mark.parametrize(
    ("text", "words", "owner"),
    [
        (
            "Talks stalled.\n\nGovernor Paul Hendry's blunt letter to his rival Mark Osei, in "
            "which he told the mayor “stop stalling”, leaked on Friday.",
            "stop stalling",
            "Paul Hendry",
        ),
        (
            "Talks stalled.\n\nMayor Ann Lee's speech to Councilman Tom Ruiz, in which she said "
            "the budget was broken, drew boos.",
            "the budget was broken",
            "Ann Lee",
        ),
        (
            "Talks stalled.\n\nCoach Dan Miller's interview with the reporter Joe Kane, where he "
            "said the team had quit, aired late.",
            "the team had quit",
            "Dan Miller",
        ),
    ],
)
def test_the_he_of_a_clause_about_a_persons_thing_is_that_person(text, words, owner):
    assert _speaker_of(text, words) == owner
