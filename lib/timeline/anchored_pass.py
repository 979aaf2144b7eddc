"""Pass 3 of the tagger: expressions that hang on another dated expression ("two weeks before
the attack", "a day later", "the same period last year", "ended the day up 2%").

Split from the tagger (lib/timeline/tagger.py) because this pass is a family of its own: it asks
which earlier day an expression counts from (a day written right after it, its object, an event
noun dated elsewhere, the day its sentence names, the story's or the lead's day, else the
publication day), while passes 1 and 2 read the tense and the speaker's "now". It runs after
them, in text order, so that chains work. `AnchoredPass` is a base of the tagger's `_State`,
which sets the attributes it reads (declared here for the type checker only) and adds what each
lookup returns to `found`.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from lib.context import Context
from lib.timeline.anchors import (
    _day_like,
    _fine_enough,
    _measured_from_words,
    _object_after,
    also_dated,
    counted_from_date_after,
    dated_as,
    dated_subject,
    in_apposition,
    year_written_after,
)
from lib.timeline.clause_offsets import counted_back_from_clause
from lib.timeline.direction import direction_of
from lib.timeline.election_day import election_counted_from
from lib.timeline.patterns import Mention, Tables
from lib.timeline.quoted import QuotedSpans
from lib.timeline.reported import (
    comparison_baseline,
    same_point_in_year,
    story_quarter,
    year_before_quarter,
)
from lib.timeline.resolve import Resolved, fmt, resolve
from lib.timeline.story_days import lead_day, same_period, same_sentence_day, story_day
from lib.timeline.timex import Timex
from lib.timeline.values import day, year
from lib.timeline.verbs import _is_speech

# "ended the day up 2%": the day named in the same sentence, else the publication day.
_DAY_DEFAULTS = (
    "the_day_closing",
    "in_the_day",
    "the_day_change",
    "the_day_opening",
    "the_daypart_owning",
    "run_reaching_today",
    "nth_day_of_run",
)
TODAY_BY_DEFAULT = (*_DAY_DEFAULTS, "the_year_told")  # "for the full year": else the pub. year
# "on the day" alone: only the day its own sentence names ("there on the day" is no date).
SAME_SENTENCE_ONLY = ("the_day", "delay", "nth_day_of_run")  # "its fourth day": else today
# "ended the day up 2%", "for the day", "later in the day": the day the story tells of - the day
# named in the sentence, else the last exact day told before (within story_days.STORY_DAY_SENTENCES), else
# the publication day. Never an approximate point ("a year ago") or a clock time.
STORY_DAY = (
    "the_day_closing",
    "the_day_change",
    "in_the_day",
    "the_day_opening",
    "run_reaching_today",  # "for a third straight day": the run reaches the story's day
)
# "fell for a third straight day on Tuesday": valued, but the day named beside it dates the event
# on the timeline (one row, not two).
DATED_ONCE = ("run_reaching_today",)
# "the evening's rally": the day its sentence names, else the lead's day (not one ahead), else
# publication - not the last day told (a campaign story names the caucus day ahead).
LEAD_DAY = ("the_daypart_owning",)
# "X came ten days before Y" with only X dated: Y is counted from X the other way.
OTHER_WAY = {"before": "after", "after": "before", "in advance of": "after"}


class AnchoredPass:
    """Pass 3 of `_State` (lib/timeline/tagger.py): `resolve_anchored` and the lookups over what
    passes 1 and 2 have dated; `_lead_day` is asked by pass 2 and by the clock (lib/timeline/clock.py)
    as well."""

    ctx: Context
    t: Tables
    published: date | None
    quoted: QuotedSpans
    found: list[Timex]  # in the order resolved, only appended to
    by_start: dict[int, Timex]

    def resolve_anchored(self, m: Mention):
        direction, head = direction_of(self.ctx, m, self.t)
        if m.kind == "same_period":
            point = same_point_in_year(self.ctx, self.found, m) if m.get("year") else None
            return (*(point or self._same_period(m)), head)
        if m.kind == "story_quarter":
            return (*story_quarter(self.ctx, self.found, m, self.published), head)
        quarter = year_before_quarter(self.ctx, self.found, m, self.t)
        if quarter is not None:  # "a year earlier" in a quarter's results
            return (*quarter, head)
        named = in_apposition(self.ctx.text, self.found, m)
        if named is not None:  # "Oct. 12, the day before the crash": Oct. 12 itself
            how = f"the day named just before it ({named.text!r}), in apposition"
            return day(named.date, how, True), f"{named.text!r}", head
        start = counted_from_date_after(self.ctx.text, self.by_start, m)
        if start is not None:  # "two days before Oct. 3": from Oct. 3 itself
            label = f"{start.text!r} ({fmt(start.date)}), written right after it"
            res = resolve(m, self.t, self.published, direction, anchor=(start.date, label))
            return res, label, head
        landed = year_written_after(self.ctx.text, self.by_start, m)
        if landed is not None:  # "11 years earlier in 2008": 2008, dated (on the timeline) once
            how = f"the year written straight after it ({landed.text!r}), which dates the event"
            return (
                replace(year(landed.date.year, how, True), date=None, date_end=None),
                "none",
                head,
            )
        if m.pattern in SAME_SENTENCE_ONLY:
            event = self._same_sentence_day(m)
        elif m.pattern in LEAD_DAY:
            event = self._same_sentence_day(m) or self._lead_day(m)
            if event is not None and self.published and event[0].date > self.published:
                event = None  # the lead names a day ahead: the story's own evening is today
        elif m.pattern in STORY_DAY:
            event = self._same_sentence_day(m) or self._story_day(m) or self._lead_day(m)
            if event is not None and direction == "back" and self._ahead(event[0]):
                event = None  # "debated earlier in the evening" after "the polls Feb. 9": today
        else:
            event = self._event_anchor(m)
            if event is None and m.kind == "anaphoric" and m.get("unit"):
                event = self._lead_day(m)  # "(By the following day ...)" far from any day
        if event is not None and m.pattern == "the_year_told" and self._still_ahead(event[0]):
            event = None  # "forecast a gain for the full year" after "by 1992": not 1992
        if event is not None:
            x, label = event
            base = (x.date, label)
        elif m.pattern in TODAY_BY_DEFAULT and self.published is not None:
            label = "publication"
            base = (self.published, f"publication ({fmt(self.published)})")
        elif m.kind == "offset" and (counted := self._counted_the_other_way(m)) is not None:
            return (*counted, head)
        elif m.kind == "offset" and (
            baseline := comparison_baseline(self.ctx.text, m, self.t, self.published)
        ):
            return baseline, "publication", head
        elif m.kind == "offset" and (
            back := counted_back_from_clause(
                self.ctx, m, self.t, self.found, self._lead_day(m), self.published, direction
            )
        ):
            return (*back, head)
        else:
            return None, "", head
        res = resolve(m, self.t, self.published, direction, anchor=base)
        if res is not None and m.pattern in DATED_ONCE and self._same_sentence_day(m):
            res = replace(res, date=None, date_end=None)  # the day its sentence names dates it
        return res, label, head

    def _counted_the_other_way(self, m: Mention) -> tuple[Resolved | None, str] | None:
        """'The crash came ten days before the final', the crash dated and the final not: the
        expression dates the final, ten days after the crash."""
        span = self.ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        word = (m.get("dir") or "").lower()
        if span is None or word not in OTHER_WAY or _object_after(span) is None:
            return None
        hit = dated_subject(span, self._dated_events(), self.t.events["done_by"])
        if hit is None:
            return None
        lemma, x = hit
        flipped = replace(m, groups={**m.groups, "dir": OTHER_WAY[word]})
        label = f"{lemma} ({fmt(x.date)}), counted forward to the event named after it"
        res = resolve(flipped, self.t, self.published, None, anchor=(x.date, label))
        return (res, label) if res is not None else None

    def _still_ahead(self, x: Timex) -> bool:
        return self.published is not None and x.date.year > self.published.year

    def _event_anchor(self, m: Mention) -> tuple[Timex, str] | None:
        """The dated event `m` hangs on: its object ('before the attack'), an event noun of the
        sentence dated elsewhere, or the last day told before it (the narrative's 'then')."""
        doc = self.ctx.doc
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return None
        dated = self._dated_events()
        # "ten days before the attack", "the day before Tuesday's hearing": what is named after
        obj = _object_after(span) if m.kind == "offset" or m.get("dayrel") else None
        if obj is not None:
            hit = dated_as(dated, obj.lemma_.lower(), self.t.events["done_by"])
            if hit is None:  # "days before the election" in a story naming "the 2016 election"
                hit = election_counted_from(self.ctx.text, m, obj, self.t)
            if hit is not None:
                return hit, f"{obj.lemma_} ({fmt(hit.date)})"
            if m.kind == "offset":
                return None  # "the day before <undated>" still falls back on the story's day
        if m.kind == "offset" and _measured_from_words(self.ctx.doc, m):
            return None  # "a day after Chrysler released ...": from an undated event
        sent = span.sent
        nouns = [tok for tok in sent if tok.pos_ == "NOUN" and not (span.start <= tok.i < span.end)]
        for tok in sorted(nouns, key=lambda tok: abs(tok.i - span.start)):
            hit = dated.get(tok.lemma_.lower())
            if hit is not None and hit.start < m.start:
                return hit, f"{tok.lemma_} ({fmt(hit.date)})"
        fits = _fine_enough(m)
        counted = self._counted_from()
        before = [  # a clock time is on the day it is written with, not a day of its own
            x
            for x in self.found
            if x.end <= m.start
            and x.date
            and fits(x)
            and x.kind != "clock"
            and not (fits is _day_like and _a_week_guessed(x))
            and not counted.intersection(range(x.start - 2, x.start + 1))
        ]
        if before:
            last = max(before, key=lambda x: x.start)
            here = self.ctx.sentence_at(m.start)
            if here is not None and here.sentence_id - (last.sentence_id or 0) <= 3:
                return last, f"{last.text!r} ({fmt(last.date)})"
        return None

    def _counted_from(self) -> set[int]:
        """Where dated offsets end: 'The day before [last Tuesday's] hearing' - a day written
        straight after one is what it counts from, not the time the story has moved to."""
        return {y.end for y in self.found if y.kind in ("anaphoric", "offset") and y.date}

    def _dated_events(self) -> dict:
        """Event word (lemma) -> the first day-precision expression dating it (first found on a
        tie); updated with what was found since (rebuilt per mention, it was quadratic)."""
        out, seen = getattr(self, "_dated", None) or (dict[str, Timex](), 0)
        for x in self.found[seen:]:
            skip = x.head is None or not _day_like(x) or x.kind == "clock"
            if skip or _is_speech(x.head, self.t):
                continue
            for lemma in (e.lemma_.lower() for e in [x.head, *also_dated(self.ctx.doc, x)]):
                if lemma not in out or x.start < out[lemma].start:
                    out[lemma] = x
        self._dated = (out, len(self.found))
        return out

    def _same_period(self, m: Mention) -> tuple[Resolved | None, str]:
        return same_period(self.ctx, self.found, m, self.published)

    def _lead_day(self, m: Mention) -> tuple[Timex, str] | None:
        return lead_day(self.ctx, self.found, self.quoted, m)

    def _ahead(self, x: Timex) -> bool:
        """Whether `x` is a day after publication: a day told in the past is none of those."""
        return self.published is not None and x.date is not None and x.date > self.published

    def _story_day(self, m: Mention) -> tuple[Timex, str] | None:
        return story_day(self.ctx, self.found, m)

    def _same_sentence_day(self, m: Mention) -> tuple[Timex, str] | None:
        return same_sentence_day(self.ctx, self.found, m)


def _a_week_guessed(x: Timex) -> bool:
    """'last week', 'this week', 'earlier this month': a day guessed in the middle of a stretch
    the text names; "the day before" counted from that guess names no day the text tells of
    ("were barred last week ... learned of the visit the day before": the day before the visit,
    not before the middle of last week), so it is never the day a count of days or weeks starts
    from ("the previous year" may still count from "the past year")."""
    return x.kind == "relative" and x.precision == "approx"
