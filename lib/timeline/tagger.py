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

import datetime
import re
from dataclasses import dataclass, replace
from datetime import date

from dateutil.relativedelta import relativedelta
from spacy.tokens import Token

from lib.timeline.patterns import Mention, Tables, scan, tables
from lib.timeline.resolve import (
    ANCHORED_OFFSETS,
    Resolved,
    fmt,
    resolve,
    resolve_duration,
    unresolved,
)

SKIPPED_PARAGRAPHS = ("credit",)
# Verbs whose tense says nothing on their own; look further up the parse.
NONFINITE_TAGS = ("VBG", "VB", "TO")
QUOTE_PAIRS = re.compile(
    r"“[^”\n]{1,2000}”|\"[^\"\n]{1,2000}\"|``.{1,2000}?''|‘[^’\n]{1,500}’(?!\w)"
)
DAY_LIKE = ("day", "approx")
# "ended the day up 2%": the day named in the same sentence, else the publication day.
TODAY_BY_DEFAULT = ("the_day_closing", "in_the_day", "the_day_change")
# "on the day" alone: only the day its own sentence names ("there on the day" is no date).
SAME_SENTENCE_ONLY = ("the_day", "delay")
# "ended the day up 2%", "for the day", "later in the day": the day the story tells of - the day
# named in the sentence, else the last exact day told before (within STORY_DAY_SENTENCES), else
# the publication day. Never an approximate point ("a year ago") or a clock time.
STORY_DAY = ("the_day_closing", "the_day_change", "in_the_day")
STORY_DAY_SENTENCES = 6
LEAD_PARAGRAPHS = 2
# "that day" with no dated event to count from: still a temporal expression (TimeML tags it),
# but with no calendar date it never reaches the timeline.
UNRESOLVED = Resolved(
    "XXXX-XX-XX", None, None, "approx", "no dated event in reach to count from", True
)
# The anchor of an expression that needs the publication date when it is unknown.
UNKNOWN_PUBLICATION = "publication (unknown)"
# Kinds that always hang on another dated expression.
ANCHORED_KINDS = ("anaphoric", "delay", "same_period")
# How far back (in sentences) "the same period last year" looks for the period it repeats.
PERIOD_SENTENCES = 3
PERIOD_VALUE = re.compile(r"^(\d{4})(-(?:\d{2}|Q[1-4]|H[12]))$")
# "the beginning of the war": the war is the event an offset hangs on.
PHASE_NOUNS = frozenset(["beginning", "start", "end", "outbreak", "eve", "opening", "launch"])
# A possessive before "70s" makes it an age ("in his 70s"), not a decade.
AGE_WORDS = frozenset(["his", "her", "their", "its", "my", "your", "our"])


@dataclass
class Timex:
    start: int
    end: int
    text: str
    type: str  # DATE, TIME, DURATION
    value: str  # TimeML-style value
    date: datetime.date | None
    date_end: datetime.date | None
    precision: str
    anchor: str  # publication | explicit | the event or statement it hangs on
    resolution: str
    kind: str
    sentence_id: int | None
    head: Token | None = None  # spaCy token the expression attaches to (verb or event noun)


def tag(ctx, published: date | None = None) -> list[Timex]:
    """All temporal expressions of the article, resolved where the text allows."""
    t = tables()
    published = published if published is not None else ctx.article.published
    mentions = [m for m in scan(ctx.text, t) if _keep(ctx, m, t)]
    quote_spans = _quote_spans(ctx)
    state = _State(ctx, t, published, quote_spans)
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
            res, label = resolve_duration(m, t, None, None, None), "none"  # the length (P1D)
        state.add(m, res, label, head)
    found = sorted(state.found, key=lambda x: x.start)
    return [_on_adjacent_day(ctx, x, found, state) if x.kind == "clock" else x for x in found]


