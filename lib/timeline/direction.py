"""Which way a clause points in time: the tense reading behind a bare weekday or month.

`direction_of` says 'forward' ("will stay closed until Friday": the coming Friday), 'back'
("said on Monday": the last one) or None, with the word the expression dates (`event_head`);
the readings of the date and the noun it dates (deadlines, possessive weekdays, event nouns, a
reported period) follow it; those of the verb alone (auxiliaries, finite verbs, plans) are in
lib/timeline/verbs.py. Word lists are data: data/temporal.toml's [tense] table.
"""

from __future__ import annotations

import re

from lib.timeline.patterns import Mention, Tables
from lib.timeline.reported_period import just_ended, names_a_reported_period
from lib.timeline.verbs import (
    _aux,
    _be_to,
    _committed_in_past,
    _denied,
    _finite_above,
    _governing_verb,
    _imperative,
    _is_past,
    _is_speech,
    _is_verb,
    _looks_ahead,
    _participle_under_a_future,
    _planned,
    _root_token,
    _told_in_past,
    _under_a_future,
    _under_since,
    _words,
)

# A clock time written before a day ("until 9 a.m. Tuesday"): the cue word is the one before it.
CLOCK_BEFORE = re.compile(
    r"\s\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?|noon|midnight)(?:\s+[A-Z]{2,4})?\s*$", re.IGNORECASE
)


# A future seen from a past moment ("would", "was to"): after that moment, which is recent.
RECENT_OR_AHEAD = "recent_or_ahead"
# A plan told in the past for a weekday ("a vigil planned for Saturday was called off", "set
# Friday as the deadline"): that weekday nearest the publication day, gone by or ahead.
NEAREST = "nearest"
# Words that open a subordinate clause: a date written before one is not in it.
CLAUSE_OPENERS = ("that", "whether", "if")


def event_head(ctx, m: Mention):
    """The word the expression dates: the possessed noun ("Friday's attack"), else its verb."""
    span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = span.root
    noun = None
    if root.dep_ == "poss" or (
        root.head.pos_ == "NOUN" and root.dep_ in ("compound", "npadvmod", "nmod")
    ):
        noun = root.head
    elif root.dep_ == "pobj" and root.head.head.pos_ == "NOUN" and root.head.dep_ == "prep":
        noun = root.head.head
    if noun is not None and noun.lemma_.lower() not in _words("time_nouns"):
        return noun
    return _governing_verb(noun if noun is not None else root)  # "shot on the night of Oct. 23"


def direction_of(ctx, m: Mention, t: Tables) -> tuple[str | None, object]:
    """('forward' | 'back' | None, head token) for the clause holding `m` (`_clause_direction`),
    but a month-day naming its noun ("during the July 25 call") is not pushed ahead by a modal
    or future around it: that says nothing of when the event named was (the nearest one)."""
    direction, head = _clause_direction(ctx, m, t)
    if direction in ("forward", RECENT_OR_AHEAD) and _names_its_noun(ctx, m, head):
        return None, head
    return direction, head


