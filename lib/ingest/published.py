"""Publication date from the text: a dateline, else inference, else unknown (never "today").

Called only when neither the user nor metadata gave a date. A dateline ("Saturday, September
12, 2015", "Published 25 March 2024", "MOSCOW, March 25 (Reuters)") states the date. Otherwise
the date is inferred from explicit dates and weekday references made consistent: if "Friday's
attack" must be the 22.03.2024 the text also gives (or the text writes "Friday, 22 March 2024",
naming the weekday as wire copy does for recent days), the article was written within the week after
it, and the publication day is the one that keeps every weekday reference closest behind it (the
seed: "on Monday" after Friday 22 March -> Monday 25 March). Without such corroboration there is
no honest inference, and the answer is unknown.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from lib.timeline.patterns import Mention, scan, tables
from lib.timeline.resolve import resolve
from lib.timeline.tagger import direction_of

# A paragraph opening with a publication stamp, near the top or bottom of the article
# (never "the report, published 3 May 2023, found ..." inside a sentence).
STAMP = re.compile(
    r"\b(?:Published|Updated|Posted|First published|Last updated)(?:\s+on)?\s*:?\s*", re.I
)
STAMP_PARAGRAPHS = 4  # how many paragraphs from either end may carry a stamp
WIRE_PARAGRAPHS = 3  # how many leading paragraphs may open with a wire dateline
EXPLICIT_KINDS = ("date", "numeric")
WEEK = 7


def find_published(ctx):
    """(date, "dateline" | "inferred") or (None, "unknown")."""
    found = from_dateline(ctx)
    if found is not None:
        return found, "dateline"
    found = infer(ctx)
    if found is not None:
        return found, "inferred"
    return None, "unknown"


def from_dateline(ctx) -> date | None:
    t = tables()
    paras = ctx.article.paragraphs
    edges = paras[:STAMP_PARAGRAPHS] + paras[-STAMP_PARAGRAPHS:]
    candidates = [p for p in paras if p.kind == "dateline"]
    candidates += [
        p for p in edges if p.kind != "dateline" and STAMP.match(ctx.article.paragraph_text(p))
    ]
    candidates += [p for p in paras[:WIRE_PARAGRAPHS] if p.kind == "body"]
    for para in candidates:
        text = ctx.article.paragraph_text(para)
        stamp = STAMP.match(text)
        if para.kind == "body" and not stamp:
            continue  # a body paragraph only counts with an explicit stamp
        offset = stamp.end() if stamp else 0
        for m in scan(text[offset:], t):
            if m.kind not in EXPLICIT_KINDS or (stamp and m.start > 0):
                continue
            if m.kind == "date" and not m.get("day"):
                continue
            res = resolve(m, t, None)
            if res is not None and res.precision == "day":
                return res.date
            if m.get("day") and not m.get("year"):
                guessed = _with_text_year(ctx, m, t)
                if guessed is not None:
                    return guessed
            break
    return None


def _with_text_year(ctx, m: Mention, t) -> date | None:
    """A wire dateline without a year ("MOSCOW, March 25"): take the year the text's dates give."""
    years = [x.date for x in _explicit_days(ctx, t)]
    if not years:
        return None
    ref = max(years)
    res = resolve(m, t, ref, None)
    return res.date if res is not None and res.precision == "day" else None


def _explicit_days(ctx, t) -> list:
    out = []
    mentions = scan(ctx.text, t)
    for m in mentions:
        if (
            m.kind in EXPLICIT_KINDS
            and m.get("year") is not None
            and ctx.article.paragraph_at(m.start)
        ):
            res = resolve(m, t, None)
            if res is not None and res.precision == "day":
                out.append(_Dated(m, res.date, direction_of(ctx, m, t)[0]))
    years = {int(m.get("year")) for m in mentions if m.get("year") and m.kind != "fiscal"}
    for m in mentions:
        day = _day_by_its_weekday(m, t, years)
        if day is not None and ctx.article.paragraph_at(m.start):
            out.append(_Dated(m, day, direction_of(ctx, m, t)[0]))
    return out


def _day_by_its_weekday(m: Mention, t, years: set[int]) -> date | None:
    """'Tuesday, Nov. 12' in a text that writes 2019 somewhere: the one year among those written
    (or the year after one, for a story running into January) whose 12 November is a Tuesday."""
    if m.kind != "date" or m.get("year") or not (m.get("day") and m.get("weekday")):
        return None
    month, day, weekday = t.month(m.get("month")), int(m.get("day")), t.weekday(m.get("weekday"))
    fits = set()
    for y in years | {y + 1 for y in years}:
        try:
            if date(y, month, day).weekday() == weekday:
                fits.add(date(y, month, day))
        except ValueError:
            continue
    return fits.pop() if len(fits) == 1 else None


class _Dated:
    __slots__ = ("mention", "date", "direction")

    def __init__(self, mention, d, direction):
        self.mention, self.date, self.direction = mention, d, direction


def infer(ctx) -> date | None:
    """The publication day that makes weekday references agree with explicit dates."""
    t = tables()
    explicit = [x for x in _explicit_days(ctx, t) if x.direction != "forward"]
    if not explicit:
        return None
    weekdays = []
    for m in scan(ctx.text, t):
        if m.kind != "weekday" or (m.get("mod") or "").lower() in ("next", "coming"):
            continue
        direction = direction_of(ctx, m, t)[0]
        if direction != "forward" and not _quoted(ctx, m):
            weekdays.append(m)
    if not weekdays:
        return None
    days = {x.date for x in explicit}
    # "Friday, 22 March 2024": wire style names the weekday only for days of the current week
    weekday_dated = {x.date for x in explicit if x.mention.get("weekday")}
    latest = max(days)
    best = None
    for start in sorted(days):
        for shift in range(WEEK + 1):
            pub = start + timedelta(days=shift)
            if pub < latest:
                continue
            resolved = [resolve(m, t, pub, "back") for m in weekdays]
            dates = [r.date for r in resolved if r is not None]
            agree = sum(d in days for d in dates) + sum(
                d <= pub < d + timedelta(days=WEEK) for d in weekday_dated
            )
            if not agree:
                continue
            age = sum((pub - d).days for d in dates)
            key = (-agree, age, pub)
            if best is None or key < best[0]:
                best = (key, pub)
    return best[1] if best else None


def _quoted(ctx, m: Mention) -> bool:
    """Weekdays inside quotes speak from the speaker's day, not the article's."""
    line = ctx.text[: m.start]
    opened = line.count("“") - line.count("”")
    return opened > 0