# Words that may stand between a clock time and the day it falls on ("10:30 p.m. Aug. 9",
# "Aug. 9 at 10:30 p.m.", "9 a.m. EST Tuesday", "6:30 a.m. the following morning").
CLOCK_DAY_GAP = re.compile(r"^[\s,]*(?:(?:on|at|of)\s+)?(?:[A-Z]{2,4}\s+)?(?:(?:on|at)\s+)?$")


def _on_adjacent_day(ctx, clock: Timex, found: list[Timex], state) -> Timex:
    """A clock time written next to a day is on that day; alone, on the day the lead tells of
    ('at 2.40 PM' in a story about yesterday's crash); else on the publication day."""
    for x in found:
        if x is clock or x.date is None or x.precision != "day" or x.kind == "clock":
            continue
        gap = (
            ctx.text[clock.end : x.start] if x.start >= clock.end else ctx.text[x.end : clock.start]
        )
        if len(gap) <= 12 and CLOCK_DAY_GAP.match(gap):
            time_part = clock.value.split("T", 1)[1]
            return replace(
                clock,
                date=x.date,
                date_end=x.date,
                value=f"{x.date.isoformat()}T{time_part}",
                anchor=f"{x.text!r} ({fmt(x.date)})",
                resolution=f"a time on {fmt(x.date)}, the day written next to it",
            )
    lead = state._lead_day(Mention(clock.start, clock.end, clock.text, "clock", "TIME", "clock"))
    if lead is None or clock.date is None or lead[0].date == clock.date:
        return clock
    x, label = lead
    time_part = clock.value.split("T", 1)[1]
    return replace(
        clock,
        date=x.date,
        date_end=x.date,
        value=f"{x.date.isoformat()}T{time_part}",
        anchor=label,
        resolution=f"a time on {fmt(x.date)}, {label}",
    )


