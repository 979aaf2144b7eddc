"""The dated statements found so far ("Castro said Sunday"), indexed as dates are found.

Which day a quote was said on is read from the day-precision dates hung on a reporting verb:
the one on the verb above it, else one of its paragraph (or of the paragraph it continues).
Looking them up by scanning every date found, once per date, made a long article of dated
statements quadratic (10 of 27 CPU seconds on 80 KB); the tagger's list of found dates only
grows, so the index reads each new date once.
"""

from __future__ import annotations

from lib.timeline.timex import Timex
from lib.timeline.verbs import _is_speech


class SpeechDays:
    def __init__(self, ctx, t):
        self.ctx, self.t = ctx, t
        self.read = 0  # how many of the found dates are indexed
        self.by_verb: dict[int, Timex] = {}  # the reporting verb's token -> its first date
        self.by_paragraph: dict[int, list[Timex]] = {}  # id(paragraph) -> its dates, in order

    def update(self, found: list[Timex]) -> SpeechDays:
        for x in found[self.read :]:
            if x.precision != "day" or x.date is None or x.head is None:
                continue
            if not _is_speech(x.head, self.t):
                continue
            self.by_verb.setdefault(x.head.i, x)
            para = self.ctx.article.paragraph_at(x.start)
            if para is not None:
                self.by_paragraph.setdefault(id(para), []).append(x)
        self.read = len(found)
        return self
