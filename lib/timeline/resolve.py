"""Calendar arithmetic: one scanned expression + a reference day -> a dated range.

Pure functions, no parsing context: the caller (lib.timeline.tagger) decides the reference day (the
publication date, or a speaker's "now" inside a quote), the direction the clause points to
(`back` for past tense, `forward` for future or modal, None when unknown) and, for "a day later"
or "two weeks before", the day of the event the expression hangs on. All arithmetic is
dateutil's relativedelta, never hand-rolled.

Approximate results ("two weeks before", "early August", seasons) carry precision `approx`:
for offsets, `date` is the point estimate and `date_end` equals it; the tolerance is stated in
`how` (OFFSET_TOLERANCE: ±3 days per week counted, ±1 week per month, ±3 months per year).
For parts of a month or year, `date`..`date_end` is the part (early August = 1-10 August).
Counting from another day ("two weeks ago", "a day later", "the next day") is in
lib/timeline/counted.py; periods (quarters, seasons, decades, durations) in lib/timeline/periods.py.
"""

from __future__ import annotations

import calendar
from dataclasses import replace
from datetime import date, timedelta

from dateutil.relativedelta import SA, relativedelta

from lib.timeline.counted import resolve_anaphoric, resolve_delay, resolve_offset
from lib.timeline.direction import NEAREST, RECENT_OR_AHEAD
from lib.timeline.patterns import Mention, Tables
from lib.timeline.periods import (
    clock_time,
    resolve_century,
    resolve_clock,
    resolve_decade,
    resolve_duration,
    resolve_fiscal,
    resolve_holiday,
    resolve_named_day,
    resolve_period_end,
    resolve_quarter,
    resolve_quarter_ended,
    resolve_season,
    resolve_set,
    resolve_vague,
    resolve_year,
)
from lib.timeline.values import (
    DAYPART_CODES,
    Resolved,
    _safe_date,
    _year_2digit,
    day,
    fmt,
    month,
    nearest_year,
    part_of,
    week,
    weekday_occurrence,
    year,
)

WEDNESDAY, SUNDAY = 2, 6
# Ordinals that count from a month's end ("the last weekend of October").
LAST_WORDS = ("last", "final")
# "next November" said this many months or fewer before this year's November is the one after.
NEXT_SKIPS_WITHIN = 2
# Days from a week's Monday to its middle (Thursday: Monday 3 days back, Sunday 3 ahead).
MID_WEEK = 3

# ---------------------------------------------------------------------------------------------
# Resolvers, one per pattern kind (periods and the other kinds: lib/timeline/periods.py).


def resolve_numeric(
    m: Mention, t: Tables, ref: date | None, direction: str | None, anchor
) -> Resolved | None:
    a, b = int(m.get("a")), int(m.get("b"))
    y = _year_2digit(m.get("year"), ref)
    if m.pattern == "iso":
        d = _safe_date(y, a, b)
        return day(d, "written as a full date", False) if d else None
    dmy, mdy = _safe_date(y, b, a), _safe_date(y, a, b)
    if dmy and mdy and dmy != mdy:
        if ref:  # both readings valid: the one nearer the reference day
            d = min((dmy, mdy), key=lambda x: abs((x - ref).days))
        else:
            d = mdy if m.get("sep") == "/" else dmy
        return day(d, "numeric date, day/month order chosen nearest the publication date", False)
    d = dmy or mdy
    return day(d, "written as a numeric date", False) if d else None


