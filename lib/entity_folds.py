"""Folding an article's name groups into one entity each: a one-word name into the one full
person name it is the surname or first name of (not a relative's, `family`), a short organisation
name into the one full name it starts, an acronym into the name whose initials it is.

Kept apart from `lib.entities`, which finds the mentions and groups them by spelling: these are
the merges across spellings, each with its own evidence.
"""

from __future__ import annotations

import re

from lib.quotes.lexicon import lexicon
from lib.quotes.speakers import familiar, family

# Labels a one-word name may carry and still be a person's surname or first name.
NAME_LABELS = ("PERSON", "ORG", "GPE", "FAC", "LOC", "LAW", "PRODUCT", "WORK_OF_ART")
_ACRONYM_STOP = frozenset(("of", "the", "and", "for", "on", "in", "&"))
# A web site's name with its domain: "NOLA.com", "Factcheck.org".
_SITE = re.compile(r"([A-Za-z][\w-]*)\.(?:com|org|net|co\.uk|news)")
_COUNTRY_SHORT = re.compile(r"(?:[A-Z]\.){2,3}|U[KS]A?")  # "U.S.", "UK", "USA"


def fold_person_names(groups: list[dict], text: str) -> None:
    """A one-word name that is the surname or first name of exactly one full person name,
    unless that person is a relative and the article writes the word with a title of its own
    ("President Trump" beside "his son Donald Trump Jr.": `family`)."""
    people = [
        g
        for g in groups
        if g["label"] == "PERSON" and len(g["name"].split()) > 1 and not g.get("merged")
    ]
    by_word: dict[str, list[dict]] = {}  # surname or first name -> the people of that name
    for p in people:  # (an index, not a scan of every person per one-word name)
        for word in dict.fromkeys((_surname(p["name"]), p["name"].split()[0])):
            by_word.setdefault(word, []).append(p)
    for g in groups:
        words = g["name"].split()
        if len(words) != 1 or g["label"] not in NAME_LABELS:
            continue
        matches = by_word.get(words[0], [])
        if len({id(p) for p in matches}) == 1:
            if family.stands_apart(text, words[0], matches[0]["name"], lexicon()):
                continue
            _merge(matches[0], g)
            matches[0]["label"] = "PERSON"


def fold_familiar_names(groups: list[dict]) -> None:
    """ "Joe Biden" (the headline) into "Joseph R. Biden Jr." (the first line): two full names
    of one person, a familiar first name or fewer initials (`familiar`), when the shorter name
    fits exactly one longer one. Before `fold_person_names`, so that the bare surname then has
    one full name to fold into. Indexed by surname and first name: a comparison of every two
    people was the square of a long list."""
    by_name: dict[tuple[str, str], list[dict]] = {}
    people = [g for g in groups if g["label"] == "PERSON" and len(g["name"].split()) > 1]
    for g in people:
        by_name.setdefault(_index_key(g["name"]), []).append(g)
    for g in people:
        surname = _surname(g["name"])
        firsts = familiar.given_forms(g["name"].split()[0])
        same = [o for f in firsts for o in by_name.get((surname, f), ())]
        fuller = [
            o for o in same if o is not g and familiar.one_person(g["name"], o["name"], _core)
        ]
        widest = familiar.merged([o["name"] for o in fuller], _core)  # the fullest of those
        targets = [o for o in fuller if o["name"] in widest and not o.get("merged")]
        if len(targets) == 1:
            _merge(targets[0], g)


def _index_key(name: str) -> tuple[str, str]:
    return _surname(name), name.split()[0].lower()


def _core(name: str) -> list[str]:
    return familiar.core_words(name, lexicon().post_nominals)


def _surname(name: str) -> str:
    """The last word of a person's name that is no post-nominal: "Vell" of "Tomas Vell Jr."."""
    words = name.split()
    while len(words) > 2 and words[-1].strip(".,").lower() in lexicon().post_nominals:
        words.pop()
    return words[-1]


