"""Name the event a date belongs to, briefly: who did what, from the sentence's parse.

"President Vladimir Putin said in an address to the nation on Saturday that all those
responsible would be punished" -> "President Vladimir Putin said all those responsible would be
punished"; "Friday's deadly attack on a concert hall" -> "deadly attack on a concert hall".
When the parse gives nothing usable, the sentence trimmed at a word boundary.
"""

from __future__ import annotations

from lib.temporal_patterns import tables

MAX_WORDS = 14
MAX_SUBJECT_WORDS = 6
FALLBACK_CHARS = 110
# Clause parts kept after the verb, in order of preference.
OBJECT_DEPS = ("dobj", "attr", "acomp", "oprd", "xcomp", "ccomp", "agent", "dative", "prep")
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "expl")
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
MAX_REST_WORDS = 9


def describe(ctx, head, skip: range, sentence) -> str:
    """A short description of the event `head` (a spaCy token) stands for.

    `skip` holds the token indices of the temporal expression itself (never part of the event).
    """
    if head is None:
        return _trim_sentence(ctx, sentence)
    if len(skip) and _is_modifier(head.doc[skip.start : skip.stop]):
        skip = range(0)  # "a fourth-quarter operating loss": the date belongs to the phrase
    head = _better_head(head, skip)
    if head.pos_ == "NOUN":
        words = _phrase(head, skip, keep_head=True)
        if len(words) >= 2:
            return _join(words)
    if head.pos_ in ("VERB", "AUX"):
        text = _clause(head, skip)
        if text:
            return text
    return _trim_sentence(ctx, sentence)


def _better_head(head, skip: range):
    """Move from a noun inside a verb's adjunct ("said in an address on Saturday") to the verb,
    and from a clause right after a dated reporting verb ("said on Monday it was ...") to the
    reporting verb, whose subject says who acted."""
    in_adjunct = head.pos_ == "NOUN" and head.dep_ == "pobj" and head.head.dep_ == "prep"
    if (
        in_adjunct
        and head.head.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ == "poss" for c in head.children)
    ):
        head = head.head.head
    subject = head.pos_ == "NOUN" and head.dep_ in ("nsubj", "nsubjpass")
    if subject and head.head.pos_ == "VERB" and not any(c.dep_ == "poss" for c in head.children):
        head = head.head  # "First-quarter revenue rose ...": the clause says what happened
    if head.pos_ in ("VERB", "AUX") and head.dep_ == "ccomp" and _is_speech(head.head):
        speech = head.head
        subj = next((c for c in head.children if c.dep_ in SUBJECT_DEPS), None)
        near = len(skip) and 0 < skip.start - speech.i <= 2
        if near or (subj is not None and subj.pos_ == "PRON"):
            return speech
    return head


def _is_modifier(span) -> bool:
    return span.root.dep_ in ("compound", "amod", "nmod") and span.root.head.pos_ == "NOUN"


def _is_speech(tok) -> bool:
    return tok.lemma_.lower() in tables().tense["speech_lemmas"]


def _clause(verb, skip: range) -> str:
    subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subj is not None and subj.i in skip:
        return ""  # the date is the subject: the parse is unreliable here
    if subj is None and verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN"):
        subj = verb.head
        subject = _phrase(subj, skip, keep_head=True, exclude=verb)
    else:
        subject = _phrase(subj, skip, keep_head=True) if subj is not None else []
    subject = subject[-MAX_SUBJECT_WORDS:] if len(subject) > MAX_SUBJECT_WORDS else subject
    verb_words = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i]
    verb_words = [*verb_words, verb]
    prt = [c for c in verb.children if c.dep_ == "prt"]
    rest: list = []
    for dep in OBJECT_DEPS:
        for child in verb.children:
            if child.dep_ != dep or child.i in skip or child.i < verb.i:
                continue
            if dep == "prep" and any(t.i in skip for t in child.subtree):
                continue
            rest = _phrase(child, skip, keep_head=True, cut=dep != "prep")[:MAX_REST_WORDS]
            break
        if rest:
            break
    words = _tidy(subject + verb_words + prt + rest)
    if len(words) < 2:
        return ""
    return _join(_tidy(words[:MAX_WORDS]))


def _phrase(tok, skip: range, *, keep_head: bool, exclude=None, cut: bool = True) -> list:
    """The words of `tok`'s subtree, without the date, side clauses cut, ended at a break."""
    exclude_ids = {t.i for t in exclude.subtree} if exclude is not None else set()
    for t in tok.subtree:
        if t is tok:
            continue
        if (
            t.dep_ in CUT_DEPS
            and cut
            and (t.dep_ != "prep" or _dated(t, skip))
            or t.dep_ == "prep"
            and _dated(t, skip)
        ):
            exclude_ids.update(x.i for x in t.subtree)
    out: list = []
    for t in tok.subtree:
        if t.i in skip or t.i in exclude_ids:
            continue
        if t.dep_ == "poss" and any(x.i in skip for x in t.subtree):
            continue
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


def _dated(prep, skip: range) -> bool:
    """A preposition whose object is the temporal expression ('on [Saturday]')."""
    return any(t.i in skip for t in prep.subtree)


def _tidy(tokens: list) -> list:
    tokens = list(tokens)
    while tokens and (tokens[-1].lower_ in DANGLING or tokens[-1].text in STOP_AT + (".",)):
        tokens.pop()
    return tokens


def _join(tokens: list) -> str:
    """The tokens as written (their own spacing), with one space where words were left out."""
    text = ""
    for i, tok in enumerate(tokens):
        text += tok.text
        if i + 1 < len(tokens):
            nxt = tokens[i + 1]
            if tok.whitespace_ or (nxt.i != tok.i + 1 and not nxt.is_punct):
                text += " "
    return " ".join(text.split())


def _trim_sentence(ctx, sentence) -> str:
    if sentence is None:
        return ""
    start = sentence.paragraph.start if sentence.paragraph.kind == "caption" else sentence.start
    text = " ".join(ctx.text[start : sentence.end].split())
    if len(text) <= FALLBACK_CHARS:
        return text.rstrip(".")
    cut = text[:FALLBACK_CHARS].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"
