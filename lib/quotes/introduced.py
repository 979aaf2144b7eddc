"""The speaker of a quote brought in by a colon after a clause that is not a saying.

"Rubio fired back: “…”", "She then addressed the crowd again: “…”", "Reid: “…”": the words
before the colon name who speaks though no verb of saying does; the quote is theirs when the
clause's subject is someone who can speak. One look at the clause before the colon.
"""

from __future__ import annotations

from lib.quotes.marks import QuotedSpan
from lib.quotes.parse import QuoteParse


def colon_introducer(p: QuoteParse, reported, q: QuotedSpan):
    """ "Rubio fired back: “…”", "She then addressed the crowd: “…”", "Reid: “…”": a quote
    brought in by a colon after a clause whose verb is not a saying still has its speaker,
    the clause's subject, when that is someone who can speak (a name, a person pronoun, a
    person or body noun); "The timing surprised nobody: “…”" gives nobody. Returns (cue,
    subject) or None."""
    para = p.para_by_id[q.paragraph]
    before = p.text[para.start : q.open_pos].rstrip()
    if not before.endswith(":"):
        return None
    colon = p.doc[p.tok(para.start + len(before) - 1)]
    if colon.text != ":" or p.inside_quote(colon.idx):
        return None
    first = p.doc[p.tok(para.start)]
    words = p.doc[first.i : colon.i]
    if 0 < len(words) <= 4 and all(t.text[:1].isupper() for t in words):
        # a transcript's or a headline's "Reid: “…”", a name the article knows
        return (":", words[-1]) if reported.named(words[-1]) else None
    lo = max(colon.sent.start, first.i)
    heads = [  # the clause before the colon: its verbs whose head lies outside it
        t
        for t in p.doc[lo : colon.i]
        if t.pos_ in ("VERB", "AUX") and (t.head.i == t.i or not lo <= t.head.i < colon.i)
    ]
    for clause in reversed(heads):
        subject = next(
            (c for c in clause.children if c.dep_ == "nsubj" and lo <= c.i < clause.i), None
        )
        if subject is not None:
            return (clause.text, subject) if _can_introduce(p.lex, subject) else None
    return None


def _can_introduce(lex, subject) -> bool:
    """A name, a person pronoun, or a noun the lexicon lists for a person or a body (not one
    merely built like one: "the list includes: …")."""
    if subject.pos_ == "PROPN" or subject.ent_type_ in ("PERSON", "ORG", "NORP"):
        return True
    if subject.pos_ == "PRON":
        return subject.lower_ in ("he", "she", "they", "we", "i")
    words = {subject.lower_, subject.lemma_.lower()}
    return subject.pos_ == "NOUN" and bool(
        words & (lex.person_nouns | lex.org_nouns | lex.people_nouns)
        or words & lex.gendered_roles.keys()
    )
