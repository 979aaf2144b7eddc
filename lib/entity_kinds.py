"""What kind of thing each of an article's entities is: a person, a body, a place.

The small tagger labels each mention on its own and changes its mind from one to the next
("Gabbard" ORG, then PERSON, then nothing). The kind belongs to the entity, not the mention: it
is decided here once per name group from the whole article's evidence, the votes of all its
mentions and the signs around any one of them that the name is a person's (a title or role
before it, an age after it, "X said he …", "X, a Republican,"). Speaker resolution reads the
label: a pronoun reaches only a PERSON.

Kept apart from `lib.entities`, which finds the mentions and their edges, and from
`lib.entity_folds`, which merges name groups across spellings.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc

from lib.quotes.lexicon import lexicon
from lib.quotes.speakers.words import apostrophe_surname, speaker_words

_AGE_AFTER = re.compile(r"^,\s*\d{1,3}\s*,")
_SELF = ("he", "she")


def person_hint(text: str, doc: Doc, lo: int, hi: int, end: int, not_names: set) -> bool:
    """Does the text around the name of tokens [lo, hi) (ending at character `end`) show a
    person: a title or role word before it, an age after it (", 52,"), a report of what it
    said about "he" or "she", or "a" party word or description beside it?"""
    lex = lexicon()
    before = doc[lo - 1].lower_ if lo > 0 else ""
    return (
        before in not_names
        or before in lex.titles
        or bool(_AGE_AFTER.match(text[end : end + 8]))
        or _speaks_of_self(doc[hi - 1])
        or _described_as_person(doc[hi - 1], lex)
    )


def _speaks_of_self(token) -> bool:
    """ "Trump said last week he was not leaving": a name that is the subject of a saying whose
    reported clause has "he" or "she" for subject is a person's (a body says "it"), whatever
    the tagger called it. Only the clause's first subject counts ("X said she …")."""
    if token.dep_ != "nsubj" or token.head.pos_ != "VERB":
        return False
    for clause in token.head.children:
        if clause.dep_ != "ccomp" or clause.i < token.head.i:
            continue
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return subject is not None and subject.lower_ in _SELF
    return False


def _described_as_person(token, lex) -> bool:
    """ "Corker, a Republican, said", "Corker, a deficit hawk from Tennessee,": a name set
    beside "a" party word, or "a" description of someone from a place, is a person's (a body is
    "a company", "a group"), whatever the tagger called it."""
    parties = speaker_words().party_members
    for appos in token.children:
        if appos.dep_ != "appos" or appos.i < token.i or not appos.text.isalpha():
            continue
        if not any(d.lower_ in ("a", "an") for d in appos.lefts):
            continue
        word = appos.lower_
        if word in lex.org_nouns or word in lex.generic_org:
            continue
        from_place = any(
            p.dep_ == "prep"
            and p.lower_ == "from"
            and any(g.ent_type_ == "GPE" for g in p.children)
            for p in appos.children
        )
        if word in parties or from_place:
            return True
    return False


def label_groups(groups: list[dict]) -> None:
    """PERSON when every vote says so or the name looks personal; else the commonest other."""
    first_names = lexicon().first_names
    for g in groups:
        votes = g["votes"]
        words = g["name"].split()
        personal = (
            g["hint"]
            or (words[0].lower() in first_names and (votes["PERSON"] or len(words) > 1))
            or _apostrophe_name(words, votes)
        )
        if personal or set(votes) == {"PERSON"}:
            g["label"] = "PERSON"
        else:
            others = Counter({k: v for k, v in votes.items() if k != "PERSON"})
            g["label"] = others.most_common(1)[0][0]


def _apostrophe_name(words: list[str], votes: Counter) -> bool:
    """ "O’Rourke", "Beto O’Rourke": a family name of apostrophe shape (`apostrophe_surname`),
    alone or after one first word, that the tagger called a body or a group (it reads the curly
    apostrophe as an unknown word). Places keep their label ("O’Hare", an airport)."""
    confused = set(votes) <= {"PERSON", "ORG", "NORP"}
    return confused and len(words) <= 2 and apostrophe_surname(words[-1])
