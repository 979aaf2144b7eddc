"""Speakers given by a description (round 14). Wording written for the tests, invented people.

- A definite description calls back the fuller one that brought its source in
  (`lib/quotes/speakers/callbacks.py`): "the unnamed official" after "an official with the
  Forestry Service" is that official, whom the resolver credits to the body; a later "he" goes
  on with that source.
- A news outlet called back by its kind ("the outlet", "the paper", "the news outlet") is the
  latest outlet named before, not a body named since (`body_nouns.BodyNouns.news_body`).
- A role keeps the "of" phrase that says which office it is: "The Harbour Board's chief of
  operations" is no "chief" (`nouns.CommonNouns._unnamed`).
"""

from __future__ import annotations

import pytest

from tests.statements_of import said

INTRODUCED = (
    "Permits delayed\n\n"
    "The Ledger obtained a letter from {intro} on Monday. In the letter, {short} said the "
    "permits for the northern ridge would be delayed until spring."
)


@pytest.mark.parametrize(
    ("intro", "short", "speaker"),
    [
        ("an official with the Forestry Service", "the unnamed official", "Forestry Service"),
        ("a spokeswoman for the Parks Board", "the spokeswoman", "Parks Board"),
        ("a source close to Mayor Tom Ruiz", "the source", "source close to Mayor Tom Ruiz"),
        ("a senior official at the Harbour Authority", "the senior official", "Harbour Authority"),
    ],
)
def test_a_short_description_is_the_source_its_fuller_phrase_brought_in(intro, short, speaker):
    row = said(INTRODUCED.format(intro=intro, short=short), "northern ridge")
    assert row["speaker"] == speaker
    assert row["speaker_mention"] == short.removeprefix("the ")


def test_a_description_with_words_of_its_own_is_someone_else():
    text = INTRODUCED.format(
        intro="an official with the Forestry Service", short="the Treasury official"
    )
    assert said(text, "northern ridge")["speaker"] != "Forestry Service"


def test_a_description_with_its_own_clause_is_whom_the_clause_says():
    text = INTRODUCED.format(
        intro="an official with the Forestry Service", short="the official who signs the permits"
    )
    assert said(text, "northern ridge")["speaker"] != "Forestry Service"


def test_the_introduction_must_be_near():
    filler = " ".join(f"The ridge had {n} trails in the survey." for n in range(2, 12))
    text = (
        "Permits delayed\n\n"
        f"A spokeswoman for the Parks Board visited the ridge. {filler} Later the spokeswoman "
        "said the permits would be delayed until spring."
    )
    assert said(text, "delayed until spring")["speaker"] != "Parks Board"


def test_a_pronoun_goes_on_with_a_body_s_spokeswoman():
    text = (
        "Permits delayed\n\n"
        "A spokeswoman for the Parks Board said the permits would be delayed. She said the "
        "rangers had asked for more time to survey the ridge."
    )
    row = said(text, "rangers had asked")
    assert (row["speaker"], row["speaker_mention"]) == ("Parks Board", "She")


OUTLET = (
    "Ship hidden\n\n"
    "The story was first reported by {outlet} on Wednesday. The Harbour Authority declined to "
    "comment. {kind} reviewed photos and found that the ship had been hidden behind tarps."
)


@pytest.mark.parametrize(
    ("outlet", "speaker"),
    [
        ("The Ledger Tribune", "Ledger Tribune"),
        ("the Ashford Herald", "Ashford Herald"),
        ("KXQ News", "KXQ News"),
    ],
)
@pytest.mark.parametrize("kind", ["The outlet", "The paper", "The news outlet", "The newspaper"])
def test_an_outlet_by_its_kind_is_the_outlet_named_before(outlet, speaker, kind):
    row = said(OUTLET.format(outlet=outlet, kind=kind), "hidden behind tarps")
    assert row["speaker"] == speaker


def test_a_body_that_shows_no_outlet_is_not_the_paper():
    text = OUTLET.format(outlet="the Pinecrest Water Board", kind="The paper")
    assert said(text, "hidden behind tarps")["speaker"] != "Pinecrest Water Board"


@pytest.mark.parametrize(
    ("role", "speaker"),
    [
        ("The Harbour Board's chief of operations", "Harbour Board's chief of operations"),
        ("The director of communications", "director of communications"),
        ("The head of the harbour police", "head of the harbour police"),
    ],
)
def test_a_role_keeps_its_office(role, speaker):
    text = f"Ship hidden\n\n{role} denied the claims, saying the ship was never hidden."
    assert said(text, "never hidden")["speaker"] == speaker
