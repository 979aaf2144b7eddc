"""The speaker of a quote brought in by a colon after a clause that is not a saying.

"Rubio fired back: “…”", "She then addressed the crowd again: “…”", "Reid: “…”": the words
before the colon name who speaks though no verb of saying does; the quote is theirs when the
clause's subject is someone who can speak. One look at the clause before the colon.

Web copy also sets a post's or a statement's words after a sentence that only says who spoke:
"Tony Schwartz, who ghost wrote the book, tweeted. “…”" (the embedded post's frame is lost, the
full stop stays). Such a sentence, a name and a verb of saying with nothing said, introduces the
quote that opens right after it.
"""

from __future__ import annotations

from lib.quotes.marks import MARKS, QuotedSpan
from lib.quotes.parse import QuoteParse
from lib.quotes.subjects import LISTENER_VERBS


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
            can = _can_introduce(p.lex, subject) or _known_name(reported, subject)
            return (clause.text, subject) if can else None
    return None


SENTENCE_WINDOW = 40  # tokens of a sentence that only says who spoke, at most
SAID_NOTHING_DEPS = ("prep", "npadvmod", "advmod", "punct", "dative", "agent")


def sentence_introducer(p: QuoteParse, q: QuotedSpan):
    """ "Tony Schwartz, who ghost wrote Trump's book, tweeted. “…”": a quote opening right after
    a sentence that ends with a verb of saying and says nothing (only when, where or to whom
    after the verb: "wrote on Twitter.", "told reporters.") is that sentence's speaker's: the
    name opening the sentence, an aside set off by commas maybe between. Returns (cue, subject)
    or None."""
    para = p.para_by_id[q.paragraph]
    i = p.tok(q.open_pos) - 1
    while i >= 0 and p.doc[i].is_space:
        i -= 1
    if i <= 0 or p.doc[i].text != "." or p.doc[i].idx < para.start:
        return None
    start = _sentence_start(p, i, para.start)
    if start is None:
        return None
    verb = next((t for t in reversed(p.doc[start:i]) if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or not p.lex.is_speech(verb) or p.inside_quote(verb.idx):
        return None
    after = p.doc[verb.i + 1 : i]
    if any(not verb.is_ancestor(t) for t in after) or _says_something(p, verb):
        return None
    name = _opening_name(p, start, verb)
    return (verb.text, name) if name is not None else None


def _sentence_start(p: QuoteParse, end: int, para_start: int) -> int | None:
    """The first token of the sentence whose full stop is token `end`: after the sentence end
    before it, within `SENTENCE_WINDOW` tokens (read off the words: the small model may cut
    "Tony Schwartz, who wrote …, tweeted." in two); None for a longer one."""
    k = end - 1
    while k > 0:
        t = p.doc[k - 1]
        if t.idx < para_start or t.text in (".", "!", "?") and not p.inside_quote(t.idx):
            break
        if end - k >= SENTENCE_WINDOW:
            return None
        k -= 1
    while p.doc[k].is_space:
        k += 1
    return k


def _says_something(p: QuoteParse, verb) -> bool:
    """A verb with what was said after it: a clause, an object (not a listener), a quote."""
    for c in verb.children:
        if c.i < verb.i or c.dep_ in SAID_NOTHING_DEPS:
            continue
        if c.dep_ == "dobj" and verb.lemma_.lower() in LISTENER_VERBS:
            continue
        return True
    return False


def _opening_name(p: QuoteParse, start: int, verb):
    """The name opening a sentence that ends "… tweeted.": the name right before the verb, or
    the name then an aside between commas ("Tony Schwartz, who wrote …, tweeted")."""
    first = p.doc[start]
    if first.ent_type_ not in ("PERSON", "ORG") or first.ent_iob_ != "B":
        return None
    last = first
    while last.i + 1 < verb.i and p.doc[last.i + 1].ent_iob_ == "I":
        last = p.doc[last.i + 1]
    if last.i + 1 == verb.i:
        return last
    before_verb = p.doc[verb.i - 1]
    closes = before_verb.text in MARKS and verb.i >= 2 and p.doc[verb.i - 2].text == ","
    if p.doc[last.i + 1].text == "," and (before_verb.text == "," or closes):
        return last
    return None


def _known_name(reported, subject) -> bool:
    """ "Sanders finally named Sen. Lamar Alexander: “…”": a capitalised subject the tagger took
    for a common noun is still a speaker when it is the name (or surname) of a person or body
    the article mentions."""
    return subject.text[:1].isupper() and reported.named(subject)


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