def _clause_direction(ctx, m: Mention, t: Tables) -> tuple[str | None, object]:
    """('forward' | 'back' | None, head token) for the clause holding `m`.

    In order: a modal or future auxiliary; a plan ("set to begin", "an event to be held", a
    headline's "markets to remain closed"); a deadline ("until Friday", "by June") unless told in
    the simple past; past tense; a present progressive ("is travelling on Monday").
    """
    root = _root_token(ctx, m)
    if root is None:
        return None, None
    head = event_head(ctx, m)
    if names_a_reported_period(m, root) and just_ended(m, t, ctx.article.published):
        return "back", head
    if head is not None and head.pos_ == "NOUN" and _expected(head):
        return "forward", head
    if _names_an_unplanned_event(m, root, head):  # "since the Oct. 23 slaying": one that
        return "back", head  # happened, whatever the tense of the clause around it
    before = CLOCK_BEFORE.sub(
        "", ctx.text[max(0, m.start - 40) : m.start]
    )  # "until 9 a.m. Tuesday"
    words = before[-25:].lower().split()
    cue = words[-1] if words else ""
    status = _words("status_cues")  # "as of March 20", "since the spring": a state reached
    if cue in status or " ".join(words[-2:]) in status:
        return "back", head
    if _nearest_by_cue(m, words):  # "payable Dec. 15", "extended to Nov. 20": either side
        return None, head
    if _possessive_weekday(ctx, m, head):  # "Friday's trading", "over Thursday's close"
        ahead = _named_as_scheduled(head) or _awaited_now(ctx, m, head)
        return "forward" if ahead else "back", head
    if _weekday_before_told_noun(ctx, m, head):  # "in a Friday interview": given, gone by
        ahead = _awaited_now(ctx, m, head) or _looks_ahead(_governing_verb(head))
        return "forward" if ahead else "back", head
    verb = _clause_of(ctx, m, _governing_verb(root))
    if verb is None or not _is_verb(verb):
        return None, head
    auxes = _aux(verb)
    if _under_since(root, verb):
        return "back", head
    if _be_to(verb):  # "is to resume trading Tuesday": an arrangement ahead
        return "forward", head
    if m.kind != "weekday" and _words("future_in_past_aux").intersection(auxes):
        return RECENT_OR_AHEAD, head  # "vowed Britain would leave on Oct. 31": the nearest
        # Oct. 31 not long gone ("a bill that would fund it through Sept. 30": the coming one)
    denied = _words("denied_past_aux").intersection(auxes) and _denied(verb)
    if denied and cue not in _words("deadline_cues"):  # not "could not leave until Friday"
        return "back", head  # "could not be reached Tuesday": a past attempt
    forward = t.tense["forward_aux"] + t.tense["future_in_past_aux"]
    if any(a in forward for a in auxes) or "going" in auxes:
        return "forward", head
    if _participle_under_a_future(verb, t):  # "will buy shares tendered through Nov. 17"
        return "forward", head
    plan = _planned(verb, t)
    if (
        plan is verb
        and verb.tag_ == "VBD"
        and verb.lemma_.lower() in _words("act_dated_lemmas")
        and cue not in _words("deadline_cues")  # "forecast rain until Wednesday": ahead
    ):
        plan = None  # "Cuba predicted Wednesday that ...": the day of the prediction
    if (
        plan is verb
        and verb.lemma_.lower() in _words("act_dated_with_on")
        and cue in _words("act_day_cues")
        and not any(c.lower_ == "for" for c in verb.children)  # "a summit set for X in April"
    ):
        plan = None  # "its record high, set on Aug. 6": the day the record was set
    if plan is not None:
        if _told_in_past(plan):  # "was due to be released in September": the nearest one;
            return (NEAREST if m.kind == "weekday" else None), head  # a weekday too
        return "forward", head
    if "to" in auxes and verb.tag_ == "VB" and verb.dep_ == "xcomp":  # "pleaded guilty to
        going = _going_to(verb)  # "was going to resign by Oct. 31": a future seen from then
        if going is not None:
            if not _words("past_be").intersection(_aux(going)):
                return "forward", head
            return (NEAREST if m.kind == "weekday" else RECENT_OR_AHEAD), head
        finite = _finite_above(verb)  # threatening to kill ... in March": the tense above it
        above = set(_aux(finite)) if finite is not None else set()
        if above & _words("future_in_past_aux") and m.kind != "weekday":
            return RECENT_OR_AHEAD, head  # "would be ready to leave in May": the nearest May
        if above & (_words("forward_aux") | _words("future_in_past_aux")):
            return "forward", head  # "would be ready to leave as soon as Tuesday"
        if _committed_in_past(verb):  # "vowed to enact tariffs from Sept. 1": after the vow
            return (NEAREST if m.kind == "weekday" else RECENT_OR_AHEAD), head
        if finite is not None and _is_past(finite):
            return "back", head
    simple_past = (  # "was used ... by Thursday night": over by then ("has ..." may go on)
        verb.tag_ == "VBD"
        or "had" in auxes
        or (verb.tag_ == "VBN" and {"was", "were"} & set(auxes))
    )
    if cue in _words("span_end_cues") and m.kind == "date" and not simple_past:
        return None, head  # "has extended the loans through January": the nearest January
    reported = verb.dep_ == "ccomp" and _is_speech(verb.head, t)  # tense backshifted
    if cue in _words("deadline_cues") and (
        not simple_past or reported or verb.lemma_.lower() in _words("commit_lemmas")
    ):
        return "forward", head
    if _under_a_future(verb, t):  # "would be infused ... when they opened on Friday"
        return "forward", head
    headline = getattr(ctx.article.paragraph_at(m.start), "kind", "") == "headline"
    past = (
        verb.tag_ == "VBD"
        or (verb.tag_ == "VBN" and (not auxes or _words("past_aux").intersection(auxes)))
        or (verb.tag_ == "VBG" and bool(_words("past_be").intersection(auxes)))  # "was alluding"
    )
    if past and not headline:  # headlines tell the past in the present and vice versa
        return "back", head
    if verb.tag_ == "VBG" and any(a in _words("present_be") for a in auxes):
        return "forward", head
    if not headline and _start_of_a_change(verb.doc, m, verb):
        return "back", head  # "shows her rising from a low in March": a level gone by
    if _futurate(m, verb, auxes, headline) or (not headline and _imperative(verb)):
        return "forward", head  # "Watch the show on FX Sunday", "Join us Friday": ahead
    return None, head


