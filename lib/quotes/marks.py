"""Quoted stretches of text, found from the quote marks alone, paragraph by paragraph.

Marks are paired like a reader would: an opening mark needs a word after it, a closing mark a
word before it, and apostrophes (Russia’s, don't, voters’) are not quote marks unless a single
quote is open. News style lets a quote run over a paragraph break with no closing mark when the
next paragraph opens with a new mark; any other mark left open is dropped, so a stray mark costs
that one quote and nothing else. Two straight apostrophes (''like this'', the New York Times'
house style) are one double quote mark, two characters wide. British copy also re-opens a quote inside its paragraph: a
sentence ends, a new opening mark starts the next quoted sentence, and the first never closes
(“I am proud. “We did all we could.”): each sentence is its own quote, the first ending where the
next mark opens. One pass over the characters: thousands of marks stay cheap.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DOUBLE, SINGLE = "double", "single"
# mark -> (family, direction): "open", "close" or "either" (straight marks).
MARKS: dict[str, tuple[str, str]] = {
    "“": (DOUBLE, "open"),
    "”": (DOUBLE, "close"),
    "„": (DOUBLE, "open"),
    "«": (DOUBLE, "open"),
    "»": (DOUBLE, "close"),
    '"': (DOUBLE, "either"),
    "‘": (SINGLE, "open"),
    "’": (SINGLE, "close"),
    "‹": (SINGLE, "open"),
    "›": (SINGLE, "close"),
    "'": (SINGLE, "either"),
}
# Two straight apostrophes stand for one double quote mark; tried before the single marks.
DOUBLED = "''"
_MARK_RE = re.compile(re.escape(DOUBLED) + "|[" + re.escape("".join(MARKS)) + "]")
# Characters that may stand right before an opening mark / right after a closing one.
_OPENERS_BEFORE = set("([{—–-/:;,") | {"\u00a0"}
_CLOSERS_AFTER = set(".,;:!?)]}—–-…/") | {"\u00a0"}
TRIM = " \t\n\r\u00a0,"
# What a straight double mark set off by a space may close after (`_spaced_close`).
_SPACED_CLOSE_AFTER = set(",.?!'’")
_SENTENCE_END = frozenset(".!?…")


@dataclass
class Mark:
    pos: int
    family: str
    can_open: bool
    can_close: bool
    tentative: bool = False  # a plural possessive (voters’ choice) that may close a quote
    width: int = 1  # characters of the mark: 2 for a doubled apostrophe ('')

    @property
    def last(self) -> int:
        """Offset of the mark's last character (where a closing mark ends)."""
        return self.pos + self.width - 1


@dataclass
class QuotedSpan:
    open_pos: int  # offset of the opening mark
    close_pos: int | None  # offset of the closing mark (None: runs to the paragraph end; for a
    # re-opened quote, the offset just before the mark that opens the next quoted sentence)
    start: int  # the quoted words, marks and edge white space excluded
    end: int
    paragraph: int  # paragraph_id
    family: str
    continues: bool = False  # carries on from an unclosed quote in the previous paragraph
    continued: bool = False  # runs on into the next paragraph
    unclosed: bool = False  # its mark never closes: it needs an attribution to end at
    reopened: bool = False  # ends where a new opening mark starts the next quoted sentence


def classify(text: str, pos: int, lo: int, hi: int, width: int = 1) -> Mark | None:
    """What the mark at `pos` (`width` characters) can do, judged from its neighbours inside
    [lo, hi). A doubled apostrophe is a straight double mark."""
    family, direction = MARKS['"'] if width == 2 else MARKS[text[pos]]
    prev = text[pos - 1] if pos > lo else " "
    nxt = text[pos + width] if pos + width < hi else " "
    if family == SINGLE and prev.isalnum() and nxt.isalpha():
        return None  # apostrophe inside a word: Russia’s, don't
    left = not nxt.isspace() and (prev.isspace() or prev in _OPENERS_BEFORE or prev in MARKS)
    right = not prev.isspace() and (nxt.isspace() or nxt in _CLOSERS_AFTER or nxt in MARKS)
    if direction == "either" and family == DOUBLE and not (left or right):
        right = _spaced_close(text, pos, lo, nxt)
    if direction == "open":
        return Mark(pos, family, True, right and not left)
    if direction == "close":
        tentative = family == SINGLE and prev.lower() == "s" and nxt == " "
        return Mark(pos, family, left and not right, True, tentative)
    if family == SINGLE and not (left and nxt.isalpha() or right):
        return None  # '90s, rock 'n' roll
    tentative = family == SINGLE and prev.lower() == "s" and nxt == " "
    return Mark(pos, family, left, right, tentative, width)


def _spaced_close(text: str, pos: int, lo: int, nxt: str) -> bool:
    """A straight double mark with a space on both sides closes a quote when a comma, a full
    stop or a nested single quote's closing mark comes just before the space: the house style
    that sets the two closing marks apart ("… say, 'Well done,' " said the coach), or a typo
    ("… doing this, " he said). Open marks never stand after such punctuation."""
    return (
        pos - 2 >= lo
        and text[pos - 1] == " "
        and text[pos - 2] in _SPACED_CLOSE_AFTER
        and (nxt.isspace() or nxt in _CLOSERS_AFTER)
    )


