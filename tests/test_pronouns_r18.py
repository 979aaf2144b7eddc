"""Pronouns and descriptions resolved to the right person or body (round 18).

A one-word name that a first-name list knows ("Hassan") is, in news copy, mostly a surname: the
pronoun of its own clause ("Hassan posted a clip of her speech") says the person's gender before
the list does, so a later "she" is that person, not a woman named before. And a name the tagger took for a body,
the subject of a clause set before a main clause whose subject is "she" ("While Delacroix-Amari
has been quiet, she made waves"), is whom that "she" takes up. Wording written for the tests,
with invented people and bodies."""

from __future__ import annotations

import pytest

from tests.statements_of import speakers_by_first_word as _speakers


@pytest.mark.parametrize(
    "text",
    [
        "Council members Lena Hartwell, Priya Sandoval and Hassan backed the plan on Monday."
        " Hassan posted a clip of her speech on Tuesday: “I am proud to back this plan,” Hassan"
        " said. “We will need every vote to pass it,” she continued.",
        "Lena Hartwell, Priya Sandoval and Hassan backed the plan on Monday. Hassan posted a clip"
        " of her speech on Tuesday. “We will need every vote to pass it,” she said.",
    ],
)
def test_one_word_name_takes_the_gender_of_its_own_clause(text: str) -> None:
    assert _speakers(text)["We"] == "Hassan"


def test_fronted_clause_subject_the_tagger_took_for_a_body_is_the_she() -> None:
    text = (
        "While Delacroix-Amari has been quiet on social media this week, she made waves on"
        " Monday with a video of the harbor. “Nobody asked the fishermen,” she said."
    )
    assert _speakers(text)["Nobody"] == "Delacroix-Amari"
