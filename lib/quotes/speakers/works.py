"""Titles of works the tagger took for people: "the radio programme Morning Call", "she
published the bestselling Fading Light". Such a mention is the work, not its author, so it
never stands behind a "he" or "she" and never speaks; the person named as its author does.

A mention is a title when a title noun (`data/cues.toml` [not_quote] title_nouns) or a verb of
making a work (`data/speakers.toml` [works] made_by) stands right before it, past a determiner,
a possessive and the adjectives of [works] before_title.
"""

from __future__ import annotations

import functools

from lib.ruledata import load

LOOKBACK = 4  # tokens before a mention read for the title noun or the verb


@functools.cache
def _works() -> tuple[frozenset[str], frozenset[str]]:
    works = load("speakers.toml").get("works", {})
    return frozenset(works.get("made_by", ())), frozenset(works.get("before_title", ()))


def is_work_title(doc, token_i: int, last_i: int, lex) -> bool:
    """Is the name on tokens `token_i`..`last_i` the title of a work rather than a person?"""
    made_by, before_title = _works()
    root = doc[token_i : last_i + 1].root
    i = token_i - 1
    while i >= 0 and token_i - i <= LOOKBACK:
        t = doc[i]
        if t.lower_ in lex.title_nouns and t.pos_ in ("NOUN", "PROPN"):
            return True  # "the programme Go Faster", "Channel 4 series Deep Water"
        if t.pos_ == "VERB" and t.lemma_.lower() in made_by:
            return root.dep_ in ("dobj", "obj") and root.head.i == t.i  # "published … Fading Light"
        if t.pos_ in ("DET", "PRON") or t.lower_ in before_title or t.tag_ == "POS":
            i -= 1
            continue
        return False
    return False
