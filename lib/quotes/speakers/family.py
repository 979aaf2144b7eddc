"""Relatives named in full, and surnames the article writes with a title.

News style names a relative in full, or by first name, at every mention ("his son Hunter Biden",
"Ivanka Trump, the president's daughter", "Donald Trump Jr.") and keeps the bare surname, often
with a title ("President Trump", "Mr. Biden", "former Vice President Biden"), for the principal
of the family. Two consequences for who a bare surname is:
- among several people of that surname named in full, it is the one who is no relative, when
  exactly one is not and that one holds a title or office (`surnames`). The office matters: in a
  story about a victim ("Emily Ross") and "her father, Mark Ross", the father is the one who
  speaks, and the earlier rules (gender, who spoke last) decide;
- when its only bearer named in full is a relative, it is not that relative's short form if the
  article writes the surname with a title: "President Trump" is not "Donald Trump Jr."
  (`entities`, `canonical`). It stays the surname the article wrote.

A relative is introduced by a family word of `data/speakers.toml` [kin] before or after the name
("his son Hunter Biden", "her husband, former President Bill Clinton", "Mary Trump, his niece",
"Hunter Biden, the son of ...") or by "first lady". A generational suffix is no sign: "Joseph
R. Biden Jr." is the principal in the New York Times. A widow or widower is no relative here:
the one who survives is the principal, and the late spouse speaks no more.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator

from lib.ruledata import load

NOT_RELATIVES = frozenset(("widow", "widower"))  # the survivor is the principal (see module)
WINDOW = 80  # characters read before and after a name for the family word
_OWNER = r"(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he\s+[\w-]+['’]s?|[A-Z][\w.'’-]*['’]s?)"
_TITLE_WORD = r"(?:former|late|then|[A-Z][\w.'’-]*)"


@functools.cache
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    words = load("speakers.toml").get("kin", {}).get("words", ())
    kin = "|".join(sorted((re.escape(w) for w in words if w not in NOT_RELATIVES), key=len))
    kin = rf"(?:{kin})(?:-in-law)?s?"
    # "... his son Hunter Biden", "her husband, former President Bill Clinton", "first lady Jill"
    before = re.compile(
        rf"(?:\b{_OWNER}\s+(?:[a-z-]+\s+)?{kin}|\b[Ff]irst [Ll]ady)\s*,?\s+(?:{_TITLE_WORD}\s+){{0,3}}$"
    )
    # "Ivanka Trump, the president's daughter", "Hunter Biden, 49, the son of ..."
    after = re.compile(
        rf",\s+(?:\d{{1,3}},\s+)?(?:the|a|an|{_OWNER})\b[^,.;:()\n]{{0,50}}?\b{kin}\b"
    )
    return before, after


def relatives(text: str, people: Iterable[str]) -> frozenset[str]:
    """The full person names among `people` that the article names as a relative (see module),
    read at every place the name is written (the tagger may miss the mention that introduces
    it: "Ivanka Trump, the president's daughter, ...")."""
    before, after = _patterns()
    out = set()
    for name in people:
        words = name.split()
        if len(words) < 2:
            continue
        if any(
            before.search(text, max(0, s - WINDOW), s) or after.match(text, s + len(name))
            for s in _places(text, name)
        ):
            out.add(name)
    return frozenset(out)


def stands_apart(text: str, surname: str, full: str, lex) -> bool:
    """Is the bare `surname` someone other than `full`, its only bearer named in full: `full`
    a relative and the surname written with a title or courtesy title ("President Trump"
    beside "his son Donald Trump Jr.")? The one test `entity_folds` and `canonical` share."""
    titles = lex.titles | lex.honorifics.keys()
    return bool(relatives(text, (full,))) and titled(text, surname, titles)


def titled(text: str, surname: str, titles) -> bool:
    """Is `surname` written somewhere right after a title or courtesy title ("President Trump",
    "Mr. Biden", "Vice President Biden")?"""
    for m in re.finditer(rf"(?<![\w.'’-]){re.escape(surname)}(?![\w'’-])", text):
        words = text[max(0, m.start() - 30) : m.start()].split()
        if words and words[-1].lower().rstrip(",") in titles:
            return True
    return False


def _places(text: str, name: str) -> Iterator[int]:
    """Where `name` is written in `text`."""
    at = text.find(name)
    while at >= 0:
        yield at
        at = text.find(name, at + len(name))
