"""A batch save (`Store.save_analysed`, what analyze-many does per batch) stores exactly the rows
that single saves store (`Store.save_article` for each article, then the analysis re-made from
each saved copy as `lib.store.refresh` and the app do), on both databases: new articles, messy
metadata, the same bytes twice in one batch, and an article saved before with a field left empty.
And it does so in a few statements per batch, not several per article."""

from __future__ import annotations

import sqlalchemy as sa

from lib.batch.files import Job
from lib.batch.work import analyze_jobs
from lib.store import Store
from lib.store.refresh import reanalyse_stale
from lib.store.tables import analyses, analysis_tables, articles
from tests.store_backends import (
    db_url_fixture,  # noqa: F401 - the `db_url` fixture
    new_database,
)

LIBRARY = (
    b"Library extends opening hours\n\nThe town library will stay open until nine on weekdays "
    b'from June, its director Nora Field said on Wednesday. "Students asked us for this," '
    b"she said.\n"
)
TRAMS = (
    b"# Trams return to the high street\n\nTrams ran on the high street again on Sunday after "
    b"eight months of track works costing $4 million, the transport board said.\n"
)
ORCHARD = (
    b"Orchard harvest falls\n\nThe apple harvest fell by a fifth this year after a late frost, "
    b"growers said. About 300 tonnes were picked.\n"
)

# (bytes, file name, metadata) in the order saved: a messy title and path, a Markdown file with
# no metadata, the library again with a URL its first save lacked, and the orchard, which was
# saved before the batch without a date.
BATCH = [
    (LIBRARY, "../uploads/Library.TXT", {"title": "Library\x00 opens\n later", "url": ""}),
    (TRAMS, "trams.md", None),
    (LIBRARY, "library.txt", {"url": "https://news.example/library"}),
    (ORCHARD, "orchard.txt", {"published": "2024-09-30", "title": "A new title is ignored"}),
]
SAVED_BEFORE = (ORCHARD, "orchard.txt", {"title": "Orchard harvest falls"})


def single_saves(url: str) -> list:
    store = Store(url)
    try:
        store.save_article(*SAVED_BEFORE)
        out = [store.save_article(raw, name, meta) for raw, name, meta in BATCH]
        reanalyse_stale(store)
        return out
    finally:
        store.close()


def batch_save(url: str) -> list:
    store = Store(url)
    try:
        store.save_article(*SAVED_BEFORE)
        jobs = [Job(str(i), raw, name, meta or {}) for i, (raw, name, meta) in enumerate(BATCH)]
        results = analyze_jobs(jobs)
        assert all(r.prepared is not None for r in results), [r.reason for r in results]
        out = store.save_analysed([(r.prepared, r.analysis) for r in results])
        reanalyse_stale(store)  # what a single save left stale is made here too
        return out
    finally:
        store.close()


def stored_rows(url: str) -> dict[str, list]:
    """Every row of the store's tables, without the times rows were written."""
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            return {
                "articles": conn.execute(
                    sa.select(*(c for c in articles.c if c.name != "saved_at")).order_by("id")
                ).all(),
                "analyses": conn.execute(
                    sa.select(*(c for c in analyses.c if c.name != "made_at")).order_by(
                        "article_id"
                    )
                ).all(),
                "analysis_tables": conn.execute(
                    sa.select(analysis_tables).order_by("article_id", "name")
                ).all(),
            }
    finally:
        engine.dispose()


def test_a_batch_save_stores_what_single_saves_store(db_url, tmp_path):
    one_by_one = single_saves(db_url)
    other, drop = new_database(tmp_path / "batch", db_url.split(":")[0].split("+")[0])
    try:
        in_a_batch = batch_save(other)
        assert in_a_batch == one_by_one
        assert [s.created for s in in_a_batch] == [True, True, False, False]
        assert in_a_batch[2].meta["url"] == "https://news.example/library"
        assert in_a_batch[3].meta["title"] == "Orchard harvest falls"
        single, batched = stored_rows(db_url), stored_rows(other)
        assert len(single["analysis_tables"]) > 3 * len(single["articles"]) == 9
        assert batched == single
    finally:
        drop()


def test_a_batch_of_new_articles_takes_the_same_few_statements_whatever_its_size(db_url):
    store = Store(db_url)
    texts = [LIBRARY, TRAMS, ORCHARD]
    results = analyze_jobs([Job(str(i), raw, f"{i}.txt") for i, raw in enumerate(texts)])
    statements = []
    sa.event.listen(store.engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    try:
        store.save_analysed([(r.prepared, r.analysis) for r in results[:1]])
        one = len(statements)
        statements.clear()
        store.save_analysed([(r.prepared, r.analysis) for r in results[1:]])
        assert len(statements) == one <= 6, statements
    finally:
        store.close()
