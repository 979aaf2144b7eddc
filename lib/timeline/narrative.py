"""A passage told in a past year: which year a month written without one belongs to.

The tagger (lib/timeline/tagger.py) asks, for a bare month or month-day, whether the passage
around it has moved back in time. "In 2016, ..." opening a past sentence sets such a scene (the
tagger reads that itself); so does a month written with a past year ("minutes of an April 1971
board meeting ... two months before her exit in June"): a later month of the same passage, told
in the past tense, goes on in that year (June 1971), not in the year of publication.
"""

from __future__ import annotations

from datetime import date

from lib.timeline.patterns import Mention, Tables
from lib.timeline.timex import Timex
from lib.timeline.verbs import _is_past, _root_token

# Precisions of a dated expression that fix a month: a year alone does not say where in it.
MONTH_PRECISIONS = ("day", "month")


def goes_on_from(ctx, x: Timex, m: Mention, t: Tables, ref: date, direction) -> bool:
    """`x`, an explicit month of a past year written in the sentence of `m` or the one before
    (the caller sees to that: "in August 2017 ... ; ... has been under repair and left dry dock
    in November" two sentences on is more likely the story's own year), dates the bare month `m`
    too: `m` is told in the past tense and falls in that month or after it (a month before it
    is more likely another year's: "in March 2018 ... in January" is not January 2018)."""
    if x.kind != "date" or x.precision not in MONTH_PRECISIONS or not m.get("month"):
        return False
    if m.get("day") and x.precision != "day":
        # "after the August 1988 cease-fire ... the invasion on Aug. 2" is the news's own; only
        # a day told ("On March 2, 2015, ... On March 25, ...") walks on through that year's days
        return False
    if x.date is None or x.date.year >= ref.year or t.month(m.get("month")) < x.date.month:
        return False
    return direction == "back" or (direction is None and _sentence_in_past(ctx, m))


def _sentence_in_past(ctx, m: Mention) -> bool:
    """The main verb of the sentence is past ("surfaced the minutes of a vote to extend her
    contract before her exit in June": the infinitive has no tense, the sentence has)."""
    tok = _root_token(ctx, m)
    return tok is not None and tok.sent.root.pos_ in ("VERB", "AUX") and _is_past(tok.sent.root)


def in_years(m: Mention) -> bool:
    """'the following year', 'two years later': a count that moves a passage to another year, so
    a month written after it is no longer the year told before it."""
    return (m.get("unit") or "").lower().startswith(("year", "decade"))
