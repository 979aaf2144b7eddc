"""Whether a description fits a person the article names: the one test every rule that turns a
description into a name asks ("the Democratic congressman from Maine", "the Wisconsin senator",
"the Ohio Republican", "a veteran Republican senator").

A description fits a person unless they clash: a gendered word ("congressman") against the
person's gender, a party against the other party, a body ("a Justice official") the article
never ties to them, or a role word the person's own roles do not share (a "senator" is not the
person the article calls "attorney"; "lawyer" and "counsel", "congressman" and "representative"
are one job: data/speakers.toml [descriptions.same_role]), or a rank before the description's
office ("the vice president", "the deputy director") the person's roles lack while holding the
bare office ("President Rosa Delmont"): data/speakers.toml [descriptions] office_ranks. A status
("candidate", "nominee") is no office on either side. A place is no clash ("U.S.
Representative" is "the congressman from Ohio"). A fit is *shown* when a role word, a place or a
body in the description is among the words the article gives the person (their profile: roles
before the name, appositions, roles of the statements credited to them), or among the words the
public record gives the officeholder of that name in the article's year (`record`: "the Vermont
senator" is Sanders; lib/officeholders.py). The record also clashes: a description of another
people ("the Turkish foreign minister") is no US officeholder, and "the former president" is not
the sitting one.

`Described` (while statements are resolved, in text order) and `Epithets` (once they all are)
both choose with it, so the second never re-checks the first.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from lib.officeholders import AMERICAN, FORMER, Officeholder, holder_named, year_of
from lib.quotes.speakers.part import ResolverPart
from lib.quotes.speakers.persons import role_near
from lib.quotes.speakers.phrases import without_clauses
from lib.ruledata import load

BACK_SENTENCES = 12  # how far back a description looks for a person the fit is shown for
NEAR_SENTENCES = 2  # how far back one named with no sign either way counts as just named
# Words that end the words describing the person: "the congressman from Ohio", "a lawyer for X".
POST = frozenset(("of", "for", "from", "at", "in", "with", "who", "on", "to", "representing"))
WORD = re.compile(r"[\w.'’-]+")

SHOWN, FITS = "shown", "fits"


@dataclass
class Description:
    """The words of a description: its head words ("senator", "contender"), the words before
    them ("Vermont", "former"), what follows ("from Ohio") and whether it is definite."""

    name: str
    heads: list[str]  # lower case
    before: list[str]  # as written
    after: list[str]
    definite: bool
    body: bool = False  # a kind of organisation ("firm"), not of person
    opening: bool = False  # in the headline or the lede
    headline: bool = False  # in the headline, whose words are cut short ("Acting FAA chief")

    @property
    def words(self) -> list[str]:
        """Its words other than the heads, in lower case."""
        return [w.lower() for w in self.before + self.after]


def split_words(text: str) -> tuple[list[str], list[str], list[str]]:
    """(heads, before, after) of a description's words: "former Vermont senator and presidential
    hopeful from Burlington" -> heads "senator", "hopeful" (as written), before "former",
    "Vermont", "presidential", after "from", "burlington" (lower case)."""
    words = WORD.findall(text)
    cut = next((k for k, w in enumerate(words) if w.lower() in POST and k), len(words))
    left, after = words[:cut], [w.lower() for w in words[cut:]]
    heads, before = [], []
    for k, w in enumerate(left):
        last = k == len(left) - 1 or left[k + 1].lower() == "and"
        if w.lower() != "and":
            (heads if last else before).append(w)
    return heads, before, after


@functools.cache
def _data() -> dict:
    return load("speakers.toml").get("descriptions", {})


def parties() -> dict[str, str]:
    """Party word -> party ("democrat" -> "democratic")."""
    return {w: party for party, words in _data().get("parties", {}).items() for w in words}


@functools.cache
def epithet_heads() -> frozenset[str]:
    """Words wire copy describes a person by beyond the role lexicon ("contender", "mogul")."""
    return frozenset(_data().get("epithet_heads", []))


@functools.cache
def statuses() -> frozenset[str]:
    """Words for a person's standing ("candidate", "front-runner"), never an office clash."""
    return frozenset(_data().get("statuses", []))


def same_role(a: str, b: str) -> bool:
    """ "lawyer" and "attorney" name one job; so do "spokesman" and "spokeswoman"."""
    a, b = a.lower(), b.lower()
    return a == b or any(a in job and b in job for job in _jobs())


def same_job(word: str) -> frozenset[str]:
    """`word` and every word naming one job with it ("physician": "doctor", "drs." …)."""
    word = word.lower()
    return frozenset({word}.union(*(job for job in _jobs() if word in job)))


@functools.cache
def _jobs() -> list[frozenset[str]]:
    """Each job's words (data/speakers.toml [descriptions.same_role]); a word may name several
    ("representative": a spokesman, a congressman)."""
    table = _data().get("same_role", {})
    return [frozenset((head, *words)) for head, words in table.items()]


