"""One weekday name, one day: an event noun dated by a bare weekday joins the article's reading.

A story names a bare weekday ("Tuesday") for one day in nearly every case: "won the primary
Tuesday ... the win Tuesday ... Tuesday's result". The tense of each clause picks the direction,
and a clause about a *thing* dated by the weekday ("Monday's ruling will reshape the race", "a
boost from the win Tuesday") is the weak reading: its verb tells what the thing will do, not
when it happened. So when most of the article's bare mentions of a weekday agree on a day, a
mention of that weekday that only dates a noun takes that day too. A mention dating a verb
keeps its own reading ("the vote was Tuesday; the next round will be held Tuesday" is rare,
but a verb's tense is the better evidence there).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from lib.timeline.direction import _expected, _named_as_scheduled
from lib.timeline.timex import Timex

# The weekday name a bare mention opens with ("Tuesday", "Tuesday night"; not "last Tuesday").
BARE_WEEKDAY = re.compile(r"(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")


def _name(x: Timex) -> str | None:
    """The weekday a bare weekday mention dated from publication names, else None."""
    if x.kind != "weekday" or x.date is None or x.anchor != "publication":
        return None
    m = BARE_WEEKDAY.match(x.text)
    return m.group(1) if m else None


def _dates_a_noun(x: Timex) -> bool:
    """'Monday's ruling', 'the primary on Tuesday' (the noun the tagger dates), or a weekday
    written straight after a noun ('a boost from the win Tuesday'), which the parse often
    hangs on the verb instead."""
    if x.head is None:
        return False
    if x.head.pos_ in ("NOUN", "PROPN"):  # not one told as ahead ("the only event scheduled
        return not (_expected(x.head) or _named_as_scheduled(x.head))  # is Tuesday's debate")
    span = x.head.doc.char_span(x.start, x.end, alignment_mode="expand")
    return span is not None and span.start > 0 and x.head.doc[span.start - 1].pos_ == "NOUN"


def same_weekday(found: list[Timex]) -> list[Timex]:
    """`found` with each noun-dating bare weekday moved to the day most of the article's bare
    mentions of that weekday name, when a clear majority (two or more, more than any other
    day) agrees on one."""
    counts: dict[str, Counter] = {}
    for x in found:
        name = _name(x)
        if name is not None:
            counts.setdefault(name, Counter())[x.date] += 1
    out = []
    for x in found:
        name = _name(x)
        if name is None or not _dates_a_noun(x):
            out.append(x)
            continue
        ranked = counts[name].most_common(2)
        day, n = ranked[0]
        clear = n >= 2 and (len(ranked) == 1 or ranked[1][1] < n)
        if not clear or day == x.date:
            out.append(x)
            continue
        note = f"{x.text!r}, dating a noun: the {name}day the article's other mentions name"
        out.append(
            replace(
                x,
                date=day,
                date_end=day,
                value=day.isoformat() + x.value[10:],
                resolution=f"{note} ({day.isoformat()}); by tense alone: {x.resolution}",
            )
        )
    return out
