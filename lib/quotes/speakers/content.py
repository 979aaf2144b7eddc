"""The words a statement attributes, which never hold its speaker's antecedent.

A pronoun speaker looks back for the person it stands for (`pronouns`). Whatever that person
is, they are not named inside the very words the pronoun attributes: "[Trump's attorneys, Rudy
Giuliani and Jay Sekulow, were also invited], he said" is said by the person before (Tapper),
of Giuliani; "Trump, he said, was “down-to-earth and cool”" is said of Trump, by the profile's
subject. So the statement's own span, a reported clause the verb takes before its subject, and
the clause a parenthetical "he said" interrupts are out of the search. A constraint, not a
preference: it holds whatever the parse makes of salience. Not for a possessive: "Sanders is
joining the suit, according to one of his aides" is said by Sanders's aide, of Sanders.
"""

from __future__ import annotations

from lib.quotes.speakers.phrases import SUBJECT_DEPS

Span = tuple[int, int]


def own_content(token, statement: Span | None) -> tuple[Span, ...]:
    """The stretches of text the statement of subject `token` attributes (`statement`: its
    span): the span itself, a `ccomp` of the subject's verb written before the subject
    ("[…], he said"), and the start of the clause a parenthetical "he said" interrupts
    ("Trump, he said, was …": the words before the parenthetical)."""
    if token.dep_ == "poss":
        return ()  # "…, according to one of his aides": the aides' man may be in the words
    spans = [statement] if statement is not None else []
    if token.dep_ not in SUBJECT_DEPS:
        return tuple(spans)
    verb = token.head
    spans += [_extent(c) for c in verb.children if c.dep_ == "ccomp" and c.i < token.i]
    interrupted = _interrupted(verb)
    if interrupted is not None:
        start = interrupted.left_edge.idx
        spans.append((start, verb.left_edge.idx))
    return tuple(s for s in spans if s[0] < s[1])


def _interrupted(verb):
    """The clause that parenthetical saying verb `verb` interrupts, if it does: "Trump, he
    said, was cool" hangs "said" on "was" (parataxis), which goes on after it. A "he said"
    after its clause ("Trump went home, he said") interrupts nothing: when the parse makes
    that clause the verb's `ccomp`, it is the reported clause of `own_content`."""
    head = verb.head
    if verb.dep_ != "parataxis" or head.i <= verb.i:
        return None
    if head.left_edge.i >= verb.left_edge.i:
        return None  # nothing of the clause before the parenthetical
    return head


def _extent(token) -> Span:
    """The characters of `token`'s subtree."""
    last = token.right_edge
    return token.left_edge.idx, last.idx + len(last)


def inside(spans: tuple[Span, ...], offset: int) -> bool:
    """Is `offset` inside one of `spans` (a statement's own content: a few stretches)?"""
    return any(a <= offset < b for a, b in spans)
