"""A week named beside one of its days: 'made the Sunday morning rounds this week', 'this week's
Sunday talk shows', 'on Tuesday last week'. The week only says which Tuesday or Sunday is meant;
the event is on that day, so the week's expression takes the day's date (its TimeML value stays
the week). Without a day beside it a week is placed at its middle (lib/timeline/resolve.py).
"""

from __future__ import annotations

import re
from dataclasses import replace

from lib.timeline.timex import Timex

# A week's TimeML value ("2019-W40").
WEEK_VALUE = re.compile(r"^(?P<year>\d{4})-W(?P<week>\d{2})$")
# The words between the week and the day: a short stretch of one phrase, no clause break nor a
# conjunction joining two things ("last week's primary and Saturday's caucus": two days).
MAX_GAP = 30
CLAUSE_BREAK = re.compile(r"[,;:.!?()\u2013\u2014\"“”]|\b(?:and|or|but|then)\b", re.IGNORECASE)


def weeks_named_by_a_day(text: str, found: list[Timex]) -> list[Timex]:
    """`found` (in text order) with each week expression that has one of its own days written
    beside it (`_day_beside`) dated on that day."""
    days = [
        x for x in found if x.precision == "day" and x.date is not None and x.date == x.date_end
    ]
    out = []
    for x in found:
        day = _day_beside(text, x, days)
        if day is None:
            out.append(x)
            continue
        note = f"the day written beside the week: {day.text!r} ({day.date.isoformat()})"
        out.append(
            replace(x, date=day.date, date_end=day.date, resolution=f"{note}; {x.resolution}")
        )
    return out


def _day_beside(text: str, x: Timex, days: list[Timex]) -> Timex | None:
    """The one day-precision expression of `x`'s week within MAX_GAP characters of it, with no
    clause break between, when `x` is a week ("this week", "last week"); else None."""
    week = WEEK_VALUE.match(x.value or "")
    if week is None or x.date is None:
        return None
    iso = (int(week["year"]), int(week["week"]))
    near = []
    for d in days:
        if d.sentence_id != x.sentence_id or tuple(d.date.isocalendar())[:2] != iso:
            continue
        gap = text[x.end : d.start] if x.end <= d.start else text[d.end : x.start]
        if len(gap) <= MAX_GAP and not CLAUSE_BREAK.search(gap):
            near.append(d)
    return near[0] if len(near) == 1 else None
