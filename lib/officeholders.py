"""Who the people of US news are: members of Congress, presidents and vice presidents, with the
offices they held and when (data/officeholders.toml, built from public-domain data by
bench/officeholders.py).

A reporter writes for readers who know that "Ocasio-Cortez" is a congresswoman from New York,
that "Sanders" is the Vermont senator and that "Rand Paul" is a man. The small tagger knows none
of it: it tags such names ORG as often as PERSON, and the resolver could not see that "the
socialist lawmaker" is the person the story named by surname alone. Three questions are
answered here, each for the year the article was published (an article of 1999 does not
know the member first elected in 2019, and "the president" of 2019 is not the one of 2009):

- `holder_named(name, year)`: the officeholder a full name ("Bernie Sanders") is, or the one
  sitting member a lone surname ("Ocasio-Cortez") can only be;
- `Officeholder.gender`: the person's gender as the public record gives it;
- `Officeholder.words(year, former)`: the words a description of them may use: their office
  ("senator", "congresswoman", "lawmaker", "president"), party and state, for the offices held
  in that year (and earlier ones for a description that says "former").

A lone surname is taken only when exactly one person of the list sat that year under it, so
"King" in 2019 (two members) names nobody; callers add what the article shows (the word never
written after "the", never a group). The list holds members sitting at any time from 2013
(the public copy lacked the historical file) and every president and vice president since 1989.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from lib.ruledata import load

# Words after a family name that are no part of it: "Joe Biden Jr.", "Donald M. Payne, Jr."
_SUFFIXES = frozenset(("jr", "sr", "ii", "iii", "iv"))
_INITIAL = re.compile(r"^[A-Z]\.?$")
# The words each kind of office is described by (the gendered one chosen by the person's gender).
_OFFICE_WORDS = {
    "rep": ("representative", "rep.", "lawmaker", "legislator", "member"),
    "sen": ("senator", "sen.", "lawmaker", "legislator", "member"),
    "prez": ("president",),
    "viceprez": ("vice", "president"),
}
_GENDERED_OFFICE = {"rep": {"male": "congressman", "female": "congresswoman"}}
RECENT = 8  # years after leaving office a lone family name still names them
AMERICAN = frozenset(("american", "u.s.", "us", "u.s", "federal"))  # the people they all belong to
FORMER = frozenset(("former", "ex", "ex-", "then"))  # a description of an office no longer held


@dataclass(frozen=True)
class Office:
    kind: str  # rep, sen, prez, viceprez
    state: str  # "Vermont"; "United States" for the executive
    party: str  # democratic, republican, independent, other
    first: int  # the first and the last year of the office (the last one it ends in)
    last: int

    def held_in(self, year: int | None) -> bool:
        return year is None or self.first <= year <= self.last

    def before(self, year: int | None) -> bool:
        return year is None or self.first <= year

    def left_by(self, year: int | None) -> bool:
        return year is None or self.last <= year


@dataclass(frozen=True)
class Officeholder:
    name: str
    gender: str
    offices: tuple[Office, ...]
    also: tuple[str, ...] = ()  # the other full names they go by ("Bernie Sanders")

    def in_office(self, year: int | None) -> bool:
        return any(o.held_in(year) for o in self.offices)

    @property
    def last_year(self) -> int:
        return max(o.last for o in self.offices)

    def known_by(self, year: int | None) -> bool:
        """Had they taken any office by `year` (an article cannot mean a later member)?"""
        return any(o.before(year) for o in self.offices)

    def words(self, year: int | None, former: bool = False) -> set[str]:
        """The lower-case words a description of them may use in `year`: each office's words,
        party and state, for the offices held then, or (with `former`) left by then: "the
        former president" of 2019 is Obama, never Trump; the party of any office held by then."""
        out: set[str] = set()
        for o in self.offices:
            if o.before(year):
                out.update(_party_words().get(o.party, ()))
            if not (o.left_by(year) if former else o.held_in(year)):
                continue
            out.update(_OFFICE_WORDS.get(o.kind, ()))
            gendered = _GENDERED_OFFICE.get(o.kind, {}).get(self.gender)
            if gendered:
                out.add(gendered)
            if o.kind in ("rep", "sen"):
                out.update(w.lower() for w in o.state.split())
        return out


