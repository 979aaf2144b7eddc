"""What every extractor receives: the article, its parse, sentences and entities.

Extractors are functions `extract(ctx) -> list[dict]` whose rows follow `lib.schema`. Later
stages read what earlier ones found (figures and dates inside quotes take the quote's speaker).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import cached_property

from spacy.tokens import Doc, Span

from lib.article import Article, Paragraph


@dataclass(frozen=True)
class Sentence:
    sentence_id: int
    paragraph: Paragraph
    start: int
    end: int
    span: Span  # the spaCy sentence, trimmed of surrounding white space


@dataclass
class Context:
    article: Article
    doc: Doc
    sentences: list[Sentence]
    entities: list[dict] = field(default_factory=list)  # rows of the `entities` table
    quotes: list[dict] = field(default_factory=list)  # rows of the `quotes` table, once found
    # (the quotes list's id and length, its indices by start, those starts, the longest quote)
    _quote_index: tuple | None = field(default=None, repr=False, compare=False)
    # (the entities list's id and length, their mentions by start, those starts, the longest)
    _entity_index: tuple | None = field(default=None, repr=False, compare=False)

    @classmethod
    def from_parse(cls, article: Article, doc: Doc) -> Context:
        """The context for a parsed article, its sentences built from the parse."""
        return cls(article, doc, build_sentences(article, doc))

    @property
    def text(self) -> str:
        return self.article.text

    @cached_property
    def sentence_starts(self) -> list[int]:
        """Sentence start offsets in order: the one index every offset lookup bisects."""
        return [s.start for s in self.sentences]

    def sentence_index(self, offset: int) -> int:
        """Index of the sentence containing `offset` (or the last one before it); -1 before all."""
        return bisect.bisect_right(self.sentence_starts, offset) - 1

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence containing `offset`, or the nearest one before it."""
        i = self.sentence_index(offset)
        return self.sentences[i] if i >= 0 else (self.sentences[0] if self.sentences else None)

    def entity_at(self, start: int, end: int) -> dict | None:
        """The entity one of whose mentions overlaps [start, end): the first such in table order,
        as a scan of every entity answered. The scan, once per statement, made an article of
        thousands of named speakers quadratic; this reads the mentions that start near the span
        (an index built per entities list, as `quotes_near`'s is)."""
        key = (id(self.entities), len(self.entities))
        if self._entity_index is None or self._entity_index[0] != key:
            spans = sorted(
                (s, e, n) for n, ent in enumerate(self.entities) for s, e in ent["spans"]
            )
            longest = max((e - s for s, e, _ in spans), default=0)
            self._entity_index = (key, spans, [s for s, _, _ in spans], longest)
        _, spans, starts, longest = self._entity_index
        k = bisect.bisect_left(starts, end) - 1
        best = None
        while k >= 0 and starts[k] + longest > start:
            s, e, n = spans[k]
            if start < e and (best is None or n < best):
                best = n
            k -= 1
        return None if best is None else self.entities[best]

    def quote_at(self, start: int, end: int) -> dict | None:
        """The quote whose span contains [start, end) (figures and dates inside quotes)."""
        for q in self.quotes_near(start, end):
            if q["start"] <= start and end <= q["end"]:
                return q
        return None

    def quotes_near(self, start: int, end: int) -> list[dict]:
        """The quotes that overlap or touch [start, end], in table order: every quote a lookup
        by span can be about. A scan of every quote per figure or date made an article of many
        short quoted paragraphs quadratic; this reads the few that start near the span."""
        key = (id(self.quotes), len(self.quotes))
        if self._quote_index is None or self._quote_index[0] != key:
            order = sorted(range(len(self.quotes)), key=lambda i: self.quotes[i]["start"])
            starts = [self.quotes[i]["start"] for i in order]
            longest = max((q["end"] - q["start"] for q in self.quotes), default=0)
            self._quote_index = (key, order, starts, longest)
        _, order, starts, longest = self._quote_index
        k = bisect.bisect_right(starts, end) - 1
        near = []
        while k >= 0 and starts[k] + longest >= start:
            if self.quotes[order[k]]["end"] >= start:
                near.append(order[k])
            k -= 1
        return [self.quotes[i] for i in sorted(near)]


def build_sentences(article: Article, doc: Doc) -> list[Sentence]:
    out: list[Sentence] = []
    for sent in doc.sents:
        first, last = sent.start, sent.end - 1  # trim white space from both ends
        while first <= last and doc[first].is_space:
            first += 1
        while last > first and doc[last].is_space:
            last -= 1
        if first > last:
            continue
        span = doc[first : last + 1]
        para = article.paragraph_at(span.start_char)
        if para is None:
            continue
        out.append(Sentence(len(out), para, span.start_char, span.end_char, span))
    return out
