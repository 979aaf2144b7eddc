"""Titles standing alone for the person the article gave them: "The President said" after
"President Maria Okoye", "the Prime Minister" after "the Prime Minister of Norway, Henrik Dahl".

The tagger reads a capitalised title as a proper noun, so without this it came out as the
speaker's name ("President"). A title is the latest person named with it; a title that only
ends another one ("Vice President" is no "President") does not count.
"""

from __future__ import annotations

from lib.quotes.speakers.mentions import PERSON, Speaker
from lib.quotes.speakers.part import ResolverPart
from lib.quotes.speakers.phrases import DETERMINERS

# Words that make a title another office: the "Vice President" is not "the President".
OTHER_OFFICE = frozenset(("vice", "deputy", "assistant", "acting", "former", "ex", "under"))


class Titles(ResolverPart):
    """Bare titles resolved to the person the article named with them."""

    def holder(self, core, at: int) -> Speaker | None:
        """The person a phrase of title words ("the Prime Minister") stands for; the words
        before the last may name the body the title is of ("the Apple CEO" after "Apple CEO Tim
        Cook"): the role the article gave the person holds them all in a row."""
        words = [t for t in core if t.lower_ not in DETERMINERS]
        if not words or not self.r.nouns.role_word(words[-1]):
            return None
        if not all(self.r.nouns.role_word(t) or t.pos_ == "PROPN" for t in words[:-1]):
            return None
        key = [t.lower_ for t in words]
        for off, role, name in reversed(self.ix.role_holders):
            if off < at and _holds(role.split(), key):
                s, e = core[0].idx, core[-1].idx + len(core[-1])
                return Speaker(name, PERSON, self.ix.roles.get(name), *self.ix.slice(s, e))
        return None


def _holds(role: list[str], key: list[str]) -> bool:
    """Does a role ("prime minister of norway", "us president") contain the title `key` as a
    run of words not preceded by a word that makes it another office?"""
    n = len(key)
    for k in range(len(role) - n + 1):
        if role[k : k + n] == key and (k == 0 or role[k - 1] not in OTHER_OFFICE):
            return True
    return False
