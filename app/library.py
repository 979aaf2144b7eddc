"""The article library: the bundled articles first, then what users saved on this instance.

Bundled articles are files in data/articles. Saved articles live in the store (`lib.store`): a
SQLite file in the library folder by default, or the PostgreSQL database that
`NEWSDASH_DATABASE_URL` names (an environment variable, or a root-level secret of the same name in
`.streamlit/secrets.toml`, which Streamlit also exports to the environment).

An article's id is what appears in links (`?article=<id>`): the file stem for bundled articles, a
content hash for saved uploads, so the same upload always gets the same link. Ids from a URL are
only ever matched against this listing, never joined into a path, so a crafted id cannot reach
any other file. Symlinks among the bundled files are ignored.
"""

from __future__ import annotations

import json
import logging
import os
import re
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from lib.errors import InputError
from lib.ingest.formats import detect_format
from lib.store import (
    DATABASE_ENV,
    Store,
    StoreError,
    configured_url,
    corrections,
    normalise_url,
    prepare,
    sqlite_url,
)
from lib.store import content_key as content_key
from lib.store.importer import article_files, import_folder

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent
SEED_DIR = ROOT / "data" / "articles"
LIBRARY_ENV = "NEWSDASH_LIBRARY"
SUFFIXES = (".txt", ".md", ".html")
SAFE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$")
META_KEYS = ("title", "published", "source", "url")
# The suffix tells ingestion (and a later re-read from the library) how to parse imported bytes.
SUFFIX_BY_CONTENT_TYPE = {
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "text/markdown": ".md",
    "text/x-markdown": ".md",
    "text/plain": ".txt",
}
SUFFIX_BY_FORMAT = {"html": ".html", "markdown": ".md", "text": ".txt"}
_UNSAFE_NAME = re.compile(r"[^\w-]+")
_stores: dict[str, Store] = {}
_stores_lock = threading.Lock()
_failures: dict[str, tuple[float, StoreError]] = {}  # url -> (when, why) it last failed to open
RETRY_AFTER_S = 10.0
# Stored analyses read this process: (store, article id, when made) -> tables.
_loaded: OrderedDict[tuple, object] = OrderedDict()
MAX_LOADED_ANALYSES = 24


@dataclass(frozen=True)
class Entry:
    article_id: str
    title: str
    path: Path | None  # the file of a bundled article; None for a saved one (in the store)
    bundled: bool  # shipped with the app (data/articles) rather than saved by a user
    store: Store | None = field(default=None, compare=False, repr=False)

    def read(self) -> tuple[bytes, str, dict]:
        """(raw bytes, file name, metadata) ready for `analyze`; StoreError if it cannot be read."""
        if self.path is not None:
            return self.path.read_bytes(), self.path.name, read_meta(self.path)
        saved = self.store.load_article(self.article_id) if self.store else None
        if saved is None:
            raise StoreError("This article is no longer in the library.")
        return saved.raw, saved.filename, {"source": saved.filename, **saved.meta}


class Listing(list):
    """The library's entries; `problems` lists saved articles (or a whole store) left out."""

    def __init__(self, items=(), problems: list[str] | None = None):
        super().__init__(items)
        self.problems: list[str] = problems or []


def library_dir() -> Path:
    """Where saved articles go: $NEWSDASH_LIBRARY, else `library/` in the repository."""
    configured = os.environ.get(LIBRARY_ENV, "").strip()
    return Path(configured).expanduser() if configured else ROOT / "library"


def database_url(folder: Path | None = None) -> str:
    """The store's address: an explicit folder's SQLite file; else $NEWSDASH_DATABASE_URL (or
    the secret of that name); else the SQLite file in the library folder."""
    if folder is not None:
        return sqlite_url(folder)
    if not os.environ.get(DATABASE_ENV, "").strip():
        secret = _secret(DATABASE_ENV)
        if secret:
            return normalise_url(secret)
    return configured_url(library_dir())


