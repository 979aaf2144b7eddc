"""Quotes inside a quotation: “Lee said the plan ‘will not work,’ and Ruiz said it was ‘a
mistake,’” the group wrote.

The outer quotation is the outer speaker's (the group's); the words quoted inside it after a
speech verb whose subject is named there ("Lee said …") are that person's, partial quotes of
their own, as the outer speaker reports them. Only a verb of saying counts, and not under a
modal ("the party will say ‘…’" is a guess): "the Americans call
him ‘1% Biden’" or "it's called ‘The Fast and the Furious’" gives a nickname or a title, not
words said, and a quote inside a quotation with no such verb is left alone (an idiom, a title,
a word mentioned). The marks of the other family are paired inside each outer quote once
(`lib.quotes.marks.pair_marks`), so the pass stays linear.
"""

from __future__ import annotations

from lib.quotes.marks import QuotedSpan, pair_marks, paragraph_marks
from lib.quotes.parse import Found, QuoteParse

# Tokens between the verb and the inner quote: the object and a copula, "said the call ‘…’",
# "said it was ‘…’", "said that it ‘…’"; a verb or a clause break means the quote is elsewhere.
BETWEEN_POS = frozenset(("DET", "PRON", "NOUN", "PROPN", "ADJ", "AUX", "PART", "ADV", "SCONJ"))
MAX_BETWEEN = 5  # words between the verb and the inner quote at most
MIN_CHARS = 3  # shorter inner quotes are apostrophes or letters, not words


def nested_partials(p: QuoteParse, text: str, found: list[Found]) -> list[Found]:
    """Partial quotes of speakers named inside the direct quotes in `found`."""
    out: list[Found] = []
    for outer in found:
        q = outer.quoted
        if outer.kind != "direct" or q is None:
            continue
        marks = [m for m in paragraph_marks(text, q.start, q.end) if m.family != q.family]
        pairs, _ = pair_marks(marks)
        for open_mark, close_mark in pairs:
            inner = _inner_span(text, q, open_mark.pos, close_mark.pos)
            if inner is None:
                continue
            verb = _saying_verb(p, inner)
            if verb is None:
                continue
            who = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if who is None or who.pos_ != "PROPN" or who.idx < q.start:
                continue  # "he said ‘…’": whoever he is, the outer speaker's own words
            cue = p.cue_text(verb)
            out.append(Found("partial", inner.start, inner.end, cue=cue, subject=who, quoted=inner))
    return out


def _inner_span(text: str, q: QuotedSpan, open_pos: int, close_pos: int) -> QuotedSpan | None:
    start, end = open_pos + 1, close_pos
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in " ,\n":
        end -= 1
    if end - start < MIN_CHARS:
        return None
    return QuotedSpan(open_pos, close_pos, start, end, q.paragraph, "single")


def _saying_verb(p: QuoteParse, inner: QuotedSpan):
    """The verb of saying just before the inner quote ("Turner said the call ‘…’"), not one of
    naming ("call him ‘…’"): only the object and a copula may stand between."""
    i = p.tok(inner.open_pos) - 1
    steps = 0
    while i >= 0 and steps <= MAX_BETWEEN:
        t = p.doc[i]
        if t.idx < inner.open_pos - 200 or t.text in (".", "!", "?", ";"):
            return None
        if p.lex.is_speech(t) and t.pos_ == "VERB":
            naming = t.lower_ in p.lex.naming_forms or t.lemma_.lower() in p.lex.naming_as
            supposed = any(_guess(c, t) for c in t.children)
            return None if naming or supposed else t  # "the party will say ‘…’": a guess
        if t.pos_ not in BETWEEN_POS:
            return None
        i -= 1
        steps += 1
    return None


def _guess(child, verb) -> bool:
    """A modal between the subject and the verb ("the party will say"), not a name the tagger
    took for one ("Will Hurd said")."""
    if child.dep_ != "aux" or child.tag_ != "MD" or child.text[:1].isupper():
        return False
    return child.i < verb.i