@functools.cache
def _party_words() -> dict[str, tuple[str, ...]]:
    """Party -> the words for its members, the glossary descriptions are read with
    (data/speakers.toml [descriptions.parties]: "republican" -> "republican", "gop", …)."""
    parties = load("speakers.toml").get("descriptions", {}).get("parties", {})
    return {party: tuple(words) for party, words in parties.items()}


def name_key(name: str) -> tuple[str, str] | None:
    """(first word, family name) in lower case, without initials, suffixes and commas: "Donald
    M. Payne, Jr." and "Donald Payne" share ("donald", "payne"); None for a single word."""
    words = [w.strip(",") for w in name.replace("’", "'").split()]
    words = [w for w in words if w and not _INITIAL.match(w)]
    while words and words[-1].lower().rstrip(".") in _SUFFIXES:
        words.pop()
    if len(words) < 2:
        return None
    return words[0].lower(), words[-1].lower()


def _office(text: str) -> Office:
    """ "sen New York democratic 2019 2027" -> Office."""
    words = text.split()
    return Office(words[0], " ".join(words[1:-3]), words[-3], int(words[-2]), int(words[-1]))


@functools.cache
def _people() -> tuple[Officeholder, ...]:
    rows = load("officeholders.toml").get("person", [])
    return tuple(
        Officeholder(
            r["name"],
            r["gender"],
            tuple(_office(o) for o in r["offices"]),
            tuple(r.get("also", [])),
        )
        for r in rows
    )


@functools.cache
def _by_key() -> dict[tuple[str, str], list[Officeholder]]:
    """(first, family) -> the people of that key, under any full name they go by."""
    out: dict[tuple[str, str], list[Officeholder]] = {}
    for person in _people():
        for name in (person.name, *person.also):
            key = name_key(name)
            if key is not None and person not in out.get(key, []):
                out.setdefault(key, []).append(person)
    return out


@functools.cache
def _by_family() -> dict[str, list[Officeholder]]:
    out: dict[str, list[Officeholder]] = {}
    for person in _people():
        key = name_key(person.name)
        if key is not None:
            out.setdefault(key[1], []).append(person)
    return out


def holders_named(name: str, year: int | None, sitting: bool = False) -> list[Officeholder]:
    """The officeholders `name` may be in an article of `year`: for a full name (first word and
    family name, initials aside), the people of that name who had taken office by then; for a
    lone family name, the people of that name in office that year, else those who had left
    office at most `RECENT` years before ("Biden" in 2019) unless only the `sitting` are
    wanted. Empty without a year for a lone family name (it could be anyone's who ever sat)."""
    key = name_key(name)
    if key is not None:
        return [p for p in _by_key().get(key, []) if p.known_by(year)]
    if year is None:
        return []
    bearers = _by_family().get(name.replace("’", "'").lower(), [])
    found = [p for p in bearers if p.in_office(year)]
    if found or sitting:
        return found
    return [p for p in bearers if p.known_by(year) and p.last_year >= year - RECENT]


def holder_named(name: str, year: int | None) -> Officeholder | None:
    """The one officeholder `name` can be in an article of `year` (`holders_named`), or None
    when it is nobody's or more than one person's ("Pence" in 2019: the vice president and his
    brother, a congressman)."""
    found = holders_named(name, year)
    return found[0] if len(found) == 1 else None


def gender_named(name: str, year: int | None) -> str | None:
    """The gender every officeholder `name` may be shares, or None."""
    genders = {p.gender for p in holders_named(name, year)}
    return genders.pop() if len(genders) == 1 else None


def year_of(article) -> int | None:
    """The article's publication year, or None when it is not known."""
    published = getattr(article, "published", None)
    return published.year if published is not None else None
