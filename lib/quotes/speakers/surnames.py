"""A surname several people share ("Elena Ferrer" and her husband "Alvaro Ferrer", "the Bidens"):
"Ferrer said" names one of them, never both and never a third speaker "Ferrer".

The article says which, in this order of evidence:
- the clause's gender: a courtesy title ("Mrs. Ferrer"), the pronoun itself when the mention is
  "she"/"he" resolved to the bare surname, or a pronoun that takes up the speaker in the
  reported words ("Ferrer said she would not give up"). A relative of the other known gender
  is never meant; of those left, one whose gender is known to agree wins;
- a title written before the surname that the article gave one of them alone in full ("Sen.
  McCain" after "the late Sen. John McCain" and "Meghan McCain");
- the principal, by the order of naming (`family.principal`): the one named in full before
  the surname was first written alone, or nobody named in full when it was first written with
  an office none of them is given (the surname stays: "President Trump" before "Ivanka
  Trump"). A family member named after the principal is written in full
  or by first name ("Chelsea Clinton, … after her mother, said …"), so the surname is the
  principal's even right after the relative spoke ("Clinton also told ABC …");
- the one of them who spoke last in the same paragraph ("“…,” Alvaro Ferrer said. Ferrer
  added …");
- the one of them who is no relative, when the others are and that one holds an office or
  title and is named first ("former Vice President Joe Biden" before "his son Hunter Biden":
  `family`);
- the one of them the article has let speak by name before, when no other has (a story quotes
  the widow and speaks *of* her late husband: "McCain said" is the one already quoted).
Otherwise the surname stays as written (also when an earlier rule had taken the first person
of that surname it found): a guess would merge two people into one. Who shares the
surname is `canonical.long_forms`, the one matching of short names to full ones.
"""

from __future__ import annotations

from lib.quotes.speakers import family
from lib.quotes.speakers.canonical import long_forms
from lib.quotes.speakers.mentions import PERSON, Speaker
from lib.quotes.speakers.part import ResolverPart


class SharedSurnames(ResolverPart):
    """Surnames shared by several people in the article, told apart."""

    def __init__(self, resolver):
        super().__init__(resolver)
        self.people = sorted(
            {e["name"] for e in self.ctx.entities if e["label"] == "PERSON" and " " in e["name"]}
        )
        self.relatives = family.relatives(self.text, self.people)
        self.first_named = {
            e["name"]: min(s for s, _ in e["spans"])
            for e in self.ctx.entities
            if e["name"] in self.relatives or e["name"] in self.people
        }
        self.principals: dict[tuple[str, tuple[str, ...]], str | None] = {}
        self.titles: dict[str, frozenset[str]] = {}  # person -> the titles written before them

    def which(self, speaker: Speaker, token, at: int) -> Speaker:
        """The one of the people sharing `speaker`'s surname the article means, if it says."""
        short = self._bare_surname(speaker)
        if short is None:
            return speaker
        people = long_forms(short, self.people, self.lex)
        if len(people) < 2:
            return speaker
        gender = self.r.pronouns.clause_gender(token)
        found = self._chosen(short, people, gender, speaker.start, at) or short
        role = self.ix.roles.get(found)
        return Speaker(found, PERSON, role, speaker.mention, speaker.start, speaker.end)

    def _bare_surname(self, speaker: Speaker) -> str | None:
        """The surname a speaker is named by: the name itself when it is one word, or
        the mention when the article wrote the surname alone and an earlier rule took one of
        the people bearing it ("Heath writes" given to the first "… Heath" listed)."""
        name = speaker.name
        if not name:
            return None
        if " " not in name:  # the tagger may call a lone surname a body ("Brandt said")
            return name if name[:1].isupper() else None
        if speaker.kind != PERSON:
            return None
        mention = (speaker.mention or "").strip()
        if mention and " " not in mention and mention == self.ix.surname(name):
            return mention
        return None

    def _chosen(
        self, short: str, people: list[str], gender: str | None, start, at: int
    ) -> str | None:
        """The one of `people`, who bear the surname `short`, the evidence points to (see
        module), or `short` itself; None when it does not say. `start` is where the mention
        is written, `at` the statement."""
        every = people
        if gender:
            people = [p for p in people if self.ix.compatible(p, gender)]
            agreeing = [p for p in people if self.ix.gender.get(p) == gender]
            if len(agreeing) == 1 and len(people) > 1:
                people = agreeing
        if len(people) <= 1:
            return people[0] if people else None
        for chosen in (
            self._titled(people, start),
            self._first_introduced(short, every, people),
            self._spoke_just_before(people, at),
            self._principal(people),
            self._quoted_before(people, at),
        ):
            if len(chosen) == 1:
                return chosen[0]
        return None

    def _titled(self, people: list[str], start) -> list[str]:
        """The one of `people` the article gave the title written before the surname."""
        titles = self.lex.title_words
        title = family.title_before(self.text, start, titles) if start is not None else None
        if title is None:
            return []
        return [p for p in people if title in self._titles_given(p, titles)]

    def _titles_given(self, name: str, titles) -> frozenset[str]:
        """`family.titles_given`, read once per person: a scan of the text per statement was
        the square of an article of many titled people sharing a surname."""
        if name not in self.titles:
            self.titles[name] = family.titles_given(self.text, name, titles)
        return self.titles[name]

    def _first_introduced(self, short: str, every: list[str], people: list[str]) -> list[str]:
        """The principal by the order of naming among all who bear the surname (`every`), if
        the clause allows them (`people`); the surname alone when the article knows its
        principal by the surname only. Read once per surname."""
        found = self.principal_of(short, every)
        return [found] if found is not None and (found == short or found in people) else []

    def principal_of(self, short: str, every: list[str] | None = None) -> str | None:
        """Who the bare surname `short` is by the order of naming (`family.principal`) among
        `every` (by default all the article's people of that surname); read once per surname:
        statements, and relatives described through the surname ("McCain's widow"), ask."""
        if every is None:
            every = long_forms(short, self.people, self.lex)
        key = (short, tuple(every))
        if key not in self.principals:
            self.principals[key] = family.principal(self.text, short, every, self.lex)
        return self.principals[key]

    def _spoke_just_before(self, people: list[str], at: int) -> list[str]:
        """The one of `people` who spoke last in this paragraph, before `at`."""
        para = self.ctx.article.paragraph_at(at)
        floor = para.start if para is not None else at
        for off, spk in reversed(self.r.history):
            if off < floor:
                break
            if off < at and spk.name in people:
                return [spk.name]
        return []

    def _principal(self, people: list[str]) -> list[str]:
        """The one of `people` who is no relative, holds a title and is named before the
        others, when all others are relatives (see module). Named first: a story about "Liz
        Cheney, the daughter of former Vice President Dick Cheney" is about the daughter, and
        "Cheney said" is hers."""
        others = [p for p in people if p not in self.relatives]
        if len(others) != 1 or len(others) == len(people):
            return []
        role = (self.ix.roles.get(others[0]) or "").lower().split()
        if not any(w.strip(",.") in self.lex.titles for w in role):
            return []
        first = self.first_named.get(others[0], len(self.text))
        later = all(self.first_named.get(p, 0) > first for p in people if p != others[0])
        return others if later else []

    def _quoted_before(self, people: list[str], at: int) -> list[str]:
        """Those of `people` the article let speak by their full name before `at` (the name in
        the statement's own words, not a pronoun or a bare surname resolved to them)."""
        spoke = set()
        for off, spk in self.r.history:
            if off < at and spk.name in people and spk.mention and " " in spk.mention.strip():
                spoke.add(spk.name)
        return sorted(spoke)
