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

import functools
from dataclasses import dataclass, replace
from datetime import date

from lib.ruledata import load
from lib.timeline.anchors import _measured_from_words
from lib.timeline.direction import direction_of
from lib.timeline.patterns import Mention, Tables
from lib.timeline.resolve import resolve_duration
from lib.timeline.timex import Timex
from lib.timeline.values import Resolved, fmt


@dataclass(frozen=True)
class LeadOffsetRules:
    """data/anchored.toml [lead_offset]."""

    directions: tuple[str, ...]
    units: tuple[str, ...]
    lead_sentences: int


@functools.cache
def lead_offset_rules() -> LeadOffsetRules:
    """Read once: `story_day_after` asks for them at every undated offset of every article."""
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