def _going_to(verb):
    """The "going" of "be going to <verb>" the infinitive hangs on, when the parse makes it a
    verb of its own ("was going to resign", not the auxiliary "going" the parse sometimes gives
    the infinitive itself); None otherwise. Its tense is the future's, seen from its "be"."""
    head = verb.head
    if head is verb or head.lower_ != "going" or head.tag_ != "VBG" or verb.dep_ != "xcomp":
        return None
    be = _words("present_be") | _words("past_be")
    return head if be.intersection(_aux(head)) else None


def _clause_of(ctx, m: Mention, verb):
    """The verb of the clause the expression is written in, where the parse hangs it elsewhere:
    - on the verb of a clause that opens after it ("warnings on Thursday that strikes could do
      harm": the clause of "warnings", not "could do"; none when the parse gives no other);
    - over a past relative clause between them ("hurt the index, which fell 1% on Friday": the
      clause of "fell", the verb written just before it)."""
    span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
    if verb is None or span is None or not len(span) or verb.pos_ not in ("VERB", "AUX"):
        return verb
    first, last = span.start, span.end - 1
    if verb.i > last:
        opener = [c for c in verb.children if last < c.i < verb.i and c.dep_ == "mark"]
        if opener and opener[0].lower_ in CLAUSE_OPENERS:  # no clause above: no tense known
            return _governing_verb(verb) if verb.dep_ != "ROOT" else None
    if verb.i < first:
        between = [t for t in ctx.doc[verb.i + 1 : first] if t.pos_ in ("VERB", "AUX")]
        if between and between[-1].dep_ == "relcl" and between[-1].tag_ == "VBD":
            return between[-1]
    return verb


def _nearest_by_cue(m: Mention, words: list[str]) -> bool:
    """A day and month after a word of terms and schedules ("payable Dec. 15", "of record
    Nov. 17", "effective Feb. 1", "extended to Nov. 20"): the clause's tense is that of the
    announcement, not of the day, so the occurrence nearest the publication date is meant."""
    if m.kind != "date" or not m.get("day") or m.get("year") or m.get("ymod") or m.get("mod"):
        return False
    cues = _words("nearest_cues")
    return bool(words) and (words[-1] in cues or " ".join(words[-2:]) in cues)


