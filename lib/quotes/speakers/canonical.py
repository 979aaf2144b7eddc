"""One name per speaker across the article, after every statement has been resolved.

Resolution names each statement's speaker on its own; this pass makes the names agree, so the
speaker filter lists each person or body once:
- a person's name never starts with a role the tagger glued to it ("Librarian Maria Lindqvist"
  is "Maria Lindqvist", the role kept in `role`), nor with an owner's possessive ("HuffPost's
  S.V. Date" works there); a title before a surname the tagger read as a body ("Representative
  Holding") is the person of that surname;
- an acronym the article defines ("the World Health Organisation (WHO)") stands for its full
  name;
- case and punctuation variants take the first spelling ("Prosecutors" / "prosecutors", "U.S.
  Attorney's Office" / "US Attorney's Office");
- a short form of a person's name goes to the one longer name it belongs to: the surname, or
  first and last name without the middle name or a post-nominal ("Figgins" is "Montell
  Figgins", "Kennedy" is "James P. Kennedy Jr"); two full names of one person count once
  ("Joe Biden" and "Joseph R. Biden Jr.": `familiar`);
- a name is spelt as the article spells it, typographic apostrophes included ("O’Rourke" stays
  "O’Rourke": readers and annotators copy the article's words), with plain single spaces, and
  one spelling per article: where the article writes "O'Neill" and "O’Neill", the first one
  (`_one_spelling`). Across articles the typography is folded (`lib.across`, `plain_marks`).
The mention columns keep the words the article used.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Mapping
from types import MappingProxyType

from lib.quotes.lexicon import Lexicon
from lib.quotes.speakers import familiar, family, fullnames
from lib.quotes.speakers.fullnames import GENERATIONS  # part of a name, unlike honours
from lib.quotes.speakers.mentions import ORGANIZATION, PERSON, UNKNOWN, Speaker
from lib.quotes.speakers.named_groups import name_groups
from lib.quotes.speakers.persons import PERSON_SUFFIXES
from lib.quotes.speakers.words import speaker_words

# "the World Health Organisation (WHO)": a capitalised name and its acronym in brackets.
_DEFINED = re.compile(
    r"((?:[A-Z][\w'’&.-]*|of|for|and|the|on|in|de|du|des)"
    r"(?:\s+(?:[A-Z][\w'’&.-]*|of|for|and|the|on|in|de|du|des))*)"
    r"\s+\(([A-Z][A-Za-z0-9&.]{1,9})\)"
)
# The brackets alone; `_DEFINED` is tried only in the window before each of them. Run over the
# whole text it tried every capitalised word as a start and read on to the end of its run, so
# a paragraph in capitals cost the square of its length (100 s on 40,000 characters).
_BRACKETED = re.compile(r"\s+\(([A-Z][A-Za-z0-9&.]{1,9})\)")
DEFINITION_WINDOW = 500  # characters before the brackets a defined name may take
_NOT_KEY = re.compile(r"[^a-z0-9]+")
_LISTED = re.compile(r",\s+(?!(?:Jr|Sr|II|III|IV)\b)[A-Z]")  # "A, B and C", not "Kennedy, Jr"
# What a body's name runs on with past the tagger's cut: "for the Ninth Circuit", "at Harbor
# State University" (and a campus after a comma, then a lower-case word: "…, Fresno found").
_CAP = r"[A-Z][\w.'’&-]*"
_RUNS_ON = (
    rf" (for|at) ((?:the )?{_CAP}(?: (?:of|for|and|the|{_CAP}))*)"
    rf"(?=(,(?: {_CAP}){{1,2}}(?= [a-z]))?)"
)
_JOINERS = ("of", "for", "and", "the")
_HOSTS = frozenset(("university", "college", "school", "institute"))
# "HuffPost's S.V. Date": an owner's possessive (with or without the s) before a name.
_OWNED_NAME = re.compile(r"^([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})['’]s?\s+(\S.*)$")
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")  # "S.V.", "J.K.", "E."
# Typographic marks -> the plain ones: apostrophes and primes, then double quotation marks.
_PLAIN_MARKS = str.maketrans({"’": "'", "‘": "'", "′": "'", "“": '"', "”": '"', "″": '"'})


def canonicalise(
    speakers: list[Speaker], text: str, lex: Lexicon, people: tuple[str, ...] = ()
) -> None:
    """Rename the speakers in place so that one person or body has one name; `people` are the
    article's person names, full forms a speaker's short form may stand for."""
    named = [s for s in speakers if s.name]
    surnames = {_core_words(p, lex)[-1] for p in people if " " in p}
    for s in named:
        if s.kind in (PERSON, UNKNOWN, ORGANIZATION):  # a tagged "body" may be owner + person
            _strip_owner(s, lex)
        if s.kind in (PERSON, UNKNOWN):
            _strip_role(s, lex)
        _titled_person(s, lex, surnames)  # "Sen. Holding", "Representative Holding" (a body)
        if s.kind == PERSON:  # "Sarah Okafor QC" is "Sarah Okafor"; "James Kennedy Jr" stays
            s.name = _without_honours(s.name, lex)
    name_groups(named, text, people)  # "the students, Ann Roe and Mia Cole, wrote"
    acronyms = defined_acronyms(text)
    for s in named:
        full = acronyms.get(s.name.removeprefix("the ").removeprefix("The "))
        if full:
            s.name = full
            s.kind = ORGANIZATION if s.kind == UNKNOWN else s.kind
    first: dict[str, str] = {}
    for s in named:
        first.setdefault(_key(s.name), s.name)
    for s in named:
        s.name = first[_key(s.name)]
    bodies: dict[str, str] = {}  # each name's full form read off the text once, not per row
    for s in named:
        if s.kind == ORGANIZATION:  # "the Courier reported" after "the Daily Courier"
            if s.name not in bodies:
                bodies[s.name] = whole_body_name(_full_body_name(s.name, text), text)
            s.name = bodies[s.name]
    given = {split_role(n, lex)[1] for n in people}
    known_people = sorted({s.name for s in named if s.kind == PERSON} | given)
    by_last: dict[str, list[str]] = {}  # last word -> the people whose name ends with it
    for full in known_people:  # (`long_forms` keeps only those: one scan per name was quadratic)
        if fw := _core_words(full, lex):
            by_last.setdefault(fw[-1], []).append(full)
    longer = {
        n: _longer_form(n, by_last.get((_core_words(n, lex) or [""])[-1], []), lex)
        for n in {s.name for s in named}
    }
    _keep_titled_surnames(longer, text, lex)
    for s in named:
        if s.kind in (PERSON, UNKNOWN) and longer.get(s.name):
            s.name, s.kind = longer[s.name], PERSON
    _full_names(named, text, known_people, lex)
    _one_spelling(named)


def _one_spelling(named: list[Speaker]) -> None:
    """Each name with plain single spaces (a non-breaking space inside "S.V.\u00a0Date" is
    typesetting) and in the first of its spellings that differ only by their marks: the
    speaker filter lists "O'Neill" once when one paragraph writes "O’Neill"."""
    spelt = first_spellings(" ".join(s.name.split()) for s in named)
    for s in named:
        s.name = spelt[plain_marks(s.name)]


def first_spellings(names: Iterable[str]) -> dict[str, str]:
    """Each name's key (`plain_marks`) -> the first of the names written so: the spelling kept
    for all of them, in one article and across articles (`lib.across.one_spelling`)."""
    first: dict[str, str] = {}
    for name in names:
        first.setdefault(plain_marks(name), name)
    return first


def _full_names(named: list[Speaker], text: str, people: list[str], lex: Lexicon) -> None:
    """Initials and a first name alone as the one person they stand for; a person's body in
    the attributive form the article writes (`fullnames`). Each distinct name is looked up
    once, among the people indexed by initials and by first and last word: a scan of every
    person per speaker was the square of an article naming thousands."""
    defined = defined_acronyms(text)
    by_letters: dict[str, list[str]] = {}
    by_word: dict[str, list[str]] = {}
    for p in people:
        if " " in p:
            by_letters.setdefault(fullnames.initials(p), []).append(p)
            for w in {p.split()[0], p.split()[-1]}:
                by_word.setdefault(w, []).append(p)
    known = frozenset(people)
    done: dict[tuple[str, bool], tuple[str, str] | None] = {}
    for s in named:
        personal = s.kind in (PERSON, UNKNOWN)
        if (s.name, personal) not in done:
            full = fullnames.by_initials(s.name, by_letters.get(s.name, ()), defined)
            if full is None and personal:
                full = fullnames.by_first_name(s.name, by_word.get(s.name, ()))
            owned = None
            if full is None:
                owned = fullnames.attributive(
                    s.name, text, known, lambda n: _core_words(n, lex)[-1]
                )
            done[s.name, personal] = (full, PERSON) if full else (owned, s.kind) if owned else None
        if done[s.name, personal]:
            s.name, s.kind = done[s.name, personal]


def _keep_titled_surnames(longer: dict[str, str | None], text: str, lex: Lexicon) -> None:
    """Drop the long form of a bare surname that is a relative's name when the article writes
    the surname with a title: "President Trump" is not "Donald Trump Jr." (`family`)."""
    for n, full in longer.items():
        if full and " " not in n and family.stands_apart(text, n, full, lex):
            longer[n] = None


def plain_marks(name: str) -> str:
    """The name with plain apostrophes and quotation marks ("Prince’s" -> "Prince's") and
    plain single spaces: the key under which two spellings of one name are one name."""
    return " ".join(name.translate(_PLAIN_MARKS).split())


def bracketed_definitions(text: str) -> Iterator[tuple[list[str], str]]:
    """(words before the brackets, short form) for each "Capitalised Name (SHORT)" in the text:
    the one scan behind acronyms (here) and mixed-case short forms (`shortforms`). The same
    matches as `_DEFINED.finditer(text)` wherever the name is shorter than DEFINITION_WINDOW."""
    done = 0  # the end of the last definition: matches never overlap
    for b in _BRACKETED.finditer(text):
        m = _DEFINED.search(text, max(done, b.start() - DEFINITION_WINDOW), b.end())
        if m:
            done = m.end()
            yield m.group(1).split(), m.group(2)


@functools.lru_cache(maxsize=4)
def defined_acronyms(text: str) -> Mapping[str, str]:
    """Acronym -> the full name the article gives it in front of the brackets (read-only: one
    answer per text, cached, as several speaker passes ask it, one of them per description)."""
    return MappingProxyType(_defined_acronyms(text))


def _defined_acronyms(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for words, abbr in bracketed_definitions(text):
        letters = [c for c in abbr if c.isupper()]
        for k in range(len(words)):
            tail = words[k:]
            initials = [w[0] for w in tail if w[0].isupper()]
            if tail[0][0].isupper() and initials == letters and tail[0].lower() != "the":
                out.setdefault(abbr, " ".join(tail))
                break
    return out


#: a capitalised word inside a body's name: a plain word, initials ("U.S.") or a short
#: abbreviation ("St."); never a word with a sentence's full stop ("in the U.S. House. Democrats
#: allege" names no "U.S. House. Democrats").
_NAME_WORD = r"(?:[A-Z](?:\.[A-Z])+\.?|[A-Z][a-z]{0,2}\.|[A-Z][\w'’&-]*)"


def _full_body_name(name: str, text: str) -> str:
    """ "Courier" -> "Daily Courier" when the article calls a body "the Daily Courier", no
    other "the … Courier", and the short form alone no more often (a "House" beside "the White
    House" is another body). Acronyms and names of several words stay."""
    if " " in name or name.isupper() or not name[:1].isupper():
        return name
    word = re.escape(name)
    # not after a comma: "McCain, the Arizona Republican," describes a person
    longer = re.findall(r"(?<!, )\b[Tt]he ((?:" + _NAME_WORD + r" +){1,3})" + word + r"\b", text)
    alone = re.findall(r"\b[Tt]he " + word + r"\b", text)
    if len(set(longer)) != 1 or len(alone) > len(longer):
        return name
    return longer[0] + name


def whole_body_name(name: str, text: str) -> str:
    """A body's name the tagger cut short, as the article writes it in full: "Court of Appeals"
    -> "Court of Appeals for the Ninth Circuit", "Center for Coastal Studies" -> "… at Harbor
    State University" (a body hosted by a university, college or school). The name's head
    ("Court", "Center") must be a body's; the article must give it one such ending only."""
    head = name.split(" of ")[0].split()
    if len(name.split()) < 2 or head[-1].lower() not in speaker_words().org_name_ends:
        return name
    endings = set()
    for m in re.finditer(re.escape(name) + _RUNS_ON, text):
        words = m.group(2).split()
        while words and words[-1] in _JOINERS:
            words.pop()  # "for the Ninth Circuit and …": the name ends with a capital
        ending = f"{m.group(1)} {' '.join(words)}"
        if m.group(1) == "at" and words[-1].lower() not in _HOSTS:
            continue  # "the Center at Union Station" is where it is, not its name
        if m.group(1) == "at" and m.group(3):
            ending += m.group(3)  # "… University, San Bernardino": the campus
        endings.add(ending)
    return f"{name} {endings.pop()}" if len(endings) == 1 else name


def _strip_role(s: Speaker, lex: Lexicon) -> None:
    role, name = split_role(s.name, lex)
    if role:
        s.role = s.role or role
        s.name, s.kind = name, PERSON


def _strip_owner(s: Speaker, lex: Lexicon) -> None:
    """ "HuffPost's S.V. Date", "Fox News' Sean Hannity": an outlet's or a body's possessive
    before a person's name is where the person works, not part of the name. Only before a name
    that starts with a first name or initials, every word capitalised ("Trump's Doral", "Biden's
    Justice Department" stay). The tagger may label the whole "The Ledger’s R.T. Okafor" a body
    (one span now that a no-break space no longer cuts it), so a body's name is tried too."""
    m = _OWNED_NAME.match(s.name)
    if m is None:
        return
    rest = m.group(2).split()
    first = rest[0].lower() in lex.first_names or _INITIALS.fullmatch(rest[0])
    if first and len(rest) >= 2 and all(w[:1].isupper() for w in rest):
        s.name, s.kind = " ".join(rest), PERSON


def _titled_person(s: Speaker, lex: Lexicon, surnames: set[str]) -> None:
    """A title before a surname ("Sen. Holding"; "Representative Holding", which the tagger may
    read as a body) is the person the article names in full with that surname: a title, written
    out or abbreviated, is never part of a name, and a body's name is no surname of the
    article's people. `split_role` strips a lone role noun only; the title words are these."""
    words = s.name.split()
    if len(words) < 2 or words[-1] not in surnames or not words[-1][:1].isupper():
        return
    if all(w.lower().strip(",") in lex.titles for w in words[:-1]):
        s.role = s.role or " ".join(words[:-1])
        s.name, s.kind = words[-1], PERSON


def split_role(name: str, lex: Lexicon) -> tuple[str | None, str]:
    """ "Librarian Maria Lindqvist" -> ("Librarian", "Maria Lindqvist"); a name without a role
    in front comes back whole."""
    words = name.split()
    k = 0
    while k < len(words) - 1 and _role_word(words[k], lex):
        k += 1
    rest = words[k:]
    if not k or not rest or not all(w[:1].isupper() for w in rest):
        return None, name
    if len(rest) == 1 and not all(w.lower() in lex.person_nouns for w in words[:k]):
        return None, name  # "Brian Cox" is no role: a suffix alone strips only before a full name
    return " ".join(words[:k]), " ".join(rest)


def _role_word(word: str, lex: Lexicon) -> bool:
    low = word.lower().strip(",")
    if low in lex.first_names or not word[:1].isupper():
        return False
    return (
        low in lex.person_nouns
        or low in lex.people_nouns  # "Rival Hillary Clinton": the tagger took "rival" in
        or low in lex.titles
        or low in lex.gendered_roles
        or low.endswith(PERSON_SUFFIXES)
    )


def _key(name: str) -> str:
    return _NOT_KEY.sub("", name.lower().removeprefix("the "))


def _longer_form(name: str, people: list[str], lex: Lexicon) -> str | None:
    """The one longer person name `name` is a short form of, if exactly one."""
    found = long_forms(name, people, lex)
    return found[0] if len(found) == 1 else None


def long_forms(name: str, people, lex: Lexicon) -> list[str]:
    """The people among `people` that the short form `name` may stand for: a longer name with
    the same last word and every word of `name` ("Figgins" -> "Montell Figgins", "James
    Kennedy" -> "James P. Kennedy Jr"), post-nominals aside. The one place a short name is
    matched to full ones: courtesy titles (`honorifics`) and shared surnames (`surnames`) pick
    among these by gender or context. A name that is another with words glued in front
    ("Rival Hillary Clinton", the tagger taking a description in) is that person, once; so is
    a name the article also gives in full ("Joe Biden", "Joseph R. Biden Jr.": `familiar`)."""
    words = _core_words(name, lex)
    if not words or not all(w[:1].isupper() for w in words):
        return []
    core = functools.partial(_core_words, lex=lex)
    found = []
    for full in people:
        fw = _core_words(full, lex)
        if full == name or len(fw) <= len(words) or _several(full):
            continue
        if words[-1] == fw[-1] and (set(words) <= set(fw) or familiar.one_person(name, full, core)):
            found.append(full)
    return familiar.merged(distinct_people(found), core)


def distinct_people(names) -> list[str]:
    """The people among `names`, shortest name first: a name that is another with words glued
    before it ("Rival Hillary Clinton") is that person."""
    out: list[str] = []
    for n in sorted(set(names), key=lambda n: (len(n), n)):
        if not any(n.endswith(" " + o) for o in out):
            out.append(n)
    return out


def _several(name: str) -> bool:
    """ "John Bolton and Sebastian Gorka": speakers joined for one shared verb, never the long
    form of one of them."""
    return " and " in name or bool(_LISTED.search(name))


def _without_honours(name: str, lex: Lexicon) -> str:
    """The name without the honours and degrees after it ("QC", "PhD", "MP"); a generation
    ("Jr", "III") is part of the name."""
    words = name.split()
    while len(words) > 2 and _honour(words[-1], lex):
        words.pop()
    return " ".join(words)


def _honour(word: str, lex: Lexicon) -> bool:
    low = word.strip(".,").lower()
    return low in lex.post_nominals and low not in GENERATIONS


def _core_words(name: str, lex: Lexicon) -> list[str]:
    return familiar.core_words(name, lex.post_nominals)
