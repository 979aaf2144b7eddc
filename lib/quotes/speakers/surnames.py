"""A surname two people share ("Elena Ferrer" and her husband "Alvaro Ferrer"): "Ferrer said"
names one of them, never both and never a third speaker "Ferrer".

The article says which: a pronoun that takes up the speaker in the reported words ("Ferrer
said she would not give up") gives the gender, else the same paragraph had one of them speak
just before ("“…,” Alvaro Ferrer said. Ferrer added …"). Otherwise the surname stays as
written: a guess would merge two people into one. Who shares the surname is
`canonical.long_forms`, the one matching of short names to full ones.
"""

from __future__ import annotations

from lib.quotes.speakers.canonical import long_forms
from lib.quotes.speakers.mentions import PERSON, SUBJECT_DEPS, Speaker
from lib.quotes.speakers.part import ResolverPart
from lib.quotes.speakers.pronouns import THIRD_PERSON


class SharedSurnames(ResolverPart):
    """Surnames shared by several people in the article, told apart."""

    def __init__(self, resolver):
        super().__init__(resolver)
        self.people = sorted(
            {e["name"] for e in self.ctx.entities if e["label"] == "PERSON" and " " in e["name"]}
        )

    def which(self, speaker: Speaker, token, at: int) -> Speaker:
        """The one of the people sharing `speaker`'s surname the article means, if it says."""
        name = speaker.name
        if speaker.kind != PERSON or not name or " " in name:
            return speaker
        people = long_forms(name, self.people, self.lex)
        if len(people) < 2:
            return speaker
        gender = self._taken_up_as(token)
        chosen = [p for p in people if gender and self.ix.gender.get(p) == gender]
        if len(chosen) != 1:
            chosen = self._spoke_just_before(people, at)
        if len(chosen) != 1:
            return speaker
        found = chosen[0]
        role = self.ix.roles.get(found)
        return Speaker(found, PERSON, role, speaker.mention, speaker.start, speaker.end)

    def _taken_up_as(self, token) -> str | None:
        """ "Ferrer said she …": the gender of the pronoun that is the reported clause's
        subject."""
        verb = token.head
        for clause in verb.children:
            if clause.dep_ not in ("ccomp", "xcomp"):
                continue
            for t in clause.children:
                if t.dep_ in SUBJECT_DEPS and not self.ix.in_marks(t.idx):  # not quoted words
                    for gender, words in THIRD_PERSON.items():
                        if t.lower_ in words:
                            return gender
        return None

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
