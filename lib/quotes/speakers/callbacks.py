"""A definite description that calls back the fuller one that introduced its speaker.

News copy brings an unnamed source in once with everything it will say about them and then
shortens the phrase: "an email from an official with the U.S. Indo-Pacific Command. In the note,
the unnamed official said …", "A spokeswoman for the Interior Department declined to comment.
Later the spokeswoman said …", "a source close to the mayor … The source said". The short phrase
("the official", "the spokeswoman") is not a new, unknown person: it is the one the fuller phrase
described, whom the resolver names from that phrase (the body a spokeswoman speaks for, "source
close to the mayor"), so the statement gets that speaker.

The introduction is the nearest earlier phrase with the same head noun, in the same number,
brought in as new ("a", "an", "one"; a plural with no determiner or a number: "two officials
at the agency"), outside quote marks and at most BACK_SENTENCES back. The short phrase may add
no word of its own except those that only say the source is the one already met ("the unnamed
official", "the same source": data/speakers.toml [descriptions] callback_words); "the Pentagon
official" after "an official with the State Department" is someone else. Resolution of the
introduction is the resolver's own (`speaker_of`), so whatever it knows of a spokesman's body or
a source's words applies unchanged.
"""

from __future__ import annotations

import bisect
import functools

from lib.quotes.speakers.mentions import Speaker
from lib.quotes.speakers.part import ResolverPart
from lib.quotes.speakers.phrases import without_clauses
from lib.ruledata import load

BACK_SENTENCES = 6  # how far back a short description looks for the phrase that introduced it
NEW = ("a", "an", "one")  # determiners that bring a new person in
DEFINITE = ("the", "this", "that", "these", "those")
MODIFIER_DEPS = ("amod", "compound", "nmod", "nummod", "npadvmod", "poss")


@functools.cache
def callback_words() -> frozenset[str]:
    """Words a short description may add that only say the source is one already met."""
    data = load("speakers.toml").get("descriptions", {})
    return frozenset(data.get("callback_words", []))


class Callbacks(ResolverPart):
    """The speaker of a definite description's introduction (see module)."""

    def fuller(self, token, at: int) -> Speaker | None:
        """The speaker the phrase that introduced `token`'s description names, with `token`'s
        own phrase as the mention; None when there is no such phrase or it names nobody more
        than the short one does."""
        if token.pos_ != "NOUN" or not any(t.lower_ in DEFINITE for t in token.lefts):
            return None
        intro = self._introduction(token, at)
        if intro is None:
            return None
        found = self.r.speaker_of(intro, intro.idx)
        if not found.name or found.name.lower() in (token.lower_, token.lemma_.lower()):
            return None
        first = min([t for t in token.lefts if t.lower_ not in DEFINITE] + [token], key=_i)
        where = self.ix.slice(first.idx, token.idx + len(token))
        return Speaker(found.name, found.kind, found.role, *where)

    def _introduction(self, token, at: int):
        """The nearest earlier phrase of the same head and number that brought the source in,
        or None (the search stops at the first such head whose words do not fit)."""
        own = self._own_words(token)
        floor = self.ix.sent_starts[max(0, self.ix.sentence_index(at) - BACK_SENTENCES)]
        same = self.ix.tokens_with_lemma(token.lemma_.lower())
        for k in range(bisect.bisect_left(same, token.i) - 1, -1, -1):
            prev = self.doc[same[k]]
            if prev.idx < floor:
                return None
            if prev.pos_ != "NOUN" or prev.tag_ != token.tag_ or self.ix.in_marks(prev.idx):
                continue
            if not self._brought_in(prev):
                continue  # "the official" again: look further back for the introduction
            words = {t.lower_ for t in without_clauses(prev)}
            return prev if own <= words else None
        return None

    def _own_words(self, token) -> set[str]:
        """The words the short phrase adds to its head, less the words of a callback."""
        mods = {t.lower_ for c in token.lefts if c.dep_ in MODIFIER_DEPS for t in c.subtree}
        return mods - callback_words()

    def _brought_in(self, noun) -> bool:
        """ "an official", "one source"; a plural with no determiner or with a number."""
        lefts = [t for t in noun.lefts if t.dep_ in ("det", "nummod", "poss")]
        if noun.tag_ == "NNS":
            return not any(t.dep_ == "poss" or t.lower_ in DEFINITE for t in lefts)
        return any(t.lower_ in NEW for t in lefts)


def _i(tok) -> int:
    return tok.i