def resolve_date(
    m: Mention, t: Tables, ref: date | None, direction: str | None, anchor
) -> Resolved | None:
    mon = t.month(m.get("month"))
    dd = int(m.get("day")) if m.get("day") else None
    y = int(m.get("year")) if m.get("year") else None
    mod = (m.get("mod") or "").lower()
    relative = y is None
    if y is None and m.get("ymod") and ref is not None:
        y = ref.year + {"last": -1, "this": 0, "next": 1}[m.get("ymod").lower()]
    if y is None and mod:
        if ref is None:
            return None
        here = (ref.month, ref.day if dd else 0)  # "last Oct. 23": by the day when written
        if mod in ("last", "past", "previous"):
            y = ref.year if (mon, dd or 0) < here else ref.year - 1
        elif mod in ("next", "coming", "come"):
            y = ref.year if (mon, dd or 0) > here else ref.year + 1
            y += _next_means_the_one_after(mod, mon, dd, y, ref)
        else:
            y = ref.year
    if y is None and dd and m.get("weekday") and ref:
        wd = t.weekday(m.get("weekday"))
        fits = [
            yy
            for yy in (ref.year, ref.year - 1, ref.year + 1)
            if (x := _safe_date(yy, mon, dd)) and x.weekday() == wd
        ]
        y = fits[0] if fits else None
    if y is None:
        if ref is None:
            return None
        y = nearest_year(ref, mon, dd, direction)
        if y is None:
            return None
    if m.get("wk"):
        return _week_of_month(y, mon, m, t, relative)
    if dd:
        d = _safe_date(y, mon, dd)
        if d is None:
            return None
        how = (
            "written in full"
            if not relative
            else f"{fmt(d)}: year taken from the publication date ({ref.year})"
        )
        if m.get("listed_year"):  # "Feb. 11, 18 and 19, and March 22, 2016"
            how = f"the year written on the list of dates it is one of ({m.get('listed_year')})"
        return _through(day(d, how, relative), m)
    how = (
        "written in full"
        if not relative
        else f"the {mod + ' ' if mod else ''}{calendar.month_name[mon]} relative to publication ({ref.isoformat()})"
    )
    return part_of(month(y, mon, how, relative), t.part(m.get("part")), m.get("part") or "")


def _next_means_the_one_after(mod: str, mon: int, dd: int | None, y: int, ref: date) -> int:
    """1 when 'next November' is said in the weeks before this year's November (in October):
    US usage names the coming one 'this November' or 'next month', so 'next' skips it to the
    one a year later (a campaign's 'next November', said in 2019, is the 2020 election). Said
    earlier in the year, or of a month of the year ahead ('next March' said in December), it
    is the coming one; 'coming' and 'come' always are."""
    if mod != "next" or dd or y != ref.year:
        return 0
    return 1 if 0 < mon - ref.month <= NEXT_SKIPS_WITHIN else 0


def _through(res: Resolved, m: Mention) -> Resolved:
    """'November 3-5': the run of days from the first written to the last (value: the first)."""
    if res.date is None or not m.get("day2"):
        return res
    last = _safe_date(res.date.year, res.date.month, int(m.get("day2") or 0))
    if last is None or last <= res.date:
        return res
    return replace(res, date_end=last, how=f"{res.how}, through {fmt(last)}")


def _week_of_month(y: int, mon: int, m: Mention, t: Tables, relative: bool) -> Resolved:
    """'the first weekend of October', 'the last week of March': counted inside the month -
    the n-th Saturday (its weekend; 'last': the last Saturday), or the n-th week with most of
    its days in the month (TimeBank: the last week of March 2009 is W13, not the W14 that holds
    only 30 and 31 March)."""
    word, unit = m.get("ord").lower(), m.get("wk").lower()
    n = t.ordinals[word]
    last_day = date(y, mon, calendar.monthrange(y, mon)[1])
    how = f"the {word} {unit} of {calendar.month_name[mon]} {y}"
    if unit == "weekend":
        first_sat = date(y, mon, 1) + relativedelta(weekday=SA(+1))
        sat = last_day + relativedelta(weekday=SA(-1)) if word in LAST_WORDS else None
        sat = sat or first_sat + relativedelta(weeks=n - 1)
        return week(sat, how, relative, weekend=True)
    if word in LAST_WORDS:  # the month's last day, or a week before when few days are left
        d = last_day - timedelta(days=7 if last_day.weekday() < MID_WEEK else 0)
    else:
        first = date(y, mon, 1)
        d = first + timedelta(days=7 * (n - 1) + (7 if first.weekday() > MID_WEEK else 0))
    return week(d, how, relative)