def store(folder: Path | None = None, create: bool = True) -> Store | None:
    """The store for this folder (or the configured one), opened and migrated once per process.

    A new store takes in the files an older version of the app saved in the library folder, so
    their links keep working. With `create=False`, a SQLite store that does not exist yet (and
    has no such files to take in) is not made: None, nothing saved yet. Raises StoreError when
    the database cannot be opened; it is tried again after RETRY_AFTER_S seconds (a server that is
    down may take its connect timeout to say so, and a page reruns on every click)."""
    url = database_url(folder)
    folder = Path(folder) if folder else library_dir()
    with _stores_lock:
        opened = _stores.get(url)
        if opened is None:
            if not create and _no_sqlite_file(url) and not article_files(folder):
                return None
            failed = _failures.get(url)
            if failed and time.monotonic() - failed[0] < RETRY_AFTER_S:
                raise failed[1]  # a database that is down is not asked again on every rerun
            try:
                opened = _stores[url] = Store(url)
            except StoreError as err:
                _failures[url] = (time.monotonic(), err)
                raise
            _failures.pop(url, None)
            if opened.found_revision is None:
                report = import_folder(opened, folder)
                if report.imported or report.refused:
                    log.info("library folder imported into the store: %s", report.summary())
        return opened


def read_meta(path: Path) -> dict:
    sidecar = path.with_suffix(".json")
    try:
        meta = json.loads(sidecar.read_text("utf-8")) if _plain_file(sidecar) else {}
    except (OSError, ValueError):
        meta = {}
    meta = meta if isinstance(meta, dict) else {}
    meta.setdefault("source", path.name)
    return meta


def list_articles(seed_dir: Path | None = None, saved_dir: Path | None = None) -> Listing:
    """Bundled articles (by their `order`, then name), then saved ones (newest first).

    A saved article that cannot be read, or a store that cannot be reached, is left out and
    named in `Listing.problems`; the bundled articles are always listed."""
    bundled = _bundled(seed_dir or SEED_DIR)
    bundled.sort(key=lambda pair: (pair[0].get("order", 1_000_000), pair[1].path.name))
    out = Listing(entry for _, entry in bundled)
    seen = {e.article_id for e in out}
    try:
        saved_store = store(saved_dir, create=False)
        if saved_store is None:
            return out
        saved = saved_store.list_articles()
    except StoreError as err:
        log.warning("saved articles not listed: %s", err)
        out.problems.append(str(err))
        return out
    out.problems.extend(saved.skipped)
    for summary in saved:
        if summary.article_id not in seen:
            seen.add(summary.article_id)
            out.append(Entry(summary.article_id, summary.title, None, False, saved_store))
    return out


def resolve(article_id: str | None, entries: list[Entry]) -> Entry | None:
    """The listed entry with exactly this id, else None (ids are never used as paths)."""
    if not article_id:
        return None
    return next((e for e in entries if e.article_id == article_id), None)


def filename_for_url(url: str, content_type: str, data: bytes = b"") -> str:
    """A file name for an imported page: the URL path's last segment, with the suffix the
    server's content type implies (sniffed from the bytes when it sent none), so ingestion
    parses HTML as HTML whatever the path ends with (`/story?id=3`, `/news/`)."""
    parts = urlsplit(url)
    segment = PurePosixPath(unquote(parts.path)).name
    path_suffix = PurePosixPath(segment).suffix.lower()
    stem = _UNSAFE_NAME.sub("-", PurePosixPath(segment).stem).strip("-")[:60]
    stem = stem or _UNSAFE_NAME.sub("-", parts.hostname or "").strip("-")[:60] or "article"
    suffix = SUFFIX_BY_CONTENT_TYPE.get(content_type)
    if suffix is None:
        if path_suffix in (".htm", ".xhtml"):
            path_suffix = ".html"
        fmt = detect_format(data[:4096].decode("utf-8", errors="replace"), "")
        suffix = path_suffix if path_suffix in SUFFIXES else SUFFIX_BY_FORMAT[fmt]
    return stem + suffix


