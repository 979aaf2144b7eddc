"""Split an article's canonical text into typed paragraphs.

A paragraph is a span of the text (never a copy), typed as headline, dateline, caption, credit
(also a page's production lines: wire slugs, separators), subheading, body or furniture (what a
web page set inside the story's paragraphs: cross-headlines, "Related:" links, "Follow us" lines,
found by lib/ingest/furniture.py). The typing rules are the patterns and word lists at the top of
this module, so a new agency or caption convention is one line of data, not a new branch.
"""

from __future__ import annotations

import re

from lib.article import Paragraph
from lib.ingest.furniture import furniture_spans

# Photo agencies and credit forms that news sites glue to or put after captions.
PHOTO_AGENCIES = (
    "Reuters",
    "AP",
    "AFP",
    "Getty Images",
    "Getty",
    "EPA",
    "EPA-EFE",
    "Shutterstock",
    "Alamy",
    "PA",
    "PA Media",
    "PA Wire",
    "Bloomberg",
    "Xinhua",
    "Sputnik",
    "TASS",
    "Anadolu",
    "ANI",
    "PTI",
    "Associated Press",
    "AFP via Getty Images",
    "NurPhoto",
    "SOPA Images",
    "ZUMA",
    "Pool",
)
_AGENCY = "|".join(re.escape(a) for a in sorted(PHOTO_AGENCIES, key=len, reverse=True))

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?"
_DATE = (
    rf"(?:(?:{_WEEKDAY},?\s+)?(?:\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}|{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}"
    rf"|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[./]\d{{1,2}}[./]\d{{4}}))"
)
_TIME = r"(?:\s*(?:,|at|-|–|—)?\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?"

# A paragraph that is only a date line ("Saturday, September 12, 2015", "Published 25 March 2024").
DATELINE_PARAGRAPH = re.compile(
    rf"^(?:(?:Published|Updated|Posted|Last updated)(?:\s+on)?:?\s+)?{_DATE}{_TIME}$", re.I
)
# A wire dateline opening a body paragraph: "MOSCOW, March 25 (Reuters) - ", "LONDON (AP) — ".
DATELINE_PREFIX = re.compile(
    rf"^(?:[A-Z][A-Z.'\- ]{{1,40}}(?:,\s*[A-Z][A-Za-z.\- ]{{1,30}})?(?:,\s*{_MONTH}\s+\d{{1,2}})?"
    r"\s*(?:\([A-Za-z. ]{1,30}\))?\s*[-–—]{1,2}\s+)"
)
# Credit glued to a caption's end with no space: "...24 March, 2024Reuters".
GLUED_CREDIT = re.compile(rf"(?<=[0-9a-z).])(?:Photo:\s*)?(?:{_AGENCY})(?:/[A-Z][\w .-]+)?$")
# A paragraph that is only a credit: "Photo: Jane Doe/Reuters", "(AP Photo/John Smith)", "Reuters".
CREDIT_PARAGRAPH = re.compile(
    rf"^(?:\(?(?:(?:{_AGENCY})\s+)?(?:Photo(?:graph)?|Image|Picture|Credit)s?\s*(?::|by)\s*.{{1,80}}\)?"
    rf"|(?:{_AGENCY})(?:/[\w .-]+)?)$",
    re.I,
)
# Caption cues: a date closing an unpunctuated paragraph, or an explicit photo marker.
CAPTION_ENDING_DATE = re.compile(rf"\b(?:on|in)?\s*{_DATE}\s*$")
CAPTION_MARKERS = re.compile(
    r"^(?:Photo|Image|Caption|Pictured|Above|Top|File photo)\s*:|\((?:AP|AFP|Reuters)? ?Photo\b|"
    r"\bPhotograph:\s",
    re.I,
)
# Production lines of wire and syndication pages, not part of the story: typed as credit (so no
# subheading opens a section at them). Separators ("___", "* * *"), page labels ("Hosted"),
# wire slugs ("AP-US--Bridge-Closure, 2nd Ld-Writethru") and write-through markers.
PAGE_LABELS = ("Hosted", "Advertisement", "Sponsored", "Sponsored content")
PRODUCTION_LINE = re.compile(
    r"^(?:[_*=~\-\s]{3,}"
    rf"|(?:{'|'.join(re.escape(w) for w in PAGE_LABELS)})"
    r"|[A-Z]{2,}-[A-Z]{2,}-{1,2}\S.*"
    r"|.*\bLd-Writethru\b.*)$",
    re.I,
)
# A news agency named in parentheses before the first word, with or without a place or dash:
# "(CNN)President …", "WASHINGTON (CNN) — …".
AGENCY_TAGS = ("CNN", "Reuters", "AP", "AFP", "UPI", "Bloomberg", "BBC", "dpa", "Xinhua")
AGENCY_PREFIX = re.compile(
    r"^(?:[A-Z][A-Z.'\- ]{1,40}(?:,\s*[A-Z][A-Za-z.\- ]{1,30})?\s*)?"
    rf"\((?:{'|'.join(AGENCY_TAGS)})\)\s*(?:[-–—]{{1,2}}\s*)?(?=[A-Z“\"'])"
)
TERMINAL = re.compile(r"""[.!?…"”’')\]:;]\s*$""")
MARKDOWN_HEADING = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t#]*$")

HEADLINE_MAX_CHARS = 250
SUBHEADING_MAX_WORDS = 10
CAPTION_MIN_WORDS = 6
# A caption is one short line under a picture; a block longer than this is a story whose line
# breaks were lost, even when it ends like a caption (an embedded post's "… — Name (@handle)
# August 28, 2019" closing the whole story), so it is never typed caption and its statements stay.
CAPTION_MAX_WORDS = 80
HARD_WRAP_MAX = 80


