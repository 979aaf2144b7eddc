"""A batch of prepared articles and their analyses written in a few statements, not six each.

What `Store.save_analysed` does inside its one transaction. A batch worker has already read each
article (`records.prepare`) and analysed it, so nothing is read again here, and the writes go per
table, not per article: one look-up of the batch's digests and ids, one insert of the new articles,
one delete of their old analyses, one insert of the analyses and one of their tables. An article
the store already holds (or that the batch holds twice) takes the single save's path (its missing
metadata filled, its row read back), so the rows stored are those that single saves leave.

An analysis is stored only when it was made under the file name and metadata the article keeps
once the batch is saved: a later save of the same bytes never replaces the first metadata (it may
fill an empty field), and an analysis that read other metadata would not be the article's. Such
an article is left as single saves leave it: its old analysis kept if its metadata did not
change, else none, to be made again from the saved copy.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

import sqlalchemy as sa

from lib.store.records import (
    Prepared,
    SavedArticle,
    StoredAnalysis,
    _failure,
    _saved,
)
from lib.store.tables import META_FIELDS, analyses, analysis_tables, articles

ACTION = "Could not save the article"


def save_batch(
    conn: sa.Connection,
    items: list[tuple[Prepared, StoredAnalysis]],
    version: str,
    insert_new,
    fill_missing,
) -> list[SavedArticle]:
    """Save `items` in the open transaction `conn`; the saved articles, in order.

    `insert_new(rows)` is the dialect's insert that skips ids already there and returns the ids it
    made; `fill_missing(conn, article_id, meta)` is the single save's metadata fill."""
    digests = [hashlib.sha256(p.raw).hexdigest() for p, _ in items]
    ids, taken = _known(conn, digests)
    new_rows: dict[str, dict] = {}  # article id -> row, the first of the batch's copies
    for (prepared, _), digest in zip(items, digests, strict=True):
        article_id = ids.get(digest) or digest[:16]  # the content id (`records.content_key`)
        if article_id in taken and taken[article_id] != digest:
            raise _failure(ACTION, f"id {article_id} is taken.")
        ids[digest] = article_id
        if article_id not in taken and article_id not in new_rows:
            new_rows[article_id] = _row(article_id, digest, prepared)
    created = set(insert_new(list(new_rows.values()))) if new_rows else set()
    saved = []
    for (prepared, _), digest in zip(items, digests, strict=True):
        article_id = ids[digest]
        if article_id in created:
            created.discard(article_id)  # a second copy in the batch is a re-save
            saved.append(_new_saved(new_rows[article_id]))
        else:
            saved.append(_resaved(conn, article_id, digest, prepared, fill_missing))
    kept = {one.article_id: (one.filename, one.meta) for one in saved}  # as the batch leaves it
    analysed = {
        one.article_id: stored
        for one, (prepared, stored) in zip(saved, items, strict=True)
        if (prepared.filename, prepared.meta) == kept[one.article_id]
    }
    _replace_analyses(conn, analysed, version)
    return saved


def _known(conn: sa.Connection, digests: list[str]) -> tuple[dict[str, str], dict[str, str]]:
    """({digest: id of the article already holding it}, {id: digest} for every row that holds
    one of the batch's digests or content ids), in one look-up."""
    keys = {d[:16] for d in digests}
    rows = conn.execute(
        sa.select(articles.c.id, articles.c.digest)
        .where(sa.or_(articles.c.digest.in_(set(digests)), articles.c.id.in_(keys)))
        .order_by(articles.c.id)
    ).all()
    ids: dict[str, str] = {}
    for article_id, digest in rows:
        ids.setdefault(digest, article_id)
    return ids, {article_id: digest for article_id, digest in rows}


def _row(article_id: str, digest: str, prepared: Prepared) -> dict:
    row: dict[str, object] = {
        "id": article_id,
        "digest": digest,
        "raw": prepared.raw,
        "filename": prepared.filename,
    }
    row.update({k: prepared.meta.get(k) for k in META_FIELDS})
    row["saved_at"] = datetime.now(UTC)
    return row


def _new_saved(row: dict) -> SavedArticle:
    meta = {k: row[k] for k in META_FIELDS if row[k] not in (None, "")}
    return SavedArticle(row["id"], row["raw"], row["filename"], meta, created=True)


def _resaved(
    conn: sa.Connection, article_id: str, digest: str, prepared: Prepared, fill_missing
) -> SavedArticle:
    """A save of bytes the store (or this batch) holds already: what `Store.save_article` does."""
    fill_missing(conn, article_id, prepared.meta)
    row = conn.execute(sa.select(articles).where(articles.c.id == article_id)).one()
    if row.digest != digest:  # another save took the id between the look-up and the insert
        raise _failure(ACTION, f"id {article_id} is taken.")
    return _saved(row)


def _replace_analyses(conn: sa.Connection, keep: dict[str, StoredAnalysis], version: str) -> None:
    if not keep:
        return
    conn.execute(sa.delete(analyses).where(analyses.c.article_id.in_(list(keep))))
    heads = [
        {"article_id": a, "version": version, "text": s.text, "made_at": datetime.now(UTC)}
        for a, s in keep.items()
    ]
    conn.execute(sa.insert(analyses), heads)
    tables = [
        {"article_id": a, "name": name, "rows": rows}
        for a, s in keep.items()
        for name, rows in s.rows.items()
    ]
    conn.execute(sa.insert(analysis_tables), tables)
