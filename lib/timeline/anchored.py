"""Dates anchored on an event the article does not date: the words then date their own clause.

"A year after her husband's death, the widow says the country is not well": no date in the text
reaches the death, so TimeML can only value "A year after" as a length (P1Y), and so it stays. But
an offset that opens one of the article's first sentences hangs the story's news on that event:
the main clause is what the story reports, told on the story's own day (the publication day). The
length then carries that day, the only DURATION with a date, and the timeline places the clause
there: a reader sees the anniversary where the story puts it.

Kept narrow on purpose (rules as data in data/anchored.toml):
- only "after" counts forward to the main clause ("two years before the public learned of it,
  the department had ..." tells of the past);
- only weeks and longer: an offset of days is `clause_offsets`' ("rallied on Wednesday, a day
  after Bannon accused him" dates the accusation);
- only in the lead, opening its sentence, with no date of its own in that sentence, and not in a
  clause that looks ahead ("will meet a year after the vote").
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from lib.ruledata import load
from lib.timeline.anchors import _measured_from_words, _object_after
from lib.timeline.direction import direction_of
from lib.timeline.patterns import Mention, Tables
from lib.timeline.resolve import resolve, resolve_duration
from lib.timeline.timex import Timex
from lib.timeline.values import Resolved, fmt


@dataclass(frozen=True)
class LeadOffsetRules:
    """data/anchored.toml [lead_offset]."""

    directions: tuple[str, ...]
    units: tuple[str, ...]
    lead_sentences: int


def lead_offset_rules() -> LeadOffsetRules:
    raw = load("anchored.toml")["lead_offset"]
    return LeadOffsetRules(tuple(raw["directions"]), tuple(raw["units"]), raw["lead_sentences"])


def story_day_after(
    ctx, m: Mention, t: Tables, found: list[Timex], published: date | None
) -> tuple[Resolved, str] | None:
    """(Resolved, anchor label) dating the main clause of a lead opening 'N weeks/months/years
    after <undated event>, ...' on the publication day; None when the construction is not there."""
    rules = lead_offset_rules()
    if published is None or (m.get("dir") or "").lower() not in rules.directions:
        return None
    if t.unit(m.get("unit"))[0] not in rules.units or not _measured_from_words(ctx.doc, m):
        return None
    sent = ctx.sentence_at(m.start)
    if sent is None or sent.sentence_id >= rules.lead_sentences:
        return None
    if any(ch.isalnum() for ch in ctx.text[sent.start : m.start]):
        return None  # not opening its sentence: "It comes three months after ..."
    if any(x.sentence_id == sent.sentence_id and x.date is not None for x in found):
        return None  # the sentence dates its clause itself
    if direction_of(ctx, m, t)[0] == "forward":
        return None  # "will meet a year after the vote": not the story's day
    label = f"publication ({fmt(published)})"
    how = (
        f"the main clause after '{m.text} <an undated event>' in the lead: the story's day, {label}"
    )
    length = resolve_duration(m, t, None, None, None)
    if length is None:
        return None
    # TimeML keeps the length (P1Y: the event it counts from is not dated); the timeline gets the
    # day of the clause it opens.
    return replace(length, date=published, date_end=published, precision="day", how=how), label


def counted_from_dated_event(
    ctx, m: Mention, t: Tables, found: list[Timex], dated: dict[str, Timex], published: date | None
) -> tuple[Resolved, str] | None:
    """(Resolved, label) for 'N days before/after <event>' when another sentence of the article
    dates that event ('A week after her resignation' / 'resigned on March 3'), told by a noun
    or by the verb of the clause the before/after opens ('two days after she resigned');
    None when no day, or more than one, is found for it.

    `found` is what the tagger has dated so far, `dated` its event word (lemma) -> the day-precision expression dating it."""
    if (m.get("dir") or "").lower() not in ("before", "after") or not _measured_from_words(
        ctx.doc, m
    ):
        return None
    event = _event_word(ctx, m)
    here = ctx.sentence_at(m.start)
    if event is None or _own_day_before(found, here, m):
        return None
    lemma = event.lemma_.lower()
    hits = [
        x
        for key, x in dated.items()
        if _same_event(lemma, key, t.events["done_by"])
        and (here is None or x.sentence_id != here.sentence_id)
    ]
    if len({x.date for x in hits}) != 1:
        return None
    x = hits[0]
    label = f"{event.text} ({fmt(x.date)}), dated as {x.text!r}"
    res = resolve(m, t, published, None, anchor=(x.date, label))
    return (res, label) if res is not None else None


def _event_word(ctx, m: Mention):
    """The word naming what the offset counts from: the noun the before/after governs ('after
    [her resignation]') or the verb of the clause it opens ('after she [resigned]')."""
    span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return None
    last = span[-1]
    if last.dep_ == "mark" and last.head.pos_ in ("VERB", "AUX"):
        verb = last.head  # "after it planned [to air]": the event is the one planned
        done = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
        return done[0] if done else verb
    return _object_after(span)


def _own_day_before(found: list[Timex], here, m: Mention) -> bool:
    """'launched Tuesday, four days after ...': the sentence dates its main clause itself, and
    the offset dates the event after it, counted back (lib/timeline/clause_offsets.py)."""
    return here is not None and any(
        x.sentence_id == here.sentence_id
        and x.end <= m.start
        and x.precision == "day"
        and x.date is not None
        and x.kind != "clock"
        for x in found
    )


def _same_event(noun: str, verb: str, done_by: dict) -> bool:
    """'resignation' and 'resign', 'death' and 'die', 'visit' and 'visit': one event."""
    if noun == verb or verb in done_by.get(noun, ()):
        return True
    stems = (verb, verb[:-1]) if verb.endswith("e") else (verb,)
    suffixes = load("anchored.toml")["event_nouns"]["suffixes"]
    return len(verb) >= 4 and any(noun == s + suf for s in stems for suf in suffixes)
