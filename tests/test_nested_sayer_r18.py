"""A newspaper is no person, and "she said" after "the paper reported that X said …" is X's (round 18).

- The tagger calls some mastheads a person ("Lexington Herald-Leader"); a name of several words
  ending in a word of news outlets' names is a body unless it opens with a given name.
- "The Harbor Ledger reported that spokeswoman Nia Brandt said …. “…,” she said": the inner sayer
  is a statement's speaker although the parse makes her the subject of a reported clause only;
  she ranks with the subjects of reported clauses, above a name that only turns up in them.
Wording written for the tests, with invented people and bodies."""

from __future__ import annotations

from collections import Counter

import lib
from lib.entity_kinds import _voted_label

TEXT = (
    "Ferry fares\n\nThe mayor, Rosa Delgado, raised ferry fares in March. The Harbor Herald-Ledger"
    " reported that transport office spokeswoman Nia Brandt said no one on Delgado's staff knew"
    " of the complaints. “We welcome every rider and we will look at the fares again,” she said."
)


def test_a_masthead_the_tagger_called_a_person_is_a_body():
    def label(name: str) -> str:
        return _voted_label({"name": name, "votes": Counter(PERSON=2), "hint": False})

    assert label("Harbor Herald-Ledger") == "ORG"
    assert label("Mill Valley Gazette") == "ORG"
    assert label("Emily Post") == "PERSON"  # a given name first: a person
    assert label("Nia Brandt") == "PERSON"


def test_she_said_after_a_nested_report_is_the_inner_sayers():
    quotes = lib.analyze(TEXT).quotes
    said = quotes[quotes.text.str.startswith("We welcome every rider")]
    assert said.speaker.tolist() == ["Nia Brandt"]


def test_attorneys_general_are_a_group_not_the_person_named_before():
    text = (
        "Nine attorneys general urge Ida Marsh to restore pensions\n\nIn a letter sent to Labour"
        " Secretary Ida Marsh on Friday, nine attorneys general called on the secretary to restore"
        " the pension fund. “We write to urge the department to act at once on the fund,” wrote"
        " the attorneys general."
    )
    quotes = lib.analyze(text).quotes
    said = quotes[quotes.text.str.startswith("We write to urge")]
    assert said.speaker.tolist() == ["nine attorneys general"]
