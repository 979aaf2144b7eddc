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

Which bearer a bare surname is follows from the order the story names them in (`principal`),
kin words or none: the surname written alone while one bearer alone has been introduced is
that bearer, who keeps it when the family comes in ("Hillary Clinton said …", "asked Clinton",
then "Chelsea Clinton, when asked the same question after her mother, said …", then "Clinton
also told ABC": her mother); and a surname written with an office before any bearer is named,
an office none of them is given, is someone the story knows by the surname ("President Trump
called McCain “weak”" before "White House advisors Ivanka Trump and Jared Kushner").
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
    titles = lex.title_words
    if principal(text, surname, (full,), lex) == surname:
        return True  # "President Trump" before "Ivanka Trump" is named: someone else
    return bool(relatives(text, (full,))) and titled(text, surname, titles)


def principal(text: str, surname: str, bearers: Iterable[str], lex) -> str | None:
    """Who the bare `surname` stands for among `bearers`, the people the article names in full
    with it, by the order of naming (see module): at the first place the surname is written
    alone after a bearer is named, the one bearer named by then; None when several were, or a
    bearer is not found as written. Before any is named the surname says who only with an
    office title no bearer is given ("President Trump" before "White House advisors Ivanka
    Trump and Jared Kushner"): then it is `surname` itself, someone the story knows by the
    surname alone. A bare surname in a lede before the full name is the same person too often
    ("Cruz" in the first lines, "Sen. Ted Cruz of Texas" in the third paragraph) to say so, and
    so is a bearer named first in someone's quoted words ("President Obama" before "“She needs
    Barack Obama …”")."""
    firsts = {b: text.find(b) for b in bearers}
    if not firsts or min(firsts.values()) < 0:
        return None
    lengths = {len(b) for b in firsts}  # (a look-up per length, not a scan of every bearer)
    named_in_quotes = any(_quoted(text, first) for first in firsts.values())
    for at in bare_uses(text, surname, lex):
        end = at + len(surname)
        if any(text[end - n : end] in firsts for n in lengths if n <= end):
            continue  # the surname of a full name the tagger did not take whole
        before = [b for b, first in firsts.items() if first < at]
        if len(before) > 1:
            return None
        if before:
            return before[0]
        if _someone_else(text, at, firsts, lex) and not named_in_quotes:
            return surname
    return None


def _quoted(text: str, at: int) -> bool:
    """Is `at` inside quotation marks opened in its paragraph? A name a speaker says ("She
    needs Barack Obama to …") is no introduction by the story."""
    para = text[text.rfind("\n", 0, at) + 1 : at]
    return para.count("“") > para.count("”") or para.count('"') % 2 == 1


def _someone_else(text: str, at: int, bearers, lex) -> bool:
    """Is the surname at `at`, written before any of `bearers` is named, someone else: after an
    office title none of them is given ("President Trump", "Sen. McCain"), or after a courtesy
    title that fits none of them ("Mr. Hale" before "Ann Hale")? A courtesy title that fits
    says nothing: British copy writes "Mr Hale's spokesman" before or after "Tom Hale"."""
    courtesy = lex.honorifics.keys()
    title = title_before(text, at, lex.titles | courtesy)
    if title is None:
        return False
    gender = lex.honorifics.get(title) or lex.honorifics.get(title + ".")
    if gender is not None:
        given = [lex.first_names.get(b.split()[0].lower()) for b in bearers]
        return gender != "neutral" and all(g not in (None, gender) for g in given)
    titles = lex.titles | courtesy
    return not any(title in titles_given(text, b, titles) for b in bearers)


def bare_uses(text: str, surname: str, lex) -> Iterator[int]:
    """Where `surname` is written alone for a person: not after a first name, an initial or a
    middle name ("Hillary Rodham Clinton", "Donald J. Trump"), not attributive ("the Trump
    administration", "a McCain family endorsement"), not the head of a longer name ("Clinton
    Foundation"). A title or courtesy title before it keeps it alone ("President Trump",
    "Mrs. Clinton"); so does a capitalised word that opens the sentence ("While Clinton …")."""
    titles = lex.title_words
    for at in _word_places(text).get(surname, ()):
        end = at + len(surname)
        if re.match(r" [A-Z]", text[end : end + 2]):
            continue
        before = _WORD_BEFORE.search(text, max(0, at - 40), at)
        if before is None:
            yield at
            continue
        word = before.group("word")
        low = word.lower().rstrip(",")
        if low in ("the", "a", "an") or low in lex.first_names:
            continue
        if word[:1].isupper() and low not in titles and before.group("open") is None:
            continue
        yield at


# The word right before a place, and whether it opens a sentence (text start, line start,
# a full stop, a quote mark).
_WORD_BEFORE = re.compile(r"(?P<open>(?:^|[.!?\n“\"]\s*))?(?P<word>[^\s“\"]+)\s+\Z")


@functools.lru_cache(maxsize=4)
def _word_places(text: str) -> dict[str, list[int]]:
    """Capitalised word -> where it is written: one scan per text, for every surname asked."""
    out: dict[str, list[int]] = {}
    for m in re.finditer(r"(?<![\w.'’-])[A-Z][\w-]*(?![\w-])", text):
        out.setdefault(m.group(), []).append(m.start())
    return out


def titled(text: str, surname: str, titles) -> bool:
    """Is `surname` written somewhere right after a title or courtesy title ("President Trump",
    "Mr. Biden", "Vice President Biden")?"""
    for m in re.finditer(rf"(?<![\w.'’-]){re.escape(surname)}(?![\w'’-])", text):
        words = text[max(0, m.start() - 30) : m.start()].split()
        if words and words[-1].lower().rstrip(",") in titles:
            return True
    return False


def title_before(text: str, at: int, titles) -> str | None:
    """The title or courtesy title written right before `at` ("Sen." of "Sen. McCain"), lower
    case without its full stop; None when the word before is none."""
    words = text[max(0, at - 30) : at].split()
    low = words[-1].lower().rstrip(",") if words else ""
    return low.rstrip(".") if low in titles else None


def titles_given(text: str, name: str, titles) -> frozenset[str]:
    """The titles the article writes right before the full `name` ("the late Sen. John McCain"
    gives "sen"): what a titled surname ("Sen. McCain") must agree with."""
    return frozenset(t for s in _places(text, name) if (t := title_before(text, s, titles)))


def _places(text: str, name: str) -> Iterator[int]:
    """Where `name` is written in `text`."""
    at = text.find(name)
    while at >= 0:
        yield at
        at = text.find(name, at + len(name))
