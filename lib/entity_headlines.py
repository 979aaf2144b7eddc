"""The names of a headline set in title case, read from the names its body writes.

HuffPost and Breitbart capitalise every word of a headline ("Ocasio-Cortez Confronts Acting DHS
Chief Over Secret Facebook Group For Border Agents"), so the small tagger cannot see where a
name ends: it tags "Ocasio-Cortez Confronts Acting DHS", "Secret Facebook Group For Border
Agents", "Shreds Hillary Clinton". Such a form, the article's first mention, then named the
entity every later "Clinton" joined and became the speaker's name. The body writes its names in
prose, where the edges are sure; so a title-case line's tagged spans give way to the longest
names the body writes inside them ("Ocasio-Cortez", "DHS", "Facebook"), and a span holding
none of the body's names ("Failed Legacy", a quoted phrase) names nobody.

Also the whole-word finder of names (`occurrences`), which `lib.entities` uses to spread a name
to its every occurrence.
"""

from __future__ import annotations

import re
from collections import Counter

from lib.article import Article
from lib.quotes.lexicon import lexicon

LINE_KINDS = ("headline", "subheading")
_WORD = re.compile(r"[^\s“”\"‘(\[]+")  # a word with what follows it, after any opening mark
_TRAILING_MARKS = ".,;:!?'’\")”]"
_WORD_CHAR = re.compile(r"[\w-]")
_LONG_WORD = re.compile(r"[^\W\d_]{4,}")  # a word of four letters or more
TITLE_CASE_SHARE = 0.8  # of a line's long words capitalised: title case
TITLE_CASE_MIN_WORDS = 3
FULLER_WORDS = 3  # words before a body name a headline may add to it ("Nadia" of "Nadia Brooks")
FULLER_REACH = 120  # characters
_WORD_START = re.compile(r"(?<!\S)\S")  # the first character of a word


def title_case(line: str) -> bool:
    """Is the line set in title case: nearly every word of four letters or more capitalised?
    Short words ("for", "to", "of") stay lower case in many house styles; a headline in
    sentence case has most of its long words in lower case."""
    words = _LONG_WORD.findall(line)
    capitalised = sum(w[0].isupper() for w in words)
    return len(words) >= TITLE_CASE_MIN_WORDS and capitalised >= TITLE_CASE_SHARE * len(words)


def body_names_in_headlines(article: Article, mentions: list[dict]) -> list[dict]:
    """The mentions with each tagged span of a title-case headline or subheading replaced by
    the longest names the rest of the article writes inside it, each with the label the body's
    mentions of it mostly have (the tagger's own where its span was that name already). A
    name the body tags ("Brooks") is taken with the words before it in the span when the body
    writes them together too ("Nadia Brooks", tagged or not)."""
    lines = {
        p.paragraph_id
        for p in article.paragraphs
        if p.kind in LINE_KINDS and title_case(article.paragraph_text(p))
    }
    if not lines:
        return mentions
    kept, in_lines = [], []
    for m in mentions:
        (in_lines if _para_id(article, m["start"]) in lines else kept).append(m)
    if not in_lines:
        return mentions
    votes: dict[str, Counter] = {}
    for m in kept:
        votes.setdefault(m["name"], Counter())[m["label"]] += 1
    labels = {name: v.most_common(1)[0][0] for name, v in votes.items()}
    # the tagger's own label where its span was a body name already
    own = {(m["start"], m["name"]): m["label"] for m in in_lines}
    pieces = [piece for m in in_lines for piece in _body_names_inside(article.text, m, labels)]
    fuller = _written_fuller(article, pieces, lines)
    for start, name in pieces:
        at, form = fuller.get((start, name), (start, name))
        label = own.get((at, form), labels[name])
        kept.append(
            {"start": at, "end": start + len(name), "name": form, "label": label, "hint": False}
        )
    return sorted(kept, key=lambda m: m["start"])


def _para_id(article: Article, offset: int) -> int | None:
    para = article.paragraph_at(offset)
    return None if para is None else para.paragraph_id


def _body_names_inside(text: str, m: dict, labels: dict[str, str]) -> list[tuple[int, str]]:
    """(start, name) of the body's names inside a tagged span, the longest first, none inside
    another."""
    found, taken_to = [], m["start"]
    for offset, name in occurrences(labels, text[m["start"] : m["end"]]):
        start = m["start"] + offset
        if start >= taken_to:
            found.append((start, name))
            taken_to = start + len(name)
    return found


def _written_fuller(
    article: Article, pieces: list[tuple[int, str]], lines: set[int]
) -> dict[tuple[int, str], tuple[int, str]]:
    """(start, name) -> (start, form) for a headline's name with the words before it that
    belong to it: up to `FULLER_WORDS` capitalised words back, the longest form the body writes
    ("Nadia Brooks" for "Brooks", found in one pass over the text), or else the first names
    right before it ("Meghan McCain" where the body writes "Meghan" and "McCain" apart, never
    "Shreds Hillary Clinton" but "Hillary Clinton")."""
    text, first_names = article.text, lexicon().first_names
    forms: dict[str, str] = {}
    wanted: dict[tuple[int, str], list[tuple[int, str]]] = {}
    given: dict[tuple[int, str], tuple[int, str]] = {}
    for start, name in pieces:
        para = article.paragraph_at(start)
        reach = max(para.start if para else start, start - FULLER_REACH)  # a bounded look back
        before = [w.start() for w in _WORD_START.finditer(text, reach, start)][-FULLER_WORDS:]
        for at in before:
            form = text[at : start + len(name)]
            if all(w[:1].isupper() for w in form.split()):
                forms[form] = name
                wanted.setdefault((start, name), []).append((at, form))
        for at, after in zip(reversed(before), [start, *reversed(before)], strict=False):
            word = text[at:after].rstrip(" ")
            if not (word.istitle() and word.lower() in first_names):
                break
            given[(start, name)] = (at, text[at : start + len(name)])
    written = {form for at, form in occurrences(forms, text) if _para_id(article, at) not in lines}
    out = {}
    for key, options in wanted.items():
        for at, form in options:  # the earliest start first: the longest form
            if form in written:
                out[key] = (at, form)
                break
    return given | out


def occurrences(names: dict[str, str], text: str) -> list[tuple[int, str]]:
    """(offset, name) of each whole-word occurrence of the names, the longest name first where
    several start at one word: one pass over the text's words, so linear in the text."""
    by_first: dict[str, list[str]] = {}
    for name in sorted(names, key=len, reverse=True):
        by_first.setdefault(name.split()[0], []).append(name)
    found = []
    for word in _WORD.finditer(text):
        token = word.group()
        candidates = by_first.get(token) or by_first.get(token.rstrip(_TRAILING_MARKS), [])
        for name in candidates:
            end = word.start() + len(name)
            if text.startswith(name, word.start()) and not _WORD_CHAR.match(text, end):
                found.append((word.start(), name))
                break
    return found
