"""A quotation said at another time than the article's: 'In a 2016 interview, she said: "Today
we are stronger"'. Its "today" is a day of 2016 the article does not give; dating it from the
publication day would put an old remark on the timeline as news.

Split from the tagger (lib/timeline/tagger.py), which asks this of each date inside a quote
after the statement's own day (lib/timeline/speech_days.py) gave no answer.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from lib.timeline.patterns import Mention, Tables
from lib.timeline.quoted import QuotedSpans
from lib.timeline.timex import Timex
from lib.timeline.verbs import _is_speech, _words

# Kinds whose day is counted from the speaker's "now": inside an old quote they have none.
NOW_KINDS = ("deictic", "relative", "weekday")
# How far from a quoted now-word its reporting verb is looked for (a few hundred characters of
# its sentence, never the whole of one that runs on for pages).
ATTRIBUTION_REACH = 400
# Words naming an occasion of speech, dated by the year or month the sentence gives it.
SPEECH_NOUNS = frozenset(
    [
        "interview",
        "speech",
        "remark",
        "statement",
        "address",
        "testimony",
        "podcast",
        "tweet",
        "post",
        "op-ed",
        "letter",
        "memoir",
        "book",
        "hearing",
        "debate",
    ]
)


def said_at_another_time(
    ctx, found: list[Timex], quoted: QuotedSpans, m: Mention, t: Tables, published: date | None
) -> Timex | None:
    """The coarse time (a year, a month) its own sentence gives the statement a quoted
    'today' / 'this week' / 'Friday' belongs to, when that time ended before publication: the
    date outside the quote that hangs on a reporting verb or a noun of speech."""
    if m.kind not in NOW_KINDS or published is None or not quoted.holds(m.start, m.end):
        return None
    here = ctx.sentence_at(m.start)
    if here is None:
        return None
    for x in found:
        if x.sentence_id != here.sentence_id or x.date is None or x.head is None:
            continue
        if x.precision == "day" or quoted.holds(x.start, x.end):
            continue
        spoken = x.head.lemma_.lower() in t.tense["speech_lemmas"] or (
            x.head.lemma_.lower() in SPEECH_NOUNS
        )
        if spoken and (x.date_end or x.date) < published:
            return x
    return None


def said_back_then(ctx, quoted: QuotedSpans, m: Mention, t: Tables) -> str | None:
    """'“Today, we add his name to the ship,” the secretary said then', '... told reporters at
    the time': a reporting verb of the quote's sentence followed by "then" or "at the time"
    ([tense] said_then_words) puts the words at an earlier time the text has told of, so a
    quoted 'today' or 'this morning' is that time's day, not the publication day. Returns the
    words that say so, or None. "then-President Obama" is a title, not a time."""
    if m.kind not in NOW_KINDS or not quoted.holds(m.start, m.end):
        return None
    here = ctx.sentence_at(m.start)
    if here is None:
        return None
    near = ctx.doc.char_span(
        max(here.start, m.start - ATTRIBUTION_REACH),
        min(here.end, m.end + ATTRIBUTION_REACH),
        alignment_mode="expand",
    )
    for tok in near if near is not None else ():
        if not _is_speech(tok, t) or quoted.holds_point(tok.idx):
            continue
        hit = _then_after_verb().match(ctx.text, tok.idx + len(tok.text))
        if hit is not None:
            return f"{tok.text} {hit.group('then')}"
    return None


@cache
def _then_after_verb() -> re.Pattern:
    """Up to two words of object ("told reporters", "told the Post"), then the time words; a
    conjunction ends the reporting clause ('she said and then left': "then" of what came next)."""
    words = sorted(_words("said_then_words"), key=len, reverse=True)
    then = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    word = r"\s+(?!(?:and|or|but)\b)[\w’'.]+"
    return re.compile(rf"(?:{word}){{0,2}}?\s+(?P<then>{then})(?![\w-])", re.IGNORECASE)
