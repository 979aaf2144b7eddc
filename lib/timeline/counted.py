"""Expressions counted from another day: "two weeks ago" (from the speaker's now), "a day later",
"two weeks before" the vote (from an event), "the next day", "the previous Friday" (from the day
told just before), and "three days later than planned" (a delay that names the day itself).

Split from the calendar resolvers (lib/timeline/resolve.py) because all of these take the day they
count from as given - the tagger (lib/timeline/tagger.py) finds the event or the "now" - and only
do the counting: the step, its direction and the tolerance a count in weeks, months or years has.
"""

from __future__ import annotations

import calendar
from datetime import date

from dateutil.relativedelta import relativedelta

from lib.timeline.patterns import Mention, Tables
from lib.timeline.values import (
    OFFSET_TOLERANCE,
    Resolved,
    day,
    fmt,
    month,
    week,
    weekday_occurrence,
    year,
)

# Units shorter than a day, by how many make one: an offset in them lands on a whole day.
CLOCK_UNITS = {"hours": 24, "minutes": 24 * 60}
# Directions a count of hours or minutes lands on a day by: back from the speaker's now ("just
# over 24 hours ago"), or on from the day the story is telling ("An hour later, ...", "Hours
# earlier, ..."): annotators date those to that day. Counted from an event named after it ("two
# hours after his release was announced") it is the event's day, which that event must date.
CLOCK_DIRECTIONS = ("ago", "from now", "hence", "later", "earlier")
# "less than two years ago", "under three weeks ago": a closed stretch back to the reference
# day, told of something just inside it - the count less one step of the next smaller unit.
UPPER_BOUNDS = ("less than", "under")
DECADE = 10  # a unit of this many years or more ("decade", "century") is too coarse a bound
JUST_SHORT = {"years": "months", "months": "weeks", "weeks": "days", "days": "days"}
# "more than two years ago", "over 80 years ago": at least the count back from the speaker's now,
# a point just past it - the count itself places it (a length only when counted from an event:
# "more than 11 weeks after the vote"). Not in decades or centuries: "over a decade ago" leaves
# the far side open by years, as "over ten years" would not.
LOWER_BOUNDS = ("more than", "over")


def resolve_delay(
    m: Mention, t: Tables, ref: date | None, direction: str | None, anchor
) -> Resolved | None:
    """'arrives on November 11, three days later than planned': the words measure a delay, the
    day they stand for is the one the sentence names."""
    base, base_how = anchor if anchor else (None, None)
    if base is None:
        return None
    return day(base, f"the delayed day itself: {base_how}", True)


