"""Gender agreement, the last word on a statement's speaker: a clause that tells the speaker's
gender ("she said", "Mrs. Hale said", "the senator said she …") never keeps a person of the
other known gender that an earlier rule inferred (the nearest senator, the last speaker, the
person a description was taken for).

Only inferred speakers are picked again: a name in the clause itself ("Tom Hale said she …")
is who speaks, whoever "she" is. A pronoun goes to the nearest person of its gender
(`pronouns`); a description ("the senator") to the nearest person named before it, of that
gender, whom the article gives the description's role ("Sen. Ann Lee"). With no such person the
speaker stays: "the senator said she …" may speak of another woman. Statements that continue
the same mention (a quote after "the senator said") follow it.
"""

from __future__ import annotations

from lib.quotes.speakers.content import own_content
from lib.quotes.speakers.fit import PersonFit, same_role
from lib.quotes.speakers.mentions import PERSON, Speaker
from lib.quotes.speakers.part import ResolverPart
from lib.quotes.speakers.phrases import DETERMINERS

GENDERS = ("male", "female")
BACK_SENTENCES = 8  # how far back a description looks for a person holding its role


def agree_genders(found: list, resolver) -> None:
    """Rename in place the speakers whose clause's gender their name does not agree with."""
    Agreement(resolver).settle(found)


class Agreement(ResolverPart):
    """Speakers checked against the gender their own clause gives them (see module)."""

    def settle(self, found: list) -> None:
        self.fits = PersonFit(self.r, [f.speaker for f in found])  # resolution is over
        renamed: dict[tuple[int | None, str], str] = {}  # (mention start, old name) -> new
        for f in found:
            s = f.speaker
            if s is None or not s.name:
                continue
            key = (s.start, s.name)
            if key not in renamed and self._clashes(s):
                who = self._agreeing(
                    s, own_content(f.subject, self.lex) if f.subject is not None else ()
                )
                if who:
                    renamed[key] = who
            if key in renamed:
                new = renamed[key]
                s.role = s.role or (s.mention if new != s.mention else None)
                s.name = new
                s.role = None if s.role == s.name else s.role

    def _clashes(self, s: Speaker) -> bool:
        """An inferred person whose known gender is not the one the clause gives."""
        known = self.ix.gender.get(s.name)
        if s.kind != PERSON or s.gender not in GENDERS or known not in GENDERS:
            return False
        if known == s.gender or not s.mention:
            return False
        return self.ix.surname(s.name) not in s.mention.split()  # not named in the clause

    def _agreeing(self, s: Speaker, content: tuple[tuple[int, int], ...]) -> str | None:
        """The person of the clause's gender the mention stands for, if the article names
        one; a pronoun's never in the words its statement attributes (`content`)."""
        words = [w for w in s.mention.split() if w.lower() not in DETERMINERS]
        if s.mention.lower() in self.lex.pronouns:
            who = self.r.pronouns.person_antecedent(s.gender, s.start, content)
            return who if who and self.ix.compatible(who, s.gender) else None
        if words and words[-1].islower():
            return self._role_holder(words[-1].lower(), s.gender, s.start)
        return None

    def _role_holder(self, head: str, gender: str, at: int) -> str | None:
        """The nearest person named before `at` (a few sentences back) of `gender` whom the
        article gives the role `head` ("Sen. Ann Lee" for "the senator"): a role word of
        their profile (`PersonFit.profile`)."""
        s_idx = self.ix.sentence_index(at)
        floor = self.ix.sent_starts[max(0, s_idx - BACK_SENTENCES)] if s_idx >= 0 else 0
        i = self.ix.mentions_before(at) - 1
        while i >= 0 and self.ix.mentions[i].start >= floor:
            m = self.ix.mentions[i]
            i -= 1
            name = m.entity["name"]
            if m.entity["label"] != "PERSON" or self.ix.gender.get(name) != gender:
                continue
            if any(same_role(head, w) for w in self.fits.profile(name)):
                return name
        return None
