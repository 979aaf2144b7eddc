"""Which earlier day an expression leans on: the day its own sentence names, the day the story
tells of, the day the lead tells of, or the period a "same period last year" repeats.

Split from the tagger (lib/timeline/tagger.py) because these are lookups over what has already
been dated, with no state of their own: the tagger decides *when* an expression hangs on an
earlier day, these functions say *which* day (and the label that names it on the timeline).
"""

from __future__ import annotations

import re
from datetime import date

from dateutil.relativedelta import relativedelta

from lib.timeline.patterns import Mention
from lib.timeline.quoted import QuotedSpans
from lib.timeline.reported import DERIVED_KINDS
from lib.timeline.timex import Timex
from lib.timeline.values import Resolved, fmt

# "for the day": the last exact day told within this many sentences before, else the lead's day.
STORY_DAY_SENTENCES = 6
# The lead: the first body paragraphs, whose first exact day is the day the story tells of.
LEAD_PARAGRAPHS = 2
# How far back (in sentences) "the same period last year" looks for the period it repeats.
PERIOD_SENTENCES = 3
PERIOD_VALUE = re.compile(r"^(\d{4})(-(?:\d{2}|Q[1-4]|H[12]))$")


def same_period(
    ctx, found: list[Timex], m: Mention, published: date | None
) -> tuple[Resolved | None, str]:
    """'the same period last year' after 'in February': February of the year before."""
    here = ctx.sentence_at(m.start)
    wants_quarter = "quarter" in m.text.lower()
    earlier = [
        x
        for x in sorted(found, key=lambda x: -x.start)
        if x.start < m.start
        and x.date is not None
        and x.sentence_id is not None
        and x.kind not in DERIVED_KINDS  # not a period worked out from another one
    ]
    near = [
        x
        for x in earlier
        if here is not None and here.sentence_id - x.sentence_id <= PERIOD_SENTENCES
    ]
    # the quarter the story reports
    quarters = [x for x in earlier if "-Q" in x.value]
    candidates = quarters[:1] if wants_quarter else near + quarters[:1]
    for x in candidates:
        hit = PERIOD_VALUE.match(x.value)
        if hit:
            year = int(hit.group(1)) - 1
            start = x.date - relativedelta(years=1)  # 29 February -> 28 February
            end = (x.date_end or x.date) - relativedelta(years=1)
            how = f"the same period a year before {x.text!r} ({x.value})"
            res = Resolved(f"{year:04d}{hit.group(2)}", start, end, "month", how, True)
            return res, f"{x.text!r} ({x.value})"
    if published is None:
        return None, ""
    year = published.year - 1
    how = f"a period of the year before publication ({fmt(published)})"
    res = Resolved(f"{year:04d}", date(year, 1, 1), date(year, 12, 31), "year", how, True)
    return res, "publication"


def lead_day(ctx, found: list[Timex], quoted: QuotedSpans, m: Mention) -> tuple[Timex, str] | None:
    """The day the article's lead tells of ('saw a turbulent day yesterday'): the first exact
    day in the first LEAD_PARAGRAPHS body paragraphs, outside quotes, before `m`."""
    body = [p for p in ctx.article.paragraphs if p.kind == "body"][:LEAD_PARAGRAPHS]
    for x in sorted(found, key=lambda x: x.start):
        if x.start >= m.start:
            break
        para = ctx.article.paragraph_at(x.start)
        if para not in body or x.precision != "day" or x.date is None or x.kind == "clock":
            continue
        if x.date != x.date_end or quoted.holds_point(x.start) or _another_years_vote(x):
            continue
        return x, f"the day the lead tells of: {x.text!r} ({fmt(x.date)})"
    return None


def _another_years_vote(x: Timex) -> bool:
    """'blamed for its role in the 2016 presidential election', 'since the 2018 midterms': a
    holiday dated by the year written with it is an event the story looks back (or on) to, not
    the day it tells of (which is written without a year, or as a full date)."""
    return x.kind == "holiday" and x.anchor == "explicit"


def story_day(ctx, found: list[Timex], m: Mention) -> tuple[Timex, str] | None:
    here = ctx.sentence_at(m.start)
    if here is None:
        return None
    days = [
        x
        for x in found
        if x.end <= m.start
        and x.precision == "day"
        and x.date is not None
        and x.kind != "clock"
        and x.sentence_id is not None
        and here.sentence_id - x.sentence_id <= STORY_DAY_SENTENCES
    ]
    if not days:
        return None
    x = max(days, key=lambda x: x.start)
    return x, f"{x.text!r} ({fmt(x.date)})"


def same_sentence_day(ctx, found: list[Timex], m: Mention) -> tuple[Timex, str] | None:
    here = ctx.sentence_at(m.start)
    sid = here.sentence_id if here is not None else None
    days = [
        x
        for x in found
        if x.sentence_id == sid and x.precision == "day" and x.date and x.kind != "clock"
    ]
    if not days:
        return None
    x = min(days, key=lambda x: abs(x.start - m.start))
    return x, f"{x.text!r} ({fmt(x.date)})"
