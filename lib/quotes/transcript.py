"""Turns of a transcript run into one paragraph: "The exchange is described in the transcript
as follows: Lee: Can you tell us what you told the minister? Ruiz: I said we should act. Lee:
And then?". A page that lost its paragraph breaks keeps each turn's speaker label ("Ruiz:")
right after the end of the turn before; each turn is that speaker's words, up to the next label,
and the last one runs on while its sentences still read as the speaker's (`block_end`).

A label is a person the article names (their name or surname) or a transcript's capitals
("TAPPER:"), set right after a sentence's end or a colon. It takes three labels in one paragraph to
make a transcript: one "Lee: …" inside a paragraph may be anything ("Exhibit A: …"), and
two may be the headlines of links a page left in the text ("Ann Lee: Who is …? Tom Ruiz: '…'");
and the labels change hands, as a dialogue's do.
`HeadlineClaims._name_colon_claims` reads a paragraph that opens with a label; here its turn
ends where the next label starts.
"""

from __future__ import annotations

import re

from lib.quotes.clauses import MIN_CLAIM_WORDS, NAME_COLON
from lib.quotes.parse import Found, QuoteParse
from lib.quotes.unmarked import block_end

#: a speaker label after a sentence's end (or the colon that announces the transcript)
TURN_LABEL = re.compile(r"(?<=[.?!…”\"’:]) +([A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,2}):[ \t]+(?=\S)")
#: any capitalised label, which ends the last turn ("More: …", "Watch: …")
ANY_LABEL = re.compile(r"(?<=\s)[A-Z][\w’'.-]*:\s")
#: labels a paragraph needs before its labels are read as a transcript's turns
MIN_LABELS = 3


def read_transcript(p: QuoteParse, para) -> tuple[list[Found], int]:
    """The turns of the transcript run into paragraph `para` after its first label, and where
    the turn that opens the paragraph ends (`_name_colon_claims` reads that one): at the next
    person's label, else at the paragraph's end. The labels are read once for both."""
    labels = turn_labels(p, para)
    opening = _opening_label(p, para)
    opening_end = labels[0][0] if labels and opening is not None else para.end
    if len(labels) + (opening is not None) < MIN_LABELS or not _alternate(p, labels):
        return [], opening_end
    nexts = [start for start, _, _ in labels[1:]] + [None]
    turns = (
        _turn(p, words, after, name, para)
        for (_, words, name), after in zip(labels, nexts, strict=True)
    )
    return [found for found in turns if found is not None], opening_end


def _alternate(p: QuoteParse, labels) -> bool:
    """Turns change hands: one speaker never has two in a row (two "Ann Lee:" in a row are the
    headlines of links about her, not a dialogue)."""
    names = [p.doc[last].lower_ for _, _, last in labels]
    return all(a != b for a, b in zip(names, names[1:], strict=False))


def turn_labels(p: QuoteParse, para) -> list[tuple[int, int, int]]:
    """(start of the label, start of the words, token of the name's last word) of each label
    inside paragraph `para` that names a person."""
    out = []
    for m in TURN_LABEL.finditer(p.text, para.start, para.end):
        if p.inside_quote(m.start(1)):
            continue
        last = p.tok(m.end(1) - 1)
        if _labels_a_person(p, m.group(1), p.doc[last]):
            out.append((m.start(1), m.end(), last))
    return out


def _opening_label(p: QuoteParse, para):
    m = NAME_COLON.match(p.text, para.start, para.end)
    if m is None:
        return None
    last = p.tok(m.end(1) - 1)
    return m if _labels_a_person(p, m.group(1), p.doc[last]) else None


def _labels_a_person(p: QuoteParse, words: str, last) -> bool:
    """ "Ruiz", "Tom Ruiz", "JAKE TAPPER": a person the article names, or capitals."""
    if words.isupper() and len(words) > 1:
        return True
    return words in _person_words(p) or last.text in _person_words(p)


def _person_words(p: QuoteParse) -> frozenset[str]:
    """The names, surnames (last words) and aliases of the people the article names, gathered
    once an article: a scan of every entity per label made a paragraph of many labels in an
    article of many people quadratic."""
    words = p.__dict__.get("_person_words")
    if words is None:
        people = [e for e in p.ctx.entities if e["label"] == "PERSON"]
        words = frozenset(
            [e["name"] for e in people]
            + [e["name"].split()[-1] for e in people if e["name"].split()]
            + [a for e in people for a in e["aliases"]]
        )
        p.__dict__["_person_words"] = words
    return words


def _turn(p: QuoteParse, begin: int, next_label: int | None, name: int, para) -> Found | None:
    """One turn: from `begin` to the next label, or (the last) through the sentences that still
    read as the speaker's."""
    lo = p.tok(begin)
    if next_label is not None:
        hi = p.tok(next_label) - 1
    else:
        sentence = p.ctx.sentences[p.sentence_index(begin)].span
        hi = block_end(p, lo, min(sentence[-1].i, p.tok(para.end - 1)))
        other = ANY_LABEL.search(p.text, begin, p.doc[hi].idx)
        if other is not None:  # "… More: Trump told …": a label of another kind ends it
            hi = p.tok(other.start()) - 1
    start, stop = p.trim(lo, hi)
    if start is None or len(p.text[start:stop].split()) < MIN_CLAIM_WORDS:
        return None
    kind = "direct" if p.quoted_share(start, stop) > 0.5 else "indirect"
    return Found(kind, start, stop, cue=":", subject=p.doc[name])
