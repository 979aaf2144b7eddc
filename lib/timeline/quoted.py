"""Which stretches of the text are quoted, asked in logarithmic time.

The tagger asks, for every date it resolves, whether the date sits inside a quotation (a quote
speaks from the day it was said, not from publication). With a quote mark every few words a long
article holds thousands of quoted spans, so a scan per question made the pass quadratic.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

# A straight quote opens only before a word and closes only after one: with one side of a quote
# written curly ('"we may have crossed the Rubicon."' closed by '”'), blind pairing took the
# narrative between two quotations ('." The growing controversy ... Trump said: "') for a quote.
QUOTE_PAIRS = re.compile(
    r"“[^”\n]{1,2000}”|\"(?=\S)[^\"\n]{1,2000}(?<=\S)\"|``.{1,2000}?''|‘[^’\n]{1,500}’(?!\w)"
)


class QuotedSpans:
    """Quoted (start, end) spans, possibly nested or overlapping. A span holds a stretch when it
    starts at or before the stretch's start and ends at or after its end: among the spans that
    start early enough, only the furthest end matters, so a running maximum of ends answers."""

    def __init__(self, spans: list[tuple[int, int]]):
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._furthest = list(accumulate((e for _, e in ordered), max))

    def holds(self, start: int, end: int) -> bool:
        """Some span has s <= start and end <= e."""
        i = bisect_right(self._starts, start)
        return i > 0 and self._furthest[i - 1] >= end

    def holds_point(self, at: int) -> bool:
        """Some span has s <= at < e."""
        i = bisect_right(self._starts, at)
        return i > 0 and self._furthest[i - 1] > at


def quote_spans(ctx) -> list[tuple[int, int]]:
    """Quoted passages: the quotes table when filled, else matched quote marks."""
    spans = [(q["start"], q["end"]) for q in (ctx.quotes or []) if q.get("kind") != "indirect"]
    for m in QUOTE_PAIRS.finditer(ctx.text):
        spans.append((m.start() + 1, m.end() - 1))
    return spans