def paragraph_marks(text: str, lo: int, hi: int) -> list[Mark]:
    marks = []
    for m in _MARK_RE.finditer(text, lo, hi):
        mark = classify(text, m.start(), lo, hi, len(m.group()))
        if mark and (mark.can_open or mark.can_close):
            marks.append(mark)
    return marks


def pair_marks(
    marks: list[Mark], text: str | None = None
) -> tuple[list[tuple[Mark, Mark]], Mark | None]:
    """Pair outer quote marks; nested marks of the other family are left inside.

    Returns the pairs and the opening mark still open at the paragraph end (if any). With the
    `text`, an opening mark after a finished sentence inside an open quote re-opens it: the pair
    is (open, that opening mark), and the quote goes on from the new mark.
    """
    pairs: list[tuple[Mark, Mark]] = []
    current: Mark | None = None
    for i, mark in enumerate(marks):
        if current is None:
            if mark.can_open:
                current = mark
            continue
        if mark.family != current.family:
            continue  # nested quote of the other style
        if mark.can_close and (not mark.can_open or mark.pos > current.last + 1):
            if mark.tentative and _later_close(marks, i, current.family):
                continue
            pairs.append((current, mark))
            current = None
        elif mark.can_open:
            if text is not None and _reopens(text, current, mark):
                pairs.append((current, mark))  # “I am proud. “We did all we could.”
            current = mark  # the earlier mark never closed: drop it, keep this one
    return pairs, current


def _reopens(text: str, current: Mark, mark: Mark) -> bool:
    """Does `mark` open a new quoted sentence after one that `current` opened and the writer
    never closed? The words between end a sentence, and `mark` can only open."""
    if mark.can_close or mark.pos - current.pos < 3:
        return False
    before = text[current.pos + current.width : mark.pos].rstrip()
    after = text[mark.pos + mark.width : mark.pos + mark.width + 1]
    return before[-1:] in _SENTENCE_END and after.isupper()


def _later_close(marks: list[Mark], i: int, family: str) -> bool:
    return any(m.family == family and m.can_close and not m.tentative for m in marks[i + 1 :])


def find_quoted(text: str, paragraphs) -> list[QuotedSpan]:
    """Every quoted stretch in the given paragraphs (in text order)."""
    spans: list[QuotedSpan] = []
    carry: Mark | None = None  # an unclosed opening mark from the previous paragraph
    for index, para in enumerate(paragraphs):
        carried, carry = carry, None
        marks = paragraph_marks(text, para.start, para.end)
        pairs, still_open = pair_marks(marks, text)
        for open_mark, close_mark in pairs:
            reopened = close_mark.can_open and not close_mark.can_close
            # a re-opened quote "closes" just before the new mark: what follows is quoted too,
            # so no attribution is looked for after it
            close_pos = close_mark.pos - 1 if reopened else close_mark.last
            span = _span(
                text, open_mark.pos + open_mark.width, close_mark.pos, para, open_mark, close_pos
            )
            if span:
                span.continues = carried is not None and open_mark.pos == para.start
                span.reopened = reopened
                spans.append(span)
        if still_open is None:
            continue
        nxt = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        runs_on = (
            nxt is not None
            and _opens_with(text, nxt, still_open.family)
            and not _embedded(text, para.start, still_open.pos)  # partial quotes never run on
        )
        stop = para.end
        if not runs_on:  # the marks after one that never closes still pair among themselves
            rest, _ = pair_marks([m for m in marks if m.pos > still_open.pos])
            for open_mark, close_mark in rest:
                span = _span(
                    text,
                    open_mark.pos + open_mark.width,
                    close_mark.pos,
                    para,
                    open_mark,
                    close_mark.last,
                )
                if span:
                    spans.append(span)
            stop = rest[0][0].pos if rest else para.end
        span = _span(text, still_open.pos + still_open.width, stop, para, still_open, None)
        if span:
            span.continues = carried is not None and still_open.pos == para.start
            span.continued = runs_on
            span.unclosed = not runs_on
            spans.append(span)
            carry = still_open if runs_on else None
    spans.sort(key=lambda s: s.start)
    return spans


def _embedded(text: str, lo: int, pos: int) -> bool:
    before = text[lo:pos].rstrip()
    return bool(before) and before[-1].isalnum()


def _opens_with(text: str, para, family: str) -> bool:
    ch = text[para.start] if para.start < para.end else ""
    return ch in MARKS and MARKS[ch][0] == family and MARKS[ch][1] != "close"


def _span(text, start, end, para, open_mark, close_pos) -> QuotedSpan | None:
    while start < end and text[start] in TRIM:
        start += 1
    while end > start and text[end - 1] in TRIM:
        end -= 1
    if start >= end or (open_mark.family == SINGLE and end - start < 2):
        return None  # rock 'n' roll
    return QuotedSpan(open_mark.pos, close_pos, start, end, para.paragraph_id, open_mark.family)