def save_article(
    raw: bytes, filename: str, meta: dict | None = None, folder: Path | None = None
) -> Entry:
    """Save an article to the library, in one transaction, once it ingests cleanly.

    Same bytes, same id and link; a second save keeps the first title, date, source and URL (it
    may fill one left empty). Raises InputError when the article cannot be read and StoreError
    (an OSError) when the store fails, its message the reason alone (the caller says 'Could not
    save the article: ...'); either way nothing was saved."""
    meta = {k: v for k, v in (meta or {}).items() if k in META_KEYS}
    # Read once, here: bad input is refused before the store is opened (no file made for it),
    # and the store is handed this reading rather than reading the bytes again.
    prepared, _ = prepare(raw, filename, meta)
    try:
        target = store(folder)
        saved = target.save_prepared(prepared)
    except StoreError as err:
        raise StoreError(err.reason) from err
    return Entry(saved.article_id, saved.meta["title"], None, False, target)


def analysis(entry: Entry, make):
    """A saved article's analysis, with its readers' corrections applied: from the store when
    this release made it, else `make()` (the tables, e.g. the cached analysis), stored for next
    time. Bundled articles just use `make()`; a store that fails gives `make()` uncorrected
    (logged), so the article still opens."""
    if entry.bundled or entry.store is None:
        return make()
    stored = None
    try:
        key = (entry.store.url, entry.article_id, entry.store.analysis_stamp(entry.article_id))
        with _stores_lock:
            stored = _loaded.get(key) if key[-1] is not None else None
        if stored is None and key[-1] is not None:
            stored = entry.store.load_analysis(entry.article_id)
            if stored is not None:
                _remember(key, stored)
    except StoreError as err:
        log.warning("stored analysis of %s not read: %s", entry.article_id, err)
    tables = stored if stored is not None else make()
    try:
        if stored is None:
            entry.store.save_analysis(entry.article_id, tables)
        found = entry.store.list_corrections(entry.article_id)
    except StoreError as err:
        log.warning("analysis of %s not stored or corrected: %s", entry.article_id, err)
        return tables
    return corrections.apply(tables, found).tables if found else tables


def _remember(key: tuple, tables) -> None:
    """Keep a few stored analyses in memory: a rerun (any widget) must not re-read the tables."""
    with _stores_lock:
        _loaded[key] = tables
        _loaded.move_to_end(key)
        while len(_loaded) > MAX_LOADED_ANALYSES:
            _loaded.popitem(last=False)


def correct(entry: Entry, correction: corrections.Correction, text: str | None = None):
    """Store a correction of a saved article (InputError if it makes no sense, StoreError if the
    store fails); every page shows it from the next run on."""
    if entry.bundled or entry.store is None:
        raise InputError("Only a saved article can be corrected: save it to the library first.")
    return entry.store.add_correction(entry.article_id, correction, text)


def _bundled(folder: Path) -> list[tuple[dict, Entry]]:
    if not folder.is_dir():
        return []
    out = []
    for path in folder.iterdir():
        if (
            path.suffix.lower() not in SUFFIXES
            or not _plain_file(path)
            or path.name.startswith(".")
        ):
            continue
        if not SAFE_ID.match(path.stem):
            continue
        meta = read_meta(path)
        title = str(meta.get("title") or _first_line(path) or path.stem)[:200]
        out.append((meta, Entry(path.stem, title, path, bundled=True)))
    return out


def _no_sqlite_file(url: str) -> bool:
    return url.startswith("sqlite:///") and not Path(url.removeprefix("sqlite:///")).exists()


def _plain_file(path: Path) -> bool:
    """A regular file reached without a symlink (a link could point anywhere on the server)."""
    return not path.is_symlink() and path.is_file()


def _secret(name: str) -> str:
    """A root-level Streamlit secret, when running under Streamlit with a secrets file."""
    try:
        import streamlit as st

        value = st.secrets.get(name)
    except Exception:  # noqa: BLE001 - no secrets file, or not running under Streamlit
        return ""
    return value.strip() if isinstance(value, str) else ""


def _first_line(path: Path) -> str:
    if path.suffix.lower() == ".html":
        return ""
    try:
        with path.open(encoding="utf-8", errors="replace") as fh:
            for line in fh:
                line = line.strip().lstrip("#").strip()
                if line and line != "---":
                    return line
    except OSError:
        return ""
    return ""
