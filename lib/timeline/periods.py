"""Resolvers for periods and the other kinds: quarters, seasons, years, decades, centuries, fiscal
years, holidays, clock times, durations and vague expressions ("recently", "now").

Same signature and contract as the day resolvers in lib/timeline/resolve.py (one scanned
expression + a reference day -> a `Resolved`, or None), which lists them all in `RESOLVERS`.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from dateutil.easter import easter
from dateutil.relativedelta import SA, relativedelta

from lib.timeline.patterns import Mention, Tables
from lib.timeline.values import (
    FORWARD_SLACK_DAYS,
    WEEKDAYS,
    Resolved,
    _year_2digit,
    day,
    fmt,
    nearest_year,
    part_of,
    week,
    year,
)

# TimeML duration letters by relativedelta keyword; hours and minutes take the time mark "T".
DURATION_CODES = {
    "days": "D",
    "weeks": "W",
    "months": "M",
    "years": "Y",
    "hours": "H",
    "minutes": "M",
}


def resolve_quarter(
    m: Mention, t: Tables, ref: date | None, direction: str | None, anchor
) -> Resolved | None:
    if m.get("rel"):
        return _relative_quarter(m, ref)
    q = int(m.get("q")) if m.get("q") else t.ordinals[m.get("ord").lower()]
    written = m.get("year") or m.get("pyear")
    y = int(written) if written else None
    relative = y is None
    if y is None:
        if ref is None:
            return None
        mod = (m.get("mod") or m.get("pmod") or "").lower()
        shift = {"last": -1, "next": 1}.get(mod, 0) - (1 if m.get("ago") else 0)
        y = ref.year + shift
        if not mod and not m.get("ago") and direction == "back" and (q - 1) * 3 + 1 > ref.month:
            y -= 1
    start = date(y, (q - 1) * 3 + 1, 1)
    end = start + relativedelta(months=3, days=-1)
    res = Resolved(f"{y:04d}-Q{q}", start, end, "month", f"quarter {q} of {y}", relative)
    return part_of(res, t.part(m.get("part")), m.get("part") or "")


def resolve_quarter_ended(
    m: Mention, t: Tables, ref: date | None, direction: str | None, anchor
) -> Resolved | None:
    """'The quarter ended Sept. 30': the calendar quarter holding most of the three months up to
    that month (ended July: May-July, the second). Without a year, 'ended' is the latest such
    month up to the reference day and 'ending' may be the coming one."""
    last = t.month(m.get("endmonth"))
    written = m.get("year")
    if written:
        y = int(written)
    elif ref is None:
        return None
    else:
        ahead = m.get("ended").lower() in ("ending", "ends", "closing")
        if ahead:
            y = ref.year if last >= ref.month else ref.year + 1
        else:
            y = ref.year if last <= ref.month else ref.year - 1
    middle = date(y, last, 1) - relativedelta(months=1)
    q = (middle.month - 1) // 3 + 1
    start = date(middle.year, (q - 1) * 3 + 1, 1)
    end = start + relativedelta(months=3, days=-1)
    how = f"the quarter closing in {m.get('endmonth')} {y}: quarter {q} of {middle.year}"
    return Resolved(f"{middle.year:04d}-Q{q}", start, end, "month", how, not written)


QUARTER_STEPS = {"next": 1, "coming": 1, "this": 0, "current": 0}  # the rest: the one before


def _relative_quarter(m: Mention, ref: date | None) -> Resolved | None:
    """'last quarter' in May is the first quarter: counted from the reference day's quarter."""
    if ref is None:
        return None
    word = " ".join(m.get("rel").lower().split())
    step = QUARTER_STEPS.get(word, -1)
    start = date(ref.year, (ref.month - 1) // 3 * 3 + 1, 1) + relativedelta(months=3 * step)
    q = (start.month - 1) // 3 + 1
    end = start + relativedelta(months=3, days=-1)
    how = f"{word} quarter relative to {fmt(ref)}: quarter {q} of {start.year}"
    return Resolved(f"{start.year:04d}-Q{q}", start, end, "month", how, True)


def resolve_season(
    m: Mention, t: Tables, ref: date | None, direction: str | None, anchor
) -> Resolved | None:
    first, length, code = t.seasons[m.get("season").lower()]
    mod = (m.get("mod") or "").lower()
    if m.get("year"):
        y, relative = int(m.get("year")), False
    else:
        if ref is None:
            return None
        relative = True
        this = date(ref.year, first, 1)
        if first == 12 and ref.month <= 2:
            this = date(ref.year - 1, 12, 1)
        ends = this + relativedelta(months=length, days=-1)
        if mod in ("last", "past"):
            this = this if ends < ref else this + relativedelta(years=-1)
        elif not mod and direction == "back":  # "weakened in the autumn": this one if begun
            this = this if this <= ref else this + relativedelta(years=-1)
        elif mod in ("next", "coming") or (not mod and direction == "forward"):
            this = this if this > ref else this + relativedelta(years=1)
        y = this.year
    start = date(y, first, 1)
    end = start + relativedelta(months=length, days=-1)
    how = f"{mod + ' ' if mod else ''}{m.get('season').lower()} {y}" + (
        f" relative to {fmt(ref)}" if relative else ""
    )
    res = Resolved(f"{y:04d}-{code}", start, end, "approx", how, relative)
    return part_of(res, t.part(m.get("part")), m.get("part") or "")


def resolve_year(
    m: Mention, t: Tables, ref: date | None, direction: str | None, anchor
) -> Resolved | None:
    if m.get("hi") or m.get("thousand"):
        return year(_spoken_year(m, t), "said as a year", False)
    y = int(m.get("year")) if m.get("year") else _year_2digit(m.get("yy"), ref)
    if m.get("year2"):
        return _years_through(y, m.get("year2"))
    return part_of(year(y, "written as a year", False), t.part(m.get("part")), m.get("part") or "")


def _years_through(first: int, last_written: str) -> Resolved | None:
    """'2015-6', '2015-16', '2007-2009': the run of years from the first written through the
    last, whose leading digits are the first's when left out (value: the first year, as the
    run begins then). A last year not after the first is no run ('2019-10' is a month): None."""
    last = int(last_written)
    if len(last_written) < 4:
        scale = 10 ** len(last_written)
        last += first - first % scale
    if last <= first:
        return None
    res = year(first, f"a run of years, {first} through {last}", False)
    return replace(res, date_end=date(last, 12, 31))


def _spoken_year(m: Mention, t: Tables) -> int:
    """'nineteen ninety-six' -> 1996, 'the year two thousand (and one)' -> 2000 (2001)."""
    if m.get("thousand"):
        return 2000 + (t.number(m.get("after")) if m.get("after") else 0)
    ones = t.number(m.get("ones")) if m.get("ones") else 0
    return t.number(m.get("hi")) * 100 + t.number(m.get("tens")) + ones


# "the twenties" .. "the nineties": the decade's digit is the word's place here plus two.
DECADE_WORDS = (
    "twenties",
    "thirties",
    "forties",
    "fifties",
    "sixties",
    "seventies",
    "eighties",
    "nineties",
)


# "the 1800s" is a century; from 2000 on, "the 2000s" is told of the decade 2000-2009.
CENTURY_NOT_DECADE_BEFORE = 20


def resolve_decade(
    m: Mention, t: Tables, ref: date | None, direction: str | None, anchor
) -> Resolved | None:
    decade = (
        DECADE_WORDS.index(m.get("tens").lower()) + 2 if m.get("tens") else int(m.get("decade"))
    )
    if m.get("century"):
        century = int(m.get("century"))
    else:
        if ref is None:
            return None
        century = ref.year // 100
        if century * 100 + decade * 10 > ref.year:
            century -= 1
    start_year = century * 100 + decade * 10
    if m.get("century") and decade == 0 and century < CENTURY_NOT_DECADE_BEFORE:
        # "the late 1800s", "the 1900s": the century (TimeML 18, 19); "the 2000s" stays the
        # decade it is mostly used for
        return _century(start_year, f"the {start_year}s: the century", m, t)
    res = Resolved(
        str(start_year // 10),
        date(start_year, 1, 1),
        date(start_year + 9, 12, 31),
        "year",
        f"the {start_year}s",
        not m.get("century"),
    )
    return part_of(res, t.part(m.get("part")), m.get("part") or "")


def resolve_clock(
    m: Mention, t: Tables, ref: date | None, direction: str | None, anchor
) -> Resolved | None:
    if ref is None:
        return None
    value = f"{ref.isoformat()}T{clock_time(m)}"
    return Resolved(value, ref, ref, "day", f"a time on {fmt(ref)}", True, "TIME")


CLOCK_WORDS = {"noon": "12:00", "midnight": "24:00"}


def clock_time(m: Mention) -> str:
    """HH:MM of a clock mention on the 24-hour clock: "10 p.m." is 22:00, "12 a.m." 00:00,
    "noon" 12:00 and "midnight" 24:00 (TimeML: the end of the day it closes)."""
    word = (m.get("clockword") or "").lower()
    if word:
        return CLOCK_WORDS[word]
    hour = int(m.get("hour"))
    ampm = (m.get("ampm") or "").lower()
    if ampm.startswith("p") and hour < 12:
        hour += 12
    elif ampm.startswith("a") and hour == 12:
        hour = 0
    return f"{hour:02d}:{m.get('minute') or '00'}"


def resolve_duration(
    m: Mention, t: Tables, ref: date | None, direction: str | None, anchor
) -> Resolved | None:
    n = t.number(m.get("num"))
    kw, per = t.unit(m.get("unit"))
    code = DURATION_CODES[kw]
    vague = " ".join((m.get("num") or "").lower().split()) in t.vague_numbers
    amount = f"{n * per}" if n is not None and not vague else "X"  # "several years": PXY
    clock = "T" if kw in ("hours", "minutes") else ""  # TimeML PT3H, PT30M
    return Resolved(
        f"P{clock}{amount}{code}",
        None,
        None,
        "approx",
        "a duration, not a point in time",
        False,
        "DURATION",
    )


def resolve_vague(
    m: Mention, t: Tables, ref: date | None, direction: str | None, anchor
) -> Resolved | None:
    phrase = " ".join((m.get("word") or m.text).lower().split())  # the whole phrase ("for
    value = t.vague[phrase]  # now"), past its extent ("now")
    shift = t.vague_days.get(phrase)
    if shift is not None and ref is not None:  # "in the coming days": FUTURE_REF, yet a
        d = ref + timedelta(days=shift)  # few days from the reference day on the timeline
        days = f"{abs(shift)} day{'s' if abs(shift) != 1 else ''}"
        how = f"'{phrase}': no exact day, about {days} from {fmt(ref)} ([vague_days])"
        return Resolved(value, d, d, "approx", how, True)
    return Resolved(value, None, None, "approx", "no concrete date", False)


# "tweeted a statement on 9/11" in a story told within this many days of the day: the
# anniversary of this year, not the event the day is named for.
ANNIVERSARY_DAYS = 7
PRESIDENTIAL_CYCLE = 4  # US presidential elections fall in years divisible by four


def resolve_named_day(
    m: Mention, t: Tables, ref: date | None, direction: str | None, anchor
) -> Resolved | None:
    """'since 9/11', 'the 9/11 attacks': the day of the one event the words name (a known year,
    [events.named_days]), whatever the publication date; the pattern reads it only where it is
    that event. Only 'on 9/11' told in the days around the anniversary is this year's day."""
    named = date.fromisoformat(t.events["named_days"][m.get("named")])
    if ref is not None and (m.get("cue") or "").lower() == "on":
        this_year = named.replace(year=ref.year)
        if abs((this_year - ref).days) <= ANNIVERSARY_DAYS:
            return day(this_year, f"'{m.text}' told around its anniversary: this year's", True)
    return day(named, f"the day of a named event ({m.get('named')} = {named.year})", False)


def resolve_holiday(
    m: Mention, t: Tables, ref: date | None, direction: str | None, anchor
) -> Resolved | None:
    """Christmas, New Year's Eve, Easter (dateutil.easter) ...: the occurrence the tense means."""
    name = " ".join(m.get("holiday").split())

    def on(y: int) -> date:
        return holiday_on(name, y, t)

    if m.get("year"):
        return _holiday_week(day(on(int(m.get("year"))), f"{name} {m.get('year')}", False), m)
    if ref is None:
        return None
    options = [on(y) for y in _years_held(name, ref.year, t)]
    # "Easter week" told in the days before Easter: its week has begun (a week's 6 other days)
    begun = timedelta(days=6 if (m.get("wk") or "").lower() == "week" else 0)
    if direction == "back" and len(options) > 1:
        options = [d for d in options if d - begun <= ref]
    elif direction == "forward" and len(options) > 1:
        options = [d for d in options if d >= ref - timedelta(days=FORWARD_SLACK_DAYS)]
    d = min(options, key=lambda d: abs((d - ref).days))
    how = f"{name} nearest publication ({fmt(ref)}) in the direction of the tense"
    return _holiday_week(day(d, how, True), m)


def holiday_on(name: str, year: int, t: Tables) -> date:
    """The day holiday `name` (data/temporal.toml [holidays], [counted_holidays]) falls on in
    `year`: a fixed day, Easter's offset, the nth weekday of a month, or a day counted from one."""
    rule = t.holidays[name]
    if rule[0] == "easter":
        return easter(year) + timedelta(days=rule[1])
    if rule[0] == "weekday":  # "the fourth Thursday of November"
        _, month, wd, nth = rule
        return date(year, month, 1) + relativedelta(
            day=1 if nth > 0 else 31, weekday=WEEKDAYS[wd](nth)
        )
    if rule[0] == "counted":  # "the Tuesday after the first Monday of November"
        _, month, first, wd, shift = rule
        counted = date(year, month, first) + relativedelta(weekday=WEEKDAYS[wd](1))
        return counted + timedelta(days=shift)
    return date(year, rule[0], rule[1])


def _years_held(name: str, year: int, t: Tables) -> list[int]:
    """The years around `year` whose occurrence of the holiday may be meant: the year before, the
    year and the year after. A primary day ([primary_days]) is held in presidential years only:
    told in one, it is that year's (a campaign story's "Super Tuesday states", "known as Super
    Tuesday", whatever the tense around the name); told in another, the one before or after."""
    if name not in t.every_four_years:
        return [year - 1, year, year + 1]
    if year % PRESIDENTIAL_CYCLE == 0:
        return [year]
    return [y for y in range(year - 4, year + 5) if y % PRESIDENTIAL_CYCLE == 0]


def _holiday_week(res: Resolved, m: Mention) -> Resolved:
    """'Easter week', 'Thanksgiving weekend', 'Memorial Day weekend': the week holding the
    holiday, or the weekend nearest it (the Saturday after a Thursday, before a Monday)."""
    unit = (m.get("wk") or "").lower()
    if not unit or res.date is None:
        return res
    if unit == "week":
        return week(res.date, f"the week of {res.how}", res.relative)
    back, ahead = res.date + relativedelta(weekday=SA(-1)), res.date + relativedelta(weekday=SA(+1))
    sat = back if (res.date - back) < (ahead - res.date) else ahead
    return week(sat, f"the weekend nearest {res.how}", res.relative, weekend=True)


def resolve_fiscal(
    m: Mention, t: Tables, ref: date | None, direction: str | None, anchor
) -> Resolved | None:
    """'fiscal 2009', 'the current financial year': TimeML FY values. A fiscal year's months
    depend on the company, so the range shown is the calendar year, approximate."""
    written = m.get("year") or m.get("year2") or m.get("year3")
    if m.get("yy"):
        written = str(_year_2digit(m.get("yy"), ref))
    if written:
        y, relative = int(written), False
    elif ref is not None and (m.get("mod") or m.text.lower().startswith("the")):
        step = {"last": -1, "previous": -1, "past": -1, "next": 1, "coming": 1}
        y, relative = ref.year + step.get((m.get("mod") or "").lower(), 0), True
    else:
        return None
    how = f"fiscal year {y}, shown as the calendar year (fiscal calendars differ)"
    return Resolved(f"FY{y:04d}", date(y, 1, 1), date(y, 12, 31), "approx", how, relative)


def resolve_century(
    m: Mention, t: Tables, ref: date | None, direction: str | None, anchor
) -> Resolved | None:
    first = (int(m.get("ord")) - 1) * 100
    return _century(first, f"the {first}s (century {m.get('ord')})", m, t)


def _century(first: int, why: str, m: Mention, t: Tables) -> Resolved:
    """The hundred years from `first` (TimeML's two-digit century value), or the part of it the
    mention names ("the late 1800s", "the early 20th century")."""
    res = Resolved(
        f"{first // 100:02d}", date(first, 1, 1), date(first + 99, 12, 31), "year", why, False
    )
    return part_of(res, t.part(m.get("part")), m.get("part") or "")


def resolve_set(
    m: Mention, t: Tables, ref: date | None, direction: str | None, anchor
) -> Resolved | None:
    """A regular repetition (TimeML SET): 'every week' P1W, 'every two months' P2M, 'every
    Monday' XXXX-WXX-1, 'each July' XXXX-07, 'twice a year' P1Y, 'daily' P1D. No calendar date."""
    how = "a repetition, not a point in time"
    if m.get("adverb"):
        return Resolved(t.sets[m.get("adverb").lower()], None, None, "approx", how, False, "SET")
    if m.get("every"):  # "6:30 a.m. weekdays": the time of day, every (week)day
        return Resolved(f"XXXX-XX-XXT{clock_time(m)}", None, None, "approx", how, False, "SET")
    if m.get("weekday"):
        value = f"XXXX-WXX-{t.weekday(m.get('weekday')) + 1}"
    elif m.get("month"):
        value = f"XXXX-{t.month(m.get('month')):02d}"
    else:
        word = (m.get("num") or "").lower()
        n = 2 if word == "other" else (t.number(word) if word else 1)
        unit = m.get("unit").lower().rstrip("s")
        if unit == "quarter":
            value = f"P{n}Q"
        else:
            kw, per = t.unit(unit)
            clock = "T" if kw in ("hours", "minutes") else ""
            value = f"P{clock}{(n or 1) * per}{DURATION_CODES[kw]}"
    return Resolved(value, None, None, "approx", how, False, "SET")


def resolve_period_end(
    m: Mention, t: Tables, ref: date | None, direction: str | None, anchor
) -> Resolved | None:
    """'the year ended Sept. 30, 1989': the (fiscal) year named by the year it closes in, the
    twelve months up to that day ("ended" is gone by; "ending" the nearest such day)."""
    month, dd = t.month(m.get("month")), int(m.get("day"))
    if m.get("year"):
        y = int(m.get("year"))
    elif ref is not None:
        y = nearest_year(ref, month, dd, "back" if "ended" in m.get("verb").lower() else None)
    else:
        return None
    end = date(y, month, dd)
    start = end - relativedelta(years=1) + relativedelta(days=1)
    return Resolved(f"{y:04d}", start, end, "year", f"the year ended {fmt(end)}", True)
