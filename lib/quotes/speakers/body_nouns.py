"""Bodies named by a noun phrase, for `nouns`: "the firm" for the body an apposition called a
firm ("NPD Group, a market research firm"), "the group" for the body that was just the subject,
"the ministry" for the latest body with that word in its name, "the paper" for the latest news
outlet named (or the one an apposition called a paper), "the storied civil liberties
group" for the body of that kind lately named, "the German bank" for the one bank named
(`body_kinds`). A mixin of `CommonNouns`: it reads the article
through the same resolver.
"""

from __future__ import annotations

import bisect
import math
from functools import cached_property

from lib.quotes.speakers.body_kinds import BodyKinds
from lib.quotes.speakers.offsets import NamedBodies
from lib.quotes.speakers.phrases import DETERMINERS, SUBJECT_DEPS, name_head


class BodyNouns(BodyKinds):
    """Which organisation a noun for a body stands for."""

    def _described_body(self, token, core, definite: bool, at: int) -> str | None:
        """ "the storied civil liberties group": a body of a generic kind described in lower case
        words is the body of that kind described or subject lately, else the latest named."""
        mods = [t for t in core if t.i != token.i and t.lower_ not in DETERMINERS]
        if not definite or token.lower_ not in self.lex.generic_org or len(mods) < 2:
            return None  # one word or none before: the short case below
        if any(t.i > token.i or not t.is_lower for t in mods):
            return None  # "the Reuters news agency" is named, "the U.S. firm" in `epithets`
        word = token.lower_
        return self.described_org(word, at) or self._subject_org(at) or self.recent_org([word], at)

    def news_body(self, token, core, at: int) -> str | None:
        """ "The outlet reviewed photos", "the paper said": a news outlet called back by its kind
        alone (or "the news outlet") is the latest outlet named before `at` (a body whose name
        or introduction shows it is one: data/speakers.toml [bodies] news_kinds, news_names),
        not whatever body was named since ("the White House" the outlet wrote about)."""
        if not self.news_kind(token.lemma_.lower()) or token.tag_ in ("NNS", "NNPS"):
            return None
        words = [t for t in core if t.i != token.i and not self._skipped(t)]
        if not self._opens_with_the(core) or any(t.lower_ != "news" for t in words):
            return None  # "the British newspaper": `kind_body`
        # "Jacobin, a leftist magazine, … the magazine's account": the apposition's body first
        return self.described_org(token.lower_, at) or self.latest_outlet(at)

    def _person_surname(self, word: str) -> bool:
        """Is `word` a person's surname in this article (a person named by it alone, or whose
        name ends in it)?"""
        return any(
            ent["label"] == "PERSON" and ent["name"].split()[-1] == word
            for ent in self.ctx.entities
        )

    def _subject_org(self, at: int) -> str | None:
        """The organisation that was the subject of a finite verb in this or the previous
        sentence (a main-clause one first): "the group" stands for it rather than for a company
        merely named in passing."""
        s_idx = self.ix.sentence_index(at)
        lo = self.ix.sent_starts[max(0, s_idx - 1)] if s_idx >= 0 else 0
        i = self.ix.mentions_before(at) - 1
        subjects = []  # (not a main-clause subject, -start, name)
        while i >= 0 and self.ix.mentions[i].start >= lo:
            m = self.ix.mentions[i]
            i -= 1
            tok = name_head(self.doc[m.token_i])
            finite = tok.head.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(
                c.dep_ in ("aux", "auxpass") and c.tag_ != "TO" for c in tok.head.children
            )
            named_org = (
                m.entity["label"] == "ORG"
                and not self.ix.in_marks(m.start)
                and not self.ix.thing_like(m.entity)
            )
            if tok.dep_ in SUBJECT_DEPS and named_org and finite:
                subjects.append((not m.subject, -m.start, m.entity["name"]))
        return min(subjects)[2] if subjects else None

    def described_org(self, word: str, at: int) -> str | None:
        """The organisation an earlier apposition calls `word`: "NPD Group, a market research
        firm" is "the firm"."""
        lo = self.ix.floor(at)
        i = self.ix.mentions_before(at) - 1
        while i >= 0 and self.ix.mentions[i].start >= lo:
            m = self.ix.mentions[i]
            i -= 1
            if m.entity["label"] != "ORG":
                continue
            tok = name_head(self.doc[m.token_i])
            near = [c for c in tok.children if c.dep_ == "appos"]
            if tok.dep_ == "appos":
                near.append(tok.head)
            if any(_calls(n, word) for n in near):
                return m.entity["name"]
        for t in self.doc[self.ix.token_at(lo) or 0 : self.ix.token_at(at) or 0]:
            # a name the tagger missed: "Harbor Analytics, a market research firm, said …"
            if t.dep_ == "appos" and _calls(t, word) and t.head.pos_ == "PROPN":
                m = self.ix.entity_for(t.head.idx, t.head.idx + len(t.head))
                if m is not None:
                    return m.entity["name"]
                names = [x for x in t.head.lefts if x.dep_ == "compound" and x.pos_ == "PROPN"]
                first = names[0] if names else t.head
                return self.text[first.idx : t.head.idx + len(t.head)]
        return None

    def recent_org(self, words: list[str], at: int, named_only: bool = False) -> str | None:
        """ "the ministry" -> the latest organisation with those words in its name; "the company"
        -> the latest organisation named at all (not "the power company": that is another)."""
        word = words[-1]
        last = self.ix.mentions_before(at) - 1
        kind = self._named_kind(word, at) if len(words) == 1 else None
        floor = kind[0] if kind is not None else -math.inf  # "the Unite union" came after
        named = self._named_bodies.latest_with(words, last, floor)
        if named is not None:
            return self._without_person(self.ix.mentions[named].entity["name"])
        generic = None
        if not named_only and word in self.lex.generic_org:
            body = self._named_bodies.latest_body(last, floor)
            if body is not None:
                generic = self._without_person(self.ix.mentions[body].entity["name"])
        return generic or (kind[1] if kind is not None else None)

    @cached_property
    def _named_bodies(self) -> NamedBodies:
        """Organisations and places by the words of their names (`offsets`), built once."""
        return NamedBodies(self.ix)

    def _named_kind(self, word: str, at: int) -> tuple[int, str] | None:
        """The latest "the Unite union", "the Acme company" before `at`: a body of that kind
        named by the capitalised words in front of the kind word (the tagger often tags no
        entity there). (offset, name)."""
        stop = self.ix.token_at(at)
        found = self._kind_names(word)  # (token, start, end), in text order
        k = bisect.bisect_left(found, (stop if stop is not None else 0,)) - 1
        while k >= 0 and self.doc[found[k][0]].idx >= at:
            k -= 1
        if k < 0:
            return None
        _, s, e = found[k]
        return s, self.text[s:e]

    def _kind_names(self, word: str) -> list[tuple[int, int, int]]:
        """Every "the Unite union" of the kind word `word` outside quote marks, as (token index,
        start, end of the name), built once per word: asked per statement, the walk back over
        every token of that word made a text full of "police said" quadratic."""
        cache = self._kind_cache
        if word not in cache:
            cache[word] = []
            for i in self.ix.tokens_with_lemma(word):
                t = self.doc[i]
                if self.ix.in_marks(t.idx):
                    continue
                names = [c for c in t.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
                if names and self.ix.entity_for(t.idx, t.idx + len(t)) is None:
                    cache[word].append((i, names[0].idx, names[-1].idx + len(names[-1])))
        return cache[word]

    @cached_property
    def _kind_cache(self) -> dict[str, list[tuple[int, int, int]]]:
        return {}

    def _without_person(self, name: str) -> str:
        """An organisation's name without a person's name the tagger glued on its end
        ("Unison Martin Fenwick" when the article has a Mr Fenwick): "Unison"."""
        words = name.split()
        if len(words) >= 3 and self._person_surname(words[-1]):
            return " ".join(words[:-2])
        return name


def _calls(noun, word: str) -> bool:
    """Does `noun` describe something as `word`? "a gossip website" is "the site", "a daily
    newspaper" is "the paper"."""
    return noun.lower_.endswith(word) or noun.lemma_.lower().endswith(word)
