"""The words a statement attributes, which never hold its speaker's antecedent.

A pronoun speaker looks back for the person it stands for (`pronouns`). Whatever that person
is, they are not named inside the very words the pronoun attributes: "[Trump's attorneys, Rudy
Giuliani and Jay Sekulow, were also invited], he said" is said by the person before (Tapper),
of Giuliani; "Trump, he said, was “down-to-earth and cool”" is said of Trump, by the profile's
subject. So a reported clause the verb takes before its subject and the subject of the clause a
parenthetical "he said" interrupts are out of the search. A constraint, not a
preference: it holds whatever the parse makes of salience. Only for a subject pronoun: "Sanders
is joining the suit, according to one of his aides" is said by Sanders's aide, of Sanders.
"""

from __future__ import annotations

from lib.quotes.speakers.phrases import SUBJECT_DEPS

Span = tuple[int, int]


def own_content(token, lex) -> tuple[Span, ...]:
    """The stretches of text before it that the statement of subject pronoun `token` attributes:
    a `ccomp` of the pronoun's verb written before the pronoun ("[…], he said"), and the subject
    of the clause a parenthetical "he said" interrupts ("Trump, he said, was …"). Read from the
    parse, not from the statement's span: a span that runs from the start of its sentence
    ("Ms. Warren offered criticism: the company, she said, had …") holds the speaker too.
    Only for a verb of saying (`lex.is_speech`): what comes before "he started raising
    questions" is no words of his."""
    if token.dep_ not in SUBJECT_DEPS:
        return ()  # "…, according to one of his aides": the aides' man may be in the words
    verb = token.head
    if not lex.is_speech(verb):
        return ()
    spans = [_extent(c) for c in verb.children if c.dep_ == "ccomp" and c.i < token.i]
    interrupted = _interrupted(verb)
    if interrupted is not None:
        spans += [_extent(c) for c in interrupted.children if _subject_before(c, verb)]
    return tuple(spans)


def _interrupted(verb):
    """The clause that parenthetical saying verb `verb` interrupts, if it does: "Trump, he
    said, was cool" hangs "said" on "was" (parataxis), which goes on after it. A "he said"
    after its clause ("Trump went home, he said") interrupts nothing: when the parse makes
    that clause the verb's `ccomp`, it is the reported clause of `own_content`."""
    head = verb.head
    if verb.dep_ != "parataxis" or head.i <= verb.i:
        return None
    return head


def _subject_before(child, verb) -> bool:
    """Is `child` the subject of its clause, written before parenthetical `verb`?"""
    return child.dep_ in SUBJECT_DEPS and child.i < verb.left_edge.i


def _extent(token) -> Span:
    """The characters of `token`'s subtree."""
    last = token.right_edge
    return token.left_edge.idx, last.idx + len(last)


def inside(spans: tuple[Span, ...], offset: int) -> bool:
    """Is `offset` inside one of `spans` (a statement's own content: a few stretches)?"""
    return any(a <= offset < b for a, b in spans)
