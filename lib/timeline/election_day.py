"""The vote a count hangs on: "days before the election", "a week after the presidential
election", in a story that names which election ("the 2016 presidential election").

The noun "election" is dated by no expression of its own, so "mere days before the election"
would fall back on the story's day. The year the story writes before an election noun ("the
2016 presidential election", "the 2016 Democratic nominee": [events] election_year_nouns) says
which vote; the US Election Day of that year ([counted_holidays] "Election Day") is the day
counted from. The year written nearest before the noun is taken (its own "the 2016 election"
first); no year written, no day: "the election" may be any vote.
"""

from __future__ import annotations

from datetime import date

from dateutil.relativedelta import relativedelta

from lib.timeline.election_month import _year_pattern
from lib.timeline.patterns import Mention, Tables
from lib.timeline.timex import Timex
from lib.timeline.values import WEEKDAYS

ELECTION_DAY = "Election Day"


def election_counted_from(text: str, m: Mention, noun, t: Tables) -> Timex | None:
    """The Election Day `noun` (a token whose lemma is in [events] election_day_nouns) names,
    from the election year written nearest before its end; None when the story writes none, or
    when `m` counts no number ("mere days before the election"): a guessed count on a day the
    story does not write is two guesses, which may land a week or more off."""
    if noun.lemma_.lower() not in t.events.get("election_day_nouns", ()):
        return None
    if not _counted(m, t):
        return None
    end = noun.idx + len(noun.text)
    years = [int(h.group("year")) for h in _year_pattern(t).finditer(text[:end])]
    if not years:
        return None
    day = _election_day(years[-1], t)
    how = f"US Election Day of {years[-1]}, the election year the story names"
    return Timex(
        noun.idx,
        end,
        noun.text,
        "DATE",
        day.isoformat(),
        day,
        day,
        "day",
        "explicit",
        how,
        "holiday",
        None,
    )


def _election_day(year: int, t: Tables) -> date:
    """The Tuesday after the first Monday of November ([counted_holidays] "Election Day")."""
    _, month, first, wd, shift = t.holidays[ELECTION_DAY]
    counted = date(year, month, first) + relativedelta(weekday=WEEKDAYS[wd](1))
    return counted + relativedelta(days=shift)


def _counted(m: Mention, t: Tables) -> bool:
    """A number of units ("a week after", "two days before") or a day's own ("the day after")."""
    if m.kind != "offset":
        return True
    num = " ".join((m.get("num") or "").lower().split())
    return bool(num) and num not in t.vague_numbers and t.number(num) is not None
