"""Speakers described before they are named: news ledes name a role first and the person a
line or two later.

- "His lawyer, however, insists …" then "“…,” said Ronald Pike": a role held for someone is
  the person named next, when that person speaks and has no other role;
- "Tomas Ferrer's mother said …" then "Alicia Ferrer wrote": a relative is the next person of
  the family's surname; "Alicia Ferrer said …. The mother of Tomas Ferrer said": or the one
  just named before.
"""

from __future__ import annotations

import bisect

from lib.quotes.speakers.fit import same_role
from lib.quotes.speakers.kin import kin_words
from lib.quotes.speakers.mentions import SUBJECT_DEPS, possessor
from lib.quotes.speakers.part import ResolverPart

POSSESSIVE = ("his", "her", "their", "its")
ROLE_SENTENCES = 5  # how far ahead a role's holder is looked for when named with that role
KIN_SENTENCES = 3  # how far ahead a relative is looked for by the family's surname


class NamedLater(ResolverPart):
    """Roles and relatives resolved to a person named in the next sentences."""

    def role_holder(self, token) -> str | None:
        """ "His lawyer, however, insists he will fight on. “He's a strong man,” said Jeffrey
        Leving.": a role someone holds for another person, named when they next speak. The
        first person named in the next sentences who is the subject of a saying and has no
        other role is the role's holder. Further on (up to `ROLE_SENTENCES`), only a person
        given the same role speaks for it ("the office's executive director said …" and, four
        sentences on, "…, said Executive Director Susan Grundmann")."""
        owner = possessor(token)
        if owner is None or not self._held_for(owner) or token.tag_ != "NN":
            return None
        s_idx = bisect.bisect_right(self.ix.sent_starts, token.idx)
        starts = self.ix.sent_starts
        near = starts[s_idx + 2] if s_idx + 2 < len(starts) else len(self.text)
        limit = (
            starts[s_idx + ROLE_SENTENCES]
            if s_idx + ROLE_SENTENCES < len(starts)
            else len(self.text)
        )
        i = bisect.bisect_right(self.ix.mention_starts, token.idx)
        while i < len(self.ix.mentions) and self.ix.mentions[i].start < limit:
            m = self.ix.mentions[i]
            i += 1
            if m.entity["label"] != "PERSON":
                continue
            head = self.doc[m.token_i]
            while head.dep_ in ("compound", "flat") and head.head is not head:
                head = head.head
            if head.dep_ not in SUBJECT_DEPS or not self.lex.is_speech(head.head):
                return None  # the next person named is not the one speaking
            role = self.ix.roles.get(m.entity["name"])
            if role and _holds(role, token.lower_):
                return m.entity["name"]
            return m.entity["name"] if not role and m.start < near else None
        return None

    def _held_for(self, owner) -> bool:
        """ "his lawyer", "the agency's chief counsel": a role held for a person or a body, not
        for a person the article names ("Pike's lawyer" is someone else's)."""
        if owner.lower_ in POSSESSIVE:
            return True
        mention = self.ix.entity_for(owner.idx, owner.idx + len(owner))
        if mention is not None:
            return mention.entity["label"] != "PERSON"
        return owner.pos_ == "NOUN"

    def relative(self, token, owner) -> str | None:
        """ "Elian Gonzalez's father said in a letter …" and, in the next lines, "Juan Miguel
        Gonzalez wrote": a relative is named later with the family's surname. The first other
        person of that surname named in the next sentences is the relative."""
        if token.lower_ not in self.lex.gendered_roles or token.tag_ != "NN":
            return None  # kinship words ("father", "sister"); not "officials" or "lawyers"
        owned = self.ix.entity_for(owner.idx, owner.idx + len(owner))
        if owned is None or owned.entity["label"] != "PERSON":
            return None
        surname = owned.entity["name"].split()[-1]
        given = self.r.nouns.role_holder(token.lower_, token.idx)
        if given and given != owned.entity["name"]:
            return given  # "great-uncle Lazaro Hale" before: "Tomas's great-uncle vowed"
        before = self._relative_before(token, owned.entity, surname)
        if before is not None:
            return before
        s_idx = bisect.bisect_right(self.ix.sent_starts, token.idx)
        starts = self.ix.sent_starts
        limit = (
            starts[s_idx + KIN_SENTENCES] if s_idx + KIN_SENTENCES < len(starts) else len(self.text)
        )
        i = bisect.bisect_right(self.ix.mention_starts, token.idx)
        while i < len(self.ix.mentions) and self.ix.mentions[i].start < limit:
            ent = self.ix.mentions[i].entity
            i += 1
            words = ent["name"].split()
            if ent is owned.entity or ent["label"] != "PERSON" or len(words) < 2:
                continue
            if words[-1] == surname:
                return ent["name"]
        return None

    def _relative_before(self, token, owner: dict, surname: str) -> str | None:
        """ "Cindy Hale said …. The widow of Sen. John Hale said": the person of the family's
        surname named in this or the KIN_SENTENCES before, nearest first, whose gender (when
        known) is the kin word's."""
        gender = self.lex.gendered_roles.get(token.lower_)
        s_idx = bisect.bisect_right(self.ix.sent_starts, token.idx) - 1
        floor = self.ix.sent_starts[max(0, s_idx - KIN_SENTENCES)] if s_idx >= 0 else 0
        i = bisect.bisect_left(self.ix.mention_starts, token.idx) - 1
        while i >= 0 and self.ix.mentions[i].start >= floor:
            ent = self.ix.mentions[i].entity
            i -= 1
            words = ent["name"].split()
            if ent is owner or ent["label"] != "PERSON" or len(words) < 2 or words[-1] != surname:
                continue
            known = self.ix.gender.get(ent["name"])
            if gender in ("male", "female") and known in ("male", "female") and known != gender:
                continue
            if self._other_kin(ent["name"], token.lower_):
                continue  # "… with his sister Lena Hale. The widow of Tom Hale said": not Lena
            return ent["name"]
        return None

    def _other_kin(self, name: str, word: str) -> bool:
        """Whether the article gave `name` another family role than `word` ("his sister Lena
        Hale" is no widow): a relative is told apart from the rest of the family by it."""
        held = {
            w
            for _, role, holder in self.ix.role_holders
            if holder == name
            for w in role.lower().split()
            if w in kin_words()
        }
        return bool(held) and word not in held


def _holds(role: str, word: str) -> bool:
    """Whether a person's role ("attorney", "Chief Counsel") is the role word used before
    ("lawyer", "counsel")."""
    return any(same_role(w.strip(".,"), word) for w in role.lower().split())
