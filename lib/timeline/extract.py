"""Timeline rows: every temporal expression that resolves to a calendar date, with its event.

The tagging and resolution live in `lib.timeline.tagger`; this module keeps the expressions that are
points or ranges in time (durations such as "for two decades" and vague "recently" are not
events), names the event from the sentence and lists the entities taking part.
"""

from __future__ import annotations

import calendar
import functools
import re
from bisect import bisect_left
from dataclasses import replace
from datetime import timedelta

from dateutil.relativedelta import relativedelta

from lib.timeline.events import describe, named_event
from lib.timeline.not_dates import hypothetical_now, names_a_campaign
from lib.timeline.patterns import tables
from lib.timeline.tagger import UNKNOWN_PUBLICATION, Timex, tag
from lib.timeline.values import fmt
from lib.timeline.verbs import _governing_verb, _is_past, _root_token

# TIME: "Sunday night", and clock times ("at 2.40 PM"), dated by the day written with them or
# the day the lead tells of.
TIMELINE_TYPES = ("DATE", "TIME")
# "A year after his death, the widow says ...": a length whose clause the lead dates (the only
# DURATION given a date, by lib/timeline/anchored.py) is on the timeline at that date.
DATED_LENGTH = "DURATION"
# Paragraph kinds whose dates are stamps, not events ("Published 12 May 2023", "MILAN, May 12").
STAMP_KINDS = ("dateline", "credit")
# A word in front of the expression that makes it one end of a range.
RANGE_CUES = {"since": "start", "from": "start", "until": "end", "till": "end", "by": "end"}
# A clock time and a day this close with no clause break between them date one event.
CLAUSE_GAP = 60
CLAUSE_BREAK = re.compile(r"[,;:.!?]|\b(?:and|but|while|when)\b")
# "by the end of the year": a deadline (the words before) at a period's end (the expression).
DEADLINE = re.compile(r"\b(?:by|before|until|till)\s+$", re.IGNORECASE)
END_OF = re.compile(r"(?:the\s+)?end\s+of\b|\w+['’]s\s+end\b", re.IGNORECASE)  # week's end
# An end written in a compound ("year-end", "the year's end"), not as a [parts] word in front.
COMPOUND_END = re.compile(r"\w-end\b|\w+['’]s\s+end\b", re.IGNORECASE)
# A deadline at a week's end is its last working day: news deadlines are business ones.
FRIDAY = 4
# "after" right before a year: the event falls in a later year than the one written.
AFTER_YEAR = re.compile(r"\bafter\s+(?:the\s+year\s+)?$", re.IGNORECASE)
HEDGES = ("at", "least", "about", "around", "roughly", "early", "as", "far", "back")
# The longest range dated at its middle on the timeline: a decade ("the 1980s") or part of one.
DECADE_DAYS = 3653


def extract_timeline(ctx) -> list[dict]:
    """The timeline rows alone (see `extract_time`)."""
    return extract_time(ctx)[0]


def extract_time(ctx) -> tuple[list[dict], list[dict]]:
    """(timeline rows, timexes rows): the events dated on a calendar, and every temporal
    expression with its TimeML type and value, each row pointing to its event when it has one."""
    found = [_named_year(ctx, x) for x in tag(ctx)]
    timeline = _timeline_rows(ctx, found)
    events = {row["start"]: row["event_id"] for row in timeline}
    return timeline, [_timex_row(x, i, events.get(x.start)) for i, x in enumerate(found)]


def _timex_row(x: Timex, timex_id: int, event_id: int | None) -> dict:
    if x.date is not None:
        status = "dated"
    elif x.anchor == UNKNOWN_PUBLICATION:
        status = "unresolved"
    else:
        status = "undated"
    return {
        "timex_id": timex_id,
        "text": x.text,
        "start": x.start,
        "end": x.end,
        "type": x.type,
        "value": x.value,
        "status": status,
        "date": x.date.isoformat() if x.date else None,
        "date_end": (x.date_end or x.date).isoformat() if x.date else None,
        "precision": x.precision if x.date else "",
        "anchor": x.anchor,
        "resolution": x.resolution,
        "event_id": event_id,
        "sentence_id": x.sentence_id if x.sentence_id is not None else 0,
    }


def _timeline_rows(ctx, found: list[Timex]) -> list[dict]:
    rows: list[dict] = []
    # Other dated expressions are cut from event names (they have rows of their own);
    # durations and vague words stay ("took six months").
    # A date inside an event's name stays in it ("remembered the 7 July bombings").
    dates = frozenset(
        i
        for x in found
        if x.date is not None and named_event(ctx.doc, _tokens(ctx, x)) is None
        for i in _tokens(ctx, x)
    )
    mentions = EntityMentions(ctx.entities)
    for x in found:
        on_calendar = x.type in TIMELINE_TYPES or x.type == DATED_LENGTH  # see anchored.py
        if not on_calendar or x.date is None or _time_of_a_dated_day(ctx, x, found):
            continue
        if _time_of_no_day(x):
            continue
        if _longer_than_a_decade(x) or names_a_campaign(ctx, x, tables()):
            continue
        if hypothetical_now(ctx, x, tables()):
            continue
        para = ctx.article.paragraph_at(x.start)
        if para is None or para.kind in STAMP_KINDS:
            continue
        point = _decade_middle(_part_point(ctx, _deadline_end(ctx, _year_after(ctx, x))))
        rows.append(_row(ctx, point, len(rows), dates, mentions))
    return rows


