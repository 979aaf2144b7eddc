"""Dates written as a list that shares its month and its year: "phone calls on Feb. 11, 18 and
19, and March 22, 2016", "the poll was conducted November 7 to 11, 2019".

News writes the month once for a run of days of it, and the year once for a whole list: the bare
day numbers after a month's day ("18", "19") are days of that month - dates, never figures (the
figure stage asks `claimed_days`) - and the year written on the list's last member (or its first)
is every member's, so "Feb. 11" above is of 2016, not the last Feb. 11 before publication.

A bare number is a listed day only where nothing else can be meant: it follows a list word (",",
"and", "or", "to", "through", a dash) after a day of a month, is a later day than the one before
it, and is followed by a mark or another list word, never by a word it counts ("on Feb. 11, 18
people died", "from 3% on July 14 to 22 percent"). A year is shared only along a list whose
members run forward in time up to (or on from) the member that writes it.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import replace

from lib.timeline.patterns import Mention, Tables, scan, tables

# A list word between two members, then a bare day ("11, 18", "18 and 19", "7 to 11", "3-5")
# with the list's year when it is written there ("7 to 11, 2019"), then a mark or a list word.
LISTED_DAY = re.compile(
    r"(?:,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|to|through|thru|until|till|&)\s+|\s*[-–]\s*)"
    r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?:,?\s+(?P<year>(?:1[6-9]|20)\d\d))?"
    r"(?=\s*[.;:)!?”\"](?!\d)|\s*$|,(?!\d)|\s+(?:and|or|to|through|thru|until|till|&)\s)"
)
# A list word between a member and the next dated member ("19, and March 22, 2016").
JOIN = re.compile(r",\s*(?:(?:and|or)\s+)?|\s+(?:and|or|to|through|thru|until|till|&)\s+")
JOIN_REACH = 12  # characters a list word between two members spans at most
LISTED = "listed_day"  # the pattern name of a bare day found in a list


def with_listed_dates(text: str, mentions: list[Mention], t: Tables) -> list[Mention]:
    """`mentions` (in text order) with the bare days of every date list added and each list's
    written year given to its members written without one (see the module docstring)."""
    out: list[Mention] = []
    chain: list[Mention] = []
    for m in mentions:
        if chain and m.start < chain[-1].end:
            continue  # the year of "7 to 11, 2019", read with its listed day
        if chain and _joined(text, chain[-1], m):
            chain.append(m)
            continue
        out.extend(_shared_year(chain))
        chain = [m, *_listed_days(text, m, t)] if _a_day_of_a_month(m) else []
        if not chain:
            out.append(m)
    out.extend(_shared_year(chain))
    return out


@functools.lru_cache(maxsize=32)
def claimed_days(text: str) -> frozenset[int]:
    """Start offsets of the bare days the date stage reads as listed dates ("18" and "19" in
    "Feb. 11, 18 and 19"): the figure stage skips them, as they count nothing."""
    t = tables()
    return frozenset(
        d.start for m in scan(text, t) if _a_day_of_a_month(m) for d in _listed_days(text, m, t)
    )


def _a_day_of_a_month(m: Mention) -> bool:
    return m.kind == "date" and bool(m.get("month")) and bool(m.get("day"))


def _listed_days(text: str, m: Mention, t: Tables) -> list[Mention]:
    """The bare days listed right after the day of a month `m` ("Feb. 11, 18 and 19"), each a
    later day than the one before it; none after a member that writes its year."""
    if m.get("year"):
        return []
    days, end, last = [], m.end, int(m.get("day2") or m.get("day"))
    while (hit := LISTED_DAY.match(text, end)) is not None and int(hit["day"]) > last:
        start, end, last = hit.start("day"), hit.end(), int(hit["day"])
        groups = {"month": m.get("month"), "day": hit["day"]}
        if hit["year"]:
            groups["year"] = hit["year"]
        days.append(Mention(start, end, text[start:end], "date", "DATE", LISTED, groups))
        if hit["year"]:
            break  # the year closes the list
    return days


def _joined(text: str, before: Mention, m: Mention) -> bool:
    """Whether `m`, a day of a month, follows `before` as the next member of one list."""
    between = text[before.end : m.start]
    return (
        _a_day_of_a_month(m) and len(between) <= JOIN_REACH and JOIN.fullmatch(between) is not None
    )


def _shared_year(chain: list[Mention]) -> list[Mention]:
    """The members of one list, those without a year given the year its last member writes
    (else its first), when the members run forward in time to (from) that member."""
    if len(chain) < 2:
        return chain
    last, first = chain[-1], chain[0]
    year = last.get("year") or (first.get("year") if _in_order(chain) else None)
    if year is None or not _in_order(chain):
        return chain
    shared = {"year": year, "listed_year": year}
    return [m if m.get("year") else replace(m, groups={**m.groups, **shared}) for m in chain]


def _in_order(chain: list[Mention]) -> bool:
    """Whether the members' (month, day) run forward: one year holds the whole list."""
    t = tables()
    keys = [(t.month(m.get("month")), int(m.get("day"))) for m in chain]
    return all(a < b for a, b in itertools.pairwise(keys))
