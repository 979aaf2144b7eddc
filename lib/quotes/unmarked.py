"""Reported speech the small model's parse hangs oddly, read back by shape: a clause after a
saying and a time phrase with no "that" (parsed as an adverbial), a time or circumstance before
the comma of "…, the mayor responded" (no statement), the statement after a colon that ends
its sentence ("emailed the following statement:"), and what a work named at the end of the
sentence shows ("…, hospital records show."). Helpers of `lib.quotes.reported`.
"""

from __future__ import annotations

from lib.quotes.parse import Found, QuoteParse

FINITE = ("VBD", "VBZ", "VBP")
# "…, campaign finance records show.": the words naming the work after the comma (at most)
WORK_WORDS = 5
WORK_POS = ("DET", "ADJ", "NOUN", "PROPN", "NUM", "CCONJ")
MIN_TAIL_CLAIM = 6  # words of a sentence ending in "…, the records show." (claim and work)


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


def shown_by_work(p: QuoteParse, sent) -> Found | None:
    """ "…, hospital records show." and "…, a new study shows.": a work or a document named after
    a comma at the end of the sentence states what comes before it. The small model often
    misreads this tail (the verb as a plural noun, the work as a compound with no verb over
    it), so the shape is read off the words. The work is named, so the statement stands with
    no speaker resolved (unlike "figures show …" inside a sentence, `Found.nobodys_act`)."""
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    if len(words) < MIN_TAIL_CLAIM or sent[-1].text not in (".", "!"):
        return None
    verb = words[-1]
    if verb.lemma_.lower() not in p.lex.evidence or verb.i < 2:
        return None
    work = p.doc[verb.i - 1]
    if work.pos_ != "NOUN" or not {work.lower_, work.lemma_.lower()} & (p.lex.works | p.lex.nouns):
        return None
    k = work.i - 1
    while k > sent.start and work.i - k <= WORK_WORDS and _names_work(p.doc[k]):
        k -= 1
    if p.doc[k].text != "," or k <= sent.start or p.inside_quote(p.doc[k].idx):
        return None
    if not any(t.pos_ in ("VERB", "AUX") for t in p.doc[sent.start : k]):
        return None  # "…, a new study shows." after a phrase with no verb: no claim
    start, end = p.trim(sent.start, k - 1)
    if start is None or p.quoted_share(start, end) > 0.5:
        return None
    return Found("indirect", start, end, cue=verb.text, subject=work)


def _names_work(tok) -> bool:
    """A word of the phrase naming a work: "a new", "campaign and corporate", "leaked"."""
    return tok.pos_ in WORK_POS or tok.tag_ in ("VBG", "VBN")
