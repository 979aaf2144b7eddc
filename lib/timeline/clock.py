"""The day a clock time falls on.

A time of day is resolved first on the reference day; this puts it on the day the text means:
1. a day written next to it ("10:30 p.m. Aug. 9", "9 a.m. EST Tuesday"); with nothing but a
   space or a zone between them, one TIME expression of both as TimeML writes it ("10 p.m.
   Wednesday" = 1998-02-11T22:00), the day no timex of its own;
2. else a day its own sentence names ("As of 15:11 GMT the site was back, and by the end of the
   day Saturday it was down again": Saturday), on the same side of a quotation's marks;
3. else the day the lead tells of ("at 2.40 PM" in a story about yesterday's crash);
4. else the publication day, as resolved.
"""

from __future__ import annotations

import re
from dataclasses import replace

from lib.timeline.patterns import Mention
from lib.timeline.timex import Timex
from lib.timeline.values import fmt

# Words that may stand between a clock time and the day it falls on ("10:30 p.m. Aug. 9",
# "Aug. 9 at 10:30 p.m.", "9 a.m. EST Tuesday", "6:30 a.m. the following morning").
CLOCK_DAY_GAP = re.compile(r"^[\s,]*(?:(?:on|at|of)\s+)?(?:[A-Z]{2,4}\s+)?(?:(?:on|at)\s+)?$")
# Only a space or a zone between them: one expression ("10 p.m. EST Wednesday"); with a comma,
# "on" or "at" between, two ("16:15 UTC, June 1st", "Aug. 9 at 10:30 p.m."), as TimeML writes them.
CLOCK_DAY_JOINED = re.compile(r"^\s*(?:[A-Z]{2,4}\s+)?$")


def on_its_day(ctx, clock: Timex, found: list[Timex], state) -> Timex:
    """`clock` moved to the day the text puts it on (see the module docstring)."""
    days = [
        x
        for x in found
        if x is not clock and x.date is not None and x.precision == "day" and x.kind != "clock"
    ]
    for x in days:
        gap = (
            ctx.text[clock.end : x.start] if x.start >= clock.end else ctx.text[x.end : clock.start]
        )
        if len(gap) <= 12 and CLOCK_DAY_GAP.match(gap):
            moved = _moved(
                clock, x.date, f"{x.text!r} ({fmt(x.date)})", "the day written next to it"
            )
            if not CLOCK_DAY_JOINED.match(gap):
                return moved
            start, end = min(clock.start, x.start), max(clock.end, x.end)
            return replace(moved, start=start, end=end, text=ctx.text[start:end])
    same = [
        x
        for x in days
        if x.sentence_id is not None
        and x.sentence_id == clock.sentence_id
        and not _quoted_apart(state.quoted, clock, x)
    ]
    if same:
        x = min(same, key=lambda x: abs(x.start - clock.start))
        return _moved(clock, x.date, f"{x.text!r} ({fmt(x.date)})", "the day its sentence names")
    lead = state._lead_day(Mention(clock.start, clock.end, clock.text, "clock", "TIME", "clock"))
    if lead is None or clock.date is None or lead[0].date == clock.date:
        return clock
    x, label = lead
    return _moved(clock, x.date, label, label)


def _quoted_apart(quoted, clock: Timex, day: Timex) -> bool:
    """'“I woke up at 3:30 in the morning,” she told viewers: Last night …': a clock time in a
    quotation and a day outside it are told by different voices (the quote's moment is not the
    day of its telling), so the day does not place the time. Both quoted, or neither: it does."""
    return quoted.holds(clock.start, clock.end) != quoted.holds(day.start, day.end)


def with_days_joined(ctx, found: list[Timex], state) -> list[Timex]:
    """Every clock time put on its day; a day written next to a clock time is part of it."""
    placed = [on_its_day(ctx, x, found, state) if x.kind == "clock" else x for x in found]
    clocks = [(x.start, x.end) for x in placed if x.kind == "clock"]
    return [
        x
        for x in placed
        if x.kind == "clock" or not any(s <= x.start and x.end <= e for s, e in clocks)
    ]


def _moved(clock: Timex, day, anchor: str, why: str) -> Timex:
    time_part = clock.value.split("T", 1)[1]
    return replace(
        clock,
        date=day,
        date_end=day,
        value=f"{day.isoformat()}T{time_part}",
        anchor=anchor,
        resolution=f"a time on {fmt(day)}, {why}",
    )
