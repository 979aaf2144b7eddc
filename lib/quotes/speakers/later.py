"""Speakers described before they are named: news ledes name a role first and the person a
line or two later.

- "His lawyer, however, insists …" then "“…,” said Ronald Pike": a role held for someone is
  the person named next, when that person speaks and has no other role;
- "Tomas Ferrer's mother said …" then "Alicia Ferrer wrote": a relative is the next person of
  the family's surname.
"""

from __future__ import annotations

import bisect

from lib.quotes.speakers.mentions import SUBJECT_DEPS
from lib.quotes.speakers.part import ResolverPart

POSSESSIVE = ("his", "her", "their", "its")
KIN_SENTENCES = 3  # how far ahead a relative is looked for by the family's surname


class NamedLater(ResolverPart):
    """Roles and relatives resolved to a person named in the next sentences."""

    def role_holder(self, token) -> str | None:
        """ "His lawyer, however, insists he will fight on. “He's a strong man,” said Jeffrey
        Leving.": a role someone holds for another person, named when they next speak. The
        first person named in the next sentences who is the subject of a saying and has no
        other role is the role's holder."""
        owner = next((t for t in token.lefts if t.dep_ == "poss"), None)
        if owner is None or owner.lower_ not in POSSESSIVE or token.tag_ != "NN":
            return None
        s_idx = bisect.bisect_right(self.ix.sent_starts, token.idx)
        starts = self.ix.sent_starts
        limit = starts[s_idx + 2] if s_idx + 2 < len(starts) else len(self.text)
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
            return m.entity["name"] if not role or token.lower_ in role.lower() else None
        return None

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
