"""Quoted words that are nobody's: names, titles, programmes, labels and kinds.

A quoted stretch after "the film", "so-called", "told" (a programme), a verb of naming in Title
Case ("what some call “The Quiet Revolution”"), a piece's title before its byline, a modifier
between a determiner and its noun ("the “beyond reasonable doubt” standard") or a quote joined
to a word by a hyphen ("capital-“P”") names a thing; the quote finder (`lib.quotes.finder`)
asks these tests before it looks for a speaker. A mixin on the finder: it reads the finder's
parse (`self.p`), lexicon, text and doc.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from lib.quotes.lexicon import Lexicon
from lib.quotes.marks import QuotedSpan
from lib.quotes.parse import QuoteParse

# Words after which a short Title Case quote is a programme or a column ("told “Fox and
# Friends”", "on “Face the Nation”"): a listener or a place, not a speaker's words.
LISTENER_SLOTS = frozenset(("told", "tells", "tell", "telling", "on", "in", "to", "at", "from"))
TITLE_MAX_WORDS = 6
# A byline after a quoted title, ending in a colon or a link: ", by the Post's Ann Lee: …".
_BYLINE = re.compile(r",?\s+by\s+(?:the\s+)?[A-Z][^.;:\"“”\n]{0,60}?(?::|\s+https?://)")
_SMALL_WORDS = frozenset(("of", "the", "and", "in", "a", "an", "to", "for", "on", "at", "with"))


class QuotedTerms:
    """The not-a-quote tests of `QuoteFinder`, on the finder's parse, lexicon, text and doc."""

    p: QuoteParse
    lex: Lexicon
    text: str
    doc: Doc

    def _names_a_thing(self, before: str) -> bool:
        words = before.lower().rstrip(":,").split()[-4:]
        words = [w.strip(",:;") for w in words]
        for phrase in self.lex.not_quote_before:
            n = len(phrase)
            if tuple(words[-n:]) == phrase:
                return True
            if (
                len(words) > n
                and words[-1] in ("the", "a", "an")
                and tuple(words[-n - 1 : -1]) == phrase
            ):
                return True
        return False

    def _titles_a_work(self, before: str, words: list[str]) -> bool:
        """ "the film “Dune”", "her album “Northern Lights”" (but not "called the film “a quiet
        masterpiece”")."""
        last = before.lower().rstrip(":,").split()[-1:]
        content = [w for w in words if w.lower() not in _SMALL_WORDS]
        return (
            bool(last)
            and last[0] in self.lex.title_nouns
            and bool(content)
            and all(w[:1].isupper() or w[:1].isdigit() for w in content)
        )

    def _names_a_programme(self, before: str, words: list[str]) -> bool:
        """ "told “Fox and Friends”", "on CBS' ''60 Minutes''", "in The Times' “Daily Brief”": a
        short Title Case quote where a listener or a place goes (after "told", a preposition or
        an owner's name) is a programme or a column, not words said."""
        if not (self._title_case(words) and len(words) <= TITLE_MAX_WORDS):
            return False
        last = before.split()[-1:] if before else []
        if not last:
            return False
        word = last[0].strip(",")
        if word.lower() in LISTENER_SLOTS:
            return True
        return word.endswith(("'s", "’s", "'", "’")) and word[:1].isupper()

    def _names_a_kind(self, q: QuotedSpan, words: list[str]) -> bool:
        """ "the “beyond reasonable doubt” standard", "'card-not-present' fraud": quoted words
        standing as a modifier between a determiner and the noun they qualify name a kind of
        thing; they are nobody's words. Only short stretches with no sentence end."""
        if (
            q.close_pos is None
            or not words
            or len(words) > TITLE_MAX_WORDS
            or has_terminal(self.text[q.start : q.end])
        ):
            return False
        if self.text[q.close_pos + 1 : q.close_pos + 2] != " ":
            return False  # "“…,” she said", "“…”." : a quote, not a modifier
        after = (
            self.doc[self.p.tok(q.close_pos + 1) + 1] if q.close_pos + 2 < len(self.text) else None
        )
        if after is None or after.pos_ != "NOUN" or not after.text.islower():
            return False
        first = self.p.tok(q.open_pos)
        before = self.doc[first - 1] if first > 0 else None
        if before is not None and before.dep_ in ("det", "poss") and before.head.i >= after.i:
            return not self._named_by(before)  # the determiner belongs to the noun after it
        # one hyphenated coinage ("'card-not-present' fraud") qualifies its noun even with no
        # determiner; longer words ("as “fake news” stories") may be what somebody said
        quoted = self.text[q.start : q.end]
        return len(words) == 1 and "-" in quoted and " " not in quoted.strip()

    def _named_by(self, det) -> bool:
        """ "what the campaign called a “vigorous” schedule", "what he called the “most brazen”
        example": a quoted modifier right after a naming verb and its determiner is what the
        verb's subject called the thing, a partial quote of theirs, not the name of a kind."""
        return det.i > 0 and self.doc[det.i - 1].lower_ in self.lex.naming_forms

    def _named_by_naming_verb(self, before: str) -> bool:
        """ "what some call “The Quiet Revolution”", "a plan dubbed “Project Dawn”": a Title Case
        quote right after a verb of naming (data: verbs.naming) is a name."""
        last = before.split()[-1:] if before else []
        if not last:
            return False
        word = last[0].lower()
        return word in self.lex.naming_forms

    def _headline_by(self, q: QuotedSpan) -> bool:
        """ "“Museum to close in December,” by the Post's Ann Lee: …": the title of a piece
        and its byline, as newsletters list them; the title is nobody's words."""
        if q.close_pos is None:
            return False
        after = self.text[q.close_pos + 1 : q.close_pos + 100]
        return _BYLINE.match(after) is not None

    def _title_case(self, words: list[str]) -> bool:
        content = [w for w in words if w.lower() not in _SMALL_WORDS]
        return (
            len(words) >= self.lex.title_case_min_words
            and bool(content)
            and all(w[:1].isupper() or w[:1].isdigit() for w in content)
        )


def joined_by_hyphen(before: str) -> bool:
    """ "capital-“P” politics": a quote mark joined to the word before by a hyphen is part of a
    compound word, not a quotation."""
    return before[-1:] in ("-", "‐") and before[-2:-1].isalnum()


def has_terminal(s: str) -> bool:
    return any(ch in s for ch in ".!?…")
