"""What the store keeps and hands back, checked: errors, saved-article records, ids and names.

The store's records and their checks, apart from the database itself (`lib.store.Store`):
`StoreError`, `Summary`, `Listing`, `SavedArticle`, the content id, the URL and metadata cleaning,
and the check that leaves a damaged row out of a listing.
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path, PurePath

from lib.store.tables import META_FIELDS

log = logging.getLogger("lib.store")
SUFFIXES = (".txt", ".md", ".html")
# Ids appear in links and file names: letters, digits, '-' and '_' only.
SAFE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")
MAX_FILENAME = 200
MAX_FIELD = 2000  # a title, date, source or URL
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


class StoreError(OSError):
    """The database could not do what was asked; the message is one line for the user.

    `reason` is the same line without what was being done ('database or disk is full.'), for a
    caller that says that itself ('Could not save the article: ' + reason)."""

    _reason: str | None = None

    @property
    def reason(self) -> str:
        return self._reason or str(self)


def _failure(action: str | None, reason: str) -> StoreError:
    err = StoreError(f"{action}: {reason}" if action else reason[:1].upper() + reason[1:])
    err._reason = reason
    return err


@dataclass(frozen=True)
class Summary:
    """What the listing shows of a saved article (no bytes)."""

    article_id: str
    title: str
    filename: str
    saved_at: datetime


class Listing(list):
    """Saved articles, newest first; `skipped` says which rows were left out and why."""

    def __init__(self, items=(), skipped: list[str] | None = None):
        super().__init__(items)
        self.skipped: list[str] = skipped or []


@dataclass(frozen=True)
class SavedArticle:
    article_id: str
    raw: bytes
    filename: str
    meta: dict = field(default_factory=dict)  # title, published, source, url (the ones set)
    created: bool = False  # this save added the article (False: it was there already)


@dataclass(frozen=True)
class StoredAnalysis:
    """An analysis in the form the store keeps it: the article text and, per table, its rows as
    a JSON list. Made where the analysis runs (`of`), so a batch worker sends back a few strings
    instead of DataFrames and the process that writes the database only writes."""

    text: str
    rows: dict[str, str]  # table name -> JSON list of row objects, in `lib.schema.TABLES` order

    @classmethod
    def of(cls, tables) -> StoredAnalysis:
        """The stored form of an `ArticleTables`. pandas' own JSON (ISO dates, real nulls): it
        reads back into the same rows as `lib.pipeline.to_bytes`'s indented export, without
        its second pass through `json`."""
        from lib import schema

        rows = {
            name: getattr(tables, name).to_json(
                orient="records", date_format="iso", force_ascii=False
            )
            for name in schema.TABLES
        }
        return cls(tables.text, rows)

    @classmethod
    def from_rows(cls, made) -> StoredAnalysis:
        """The stored form of a `lib.pipeline.AnalysisRows`: the same strings `of` makes from
        its frames (`lib.schema.records_json`), without building them."""
        from lib import schema

        rows = {name: schema.records_json(name, made.rows[name]) for name in schema.TABLES}
        return cls(made.text, rows)


def content_key(raw: bytes) -> str:
    """An article's id: the same bytes always get the same id, so the same link."""
    return hashlib.sha256(raw).hexdigest()[:16]


def normalise_url(url: str) -> str:
    """Accept the URLs hosts hand out (`postgres://`, `postgresql://`) and use psycopg 3."""
    url = url.strip()
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


@dataclass(frozen=True)
class Prepared:
    """An article as a save writes it: its bytes, the file name kept and the metadata kept (the
    title the text gives when none was given). Made by `prepare`, after the one ingest that
    checks the bytes can be read, so whoever holds one (a batch worker that also analysed the
    article) hands the store a checked article and the store does not read it again."""

    raw: bytes
    filename: str
    meta: dict


def prepare(raw: bytes, filename: str, meta: dict | None):
    """(`Prepared`, the ingested `lib.article.Article`) for an article that ingests cleanly, else
    InputError. The Article is read with the file name and metadata the store keeps, so an
    analysis made from it is the one the store's own copy gives."""
    from lib.ingest.formats import load_article

    filename, given = clean_fields(filename, meta)
    article = load_article(raw, filename=filename, meta=given)  # raises InputError
    given.setdefault("title", article.title)
    given.setdefault("source", filename)
    return Prepared(raw, filename, given), article


def clean_fields(filename: str, meta: dict | None) -> tuple[str, dict]:
    """The file name and metadata as stored, before the text is read: the known fields that are
    set, each one line; the file name's last part with a known suffix (it says how to parse)."""
    name = PurePath(PurePath(_one_line(filename, 10 * MAX_FILENAME)).name)
    suffix = name.suffix.lower()
    filename = f"{name.stem[: MAX_FILENAME - 5]}{suffix}" if suffix in SUFFIXES else "article.txt"
    given = {k: _one_line(v, MAX_FIELD) for k, v in (meta or {}).items() if k in META_FIELDS}
    return filename, {k: v for k, v in given.items() if v}


def _one_line(value, limit: int) -> str:
    """A metadata value as one line of printable text (no NUL, which PostgreSQL refuses)."""
    text = _CONTROL.sub(" ", str(value if value is not None else ""))
    return " ".join(text.split())[:limit]


def _saved(row, created: bool = False) -> SavedArticle:
    meta = {k: getattr(row, k) for k in META_FIELDS if getattr(row, k) not in (None, "")}
    return SavedArticle(row.id, bytes(row.raw), row.filename, meta, created)


def _sortable(value) -> float:
    return value.timestamp() if isinstance(value, datetime) else 0.0


def _checked(rows, skipped: list[str]) -> Listing:
    """Rows the app can show; any other is reported and left out."""
    out = []
    for row in rows:
        problem = _row_problem(row)
        if problem:
            skipped.append(f"{row.id!r}: {problem}")
            continue
        out.append(Summary(row.id, row.title.strip()[:200], row.filename, row.saved_at))
    for line in skipped:
        log.warning("saved article skipped: %s", line)
    return Listing(out, skipped)


def _row_problem(row) -> str:
    if not isinstance(row.id, str) or not SAFE_ID.match(row.id):
        return "not a valid article id"
    if not isinstance(row.title, str) or not row.title.strip():
        return "no title"
    if not isinstance(row.filename, str) or Path(row.filename).suffix.lower() not in SUFFIXES:
        return "no readable file name"
    if not isinstance(row.saved_at, datetime):
        return "no save date"
    return ""