def resolve_weekday(
    m: Mention, t: Tables, ref: date | None, direction: str | None, anchor
) -> Resolved | None:
    if ref is None:
        return None
    wd = t.weekday(m.get("weekday"))
    mod = (m.get("mod") or "").lower()
    if mod in ("last", "past"):
        mode, why = "before", "last"
    elif mod in ("next", "coming"):
        mode, why = "after", "next"
    elif direction == "forward":  # wire style names today's weekday too: on or after
        mode, why = "on_or_after", "coming (future tense)"
    elif direction == NEAREST:  # a plan told in the past: gone by or still ahead
        mode, why = "nearest", "nearest (a plan told in the past)"
    else:
        mode, why = "on_or_before", "on or before"
    d = weekday_occurrence(ref, wd, mode)
    name = calendar.day_name[wd]
    if mode == "on_or_before":
        how = (
            f"{name} on or before publication ({fmt(ref)})"
            if d == ref
            else f"{name} before publication ({fmt(ref)})"
        )
    else:
        how = f"{why} {name} relative to {fmt(ref)}"
    part = (m.get("daypart") or "").lower()
    if part in DAYPART_CODES:  # "Sunday night": that day with its part of day; typed DATE as
        return day(d, how, True, "T" + DAYPART_CODES[part])  # TimeBank/AQUAINT mostly do
    return day(d, how, True)


def resolve_deictic(
    m: Mention, t: Tables, ref: date | None, direction: str | None, anchor
) -> Resolved | None:
    if ref is None:
        return None
    word = " ".join(m.get("word").lower().split())
    shift = t.deictic[word]
    d = ref + relativedelta(days=shift)
    part = (m.get("daypart") or word.split()[-1]).lower()
    suffix = "T" + DAYPART_CODES[part] if part in DAYPART_CODES else ""  # "this morning": TMO
    return day(d, f"'{m.text}' relative to {fmt(ref)}", True, suffix)


def resolve_relative(
    m: Mention, t: Tables, ref: date | None, direction: str | None, anchor
) -> Resolved | None:
    if ref is None:
        return None
    mod = (m.get("mod") or "the").lower()
    unit = m.get("unit").lower()
    step = {
        "last": -1,
        "previous": -1,
        "past": -1,
        "this": 0,
        "current": 0,
        "next": 1,
        "coming": 1,
        "following": 1,
        "the": 0,
    }[mod]
    if mod in ("past", "last") and (unit == "decade" or (unit == "year" and _with_the(m))):
        return _period_gone(ref, unit)
    if mod == "past" and m.get("just") and unit == "week":
        return _week_just_gone(ref)
    if mod == "past" and unit not in ("weekend",):  # "the past month": P1M, "century": P100Y
        kw, per = t.unit(unit)
        code = "Y" if kw == "years" else kw[0].upper()
        return Resolved(f"P{per}{code}", None, None, "approx", "a duration", True, "DURATION")
    how = f"{mod} {unit} relative to {fmt(ref)}"
    if m.get("side"):
        return _side_of(m, t, ref, unit)
    if unit == "day":
        return part_of(day(ref, f"the day of publication ({fmt(ref)})", True), None, "")
    if unit in ("week", "fortnight"):
        whole = week(ref + relativedelta(weeks=step), how, True)
        if mod in ("this", "current") and unit == "week":
            return _this_week_point(whole, ref, direction)
        return _week_point(whole, step, ref)
    if unit == "weekend" and step == 0 and ref.weekday() < 5:  # "the weekend": the one the
        step = 1 if _weekend_ahead(mod, direction, ref) else -1  # tense points to
    if unit == "weekend":
        sat = (
            ref + relativedelta(weekday=SA(-1)) if step < 0 else ref + relativedelta(weekday=SA(+1))
        )
        if step > 0 and ref.weekday() >= 5:
            sat += timedelta(days=7)
        if step == 0:
            sat = ref - timedelta(days=ref.weekday() - 5)
        res = week(sat, how, True, weekend=True)
        if mod == "this":  # TimeML names "this weekend" by the reference day's week ("the
            # weekend" told on a Monday is the one just gone, named by its own week)
            iso_year, iso_week, _ = ref.isocalendar()
            res = replace(res, value=f"{iso_year:04d}-W{iso_week:02d}-WE")
        return res
    if unit in ("month", "year"):
        res = _part_of_period(m, t, ref, unit, step, how)
        if mod == "the" and direction == "back" and res.date is not None and res.date > ref:
            res = _part_of_period(m, t, ref, unit, -1, how + ", told as past")
        return res
    return None  # decades and centuries relative to now are too vague to date


