"""The subject of a relative clause about a thing a person owns ("X's letter to Y, in which he
told …") is the owner, whoever is named between (`Pronouns.owner_of_relative`)."""

from __future__ import annotations

import pytest

from tests.statements_of import said


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
    assert said(text, words, published="2019-03-04")["speaker"] == owner
