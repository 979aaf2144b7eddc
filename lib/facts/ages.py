"""Ages: numbers that say how old a person or a group is, never a count of anything.

Asked by lib/facts/not_figures.py `_not_a_figure`: a bound after a group ('voters under 35'), an
age set beside a name ('Jane Doe, 45,'), one stated of a person ('when she was 22'), a decade
of life ('70-something'), the age someone died or retired at ('died at 68') and a band of ages
after a group ('younger voters (18-29)'). Word lists are data (data/figures.toml age_*).
"""

from __future__ import annotations

import re

from lib.facts.candidates import Candidate, is_plain
from lib.facts.figrules import Rules

_COUNTED_POS = frozenset(("PROPN", "NUM", "ADJ"))


def is_age_bound(doc, prev, after, r: Rules) -> bool:
    """'voters under 35', 'those over 60 say': a bound after a group of people, with no noun
    after the number, is the group's age limit ('over 30 dead bodies' counts bodies)."""
    if prev is None or prev.lower_ not in r.age_bounds or prev.i < 1:
        return False
    if doc[prev.i - 1].lower_ not in r.age_groups:
        return False
    counted = after is not None and (after.tag_ in ("NNS", "NNPS") or after.pos_ in _COUNTED_POS)
    return not counted  # "men under 35 support X": a singular "support" is the verb misread


_AGE_TIMES = frozenset(("then", "now"))


def is_age_apposition(ctx, prev, after) -> bool:
    """'Jane Doe, 45, said': a bare number between commas right after a person's name; so is
    one that ends the sentence after a person named by the parse ('said Jane Doe, 45.') and one
    after 'then' or 'now' ('Doe, then 44, took over')."""
    if prev is not None and prev.lower_ in _AGE_TIMES and prev.i > 0:
        prev = ctx.doc[prev.i - 1]  # "Fiorina, then 44,": the comma before "then"
    if prev is None or prev.text not in (",", "(") or after is None:
        return False
    name = ctx.doc[prev.i - 1] if prev.i > 0 else None
    if name is None:
        return False
    if after.text == "." and after.is_sent_end:
        return name.ent_type_ == "PERSON"  # "said Haines, 44.": not "the vote was Smith, 52."
    named = name.ent_type_ == "PERSON" or name.pos_ == "PROPN" or _describes_a_name(name)
    return after.text in (",", ")") and named


def _describes_a_name(tok) -> bool:
    """The last word of a description set beside a name ('Ramadan, a Swiss national, 57,')."""
    for _ in range(3):
        if tok.dep_ == "appos" and (tok.head.ent_type_ == "PERSON" or tok.head.pos_ == "PROPN"):
            return True
        tok = tok.head
    return False


def is_persons_age(span, after, r: Rules) -> bool:
    """'when she was 22', 'Smith turned 40 last year', 'Smith, who is now 73': a bare whole
    number stated of one person by a copula or 'turn' (data/figures.toml age_verbs,
    age_pronouns; age_relatives for a relative clause on the name) is the person's age; one
    person is no count of anything ('she was 22 points ahead' counts points; 'they were five' is
    how many they were)."""
    root = span.root
    verb = root.head
    if root.dep_ not in ("attr", "acomp", "dobj", "oprd") or verb.lemma_.lower() not in r.age_verbs:
        return False
    if after is not None and after.pos_ in ("NOUN", "PROPN", "NUM"):
        return False  # "she was 22 points ahead", "she is 5-foot-3": a count or a height
    if not 1 <= _whole(root.text) <= 120:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1:
        return False
    subject = subjects[0]
    if subject.lower_ in r.age_relatives and verb.dep_ == "relcl":
        subject = verb.head  # "Mr. Trump, who is now 73": the person the clause describes
    return subject.lower_ in r.age_pronouns or subject.ent_type_ == "PERSON"


def _whole(text: str) -> int:
    """A whole number written in digits ('22'), else 0 ('22.5', 'twenty')."""
    return int(text) if text.isdigit() else 0


# "70-something", "a 30-something founder", "twenty-somethings": a decade of life
_DECADE = re.compile(r"-somethings?\b", re.I)


def is_age_decade(text: str, cand: Candidate) -> bool:
    """'You're now 70-something', 'a thirty-something lawyer': a round number glued to
    '-something' names a decade of someone's life, it counts nothing."""
    return cand.value % 10 == 0 and bool(_DECADE.match(text, cand.end))


def is_age_at(prev, after, cand: Candidate, r: Rules) -> bool:
    """'Cummings Dead At 68', 'she died at 91 in her home', 'he retired at 65': a bare whole
    number after 'at' on a verb or adjective of the end of a life or a career (data/figures.toml
    age_at_words) is the person's age then ('died at 68 hospitals' would count hospitals)."""
    if prev is None or prev.lower_ != "at" or prev.i < 1 or not is_plain(cand):
        return False
    word = prev.doc[prev.i - 1]
    ended = word.lower_ in r.age_at_words or word.lemma_.lower() in r.age_at_words
    counted = after is not None and after.pos_ in ("NOUN", "PROPN")
    return ended and not counted and 1 <= _whole(cand.raw) <= 120


def is_age_band(doc, cand: Candidate, prev, after, r: Rules) -> bool:
    """'younger voters (18-29)', 'adults 35-49 back the plan': a range of whole numbers from 10
    to 120 right after a group of people (data/figures.toml age_groups), or in brackets after
    one, with no noun after it, is the group's band of ages, not a count of them."""
    if cand.upper is None or not is_plain(cand) or prev is None:
        return False
    if not (10 <= cand.value < cand.upper <= 120 and float(cand.upper).is_integer()):
        return False
    group = doc[prev.i - 1] if prev.text == "(" and prev.i > 0 else prev
    counted = after is not None and after.pos_ in ("NOUN", "PROPN")
    return group.lower_ in r.age_groups and not counted