def _part_of_period(m: Mention, t: Tables, ref: date, unit: str, step: int, how: str) -> Resolved:
    """'the end of the year', 'late last month': the part named of the month or year `step`
    away. 'By the end of the year, sales had doubled' told in spring is last year's end: a
    part still ahead of the reference day in a clause told as past is the period before's."""
    if unit == "month":
        d = ref + relativedelta(months=step)
        whole = month(d.year, d.month, how, True)
    else:
        whole = year(ref.year + step, how, True)
    return part_of(whole, t.part(m.get("part")), m.get("part") or "")


def _weekend_ahead(mod: str, direction: str | None, ref: date) -> bool:
    """'This weekend' told from Wednesday on is the one of the reference day's own week - the
    coming one, as its TimeML value (2019-W40-WE) says - even under a past verb ("invited her
    to sing at the opening this weekend"); the weekend just gone is "last weekend" by then.
    Early in the week, and for "the weekend", the tense decides: a future or a future seen
    from the past ("would be joining him this weekend") is the coming one."""
    if mod == "this" and ref.weekday() >= WEDNESDAY:
        return True
    return direction in ("forward", RECENT_OR_AHEAD)


def _week_point(res: Resolved, step: int, ref: date) -> Resolved:
    """'last week', 'next week': told of one event, the words place it about a week from the
    reference day, anywhere in that week - the point is the week's middle (its Thursday, never
    its Monday, three days from most of the week), the value stays the week (2017-W47).
    Told on a Sunday, "last week" recalls the days just gone (the week starts on Sunday in US
    usage): the point is the Wednesday before; TimeML's value stays the ISO week before, as the
    TimeBank annotators mostly wrote it."""
    if step == 0:
        return res
    mid = res.date + timedelta(days=MID_WEEK)
    if step < 0 and ref.weekday() == SUNDAY:
        mid = ref - timedelta(days=SUNDAY - MID_WEEK + 1)
    how = f"about the middle of the {res.how} ({fmt(res.date)} to {fmt(res.date_end)})"
    return replace(res, date=mid, date_end=mid, precision="approx", how=how)


