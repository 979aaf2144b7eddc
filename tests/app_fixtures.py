"""Hand-made article tables for the app's pure-Python tests (no spaCy, no extraction).

The rows are written against `lib.schema` with spans found in the text, so render and view
tests do not depend on how well the extractors do today.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from lib import schema
from lib.pipeline import ArticleTables
from lib.quotes.speakers.table import speakers_table

TEXT = (
    "Storm floods the coast\n\n"
    "MIAMI (AP) - At least 12 people died on Monday after the storm, officials said.\n\n"
    "Photo: rescue boats in Miami on 25 March, 2024\n\n"
    "Rebuilding\n\n"
    "\u201cWe are rebuilding,\u201d said Mayor Ana Ruiz. "
    "The Red Cross counted about 300 homes damaged in Miami since 2008."
)


def span(text: str, words: str, after: int = 0) -> tuple[int, int]:
    start = text.index(words, after)
    return start, start + len(words)


def tables(text: str = TEXT, *, with_extraction: bool = True) -> ArticleTables:
    paragraphs = []
    cursor, pid = 0, 0
    kinds = ["headline", "body", "caption", "subheading", "body"]
    for block in text.split("\n\n"):
        start = text.index(block, cursor)
        kind = (
            kinds[pid]
            if pid < len(kinds) and text == TEXT
            else ("headline" if pid == 0 else "body")
        )
        paragraphs.append(
            {
                "paragraph_id": pid,
                "kind": kind,
                "section": "",
                "start": start,
                "end": start + len(block),
                "text": block,
            }
        )
        cursor, pid = start + len(block), pid + 1
    sentences = _sentences(text, paragraphs)
    quotes, facts, timeline, entities = [], [], [], []
    if with_extraction and text == TEXT:
        quotes, facts, timeline, entities = _extraction(text, sentences)
    qdf = schema.frame("quotes", quotes)
    words = len(text.split())
    return ArticleTables(
        text=text,
        article=schema.frame(
            "article",
            [
                {
                    "article_id": "test",
                    "title": text.split("\n", 1)[0],
                    "published": "2024-03-26",
                    "published_source": "metadata",
                    "source": "AP",
                    "word_count": words,
                    "char_count": len(text),
                    "reading_minutes": round(words / 230, 1),
                    "language": "en",
                }
            ],
        ),
        paragraphs=schema.frame("paragraphs", paragraphs),
        sentences=schema.frame("sentences", sentences),
        entities=schema.frame("entities", entities),
        quotes=qdf,
        facts=schema.frame("facts", facts),
        timeline=schema.frame("timeline", timeline),
        speakers=speakers_table(qdf),
    )


def _sentences(text: str, paragraphs: list[dict]) -> list[dict]:
    out = []
    for p in paragraphs:
        cursor = p["start"]
        for piece in p["text"].replace(". ", ".\x00").split("\x00"):
            start = text.index(piece, cursor)
            out.append(
                {
                    "sentence_id": len(out),
                    "paragraph_id": p["paragraph_id"],
                    "section": "",
                    "paragraph_kind": p["kind"],
                    "start": start,
                    "end": start + len(piece),
                    "text": piece,
                    "topics": ["disaster"] if "died" in piece or "homes" in piece else [],
                }
            )
            cursor = start + len(piece)
    return out


def _sentence_of(sentences: list[dict], start: int) -> int:
    return next(s["sentence_id"] for s in sentences if s["start"] <= start < s["end"])


def _extraction(text: str, sentences: list[dict]):
    q1 = span(text, "We are rebuilding,")
    q2 = span(text, "At least 12 people died on Monday after the storm")
    ruiz = span(text, "Ana Ruiz")
    quotes = [
        {
            "quote_id": 0,
            "speaker": None,
            "speaker_mention": "officials",
            "speaker_start": None,
            "speaker_end": None,
            "speaker_kind": "unknown",
            "role": None,
            "confidence": "none",
            "kind": "indirect",
            "text": text[q2[0] : q2[1]],
            "start": q2[0],
            "end": q2[1],
            "cue": "said",
            "sentence_id": _sentence_of(sentences, q2[0]),
            "topics": ["disaster"],
        },
        {
            "quote_id": 1,
            "speaker": "Ana Ruiz",
            "speaker_mention": "Ana Ruiz",
            "speaker_start": ruiz[0],
            "speaker_end": ruiz[1],
            "speaker_kind": "person",
            "role": "Mayor",
            "confidence": "explicit",
            "kind": "direct",
            "text": text[q1[0] : q1[1]],
            "start": q1[0],
            "end": q1[1],
            "cue": "said",
            "sentence_id": _sentence_of(sentences, q1[0]),
            "topics": [],
        },
    ]
    f1 = span(text, "At least 12")
    f2 = span(text, "about 300")
    facts = [
        {
            "fact_id": 0,
            "kind": "figure",
            "value": 12.0,
            "value_text": "12",
            "qualifier": "at least",
            "unit": "people",
            "measure": "died",
            "source": "AP",
            "status": "reported",
            "text": text[f1[0] : f1[1]],
            "start": f1[0],
            "end": f1[1],
            "sentence_id": _sentence_of(sentences, f1[0]),
            "topics": ["disaster"],
        },
        {
            "fact_id": 1,
            "kind": "figure",
            "value": 300.0,
            "value_text": "300",
            "qualifier": "about",
            "unit": "homes",
            "measure": "damaged",
            "source": "Red Cross",
            "status": "attributed",
            "text": text[f2[0] : f2[1]],
            "start": f2[0],
            "end": f2[1],
            "sentence_id": _sentence_of(sentences, f2[0]),
            "topics": ["disaster"],
        },
    ]
    d1 = span(text, "Monday")
    d2 = span(text, "25 March, 2024")
    d3 = span(text, "2008")
    timeline = [
        {
            "event_id": 0,
            "date": "2024-03-25",
            "date_end": "2024-03-25",
            "precision": "day",
            "date_text": "Monday",
            "start": d1[0],
            "end": d1[1],
            "anchor": "publication",
            "resolution": "Monday before publication",
            "event": "12 people died",
            "actors": ["Miami"],
            "sentence_id": _sentence_of(sentences, d1[0]),
            "topics": ["disaster"],
        },
        {
            "event_id": 1,
            "date": "2024-03-25",
            "date_end": "2024-03-25",
            "precision": "day",
            "date_text": "25 March, 2024",
            "start": d2[0],
            "end": d2[1],
            "anchor": "explicit",
            "resolution": "written in full",
            "event": "rescue boats",
            "actors": ["Miami"],
            "sentence_id": _sentence_of(sentences, d2[0]),
            "topics": [],
        },
        {
            "event_id": 2,
            "date": "2008-01-01",
            "date_end": "2008-12-31",
            "precision": "year",
            "date_text": "2008",
            "start": d3[0],
            "end": d3[1],
            "anchor": "explicit",
            "resolution": "written as a year",
            "event": "homes damaged",
            "actors": ["Red Cross"],
            "sentence_id": _sentence_of(sentences, d3[0]),
            "topics": [],
        },
    ]
    miami = [
        list(span(text, "MIAMI")),
        list(span(text, "Miami")),
        list(span(text, "Miami", span(text, "Miami")[1])),
    ]
    entities = [
        {
            "entity_id": 0,
            "name": "Miami",
            "label": "GPE",
            "aliases": ["MIAMI"],
            "mentions": 3,
            "spans": miami,
        },
        {
            "entity_id": 1,
            "name": "Ana Ruiz",
            "label": "PERSON",
            "aliases": [],
            "mentions": 1,
            "spans": [list(ruiz)],
        },
        {
            "entity_id": 2,
            "name": "Red Cross",
            "label": "ORG",
            "aliases": [],
            "mentions": 1,
            "spans": [list(span(text, "Red Cross"))],
        },
    ]
    return quotes, facts, timeline, entities


# ----------------------------------------------------------------------------- markup checks

VOID = {"br", "img", "hr", "input", "meta", "link"}


class Shape(HTMLParser):
    """Collects text, tags and attributes; fails on unbalanced tags."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: list[str] = []
        self.tags: list[tuple[str, dict]] = []
        self.errors: list[str] = []
        self.skip = 0  # inside an added label (nd-kind, nd-tag): not article text

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if tag in VOID:
            return
        self.stack.append(tag)
        if self.skip or re.search(r"\bnd-(kind|tag)\b", attrs.get("class") or ""):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"unbalanced </{tag}> with open {self.stack}")
            return
        self.stack.pop()
        if self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.text.append(data)


def parse(markup: str) -> Shape:
    p = Shape()
    p.feed(markup)
    p.close()
    assert p.errors == [] and p.stack == [], (p.errors, p.stack)
    return p
