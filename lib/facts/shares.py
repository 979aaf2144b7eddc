"""Shares: what a fraction or a percentage is a part of ("one in four voters", "half of the
children", "60% of the parts"), and whether a count is picked out of a group named with it
("two of the three suspects"). Split out of lib/facts/figures.py.
"""

from __future__ import annotations

from lib.facts.candidates import Candidate
from lib.facts.figrules import inside, of_object
from lib.facts.measures import phrase
from lib.facts.phrases import with_clause

_GROUP_MARKS = frozenset(("the", "its", "their", "those", "these"))


def whole_of(counted, span) -> str:
    """What a fraction is a share of: 'one in four voters', 'half of the children', 'two thirds
    of the people interviewed' (a short clause on the whole stays)."""
    dated = counted.ent_type_ in ("DATE", "TIME")  # "cut by half this year": no whole
    if not inside(counted, span) and counted.pos_ in ("NOUN", "PROPN") and not dated:
        return with_clause(counted, span)
    doc = span.doc
    noun = doc[span.end] if span.end < len(doc) else None  # "one in five drivers"
    while noun is not None and noun.dep_ in ("compound", "amod") and noun.head.i > noun.i:
        noun = noun.head
    if noun is not None and noun.pos_ == "NOUN":
        return phrase(noun, span)
    return share_of(counted, span)


def share_of(counted, span) -> str:
    """The whole a share is of: '60% of the parts' -> parts."""
    holder = counted if not inside(counted, span) else span.root
    obj = of_object(holder)
    return with_clause(obj, span) if obj is not None else ""


def is_share(cand: Candidate, counted, span) -> bool:
    """'40% of the children', 'half of the iodine': a part of a whole named after 'of'; a
    count out of a group named before ('133 of them', 'two of Elian's cousins', 'Of the nine
    brothers, five have come')."""
    holder = counted if not inside(counted, span) else span.root
    if cand.percent:
        return of_object(holder) is not None
    return _out_of_a_group(span)


def _out_of_a_group(span) -> bool:
    """A count out of a whole counted in the same sentence: 'two of the three suspects', 'Of
    the nine brothers and sisters, five have come'; '133 of them' names no whole."""
    doc = span.doc
    if span.end + 1 < len(doc) and doc[span.end].lower_ == "of":
        whole = doc[span.end + 1 : min(len(doc), span.end + 4)]
        return doc[span.end + 1].lower_ in _GROUP_MARKS and any(t.like_num for t in whole)
    verb = span.root.head if span.root.dep_ in ("nsubj", "nsubjpass") else None
    if verb is None:
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and c.i < span.start
        and any(t.like_num for t in c.subtree)
        for c in verb.children
    )
