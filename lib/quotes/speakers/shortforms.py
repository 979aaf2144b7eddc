"""Short forms of bodies as speakers: "the EU said", "Apacs said".

Two sources give the full name the speaker column holds (the mention keeps the words used):
- the article's own definition, "the Association of Payment Clearing Services (Apacs)", where
  the short form is written in capitals and small letters: each word of the name (small words
  such as "of" aside) gives the short form its first letter or first few letters, in order
  (A-pa-c-s); all-capital acronyms are `canonical`'s;
- a glossary of bodies so widely known by their short form that articles rarely spell them
  out (`data/speakers.toml` [short_forms.known]: "EU" is the European Union);
- the name with its head put last, "the Education Department" in a story that names the "U.S.
  Department of Education" ([short_forms.inverted]): one body, one name, the one the article
  writes out first.
"""

from __future__ import annotations

import functools
import re

from lib.quotes.speakers.canonical import bracketed_definitions, defined_acronyms
from lib.quotes.speakers.mentions import ORGANIZATION
from lib.ruledata import load

_SMALL = frozenset(("of", "for", "and", "the", "on", "in", "de", "du", "des", "&"))
# A short form in capitals and small letters, a capital first and at least one small one.
_MIXED_CASE = re.compile(r"[A-Z][a-z][A-Za-z]{1,8}")


@functools.cache
def _known() -> dict[str, str]:
    return dict(load("speakers.toml").get("short_forms", {}).get("known", {}))


def expand_short_forms(speakers: list, text: str) -> None:
    """Rename in place speakers written as a defined or widely known short form."""
    defined = defined_short_forms(text) | inverted_names(text)
    known = _known()
    acronyms = defined_acronyms(text)
    for s in speakers:
        if not s.name:
            continue  # (any kind: the tagger often calls a short form a person)
        bare = s.name.removeprefix("the ").removeprefix("The ")
        full = defined.get(bare) or known.get(bare)
        if full:
            s.name, s.kind = full, ORGANIZATION
            continue
        first, _, rest = bare.partition(" ")
        full = defined.get(first) or acronyms.get(first) or known.get(first)
        if full and rest and rest.islower():  # "an AFSA spokesman": the body's full name
            s.name = f"{full} {rest}"


@functools.cache
def _inverted() -> re.Pattern[str]:
    """ "(U.S.) Department of (Homeland Security)": a head, "of", and the capitalised words
    after it (joined by "and"), with a country's short name written before it."""
    heads = "|".join(map(re.escape, load("speakers.toml")["short_forms"]["inverted"]))
    return re.compile(
        rf"\b((?:(?:U\.S\.|US|UK|U\.K\.) )?({heads}) of ((?:the )?[A-Z][a-z]+"
        r"(?: (?:and )?[A-Z][a-z]+)*))"
    )


def inverted_names(text: str) -> dict[str, str]:
    """ "Education Department" -> "U.S. Department of Education": each full name with its head
    first, under the form with the head last; the first written of a form wins."""
    out: dict[str, str] = {}
    for m in _inverted().finditer(text):
        full, head, field = m.groups()
        out.setdefault(f"{field.removeprefix('the ')} {head}", full)
    return out


def defined_short_forms(text: str) -> dict[str, str]:
    """Short form -> the full name written before it in brackets (see module)."""
    out: dict[str, str] = {}
    for words, short in bracketed_definitions(text):
        if not _MIXED_CASE.fullmatch(short):
            continue
        for k in range(len(words)):
            tail = words[k:]
            if tail[0][:1].isupper() and _spells(short.lower(), tail):
                out.setdefault(short, " ".join(tail))
                break
    return out


def _spells(short: str, words: list[str]) -> bool:
    """Can `short` be cut into non-empty prefixes of the significant words, in order?"""
    significant = [w.lower() for w in words if w.lower() not in _SMALL]
    return _cut(short, significant)


def _cut(short: str, words: list[str]) -> bool:
    if not words:
        return not short
    if not short:
        return False
    head = words[0]
    return any(
        short[:n] == head[:n] and _cut(short[n:], words[1:])
        for n in range(1, min(len(head), len(short)) + 1)
    )