class _State:
    """What the passes share: resolved expressions so far, and the lookups built on them."""

    def __init__(self, ctx, t: Tables, published: date | None, quote_spans):
        self.ctx, self.t, self.published, self.quote_spans = ctx, t, published, quote_spans
        self.found: list[Timex] = []

    # --- pass 1 and 2 -----------------------------------------------------------------------
    def resolve_plain(self, m: Mention, ref: date | None, anchor: str = "publication"):
        direction, head = direction_of(self.ctx, m, self.t)
        told = self._narrative_year(m, ref, direction)
        if told is not None:  # "In 2016 ... a September 11 commemoration": that year's
            res = resolve(m, self.t, date(told.date.year, 12, 31), "back")
            if res is not None:
                how = f"{res.how.split(':')[0]}: year of the passage ({told.text!r})"
                return replace(res, how=how), f"{told.text!r}", head
        res = resolve(m, self.t, ref, direction)
        if res is None and ref is None:  # listed as unresolved, never dropped
            res = unresolved(m, self.t)
            return res, UNKNOWN_PUBLICATION, head
        return res, (anchor if res and res.relative else "explicit"), head

    def _narrative_year(self, m: Mention, ref: date | None, direction) -> Timex | None:
        """The year a passage tells of, for a month or day written without one: an explicit
        earlier year in the same sentence or the one before it, in the same paragraph, when it
        is not the reference year (the story has moved back in time)."""
        if m.kind != "date" or m.get("year") or m.get("ymod") or m.get("mod"):
            return None
        if ref is None or direction == "forward":
            return None
        here = self.ctx.sentence_at(m.start)
        if here is None:
            return None
        for x in sorted(self.found, key=lambda x: -x.start):
            if x.start >= m.start or x.sentence_id is None:
                continue
            if here.sentence_id - x.sentence_id > 1:
                break
            there = self.ctx.sentences[x.sentence_id]
            if there.paragraph is not here.paragraph or x.anchor != "explicit" or x.date is None:
                continue
            if x.kind == "year" and x.date.year < ref.year and self._sets_the_scene(x):
                return x
            return None
        return None

    def _sets_the_scene(self, x: Timex) -> bool:
        """'In 2016(,) the town ...': a year after 'in' dating the main clause of a past-tense
        sentence (not 'since 1980', 'the 1988 bombing' or a relative clause's 'in 1987')."""
        words = self.ctx.text[max(0, x.start - 6) : x.start].split()
        if not words or words[-1].lower() != "in":
            return False
        tok = _root_token(self.ctx, x)
        verb = _governing_verb(tok) if tok is not None else None
        return verb is not None and verb.dep_ == "ROOT" and _is_past(verb)

    def speaker_now(self, m: Mention) -> tuple[date | None, str]:
        """The day the words around `m` were said, when the article dates the statement."""
        said = self._statement_date(m)
        if said is not None:
            return said.date, f"statement {said.text!r} ({fmt(said.date)})"
        return self.published, "publication"

    def _statement_date(self, m: Mention) -> Timex | None:
        sent = self.ctx.sentence_at(m.start)
        speech = self.speech_head(m)
        candidates = []
        for x in self.found:
            if x.precision != "day" or x.date is None or x.head is None:
                continue
            if not _is_speech(x.head, self.t):
                continue
            if speech is not None and x.head.i == speech.i:
                return x
            para = self.ctx.article.paragraph_at(x.start)
            if self.inside_quote(m) and sent is not None and para is sent.paragraph:
                candidates.append(x)
        return min(candidates, key=lambda x: abs(x.start - m.start)) if candidates else None

    def inside_quote(self, m: Mention) -> bool:
        return any(s <= m.start and m.end <= e for s, e in self.quote_spans)

    def speech_head(self, m: Mention):
        """A reporting verb above the clause holding `m` ("said ... that [Friday ...]")."""
        tok = _root_token(self.ctx, m)
        if tok is None:
            return None
        own = _governing_verb(tok)
        node, steps = own, 0
        while node is not None and node.head is not node and steps < 8:
            if node.dep_ in ("ccomp", "parataxis") and _is_speech(node.head, self.t):
                return node.head if node.head is not own else None
            node, steps = node.head, steps + 1
        return None

    # --- pass 3 -------------------------------------------------------------------------------
    def resolve_anchored(self, m: Mention):
        direction, head = direction_of(self.ctx, m, self.t)
        if m.kind == "same_period":
            return (*self._same_period(m), head)
        if m.pattern in SAME_SENTENCE_ONLY:
            event = self._same_sentence_day(m)
        elif m.pattern in STORY_DAY:
            event = self._same_sentence_day(m) or self._story_day(m) or self._lead_day(m)
        else:
            event = self._event_anchor(m)
            if event is None and m.kind == "anaphoric" and m.get("unit"):
                event = self._lead_day(m)  # "(By the following day ...)" far from any day
        if event is not None:
            x, label = event
            base = (x.date, label)
        elif m.pattern in TODAY_BY_DEFAULT and self.published is not None:
            label = "publication"
            base = (self.published, f"publication ({fmt(self.published)})")
        else:
            return None, "", head
        res = resolve(m, self.t, self.published, direction, anchor=base)
        return res, label, head

    def _event_anchor(self, m: Mention) -> tuple[Timex, str] | None:
        """The dated event `m` hangs on: its object ('before the attack'), an event noun of the
        sentence dated elsewhere, or the last day told before it (the narrative's 'then')."""
        doc = self.ctx.doc
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return None
        dated = self._dated_events()
        obj = _object_after(span) if m.kind == "offset" else None
        if obj is not None:
            hit = dated.get(obj.lemma_.lower())
            return (hit, f"{obj.lemma_} ({fmt(hit.date)})") if hit else None
        if m.kind == "offset" and _measured_from_words(self.ctx.doc, m):
            return None  # "a day after Chrysler released ...": from an undated event
        sent = span.sent
        nouns = [tok for tok in sent if tok.pos_ == "NOUN" and not (span.start <= tok.i < span.end)]
        for tok in sorted(nouns, key=lambda tok: abs(tok.i - span.start)):
            hit = dated.get(tok.lemma_.lower())
            if hit is not None and hit.start < m.start:
                return hit, f"{tok.lemma_} ({fmt(hit.date)})"
        fits = _fine_enough(m)
        before = [  # a clock time is on the day it is written with, not a day of its own
            x for x in self.found if x.end <= m.start and x.date and fits(x) and x.kind != "clock"
        ]
        if before:
            last = max(before, key=lambda x: x.start)
            here = self.ctx.sentence_at(m.start)
            if here is not None and here.sentence_id - (last.sentence_id or 0) <= 3:
                return last, f"{last.text!r} ({fmt(last.date)})"
        return None

    def _same_period(self, m: Mention) -> tuple[Resolved | None, str]:
        """'the same period last year' after 'in February': February of the year before."""
        here = self.ctx.sentence_at(m.start)
        wants_quarter = "quarter" in m.text.lower()
        earlier = [
            x
            for x in sorted(self.found, key=lambda x: -x.start)
            if x.start < m.start and x.date is not None and x.sentence_id is not None
        ]
        near = [
            x
            for x in earlier
            if here is not None and here.sentence_id - x.sentence_id <= PERIOD_SENTENCES
        ]
        quarters = [x for x in earlier if "-Q" in x.value]  # the quarter the story reports
        candidates = quarters[:1] if wants_quarter else near + quarters[:1]
        for x in candidates:
            hit = PERIOD_VALUE.match(x.value)
            if hit:
                year = int(hit.group(1)) - 1
                start = x.date - relativedelta(years=1)  # 29 February -> 28 February
                end = (x.date_end or x.date) - relativedelta(years=1)
                how = f"the same period a year before {x.text!r} ({x.value})"
                res = Resolved(f"{year:04d}{hit.group(2)}", start, end, "month", how, True)
                return res, f"{x.text!r} ({x.value})"
        if self.published is None:
            return None, ""
        year = self.published.year - 1
        how = f"a period of the year before publication ({fmt(self.published)})"
        res = Resolved(f"{year:04d}", date(year, 1, 1), date(year, 12, 31), "year", how, True)
        return res, "publication"

    def _lead_day(self, m: Mention) -> tuple[Timex, str] | None:
        """The day the article's lead tells of ('saw a turbulent day yesterday'): the first exact
        day in the first LEAD_PARAGRAPHS body paragraphs, outside quotes, before `m`."""
        body = [p for p in self.ctx.article.paragraphs if p.kind == "body"][:LEAD_PARAGRAPHS]
        for x in sorted(self.found, key=lambda x: x.start):
            if x.start >= m.start:
                break
            para = self.ctx.article.paragraph_at(x.start)
            if para not in body or x.precision != "day" or x.date is None or x.kind == "clock":
                continue
            if x.date != x.date_end or any(s <= x.start < e for s, e in self.quote_spans):
                continue
            return x, f"the day the lead tells of: {x.text!r} ({fmt(x.date)})"
        return None

    def _story_day(self, m: Mention) -> tuple[Timex, str] | None:
        here = self.ctx.sentence_at(m.start)
        if here is None:
            return None
        days = [
            x
            for x in self.found
            if x.end <= m.start
            and x.precision == "day"
            and x.date is not None
            and x.kind != "clock"
            and x.sentence_id is not None
            and here.sentence_id - x.sentence_id <= STORY_DAY_SENTENCES
        ]
        if not days:
            return None
        x = max(days, key=lambda x: x.start)
        return x, f"{x.text!r} ({fmt(x.date)})"

    def _same_sentence_day(self, m: Mention) -> tuple[Timex, str] | None:
        here = self.ctx.sentence_at(m.start)
        sid = here.sentence_id if here is not None else None
        days = [
            x
            for x in self.found
            if x.sentence_id == sid and x.precision == "day" and x.date and x.kind != "clock"
        ]
        if not days:
            return None
        x = min(days, key=lambda x: abs(x.start - m.start))
        return x, f"{x.text!r} ({fmt(x.date)})"

    def _dated_events(self) -> dict:
        """Event word (lemma) -> the first day-precision expression dating it."""
        out: dict = {}
        for x in sorted(self.found, key=lambda x: x.start):
            if x.head is None or not _day_like(x) or x.kind == "clock":
                continue
            if _is_speech(x.head, self.t):
                continue
            out.setdefault(x.head.lemma_.lower(), x)
            for child in x.head.children:  # "the election was held on 2 June": the election
                if child.dep_ in ("nsubj", "nsubjpass", "dobj") and child.pos_ in ("NOUN", "PROPN"):
                    out.setdefault(child.lemma_.lower(), x)
        return out

    def add(self, m: Mention, res: Resolved | None, anchor: str, head) -> None:
        if res is None:
            return
        sent = self.ctx.sentence_at(m.start)
        self.found.append(
            Timex(
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


# ---------------------------------------------------------------------------------------------
# Parse-based helpers.


# "the previous year" can hang on a month or a year told before; "the next day" only on a day.
COARSE_ANCHORS = {
    "year": ("day", "approx", "week", "month", "year"),
    "month": ("day", "week", "month"),
}


def _fine_enough(m: Mention):
    """Which earlier expressions an anaphoric `m` may count from, by the unit it counts in."""
    unit = (m.get("unit") or "").lower() if m.kind == "anaphoric" else ""
    allowed = COARSE_ANCHORS.get(unit)
    if allowed is None:
        return _day_like
    return lambda x: x.precision in allowed and x.type == "DATE"


def _day_like(x: Timex) -> bool:
    """A day, or an approximate point ('two weeks before'); not a range such as 'later this year'."""
    return x.date is not None and x.precision in DAY_LIKE and x.date == x.date_end


def _words(key: str) -> frozenset:
    """A word list of data/temporal.toml's [tense] table (tense and cue rules are data)."""
    return tables().tense_words[key]


def _keep(ctx, m: Mention, t: Tables) -> bool:
    """Drop expressions in photo credits and four-digit counts that look like years."""
    para = ctx.article.paragraph_at(m.start)
    if para is None or para.kind in SKIPPED_PARAGRAPHS:
        return False
    if m.kind == "deictic" and _in_a_name(ctx, m):
        return False
    if m.kind == "decade" and not m.get("century"):
        before = ctx.text[max(0, m.start - 25) : m.start].lower().split()[-2:]
        if AGE_WORDS.intersection(before):
            return False
    if m.kind == "year" and m.pattern == "year":
        after = ctx.text[m.end : m.end + 30].split()
        before = ctx.text[max(0, m.start - 30) : m.start].split()
        if after and after[0].strip(".,;:").lower() in t.count_nouns:
            return False
        # "from at least 2002 to 2005": a range cue before the quantifier makes it a year
        ranged = {w.lower() for w in before[-3:-1]}.intersection(_words("range_cues"))
        if before and before[-1].lower() in _words("quantifiers") and not ranged:
            return False
        span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and span.end < len(ctx.doc):
            nxt = ctx.doc[span.end]
            if nxt.tag_ == "NNS" and nxt.dep_ != "npadvmod" and span[-1].dep_ == "nummod":
                return False
    return True


def _in_a_name(ctx, m: Mention) -> bool:
    """'told USA TODAY', 'on NBC's Today show': a capitalised date word after a capitalised
    word, or before a programme noun, names an outlet or a show, not a day."""
    if not m.text[:1].isupper():
        return False
    before = ctx.text[max(0, m.start - 30) : m.start]
    sentence = ctx.sentence_at(m.start)
    opens_sentence = sentence is None or not ctx.text[sentence.start : m.start].strip()
    words = before.split()
    if words and not opens_sentence and words[-1][:1].isupper() and words[-1][-1].isalnum():
        return True
    after = ctx.text[m.end : m.end + 15].split()
    return bool(after) and after[0].lower().strip(".,") in _words("programme_nouns")


def _quote_spans(ctx) -> list[tuple[int, int]]:
    """Quoted passages: the quotes table when filled, else matched quote marks."""
    spans = [(q["start"], q["end"]) for q in (ctx.quotes or []) if q.get("kind") != "indirect"]
    for m in QUOTE_PAIRS.finditer(ctx.text):
        spans.append((m.start() + 1, m.end() - 1))
    return spans


def _root_token(ctx, m: Mention | Timex):
    span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _governing_verb(tok):
    """The verb (or event noun's verb) the expression attaches to; finite if possible."""
    node, steps = tok, 0
    while node.head is not node and steps < 10:
        node, steps = node.head, steps + 1
        if node.pos_ in ("VERB", "AUX"):
            if (
                node.tag_ in NONFINITE_TAGS
                and not _aux(node)
                and node.head is not node
                and node.dep_ != "ROOT"
            ):
                continue
            return node
    return node


def _aux(verb) -> list[str]:
    return [c.text.lower() for c in verb.children if c.dep_ in ("aux", "auxpass")]


def _is_speech(tok, t: Tables) -> bool:
    return tok.lemma_.lower() in t.tense["speech_lemmas"]


def event_head(ctx, m: Mention):
    """The word the expression dates: the possessed noun ("Friday's attack"), else its verb."""
    span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = span.root
    if root.dep_ == "poss" or (
        root.head.pos_ == "NOUN" and root.dep_ in ("compound", "npadvmod", "nmod")
    ):
        return root.head
    if root.dep_ == "pobj" and root.head.head.pos_ == "NOUN" and root.head.dep_ == "prep":
        return root.head.head
    return _governing_verb(root)


def direction_of(ctx, m: Mention, t: Tables) -> tuple[str | None, object]:
    """('forward' | 'back' | None, head token) for the clause holding `m`.

    In order: a modal or future auxiliary; a plan ("set to begin", "an event to be held", a
    headline's "markets to remain closed"); a deadline ("until Friday", "by June") unless told in
    the simple past; past tense; a present progressive ("is travelling on Monday").
    """
    root = _root_token(ctx, m)
    if root is None:
        return None, None
    head = event_head(ctx, m)
    if _names_a_reported_period(m, root) and _just_ended(m, t, ctx.article.published):
        return "back", head
    if head is not None and head.pos_ == "NOUN" and _expected(head):
        return "forward", head
    words = ctx.text[max(0, m.start - 25) : m.start].lower().split()
    cue = words[-1] if words else ""
    if " ".join(words[-2:]) in _words("status_cues"):  # "as of March 20": a state reached
        return "back", head
    verb = _governing_verb(root)
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None, head
    auxes = _aux(verb)
    if m.kind != "weekday" and _words("future_in_past_aux").intersection(auxes):
        return None, head  # "vowed Britain would leave on Oct. 31": the nearest Oct. 31
    forward = t.tense["forward_aux"] + t.tense["future_in_past_aux"]
    if any(a in forward for a in auxes) or "going" in auxes:
        return "forward", head
    plan = _planned(verb, t)
    if plan is not None:
        if m.kind != "weekday" and _told_in_past(plan):
            return None, head  # "was due to be released in September": the nearest one
        return "forward", head
    if "to" in auxes and verb.tag_ == "VB" and verb.dep_ == "xcomp":  # "pleaded guilty to
        finite = _finite_above(verb)  # threatening to kill ... in March": the tense above it
        if finite is not None and _is_past(finite):
            return "back", head
    simple_past = (  # "was used ... by Thursday night": over by then ("has ..." may go on)
        verb.tag_ == "VBD"
        or "had" in auxes
        or (verb.tag_ == "VBN" and {"was", "were"} & set(auxes))
    )
    reported = verb.dep_ == "ccomp" and _is_speech(verb.head, t)  # tense backshifted
    if cue in _words("deadline_cues") and (
        not simple_past or reported or verb.lemma_.lower() in _words("commit_lemmas")
    ):
        return "forward", head
    if _under_a_future(verb, t):  # "would be infused ... when they opened on Friday"
        return "forward", head
    headline = getattr(ctx.article.paragraph_at(m.start), "kind", "") == "headline"
    past = verb.tag_ == "VBD" or (
        verb.tag_ == "VBN" and (not auxes or _words("past_aux").intersection(auxes))
    )
    if past and not headline:  # headlines tell the past in the present and vice versa
        return "back", head
    if verb.tag_ == "VBG" and any(a in _words("present_be") for a in auxes):
        return "forward", head
    if _futurate(m, verb, auxes, headline):
        return "forward", head
    return None, head


def _futurate(m: Mention, verb, auxes: list[str], headline: bool) -> bool:
    """A present tense with a day after the verb in running text is a timetable ("the Fed meets
    on Tuesday", "the vote is on Friday"); headlines tell the past in the present, so not there.
    A day before the verb names its noun's day ("the testimony Tuesday shows ..."): no timetable.
    """
    if headline or m.kind not in ("weekday", "date") or auxes:
        return False
    if m.start < verb.idx and _after_a_noun(verb.doc, m):
        return False
    return verb.tag_ in ("VBZ", "VBP") and verb.dep_ == "ROOT"


def _after_a_noun(doc, m: Mention) -> bool:
    """'the testimony Tuesday': the day written straight after a noun, with no preposition."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and span.start > 0 and doc[span.start - 1].pos_ == "NOUN"


def _under_a_future(verb, t: Tables) -> bool:
    """A time clause ('when they opened', 'once it reopens') of a clause told as future: it
    shares that clause's time, whatever its own tense."""
    if verb.dep_ != "advcl" or verb.head is verb:
        return False
    marks = {c.lower_ for c in verb.children if c.dep_ in ("mark", "advmod")}
    if not marks.intersection(_words("time_clause_marks")):
        return False
    forward = t.tense["forward_aux"] + t.tense["future_in_past_aux"]
    return any(a in forward for a in _aux(verb.head))


def _is_past(verb) -> bool:
    auxes = _aux(verb)
    return verb.tag_ == "VBD" or (  # "has closed", "was rebuilding"
        verb.tag_ in ("VBN", "VBG") and bool(_words("past_aux").intersection(auxes))
    )


def _finite_above(verb):
    """The first finite verb up the parse from a non-finite one (None at the root)."""
    node, steps = verb, 0
    while node.head is not node and steps < 6:
        node, steps = node.head, steps + 1
        if node.pos_ in ("VERB", "AUX") and node.tag_ not in NONFINITE_TAGS + ("VBN",):
            return node
        if node.pos_ in ("VERB", "AUX") and node.tag_ == "VBN" and _aux(node):
            return node
    return None


def _told_in_past(plan) -> bool:
    """A plan stated in the past ("was due to", "planned for", "had been scheduled"): the day
    may be gone by now. 'Due' and other adjectives take the tense of their 'be'."""
    if plan.pos_ == "ADJ":
        be = plan.head if plan.dep_ == "acomp" else None
        return be is not None and be.tag_ == "VBD"
    if plan.tag_ == "VBD":
        return True
    if plan.tag_ == "VB" and "to" in _aux(plan):  # "failed to agree on": the tense above
        finite = _finite_above(plan)
        return finite is not None and _is_past(finite)
    if plan.tag_ == "VBN":
        auxes = _aux(plan)
        return not auxes or bool(_words("past_aux").intersection(auxes))
    return False


def _expected(noun) -> bool:
    """'an expected announcement', 'the upcoming vote': the event lies ahead."""
    return any(c.dep_ == "amod" and c.lower_ in _words("forward_modifiers") for c in noun.children)


REPORTING_LAG_DAYS = 100  # figures for a month or quarter come out within about three months


def _just_ended(m: Mention, t: Tables, ref: date | None) -> bool:
    """The last occurrence of the month or quarter is current or ended within the reporting lag
    ("fourth-quarter results" in January; not "a third-quarter loss" expected in January)."""
    if ref is None:
        return True
    if m.kind == "quarter":
        q = int(m.get("q")) if m.get("q") else t.ordinals.get((m.get("ord") or "").lower())
        if not q:
            return False
        first, months = (q - 1) * 3 + 1, 3
    else:
        first, months = t.month(m.get("month")), 1
    start = date(ref.year, first, 1)
    if start > ref:
        start = date(ref.year - 1, first, 1)
    end = start + relativedelta(months=months, days=-1)
    return (ref - end).days <= REPORTING_LAG_DAYS


def _names_a_reported_period(m: Mention, root) -> bool:
    """A bare month or quarter modifying figures about it ('August sales', 'fourth-quarter
    profit'): the period is over whatever the tense of the sentence ("will report fourth-quarter
    results" in January is last year's quarter). Read from the words that follow, which survive
    a misparse of the sentence."""
    if m.kind not in ("date", "quarter") or m.get("day") or m.get("year") or m.get("ymod"):
        return False
    if m.get("mod") or m.get("rel"):
        return False
    doc = root.doc
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    end = span.end if span is not None else root.i + 1
    for tok in doc[end : end + 2]:
        if tok.pos_ not in ("NOUN", "PROPN", "ADJ"):
            return False
        if tok.lower_ in _words("period_nouns"):
            return True
    return False


def _planned(verb, t: Tables):
    """A scheduled or intended event: 'is set to begin', 'plans to', 'an event to be held'.
    The word that makes it a plan (the verb or adjective of planning, else `verb`), or None."""
    node = verb
    for _ in range(3):
        lemma = node.lemma_.lower()
        if lemma in _words("schedule_lemmas"):
            return node
        if node is not verb and lemma in _words("intent_lemmas"):
            return node
        if "to" not in _aux(node) or node.head is node:
            return None
        if node.head.pos_ in ("NOUN", "PROPN") or node.dep_ == "ROOT":
            return verb  # "an event to be held on ...", headline "markets to remain closed"
        node = node.head
        if any(a in t.tense["forward_aux"] + ["would"] for a in _aux(node)):
            return verb
    return None


def _measured_from_words(doc, m: Mention) -> bool:
    """'a day after [Chrysler released ...]', 'a year after [launching ...]': the words after the
    offset name what it counts from (the before/after opens a clause or governs a phrase);
    'two weeks before, ...' or 'warned two weeks before about ...' count from the story."""
    if m.get("dir").lower() not in ("before", "after"):
        return False
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    word = span[-1]
    return word.dep_ == "mark" or (word.dep_ == "prep" and any(True for _ in word.children))


def _object_after(span):
    """'before [the attack]': the noun governed by a before/after right after the span;
    'before the beginning of [the Games]': the event whose start or end is meant."""
    noun = _governed_noun(span)
    if noun is not None and noun.lemma_.lower() in PHASE_NOUNS:
        of = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]
        objs = [c for c in of[0].children if c.dep_ == "pobj"] if of else []
        return objs[0] if objs else noun
    return noun


def _governed_noun(span):
    for tok in span:
        if tok.lower_ in ("before", "after") and tok.dep_ == "prep":
            objs = [c for c in tok.children if c.dep_ == "pobj"]
            return objs[0] if objs else None
    doc = span.doc
    if span.end < len(doc) and doc[span.end].pos_ in ("DET", "NOUN", "PROPN"):
        nxt = doc[span.end]
        last = span[-1]
        if last.lower_ in ("before", "after") and nxt.head.i != last.i and nxt.pos_ != "DET":
            return None
        if last.lower_ in ("before", "after"):
            noun = nxt if nxt.pos_ in ("NOUN", "PROPN") else nxt.head
            return noun if noun.pos_ in ("NOUN", "PROPN") else None
    return None