def _this_week_point(res: Resolved, ref: date, direction: str | None) -> Resolved:
    """'this week': told in the past, one of the week's days up to the reference day; else any
    of the seven (a present tense reads as ahead as often as not: "said this week the team wants
    ..."). The point is the middle of the days the tense leaves (told on a Sunday, "met this
    week" is Thursday, never the Monday six days from the Sunday it may mean), within a few days
    of each; the value stays the week."""
    first, last = res.date, res.date_end
    if direction == "back":
        last = ref
    mid = first + timedelta(days=((last - first).days + 1) // 2)
    how = f"about the middle of {fmt(first)} to {fmt(last)} ({res.how})"
    return replace(res, date=mid, date_end=last, precision="approx", how=how)


def _week_just_gone(ref: date) -> Resolved:
    """'this past week': the seven days up to the reference day, not a calendar week (told on a
    Saturday it is the week ending that day, told on a Monday mostly the one before) - an event in
    it is placed at their middle, three days back; the value is the ISO week holding that day."""
    mid = ref - timedelta(days=MID_WEEK)
    how = f"about the middle of the seven days up to {fmt(ref)} ('this past week')"
    return replace(week(mid, how, True), date=mid, date_end=mid, precision="approx")


def _with_the(m: Mention) -> bool:
    """'the last year', 'the past year': with the article, the twelve months up to now ("In the
    last year alone, ICE arrested ..."); 'last year' alone is the calendar year before."""
    words = m.text.lower().split()
    mod = (m.get("mod") or "").lower()
    if m.get("part") or m.get("side"):  # "the end of last year": a part of the calendar year
        return False
    return mod == "past" or words[:2] == ["the", mod]


def _period_gone(ref: date, unit: str) -> Resolved:
    """'the past year', 'the last year', 'the last decade': TimeML values the calendar unit
    before the reference day's (1997, 198 told in 1998), while the words mean the stretch up to
    it. A year's stretch dates what it tells of at its middle, six months back (as 'last week'
    is the middle of that week; annotators date "in the last year alone" in the current year
    when told in November); a decade's is too long to place, and has no date."""
    value = f"{ref.year - 1:04d}" if unit == "year" else f"{ref.year // 10 - 1:03d}"
    if unit != "year":
        how = f"the {unit} before the one of {fmt(ref)} (no single date)"
        return Resolved(value, None, None, "approx", how, True)
    middle = ref - relativedelta(months=6)
    how = f"about the middle of the twelve months up to {fmt(ref)} ({fmt(middle)})"
    return Resolved(value, middle, middle, "approx", how, True)


def _side_of(m: Mention, t: Tables, ref: date, unit: str) -> Resolved | None:
    """'earlier this year' = 1 January to the reference day; 'later this month' = the day after
    it to the month's end. The value stays the whole unit (TimeML), the range is the part."""
    side = m.get("side").lower()
    if unit == "week":
        whole = week(ref, "", True)
    elif unit == "month":
        whole = month(ref.year, ref.month, "", True)
    else:
        whole = year(ref.year, "", True)
    lo, hi = (whole.date, ref) if side == "earlier" else (ref, whole.date_end)
    how = f"{side} this {unit}: {fmt(lo)} to {fmt(hi)}, relative to {fmt(ref)}"
    return Resolved(whole.value, lo, hi, "approx", how, True)


RESOLVERS = {
    "numeric": resolve_numeric,
    "date": resolve_date,
    "weekday": resolve_weekday,
    "deictic": resolve_deictic,
    "relative": resolve_relative,
    "offset": resolve_offset,
    "anaphoric": resolve_anaphoric,
    "quarter": resolve_quarter,
    "quarter_ended": resolve_quarter_ended,
    "season": resolve_season,
    "year": resolve_year,
    "decade": resolve_decade,
    "clock": resolve_clock,
    "holiday": resolve_holiday,
    "named_day": resolve_named_day,
    "duration": resolve_duration,
    "vague": resolve_vague,
    "delay": resolve_delay,
    "fiscal": resolve_fiscal,
    "century": resolve_century,
    "set": resolve_set,
    "period_end": resolve_period_end,
}

# Kinds that are dated from the reference day: without one they are listed as unresolved, with
# the TimeML value of what the words do say ("Tuesday" = XXXX-WXX-2, "March 3" = XXXX-03-03).
NEEDS_REFERENCE = (
    "date",
    "weekday",
    "deictic",
    "relative",
    "offset",
    "season",
    "quarter",
    "holiday",
    "clock",
)
UNRESOLVED_HOW = "relative to the publication date, which is unknown: give it to date this"


def unresolved(m: Mention, t: Tables) -> Resolved | None:
    """An expression that needs the reference day when there is none: its value with X for the
    unknown parts (never a guessed calendar date)."""
    if m.kind not in NEEDS_REFERENCE:
        return None
    value, precision = "XXXX-XX-XX", "day"
    try:
        if m.kind == "weekday":
            value = f"XXXX-WXX-{t.weekday(m.get('weekday')) + 1}"
        elif m.kind == "date" and m.get("month"):
            mon = t.month(m.get("month"))
            dd = m.get("day")
            value, precision = (
                (f"XXXX-{mon:02d}-{int(dd):02d}", "day") if dd else (f"XXXX-{mon:02d}", "month")
            )
        elif m.kind == "relative":
            unit = (m.get("unit") or "").lower()
            value, precision = {
                "week": ("XXXX-WXX", "week"),
                "weekend": ("XXXX-WXX-WE", "week"),
                "month": ("XXXX-XX", "month"),
                "year": ("XXXX", "year"),
            }.get(unit, (value, precision))
        elif m.kind == "season":
            value, precision = f"XXXX-{t.seasons[m.get('season').lower()][2]}", "approx"
        elif m.kind == "quarter" and m.get("ord"):
            value, precision = f"XXXX-Q{t.ordinals[m.get('ord').lower()]}", "month"
        elif m.kind == "clock":
            return Resolved(
                f"XXXX-XX-XXT{clock_time(m)}",
                None,
                None,
                "day",
                UNRESOLVED_HOW,
                True,
                "TIME",
            )
    except (KeyError, ValueError, TypeError):
        pass
    return Resolved(value, None, None, precision, UNRESOLVED_HOW, True)


ANCHORED_OFFSETS = ("later", "earlier", "before", "after", "previously", "on", "in advance of")


def resolve(
    m: Mention, t: Tables, ref: date | None, direction: str | None = None, anchor=None
) -> Resolved | None:
    """Resolve one mention; None when it cannot be dated honestly."""
    try:
        return RESOLVERS[m.kind](m, t, ref, direction, anchor)
    except (ValueError, KeyError, OverflowError, TypeError):
        return None
