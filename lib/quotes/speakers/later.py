"""Speakers described before they are named: news ledes name a role first and the person a
line or two later.

"His lawyer, however, insists …" then "“…,” said Ronald Pike": a role held for someone is the
person named next, when that person speaks and has no other role. (A relative named before or
after by the family's surname is `kin.Relatives.member`.)
"""

from __future__ import annotations

from lib.quotes.speakers.fit import same_role
from lib.quotes.speakers.part import ResolverPart
from lib.quotes.speakers.phrases import SUBJECT_DEPS, name_head, possessor

POSSESSIVE = ("his", "her", "their", "its")
ROLE_SENTENCES = 5  # how far ahead a role's holder is looked for when named with that role


class NamedLater(ResolverPart):
    """Roles resolved to the person named in the next sentences."""

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
        s_idx = self.ix.sentence_index(token.idx) + 1
        starts = self.ix.sent_starts
        near = starts[s_idx + 2] if s_idx + 2 < len(starts) else len(self.text)
        limit = (
            starts[s_idx + ROLE_SENTENCES]
            if s_idx + ROLE_SENTENCES < len(starts)
            else len(self.text)
        )
        i = self.ix.mentions_through(token.idx)
        while i < len(self.ix.mentions) and self.ix.mentions[i].start < limit:
            m = self.ix.mentions[i]
            i += 1
            if m.entity["label"] != "PERSON":
                continue
            head = name_head(self.doc[m.token_i])
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


def _holds(role: str, word: str) -> bool:
    """Whether a person's role ("attorney", "Chief Counsel") is the role word used before
    ("lawyer", "counsel")."""
    return any(same_role(w.strip(".,"), word) for w in role.lower().split())