def _possessive_weekday(ctx, m: Mention, head) -> bool:
    """'Friday's trading', 'Tuesday's declaration': a weekday owning a noun names a day whose
    event has happened (the last one, or today), unless that noun is told as ahead ("Friday's
    meeting will decide"; an "expected" noun was caught before)."""
    if m.kind != "weekday" or m.get("mod") or m.get("daypart"):
        return False
    if not re.match(r"\s*['’]s\b", ctx.text[m.end : m.end + 3]):
        return False
    if head is None or head.pos_ not in ("NOUN", "PROPN"):
        return True
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.pos_ in ("VERB", "AUX"):
        return not (_words("forward_aux") | _words("future_in_past_aux")).intersection(
            _aux(head.head)
        )
    return True


def _weekday_before_told_noun(ctx, m: Mention, head) -> bool:
    """'in a Friday interview', 'his Tuesday statement': a bare weekday modifying the noun of
    something said ([tense] told_nouns) dates that noun, not the clause it sits in ("Sanders
    joins ... in response to Clinton contending in a Friday interview": not a timetable's
    Friday); what was said is reported after it was said, as with "Friday's interview"."""
    if m.kind != "weekday" or m.get("mod") or m.get("daypart") or head is None:
        return False
    span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.root.dep_ not in ("compound", "nmod", "npadvmod"):
        return False
    return (
        span.root.head.i == head.i
        and head.i > span.root.i
        and head.lemma_.lower() in _words("told_nouns")
        and not _expected(head)
    )


def _named_as_scheduled(head) -> bool:
    """'His next event is Tuesday's debate', 'the only stop scheduled is Saturday's rally': a
    weekday's event named, in the present, as what a plan or schedule holds is ahead."""
    if head is None or head.dep_ != "attr" or head.head.lemma_ != "be":
        return False
    if head.head.tag_ not in ("VBZ", "VBP"):
        return False
    subjects = [c for c in head.head.children if c.dep_ == "nsubj"]
    cues = _words("forward_modifiers") | {"next", "only"}
    return any(
        w.lower_ in cues or w.lemma_.lower() in _words("schedule_lemmas")
        for s in subjects
        for w in s.subtree
    )


def _awaited_now(ctx, m: Mention, head) -> bool:
    """'gear up for Tuesday's debate', 'stocks edge up ahead of Friday's jobs report': a
    weekday's event that a clause not told in the past prepares for or waits on lies ahead. Told
    in the past ("spoke ahead of Tuesday's debate") it may be gone by: the possessive rule stands.
    """
    if head is None or head.pos_ not in ("NOUN", "PROPN"):
        return False
    before = " " + " ".join(ctx.text[max(0, m.start - 30) : m.start].lower().split())
    if any(before.endswith(" " + cue) for cue in _words("awaiting_cues")):
        verb = _governing_verb(head)  # "ahead of", "in the run-up to": awaited whatever the verb
    elif head.dep_ == "pobj" and head.head.lower_ in ("for", "to", "toward", "towards"):
        verb = head.head.head  # "gear up for", "prepare for", "look ahead to"
        if verb.lemma_.lower() not in _words("awaiting_lemmas"):
            return False
    elif head.dep_ == "dobj" and head.head.lemma_.lower() in _words("awaiting_lemmas"):
        verb = head.head  # "await Friday's ruling"
    else:
        return False
    return verb is not None and _is_verb(verb) and not _is_past(verb) and verb.tag_ != "VBN"


