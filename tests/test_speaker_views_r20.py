"""A view held by somebody, as a statement's source, is its owner's (round 20).

"His conspiracy theories included a claim that …": a theory or an ideology is held, never said,
so the claim it includes is the owner's ("his", "Lee's"), resolved as the owner would be
(data/speakers.toml [held_views]). Other nouns and documents keep their own rules.
Wording written for the tests, with invented people and bodies."""

from __future__ import annotations

from tests.statements_of import find, quotes_of


def test_his_theories_included_a_claim_is_his() -> None:
    rows = quotes_of(
        "Marcus Delahunt, who ran for governor four times, built a small following. His"
        " conspiracy theories included a claim that the state water board was “poisoning the"
        " wells” and that the lottery was rigged."
    )
    row = find(rows, "poisoning the wells")
    assert row["speaker"] == "Marcus Delahunt"
    assert row["speaker_mention"] == "His"


def test_a_named_owners_ideology_is_the_owners() -> None:
    rows = quotes_of(
        "Councilwoman Ada Pruitt spoke on Monday. Pruitt’s ideology included the claim that"
        " the port authority was “a cartel of the rich” and should be dissolved."
    )
    row = find(rows, "a cartel of the rich")
    assert row["speaker"] == "Ada Pruitt"


def test_a_theory_with_no_owner_names_nobody() -> None:
    rows = quotes_of(
        "Marcus Delahunt spoke in Dayton. One popular theory included a claim that the water"
        " board was “poisoning the wells”."
    )
    row = find(rows, "poisoning the wells")
    assert row["speaker"] is None
