"""Relatives, told by the family words of `data/speakers.toml` [kin].

- Described through a named person: "the widow of Sen. Tom Hale said", "Tom Hale's son said".
  The relative speaks, never the person in the "of" phrase or the possessive: the person the
  article gives that role ("Ann Hale, Tom Hale's widow"), else the next person of the family's
  surname named after it, else the one member of the family (of the family word's gender,
  "widow" a woman, "son" a man) the article is most about (named as the subject of the
  headline or first sentence, then most often). Failing all, the description itself.
- Named by first name after a family word: "Edwards' sister Rachel", "Mr Hale's son Tom". The
  article calls them by the first name alone, but the person is "Rachel Edwards": a speaker
  whose name is one word, written in the article right after "<surname>'s <kin word>" where the
  surname is a person the article names, takes that surname.
"""

from __future__ import annotations

import functools
import re

from lib.quotes.speakers.mentions import PERSON, UNKNOWN, Speaker, possessor
from lib.quotes.speakers.part import ResolverPart
from lib.ruledata import load


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
        who = (
            self.r.held.holder_for(token, names)
            or self.r.later.relative(token, owner)
            or self._member(token, family.entity)
        )
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

    def _member(self, token, owner: dict) -> str | None:
        """The one other person of the owner's surname the family word fits (its gender),
        the article's most salient one when several do."""
        surname = self.ix.surname(owner["name"])
        gender = self.lex.gendered_roles.get(token.lower_, "any")
        family = sorted(
            {
                e["name"]
                for e in self.ctx.entities
                if e["label"] == "PERSON"
                and e is not owner
                and len(e["name"].split()) > 1
                and self.ix.surname(e["name"]) == surname
                and self.ix.compatible(e["name"], gender)
            }
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
