"""The article model: one canonical text, and spans that point into it.

Everything downstream (paragraphs, sentences, quotes, figures, dates) refers to `Article.text`
by character offsets, so any claim can be traced back to its exact words.
"""

from __future__ import annotations

import bisect
import hashlib
from dataclasses import dataclass, field
from datetime import date

PARAGRAPH_KINDS = ("headline", "dateline", "caption", "credit", "subheading", "body", "furniture")
# Kinds that are the page's, not the story's: a stage that reads every kind but a few skips these
# (the others read the story's kinds only). "furniture": lib/ingest/furniture.py.
PAGE_KINDS = ("credit", "furniture")


@dataclass(frozen=True)
class Paragraph:
    paragraph_id: int
    start: int
    end: int
    kind: str
    section: str = ""


@dataclass
class Article:
    text: str
    paragraphs: list[Paragraph]
    title: str = ""
    published: date | None = None
    published_source: str = "unknown"
    source: str = ""
    url: str = ""
    meta: dict = field(default_factory=dict)

    @property
    def article_id(self) -> str:
        return content_id(self.text)

    def paragraph_text(self, p: Paragraph) -> str:
        return self.text[p.start : p.end]

    def paragraph_at(self, offset: int) -> Paragraph | None:
        """The paragraph containing `offset` (None for the gaps between paragraphs).

        A bisection over the paragraph starts: it runs for every sentence and entity, so a scan
        would make 10,000 short paragraphs cost their square.
        """
        i = bisect.bisect_right(self._paragraph_starts(), offset) - 1
        if i >= 0 and offset < self.paragraphs[i].end:
            return self.paragraphs[i]
        return None

    def _paragraph_starts(self) -> list[int]:
        """Paragraph starts in order, rebuilt if the paragraph list was replaced or grew."""
        key = (id(self.paragraphs), len(self.paragraphs))
        cached = self.__dict__.get("_starts_cache")
        if cached is None or cached[0] != key:
            cached = (key, [p.start for p in self.paragraphs])
            self.__dict__["_starts_cache"] = cached
        return cached[1]


def content_id(text: str) -> str:
    """Short content-addressed id: same text, same id, on every machine."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