def resolve_offset(
    m: Mention, t: Tables, ref: date | None, direction: str | None, anchor
) -> Resolved | None:
    """'two weeks ago' (from the speaker's now), 'a day later' / 'two weeks before' (from an event)."""
    n = t.number(m.get("num"))
    if n is None:
        return None
    kw, per = t.unit(m.get("unit"))
    amount = n * per
    word = m.get("dir").lower()
    from_now = word in ("ago", "from now", "hence")
    under = from_now and _norm_words(m.get("bound")) in UPPER_BOUNDS
    past_it = from_now and _norm_words(m.get("bound")) in LOWER_BOUNDS and per < DECADE
    if m.get("bound") and not (under or past_it) and not (m.get("near") and from_now):
        return None  # "more than 11 weeks after the vote": a length, not a day
    if kw in CLOCK_UNITS:  # "just over 24 hours ago", "an hour later": whole days, the day
        if word not in CLOCK_DIRECTIONS:  # it falls on; "hours after the vote": no day here
            return None
        kw, amount = "days", amount // CLOCK_UNITS[kw]
    sign = 1 if word in ("later", "after", "on", "from now", "hence") else -1
    if word in ("ago", "from now", "hence"):
        base, base_how = ref, f"publication ({fmt(ref)})" if ref else None
    else:
        base, base_how = anchor if anchor else (None, None)
    if base is None:
        return None
    if m.get("weekday"):  # "a week ago Sunday": the weekday gone, the weeks before it
        base = weekday_occurrence(base, t.weekday(m.get("weekday")), "before")
        d = base + relativedelta(weeks=sign * amount)
        return day(d, f"{m.text}: {amount} week(s) before the last {m.get('weekday')}", True)
    d = base + relativedelta(**{kw: sign * amount})
    coarse = ""
    if m.get("num2"):  # "two years and one day after": the coarser count too, the finer decides
        kw2, per2 = t.unit(m.get("unit2"))
        amount2 = (t.number(m.get("num2")) or 0) * per2
        d += relativedelta(**{kw2: sign * amount2})
        coarse = f"{amount2} {kw2} and "
    if under:  # "less than two years ago": just short of the count, one smaller step nearer
        d -= relativedelta(**{JUST_SHORT[kw]: sign})
    unit_words = (
        "just under " if under else ""
    ) + f"{coarse}{amount} {kw if amount != 1 else kw.rstrip('s')}"
    side = "after" if sign > 0 else "before"
    if base is ref and _norm_words(m.get("num")) in t.vague_numbers:
        # "several years ago": no count, so TimeML's PAST_REF (FUTURE_REF "a few weeks from
        # now"); the working size still places it, roughly, on the timeline
        how = f"some {kw} {side} {base_how}, roughly {unit_words} (no exact count)"
        return Resolved("FUTURE_REF" if sign > 0 else "PAST_REF", d, d, "approx", how, True)
    if kw == "days":
        return day(d, f"{unit_words} {side} {base_how}", True)
    if kw == "years" and amount >= 1:
        return Resolved(
            f"{d.year:04d}",
            d,
            d,
            "approx",
            f"about {unit_words} {side} {base_how} ({OFFSET_TOLERANCE[kw]})",
            True,
        )
    return Resolved(
        d.isoformat(),
        d,
        d,
        "approx",
        f"about {unit_words} {side} {base_how} ({OFFSET_TOLERANCE[kw]})",
        True,
    )


def _norm_words(words: str | None) -> str:
    return " ".join((words or "").lower().split())


def resolve_anaphoric(
    m: Mention, t: Tables, ref: date | None, direction: str | None, anchor
) -> Resolved | None:
    """'the next day', 'that day', 'the following week': hang on the event told just before."""
    base, base_how = anchor if anchor else (None, None)
    if base is None:
        return None
    if m.get("dayrel"):
        shift = -1 if m.get("dayrel").lower().endswith("before") else 1
        d = base + relativedelta(days=shift)
        return day(d, f"{m.text.lower()} {base_how}", True)
    mod = " ".join(m.get("mod").lower().split())
    steps = {
        "the next": 1,
        "the following": 1,
        "the previous": -1,
        "the preceding": -1,
        "the prior": -1,
    }
    step = -1 if m.get("post") else steps.get(mod, 0)  # "the year previous"
    mod = "the previous" if m.get("post") else mod
    if m.get("weekday"):  # "the previous Friday": that weekday before the event told before
        wd = t.weekday(m.get("weekday"))
        d = weekday_occurrence(base, wd, "before" if step < 0 else "after")
        return day(d, f"{mod} {calendar.day_name[wd]}, {_side(step)} {base_how}", True)
    unit = (m.get("unit") or m.get("unit2") or "").lower()
    unit = "day" if unit == "session" else unit  # "a third straight session": a trading day
    how = (
        f"{mod} {unit} after {base_how}"
        if step > 0
        else (f"{mod} {unit} before {base_how}" if step < 0 else f"the day of {base_how}")
    )
    if unit in ("day", "morning", "afternoon", "evening", "night"):
        return day(base + relativedelta(days=step), how, True)
    if unit == "week":
        return week(base + relativedelta(weeks=step), how, True)
    if unit == "month":
        d = base + relativedelta(months=step)
        return month(d.year, d.month, how, True)
    return year(base.year + step, how, True)


def _side(step: int) -> str:
    return "after" if step > 0 else "before"
