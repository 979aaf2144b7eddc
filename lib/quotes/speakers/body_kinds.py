"""Bodies called back by their kind, for `nouns`: "the German bank" after "Deutsche Bank", "the
Swiss drugmaker" after "Novartis, a Swiss drugmaker", "the appeals court" after "the Court of
Appeals for the Second Circuit", "the central bank" after "China's central bank, the People's
Bank of China". A mixin of `BodyNouns`: it reads the article through the same resolver.

News copy names a body once and then describes it by its kind with a word or two about it. The
description stands for the one organisation named before that fits it (data/speakers.toml
[bodies]):
- its kind shows in the body's name or in the words that introduced it (an apposition, the
  words in front of its name: "Swiss drugmaker Novartis"); "company", "firm" and the like (words
  for a body of any kind) also fit a body whose name or introduction shows no other kind of
  body ("the Seattle-based company" is not the Federal Trade Commission);
- a country or place in the description ("German", "Seattle-based") must be the body's where
  the article gives the body one, and is no test where it does not;
- any other word ("central", "appeals", "historically black") must be among the body's name or
  introduction words, unless it only says how the body is doing ("the embattled bank").
Two bodies that fit, or none, and the description stays as written: it may be a body the article
never names ("the central bank" of a story that names only Deutsche Bank).
"""

from __future__ import annotations

import bisect
import functools
from functools import cached_property

from lib.quotes.speakers.part import ResolverPart
from lib.quotes.speakers.phrases import DETERMINERS
from lib.ruledata import load

PLACE_TAGS = ("GPE", "LOC")  # a people ("German") is a place only by data/speakers.toml
# Dependencies of the words in front of a name that describe it ("Swiss drugmaker Novartis").
FRONT_DEPS = ("compound", "amod", "nmod", "npadvmod")
# What a describing phrase leaves out: clauses, and what is joined to it ("Sweden's biggest
# lender, and Harbor Bank of Canada": the other bank's words are not the first's).
NOT_PHRASE = ("relcl", "acl", "appos", "conj", "cc")


@functools.cache
def _data() -> dict:
    return load("speakers.toml").get("bodies", {})


@functools.cache
def _kind_words() -> dict[str, frozenset[str]]:
    """Kind word -> the words that show a body is of that kind (itself included); every word
    for a news outlet shows each kind of outlet ("the paper" is The Wall Street Journal)."""
    out = {k: frozenset((k, *words)) for k, words in _data().get("kinds", {}).items()}
    for k in _news_kinds():
        out[k] = out.get(k, frozenset((k,))) | _news_words()
    return out


@functools.cache
def _news_kinds() -> frozenset[str]:
    return frozenset(_data().get("news_kinds", []))


@functools.cache
def _news_words() -> frozenset[str]:
    """Words that show a body is a news outlet: its kinds and the words of outlets' names."""
    return _news_kinds() | frozenset(_data().get("news_names", []))


@functools.cache
def news_names() -> frozenset[str]:
    """The words of news outlets' names ("Times", "Herald", "CNN"): data/speakers.toml [bodies]."""
    return frozenset(_data().get("news_names", []))


@functools.cache
def _any_kind() -> frozenset[str]:
    return frozenset(_data().get("any_kind", []))


@functools.cache
def _standing() -> frozenset[str]:
    return frozenset(_data().get("standing", []))


@functools.cache
def _countries() -> dict[str, str]:
    """A country's name, adjective or short form, lower case -> the country."""
    out = {}
    for country, words in _data().get("countries", {}).items():
        name = country.replace("_", " ")
        out[name] = name
        out.update(dict.fromkeys(words, name))
    return out


def place_key(word: str) -> str:
    """One key per place, whatever word names it: "German", "Germany" -> "germany"."""
    low = word.lower().removesuffix("-based").removesuffix("’s").removesuffix("'s")
    return _countries().get(low, low)


class Profile:
    """What the article says an organisation is: the words of its name and introduction, and
    the places among them."""

    def __init__(self, name: str):
        self.name = name
        self.words: set[str] = set(name.lower().split())
        self.places: set[str] = {place_key(w) for w in name.split() if w.lower() in _countries()}


