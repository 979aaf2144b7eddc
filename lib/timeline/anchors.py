"""What an anchored expression counts from: the event named after "ten days before [the
murder]", "in advance of [the final]", read from the parse; the event may be told by a verb
("was shot on Oct. 23" dates "the murder": [events.done_by] in data/temporal.toml).
"""

from __future__ import annotations

import re

from lib.timeline.patterns import Mention
from lib.timeline.timex import Timex

# What sets an appositive off from the day it describes ("Oct. 12, the day before ...").
APPOSITION = re.compile(r"\s*[,(\u2013\u2014-]\s*")
# Between "before"/"after" and the day it counts from: "two days before Oct. 3", "the day
# after the Oct. 3 vote".
DATE_AFTER = re.compile(r"\s+(?:the\s+)?")
# Between a count and the year it lands on: "11 years earlier, in 2008", "... later (in 2015".
YEAR_AFTER = re.compile(r"\s*[,(]?\s*in\s+")

DAY_LIKE = ("day", "approx")
# Subjects that name someone, not something that happens: never the event an offset counts from.
NOT_EVENTS = ("PROPN", "PRON")
# "the previous year" can hang on a month or a year told before; "the next day" only on a day.
COARSE_ANCHORS = {
    "year": ("day", "approx", "week", "month", "year"),
    "month": ("day", "week", "month"),
}

# "the beginning of the war": the war is the event an offset hangs on.
PHASE_NOUNS = frozenset(["beginning", "start", "end", "outbreak", "eve", "opening", "launch"])


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


GOVERNING = ("before", "after", "of")  # the last word of "ten days before", "in advance of"


def _governed_noun(span):
    for tok in span:
        if tok.lower_ in ("before", "after") and tok.dep_ == "prep":
            objs = [c for c in tok.children if c.dep_ == "pobj"]
            return objs[0] if objs else None
    doc = span.doc
    if span.end < len(doc) and doc[span.end].pos_ in ("DET", "NOUN", "PROPN"):
        nxt = doc[span.end]
        last = span[-1]
        if last.lower_ in GOVERNING and nxt.head.i != last.i and nxt.pos_ != "DET":
            return None
        if last.lower_ in GOVERNING:
            noun = nxt if nxt.pos_ in ("NOUN", "PROPN") else nxt.head
            return noun if noun.pos_ in ("NOUN", "PROPN") else None
    return None


def dated_as(dated: dict, lemma: str, done_by: dict):
    """The dated expression of an event noun: its own lemma, else a verb that does it ('the
    murder' told as 'was shot on Oct. 23')."""
    hit = dated.get(lemma)
    if hit is not None:
        return hit
    for verb in done_by.get(lemma, ()):
        if verb in dated:
            return dated[verb]
    return None


def dated_subject(span, dated: dict, done_by: dict):
    """'The crash came ten days before the final': the dated event the clause is about (its
    verb or subject), from which the undated event after before/after is counted the other way.
    A subject that names a person ("Sanders has been released three days after a heart attack")
    is no event, though a day elsewhere may date a clause of which that name is the head.
    (lemma, timex) or None."""
    from lib.timeline.verbs import _governing_verb

    verb = _governing_verb(span.root)
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    words = [verb] + [c for c in subjects if c.pos_ not in NOT_EVENTS]
    for tok in words:
        if span.start <= tok.i < span.end:
            continue
        hit = dated_as(dated, tok.lemma_.lower(), done_by)
        if hit is not None:
            return tok.lemma_, hit
    return None


def in_apposition(text: str, found: list, m: Mention):
    """'on Oct. 12, the day before the plunge': 'the day before/after ...' set off by a comma
    straight after a day describes that day (the timex returned); it does not count from it."""
    if not m.get("dayrel"):
        return None
    for x in found:
        gap = text[x.end : m.start] if x.end <= m.start else ""
        if x.date and x.precision == "day" and APPOSITION.fullmatch(gap):
            return x
    return None


def year_written_after(text: str, found: dict, m: Mention):
    """'11 years earlier, in 2008', 'a decade later in 2015': a count from the story's time
    followed straight by the year it lands on is that year (the timex returned); the count
    only says how far it is."""
    if m.kind != "offset" or (m.get("dir") or "").lower() not in ("earlier", "later"):
        return None
    for x in _starting_soon_after(found, m.end):
        gap = text[m.end : x.start]
        explicit_year = x.kind == "year" and x.date is not None and x.anchor == "explicit"
        if explicit_year and YEAR_AFTER.fullmatch(gap):
            return x
    return None


def counted_from_date_after(text: str, found: dict, m: Mention):
    """'two days before Oct. 3', 'the day after Christmas', 'a week after the Oct. 3 vote': a
    count whose before/after is followed straight by a written day counts from that day (the
    timex returned) - not from an event the day also dates elsewhere in the sentence."""
    word = (m.get("dir") or m.get("dayrel") or "").lower().split()
    if not word or word[-1] not in ("before", "after"):
        return None
    for x in _starting_soon_after(found, m.end):
        gap = text[m.end : x.start]
        if x.date is not None and x.precision == "day" and DATE_AFTER.fullmatch(gap):
            return x
    return None


# How far after a count the expression it counts from may start ("before the ", ", in ").
NEAR_AFTER = 12


def _starting_soon_after(found, end: int) -> list:
    """The expressions starting within NEAR_AFTER characters after `end`: looked up by start
    offset (`found` is a dict start -> timex), never a scan of all found per question."""
    return [found[i] for i in range(end, end + NEAR_AFTER) if i in found]


def also_dated(doc, x) -> list:
    """Event words a day-precision expression dates besides the word it hangs on (`x.head`):
    the noun of "the accident, which occurred yesterday"; the subject or object of "the
    election was held on 2 June"; and the noun written just before "on"/"in" and the date
    ("three days before the robbery on Feb. 9"), whichever word the parser hung the date on."""
    head, out = x.head, []
    if head.dep_ == "relcl" and head.head.pos_ == "NOUN":
        out.append(head.head)
    for child in head.children:
        if child.dep_ in ("nsubj", "nsubjpass", "dobj") and child.pos_ in ("NOUN", "PROPN"):
            out.append(child)
    first = doc.char_span(x.start, x.end, alignment_mode="expand")
    if first is not None and first.start >= 2:
        prep, noun = doc[first.start - 1], doc[first.start - 2]
        if prep.lower_ in ("on", "in") and noun.pos_ == "NOUN":
            out.append(noun)
    return out


def _fine_enough(m: Mention):
    """Which earlier expressions an anaphoric `m` may count from, by the unit it counts in; a
    count of months or years ("two months later") may count from a month or year told before
    ("announced in June ... died two months later": August), as "the following year" does."""
    unit = (m.get("unit") or "").lower() if m.kind in ("anaphoric", "offset") else ""
    if m.kind == "offset":
        unit = unit.removesuffix("s")
    allowed = COARSE_ANCHORS.get(unit)
    if allowed is None:
        return _day_like
    return lambda x: x.precision in allowed and x.type == "DATE"


def _day_like(x: Timex) -> bool:
    """A day, or an approximate point ('two weeks before'); not a range such as 'later this year'."""
    return x.date is not None and x.precision in DAY_LIKE and x.date == x.date_end
