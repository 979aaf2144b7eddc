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

import bisect
import functools

from lib.timeline.election_month import election_year_pattern
from lib.timeline.patterns import Mention, Tables
from lib.timeline.periods import holiday_on
from lib.timeline.timex import Timex

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
    year = year_written_before(text, end, t)
    if year is None:
        return None
    day = holiday_on(ELECTION_DAY, year, t)
    how = f"US Election Day of {year}, the election year the story names"
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


def year_written_before(text: str, end: int, t: Tables) -> int | None:
    """The year of the last election-year phrase in `text[:end]`, read from the article's
    phrases found once (`_year_phrases`): a scan of the text up to each count made a story of
    many "days before the election" the square of its length. A phrase the whole text runs on
    past `end` ("the 2016 election campaign" cut after "election") is read again as the prefix
    alone reads it."""
    starts, ends, years = _year_phrases(text, t)
    i = bisect.bisect_right(ends, end)  # the phrases ending at or before `end`
    year = years[i - 1] if i else None
    if i < len(starts) and starts[i] < end:
        for h in election_year_pattern(t).finditer(text, starts[i], end):
            year = int(h.group("year"))
    return year


@functools.lru_cache(maxsize=4)
def _year_phrases(text: str, t: Tables) -> tuple[list[int], list[int], list[int]]:
    """(starts, ends, years) of the election-year phrases of `text`, in order."""
    found = list(election_year_pattern(t).finditer(text))
    return [h.start() for h in found], [h.end() for h in found], [int(h["year"]) for h in found]


def _counted(m: Mention, t: Tables) -> bool:
    """A number of units ("a week after", "two days before") or a day's own ("the day after")."""
    if m.kind != "offset":
        return True
    num = " ".join((m.get("num") or "").lower().split())
    return bool(num) and num not in t.vague_numbers and t.number(num) is not None
