"""A name the tagger does not know is a person's when its own clause takes it up with "her"/"his".

The small tagger calls an unfamiliar surname an ORG ("Ocasio-Cortez") and leaves most of its
occurrences untagged, so the one occurrence that shows a person ("X talked about her years as a
nurse") carried no vote, and "she said" then went to the nearest woman the tagger did know.
Every occurrence of such a name is read now (`lib.entity_kinds._named_by_own_clause`): the
subject of a clause that holds a possessive "her"/"his" or "herself"/"himself" in that very
clause, before any other name, is a person. Object pronouns and pronouns in a clause of their
own say nothing. Wording written for the tests, with invented people and bodies."""

from __future__ import annotations

import lib


def _labels(text: str) -> dict[str, str]:
    return dict(lib.analyze(text).entities[["name", "label"]].drop_duplicates().values.tolist())


NURSE = (
    "Okonkwo-Reyes: Rivals Are ‘Afraid’ of Us\n\nOkonkwo-Reyes talked about her years as a night"
    " nurse and told the host, Dana Price, that she does not hide from that past. “Nothing"
    " prepares you like that work,” Okonkwo-Reyes said. “No one can tell me about night shifts"
    " on a ward,” she said."
)


def test_an_unknown_surname_that_owns_her_is_a_person():
    assert _labels(NURSE)["Okonkwo-Reyes"] == "PERSON"


def test_she_then_goes_to_that_person_not_to_the_woman_the_tagger_knew():
    quotes = lib.analyze(NURSE).quotes
    last = quotes[quotes.text.str.startswith("No one can tell me")]
    assert last.speaker.tolist() == ["Okonkwo-Reyes"]


def test_an_object_pronoun_or_another_clause_makes_no_person():
    for text in (
        "Budget row\n\nThe Harbor Gazette reported him as telling the council that the ferry"
        " would stay. The Harbor Gazette said the vote was close.",
        "Budget row\n\nThe Harbor Gazette cast doubt on the account by noting she had described"
        " her exit differently. The Harbor Gazette said the vote was close.",
    ):
        assert _labels(text).get("Harbor Gazette") != "PERSON"