def _deadline_end(ctx, x: Timex) -> Timex:
    """'before the end of the year', 'by the end of the month': a deadline at the period's
    last day, not the last third of it the words name (TimeML keeps the value of the period)."""
    if x.date is None or x.date_end is None or not END_OF.match(x.text):
        return x
    if not DEADLINE.search(ctx.text[max(0, x.start - 12) : x.start]):
        return x
    last = x.date_end
    if (last - x.date).days == 6 and x.date.weekday() == 0:  # a week: "by week's end"
        last = x.date + timedelta(days=FRIDAY)
    note = f"the last {'working ' if last != x.date_end else ''}day of '{x.text}', a deadline: "
    return replace(x, date=last, date_end=last, resolution=note + x.resolution)


def _part_point(ctx, x: Timex) -> Timex:
    """'the end of September', 'the start of 2018', 'mid-September', 'late last month': a part
    of a period dates its event somewhere inside the part, so the row's date is the day nearest
    every day the words can mean ([part_points]: the period's last day for its end, its first
    for its start, else the middle of the share), not the share's first day (which put 'the end
    of the year' in August). A part still running at publication and told in the past ends
    there: only its days gone by can be meant. The range and the TimeML value stay the part's."""
    if x.precision != "approx" or x.date is None or x.date_end is None or x.kind == "decade":
        return x  # a decade's part is placed by _decade_middle
    word = _part_word(x.text)
    if word is None:
        return x
    where = tables().part_points.get(word, "middle")
    if where == "first":
        point = x.date
    elif where == "last":
        point = x.date_end
    else:
        point = x.date + timedelta(days=(x.date_end - x.date).days // 2)
    published = ctx.article.published
    if published is not None and x.date <= published < point and _told_in_past(ctx, x):
        point, where = published, "last gone by"  # "sales rose in late October" on the 25th
    if point == x.date:
        return x
    note = f"the {where} day of '{x.text}' ({fmt(x.date)} to {fmt(x.date_end)}): "
    return replace(x, date=point, resolution=note + x.resolution)


def _part_word(text: str) -> str | None:
    """The [parts] word opening `text` ('the end of', 'mid', 'late'), or 'end' for a compound
    end ('year-end', "the year's end"); None when the expression names no part."""
    hit = _part_opening().match(text)
    if hit:
        return " ".join(hit.group(1).lower().split())
    return "end" if COMPOUND_END.search(text) else None


def _told_in_past(ctx, x: Timex) -> bool:
    """Whether the verb the expression hangs on is told in the past ('rose', 'has risen')."""
    tok = _root_token(ctx, x)
    return tok is not None and _is_past(_governing_verb(tok))


@functools.cache
def _part_opening() -> re.Pattern:
    """The [parts] words as the opening of an expression, with the space or hyphen after."""
    words = sorted(tables().parts, key=len, reverse=True)
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"({body})(?:\s*-\s*|\s+)", re.IGNORECASE)


def _year_after(ctx, x: Timex) -> Timex:
    """'not until after 2027': what the words date begins with the year after the one named
    (2028). The TimeML value stays the year written (the 'after' is a signal outside the
    expression); the timeline shows the year the event can first fall in."""
    if (
        x.precision != "year"
        or x.date is None
        or not AFTER_YEAR.search(ctx.text[max(0, x.start - 20) : x.start])
    ):
        return x
    first = x.date.replace(year=x.date.year + 1, month=1, day=1)
    note = f"the year after {x.text} ('after {x.text}'): "
    return replace(
        x, date=first, date_end=first.replace(month=12, day=31), resolution=note + x.resolution
    )


def _longer_than_a_decade(x: Timex) -> bool:
    """'the greatest of the 20th century', 'left behind in the 21st century': a century is an
    era, too coarse to place an event on a timeline (the timexes row keeps its value, '20')."""
    return (
        x.date is not None and x.date_end is not None and (x.date_end - x.date).days > DECADE_DAYS
    )


