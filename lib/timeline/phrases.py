"""Short phrases cut from a parse: a token's phrase without side clauses or a trailing date, tidied
so that it never ends on a dangling word, and the word-level trim of a sentence when there is no
usable parse. The building blocks of the event descriptions in lib/timeline/events.py.
"""

from __future__ import annotations

import re

MAX_WORDS = 14
FALLBACK_CHARS = 90
# Tokens that end a trimmed phrase (a clause or apposition starts).
STOP_AT = (",", ";", ":", "—", "–", "(", "“", '"')
DROP_DEPS = ("mark", "punct", "advmod", "npadvmod", "cc", "discourse")
# Dependents whose whole subtree is left out of a short description (side clauses, appositions).
CUT_DEPS = ("advcl", "relcl", "appos", "parataxis", "conj", "cc", "acl", "prep")
# Words a trimmed phrase must not end with.
DANGLING = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "by",
        "with",
        "and",
        "or",
        "but",
        "that",
        "which",
        "who",
        "'s",
        "’s",
        ",",
        ";",
        ":",
        "“",
        "”",
        '"',
        "—",
    ]
)
# Words that dangle at the end unless they are the noun of the phrase ("the very beginning").
DANGLING_LINKS = frozenset(
    ["starting", "beginning", "following", "including", "until", "since", "during", "after"]
    + ["before", "than", "as"]
)
# Parts of speech an event never ends on (a clause cut short: "her client was and").
DANGLING_POS = ("CCONJ", "SCONJ", "DET", "AUX")
# Auxiliaries, for the word-level trim of a fallback sentence (no parse at hand there).
AUXILIARIES = frozenset(
    ["is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would"]
    + ["can", "could", "shall", "should", "may", "might", "must", "do", "does", "did"]
)
# What may stand before a quoted passage that is a sentence part of its own (removable):
# nothing, or a break. After anything else the quote is part of the clause ("was “ashamed”").
QUOTE_OPENERS = ",;:—–(."
# Quoted passages left out of a trimmed sentence (an inscription, a slogan).
QUOTED = re.compile(r"“[^”]{0,200}”|\"[^\"]{0,200}\"")


def _first_words(tokens: list, n: int) -> list:
    """The tokens up to the n-th word (punctuation not counted)."""
    out, words = [], 0
    for t in tokens:
        words += not t.is_punct
        if words > n:  # cut short: end on a noun rather than mid-phrase ("include more")
            while len(out) > 1 and out[-1].pos_ in ("DET", "ADP", "CCONJ", "SCONJ", "PART", "ADJ"):
                out.pop()
            break
        out.append(t)
    return _tidy(out)


def _phrase(
    tok, skip: range, *, keep_head: bool, exclude=None, cut: bool = True, dates=frozenset()
) -> list:
    """The words of `tok`'s subtree, without the date, side clauses cut, ended at a break."""
    exclude_ids = {t.i for t in exclude.subtree} if exclude is not None else set()
    dated = _dated_heads(tok.doc, skip)
    for t in tok.subtree:
        if t is tok or t.i in exclude_ids:  # left out with an ancestor: its subtree already is
            continue
        if (
            t.dep_ in CUT_DEPS
            and cut
            and (t.dep_ != "prep" or t.i in dated)
            or t.dep_ == "prep"
            and (t.i in dated or any(x.i in dates for x in t.children))
        ):
            exclude_ids.update(x.i for x in t.subtree)
    out: list = []
    for t in tok.subtree:
        if t.i in skip or t.i in exclude_ids or t.i in dates:
            continue
        if t.dep_ == "poss" and any(x.i in skip for x in t.subtree):
            continue
        if t.text == "," and (t.i + 1 in exclude_ids or t.i - 1 in exclude_ids):
            continue  # the comma around a side clause left out: the phrase goes on
        if t.i > tok.i and t.text in STOP_AT:
            break
        if t.i == tok.left_edge.i and t.dep_ in DROP_DEPS and t.i != tok.i:
            continue
        if t.dep_ == "mark" or (t.text in ("“", "”", '"') and not out):
            continue
        if t.dep_ in ("case",) and not out:
            continue
        out.append(t)
        if len(out) >= MAX_WORDS:
            break
    return _tidy(out)


def _dated_heads(doc, skip: range) -> set[int]:
    """The tokens whose subtree holds part of the temporal expression: a preposition among them
    has the date for object ('on [Saturday]'). The date's tokens and their ancestors, gathered
    once per phrase: asking each preposition's subtree instead made one long sentence of dates
    cubic (a 20,000-character list of dates took 28 s in the timeline)."""
    heads: set[int] = set()
    for i in skip:
        if not 0 <= i < len(doc):
            continue
        heads.add(i)
        for up in doc[i].ancestors:
            if up.i in heads:
                break
            heads.add(up.i)
    return heads


def _tidy(tokens: list) -> list:
    tokens = list(tokens)
    while tokens and (
        tokens[-1].lower_ in DANGLING
        or tokens[-1].pos_ in DANGLING_POS
        or (tokens[-1].pos_ == "ADP" and tokens[-1].dep_ != "prt")
        or tokens[-1].text in STOP_AT + (".",)
        or (tokens[-1].lower_ in DANGLING_LINKS and tokens[-1].pos_ not in ("NOUN", "PROPN"))
    ):
        tokens.pop()
    return tokens


def _join(tokens: list, names: dict | None = None) -> str:
    """The tokens as written (their own spacing), with one space where words were left out;
    `names` replaces some tokens (a pronoun by its antecedent)."""
    text = ""
    names = names or {}
    for i, tok in enumerate(tokens):
        text += names.get(tok.i, tok.text)
        if i + 1 < len(tokens):
            nxt = tokens[i + 1]
            if tok.whitespace_ or (nxt.i != tok.i + 1 and not nxt.is_punct):
                text += " "
    return " ".join(text.split()).lstrip("-–—,;: ")


def _trim_sentence(ctx, sentence) -> str:
    """The sentence (a caption from its start) without quoted passages, cut at a word."""
    if sentence is None:
        return ""
    start = sentence.paragraph.start if sentence.paragraph.kind == "caption" else sentence.start
    text = " ".join(ctx.text[start : sentence.end].split())
    unquoted = " ".join(QUOTED.sub(_unquote, text).split())
    unquoted = re.sub(r" ([,;:.])", r"\1", unquoted)
    if len(unquoted.split()) >= 4:
        text = unquoted
    if len(text) <= FALLBACK_CHARS:
        return text.rstrip(".")
    cut = text[:FALLBACK_CHARS].rsplit(" ", 1)[0]
    words = cut.split()
    while words and words[-1].lower().strip(",;:") in DANGLING | DANGLING_LINKS | AUXILIARIES:
        words.pop()
    return " ".join(words).rstrip(",;:") + "…"


def _unquote(match) -> str:
    """A quoted passage standing as a sentence part of its own goes; one inside a clause
    ("her client was “deeply ashamed” and ...") keeps its words, without the marks, so the
    clause never dangles."""
    before = match.string[: match.start()].rstrip()
    if not before or before[-1] in QUOTE_OPENERS:
        return " "
    return " " + match.group()[1:-1] + " "
