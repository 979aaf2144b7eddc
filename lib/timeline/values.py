"""The resolved value of a temporal expression (`Resolved`) and the calendar arithmetic every
resolver shares: a day, month, year or week as a value, a part of one ("early August"), and the
year or occurrence a month or weekday written without one points to, relative to the reference
day. Pure functions over dateutil's relativedelta; the resolvers are in lib/timeline/resolve.py
and lib/timeline/periods.py.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta

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
# "would leave on Oct. 31" is later than the moment it was said, which a story tells of within a
# few months: never a day more than this long before the reference day.
RECENT_PAST_DAYS = 92
# A day up to two weeks after the reference day is meant even in a past-tense clause ("the stop
# was cancelled in favour of a visit on November 11", told on 5 November; "by setting a Jan. 14
# return date", told on 6 January): a year-old day would carry its year.
BACK_SLACK_DAYS = 14


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
HALF_CODES = {(0.0, 0.5): "-H1", (0.5, 1.0): "-H2"}  # [parts] the halves of a year


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
    elif len(value) == 4 and value.isdigit() and share in HALF_CODES:
        value += HALF_CODES[share]  # "the first half of 2005": TimeML's half year, 2005-H1
        y = res.date.year
        lo, hi = (
            (date(y, 1, 1), date(y, 6, 30)) if share[0] == 0 else (date(y, 7, 1), date(y, 12, 31))
        )
    return Resolved(value, lo, hi, "approx", f"{word.strip(' -').lower()} {res.how}", res.relative)


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
    if direction == "recent_or_ahead":  # future in the past: the moment it was said is recent
        options = [o for o in options if o[0] >= anchor - timedelta(days=RECENT_PAST_DAYS)]
    return min(options, key=lambda o: abs((o[0] - anchor).days))[1]


def weekday_occurrence(ref: date, wd: int, mode: str) -> date:
    """mode: 'on_or_before', 'before', 'on_or_after', 'after' (strictly) or 'nearest' (either
    way, the closer), relative to ref."""
    if mode == "nearest":
        back, ahead = (weekday_occurrence(ref, wd, w) for w in ("on_or_before", "on_or_after"))
        return back if (ref - back) <= (ahead - ref) else ahead
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
