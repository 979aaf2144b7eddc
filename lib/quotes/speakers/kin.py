"""Relatives, told by the family words of `data/speakers.toml` [kin].

- Described through a named person: "the widow of Sen. Tom Hale said", "Tom Hale's son said".
  The relative speaks, never the person in the "of" phrase or the possessive: the person the
  article gives that role ("Ann Hale, Tom Hale's widow"), else a member of the family (`member`:
  of the family's surname, of the family word's gender - "widow" a woman, "son" a man - and
  given no other family role, and not the one the owner's bare surname names, its principal:
  "McCain's widow" is not Meghan McCain, named first): the one named nearest before in the last KIN_SENTENCES, else the
  first named in the next KIN_SENTENCES, else the one the article is most about (named as the
  subject of the headline or first sentence, then most often). Failing all, the description
  itself.
- Named by first name after a family word: "Edwards' sister Rachel", "Mr Hale's son Tom". The
  article calls them by the first name alone, but the person is "Rachel Edwards": a speaker
  whose name is one word, written in the article right after "<surname>'s <kin word>" where the
  surname is a person the article names, takes that surname.
"""

from __future__ import annotations

import functools
import re

from lib.quotes.speakers.mentions import PERSON, UNKNOWN, Speaker
from lib.quotes.speakers.part import ResolverPart
from lib.quotes.speakers.phrases import possessor
from lib.ruledata import load

KIN_SENTENCES = 3  # how far before and after a relative is looked for by the family's surname


@functools.cache
def kin_words() -> frozenset[str]:
    return frozenset(load("speakers.toml").get("kin", {}).get("words", ()))


@functools.cache
def _kin() -> str:
    return "|".join(sorted((re.escape(w) for w in kin_words()), key=len, reverse=True))


class Relatives(ResolverPart):
    """A relative described through a person the article names (see module)."""

    def speaker(self, token, at: int) -> Speaker | None:
        """The relative `token` ("widow", "son") describes, or None when it is no family word
        held for a named person."""
        if token.lower_ not in kin_words() or token.tag_ != "NN":
            return None
        owner = self._owner(token)
        if owner is None:
            return None
        family = self.ix.entity_for(owner.idx, owner.idx + len(owner))
        if family is None or family.entity["label"] != "PERSON":
            return None
        names = {t.lower_ for t in owner.subtree if t.pos_ == "PROPN"}
        who = self.r.held.holder_for(token, names) or self.relative(token, owner)
        start, end = self.ix.np_bounds([t for t in token.subtree if not t.is_punct])
        words = self.text[start:end]
        if who is None or who == family.entity["name"]:
            return Speaker(words, PERSON, None, *self.ix.slice(start, end))
        return Speaker(who, PERSON, words, *self.ix.slice(start, end))

    def _owner(self, token):
        """The named person the relative is described through: "Tom Hale's son", "the widow
        of Sen. Tom Hale" (the name at the end of the "of" phrase)."""
        owner = possessor(token)
        if owner is not None and owner.pos_ == "PROPN":
            return owner
        for prep in token.rights:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    if pobj.dep_ == "pobj" and pobj.pos_ == "PROPN":
                        return pobj
        return None

    def relative(self, token, owner) -> str | None:
        """The person a family word ("father", "widow"; not "officials") held for `owner`, a
        named person, stands for: the one the article gives that role ("great-uncle Lazaro
        Hale" before "Tomas's great-uncle vowed"), else a member of the family (`member`)."""
        if token.lower_ not in self.lex.gendered_roles or token.tag_ != "NN":
            return None
        owned = self.ix.entity_for(owner.idx, owner.idx + len(owner))
        if owned is None or owned.entity["label"] != "PERSON":
            return None
        given = self.r.nouns.role_holder(token.lower_, token.idx)
        if given and given != owned.entity["name"]:
            return given
        return self.member(token, owned.entity)

    def member(self, token, owner: dict) -> str | None:
        """The one family chooser (see module): the person of the owner's surname the family
        word `token` fits, named nearest before it, else next after it, else the article's
        most salient one."""
        s_idx = self.ix.sentence_index(token.idx)
        starts = self.ix.sent_starts
        floor = starts[max(0, s_idx - KIN_SENTENCES)] if s_idx >= 0 else 0
        after = s_idx + 1 + KIN_SENTENCES
        limit = starts[after] if after < len(starts) else len(self.text)
        k = self.ix.mentions_before(token.idx)
        before = reversed(self.ix.mentions[:k])
        for m in before:
            if m.start < floor:
                break
            if self._fits(m.entity, owner, token.lower_):
                return m.entity["name"]
        for m in self.ix.mentions[self.ix.mentions_through(token.idx) :]:
            if m.start >= limit:
                break
            if self._fits(m.entity, owner, token.lower_):
                return m.entity["name"]
        return self._salient(token, owner)

    def _fits(self, ent: dict, owner: dict, word: str) -> bool:
        """Whether `ent` is a member of `owner`'s family the family `word` can stand for: a
        named person (two words at least) of the owner's surname, of the word's gender when
        both are known, and given no other family role by the article ("… with his sister Lena
        Hale. The widow of Tom Hale said": not Lena)."""
        words = ent["name"].split()
        if ent is owner or ent["label"] != "PERSON" or len(words) < 2:
            return False
        if ent["name"] == self._owner_named(owner["name"]):
            return False  # "McCain's widow" is not the McCain the surname alone names
        if self.ix.surname(ent["name"]) != self.ix.surname(owner["name"]):
            return False
        gender = self.lex.gendered_roles.get(word, "any")
        return self.ix.compatible(ent["name"], gender) and not self._other_kin(ent["name"], word)

    def _owner_named(self, name: str) -> str | None:
        """The person a one-word owner ("McCain" of "McCain's widow") names: the principal of
        that surname (`family.principal`), who is never the relative described through it."""
        return None if " " in name else self.r.surnames.principal_of(name)

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

    def _salient(self, token, owner: dict) -> str | None:
        """The family member the article is most about, when one is more than the others."""
        family = sorted(
            {e["name"] for e in self.ctx.entities if self._fits(e, owner, token.lower_)}
        )
        if len(family) < 2:
            return family[0] if family else None
        ranked = sorted(family, key=self.ix.salience, reverse=True)
        if self.ix.salience(ranked[0]) == self.ix.salience(ranked[1]):
            return None
        return ranked[0]


def with_family_names(speakers: list, text: str, people: tuple[str, ...]) -> None:
    """Rename in place one-word speakers introduced as a named person's relative."""
    surnames = {p.split()[-1] for p in people if len(p.split()) > 1}
    kin = _kin()
    if not kin or not re.search(r"\s(?:" + kin + r")\s", text):
        return  # no kin word: none to rename (one search, not one per speaker)
    found: dict[str, re.Match | None] = {}  # one search of the text per name, not per speaker
    for s in speakers:
        if not s.name or s.kind not in (PERSON, UNKNOWN) or " " in s.name:
            continue
        if s.name not in found:
            pattern = re.compile(
                r"\b([A-Z][\w-]+)['’]s?\s+(?:" + kin + r")\s+" + re.escape(s.name) + r"\b"
            )
            found[s.name] = pattern.search(text)
        m = found[s.name]
        if m and m.group(1) in surnames and m.group(1) != s.name:
            s.name, s.kind = f"{s.name} {m.group(1)}", PERSON