def _decade_middle(x: Timex) -> Timex:
    """'in the 1980s', 'since the early 1990s': a decade dates an event somewhere inside it, so
    the timeline shows the middle of it, approximate (as 'last week' is the middle of that
    week), not its first day, which would put everything told of the 1980s in 1980. The
    timexes row keeps the whole range and the TimeML value ('198')."""
    if x.kind != "decade" or x.date is None or x.date_end is None:
        return x
    days = (x.date_end - x.date).days
    if days > DECADE_DAYS or days < 366:  # a century ("the 1800s") or a single year
        return x
    months = (x.date_end.year - x.date.year) * 12 + x.date_end.month - x.date.month + 1
    middle = x.date + relativedelta(months=months // 2)  # 1 Jan 1985 for the 1980s
    note = f"the middle of {x.text} ({fmt(x.date)} to {fmt(x.date_end)}): "
    return replace(
        x, date=middle, date_end=middle, precision="approx", resolution=note + x.resolution
    )


def _time_of_no_day(x: Timex) -> bool:
    """'woke at 3:30 in the morning', 'the meeting ran past midnight': a time of day that no day
    written with it, in its sentence or in the lead places (lib/timeline/clock.py left it on the
    publication day, its last guess) says when in a day, not which day - a time of day alone is
    no date (the annotation guide's rule). Its timexes row keeps its TimeML value."""
    return x.kind == "clock" and x.anchor == "publication"


def _time_of_a_dated_day(ctx, x: Timex, found: list[Timex]) -> bool:
    """A clock time in one clause with a day ("saw the car at 6 a.m. near the house ten days
    before the murder") tells the hour of that day's event, which has its row already; a clock
    time in a clause of its own ("As of 15:11 GMT the site was back, and by Saturday it was
    down") keeps its row."""
    if x.kind != "clock":
        return False
    for y in found:
        if y.kind == "clock" or y.precision != "day" or y.date != x.date:
            continue
        between = ctx.text[min(x.end, y.end) : max(x.start, y.start)]
        if len(between) <= CLAUSE_GAP and not CLAUSE_BREAK.search(between):
            return True
    return False


def _named_year(ctx, x: Timex) -> Timex:
    """'the September 11 attacks' names a day of a known year, not the last September 11."""
    noun = named_event(ctx.doc, _tokens(ctx, x))
    if noun is None or x.date is None or x.precision != "day":
        return x
    words = re.sub(r"(\d)(?:st|nd|rd|th)\b", r"\1", x.text.lower()).split()  # "11th" = "11"
    words = [_month_name(w) for w in words[words[0] == "the" :]]  # "Sept. 11" = "September 11"
    key = " ".join(words + [noun.lemma_.lower()])
    year = tables().events["known_years"].get(key)
    if year is None or year == x.date.year:
        return x
    day = x.date.replace(year=year)
    note = f"the day of a named event ('{x.text} {noun.text}', {year})"
    return replace(
        x, date=day, date_end=day, value=day.isoformat(), anchor="explicit", resolution=note
    )


def _month_name(word: str) -> str:
    """A month's short form as its full name ('sept.' -> 'september'), other words as written:
    the named days of [events.known_years] are keyed by full names."""
    try:
        return calendar.month_name[tables().month(word)].lower()
    except (KeyError, ValueError):
        return word


def _tokens(ctx, x: Timex) -> range:
    span = ctx.doc.char_span(x.start, x.end, alignment_mode="expand")
    return range(span.start, span.end) if span is not None else range(0)


def _row(ctx, x: Timex, event_id: int, dates: frozenset, mentions: EntityMentions) -> dict:
    sentence = ctx.sentences[x.sentence_id] if x.sentence_id is not None else None
    skip = _tokens(ctx, x)
    return {
        "event_id": event_id,
        "date": x.date.isoformat(),
        "date_end": x.date_end.isoformat() if x.date_end else x.date.isoformat(),
        "precision": x.precision,
        "date_text": ctx.text[x.start : x.end],
        "start": x.start,
        "end": x.end,
        "anchor": x.anchor,
        "resolution": _range_note(ctx, x) + x.resolution,
        "event": describe(ctx, x.head, skip, sentence, dates) or ctx.text[x.start : x.end],
        "actors": mentions.actors(sentence, x),
        "sentence_id": x.sentence_id if x.sentence_id is not None else 0,
    }


def _range_note(ctx, x: Timex) -> str:
    """'since 2002', 'from at least 2002 to 2005': the row is one end of a period."""
    words = [w.lower() for w in ctx.text[max(0, x.start - 40) : x.start].split()]
    while words and words[-1] in HEDGES:  # "from at least 2002"
        words.pop()
    cue = words[-1] if words else ""
    if cue in RANGE_CUES:
        return f"{RANGE_CUES[cue]} of a period ('{cue} ... {x.text}'): "
    if cue in ("to", "through") and "from" in words[-6:-1]:
        return f"end of a period ('from ... {cue} {x.text}'): "
    return ""


class EntityMentions:
    """Every entity mention of the article ordered by its start, so that the actors of a date's
    sentence are read from that sentence's mentions alone: a scan of every entity per date grew
    with dates x entities (a table of dated rows naming a county each)."""

    def __init__(self, entities: list[dict]) -> None:
        spans = sorted((s, ent["name"], e) for ent in entities for s, e in ent["spans"])
        self.starts = [s for s, _, _ in spans]
        self.spans = spans

    def actors(self, sentence, x: Timex) -> list[str]:
        """Canonical names of the entities mentioned in the sentence, in order of appearance
        (never the date itself, which the NER sometimes tags as a name)."""
        if sentence is None:
            return []
        names: list[str] = []
        for s, name, e in self.spans[bisect_left(self.starts, sentence.start) :]:
            if s >= sentence.end:
                break
            if e <= sentence.end and (e <= x.start or s >= x.end) and name not in names:
                names.append(name)
        return names