@functools.cache
def office_ranks() -> frozenset[str]:
    """ "vice", "deputy": words that make the office after them another one."""
    return frozenset(_data().get("office_ranks", []))


@functools.cache
def broad_offices() -> frozenset[str]:
    """ "lawmaker", "member": words for any member of a legislature, whatever their office."""
    return frozenset(_data().get("broad_offices", []))


def office_match(heads: list[str], their: set[str]) -> bool:
    """Does a description's head name one of a person's offices? A person with a specific
    office ("senator") is matched on it, not on the broad word the record also gives them
    ("lawmaker"): else "the congresswoman" would be the senator, as both are lawmakers. A
    description that uses a broad word itself ("the lawmaker") matches any of them."""
    broad = broad_offices()
    specific = {w for w in their if w.lower() not in broad}
    pool = their if not specific or any(h in broad for h in heads) else specific
    return any(same_role(h, w) for h in heads for w in pool)


def _ranked_as(d: Description, profile: set[str]) -> bool:
    """Whether a rank word just before the description's head ("the former vice president") is
    among the person's own words too: "President Donald Trump" is not "the vice president"."""
    rank = d.before[-1].lower() if d.before else ""
    return rank not in office_ranks() or rank in profile


class PersonFit(ResolverPart):
    """The fit test, read from the article through the resolver. `speakers`: the resolved
    speakers whose roles join a person's profile (all of them once resolution is over); None
    while resolving, when the resolver's history so far serves and nothing is cached."""

    def __init__(self, resolver, speakers: list | None = None):
        super().__init__(resolver)
        self.speakers = speakers
        self.places = self._words_of("GPE") | self._words_of("LOC")  # "South Bend" LOC
        self.peoples = self._words_of("NORP")  # "Iraqi", "Democrats"
        self.year = year_of(self.ctx.article)
        self._profiles: dict[str, set[str]] = {}
        self._by_name: dict[str, list] | None = None  # person name -> their mentions
        self._near_roles: dict[str, list[str]] = {}  # person name -> `_mention_roles`
        self._latest: tuple[int, dict[str, int]] = (0, {})  # `people_before`'s running order

    def fit(
        self, d: Description, name: str, with_bodies: bool = True, offices: bool = True
    ) -> str | None:
        """SHOWN, FITS (nothing against it) or None (a clash), see module. Without bodies a
        body the description names is no clash: a headline's "Acting FAA chief" stands for the
        acting administrator of the Federal Aviation Administration the story names. Without
        `offices` another office is no clash (a career holds several: "the socialist senator"
        is the man a campaign calls "President Sanders")."""
        holder = holder_named(name, self.year)
        if holder is not None and (self.foreign(d) or self.still_in_office(holder, d)):
            return None  # "the Turkish foreign minister" is no member of Congress
        words = self.profile(name) | (self.record(holder, d) if holder else set())
        gender = next(
            (self.lex.gendered_roles[h] for h in d.heads if h in self.lex.gendered_roles), None
        )
        known = self.ix.gender.get(name)
        if gender in ("male", "female") and known in ("male", "female") and gender != known:
            return None
        own = {parties()[w] for w in words if w in parties()}
        said = {parties()[w] for w in d.words + d.heads if w in parties()}
        if said and own and not said & own:
            return None
        places = {w for w in d.words if self.place(w)}
        their_places = {w for w in words if self.place(w)}
        their = {w for w in words if self.office(w) and w.lower() not in statuses()}
        ranked = _ranked_as(d, words)
        match = office_match(d.heads, their) and ranked
        clash = their and not match and any(self.office(h) for h in d.heads if h not in statuses())
        if clash and (offices or not ranked):
            return None  # a career holds several offices, but not a rank and the office above
        bodies = self.bodies(d) if with_bodies else set()
        if bodies and not bodies <= words:
            return None  # "a Justice official" is not a person the article never ties to Justice
        if match or (places & their_places) or bodies:
            return SHOWN
        return FITS

    def record(self, holder: Officeholder, d: Description) -> set[str]:
        """What the public record lets a description call an officeholder in the article's
        year (`lib.officeholders`): "the Vermont senator" is Sanders, "the socialist lawmaker"
        the congresswoman the story names by surname alone; an office left by then only for a
        description that says so ("the former vice president")."""
        return holder.words(self.year, former=bool(FORMER.intersection(d.words)))

    def still_in_office(self, holder: Officeholder, d: Description) -> bool:
        """ "the former president" of 2019 is not the sitting one: the description's office is
        one the person holds that year and had never left by then."""
        if len(d.heads) != 1 or not FORMER.intersection(d.words):
            return False  # "Florida senator and former presidential contender": a senator
        now, left = holder.words(self.year), holder.words(self.year, former=True)
        return any(
            any(same_role(h, w) for w in now) and not any(same_role(h, w) for w in left)
            for h in d.heads
        )

    def foreign(self, d: Description) -> bool:
        """Does the description give a people other than the American one ("the Turkish foreign
        minister", "a Mexican official")? No US officeholder is it."""
        return any(w in self.peoples and w not in parties() and w not in AMERICAN for w in d.words)

    def bodies(self, d: Description) -> set[str]:
        """The capitalised words before the head that name neither a place, a people nor a
        party: a body ("Justice" in "a Justice official", "Foreign Ministry" in "Foreign
        Ministry spokesman"; not "Iraqi" in "the Iraqi leader"). A word that opens with no
        capital names no body, a year least of all: "the 2020 presidential candidate"."""
        owners = (w.removesuffix("’s").removesuffix("'s") for w in d.before)  # "Ohio’s"
        return {
            w
            for w in owners
            if w[:1].isupper()
            and not self.place(w)
            and w.lower().strip(".") not in self.peoples
            and w.lower() not in parties()
        }

    def _words_of(self, label: str) -> set[str]:
        return {
            w.lower().strip(".")
            for e in self.ctx.entities
            if e["label"] == label
            for w in e["name"].split()
        }

    def person_before(
        self, d: Description, at: int, nearest: str | None = None, skip=frozenset()
    ) -> str | None:
        """The person named before `at` the description stands for: `nearest` (a caller's
        ranking of who is just named, as a pronoun there would be) when it fits; else the
        nearest one (in the last BACK_SENTENCES) it is shown to fit; else the nearest one named
        in the last NEAR_SENTENCES it fits. People in `skip` are never it."""
        if nearest and nearest not in skip and self.fit(d, nearest) is not None:
            return nearest
        here = self.ix.sentence_index(at)
        before = [(n, k) for n, k in self.people_before(at) if n not in skip]
        for name, k in before:
            if k >= here - BACK_SENTENCES and self.fit(d, name) == SHOWN:
                return name
        for name, k in before:
            if k < here - NEAR_SENTENCES:
                break
            if self.fit(d, name) is not None:
                return name
        return None

    def people_before(self, at: int) -> list[tuple[str, int]]:
        """(person, sentence of their latest mention) before `at`, nearest first; a name inside
        quote marks is the quoted speaker's word, no antecedent of the article's. One running
        order (person -> latest sentence, oldest first) moves forward with `at`, as statements
        come in text order: walking every earlier mention per call made an article naming one
        person thousands of times quadratic (the adversarial "cyrillic" shape)."""
        i = self.ix.mentions_before(at)
        done, latest = self._latest if self._latest[0] <= i else (0, {})
        for m in self.ix.mentions[done:i]:
            if m.entity["label"] == "PERSON" and not self.ix.in_marks(m.start):
                latest.pop(m.entity["name"], None)  # re-inserted last: the latest mention
                latest[m.entity["name"]] = self.ix.sentence_index(m.start)
        self._latest = (i, latest)
        return list(reversed(latest.items()))

    def place(self, word: str) -> bool:
        return word.lower().strip(".") in self.places

    def office(self, word: str) -> bool:
        return word in self.lex.titles or word in self.lex.person_nouns

    def profile(self, name: str) -> set[str]:
        """The words the article gives a person: roles before the name, appositions (a party's
        too: "Lena Marsh, a Republican from Ohio"), and the roles of the statements credited to
        them (lower case, and capitalised as written)."""
        if name in self._profiles:
            return self._profiles[name]
        roles = [self.ix.roles.get(name) or ""] + self._mention_roles(name)
        speakers = self.speakers if self.speakers is not None else [s for _, s in self.r.history]
        roles += [s.role or "" for s in speakers if s is not None and s.name == name]
        out: set[str] = set()
        for role in roles:
            for w in WORD.findall(role):
                out.update((w.lower(), w))
        if self.speakers is not None:  # resolution is over: the profile no longer grows
            self._profiles[name] = out
        return out

    def _mention_roles(self, name: str) -> list[str]:
        """The roles around each mention of a person (`role_near`, then appositions): the
        mention index never changes, so they are read once per person, not once per statement
        a description may credit them with (a person named thousands of times made that the
        square of the article's length)."""
        if self._by_name is None:
            self._by_name = {}
            for m in self.ix.mentions:
                self._by_name.setdefault(m.entity["name"], []).append(m)
        if name not in self._near_roles:
            mentions = self._by_name.get(name, [])
            self._near_roles[name] = [role_near(self.ix, m) or "" for m in mentions] + [
                self._apposition(m) for m in mentions
            ]
        return self._near_roles[name]

    def _apposition(self, m) -> str:
        """The words in apposition after a mention ("a Democrat", "a Republican from Ohio"),
        unless they name another person ("his wife, Ann Lee")."""
        last = self.ix.token_at(m.end - 1)
        if last is None:
            return ""
        for child in self.doc[last].children:
            if child.dep_ != "appos" or child.i <= last:
                continue
            toks = without_clauses(child)
            if toks and not any(t.ent_type_ == "PERSON" for t in toks):
                return self.text[toks[0].idx : toks[-1].idx + len(toks[-1])]
        return ""
