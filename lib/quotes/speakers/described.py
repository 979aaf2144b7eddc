"""Speakers a wire story calls back by a description instead of the name it just gave.

American wire copy names a source once and then describes them:
- "“…,” said Committee Chairman Orvald Pike. “…,” the Ohio Republican told reporters": "the"
  with a party word (and a place or an adjective) is the person just named, as "he" would be;
- "In a letter the agency's chief counsel said …" then "…, said Chief Counsel Dorinda Voss": a
  role held in a body is the person who speaks next with that role;
- "her lawyer said" then "said attorney Emil Brandt": one job under another word;
- "several current and former officials said …" then "these people said": the sources described
  before, not a speaker called "people".
The word lists are in data/speakers.toml, table `descriptions`.
"""

from __future__ import annotations

import functools

from lib.quotes.speakers.mentions import ORG_LABELS, PERSON, UNKNOWN, Speaker, possessor
from lib.quotes.speakers.part import ResolverPart
from lib.quotes.speakers.words import speaker_words
from lib.ruledata import load

# Entity labels of words that are also surnames ("English", "French", "Welsh", "German")
WORD_LABELS = ("NORP", "LANGUAGE")


class Described(ResolverPart):
    """Descriptions that stand for a source the article named or described just before."""

    def party_member(self, token, core, at: int) -> Speaker | None:
        """ "the Ohio Republican told reporters": the person named nearest before."""
        words = speaker_words()
        if token.lower_ not in words.party_members or token.tag_ in ("NNS", "NNPS"):
            return None
        if not any(t.lower_ == "the" and t.dep_ == "det" for t in token.lefts):
            return None
        if any(self._person(t) for t in core if t is not token):
            return None  # "the Republican Susan Collins": the name speaks
        name = self.r.pronouns.person_antecedent("any", at)
        if not name:
            return None
        s, e = self.ix.np_bounds(core)  # the mention: "Ohio Republican"
        role = self.ix.roles.get(name) or self.text[s:e]
        return Speaker(name, PERSON, role, *self.ix.slice(s, e))

    def called_back(self, token, at: int) -> Speaker | None:
        """ "these people said": the latest plural source described, not named, before."""
        words = speaker_words()
        if token.lower_ not in words.called_back:
            return None
        if not any(t.lower_ in words.called_back_determiners for t in token.lefts):
            return None
        where = self.ix.slice(token.idx, token.idx + len(token))
        for _, earlier in reversed(self.r.history):
            described = earlier.kind == UNKNOWN and _plural_description(earlier.name or "")
            if described and earlier.start is not None and earlier.start < at:
                return Speaker(earlier.name, earlier.kind, earlier.role, *where)
        return None

    def _person(self, token) -> bool:
        mention = self.ix.entity_for(token.idx, token.idx + len(token))
        return mention is not None and mention.entity["label"] == "PERSON"

    def surname_of_one(self, toks) -> bool:
        """One word that is the surname of exactly one person the article named in full."""
        if len(toks) != 1:
            return False
        word = toks[0].text
        people = {
            e["name"]
            for e in self.ctx.entities
            if e["label"] == "PERSON"
            and len(e["name"].split()) > 1
            and e["name"].split()[-1] == word
        }
        return len(people) == 1

    def company_part(self, token) -> str | None:
        """The name of a company's part: "its Google unit", "the Lexus division" (the tagger
        often misses such a name: a capitalised compound is taken as it is written)."""
        if token.lower_ not in speaker_words().corporate_parts:
            return None
        names = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if not names:
            return None
        m = self.ix.entity_for(names[0].idx, names[-1].idx + len(names[-1]))
        if m is not None:
            return m.entity["name"] if m.entity["label"] in ORG_LABELS else None
        return self.text[names[0].idx : names[-1].idx + len(names[-1])]

    def owned_body(self, token) -> str | None:
        """A person's office or staff, by the name the article gives in full: "Cuomo’s office"
        after "Andrew Cuomo" is "Andrew Cuomo's office"."""
        owner = possessor(token)
        if owner is None or owner.pos_ != "PROPN":
            return None
        m = self.ix.entity_for(owner.idx, owner.idx + len(owner))
        if m is None or m.entity["label"] != "PERSON":
            return None
        return f"{m.entity['name']}'s {token.text}"


def introduced(token) -> bool:
    """A source brought in with "a"/"an": "a source close to Romney", "an aide"."""
    return any(t.lower_ in ("a", "an") for t in token.lefts)


def _plural_description(name: str) -> bool:
    """ "several current and former officials", "people familiar with the talks": a described
    plural source (its head word ends in -s, or is "people")."""
    words = name.lower().split()
    return len(words) > 1 and (words[-1].endswith("s") or "people" in words)


def same_role(a: str, b: str) -> bool:
    """ "lawyer" and "attorney" name one job; so do "spokesman" and "spokeswoman"."""
    a, b = a.lower(), b.lower()
    return a == b or any(a in job and b in job for job in _jobs())


@functools.cache
def _jobs() -> list[frozenset[str]]:
    """Each job's words (data/speakers.toml [descriptions.same_role]); a word may name several
    ("representative": a spokesman, a congressman)."""
    table = load("speakers.toml").get("descriptions", {}).get("same_role", {})
    return [frozenset((head, *words)) for head, words in table.items()]
