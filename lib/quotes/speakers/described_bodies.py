"""Descriptions of bodies, for `epithets`: "the U.S. firm said" with the firm named in the next
sentence, "an agency spokesman" for the agency just named, "a TSA spokesman" for the agency the
article spells out before "(TSA)". A mixin of `Epithets`: it reads the article through the same
resolver and sentence index.
"""

from __future__ import annotations

from lib.quotes.speakers.canonical import defined_acronyms
from lib.quotes.speakers.fit import NEAR_SENTENCES, Description
from lib.quotes.speakers.part import ResolverPart

AHEAD_SENTENCES = 2  # how far ahead a description looks for whom it introduces


class BodyEpithets(ResolverPart):
    """Descriptions of organisations and of their unnamed spokespeople."""

    def _place(self, word: str) -> bool:
        """Whether a word names a place: `Epithets` answers it from the article's entities."""
        raise NotImplementedError

    def _sentence(self, at: int) -> int:
        """The index of the sentence holding an offset: `Epithets` keeps the sentence index."""
        raise NotImplementedError

    def _spokesman_of(self, s, d: Description) -> str | None:
        """ "an agency spokesman" after "The Transport Department declined …": the spokesman
        of the body named just before ("Transport Department spokesman"); "a TSA spokesman"
        after "the Transit Safety Agency (TSA)": the body's full name ("Transit Safety Agency
        spokesman")."""
        if len(d.before) == 1 and d.before[0].isupper() and not d.after:
            full = defined_acronyms(self.text).get(d.before[0])
            return f"{full} {d.heads[-1]}" if full else None
        if d.after or not any(w in self.lex.generic_org for w in d.before):
            return None
        if not all(w.islower() for w in d.before):
            return None  # "the State Department spokesman" is named already
        org = self._org_before(s.start, NEAR_SENTENCES - 1)
        return f"{org} {d.heads[-1]}" if org else None

    def _body(self, s, d: Description) -> str | None:
        """ "the U.S. firm said" with no firm named before: the body named in the next
        sentences; "a research firm said": likewise."""
        if d.after or len(d.heads) > 1 or d.heads[0] not in self.lex.generic_org:
            return None
        inside = self.ix.entity_for(s.start, s.end or s.start)
        if inside is not None and self._named_org(inside) and inside.end <= (s.end or 0):
            return inside.entity["name"]  # "the Acme Wind Association trade group"
        if any(not w.islower() and not self._place(w) for w in d.before):
            return None  # "the Reuters news agency": named already
        here = self._sentence(s.start)
        seen = {m.entity["name"] for m in self.ix.mentions if m.start < s.start}
        if d.definite and self._org_before(s.start, NEAR_SENTENCES):
            return None  # the body named before it: `nouns` chose among them
        first = self.ix.token_at(s.end or s.start)
        starts = self.ix.sent_starts
        last = (
            starts[here + AHEAD_SENTENCES + 1] if here + AHEAD_SENTENCES + 1 < len(starts) else None
        )
        for tok in self.doc[first or 0 : self.ix.token_at(last) if last else len(self.doc)]:
            if tok.dep_ not in ("nsubj", "nsubjpass") or not tok.text[:1].isupper():
                continue
            if tok.pos_ in ("PRON", "DET") or (tok.is_sent_start and tok.pos_ != "PROPN"):
                continue
            name = self._body_named(tok)
            if name and name not in seen:
                return name  # the first body newly named as a subject
        return None

    def _body_named(self, tok) -> str | None:
        """The body a subject names: a tagged organisation, or capitalised words the tagger left
        untagged ("Fusion GPS hired …")."""
        m = self.ix.entity_for(tok.idx, tok.idx + len(tok))
        if m is not None:
            return m.entity["name"] if self._named_org(m) else None
        if self.ix.in_marks(tok.idx):
            return None
        words = [c for c in tok.lefts if c.dep_ == "compound" and c.text[:1].isupper()] + [tok]
        if len(words) < 2 or any(w.is_sent_start for w in words):
            return None  # one untagged word may be a person's surname ("Abney said")
        if any(self._surname(w.text) for w in words):
            return None
        return self.text[words[0].idx : tok.idx + len(tok)]

    def _surname(self, word: str) -> bool:
        return any(
            e["label"] == "PERSON" and e["name"].split()[-1] == word for e in self.ctx.entities
        )

    def _org_before(self, at: int, sentences: int) -> str | None:
        """The latest organisation named in this sentence or the `sentences` before it."""
        lo = self._sentence(at) - sentences
        i = self.ix.mentions_before(at) - 1
        while i >= 0 and self._sentence(self.ix.mentions[i].start) >= lo:
            m = self.ix.mentions[i]
            i -= 1
            if self._named_org(m):
                return m.entity["name"]
        return None

    def _named_org(self, m) -> bool:
        """An organisation named in the text, not a dateline's agency ("(Reuters)")."""
        if m.entity["label"] != "ORG" or self.ix.thing_like(m.entity):
            return False
        return not (self.text[m.start - 1 : m.start] == "(" and self.text[m.end : m.end + 1] == ")")
