"""A definite description right after a new indefinite one: "… was confronted by an immigration
activist in Concord. The activist, who claimed …, said". "the activist" takes up the activist
just brought in with "an", not the activist the article named paragraphs before (Carlos Rivera):
an indefinite noun phrase introduces somebody new, and a definite one with the same head noun
refers back to the nearest such introduction. Without this the role-holder lookups credited the
named activist, as "the activist" after "Activist Carlos Rivera" rightly is when nobody new came
in between.
"""

from __future__ import annotations

import bisect

from lib.quotes.lexicon import Lexicon
from lib.quotes.speakers.mentions import UNKNOWN, MentionIndex, Speaker
from lib.quotes.speakers.titles import OTHER_OFFICE

#: determiners that introduce somebody new
INDEFINITE = ("a", "an")


def newcomer(ix: MentionIndex, lex: Lexicon, token) -> Speaker | None:
    """The unnamed person "the <noun>" stands for when the nearest earlier <noun> (within the
    pronoun lookback) was brought in with "a"/"an" and given no name there; else None. People
    only: "a federal appeals court … the court" is often the court the article names."""
    if token.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.lefts):
        return None
    lemma = token.lemma_.lower()
    if lemma in lex.org_nouns or not (lemma in lex.person_nouns or lemma in lex.dictionary_people):
        return None
    same = ix.tokens_with_lemma(lemma)
    k = bisect.bisect_left(same, token.i)
    if not k:
        return None
    earlier = ix.doc[same[k - 1]]
    if earlier.idx < ix.floor(token.idx) or earlier.pos_ != "NOUN":
        return None
    if not any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in earlier.lefts):
        return None
    if not _bare(earlier):
        return None  # "an official with the Navy", "a spokesman for Lee": the resolver's
    if any(t.lower_ in OTHER_OFFICE or t.lower_ in lex.org_nouns for t in earlier.lefts):
        return None  # "a sitting vice president" is no "president"; "an agency spokesman" is
        # the spokesman of the agency the article names
    words = [t for t in earlier.lefts if t.dep_ in ("compound", "amod")] + [earlier]
    start, end = words[0].idx, earlier.idx + len(earlier)
    where = ix.slice(token.idx, token.idx + len(token))
    return Speaker(ix.text[start:end], UNKNOWN, None, *where)


def _bare(noun) -> bool:
    """An indefinite noun phrase that names nobody and no body: its own words are adjectives and
    common nouns in front ("an immigration activist") and at most a place after ("in Concord").
    One with a name, a body or a clause ("an activist, Carlos Rivera", "an official with the
    Navy", "a source close to the mayor", "a State Department spokesman") is resolved by the
    rules that read those."""
    for c in noun.lefts:
        if c.dep_ not in ("det", "amod", "compound") or c.pos_ == "PROPN":
            return False
    for c in noun.rights:
        if c.dep_ == "punct" and c.i > noun.i + 1:
            continue
        if c.dep_ != "prep" or c.lower_ != "in":
            return False
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    return after is None or after.pos_ != "PROPN"
