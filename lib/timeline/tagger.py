"""Temporal expressions in an article, resolved in context (the tagger behind the timeline).

Three passes over the scanned expressions, because some dates need others:
1. expressions that stand on their own or on the publication date ("24 March, 2024", "on Friday");
2. expressions inside quotes or reported speech, dated from the speaker's "now": the day the
   words were said when the article gives it ("'Today ...', he said on Monday");
3. expressions that hang on another event ("two weeks before" the attack, "a day later"),
   in text order so that chains work.
The direction a bare weekday or month points to comes from the clause's tense: "will stay closed
until Friday" is the coming Friday, "said on Monday" the last one (the publication day itself when
it is a Monday).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from datetime import date

from lib.timeline.anchored import story_day_after
from lib.timeline.anchored_pass import AnchoredPass
from lib.timeline.clock import with_days_joined
from lib.timeline.date_lists import with_listed_dates
from lib.timeline.direction import direction_of
from lib.timeline.election_month import election_year_month
from lib.timeline.narrative import goes_on_from, in_years
from lib.timeline.not_dates import (
    _keep,
    figure_of_speech,
    present_era,
    today_against_the_past,
)
from lib.timeline.patterns import Mention, Tables, scan, tables
from lib.timeline.quote_times import said_at_another_time, said_back_then
from lib.timeline.quoted import QuotedSpans, quote_spans
from lib.timeline.reported import year_before_quarter
from lib.timeline.resolve import (
    ANCHORED_OFFSETS,
    Resolved,
    fmt,
    resolve,
    resolve_duration,
    unresolved,
)
from lib.timeline.same_weekday import same_weekday
from lib.timeline.speech_days import SpeechDays
from lib.timeline.timex import Timex
from lib.timeline.updated import (
    day_after_update,
    next_days_issue,
    says_updated,
    told_after_next_issue,
)
from lib.timeline.values import day
from lib.timeline.verbs import _governing_verb, _is_past, _is_speech, _root_token
from lib.timeline.week_days import weeks_named_by_a_day

STATEMENT_SENTENCES = 3  # how far a quote may be from the dated statement it belongs to
PASSAGE_SENTENCES = 3  # how far back a past year told may date a month written without one
# A month written with "of that year" points back to the year told before it, wherever it stood.
OF_THAT_YEAR = re.compile(r"\s+of\s+(?:that|the\s+same)\s+year\b", re.IGNORECASE)
SCENE_REACH = 40  # how far into its sentence a scene-setting year may stand
# Words that may come before a scene-setting "In 2016, ..." at the head of its sentence.
SCENE_OPENERS = frozenset(["and", "but", "then", "so", "yet", "back", "later", "earlier"])
# "that day" with no dated event to count from: still a temporal expression (TimeML tags it),
# but with no calendar date it never reaches the timeline.
UNRESOLVED = Resolved(
    "XXXX-XX-XX", None, None, "approx", "no dated event in reach to count from", True
)
# The "now" of a quote said at an earlier, coarser time ("in a 2016 interview").
SAID_THEN = "said at another time"
# The anchor of an expression that needs the publication date when it is unknown.
UNKNOWN_PUBLICATION = "publication (unknown)"
# Kinds that always hang on another dated expression.
ANCHORED_KINDS = ("anaphoric", "delay", "same_period", "story_quarter")


def tag(ctx, published: date | None = None) -> list[Timex]:
    """All temporal expressions of the article, resolved where the text allows."""
    t = tables()
    published = published if published is not None else ctx.article.published
    mentions = [m for m in scan(ctx.text, t) if _keep(ctx, m, t)]
    mentions = with_listed_dates(ctx.text, mentions, t)  # "Feb. 11, 18 and 19, 2016"
    state = _State(ctx, t, published, quote_spans(ctx))
    state.updated = state.updated or told_after_next_issue(ctx, mentions, t, published)
    mentions = [m for m in mentions if not figure_of_speech(ctx, m, state.quoted)]
    first, quoted, anchored = [], [], []
    for m in mentions:
        if m.kind in ANCHORED_KINDS or (
            m.kind == "offset" and m.get("dir").lower() in ANCHORED_OFFSETS
        ):
            anchored.append(m)
        elif state.inside_quote(m) or state.speech_head(m) is not None:
            quoted.append(m)
        else:
            first.append(m)
    state.counted_starts = [m.start for m in anchored if in_years(m)]  # in text order
    for m in first:
        state.add(m, *state.resolve_plain(m, published))
    for m in quoted:
        ref, anchor = state.speaker_now(m)
        state.add(m, *state.resolve_plain(m, ref, anchor))
    for m in anchored:
        res, label, head = state.resolve_anchored(m)
        if res is None and m.kind == "anaphoric":  # "the next day" with nothing dated before it
            res, label = UNRESOLVED, "none"
        elif res is None and m.kind == "offset":  # "a day after <an undated event>": TimeML
            lead = story_day_after(ctx, m, t, state.found, published)  # the lead's own clause
            res, label = lead or (resolve_duration(m, t, None, None, None), "none")  # else P1D
        state.add(m, res, label, head)
    found = same_weekday(sorted(state.found, key=lambda x: x.start))
    found = weeks_named_by_a_day(ctx.text, found)
    return with_days_joined(ctx, found, state)


class _State(AnchoredPass):
    """What the passes share: resolved expressions so far, and the lookups built on them; pass 3
    (expressions hanging on another dated one) is its base `AnchoredPass`."""

    def __init__(self, ctx, t: Tables, published: date | None, quote_spans):
        self.ctx, self.t, self.published = ctx, t, published
        self.quoted = QuotedSpans(quote_spans)
        self.found: list[Timex] = []  # only appended to (see _dated_events, SpeechDays)
        self.by_start: dict[int, Timex] = {}  # the same, by start offset (anchors' lookups)
        # The same again sorted by start (the passes find them out of text order), ties in the
        # order found, with their starts beside them to bisect (`_found_before`).
        self._in_order: list[Timex] = []
        self._starts: list[int] = []
        self.speech_days = SpeechDays(ctx, t)
        self.paragraph_number = {id(p): i for i, p in enumerate(ctx.article.paragraphs)}
        self.updated = says_updated(ctx.text, t)
        self.counted_starts: list[int] = []  # where years counted from another date start

    # --- pass 1 and 2 -----------------------------------------------------------------------
    def resolve_plain(self, m: Mention, ref: date | None, anchor: str = "publication"):
        direction, head = direction_of(self.ctx, m, self.t)
        quarter = year_before_quarter(self.ctx, self.found, m, self.t)
        if quarter is not None:  # "up from $3 million a year ago" in a quarter's results
            return quarter[0], quarter[1], head
        if present_era(self.ctx, m, self.t) or today_against_the_past(self.ctx, m, self.t):
            era = Resolved("PRESENT_REF", None, None, "approx", "the present era", False)
            return era, "explicit", head
        told = self._narrative_year(m, ref, direction)
        if told is not None:  # "In 2016 ... a September 11 commemoration": that year's
            res = resolve(m, self.t, date(told.date.year, 12, 31), "back")
            if res is not None:
                how = f"{res.how.split(':')[0]}: year of the passage ({told.text!r})"
                return replace(res, how=how), f"{told.text!r}", head
        issue = next_days_issue(self.ctx.text, m, self.t, ref)
        if issue is not None and ref == self.published:  # "Tuesday's New York Times", a Monday
            how = f"the next day's issue, out the evening of publication ({fmt(ref)})"
            return day(issue, how, True), "publication", head
        updated = day_after_update(m, self.t, ref, direction, self.updated)
        if updated is not None and ref == self.published:  # "tweeted on Thursday" added the
            res = resolve(m, self.t, updated, direction)  # day after a Wednesday's story
            how = f"the day after publication ({fmt(ref)}), told in an update of the article"
            return (replace(res, how=how) if res else None), "publication", head
        res = election_year_month(
            self.ctx, m, self.t, resolve(m, self.t, ref, direction), direction
        )
        if res is None and m.kind == "offset":  # "more than four decades ago": the length
            return resolve_duration(m, self.t, None, None, None), "none", head
        if res is None and ref is None and anchor.startswith(SAID_THEN):  # value, no date
            res = unresolved(m, self.t)
            return (replace(res, how=anchor) if res else None), "none", head
        if res is None and ref is None:  # listed as unresolved, never dropped
            res = unresolved(m, self.t)
            return res, UNKNOWN_PUBLICATION, head
        return res, (anchor if res and res.relative else "explicit"), head

    def _narrative_year(self, m: Mention, ref: date | None, direction) -> Timex | None:
        """The year a passage tells of, for a month or day written without one: an explicit
        earlier year a few sentences before it in the same paragraph, when it is not the
        reference year (the story has moved back in time) and no date of that year came between
        (the story has come back)."""
        if m.kind != "date" or m.get("year") or m.get("ymod") or m.get("mod"):
            return None
        if ref is None or direction == "forward":
            return None
        here = self.ctx.sentence_at(m.start)
        if here is None:
            return None
        for x in self._found_before(m.start):
            if x.sentence_id is None:
                continue
            if here.sentence_id - x.sentence_id > PASSAGE_SENTENCES:
                break
            there = self.ctx.sentences[x.sentence_id]
            if there.paragraph is not here.paragraph or x.date is None:
                continue
            if x.anchor != "explicit" and x.date.year >= ref.year:
                return None  # "In 1998 she moved. On Monday she said ...": back to now
            if x.anchor != "explicit":
                continue
            i = bisect_right(self.counted_starts, x.end)  # "In 1995 ... the following year":
            if i < len(self.counted_starts) and self.counted_starts[i] < m.start:  # moved on
                return None
            told = OF_THAT_YEAR.match(self.ctx.text, m.end) is not None  # "June of that year"
            if x.kind == "year" and x.date.year < ref.year and self._sets_the_scene(x, told):
                return x
            near = here.sentence_id - x.sentence_id <= 1  # a month told: its sentence or the next
            return x if near and goes_on_from(self.ctx, x, m, self.t, ref, direction) else None
        return None

    def _found_before(self, start: int):
        """What was found starting before `start`, the nearest first and ties in the order found:
        a walk back from a bisect over the starts kept in order (sorting everything found for
        each month made the pass quadratic)."""
        i = bisect_left(self._starts, start)
        return (self._in_order[j] for j in range(i - 1, -1, -1))

    def _sets_the_scene(self, x: Timex, pointed_back: bool = False) -> bool:
        """'In 2016(,) the town ...': a year after 'in' opening a past-tense sentence and dating
        its main clause (not 'since 1980', 'the 1988 bombing' or a relative clause's 'in 1987').
        Only a year put first sets a scene that later sentences stay in: one told along the way
        ('While campaigning in 2016, Trump called him weak', 'Congress in 1996 created the
        system') dates its own clause, and a month two sentences on is this year's again -
        unless the month points back to it ('in early June of that year': `pointed_back`)."""
        sentence = self.ctx.sentences[x.sentence_id] if x.sentence_id is not None else None
        if sentence is None:
            return False
        opening = x.start - sentence.start <= SCENE_REACH  # read a few words, never the sentence
        before = self.ctx.text[max(sentence.start, x.start - SCENE_REACH) : x.start]
        words = before.strip(" \"“‘'").split()
        if not words or words[-1].lower() != "in":
            return False
        put_first = opening and all(w.lower() in SCENE_OPENERS for w in words[:-1])
        if not (put_first or pointed_back):
            return False
        tok = _root_token(self.ctx, x)
        verb = _governing_verb(tok) if tok is not None else None
        return verb is not None and verb.dep_ == "ROOT" and _is_past(verb)

    def speaker_now(self, m: Mention) -> tuple[date | None, str]:
        """The day the words around `m` were said: the day the article dates the statement
        with; else, for a quote in a story about the day before publication ("stocks fell
        yesterday ... 'a chaotic day today', he said"), that day; else publication."""
        then = said_back_then(self.ctx, self.quoted, m, self.t)
        if then is not None:  # '"Today ...," he said then': a day the text told of, not now
            return None, f"{SAID_THEN} ({then!r}), on a day not given"
        said = self._statement_date(m)
        if said is not None:
            return said.date, f"statement {said.text!r} ({fmt(said.date)})"
        old = said_at_another_time(self.ctx, self.found, self.quoted, m, self.t, self.published)
        if old is not None:  # "In a 2016 interview: 'Today ...'": a day of 2016, not given
            return None, f"{SAID_THEN} ({old.text!r}), on a day not given"
        lead = self._lead_day(m) if self.inside_quote(m) and self.published else None
        if lead is not None and (self.published - lead[0].date).days == 1 and not self._back(m):
            return lead[0].date, lead[1]  # a story told the day after: the words said that day
        return self.published, "publication"  # ('yesterday' in it: said the day after)

    def _back(self, m: Mention) -> bool:  # "yesterday", "yesterday evening" (by its word)
        word = m.get("word") or m.text
        return m.kind == "deictic" and self.t.deictic.get(" ".join(word.lower().split()), 0) < 0

    def _statement_date(self, m: Mention) -> Timex | None:
        sent = self.ctx.sentence_at(m.start)
        speech = self.speech_head(m)
        quoted = sent is not None and self.inside_quote(m)  # asked once per date
        days = self.speech_days.update(self.found)  # dated statements so far
        if speech is not None and speech.i in days.by_verb:
            return days.by_verb[speech.i]
        own = days.by_paragraph.get(id(sent.paragraph), []) if quoted else []
        candidates = [x for x in own if self._near(x, sent)]
        if candidates and self._attributed_here(sent, m):  # '"... today," said DeVos.' is its own
            candidates = [x for x in candidates if (x.sentence_id or 0) <= sent.sentence_id]
        if candidates:  # of its paragraph near it, else of the one it continues
            return min(candidates, key=lambda x: abs(x.start - m.start))
        number = self.paragraph_number.get(id(sent.paragraph), 0) if quoted else 0
        before = self.ctx.article.paragraphs[number - 1] if number > 0 else None
        continued = quoted and self._continues(before, sent)
        carried = days.by_paragraph.get(id(before), []) if continued else []
        return max(carried, key=lambda x: x.start) if carried else None

    def _attributed_here(self, sent, m: Mention) -> bool:
        """A reporting verb right after a closing quote in the quote's own sentence ('"...
        today," said DeVos'): the words are that statement's, not one a later sentence dates
        ("announced May 1 that ...")."""
        for tok in sent.span:
            between = self.ctx.text[m.end : tok.idx] if tok.idx > m.end else ""
            closing = max((between.rfind(c) for c in QUOTE_OPENERS), default=-1)
            if closing >= 0 and len(between) - closing < 25 and _is_speech(tok, self.t):
                return True  # ',” said DeVos', '," he told reporters'
        return False

    def _near(self, x: Timex, sent) -> bool:
        """A statement's day dates a quote a few sentences from it, not one a wire story (a
        single paragraph) tells much later."""
        return abs(sent.sentence_id - (x.sentence_id or 0)) <= STATEMENT_SENTENCES

    def _continues(self, para, sent) -> bool:
        """A paragraph opening with a quotation right after `para` carries on its statement
        ('... Castro said Sunday.' / '"I am willing to leave tomorrow," Castro read')."""
        here = sent.paragraph
        number = self.paragraph_number
        if para is None or number.get(id(here), -9) - number.get(id(para), -9) != 1:
            return False
        return self.ctx.text[here.start : here.start + 1] in QUOTE_OPENERS

    def inside_quote(self, m: Mention) -> bool:
        return self.quoted.holds(m.start, m.end)

    def speech_head(self, m: Mention):
        """A reporting verb above the clause holding `m` ("said ... that [Friday ...]")."""
        tok = _root_token(self.ctx, m)
        if tok is None:
            return None
        own = _governing_verb(tok)
        node, steps = own, 0
        while node is not None and node.head.i != node.i and steps < 8:
            if node.dep_ in ("ccomp", "parataxis") and _is_speech(node.head, self.t):
                return node.head if node.head.i != own.i else None
            node, steps = node.head, steps + 1
        return None

    def add(self, m: Mention, res: Resolved | None, anchor: str, head) -> None:
        if res is None:
            return
        sent = self.ctx.sentence_at(m.start)
        self.found.append(
            timex := Timex(
                m.start,
                m.end,
                m.text,
                res.type,
                res.value,
                res.date,
                res.date_end,
                res.precision,
                anchor,
                res.how,
                m.kind,
                sent.sentence_id if sent else None,
                head,
            )
        )
        self.by_start.setdefault(m.start, timex)
        at = bisect_left(self._starts, m.start)  # ahead of equal starts: walked back, ties
        # come in the order found, as a stable sort by descending start gave them
        self._starts.insert(at, m.start)
        self._in_order.insert(at, timex)


# ---------------------------------------------------------------------------------------------
# Parse-based helpers.


# Marks a paragraph carrying on the statement before it opens with (any direction, as typed).
QUOTE_OPENERS = "\"“”‘'"