class BodyKinds(ResolverPart):
    """Which organisation "the <words> <kind>" stands for."""

    def kind_body(self, token, core, at: int) -> str | None:
        """The one organisation named before `at` that the definite description fits (see the
        module), or None."""
        if token.tag_ in ("NNS", "NNPS") or not self._opens_with_the(core):
            return None
        words = [t for t in core if t.i != token.i and not self._skipped(t)]
        if not words or any(t.i > token.i for t in words):
            return None  # "the bank" alone: `recent_org`; "the bank of …": named
        places, others = self._split(words)
        if others is None:
            return None  # a capitalised word that is no place: "the Reuters news agency"
        kind = token.lemma_.lower() if token.lemma_.lower() in self.lex.org_nouns else token.lower_
        starts, names = self._fitting(kind, frozenset(places), frozenset(others))
        return names[0] if bisect.bisect_left(starts, at) == 1 else None

    def latest_outlet(self, at: int) -> str | None:
        """The latest news outlet named before `at` (see `_outlets`)."""
        starts, names = self._outlets
        k = bisect.bisect_left(starts, at)
        return names[k - 1] if k else None

    def news_kind(self, word: str) -> bool:
        return word in _news_kinds()

    @cached_property
    def _outlets(self) -> tuple[list[int], list[str]]:
        """(offsets, names) of the mentions of news outlets outside quote marks, in text order:
        built once, so "the paper said" in every sentence reads no mention twice."""
        starts, names = [], []
        for m in self.ix.mentions:
            if m.entity["label"] != "ORG" or self.ix.in_marks(m.start):
                continue
            if self._profile(m.entity["name"]).words & _news_words():
                starts.append(m.start)
                names.append(m.entity["name"])
        return starts, names

    def _fitting(
        self, kind: str, places: frozenset[str], others: frozenset[str]
    ) -> tuple[list[int], list[str]]:
        """(first offsets, names) of every organisation the description fits, in the order they
        are first named: read once per description, so that a text repeating one description
        in every sentence does not read every body again each time."""
        key = (kind, places, others)
        if key not in self._fits_cache:
            first, named = self._first_named
            fit = [k for k, n in enumerate(named) if self._fits(self._profile(n), *key)]
            self._fits_cache[key] = ([first[k] for k in fit], [named[k] for k in fit])
        return self._fits_cache[key]

    @cached_property
    def _fits_cache(self) -> dict[tuple, tuple[list[int], list[str]]]:
        return {}

    def _opens_with_the(self, core) -> bool:
        first = self.doc[core[0].i - 1] if core[0].i > 0 else None
        return core[0].lower_ == "the" or (first is not None and first.lower_ == "the")

    def _skipped(self, t) -> bool:
        return t.lower_ in DETERMINERS or t.is_punct or t.tag_ == "HYPH"

    def _split(self, words) -> tuple[set[str], set[str] | None]:
        """(the places, the other words in lower case) of a description; None for the others
        when a capitalised word names something else than a place."""
        places, others = set(), set()
        for t in words:
            after = self.doc[t.i + 1] if t.i + 1 < len(self.doc) else None
            based = after is not None and after.tag_ == "HYPH" and after.i + 1 < len(self.doc)
            if based and self.doc[after.i + 1].lower_ == "based":
                places.add(place_key(t.text))  # "Seattle-based"
            elif t.lower_ == "based" and t.i > 0 and self.doc[t.i - 1].tag_ == "HYPH":
                continue
            elif t.ent_type_ in PLACE_TAGS or t.lower_ in _countries():
                places.add(place_key(t.text))
            elif t.ent_type_ == "NORP":
                others.add(t.lower_)  # "the Republican party": a party is no place to clash
            elif not t.is_lower:
                return places, None
            elif t.lower_ not in _standing():
                others.add(t.lower_)
        return places, others

    def _fits(self, p: Profile, kind: str, places: frozenset[str], others: frozenset[str]) -> bool:
        if not self._of_kind(p, kind):
            return False
        if places and p.places and not places & p.places:
            return False
        return others <= p.words

    def _of_kind(self, p: Profile, kind: str) -> bool:
        """The body's name or introduction shows the kind; a word for any kind of body
        ("company") also fits a body that shows no other kind of body."""
        if p.words & _kind_words().get(kind, frozenset((kind,))):
            return True
        if kind not in _any_kind():
            return False
        return not any(w in self.lex.org_nouns and w not in self.lex.generic_org for w in p.words)

    @cached_property
    def _first_named(self) -> tuple[list[int], list[str]]:
        """(first offsets, names) of the organisations the article names outside quote marks,
        in the order they are first named."""
        seen: dict[str, int] = {}
        for m in self.ix.mentions:
            if m.entity["label"] != "ORG" or self.ix.thing_like(m.entity):
                continue
            if self.ix.in_marks(m.start) or self._dateline(m):
                continue
            seen.setdefault(m.entity["name"], m.start)
        order = sorted(seen.items(), key=lambda kv: kv[1])
        return [s for _, s in order], [n for n, _ in order]

    def _dateline(self, m) -> bool:
        return self.text[m.start - 1 : m.start] == "(" and self.text[m.end : m.end + 1] == ")"

    def _profile(self, name: str) -> Profile:
        return self._profiles.get(name) or Profile(name)

    @cached_property
    def _profiles(self) -> dict[str, Profile]:
        """Each organisation's profile, read in one pass over the mentions (one pass per body
        asked about made a text of thousands of bodies quadratic)."""
        out: dict[str, Profile] = {}
        for m in self.ix.mentions:
            if m.entity["label"] != "ORG":
                continue
            p = out.setdefault(m.entity["name"], Profile(m.entity["name"]))
            for t in self._introduction(m):
                self._learn(p, t)
        return out

    def _described_before(self, tok, first: int) -> bool:
        """ "China's central bank, the People's Bank of China,": the name set beside a common
        noun before it (the small model makes it an apposition, or a conjunct when the name
        has a possessive of its own)."""
        head, k = tok.head, first - 1
        while k > head.i and self.doc[k].lower_ in DETERMINERS:
            k -= 1  # ", the People's Bank"
        if head.i >= k or self.doc[k].text != ",":
            return False
        return tok.dep_ == "appos" or (tok.dep_ == "conj" and head.pos_ == "NOUN" and head.is_lower)

    def _learn(self, p: Profile, t) -> None:
        if self._skipped(t):
            return
        p.words.update((t.lower_, t.lemma_.lower()))
        if t.ent_type_ in PLACE_TAGS or t.lower_ in _countries():
            p.places.add(place_key(t.text))

    def _introduction(self, m) -> list:
        """The words that introduce a mention: an apposition on either side ("Deutsche Bank,
        Germany's largest lender", "China's central bank, the People's Bank of China") and the
        describing words right in front of the name ("Swiss drugmaker Novartis")."""
        first = self.ix.token_at(m.start)
        if first is None:
            return []
        last = self.ix.token_at(m.end - 1)
        span = range(first, (last if last is not None else first) + 1)
        tok = next((self.doc[i] for i in span if self.doc[i].head.i not in span), self.doc[first])
        out = [t for c in tok.children if c.dep_ == "appos" for t in _phrase(c)]
        if self._described_before(tok, first):
            out += [t for t in _phrase(tok.head) if t.i < first]
        k = first - 1
        while k >= 0 and (self.doc[k].dep_ in FRONT_DEPS or self.doc[k].tag_ == "HYPH"):
            out.append(self.doc[k])  # "the Seattle-based company Amazon"
            k -= 1
        return [t for t in out if not (m.start <= t.idx < m.end)]


def _phrase(head) -> list:
    """The words of the noun phrase `head` heads, without its clauses or conjuncts."""
    out = [head]
    for c in head.children:
        if c.dep_ not in NOT_PHRASE:
            out.extend(_phrase(c))
    return out
