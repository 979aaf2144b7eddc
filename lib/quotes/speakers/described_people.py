"""Descriptions of people, for `epithets`: "the Vermont senator said" for the person named
before whom it is shown to fit (or the one a pronoun there would take up), "a senior senator
said" in the lede for the person named next who fits and speaks. A mixin of `Epithets`: it
reads the article through the same resolver, sentence index, fit test (`fits`) and statement
order (`_order`, `found`), which `Epithets.settle` sets.
"""

from __future__ import annotations

from lib.quotes.speakers.described_bodies import AHEAD_SENTENCES
from lib.quotes.speakers.fit import (
    BACK_SENTENCES,
    NEAR_SENTENCES,
    SHOWN,
    Description,
    PersonFit,
)
from lib.quotes.speakers.offsets import FoundOrder
from lib.quotes.speakers.part import ResolverPart


class PersonEpithets(ResolverPart):
    """Descriptions resolved to a person the article names."""

    fits: PersonFit  # set by `Epithets.settle`, as are the two below
    found: list
    _order: FoundOrder

    def _place(self, word: str) -> bool:
        """Whether a word names a place: `Epithets` answers it from the article's entities."""
        raise NotImplementedError

    def _sentence(self, at: int) -> int:
        """The index of the sentence holding an offset: `Epithets` keeps the sentence index."""
        raise NotImplementedError

    def _person(self, s, d: Description) -> str | None:
        """The person named before whom the description is shown to fit (the one a pronoun
        there would take up first, else the nearest); else the person it
        introduces in the next sentences; else (when definite and more than a bare title: "the
        Vermont senator", not "the mayor") the person just named. Never the person whose
        statement the description stands in ("Ruth Okafor said the mayor had called it …")."""
        reporters = self._reporting(s.start)
        said = s.gender if s.gender in ("male", "female") else "any"  # "… said her record"
        before = [
            (n, k)
            for n, k in self.fits.people_before(s.start)
            if n not in reporters and self.ix.compatible(n, said)
        ]
        if d.definite:
            shown = [n for n, k in before if k >= self._sentence(s.start) - BACK_SENTENCES]
            near = self.r.pronouns.person_antecedent("any", s.start)
            if near in shown:  # of those it is shown to fit, the one just named as subject
                shown.insert(0, near)
            for name in shown:
                if self.fits.fit(d, name) == SHOWN:
                    return name
        # where nobody was named before, "the Florida senator said" can only look ahead
        later = self._person_after(s, d, d.opening or (d.definite and not before))
        if later or not d.definite or not (d.before or len(d.heads) > 1):
            return later
        recent = [n for n, k in before if k >= self._sentence(s.start) - NEAR_SENTENCES]
        chain = self.r.pronouns.chained_focus(s.start) if said == "any" else None
        focus = chain or self.r.pronouns.person_antecedent(said, s.start)
        if focus in recent or (chain and any(n == chain for n, _ in before)):
            recent.insert(0, focus)  # "Trump said Manafort would …; the mogul said": Trump
        for name in recent:
            if not self._guessed_gender(name, said) and self.fits.fit(d, name) is not None:
                return name
        # named further back but taken up since ("he has said …"): the person a pronoun here
        # would stand for, as "the socialist senator" stands for the "he" of the last sentences
        gender = s.gender or next(
            (self.lex.gendered_roles[h] for h in d.heads if h in self.lex.gendered_roles), None
        )  # "the Republican incumbent said her …" is a woman
        gender = gender if gender in ("male", "female") else "any"
        near = (
            self.r.pronouns.focus(s.start)
            if gender == "any"
            else self.r.pronouns.person_antecedent(gender, s.start)
        )
        if near and self._guessed_gender(near, gender):
            near = None
        if near and near not in reporters and self.fits.fit(d, near) is not None:
            return near
        return self._only_one_in_focus(s, d, near, before, reporters)

    def _guessed_gender(self, name: str, said: str) -> bool:
        """ "The Maine moderate said she …" after "Rubio told reporters": a surname alone, of
        no known gender, is no evidence of being the woman (or man) the clause says."""
        return said != "any" and len(name.split()) == 1 and self.ix.gender.get(name) != said

    def _only_one_in_focus(self, s, d: Description, near, before, reporters) -> str | None:
        """ "the socialist senator" for the man a campaign promise calls "President Sanders":
        the person in focus (a pronoun here would take them up), named in the last sentences,
        when another office is all that stands against them and nobody named before fits at
        all. Not when the description names a place or a body: "the Texas senator" is not the
        president in focus."""
        if not near or near in reporters or self.fits.bodies(d):
            return None
        if any(self._place(w) for w in d.before) or d.after:
            return None
        if not any(n == near and k >= self._sentence(s.start) - NEAR_SENTENCES for n, k in before):
            return None
        if any(self.fits.fit(d, n) is not None for n, _ in before):
            return None
        return near if self.fits.fit(d, near, offices=False) is not None else None

    def _reporting(self, at: int) -> set[str]:
        """The speakers of the statements `at` stands in."""
        return {
            f.speaker.name
            for f in self._order.holding(at)
            if f.speaker is not None and f.speaker.name
        }

    def _person_after(self, s, d: Description, introduces: bool) -> str | None:
        """The person the description introduces: the first person named in the next
        sentences, not named before it, for whom the fit is shown, or whom it fits and who
        speaks there when the description `introduces` someone (in the lede; or where nobody
        was named before)."""
        here = self._sentence(s.start)
        seen = {n for n, _ in self.fits.people_before(s.start)}
        i = self.ix.mentions_through(s.start)
        while i < len(self.ix.mentions):
            m = self.ix.mentions[i]
            i += 1
            if self._sentence(m.start) > here + AHEAD_SENTENCES:
                return None
            name = m.entity["name"]
            if m.entity["label"] != "PERSON" or name in seen or m.start < (s.end or s.start):
                continue
            seen.add(name)
            fit = self.fits.fit(d, name, with_bodies=not d.headline)
            if fit == SHOWN or (fit == "fits" and introduces and self._speaks(name, here)):
                return name
        return None

    def _speaks(self, name: str, sentence: int) -> bool:
        """Is a statement credited to `name` by name in the sentences after `sentence`?"""
        for f in self.found:
            s = f.speaker
            if s is None or s.name != name or not s.mention or s.start is None:
                continue
            k = self._sentence(s.start)
            if sentence < k <= sentence + AHEAD_SENTENCES and s.mention.split()[-1] in name:
                return True
        return False
