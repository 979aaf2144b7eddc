"""A speaker named by a short form the article's full names explain, and a person's body named
as the article names it. Run by `canonical` after the surname folds:
- initials: "AOC says …" in a story that names Alexandria Ocasio-Cortez is her; an all-capital
  word whose letters are the initials of the words of exactly one person the article names
  (hyphenated parts and particles count: "RBG", "MBS" for Mohammed bin Salman), unless the
  article defines it as an acronym ("the Office of Civil Rights (OCR)");
- a first name alone: "Bernie himself posted" is Bernie Sanders when he is the one person named
  with that first name, and the word is nobody's surname (a first name shared by two people,
  "Joe Biden" and "Joe Walsh", stays as written);
- a person's body ("his campaign" -> "Bernie Sanders's campaign") takes the attributive form
  when the article itself writes it so ("the Sanders campaign"): readers, and annotators, name
  the body as the story does, "the Sanders campaign" where it is written so and "Joe Biden's
  campaign" where the story only ever writes "Biden's campaign".
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

GENERATIONS = frozenset(("jr", "sr", "ii", "iii", "iv"))  # "Donald Trump Jr." is his son
INITIALS = re.compile(r"[A-Z]{2,4}")  # "AOC", "RBG", "JFK", "LBJ", "MBS"
_OWNED = re.compile(r"^(?P<who>.+?)['’]s? (?P<body>[a-z][\w-]*(?: [a-z][\w-]*)?)$")


def initials(name: str) -> str:
    """The capital initials of a name's words, hyphenated parts and particles included:
    "Alexandria Ocasio-Cortez" -> "AOC", "Mohammed bin Salman" -> "MBS", "Lyndon B. Johnson"
    -> "LBJ"."""
    parts = [p for w in name.split() for p in w.split("-") if p[:1].isalpha()]
    return "".join(p[0].upper() for p in parts)


def by_initials(name: str, people: Iterable[str], defined: Iterable[str]) -> str | None:
    """The one person whose initials the all-capital `name` is; None for an acronym the
    article defines, or one that fits nobody or two people."""
    if not INITIALS.fullmatch(name) or name in defined:
        return None
    found = {p for p in people if " " in p and initials(p) == name}
    return found.pop() if len(found) == 1 else None


def by_first_name(name: str, people: Iterable[str]) -> str | None:
    """The one person whose first name the one-word `name` is, if the word is no one's last
    name ("Bernie" -> "Bernie Sanders"); a longer form of that person ("Bernie Sanders
    Hospitalized", a headline the tagger ran on) is the same person. Only names whose every
    word is capitalised count: "Clinton campaign spokesman", a role the tagger called a
    person, does not make "Clinton" a first name."""
    if " " in name or not name[:1].isupper() or name.isupper():
        return None
    people = [p for p in people if " " in p and all(w[:1].isupper() for w in p.split())]
    if any(p.split()[-1] == name for p in people):
        return None  # "Warren" is Elizabeth Warren's surname before it is anyone's first name
    found = sorted({p for p in people if p.split()[0] == name}, key=len)
    distinct = [p for p in found if not any(_runs_on(p, o) for o in found)]
    return distinct[0] if len(distinct) == 1 else None


def _runs_on(name: str, shorter: str) -> bool:
    """Is `name` the person `shorter` with words the tagger ran on ("Bernie Sanders
    Hospitalized")? A generation makes another person ("Donald Trump Jr.")."""
    if not name.startswith(shorter + " "):
        return False
    return not any(w.strip(".,").lower() in GENERATIONS for w in name[len(shorter) :].split())


def attributive(name: str, text: str, people: Collection[str], surname) -> str | None:
    """ "Bernie Sanders's campaign" -> "Sanders campaign" when the article writes "the Sanders
    campaign" (or "the Bernie Sanders campaign"): the body named as the story names it. None
    when the name is no person's body or the story never writes it so."""
    m = _OWNED.match(name)
    if m is None or m.group("who") not in people:
        return None
    who, body = m.group("who"), m.group("body")
    for form in (f"{who} {body}", f"{surname(who)} {body}"):
        if form in text and re.search(r"\b" + re.escape(form) + r"\b", text):
            return form
    return None
