"""Overlapping statement candidates made one row each: repeats dropped, a reported clause and the
partial quotes inside it merged, a relay of another sayer's report ("Y said …, X said") given
to the inner sayer, a report inside a report kept as two rows. Each pass sorts once and bisects,
so the stage stays linear."""

from __future__ import annotations

import bisect
import re

from lib.quotes.parse import Found
from lib.quotes.speakers.resolve import UNKNOWN

_WORD = re.compile(r"[A-Za-z0-9][\w'’-]*")
# Words of a reported clause outside two or more quoted fragments of it, at most, for the
# fragments to stand as the statements ("insisted that Saudi Arabia “fight their own wars” — or
# “pay us a fortune”": the words said are the fragments, two statements, as annotators give them)
FRAGMENTS_ROOM = 5


def dedupe(found: list[Found]) -> list[Found]:
    """Drop rejected candidates and repeats of the same span and kind. A report inside a report
    ("The Times reported that the minister said the plan was dead") is no repeat: the outer row
    keeps the reporter and the whole clause, the inner one the minister and "the plan was dead"."""
    out: list[Found] = []
    # In text order (as the finder passes them) a kept row that ends before a candidate starts
    # overlaps no later one either: only the rows still open are compared, not every kept row
    # (which made thousands of quotes quadratic). Out of order, every kept row is compared.
    ordered = all(a.start <= b.start for a, b in zip(found, found[1:], strict=False))
    still_open: dict[str, list[Found]] = {}  # kept rows per kind that may overlap what follows
    for f in found:
        if f.kind not in ("direct", "indirect", "partial"):
            continue
        if ordered:
            near = still_open[f.kind] = [g for g in still_open.get(f.kind, []) if g.end > f.start]
        else:
            near = [g for g in out if g.kind == f.kind]
        overlaps = [g for g in near if g.start < f.end and f.start < g.end]
        if not all(_nested_report(f, g) for g in overlaps):
            continue
        out.append(f)
        if ordered:
            still_open[f.kind].append(f)
    return out


def one_row_per_report(
    found: list[Found], text: str, forms: frozenset[str] = frozenset()
) -> list[Found]:
    """A reported clause with quoted words in it is one statement, not two: the clause stays
    (the gist, its quote marks showing which words are the speaker's) and the partial quotes
    inside it go. When the clause is nothing but the quoted words ("said that “the cause was
    …”"), or two or more quoted fragments with a few words between (`FRAGMENTS_ROOM`), the
    partials stay instead, as the exact words, and so it does when the clause is an
    object and its quoted name ("called the plan “a waste”", "described the talks as “very
    productive”": `Found.quoted_name`): what the speaker said is the name, the object only says
    who or what was named (every hand-made gold counts the quoted words). A partial of another
    speaker named inside the clause ("X said Y had called it “a farce”") is a report of its own
    and stays, and so is a name given inside the clause by a naming verb (`forms`: its forms)
    of its own ("said he would look into what he called the “most brazen” case": two rows)."""
    partials = sorted((f for f in found if f.kind == "partial"), key=lambda f: f.start)
    starts = [p.start for p in partials]
    drop: set[int] = set()
    for f in (f for f in found if f.kind == "indirect"):
        # the partials starting in the clause (a bisect: the stage stays linear)
        within = partials[bisect.bisect_left(starts, f.start) : bisect.bisect_left(starts, f.end)]
        for p in within:  # "countered that NATO would do “for the East. … boot.”": the quote
            if p.end > f.end:  # runs on past the sentence the clause was cut at: the clause
                close = p.quoted.close_pos if p.quoted else None  # takes all of it, marks too
                f.end = p.end if close is None else close + 1
        inside = within
        if not inside:
            continue
        own = [p for p in inside if not _reported_within(p, f) and not _named_within(p, f, forms)]
        if not own:
            continue
        same = [p for p in own if _same_speaker(p, f)]
        room = FRAGMENTS_ROOM if len(own) > 1 else 1
        quoted_name = f.quoted_name or _words_outside(text, f, same) <= room
        if same and len(same) == len(own) and quoted_name:
            drop.add(id(f))
        else:
            drop.update(id(p) for p in own)
    return [f for f in found if id(f) not in drop]


