"""Quoted words in a headline: "Mayor Urges Council to ‘Think Again’", "‘We Will Not Back
Down’, Minister Says", "Senator On Tariffs: ‘We Cannot Let Them Win’".

A headline quotes its speaker in single marks and Title Case, with the speaker's name (or role)
somewhere in it and often no verb of saying at all, so the body's rules do not reach it: the
quote finder reads body paragraphs only, and Title Case there means a name. Here a quoted
stretch of a headline is what somebody said unless a statement of the headline already holds it
(`lib.quotes.headlines`: "Graham: …"), it names a thing (a work after "the film", a word joined
by a hyphen), or it is one word after a determiner, a name or an adjective (a scare quote: the
"‘Experts’"). The speaker is the one the headline names: the subject of a saying after the quote
("‘…’, Tillerson says"), else the subject of the headline's verb before it ("Congresswoman
Demands …"), else its first name of a person or a body ("Trump On Turkey: ‘…’").
"""

from __future__ import annotations

import re

from lib.quotes.headshape import headline_subject
from lib.quotes.marks import find_quoted
from lib.quotes.parse import Found
from lib.quotes.terms import joined_by_hyphen

_WORD = re.compile(r"[A-Za-z0-9][\w'’-]*")
SPEAKER_ENTS = ("PERSON", "ORG", "NORP", "GPE")
SUBJECT_POS = ("PROPN", "NOUN")
SOURCE_AFTER_COLON = 3  # words of a source ending a headline: "…: union", "…: state media"
NAME_WORDS = 3  # at most this many quoted capitalised words in a sentence-case headline: a name


def headline_quotes(finder, found: list[Found]) -> list[Found]:
    """Rows for the quoted stretches of the article's headlines (see the module's docstring).
    `finder` is the `QuoteFinder`: its parse, lexicon and not-a-quote tests."""
    heads = [p for p in finder.ctx.article.paragraphs if p.kind == "headline"]
    if not heads:
        return []
    text, doc, p = finder.text, finder.doc, finder.p
    taken = [(f.start, f.end) for f in found if f.kind != "drop"]
    out = []
    for q in find_quoted(text, heads):
        if q.unclosed or any(s < q.end and q.start < e for s, e in taken):
            continue
        para = p.para_by_id[q.paragraph]
        before = text[para.start : q.open_pos].rstrip()
        words = _WORD.findall(text[q.start : q.end])
        if not words or joined_by_hyphen(before):
            continue
        if finder._names_a_thing(before) or finder._titles_a_work(before, words):
            continue
        if _a_name_in_sentence_case(text[para.start : q.open_pos] + text[q.end : para.end], words):
            continue
        first = p.tok(q.open_pos)
        prev = doc[first - 1] if first > 0 and doc[first - 1].idx >= para.start else None
        word = doc[p.tok(q.start)]
        if len(words) == 1 and prev is not None and _scare_slot(prev) and word.pos_ != "VERB":
            continue
        lo, hi = p.tok(para.start), p.tok(para.end - 1)
        tokens = [t for t in doc[lo : hi + 1] if not q.open_pos <= t.idx < p.quote_end(q)]
        whole = not before.rstrip(":—–-").strip() or before.endswith(":")
        if _names_what_follows(text, doc, p, q) or not (whole or _says(finder.lex, tokens)):
            continue
        subject = (
            _speaker_after(finder, tokens, p.quote_end(q))
            or headline_subject(finder.lex, tokens, q.open_pos)
            or _speaker_before(tokens, q.open_pos)
        )
        kind = "direct" if whole else "partial"
        cue = subject.head.text if subject is not None and subject.dep_ == "nsubj" else None
        out.append(Found(kind, q.start, q.end, cue=cue, subject=subject, quoted=q))
    return out


def _says(lex, tokens) -> bool:
    """The headline has a saying in it outside the quote: a verb of saying or asking ("urges",
    "says"), a statement noun ("Claim That …") or a source after a colon ("…: union"). Without
    one a quoted phrase is the headline's own wording marked off ("puts troops in ‘a state of
    alert’", "honored for ‘outstanding work’")."""
    colon = max((i for i, t in enumerate(tokens) if t.text == ":"), default=None)
    if colon is not None and 0 < len(tokens) - colon - 1 <= SOURCE_AFTER_COLON:
        return True
    for t in tokens:
        if t.lower_ in lex.nouns:
            return True
        # by the word, as a Title Case headline's verbs are often tagged names; not a noun
        # spelt like a verb ("Volunteers …")
        if t.pos_ != "NOUN" and (lex.is_speech(t) or t.lower_ in lex.direct or lex.is_request(t)):
            return True
    return False


def _a_name_in_sentence_case(outside: str, words: list[str]) -> bool:
    """ "GM outlines plan for “New Motors” after bankruptcy": in a headline written in sentence
    case a few quoted words all capitalised are a name (a product, a plan, a nickname), not words
    somebody said. In a Title Case headline capitals tell nothing, so this never applies there."""
    if len(words) > NAME_WORDS or not all(w[:1].isupper() or w[:1].isdigit() for w in words):
        return False
    content = [w for w in _WORD.findall(outside) if len(w) > 3]
    lower = sum(1 for w in content if w[:1].islower())
    return len(content) >= 3 and lower * 2 > len(content)


def _names_what_follows(text: str, doc, p, q) -> bool:
    """ "‘The Panel’ Hosts Back …", "‘streamlined’ asylum process": quoted words right before
    a noun (no comma or colon between) qualify it or name it: a show's name, a label."""
    end = p.quote_end(q)
    if text[end : end + 1] != " ":
        return False
    nxt = doc[p.tok(end + 1)]
    return nxt.pos_ in ("NOUN", "PROPN") and nxt.idx == end + 1


def _scare_slot(tok) -> bool:
    """A determiner, a name or an adjective right before one quoted word: "the ‘Experts’",
    "Media ‘Pros’": a word set off in scare quotes, nobody's statement."""
    if tok.pos_ in ("DET", "PROPN", "NOUN"):
        return True
    return tok.pos_ == "ADJ" and not tok.lower_.endswith("ed")


def _speaker_after(finder, tokens, end: int):
    """ "‘You're Wrong’, Tillerson Says Of Reports": the subject of a saying after the quote;
    else, when a colon follows the quote, the subject of the sentence after it ("‘Trump sold
    them out’: Joe Biden hits the president over …"): a headline that opens with a quote and a
    colon gives it to the one its sentence is about, whatever the verb."""
    for t in tokens:
        if t.idx < end or not (finder.lex.is_speech(t) and t.pos_ == "VERB"):
            continue
        subject = next((c for c in t.children if c.dep_ == "nsubj" and c.idx >= end), None)
        if subject is not None:  # (not the quote the parse may make a second subject)
            return subject
    after = [t for t in tokens if t.idx >= end]
    if not after or after[0].text != ":":
        return None
    return next((t for t in after if t.dep_ == "nsubj" and t.pos_ in SUBJECT_POS), None)


def _speaker_before(tokens, start: int):
    """The headline's speaker before the quote: the subject of its verb ("Congresswoman Demands
    …", "Sanders plans return to ‘…’"), else its first name of a person or a body ("Trump On
    Turkey: ‘…’", "Trump’s Claim That Google ‘…’")."""
    before = [t for t in tokens if t.idx < start]
    for t in before:
        if t.dep_ == "nsubj" and t.pos_ in SUBJECT_POS and t.head.pos_ in ("VERB", "AUX"):
            return t
    return next((t for t in before if t.ent_type_ in SPEAKER_ENTS and t.pos_ == "PROPN"), None)
