"""Streamlit caching around the pipeline (the one `lib` module allowed to import streamlit).

The analysis workers start once per server process (`st.cache_resource`); an analysis is cached by the
hash of everything that determines it (bytes, file name, metadata, date override), in a bounded
`st.cache_data`, so switching pages or filters never re-runs the NLP. A miss is analysed in a
worker process (app.workers).
"""

from __future__ import annotations

import hashlib
import json

import streamlit as st

from app.workers import analyze_in_worker, pool
from lib.nlp import model_name
from lib.pipeline import ArticleTables

MAX_CACHED_ANALYSES = 24


@st.cache_resource(show_spinner=False)
def language_model():
    """Start the analysis workers once per server; they load the model, the server never does."""
    return pool()


def analysis_key(raw: bytes, filename: str, meta: dict, published: str | None) -> str:
    h = hashlib.sha256(raw)
    extra = json.dumps([filename, meta, published, model_name()], sort_keys=True, default=str)
    h.update(extra.encode("utf-8"))
    return h.hexdigest()


@st.cache_data(max_entries=MAX_CACHED_ANALYSES, show_spinner=False)
def _analyze(
    key: str, _raw: bytes, _filename: str, _meta_json: str, _published: str | None
) -> ArticleTables:
    # Only `key` is hashed by Streamlit; it covers every other argument. The work runs in a
    # worker process (deadline, memory ceiling, bounded number at once); a cached key returns
    # before this, so cached articles never wait behind a running analysis.
    return analyze_in_worker(_raw, _filename, json.loads(_meta_json), _published)


def analyze_cached(
    raw: bytes, filename: str = "", meta: dict | None = None, published: str | None = None
) -> ArticleTables:
    """Tables for an article; raises `lib.errors.InputError` on unreadable input (not cached)."""
    language_model()
    meta = {k: v for k, v in (meta or {}).items() if isinstance(v, (str, int, float)) and v != ""}
    key = analysis_key(raw, filename, meta, published)
    return _analyze(key, raw, filename, json.dumps(meta, sort_keys=True), published)
