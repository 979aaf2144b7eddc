"""Words of the whole article and of one sentence, read once and kept for the figures stage.

Several readings of a figure ask a question of its whole article ("is this a story about a
poll?") or of its whole sentence ("is there a verb of voting in it?"). Asked once per figure,
such a scan made the stage grow with (figures x text): on table-shaped text, thousands of
numbers in a few long sentences, that is close to quadratic. Each answer here is computed once
per Doc (or per sentence of it) and kept while the Doc lives (a weak reference: nothing stays
alive after the analysis).
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any

_CACHE: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _memo(doc, key: tuple, make: Callable[[], Any]) -> Any:
    kept = _CACHE.get(doc)
    if kept is None:
        kept = _CACHE[doc] = {}
    if key not in kept:
        kept[key] = make()
    return kept[key]


def lower_case_lemmas(doc) -> frozenset[str]:
    """The lemmas of the article's lower-case words ('polls', 'voted'): what a story is about,
    without the names ('Poll' in a title, 'Vote Leave')."""
    return _memo(doc, ("lower_lemmas",), lambda: frozenset(t.lemma_ for t in doc if t.is_lower))


def sentence_forms(span) -> dict[str, frozenset[str]]:
    """Lower-cased lemma -> the lower-cased words of the sentence `span` with that lemma
    ('vote' -> {'voted', 'votes'})."""

    def make() -> dict[str, frozenset[str]]:
        forms: dict[str, set[str]] = {}
        for t in span:
            forms.setdefault(t.lemma_.lower(), set()).add(t.lower_)
        return {lemma: frozenset(words) for lemma, words in forms.items()}

    return _memo(span.doc, ("forms", span.start, span.end), make)


def has_lemma(span, lemmas) -> bool:
    """Whether a word of the sentence `span` has one of the (lower-case) lemmas."""
    return not sentence_forms(span).keys().isdisjoint(lemmas)


def whose_or_when_words(doc) -> frozenset[str]:
    """Lower-cased words that in this article only say whose or when: a word some mention of
    a person or a place carries and the article never writes in lower case ('sanders',
    'buttigieg', 'texas'), or one every use of which is part of a date or a time ('fiscal',
    '2017'). Read once per article (lib/facts/phrases.py `only_a_name`)."""

    def make() -> frozenset[str]:
        named: set[str] = set()
        lower: set[str] = set()
        dated: set[str] = set()
        undated: set[str] = set()
        for t in doc:  # one pass over the article
            if t.ent_type_ in ("PERSON", "GPE"):
                named.add(t.lower_)
            if t.is_lower:
                lower.add(t.lower_)
            (dated if t.ent_type_ in ("DATE", "TIME") else undated).add(t.lower_)
        return frozenset((named - lower) | (dated - undated))

    return _memo(doc, ("whose_or_when",), make)