def _futurate(m: Mention, verb, auxes: list[str], headline: bool) -> bool:
    """A present tense with a day after the verb in running text is a timetable ("the Fed meets
    on Tuesday", "the vote is on Friday"); headlines tell the past in the present, so not there.
    A day before the verb names its noun's day ("the testimony Tuesday shows ..."): no timetable.
    """
    if headline or m.kind not in ("weekday", "date") or auxes:
        return False
    if m.start < verb.idx and (m.kind == "date" or _after_a_noun(verb.doc, m)):
        return False  # "July 25 is a week after the hold": which day, no timetable
    if _dates_a_phrase_below(verb.doc, m, verb):
        return False  # "the poll shows her falling from a high in May": no timetable
    return verb.tag_ in ("VBZ", "VBP") and verb.dep_ == "ROOT"


def _dates_a_phrase_below(doc, m: Mention, verb) -> bool:
    """A month (or month-day) hung, under the present-tense verb, on a participle of its own
    ("shows Biden falling from a high in May") or on a noun ("the call at issue is his
    conversation with Zelensky on July 25"): it dates that phrase, which the timetable reading
    of the verb ("the vote is on May 5", "the Fed meets in May") says nothing of; the nearest
    one is meant. A weekday keeps the timetable: with no tense it would be read as gone by
    ("a scenario that starts with Cruz beating Trump on Monday night": the coming Monday)."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if m.kind != "date" or span is None or not len(span):
        return False
    node, first = span.root, True
    while node.head.i != node.i and node.head.i != verb.i:
        node = node.head
        if node.tag_ in ("VBG", "VBN") and node.pos_ == "VERB":
            return True
        if first and node.pos_ == "ADP" and node.head.pos_ == "NOUN":
            return True
        first = False
    return False


def _start_of_a_change(doc, m: Mention, verb) -> bool:
    """'The poll shows her rising, jumping from a low in March': a month (or month-day) on a
    participle of a change (no tense of its own) that sets out "from" a level is the time of
    that level, which the change has left - gone by, not the nearest one (which may lie ahead:
    March, told in October)."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if m.kind != "date" or span is None or not len(span):
        return False
    node = span.root
    while node.head.i != node.i and node.i != verb.i:
        node = node.head
        if node.tag_ in ("VBG", "VBN") and node.pos_ == "VERB" and not _aux(node):
            return any(c.dep_ == "prep" and c.lower_ == "from" for c in node.children)
    return False


def _after_a_noun(doc, m: Mention) -> bool:
    """'the testimony Tuesday': the day written straight after a noun, with no preposition."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and span.start > 0 and doc[span.start - 1].pos_ == "NOUN"


def _expected(noun) -> bool:
    """'an expected announcement', 'the upcoming vote': the event lies ahead."""
    return any(c.dep_ == "amod" and c.lower_ in _words("forward_modifiers") for c in noun.children)


def _names_an_unplanned_event(m: Mention, root, head) -> bool:
    """'the Oct. 23 slaying', 'the August shooting', 'the flood in April', 'the stabbing on
    Sunday': a month or weekday dating a noun of an event nobody schedules ([tense]
    unplanned_events) names one that has taken place - unless the clause looks ahead ("expect an
    attack on Friday", "a storm could hit in May"), which a noun written first may be told in."""
    if m.kind not in ("date", "weekday") or m.get("year") or m.get("mod") or head is None:
        return False
    if m.kind == "date" and not m.get("month"):
        return False
    if head.pos_ != "NOUN" or _expected(head):
        return False
    if head.lemma_.lower() not in _words("unplanned_events"):
        return False
    if head.i > root.i:  # the date written first: a name ("the Oct. 23 slaying")
        return m.kind == "date"
    return not _looks_ahead(_governing_verb(head))


def _names_its_noun(ctx, m: Mention, head) -> bool:
    """'the July 25 call', 'at the Sept. 12 debate': a day and month written before a noun name
    one particular event, which the clause around it only mentions; an "expected" or "upcoming"
    one is ahead whatever the clause."""
    if m.kind != "date" or not m.get("day") or m.get("year") or m.get("ymod") or m.get("mod"):
        return False
    root = _root_token(ctx, m)
    if root is None or head is None or head.pos_ != "NOUN" or _expected(head):
        return False
    return head.i > root.i
