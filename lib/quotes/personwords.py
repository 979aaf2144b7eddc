"""The words of the people an article names, to know a name the tagger took for a common noun.

The small model tags some surnames as plural nouns with no entity type ("Sanders also talked
about …", "Williams believes …"): the word is still a person's name when the article names a
person with it elsewhere (`lib.entities`: PERSON)."""

from __future__ import annotations

MIN_LETTERS = 3  # "Li", "Xi" stay out: two letters match too much


def person_words(entities: list[dict]) -> frozenset[str]:
    """Every capitalised word of a PERSON entity's name ("Bernie", "Sanders")."""
    words: set[str] = set()
    for e in entities:
        if e.get("label") != "PERSON":
            continue
        for w in str(e.get("name", "")).split():
            if len(w) >= MIN_LETTERS and w[:1].isupper() and w[1:].islower():
                words.add(w)
    return frozenset(words)
