"""Reported speech the small model's parse hangs oddly, read back by shape: a clause after a
saying and a time phrase with no "that" (parsed as an adverbial), a time or circumstance before
the comma of "…, the mayor responded" (no statement), and the statement after a colon that ends
its sentence ("emailed the following statement:"). Helpers of `lib.quotes.reported`.
"""

from __future__ import annotations

from lib.quotes.parse import QuoteParse

FINITE = ("VBD", "VBZ", "VBP")


def unmarked_clause(p: QuoteParse, verb) -> list:
    """ "said this week he is receiving treatment": a time phrase between a saying and its
    clause with no "that" makes the parser hang the clause on the verb as an adverbial; with no
    marker ("because", "if", "when"), a subject and a finite verb of its own, and nothing but
    the time phrase between, it is what was said."""
    if not p.lex.is_speech(verb):
        return []
    for c in verb.children:
        if c.dep_ != "advcl" or c.i < verb.i:
            continue
        if any(x.dep_ == "mark" or x.tag_ == "WRB" for x in c.children):
            continue  # "because …", "when he announced …": a reason or a time
        subject = next((x for x in c.children if x.dep_ == "nsubj" and x.i < c.i), None)
        finite = c.tag_ in FINITE or any(
            x.dep_ in ("aux", "auxpass") and x.tag_ in (*FINITE, "MD") for x in c.children
        )
        if subject is None or not finite:
            continue
        if any(t.is_punct for t in p.doc[verb.i + 1 : subject.i]):
            continue  # "said, when asked, …", "said nothing; she …"
        return [c]
    return []


def circumstance_before(doc, lo: int, hi: int, verb) -> bool:
    """ "Shortly after the paper ran the letter, the mayor responded": the words before the
    comma (tokens lo..hi-1) hang on the verb as a time or a circumstance (a clause with "after",
    "when", "as" …, or a phrase with a preposition), so they are when it was said, not what."""
    roots = [t for t in doc[lo:hi] if not lo <= t.head.i < hi and not t.is_punct]
    if not roots or any(t.head.i != verb.i for t in roots):
        return False
    marked = [
        t
        for t in roots
        if t.dep_ == "prep" or t.dep_ == "advcl" and any(c.dep_ == "mark" for c in t.children)
    ]
    return bool(marked) and all(t in marked or t.dep_ in ("advmod", "npadvmod") for t in roots)


def sentence_after(p: QuoteParse, colon) -> tuple[int, int]:
    """ "… emailed the following statement on Tuesday:" ending its sentence: what was said is
    the next sentence of the paragraph, unquoted. (0, -1), nothing, where the paragraph ends at
    the colon."""
    k = p.sentence_index(colon.idx) + 1
    sentences = p.ctx.sentences
    here = sentences[k - 1].paragraph.paragraph_id
    if k >= len(sentences) or sentences[k].paragraph.paragraph_id != here:
        return 0, -1
    span = sentences[k].span
    return span[0].i, span[-1].i
