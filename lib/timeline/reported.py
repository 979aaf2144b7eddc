"""The period a results story reports, and the expressions that lean on it.

Company and economy stories name their period once ("net income rose 5% in the third quarter")
and then refer back to it: "sales in the quarter", "up from $3 million a year ago". In such a
passage "a year ago" is not a point a year before publication but the same quarter of the year
before (TimeML 1988-Q3), and "the quarter" is the quarter just named. Both are read only when a
quarter was told within a few sentences and, for "a year ago", the sentence holds a figure - a
plain "a year ago, she moved to Paris" keeps its point in time.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from dateutil.relativedelta import relativedelta

from lib.timeline.patterns import Mention, Tables
from lib.timeline.resolve import resolve
from lib.timeline.values import Resolved

# How far back (in sentences) the reported quarter may have been named for a plain "a year ago";
# a comparison ("from $3 million a year ago") and "the quarter" look back through the story.
QUARTER_SENTENCES = 3
COMPARISON = re.compile(
    r"\b(?:from|compared\s+(?:with|to)|against|versus|vs\.?|than)\b", re.IGNORECASE
)
QUARTER_VALUE = re.compile(r"^(\d{4})-Q([1-4])$")
# A sentence comparing figures: a digit, a currency or per cent sign, or a scale word.
FIGURE = re.compile(r"\d|[$%£€¥]|\b(?:cents?|million|billion|percent)\b", re.IGNORECASE)
# Offset words that look back one year from the period told ("a year ago", "a year earlier").
YEAR_BACK_WORDS = ("ago", "earlier")
# A comparison word right before "a year earlier": the offset is the comparison's baseline.
COMPARED = re.compile(
    r"\b(?:than|from|compared\s+(?:with|to)|against|versus|vs\.?|over)\s+$", re.IGNORECASE
)


def year_before_quarter(ctx, found, m: Mention, t: Tables) -> tuple[Resolved, str] | None:
    """'up from $3 million a year ago' after 'in the third quarter': that quarter a year before."""
    if m.kind != "offset" or (m.get("dir") or "").lower() not in YEAR_BACK_WORDS:
        return None
    if t.number(m.get("num") or "") != 1 or t.unit(m.get("unit"))[0] != "years":
        return None
    sentence = ctx.sentence_at(m.start)
    if sentence is None or not FIGURE.search(ctx.text[sentence.start : sentence.end]):
        return None
    compared = COMPARISON.search(ctx.text[sentence.start : m.start])
    told = _quarter_told(ctx, found, m, None if compared else QUARTER_SENTENCES)
    if told is None:
        return None
    y, q = told
    start = date(y - 1, (q - 1) * 3 + 1, 1)
    end = start + relativedelta(months=3, days=-1)
    how = f"the quarter reported ({y}-Q{q}) a year before: quarter {q} of {y - 1}"
    return Resolved(f"{y - 1:04d}-Q{q}", start, end, "month", how, True), f"{y}-Q{q}"


def story_quarter(ctx, found, m: Mention, published: date | None) -> tuple[Resolved | None, str]:
    """'sales in the quarter': the quarter told just before; with none in reach, an unknown
    quarter of the publication year (TimeML 1989-QX), which never reaches the timeline. With a
    year written ("the 1988 quarter", "the 1989 period"): the quarter told, in that year."""
    told = _quarter_told(ctx, found, m, None)
    written = int(m.get("year")) if m.get("year") else None  # "the 1988 quarter"
    if told is None and written is not None:
        how = f"a quarter of {written} not named in reach"
        return Resolved(f"{written:04d}-QX", None, None, "month", how, True), "explicit"
    if told is not None:
        y, q = told[0] if written is None else written, told[1]
        start = date(y, (q - 1) * 3 + 1, 1)
        end = start + relativedelta(months=3, days=-1)
        how = f"the quarter the story reports ({y}-Q{q})"
        return Resolved(f"{y:04d}-Q{q}", start, end, "month", how, True), f"{y}-Q{q}"
    if published is None:
        return None, ""
    how = "a quarter of the publication year not named in reach"
    return Resolved(f"{published.year:04d}-QX", None, None, "month", how, True), "publication"


# Quarters worked out from another one ("a year ago" = 1988-Q3) are not the one reported, nor is
# a quarter named by its closing day (valued as a calendar quarter; the story may number its
# fiscal quarters otherwise).
DERIVED_KINDS = ("offset", "same_period", "story_quarter", "quarter_ended")


def _quarter_told(ctx, found, m: Mention, reach: int | None) -> tuple[int, int] | None:
    """(year, quarter) of the last quarter named before `m`, within `reach` sentences (None:
    anywhere before it)."""
    here = ctx.sentence_at(m.start)
    if here is None:
        return None
    for x in sorted(found, key=lambda x: -x.start):
        if x.start >= m.start or x.sentence_id is None or x.kind in DERIVED_KINDS:
            continue
        if reach is not None and here.sentence_id - x.sentence_id > reach:
            return None
        hit = QUARTER_VALUE.match(x.value)
        if hit:
            return int(hit.group(1)), int(hit.group(2))
    return None


def comparison_baseline(text: str, m: Mention, t: Tables, published: date | None):
    """'wages 3% higher than a year earlier', 'compared with a year earlier': with no event
    to count from, the baseline of a comparison is that long before publication - TimeML
    values it (1997 told in 1998), but it dates no event, so it stays off the timeline."""
    if published is None or (m.get("dir") or "").lower() not in ("earlier", "before"):
        return None
    if not COMPARED.search(text[max(0, m.start - 30) : m.start]):
        return None
    res = resolve(replace(m, groups={**m.groups, "dir": "ago"}), t, published, None)
    if res is None:
        return None
    how = f"baseline of a comparison: {res.how}"
    return replace(res, date=None, date_end=None, how=how)


# How far back (in sentences) "the same point in 2016" looks for the point it repeats.
SAME_POINT_SENTENCES = 3
# Precisions of a point that can be moved to another year as it is (not a week's number).
MOVABLE = ("day", "month")


def same_point_in_year(ctx, found, m: Mention) -> tuple[Resolved, str]:
    """'976 diplomats as of October 31, 2017 ... 1,058 at the same point in 2016': the day or
    month last told (within a few sentences), moved to the year written; else that year."""
    target = int(m.get("year"))
    here = ctx.sentence_at(m.start)
    for x in sorted(found, key=lambda x: -x.start):
        if x.start >= m.start or x.date is None or x.sentence_id is None:
            continue
        if here is not None and here.sentence_id - x.sentence_id > SAME_POINT_SENTENCES:
            break
        told = f"{x.date.year:04d}"
        if x.kind in DERIVED_KINDS or x.kind == "clock" or x.precision not in MOVABLE:
            continue
        if x.date.year == target or not x.value.startswith(told):
            continue
        shift = relativedelta(years=target - x.date.year)
        how = f"the same point as {x.text!r} ({x.value}), in {target}"
        value = f"{target:04d}{x.value[4:]}"
        res = Resolved(
            value, x.date + shift, (x.date_end or x.date) + shift, x.precision, how, True
        )
        return res, f"{x.text!r} ({x.value})"
    how = f"the same point of a year told before, in {target}: the year alone"
    return Resolved(
        f"{target:04d}", date(target, 1, 1), date(target, 12, 31), "year", how, False
    ), ("explicit")