def split_paragraphs(text: str, *, markdown: bool = False) -> list[Paragraph]:
    """Typed paragraphs of `text`, in order; spans exclude surrounding white space."""
    raw: list[tuple[int, int, str | None]] = []  # (start, end, forced kind)
    for start, end in _blocks(text):
        heading = MARKDOWN_HEADING.match(text[start:end]) if markdown else None
        if heading:
            level = len(heading.group(1))
            hstart = start + heading.start(2)
            raw.append(
                (hstart, hstart + len(heading.group(2)), "headline" if level == 1 else "subheading")
            )
        else:
            raw.append((start, end, None))
    typed = _type_paragraphs(text, raw)
    return _number(text, typed)


def _blocks(text: str):
    """Paragraph spans: blank-line separated blocks, split per line unless hard-wrapped."""
    for m in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text):
        lines = list(re.finditer(r"[^\n]+", m.group()))
        if hard_wrapped([ln.group() for ln in lines]):
            yield from _trimmed(text, m.start(), m.end())
        else:
            for ln in lines:
                yield from _trimmed(text, m.start() + ln.start(), m.start() + ln.end())


def hard_wrapped(lines: list[str]) -> bool:
    """Lines broken at a fixed width (e-mail style, <= 80 columns) belong to one paragraph."""
    if len(lines) < 2 or (len(lines) == 2 and not lines[1][:1].islower()):
        return False
    widths = [len(ln.rstrip()) for ln in lines[:-1]]
    longest = max(widths)
    return (
        longest <= HARD_WRAP_MAX
        and all(w >= 0.6 * longest for w in widths)
        and not any(TERMINAL.search(ln) and len(ln.rstrip()) < 0.85 * longest for ln in lines[:-1])
    )


def _trimmed(text: str, start: int, end: int):
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        yield start, end


def _type_paragraphs(text: str, raw: list[tuple[int, int, str | None]]):
    """Apply the typing rules in order; may split a paragraph (dateline prefix, glued credit)."""
    out: list[tuple[int, int, str]] = []
    seen_headline = any(kind == "headline" for _, _, kind in raw)
    for index, (start, end, kind) in enumerate(raw):
        body = text[start:end]
        if kind:
            out.append((start, end, kind))
            continue
        if index == 0 and not seen_headline and _looks_like_headline(body):
            out.append((start, end, "headline"))
            continue
        if DATELINE_PARAGRAPH.match(body):
            out.append((start, end, "dateline"))
            continue
        if PRODUCTION_LINE.match(body) and len(body) <= 100:
            out.append((start, end, "credit"))
            continue
        if CREDIT_PARAGRAPH.match(body) and len(body) <= 100:
            out.append((start, end, "credit"))
            continue
        glued = GLUED_CREDIT.search(body)
        if (
            glued
            and not TERMINAL.search(body[: glued.start()])
            and CAPTION_MIN_WORDS <= _words(body) <= CAPTION_MAX_WORDS
        ):
            out.append((start, start + glued.start(), "caption"))
            out.append((start + glued.start(), end, "credit"))
            continue
        if _looks_like_caption(body):
            out.append((start, end, "caption"))
            continue
        furniture = furniture_spans(text, start, end)
        if furniture == [(start, end)]:
            out.append((start, end, "furniture"))  # a line that is all page: "More: …"
            continue
        if _looks_like_subheading(body) and index > 0:
            out.append((start, end, "subheading"))
            continue
        prefix = DATELINE_PREFIX.match(body) or AGENCY_PREFIX.match(body)
        if prefix and prefix.end() < len(body) and _words(body) > SUBHEADING_MAX_WORDS:
            cut = start + len(prefix.group().rstrip())
            out.append((start, cut, "dateline"))
            rest = start + prefix.end()
            out += _body(text, rest, end, [(s, e) for s, e in furniture if s >= rest])
            continue
        out += _body(text, start, end, furniture)
    return out


def _body(text: str, start: int, end: int, furniture) -> list[tuple[int, int, str]]:
    """A body paragraph, cut at the page furniture inside it (`furniture_spans`): the
    furniture's spans become paragraphs of their own kind (the text is untouched), so no stage
    reads them as story."""
    out: list[tuple[int, int, str]] = []
    cursor = start
    for s, e in furniture:
        out += [(a, b, "body") for a, b in _trimmed(text, cursor, s)]
        out.append((s, e, "furniture"))
        cursor = e
    out += [(a, b, "body") for a, b in _trimmed(text, cursor, end)]
    return out


def _number(text: str, typed: list[tuple[int, int, str]]) -> list[Paragraph]:
    """Number paragraphs and give each the subheading it falls under."""
    paragraphs, section = [], ""
    for pid, (start, end, kind) in enumerate(typed):
        if kind == "subheading":
            section = text[start:end]
        paragraphs.append(Paragraph(pid, start, end, kind, section))
    return paragraphs


def _words(s: str) -> int:
    return len(s.split())


def _looks_like_headline(body: str) -> bool:
    return len(body) <= HEADLINE_MAX_CHARS and "\n" not in body and not body.endswith(".")


def _looks_like_caption(body: str) -> bool:
    if _words(body) > CAPTION_MAX_WORDS:
        return False
    if CAPTION_MARKERS.search(body):
        return True
    return (
        _words(body) >= CAPTION_MIN_WORDS
        and not TERMINAL.search(body)
        and bool(CAPTION_ENDING_DATE.search(body))
    )


def _looks_like_subheading(body: str) -> bool:
    return _words(body) <= SUBHEADING_MAX_WORDS and not TERMINAL.search(body) and "\n" not in body
