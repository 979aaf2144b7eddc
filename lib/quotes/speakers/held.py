"""Roles held for someone the article names another way: "His spokesman said" (the role of
the person "his" stands for) and "the organiser said" after "organised by Jane Roe" (the
doer of the verb the role is named after).

The person the article gives the role speaks; else the role with the person's name ("Tom
Hale's spokesman"), as a reader would say who it is. An agent noun is matched to its verb by
its spelling ("organiser" / "organise", "founder" / "found", "owner" / "own"), and only a
definite one ("the organiser") takes up a doer named before: "an organiser said" is someone
new.
"""

from __future__ import annotations

import bisect
import functools

from lib.quotes.speakers.mentions import PERSON, UNKNOWN, Speaker
from lib.quotes.speakers.part import ResolverPart

POSSESSIVE = {"his": "male", "her": "female"}
AGENT_ENDINGS = ("er", "or")
AGENT_LOOKBACK_SENTENCES = 12  # how far back "the organiser" looks for who organised it


class HeldRoles(ResolverPart):
    """Roles that name their holder through someone else or through a verb."""

    def for_pronoun(self, token, text: str, s: int, e: int) -> Speaker | None:
        """ "His spokesman said", "her lawyers said": a role held for the person "his"/"her"
        stands for. The person the article gives that role for them speaks ("Ana Ruiz, the
        Hale family's lawyer"), else the role with the person's name ("Tom Hale's
        spokesman", as a reader would say who it is)."""
        owner = next((t for t in token.lefts if t.dep_ == "poss"), None)
        gender = POSSESSIVE.get(owner.lower_) if owner is not None else None
        if gender not in ("male", "female"):
            return None
        who = self.r.pronouns.person_antecedent(gender, owner.idx)
        if not who:
            return None
        s = min(s, owner.idx)  # the mention: "His spokesman"
        holder = self.holder_for(token, {w.lower() for w in who.split()})
        if holder and holder != who:
            return Speaker(holder, PERSON, text, *self.ix.slice(s, e))
        kind = UNKNOWN if token.tag_ == "NNS" else PERSON
        return Speaker(f"{who}'s {text}", kind, None, *self.ix.slice(s, e))

    def holder_for(self, token, names: set[str]) -> str | None:
        """The person the article gives the role `token` names with one of `names` in it
        ("Jo Marsh, Hale's spokeswoman" for the spokeswoman of Tom Hale)."""
        for _, role, name in self.ix.role_holders:
            words = {w.removesuffix("'s").removesuffix("’s") for w in role.split()}
            if token.lower_ in words and names & words:
                return name
        return None

    def doer(self, token, at: int) -> str | None:
        """ "The organiser said" after "organised by Jane Roe" or "Jane Roe organised …": the
        named person who did what the agent noun is named after, in the sentences before."""
        stems = _verb_stems(token.lemma_.lower())
        if not stems or not any(t.lower_ == "the" for t in token.lefts) or token.tag_ == "NNS":
            return None
        s_idx = self.ix.sentence_index(at)
        floor = self.ix.sent_starts[max(0, s_idx - AGENT_LOOKBACK_SENTENCES)] if s_idx >= 0 else 0
        lo, verbs = self.ix.token_at(floor) or 0, []
        for stem in stems:  # the verbs of these stems by index, not every token back to the floor
            found = self._verbs_by_stem.get(stem, [])
            verbs += found[bisect.bisect_left(found, lo) : bisect.bisect_left(found, token.i)]
        for verb in (self.doc[i] for i in sorted(verbs, reverse=True)):
            for who in self._doers(verb):
                m = self.ix.entity_for(who.idx, who.idx + len(who))
                if m is not None and m.entity["label"] == "PERSON":
                    return m.entity["name"]
        return None

    @functools.cached_property
    def _verbs_by_stem(self) -> dict[str, list[int]]:
        """`_plain` lemma -> the indices of the verbs with it, in order."""
        out: dict[str, list[int]] = {}
        for t in self.doc:
            if t.pos_ == "VERB":
                out.setdefault(_plain(t.lemma_), []).append(t.i)
        return out

    def _doers(self, verb) -> list:
        """The verb's subject, or the "by" agent of a passive ("organised by Jane Roe")."""
        out = [c for c in verb.children if c.dep_ == "nsubj"]
        for c in verb.children:
            if c.dep_ == "agent":
                out += [g for g in c.children if g.dep_ == "pobj"]
        return out


def _plain(word: str) -> str:
    """British and American spellings as one ("organise" / "organize")."""
    return word.lower().replace("z", "s")


def _verb_stems(noun: str) -> set[str]:
    """The verbs an agent noun may be named after: "organiser" -> organise, "founder" ->
    found, "investigator" -> investigate. Empty for a word with no agent ending."""
    if len(noun) < 5 or not noun.endswith(AGENT_ENDINGS):
        return set()
    base = _plain(noun[:-2])
    return {base, base + "e", _plain(noun[:-1])}
