"""An article updated after it was published: a weekday it tells in the past may be the day after.

Web copy keeps its first publication date while a later edit adds what happened since, and says
so ("This article has been updated with Clinton's tweet"): "tweeted on Thursday" in a story
published on a Wednesday is then the next day, not the Thursday six days before. Only the day
right after publication is read so: an update is made within a day or so, and any other weekday
keeps the usual reading (the last one).
"""

from __future__ import annotations

from datetime import date, timedelta

from lib.timeline.patterns import Mention, Tables

# Directions of a weekday's clause that read "the last one" (past tense, or unknown).
BACKWARD = ("back", None)


def says_updated(text: str, t: Tables) -> bool:
    """The article carries a note that it was updated ([tense] update_notes)."""
    lowered = text.lower()
    return any(note in lowered for note in t.tense_words["update_notes"])


def day_after_update(
    m: Mention, t: Tables, published: date | None, direction, updated: bool
) -> date | None:
    """The day after publication when `m` is a bare weekday naming it, told in the past (or
    with no tense) in an updated article; else None."""
    if not updated or published is None or m.kind != "weekday" or direction not in BACKWARD:
        return None
    if m.get("mod"):  # "last Thursday" is no update's day
        return None
    after = published + timedelta(days=1)
    return after if t.weekday(m.get("weekday")) == after.weekday() else None
