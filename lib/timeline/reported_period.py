"""A bare month or quarter naming figures about it ("August sales", "fourth-quarter profit"):
the period is one already over, whatever the tense around it, when it ended lately enough for
its figures to be coming out. Asked first by lib/timeline/direction.py."""

from __future__ import annotations

from datetime import date

from dateutil.relativedelta import relativedelta

from lib.timeline.patterns import Mention, Tables, tables

REPORTING_LAG_DAYS = 100  # figures for a month or quarter come out within about three months


def just_ended(m: Mention, t: Tables, ref: date | None) -> bool:
    """The last occurrence of the month or quarter is current or ended within the reporting lag
    ("fourth-quarter results" in January; not "a third-quarter loss" expected in January)."""
    if ref is None:
        return True
    if m.kind == "quarter":
        q = int(m.get("q")) if m.get("q") else t.ordinals.get((m.get("ord") or "").lower())
        if not q:
            return False
        first, months = (q - 1) * 3 + 1, 3
    else:
        first, months = t.month(m.get("month")), 1
    start = date(ref.year, first, 1)
    if start > ref:
        start = date(ref.year - 1, first, 1)
    end = start + relativedelta(months=months, days=-1)
    return (ref - end).days <= REPORTING_LAG_DAYS


def names_a_reported_period(m: Mention, root) -> bool:
    """A bare month or quarter modifying figures about it ('August sales', 'fourth-quarter
    profit'): the period is over whatever the tense of the sentence ("will report fourth-quarter
    results" in January is last year's quarter). Read from the words that follow, which survive
    a misparse of the sentence."""
    if m.kind not in ("date", "quarter") or m.get("day") or m.get("year") or m.get("ymod"):
        return False
    if m.get("mod") or m.get("rel"):
        return False
    doc = root.doc
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    end = span.end if span is not None else root.i + 1
    for tok in doc[end : end + 2]:
        if tok.pos_ not in ("NOUN", "PROPN", "ADJ"):
            return False
        if tok.lower_ in tables().tense_words["period_nouns"]:
            return True
    return False
