"""Streamlit caching around the pipeline (the one `lib` module allowed to import streamlit).

The analysis workers start once per server process (`st.cache_resource`); an analysis is cached by the
hash of everything that determines it (bytes, file name, metadata, date override), in a bounded
`st.cache_data`, so switching pages or filters never re-runs the NLP. A miss is analysed in a
worker process (app.workers). A page that passes `wait` gets the analysis as a job it waits
for itself (with a Cancel button); a cancelled or failed job raises and is never cached.
"""

from __future__ import annotations

import functools
import hashlib
import json
import threading
from collections import OrderedDict
from collections.abc import Callable

import streamlit as st

from app.workers import Job, deadline, pool
from lib.nlp import model_name
from lib.pipeline import ArticleTables

MAX_CACHED_ANALYSES = 24
# Keys analysed by this process, most recently used last: what `_analyze` most likely has cached
# (kept longer than the cache, so a cached article is never analysed again to show a Cancel).
_done: OrderedDict[str, None] = OrderedDict()
_done_lock = threading.Lock()  # sessions run in threads of their own


@st.cache_resource(show_spinner=False)
def language_model():
    """Start the analysis workers once per server; they load the model, the server never does."""
    return pool()


def analysis_key(raw: bytes, filename: str, meta: dict, published: str | None) -> str:
    h = hashlib.sha256(raw)
    extra = json.dumps([filename, meta, published, model_name()], sort_keys=True, default=str)
    h.update(extra.encode("utf-8"))
    return h.hexdigest()


def _plain_meta(meta: dict | None) -> dict:
    return {k: v for k, v in (meta or {}).items() if isinstance(v, (str, int, float)) and v != ""}


def key_of(
    raw: bytes, filename: str = "", meta: dict | None = None, published: str | None = None
) -> str:
    """The analysis key of an article as `analyze_cached` computes it."""
    return analysis_key(raw, filename, _plain_meta(meta), published)


def _run(raw: bytes, filename: str, meta: dict, published: str | None, job: Job):
    return pool().analyze(raw, filename, meta, published, deadline(), job=job)


@st.cache_data(max_entries=MAX_CACHED_ANALYSES, show_spinner=False)
def _analyze(
    key: str, _raw: bytes, _filename: str, _meta_json: str, _published: str | None
) -> ArticleTables:
    # Only `key` is hashed by Streamlit; it covers every other argument. The work runs in a
    # worker process (deadline, memory ceiling, bounded number at once): the job a waiting page
    # started (finished by now), else a new one. A cached key returns before this, so cached
    # articles never wait behind a running analysis.
    run = functools.partial(_run, _raw, _filename, json.loads(_meta_json), _published)
    tables = pool().collect(pool().start(key, run))
    with _done_lock:
        _done[key] = None
        while len(_done) > 4 * MAX_CACHED_ANALYSES:
            _done.popitem(last=False)
    return tables


def analyze_cached(
    raw: bytes,
    filename: str = "",
    meta: dict | None = None,
    published: str | None = None,
    wait: Callable[[Job], None] | None = None,
    who: str | None = None,
) -> ArticleTables:
    """Tables for an article; raises `lib.errors.InputError` on unreadable input (not cached).
    With `wait`, an analysis not cached yet runs as a job and `wait(job)` is called until it
    ends (the page shows its progress and Cancel there); `who` names the waiting session, so
    its Cancel does not stop another session's wait for the same article."""
    language_model()
    meta = _plain_meta(meta)
    key = analysis_key(raw, filename, meta, published)
    with _done_lock:
        known = key in _done
        if known:
            _done.move_to_end(key)
    if not known and wait is not None:
        run = functools.partial(_run, raw, filename, meta, published)
        wait(pool().start(key, run, size=len(raw), who=who))
    return _analyze(key, raw, filename, json.dumps(meta, sort_keys=True), published)
