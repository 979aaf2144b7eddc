"""Saved articles in a database: embedded SQLite by default, PostgreSQL when configured.

One interface (`Store`) over SQLAlchemy Core, whatever the database: `NEWSDASH_DATABASE_URL`
chooses it (`postgresql://user:password@host/db` for a hosted PostgreSQL); without it the store is a
SQLite file in the library folder, so nothing needs installing. The schema is made and kept up to
date by the Alembic migrations in `migrations/`, run when a store is first opened (under a lock, so
two servers starting together migrate once).

What the store promises, because shared links depend on it:
- A save is one transaction: the article is there with all its metadata, or nothing changed. A
  failure (database down, disk full) raises `StoreError` with one line saying why; unreadable input
  raises `lib.errors.InputError` before anything is written.
- An article is immutable by id: saving the same bytes again keeps the first metadata and may only
  fill a field that was empty, so what a shared `?article=` link shows never changes. Two people
  saving the same article at once get one row.
- A damaged row never breaks the listing: it is left out and reported in `Listing.skipped`.
- Analyses are stored with the version of the analysis code that made them; a row of another
  version is stale (`load_analysis` returns None) and is re-made by whoever needs it.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from lib import schema
from lib.errors import InputError
from lib.store.bulk import save_batch
from lib.store.engine import (
    DATABASE_ENV,
    MIGRATION_LOCK,
    MIGRATIONS,
    _engine,
    _reason,
    analysis_version,
    configured_url,
    schema_head,
    sqlite_url,
    use_wal,
)
from lib.store.records import (
    SAFE_ID,
    SUFFIXES,
    Listing,
    Prepared,
    SavedArticle,
    StoredAnalysis,
    StoreError,
    Summary,
    _checked,
    _failure,
    _saved,
    _sortable,
    content_key,
    normalise_url,
    prepare,
)
from lib.store.tables import META_FIELDS, analyses, analysis_tables, articles
from lib.store.tables import corrections as correction_rows

log = logging.getLogger(__name__)


class Store:
    """Saved articles and their analyses in one database (see the module docstring)."""

    def __init__(self, url: str):
        self.url = normalise_url(url)
        self.engine = _engine(self.url)
        self.dialect = self.engine.dialect.name
        # The revision found before migrating (None: this store was just created).
        self.found_revision = self._migrate()

    def __repr__(self) -> str:
        return f"Store({self.engine.url.render_as_string(hide_password=True)!r})"

    def close(self) -> None:
        self.engine.dispose()

    # ------------------------------------------------------------------ articles

    def save_article(
        self,
        raw: bytes,
        filename: str,
        meta: dict | None = None,
        *,
        article_id: str | None = None,
        saved_at: datetime | None = None,
    ) -> SavedArticle:
        """Save an article once it ingests cleanly; the same bytes keep their first metadata.

        `article_id` and `saved_at` are for imports only (an old file keeps the id its links
        use, and its date). Raises InputError for unreadable input, StoreError when the database
        fails; either way the store is unchanged."""
        if article_id is not None and not SAFE_ID.match(article_id):
            raise InputError(f"{article_id!r} cannot be an article id.")
        prepared, _ = prepare(raw, filename, meta)
        return self.save_prepared(prepared, article_id=article_id, saved_at=saved_at)

    def save_prepared(
        self,
        prepared: Prepared,
        *,
        article_id: str | None = None,
        saved_at: datetime | None = None,
    ) -> SavedArticle:
        """`save_article` for an article already read (`prepare`), by a caller that needed the
        reading itself (the app checks an upload before opening the store): the bytes are not
        read a second time. StoreError when the database fails, the store then unchanged."""
        if article_id is not None and not SAFE_ID.match(article_id):
            raise InputError(f"{article_id!r} cannot be an article id.")
        raw, filename, given = prepared.raw, prepared.filename, prepared.meta
        with self._transaction("Could not save the article", immediate=True) as conn:
            return self._save_article_in(conn, raw, filename, given, article_id, saved_at)

    def save_analysed(self, items: list[tuple[Prepared, StoredAnalysis]]) -> list[SavedArticle]:
        """Save several articles, each with its analysis, in one transaction (a batch's worth):
        what `save_article` then `save_analysis` do for each, for one commit and a few statements
        per batch instead of a commit and six statements per article (`lib.store.bulk`). The
        articles come prepared (`prepare`: read once, where they were analysed), so none is read
        again. A database failure raises StoreError and saves none of them."""
        if not items:
            return []
        version = analysis_version()
        with self._transaction("Could not save the articles", immediate=True) as conn:

            def insert_new(rows: list[dict]) -> list[str]:
                return list(conn.execute(self._insert_new(), rows).scalars())

            return save_batch(conn, items, version, insert_new, self._fill_missing)

    def _save_article_in(
        self,
        conn: sa.Connection,
        raw: bytes,
        filename: str,
        given: dict,
        article_id: str | None = None,
        saved_at: datetime | None = None,
    ) -> SavedArticle:
        """`save_article` inside an open transaction, the file name and metadata prepared."""
        digest = hashlib.sha256(raw).hexdigest()
        existing = conn.execute(
            sa.select(articles.c.id).where(articles.c.digest == digest).limit(1)
        ).scalar()
        article_id = existing or article_id or content_key(raw)
        row = {"id": article_id, "digest": digest, "raw": raw, "filename": filename}
        row.update({k: given.get(k) for k in META_FIELDS})
        row["saved_at"] = saved_at or datetime.now(UTC)
        created = conn.execute(self._insert_new(), row).first() is not None
        if not created:
            self._fill_missing(conn, article_id, given)
        stored = conn.execute(sa.select(articles).where(articles.c.id == article_id)).one()
        if stored.digest != digest:  # a different article already holds this id
            raise _failure("Could not save the article", f"id {article_id} is taken.")
        return _saved(stored, created=created)

    def list_articles(self) -> Listing:
        """Saved articles, newest first. Rows that cannot be read are skipped and reported."""
        cols = (articles.c.id, articles.c.title, articles.c.filename, articles.c.saved_at)
        query = sa.select(*cols).order_by(articles.c.saved_at.desc(), articles.c.id)
        try:
            with self._transaction("Could not list the saved articles") as conn:
                return _checked(conn.execute(query).all(), [])
        except StoreError:  # a value the driver cannot decode, or the database is down
            with self._transaction("Could not list the saved articles") as conn:
                return self._list_row_by_row(conn, query)

    def load_article(self, article_id: str) -> SavedArticle | None:
        """The saved article with this id, or None. Raises StoreError if its bytes are damaged."""
        if not SAFE_ID.match(article_id or ""):
            return None
        with self._transaction("Could not read the saved article") as conn:
            row = conn.execute(sa.select(articles).where(articles.c.id == article_id)).first()
        if row is None:
            return None
        if hashlib.sha256(row.raw).hexdigest() != row.digest:
            raise StoreError(f"The saved copy of article {article_id} is damaged.")
        return _saved(row)

    # ------------------------------------------------------------------ analyses

    def save_analysis(
        self, article_id: str, tables: StoredAnalysis | object, version: str | None = None
    ) -> None:
        """Store an article's analysis (an `ArticleTables`, or its `StoredAnalysis` made
        elsewhere), replacing any other version's."""
        version = version or analysis_version()
        stored = tables if isinstance(tables, StoredAnalysis) else StoredAnalysis.of(tables)
        with self._transaction("Could not store the analysis", immediate=True) as conn:
            self._save_analysis_in(conn, article_id, stored, version)

    def _save_analysis_in(
        self, conn: sa.Connection, article_id: str, stored: StoredAnalysis, version: str
    ) -> None:
        """`save_analysis` inside an open transaction."""
        payload = [
            {"article_id": article_id, "name": name, "rows": rows}
            for name, rows in stored.rows.items()
        ]
        conn.execute(sa.delete(analyses).where(analyses.c.article_id == article_id))
        conn.execute(
            sa.insert(analyses).values(
                article_id=article_id,
                version=version,
                text=stored.text,
                made_at=datetime.now(UTC),
            )
        )
        conn.execute(sa.insert(analysis_tables), payload)

    def load_analysis(self, article_id: str, version: str | None = None):
        """The stored `ArticleTables` made by this version, else None (missing, stale, damaged)."""
        from lib.pipeline import ArticleTables

        version = version or analysis_version()
        with self._transaction("Could not read the analysis") as conn:
            head = conn.execute(
                sa.select(analyses.c.text).where(
                    analyses.c.article_id == article_id, analyses.c.version == version
                )
            ).first()
            if head is None:
                return None
            rows = conn.execute(
                sa.select(analysis_tables.c.name, analysis_tables.c.rows).where(
                    analysis_tables.c.article_id == article_id
                )
            ).all()
        try:
            stored = {name: json.loads(data) for name, data in rows}
            frames = {name: schema.frame(name, stored[name]) for name in schema.TABLES}
            return ArticleTables(text=head.text, **frames)
        except (KeyError, TypeError, ValueError) as err:
            log.warning(
                "stored analysis of %s is unreadable (%s); it will be re-made", article_id, err
            )
            return None

    def analysis_stamp(self, article_id: str, version: str | None = None) -> datetime | None:
        """When the stored analysis of this version was made (None: there is none). Cheap: lets a
        caller keep loaded tables in memory and know when they changed."""
        version = version or analysis_version()
        with self._transaction("Could not read the analysis") as conn:
            return conn.execute(
                sa.select(analyses.c.made_at).where(
                    analyses.c.article_id == article_id, analyses.c.version == version
                )
            ).scalar()

    def stale_analyses(self, version: str | None = None) -> list[str]:
        """Ids of saved articles with no analysis of this version (to re-analyse)."""
        version = version or analysis_version()
        current = sa.select(analyses.c.article_id).where(analyses.c.version == version)
        with self._transaction("Could not list the analyses") as conn:
            return list(
                conn.execute(
                    sa.select(articles.c.id)
                    .where(articles.c.id.not_in(current))
                    .order_by(articles.c.id)
                ).scalars()
            )

    # ------------------------------------------------------------------ corrections

    def add_correction(self, article_id: str, correction, text: str | None = None):
        """Store a reader's correction (a `corrections.Correction`) of a saved article's analysis;
        returns it with its id. `text` is the article text its span is checked against (default:
        the stored analysis's). InputError for a correction that makes no sense."""
        from lib.store.corrections import checked

        with self._transaction("Could not store the correction", immediate=True) as conn:
            if (
                conn.execute(sa.select(articles.c.id).where(articles.c.id == article_id)).first()
                is None
            ):
                raise InputError("Only a saved article can be corrected.")
            if text is None:
                text = conn.execute(
                    sa.select(analyses.c.text).where(analyses.c.article_id == article_id)
                ).scalar()
            c = checked(correction, text)
            made_at = datetime.now(UTC)
            row = {
                "article_id": article_id,
                "kind": c.kind,
                "table_name": c.table_name,
                "start": c.start,
                "end": c.end,
                "span_text": c.span_text,
                "value": c.value,
                "target": c.target,
                "made_at": made_at,
            }
            new_id = conn.execute(
                sa.insert(correction_rows).values(**row).returning(correction_rows.c.id)
            ).scalar_one()
        return dataclasses.replace(c, id=new_id, made_at=made_at)

    def list_corrections(self, article_id: str) -> list:
        """The article's corrections in the order they were made (unreadable rows skipped)."""
        from lib.store.corrections import Correction, checked

        with self._transaction("Could not read the corrections") as conn:
            rows = conn.execute(
                sa.select(correction_rows)
                .where(correction_rows.c.article_id == article_id)
                .order_by(correction_rows.c.id)
            ).all()
        out = []
        for row in rows:
            fields = {k: getattr(row, k) for k in Correction.__dataclass_fields__}
            try:
                out.append(dataclasses.replace(checked(Correction(**fields)), id=row.id))
            except (InputError, TypeError) as err:
                log.warning("correction %s of %s skipped: %s", row.id, article_id, err)
        return out

    def remove_correction(self, article_id: str, correction_id: int) -> bool:
        with self._transaction("Could not remove the correction", immediate=True) as conn:
            done = conn.execute(
                sa.delete(correction_rows).where(
                    correction_rows.c.article_id == article_id,
                    correction_rows.c.id == correction_id,
                )
            )
        return bool(done.rowcount)

    def corrected_analysis(self, article_id: str, version: str | None = None):
        """The stored analysis with the article's corrections applied (`corrections.Corrected`),
        or None when there is no current analysis."""
        from lib.store.corrections import apply

        tables = self.load_analysis(article_id, version)
        return None if tables is None else apply(tables, self.list_corrections(article_id))

    # ------------------------------------------------------------------ internals

    @contextmanager
    def _transaction(self, action: str, immediate: bool = False) -> Iterator[sa.Connection]:
        """One transaction; database failures become one StoreError line starting with `action`.

        `immediate` takes SQLite's write lock at the start, so two writers queue instead of
        failing on a lock upgrade."""
        try:
            engine = self.engine.execution_options(sqlite_immediate=immediate)
            with engine.begin() as conn:
                yield conn
        except sa.exc.DBAPIError as err:
            raise _failure(action, _reason(err)) from err

    def _insert_new(self):
        """An insert of article rows (the parameters) that skips an id already there."""
        insert = (postgresql if self.dialect == "postgresql" else sqlite).insert(articles)
        new = insert.on_conflict_do_nothing(index_elements=["id"])
        return new.returning(articles.c.id)  # a row for each row this insert made

    def _fill_missing(self, conn: sa.Connection, article_id: str, given: dict) -> None:
        """A later save may add a field the first one left empty, never replace one (one
        statement: each given field is set where it is empty)."""
        keys = [key for key in META_FIELDS if key in given]
        if not keys:
            return
        empty = {key: sa.or_(articles.c[key].is_(None), articles.c[key] == "") for key in keys}
        filled = conn.execute(
            sa.update(articles)
            .where(articles.c.id == article_id, sa.or_(*empty.values()))
            .values({key: sa.case((empty[key], given[key]), else_=articles.c[key]) for key in keys})
        ).rowcount
        if filled:  # the analysis read the old metadata: make it again
            conn.execute(sa.delete(analyses).where(analyses.c.article_id == article_id))

    def _list_row_by_row(self, conn: sa.Connection, query) -> Listing:
        skipped: list[str] = []
        rows = []
        ids = conn.execute(sa.select(articles.c.id).order_by(articles.c.id)).scalars().all()
        for article_id in ids:
            try:
                with conn.begin_nested():
                    rows.append(conn.execute(query.where(articles.c.id == article_id)).one())
            except sa.exc.DBAPIError as err:
                skipped.append(f"{article_id!r}: unreadable ({_reason(err)})")
        rows.sort(key=lambda r: (-_sortable(r.saved_at), r.id))
        return _checked(rows, skipped)

    def _migrate(self) -> str | None:
        from alembic import command
        from alembic.config import Config
        from alembic.runtime.migration import MigrationContext

        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        try:
            if self.dialect == "sqlite":
                use_wal(self.engine)
            with self.engine.execution_options(sqlite_immediate=True).begin() as conn:
                if self.dialect == "postgresql":
                    conn.execute(sa.select(sa.func.pg_advisory_xact_lock(MIGRATION_LOCK)))
                found = MigrationContext.configure(conn).get_current_revision()
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
        except (sa.exc.DBAPIError, sqlite3.Error) as err:
            reason = f"the library database is unavailable: {_reason(err)}"
            raise _failure(None, reason) from err
        return found


def open_store(url: str | None = None, folder: Path | None = None) -> Store:
    """The store at `url`, else the configured one for the library `folder`."""
    if url is None:
        if folder is None:
            raise ValueError("open_store needs a url or a folder")
        url = configured_url(folder)
    return Store(url)


__all__ = [
    "DATABASE_ENV",
    "InputError",
    "Listing",
    "Prepared",
    "SUFFIXES",
    "SavedArticle",
    "Store",
    "StoredAnalysis",
    "StoreError",
    "Summary",
    "analysis_version",
    "configured_url",
    "content_key",
    "open_store",
    "prepare",
    "schema_head",
    "sqlite_url",
]
