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
"""

from __future__ import annotations

import calendar
import datetime
from dataclasses import dataclass, replace
from datetime import date, timedelta

from dateutil.easter import easter
from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta

from lib.timeline.patterns import Mention, Tables

WEEKDAYS = (MO, TU, WE, TH, FR, SA, SU)
DAYPART_CODES = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
OFFSET_TOLERANCE = {
    "days": "±0 days",
    "weeks": "±3 days",
    "months": "±1 week",
    "years": "±3 months",
}
FMT_DAY = "%a %d %b %Y"
FORWARD_SLACK_DAYS = 7
# A day a few days after the reference day is meant even in a past-tense clause ("the stop was
# cancelled in favour of a visit on November 11", told on 5 November): a year-old day would
# carry its year.
BACK_SLACK_DAYS = 7


@dataclass(frozen=True)
class Resolved:
    value: str  # TimeML value: 2024-03-22, 2024-03, 2024, 2024-W12, 2024-Q1, 199, P2Y, PRESENT_REF
    date: datetime.date | None
    date_end: datetime.date | None
    precision: str  # day | week | month | year | approx
    how: str  # the reasoning, in words
    relative: bool  # True when the reference day (or an event) was needed
    type: str = "DATE"


def fmt(d: date) -> str:
    return d.strftime(FMT_DAY).replace(" 0", " ")


def day(d: date, how: str, relative: bool, suffix: str = "") -> Resolved:
    return Resolved(d.isoformat() + suffix, d, d, "day", how, relative)


def month(y: int, m: int, how: str, relative: bool) -> Resolved:
    start = date(y, m, 1)
    return Resolved(
        f"{y:04d}-{m:02d}", start, start + relativedelta(months=1, days=-1), "month", how, relative
    )


def year(y: int, how: str, relative: bool) -> Resolved:
    return Resolved(f"{y:04d}", date(y, 1, 1), date(y, 12, 31), "year", how, relative)


def week(d: date, how: str, relative: bool, weekend: bool = False) -> Resolved:
    monday = d - timedelta(days=d.weekday())
    iso_year, iso_week, _ = monday.isocalendar()
    value = f"{iso_year:04d}-W{iso_week:02d}"
    if weekend:
        sat = monday + timedelta(days=5)
        return Resolved(value + "-WE", sat, sat + timedelta(days=1), "week", how, relative)
    return Resolved(value, monday, monday + timedelta(days=6), "week", how, relative)


MIDDLE_SHARE = (0.33, 0.67)  # [parts] mid: "mid-2011" is about June 2011


def part_of(res: Resolved, share: tuple[float, float] | None, word: str) -> Resolved:
    """'early August' = the first third of August: approximate, value kept at the whole unit."""
    if not share or res.date is None:
        return res
    length = (res.date_end - res.date).days + 1
    lo = res.date + timedelta(days=int(share[0] * length))
    hi = res.date + timedelta(days=max(int(share[1] * length) - 1, int(share[0] * length)))
    value = res.value
    if len(value) == 4 and value.isdigit() and share == MIDDLE_SHARE:
        value += "-06"  # "mid-2011": TimeML (MEANTIME) writes the year's middle month
    return Resolved(value, lo, hi, "approx", f"{word.strip(' -').lower()} {res.how}", res.relative)


# ---------------------------------------------------------------------------------------------
# Helpers choosing a year or an occurrence relative to the reference day.


def nearest_year(ref: date, m: int, d: int | None, direction: str | None) -> int | None:
    """Year for a month (and day) written without one: the occurrence the tense points to."""
    options = []
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            options.append((date(y, m, d or 1), y))
        except ValueError:
            continue
    if not options:
        return None
    anchor = ref if d else ref.replace(day=1)
    if direction == "back":
        slack = timedelta(days=BACK_SLACK_DAYS if d else 0)
        past = [o for o in options if o[0] <= anchor + slack]
        return max(past)[1] if past else None
    if direction == "forward":  # a deadline a few days gone is still the one meant
        future = [o for o in options if o[0] >= anchor - timedelta(days=FORWARD_SLACK_DAYS)]
        return min(future)[1] if future else None
    return min(options, key=lambda o: abs((o[0] - anchor).days))[1]


def weekday_occurrence(ref: date, wd: int, mode: str) -> date:
    """mode: 'on_or_before', 'before', 'on_or_after', 'after' (strictly), relative to ref."""
    if mode == "on_or_before":
        return ref + relativedelta(weekday=WEEKDAYS[wd](-1))
    if mode == "before":
        return ref + relativedelta(days=-1, weekday=WEEKDAYS[wd](-1))
    if mode == "on_or_after":
        return ref + relativedelta(weekday=WEEKDAYS[wd](+1))
    return ref + relativedelta(days=+1, weekday=WEEKDAYS[wd](+1))


def _year_2digit(yy: str, ref: date | None) -> int:
    if len(yy) == 4:
        return int(yy)
    base = (ref.year // 100 * 100) if ref else 2000
    y = base + int(yy)
    if ref and y > ref.year + 20:
        y -= 100
    return y


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


# ---------------------------------------------------------------------------------------------
# Resolvers, one per pattern kind.


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
        if mod in ("last", "past", "previous"):
            y = ref.year if mon < ref.month else ref.year - 1
        elif mod in ("next", "coming"):
            y = ref.year if mon > ref.month else ref.year + 1
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
    if dd:
        d = _safe_date(y, mon, dd)
        if d is None:
            return None
        how = (
            "written in full"
            if not relative
            else f"{fmt(d)}: year taken from the publication date ({ref.year})"
        )
        return day(d, how, relative)
    how = (
        "written in full"
        if not relative
        else f"the {mod + ' ' if mod else ''}{calendar.month_name[mon]} relative to publication ({ref.isoformat()})"
    )
    return part_of(month(y, mon, how, relative), t.part(m.get("part")), m.get("part") or "")


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
    return day(d, f"'{word}' relative to {fmt(ref)}", True)


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
    if mod == "past" and unit not in ("weekend",):
        return Resolved(
            f"P1{unit[0].upper()}", None, None, "approx", "a duration", True, "DURATION"
        )
    how = f"{mod} {unit} relative to {fmt(ref)}"
    if m.get("side"):
        return _side_of(m, t, ref, unit)
    if unit == "day":
        return part_of(day(ref, f"the day of publication ({fmt(ref)})", True), None, "")
    if unit in ("week", "fortnight"):
        return week(ref + relativedelta(weeks=step), how, True)
    if unit == "weekend" and step == 0 and ref.weekday() < 5:
        step = 1 if direction == "forward" else -1  # "the weekend": the one the tense points to
    if unit == "weekend":
        sat = (
            ref + relativedelta(weekday=SA(-1)) if step < 0 else ref + relativedelta(weekday=SA(+1))
        )
        if step > 0 and ref.weekday() >= 5:
            sat += timedelta(days=7)
        if step == 0:
            sat = ref - timedelta(days=ref.weekday() - 5)
        res = week(sat, how, True, weekend=True)
        if mod in ("this", "the"):  # TimeML names "this weekend" by the reference day's week
            iso_year, iso_week, _ = ref.isocalendar()
            res = replace(res, value=f"{iso_year:04d}-W{iso_week:02d}-WE")
        return res
    if unit == "month":
        d = ref + relativedelta(months=step)
        return part_of(
            month(d.year, d.month, how, True), t.part(m.get("part")), m.get("part") or ""
        )
    if unit == "year":
        return part_of(year(ref.year + step, how, True), t.part(m.get("part")), m.get("part") or "")
    return None  # decades and centuries relative to now are too vague to date


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
    sign = 1 if word in ("later", "after", "on", "from now", "hence") else -1
    if word in ("ago", "from now", "hence"):
        base, base_how = ref, f"publication ({fmt(ref)})" if ref else None
    else:
        base, base_how = anchor if anchor else (None, None)
    if base is None:
        return None
    d = base + relativedelta(**{kw: sign * amount})
    unit_words = f"{amount} {kw if amount != 1 else kw.rstrip('s')}"
    side = "after" if sign > 0 else "before"
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
    step = steps.get(mod, 0)
    if m.get("weekday"):  # "the previous Friday": that weekday before the event told before
        wd = t.weekday(m.get("weekday"))
        d = weekday_occurrence(base, wd, "before" if step < 0 else "after")
        return day(d, f"{mod} {calendar.day_name[wd]}, {_side(step)} {base_how}", True)
    unit = m.get("unit").lower()
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


def resolve_quarter(
    m: Mention, t: Tables, ref: date | None, direction: str | None, anchor
) -> Resolved | None:
    if m.get("rel"):
        return _relative_quarter(m, ref)
    q = int(m.get("q")) if m.get("q") else t.ordinals[m.get("ord").lower()]
    y = int(m.get("year")) if m.get("year") else None
    relative = y is None
    if y is None:
        if ref is None:
            return None
        shift = {"last": -1, "next": 1}.get((m.get("mod") or "").lower(), 0)
        y = ref.year + shift
        if not m.get("mod") and direction == "back" and (q - 1) * 3 + 1 > ref.month:
            y -= 1
    start = date(y, (q - 1) * 3 + 1, 1)
    end = start + relativedelta(months=3, days=-1)
    return Resolved(f"{y:04d}-Q{q}", start, end, "month", f"quarter {q} of {y}", relative)


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
        if mod in ("last", "past") or (not mod and direction == "back"):
            this = this if ends < ref else this + relativedelta(years=-1)
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
    y = int(m.get("year")) if m.get("year") else _year_2digit(m.get("yy"), ref)
    return part_of(year(y, "written as a year", False), t.part(m.get("part")), m.get("part") or "")


def resolve_decade(
    m: Mention, t: Tables, ref: date | None, direction: str | None, anchor
) -> Resolved | None:
    if m.get("century"):
        century = int(m.get("century"))
    else:
        if ref is None:
            return None
        century = ref.year // 100
        if century * 100 + int(m.get("decade")) * 10 > ref.year:
            century -= 1
    start_year = century * 100 + int(m.get("decade")) * 10
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
    hour = int(m.get("hour"))
    ampm = (m.get("ampm") or "").lower()
    if ampm.startswith("p") and hour < 12:
        hour += 12
    value = f"{ref.isoformat()}T{hour:02d}:{m.get('minute')}"
    return Resolved(value, ref, ref, "day", f"a time on {fmt(ref)}", True, "TIME")


def resolve_duration(
    m: Mention, t: Tables, ref: date | None, direction: str | None, anchor
) -> Resolved | None:
    n = t.number(m.get("num"))
    kw, per = t.unit(m.get("unit"))
    code = {"days": "D", "weeks": "W", "months": "M", "years": "Y"}[kw]
    amount = f"{n * per}" if n is not None else "X"
    return Resolved(
        f"P{amount}{code}",
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
    value = t.vague[" ".join(m.text.lower().split())]
    return Resolved(value, None, None, "approx", "no concrete date", False)


def resolve_holiday(
    m: Mention, t: Tables, ref: date | None, direction: str | None, anchor
) -> Resolved | None:
    """Christmas, New Year's Eve, Easter (dateutil.easter) ...: the occurrence the tense means."""
    name = " ".join(m.get("holiday").split())
    rule = t.holidays[name]

    def on(y: int) -> date:
        if rule[0] == "easter":
            return easter(y) + timedelta(days=rule[1])
        return date(y, rule[0], rule[1])

    if m.get("year"):
        return day(on(int(m.get("year"))), f"{name} {m.get('year')}", False)
    if ref is None:
        return None
    options = [on(y) for y in (ref.year - 1, ref.year, ref.year + 1)]
    if direction == "back":
        options = [d for d in options if d <= ref]
    elif direction == "forward":
        options = [d for d in options if d >= ref - timedelta(days=FORWARD_SLACK_DAYS)]
    d = min(options, key=lambda d: abs((d - ref).days))
    return day(d, f"{name} nearest publication ({fmt(ref)}) in the direction of the tense", True)


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
    res = Resolved(
        f"{first // 100:02d}",
        date(first, 1, 1),
        date(first + 99, 12, 31),
        "year",
        f"the {first}s (century {m.get('ord')})",
        False,
    )
    return part_of(res, t.part(m.get("part")), m.get("part") or "")


RESOLVERS = {
    "numeric": resolve_numeric,
    "date": resolve_date,
    "weekday": resolve_weekday,
    "deictic": resolve_deictic,
    "relative": resolve_relative,
    "offset": resolve_offset,
    "anaphoric": resolve_anaphoric,
    "quarter": resolve_quarter,
    "season": resolve_season,
    "year": resolve_year,
    "decade": resolve_decade,
    "clock": resolve_clock,
    "holiday": resolve_holiday,
    "duration": resolve_duration,
    "vague": resolve_vague,
    "delay": resolve_delay,
    "fiscal": resolve_fiscal,
    "century": resolve_century,
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
                f"XXXX-XX-XXT{int(m.get('hour')):02d}:{m.get('minute')}",
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


ANCHORED_OFFSETS = ("later", "earlier", "before", "after", "previously", "on")


def resolve(
    m: Mention, t: Tables, ref: date | None, direction: str | None = None, anchor=None
) -> Resolved | None:
    """Resolve one mention; None when it cannot be dated honestly."""
    try:
        return RESOLVERS[m.kind](m, t, ref, direction, anchor)
    except (ValueError, KeyError, OverflowError, TypeError):
        return None