def without_relays(found: list[Found]) -> list[Found]:
    """ "Okafor said he would go alone, the mayor said": the clause tagged before the mayor's
    "said" is all Okafor's report, so the statement is Okafor's (the row for "he would go
    alone") and the mayor's row, which only relays it, goes. "The Times reported that the
    minister said …" (the relay's verb before the clause) keeps both rows (see `dedupe`)."""
    reports = sorted((f for f in found if f.kind == "indirect"), key=lambda f: f.start)
    starts = [f.start for f in reports]
    drop: set[int] = set()
    for outer in reports:
        teller = outer.subject
        if teller is None or teller.idx < outer.end:
            continue  # the relay's sayer stands after the clause it tags: "…, the mayor said"
        lo, hi = bisect.bisect_left(starts, outer.start), bisect.bisect_left(starts, outer.end)
        for inner in reports[lo:hi]:
            who = inner.subject
            if inner is outer or who is None or who.pos_ == "PRON":
                continue
            opens = who.left_edge.idx == outer.start  # the clause is "Okafor said …"
            named = inner.speaker is not None and bool(inner.speaker.name)
            if opens and named and inner.end >= outer.end - 2 and not _same_speaker(inner, outer):
                drop.add(id(outer))
                break
    return [f for f in found if id(f) not in drop]


def _same_speaker(a: Found, b: Found) -> bool:
    name = a.speaker.name if a.speaker else None
    return bool(name) and name == (b.speaker.name if b.speaker else None)


def _reported_within(partial: Found, report: Found) -> bool:
    """The partial's speaker is named inside the report and is somebody else: a nested report."""
    who = partial.subject
    if who is None or not report.start <= who.idx < report.end or who.dep_ != "nsubj":
        return False
    if who.pos_ == "PRON":
        return False  # "X said he had been asked to “…”": the reporter again
    return bool(partial.speaker and partial.speaker.name) and not _same_speaker(partial, report)


def _named_within(partial: Found, report: Found, forms: frozenset[str]) -> bool:
    """The partial is a name given inside the report, by a naming verb whose subject stands in
    the report too ("said he would look into what he called the “most brazen” case"), and who
    gave it is known. Not a request ("a platform that calls for “…”") nor a name nobody is
    named as giving ("what some call the “…”", "a loophole called an “…”")."""
    who = partial.subject
    if who is None or who.dep_ != "nsubj" or not (partial.speaker and partial.speaker.name):
        return False
    verb = who.head
    if verb.lower_ not in forms or any(
        c.i == verb.i + 1 and c.lower_ in ("for", "on", "out", "up") for c in verb.children
    ):
        return False  # "called for", "called on", "called out": a request or a charge
    return report.start <= who.idx < report.end


def _words_outside(text: str, outer: Found, inner: list[Found]) -> int:
    pieces, pos = [], outer.start
    for p in sorted(inner, key=lambda p: p.start):
        pieces.append(text[pos : p.start])
        pos = max(pos, p.end)
    pieces.append(text[pos : outer.end])
    return len(_WORD.findall(" ".join(pieces)))


def _nested_report(inner: Found, outer: Found) -> bool:
    """`inner` is another speaker's statement reported within `outer`: its speaker is named
    inside the outer span and the inner span lies within it."""
    if inner.kind != "indirect" or outer.kind != "indirect" or inner.subject is None:
        return False
    if not (outer.start <= inner.subject.idx and inner.end <= outer.end):
        return False
    who = inner.speaker
    if who is None or not who.name or who.kind == UNKNOWN:
        return False  # "… agree on compromises that would …": no speaker, a misparse
    return who.name != (outer.speaker.name if outer.speaker else None)
