"""Reported speech the small model's parse hangs oddly, read back by shape: a clause after a
saying and a time phrase with no "that" (parsed as an adverbial), a time or circumstance before
the comma of "…, the mayor responded" (no statement), the statement after a colon that ends
its sentence ("emailed the following statement:"), and what a work named at the end of the
sentence shows ("…, hospital records show."). Helpers of `lib.quotes.reported`.
"""

from __future__ import annotations

from lib.quotes.marks import MARKS
from lib.quotes.parse import Found, QuoteParse

FINITE = ("VBD", "VBZ", "VBP")
# "…, campaign finance records show.": the words naming the work after the comma (at most)
WORK_WORDS = 5
WORK_POS = ("DET", "ADJ", "NOUN", "PROPN", "NUM", "CCONJ")
MIN_TAIL_CLAIM = 6  # words of a sentence ending in "…, the records show." (claim and work)
# A block quotation set without marks after "X claimed:" runs on for at most this many sentences
MAX_BLOCK_SENTENCES = 4
FIRST_PERSON = ("i", "we", "me", "us", "my", "our")
OWN_SUBJECTS = ("that", "this", "it", "which")  # "That's assuming …": the passage goes on


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


def block_end(p: QuoteParse, lo: int, hi: int) -> int:
    """ "…, the failed candidate claimed: [Russia] has a bunch of sites … They know they can't
    win …, and so I do not know who it's going to be": a page that lost the indent of a block
    quotation runs the quoted passage on in the paragraph after the colon. The passage goes on
    (token `hi` is its last so far) through the sentences of the same paragraph that still read
    as the speaker's words, and stops at the first that reads as the writer's again
    (`_writers_again`). A passage in quote marks ("voiced in his demand in Berlin: “Mr.
    Gorbachev, tear down this wall!”") is the quote finder's and ends where its marks do."""
    if any(p.inside_quote(t.idx) or t.text in MARKS for t in p.doc[lo : hi + 1]):
        return hi
    k = p.sentence_index(p.doc[hi].idx) + 1
    sentences = p.ctx.sentences
    here = sentences[k - 1].paragraph.paragraph_id
    for _ in range(MAX_BLOCK_SENTENCES):
        if k >= len(sentences) or sentences[k].paragraph.paragraph_id != here:
            break
        span = sentences[k].span
        if _writers_again(p, span):
            break
        hi, k = span[-1].i, k + 1
    return hi


def _writers_again(p: QuoteParse, span) -> bool:
    """The writer's own sentence after a quoted passage: one with quote marks in it, a saying
    or a view told of somebody ("Warren believes that …"), or a narrative past with no "I" or
    "we" in it ("Shortly later, Gabbard hit back …"); the passage itself argues in the present
    or the future, or in the first person."""
    if any(p.inside_quote(t.idx) or t.text in MARKS for t in span):
        return True
    if any(_told_of(p, t) for t in span):
        return True
    root = span.root
    past = root.tag_ in ("VBD", "VBN") and not any(c.tag_ == "MD" for c in root.children)
    return past and not any(t.lower_ in FIRST_PERSON for t in span)


def _told_of(p: QuoteParse, verb) -> bool:
    """A saying or a view with somebody else as its subject ("Warren believes", "he said"), not
    the speaker's own ("I can guarantee you", "That's assuming …")."""
    if verb.pos_ != "VERB" or not (p.lex.is_speech(verb) or p.lex.is_belief(verb)):
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.lower_ not in (*FIRST_PERSON, *OWN_SUBJECTS)


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
