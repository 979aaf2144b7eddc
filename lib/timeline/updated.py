"""An article told after the day it is dated: a weekday it tells in the past may be the day after.

Web copy keeps its first publication date while a later edit adds what happened since, and says
so ("This article has been updated with Clinton's tweet"): "tweeted on Thursday" in a story
published on a Wednesday is then the next day, not the Thursday six days before. Only the day
right after publication is read so: an update is made within a day or so, and any other weekday
keeps the usual reading (the last one).

A newspaper's issue named by its weekday is out the evening before its day, so a story may tell
of the next day's issue ("in Wednesday's paper", "the front page of Tuesday's New York Times" in a
story dated Monday): that weekday is the day after publication, never the one six days before.
Told in the past ("Tuesday's New York Times sparked criticism on Monday night"), the issue is out
and the story goes on past it: its other weekdays told in the past naming that day are that day,
as an update's are ("The Times said in a statement Tuesday").
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from lib.timeline.direction import direction_of
from lib.timeline.patterns import Mention, Tables

# Directions of a weekday's clause that read "the last one" (past tense, or unknown).
BACKWARD = ("back", None)
# Words after the weekday's "'s" searched for the issue's noun ("Tuesday's New York Times").
ISSUE_REACH = 4
POSSESSIVE = re.compile(r"['’]s\s")
EDGE_PUNCTUATION = ".,;:!?\"“”'’()"


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


def next_days_issue(text: str, m: Mention, t: Tables, published: date | None) -> date | None:
    """The day after publication when `m` is a bare weekday naming it that owns a newspaper's
    issue ("Tuesday's New York Times" in a story of Monday); else None."""
    if published is None or m.kind != "weekday" or m.get("mod"):
        return None
    after = published + timedelta(days=1)
    if t.weekday(m.get("weekday")) != after.weekday() or not names_an_issue(text, m.end, t):
        return None
    return after


def names_an_issue(text: str, end: int, t: Tables) -> bool:
    """`text[end:]` is "'s" and a newspaper's issue: up to ISSUE_REACH words, a title's
    (capitalised) or [tense] issue_words, ending on one of [tense] issue_nouns or on a
    capitalised one of [tense] newspaper_title_words."""
    if POSSESSIVE.match(text, end) is None:
        return False
    words = text[end + 2 : end + 2 + 60].split()[:ISSUE_REACH]
    nouns, leading = t.tense_words["issue_nouns"], t.tense_words["issue_words"]
    titles = t.tense_words["newspaper_title_words"]
    for i, raw in enumerate(words):
        word = raw.strip(EDGE_PUNCTUATION)
        pair = f"{word} {words[i + 1].strip(EDGE_PUNCTUATION)}" if i + 1 < len(words) else ""
        if word.lower() in nouns or pair.lower() in nouns:
            return True
        if word[:1].isupper() and word.lower() in titles:
            return True
        if word != raw or not (word[:1].isupper() or word.lower() in leading):
            return False  # a comma, or a word of no title: the weekday owns something else
    return False


def told_after_next_issue(ctx, mentions: list[Mention], t: Tables, published) -> bool:
    """The story tells, in the past, of the next day's issue of a paper: it is told from then."""
    return any(
        next_days_issue(ctx.text, m, t, published) is not None
        and direction_of(ctx, m, t)[0] in BACKWARD
        for m in mentions
    )
