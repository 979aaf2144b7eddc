"""The article model: one canonical text, and spans that point into it.

Everything downstream (paragraphs, sentences, quotes, figures, dates) refers to `Article.text`
by character offsets, so any claim can be traced back to its exact words.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date

PARAGRAPH_KINDS = ("headline", "dateline", "caption", "credit", "subheading", "body")


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
        """The paragraph containing `offset` (None for the gaps between paragraphs)."""
        for p in self.paragraphs:
            if p.start <= offset < p.end:
                return p
        return None


def content_id(text: str) -> str:
    """Short content-addressed id: same text, same id, on every machine."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