def fold_short_org_names(groups: list[dict]) -> None:
    """ "Veltrix" after "Veltrix Semiconductor": the first word of exactly one organisation name
    introduced earlier in full; "Infowars" after "Infowars.com": a site's name without its
    domain (`_short_form`). The full names are indexed by short form once: each short name
    looks up its own (a scan of every organisation per name was the square of a long list)."""
    by_short: dict[str, list[tuple[int, dict]]] = {}
    for o in groups:
        if o["label"] == "ORG" and (short := _short_form(o["name"])) != o["name"]:
            by_short.setdefault(short, []).append((min(s for s, _ in o["spans"]), o))
    for g in groups:
        if g.get("merged") or len(g["name"].split()) != 1 or g["label"] not in ("ORG", "PERSON"):
            continue
        first = min(s for s, _ in g["spans"])
        matches = [o for start, o in by_short.get(g["name"], ()) if start < first]
        if len(matches) > 1:  # "Facebook Inc" and "Facebook General Counsel": a role glued on
            matches = [o for o in matches if not _role_glued(o["name"])]
        if len(matches) == 1:
            _merge(matches[0], g)


def _short_form(name: str) -> str:
    """What a later mention may shorten a body's name to: its first word ("Veltrix" of "Veltrix
    Semiconductor"), and a web site's name without its domain ("NOLA" of "NOLA.com", which
    the article then writes "According to NOLA")."""
    first = name.split()[0]
    site = _SITE.fullmatch(first)
    return site.group(1) if site else first


def _role_glued(name: str) -> bool:
    """An organisation's "name" that runs on into a role ("Facebook General Counsel", "Acme
    Chief Executive"): the tagger glued a person's title to the body, so it is no full form."""
    lex = lexicon()
    roles = lex.titles | lex.person_nouns
    return any(w.lower() in roles for w in name.split()[1:])


def fold_acronyms(groups: list[dict], text: str) -> None:
    """ "US" -> "United States", "EU" -> "European Union", "Federal Security Service (FSB)";
    "DOE" -> "U.S. Department of Education" (`_initials_with_of`)."""
    long = [g for g in groups if len(g["name"].split()) > 1 and not g.get("merged")]
    for g in groups:
        name = g["name"].replace(".", "")
        if g.get("merged") or not (2 <= len(name) <= 6 and name.isupper()):
            continue
        for target in long:
            initials = "".join(
                w[0] for w in target["name"].split() if w.lower() not in _ACRONYM_STOP
            )
            defined = any(
                text[e : e + len(g["name"]) + 3].startswith(f" ({g['name']})")
                for _, e in target["spans"]
            )
            if initials.upper() == name or defined or _initials_after_country(target, name):
                _merge(target, g)
                break
        else:
            target = _initials_with_of(long, name)
            if target is not None:
                _merge(target, g)


def _initials_with_of(long: list[dict], acronym: str) -> dict | None:
    """ "DOE" for "U.S. Department of Education", "DOJ" for "Department of Justice": American
    copy keeps the "of" in a department's initials, and an article may use them without ever
    defining them. Only when the text names one such body (a name and the same name after a
    country's short form are one body: the longest is kept); "DOE" is also the Department of
    Energy, so two of them leave the acronym alone."""
    found = [t for t in long if _of_initials(t["name"]) == acronym]
    bodies = {_without_country(t["name"]) for t in found}
    return max(found, key=lambda t: len(t["name"])) if len(bodies) == 1 else None


def _of_initials(name: str) -> str:
    """The initials of a name's words, "of" counted and the country's short form not."""
    words = _without_country(name).split()
    return "".join(w[0] for w in words if w == "of" or w.lower() not in _ACRONYM_STOP).upper()


def _without_country(name: str) -> str:
    words = name.split()
    return " ".join(words[1:]) if len(words) > 2 and _COUNTRY_SHORT.fullmatch(words[0]) else name


def _initials_after_country(target: dict, acronym: str) -> bool:
    """ "EPA" for "U.S. Environmental Protection Agency": the country's short form in front of
    a body's name is no part of its acronym."""
    words = target["name"].split()
    if len(words) < 3 or not _COUNTRY_SHORT.fullmatch(words[0]):
        return False
    initials = "".join(w[0] for w in words[1:] if w.lower() not in _ACRONYM_STOP)
    return initials.upper() == acronym


def _merge(into: dict, g: dict) -> None:
    if g is into:
        return
    into["forms"].extend(g["forms"])
    into["spans"].extend(g["spans"])
    g["merged"] = True
    if len(g["name"]) > len(into["name"]) and into["label"] != "PERSON":
        into["name"] = g["name"]
