"""'Utah Republicans rallied on Wednesday, a day after Bannon accused him': an offset whose
before/after opens a clause (or governs a noun) that no date in the text reaches. The words then
date that undated event, counted back from the day of the clause they hang on - the day that
clause names, else the day the story's lead tells of, else the publication day when the clause
is told as the story's now (a main clause in the present or present perfect: "The fine comes three
weeks after regulators opened an inquiry", "has been released three days after a heart attack").
A clause told in the past with no day named ("Two days after a court ruled, the official was
urging staff ..."; "he said two days after the attack") is of some day the text does not give, and
a relative clause in the present is a schedule or a state ("South Carolina, which holds its
contest a week after Nevada"): nothing is counted back from publication for them.

Only days are counted so ("a day after", "two days after"): a clause told "two years after" the
founding of something is too far from the story's day to lean on it. A clause that looks ahead
("will meet a day after the vote") is left alone: its day is not the story's.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from lib.timeline.anchors import _measured_from_words
from lib.timeline.patterns import Mention, Tables
from lib.timeline.resolve import resolve
from lib.timeline.timex import Timex
from lib.timeline.values import fmt
from lib.timeline.verbs import _aux, _governing_verb, _root_token

# The other way round: 'a day after X' told of the main clause's day D dates X at D - 1.
BACK_FROM_CLAUSE = {"after": "before"}
# Longest count of days leaned on the story's day ("a week after" is already a guess).
MAX_DAYS = 7
# Counts not written ("just days after giving birth"): too loose to lean on the story's day.
UNCOUNTED = ("offset_uncounted",)
# Longest counts of weeks and months leaned on a clause told in the present, which is the
# story's now ("The move comes two months after the bank announced layoffs").
MAX_NOW = {"weeks": 4, "months": 3}


def counted_back_from_clause(
    ctx,
    m: Mention,
    t: Tables,
    found: list[Timex],
    lead: tuple[Timex, str] | None,
    published,
    direction,
):
    """(Resolved, label) for 'N days after <undated event>', or None when the rule does not
    apply. `lead` is (the day the story's lead tells of, its label), or None."""
    word = (m.get("dir") or "").lower()
    if word not in BACK_FROM_CLAUSE or m.get("bound") or direction == "forward":
        return None
    n = t.number(m.get("num"))
    kw, per = t.unit(m.get("unit"))
    if n is None or m.pattern in UNCOUNTED or not _near_enough(ctx, m, kw, n * per):
        return None
    if not _measured_from_words(ctx.doc, m):
        return None
    base = _clause_day(ctx, m, found) or (lead[0] if lead else None)
    if base is not None:
        day0, label = base.date, f"{base.text!r} ({fmt(base.date)}), the day of the clause"
    elif isinstance(published, date) and _told_as_now(ctx, m):
        day0, label = published, f"publication ({fmt(published)}), the day of the clause"
    else:
        return None
    flipped = replace(m, groups={**m.groups, "dir": BACK_FROM_CLAUSE[word]})
    res = resolve(flipped, t, published, None, anchor=(day0, label))
    if res is None:
        return None
    how = f"the undated event after '{m.text}', counted back from {label}"
    return replace(res, how=how), label


def _near_enough(ctx, m: Mention, kw: str, amount: int) -> bool:
    """A week or less counted from the story's day; up to a month of weeks, or a season of
    months, when the clause is told in the present ("The move comes three weeks after regulators
    fined the bank", "The tweet comes about a month after she announced her engagement"): that
    clause is the story's now, so the count lands on the undated event however far."""
    if kw == "days":
        return amount <= MAX_DAYS
    if amount > MAX_NOW.get(kw, 0):
        return False
    tok = _root_token(ctx, m)
    verb = _governing_verb(tok) if tok is not None else None
    if verb is not None and any(c.dep_ == "mark" and c.i > tok.i for c in verb.children):
        verb = verb.head  # the parse hangs the count on the clause "after" opens: the one above
    return verb is not None and verb.tag_ in ("VBZ", "VBP") and not _aux(verb)


def _told_as_now(ctx, m: Mention) -> bool:
    """Whether the clause the count hangs on is told as the story's now: a main clause in the
    simple present ("The move comes ...") or the present perfect ("has been released ..."), not
    one told in the past ("met", "was urging", "had changed") nor a relative clause ("which
    holds its contest ...")."""
    tok = _root_token(ctx, m)
    verb = _governing_verb(tok) if tok is not None else None
    if verb is not None and any(c.dep_ == "mark" and c.i > tok.i for c in verb.children):
        verb = verb.head  # the parse hangs the count on the clause "after" opens: the one above
    if verb is None or verb.dep_ == "relcl" or verb.pos_ not in ("VERB", "AUX"):
        return False
    auxes = _aux(verb)
    if verb.tag_ in ("VBZ", "VBP") and not auxes:
        return True
    return verb.tag_ == "VBN" and bool({"has", "have"} & set(auxes))


def _clause_day(ctx, m: Mention, found: list[Timex]) -> Timex | None:
    """The last exact day written before `m` in its own sentence ('on Wednesday ..., a day
    after'), never a clock time or a quoted day."""
    here = ctx.sentence_at(m.start)
    if here is None:
        return None
    days = [
        x
        for x in found
        if x.sentence_id == here.sentence_id
        and x.end <= m.start
        and x.precision == "day"
        and x.date is not None
        and x.date == x.date_end
        and x.kind != "clock"
    ]
    return max(days, key=lambda x: x.start) if days else None
