"""The store on real databases (SQLite and PostgreSQL): saves, immutability by id, failures that
leave the store unchanged, concurrent saves, damaged rows, stored analyses and their version."""

from __future__ import annotations

import hashlib
import threading
from datetime import UTC, datetime

import pandas as pd
import pytest
import sqlalchemy as sa

from lib.errors import InputError
from lib.pipeline import analyze
from lib.store import (
    Store,
    StoreError,
    analysis_version,
    content_key,
    normalise_url,
    schema_head,
)
from lib.store.tables import articles, metadata
from tests.store_backends import db_url_fixture  # noqa: F401 - the `db_url` fixture

FERRY = (
    b"Ferry service resumes\n\nThe island ferry sailed again on Thursday after two weeks of repairs, "
    b"the harbour master said. Twelve crew members returned to work.\n"
)
BRIDGE = (
    b"Bridge closes for painting\n\nThe old river bridge will close on Monday for three weeks while "
    b"workers repaint it, the city engineer said.\n"
)


def rows(url: str) -> list:
    """Every article row as the database holds it (read around the store)."""
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(sa.select(articles).order_by(articles.c.id)).all()
    finally:
        engine.dispose()


def execute(url: str, *statements: str) -> None:
    """Run raw statements on the database, as a damaged disk or another program would."""
    engine = sa.create_engine(url)
    try:
        with engine.begin() as conn:
            for statement in statements:
                conn.exec_driver_sql(statement)
    finally:
        engine.dispose()


def test_migrations_make_the_tables_the_code_uses(db_url):
    store = Store(db_url)
    assert store.found_revision is None
    inspector = sa.inspect(store.engine)
    for table in metadata.sorted_tables:
        found = {c["name"] for c in inspector.get_columns(table.name)}
        assert found == {c.name for c in table.columns}, table.name
    again = Store(db_url)  # a second start migrates nothing
    assert again.found_revision == schema_head()


def test_a_saved_article_reads_back_with_its_metadata(db_url):
    store = Store(normalise_url(db_url))
    saved = store.save_article(
        FERRY, "ferry.md", {"title": "Ferry back", "published": "2024-05-02"}
    )
    assert saved.created and saved.article_id == content_key(FERRY)
    again = Store(db_url).load_article(saved.article_id)  # another process, same database
    assert again.raw == FERRY and again.filename == "ferry.md"
    assert again.meta == {"title": "Ferry back", "published": "2024-05-02", "source": "ferry.md"}
    later = store.save_article(BRIDGE, "bridge.txt")
    assert later.meta["title"] == "Bridge closes for painting"  # the text's own headline
    assert [s.article_id for s in store.list_articles()] == [later.article_id, saved.article_id]
    assert store.load_article("0000000000000000") is None
    assert store.load_article("../../etc/passwd") is None


def test_a_second_save_keeps_the_first_metadata_and_only_fills_gaps(db_url):
    store = Store(db_url)
    first = store.save_article(FERRY, "ferry.txt", {"title": "Ferry back"})
    store.save_analysis(first.article_id, analyze(FERRY, filename="ferry.txt"))
    second = store.save_article(
        FERRY,
        "other.md",
        {"title": "Ferry sinks", "published": "2024-05-02", "url": "https://example.org/f"},
    )
    assert not second.created and second.article_id == first.article_id
    assert second.filename == "ferry.txt"
    assert second.meta["title"] == "Ferry back"  # never replaced
    assert second.meta["published"] == "2024-05-02"  # was empty: filled
    assert second.meta["url"] == "https://example.org/f"
    assert store.load_analysis(first.article_id) is None  # made from the old metadata: stale
    third = store.save_article(FERRY, "x.txt", {"published": "1999-01-01", "url": "https://evil/"})
    assert third.meta == second.meta
    assert len(rows(db_url)) == 1


NOT_ENGLISH = (
    b"Le bac a repris la mer jeudi apres deux semaines de travaux, a dit le capitaine du port, "
    b"et tout le monde etait content de le revoir enfin."
)


@pytest.mark.parametrize("raw", [b"", b"\x00\x01\x02binary", NOT_ENGLISH])
def test_bad_input_is_refused_and_nothing_is_written(db_url, raw):
    store = Store(db_url)
    store.save_article(BRIDGE, "bridge.txt")
    before = rows(db_url)
    with pytest.raises(InputError) as err:
        store.save_article(raw, "bad.txt", {"title": "Bad"})
    assert "\n" not in str(err.value) and str(err.value)
    assert rows(db_url) == before


def test_a_failure_inside_the_transaction_leaves_the_store_unchanged(db_url):
    """The database refuses the last write of an analysis: the earlier delete of the old one is
    undone too, so the old analysis is still there."""
    store = Store(db_url)
    saved = store.save_article(FERRY, "ferry.txt")
    tables = analyze(FERRY, filename="ferry.txt")
    store.save_analysis(saved.article_id, tables, version="v1")
    if store.dialect == "sqlite":
        execute(
            db_url,
            "CREATE TRIGGER refuse BEFORE INSERT ON analysis_tables "
            "BEGIN SELECT RAISE(ABORT, 'no space left on device'); END",
        )
    else:
        execute(
            db_url,
            "CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN "
            "RAISE EXCEPTION 'no space left on device'; END $$ LANGUAGE plpgsql",
            "CREATE TRIGGER refuse BEFORE INSERT ON analysis_tables "
            "FOR EACH ROW EXECUTE FUNCTION refuse()",
        )
    with pytest.raises(StoreError) as err:
        store.save_analysis(saved.article_id, tables, version="v2")
    message = str(err.value)
    assert message.startswith("Could not store the analysis: ") and "no space left" in message
    assert "\n" not in message and "INSERT" not in message
    kept = store.load_analysis(saved.article_id, version="v1")
    pd.testing.assert_frame_equal(kept.quotes, tables.quotes)
    assert store.load_analysis(saved.article_id, version="v2") is None


def test_a_full_sqlite_disk_leaves_the_store_unchanged(tmp_path):
    """SQLite's own 'database or disk is full', from a page limit on a real file."""
    url = f"sqlite:///{tmp_path / 'full.sqlite3'}"
    store = Store(url)
    store.save_article(BRIDGE, "bridge.txt")
    with store.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()

    def cap(dbapi_conn, _record):
        dbapi_conn.execute(f"PRAGMA max_page_count={pages + 1}")

    sa.event.listen(store.engine, "connect", cap)
    store.engine.dispose()  # new connections, each with the cap
    big = FERRY + b"\n".join(
        b"Paragraph %d: the ferry company thanked the island for its patience, a spokesman said."
        % i
        for i in range(600)
    )
    before = rows(url)
    with pytest.raises(StoreError) as err:
        store.save_article(big, "big.txt")
    assert str(err.value) == "Could not save the article: database or disk is full."
    assert rows(url) == before


def test_a_database_that_is_down_gives_one_clear_line(tmp_path):
    with pytest.raises(StoreError) as err:
        Store("postgresql://nobody@127.0.0.1:1/nothing")
    message = str(err.value)
    assert message.startswith("The library database is unavailable: ")
    assert "\n" not in message and "Connection refused" in message
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    with pytest.raises(StoreError, match="cannot be created"):
        Store(f"sqlite:///{blocked / 'store.sqlite3'}")
    with pytest.raises(StoreError, match="PostgreSQL or SQLite"):
        Store("mysql://somewhere/db")


def test_a_database_that_goes_away_after_opening(tmp_path):
    from tests.store_backends import new_database

    url, drop = new_database(tmp_path, "postgresql")
    store = Store(url)
    store.save_article(FERRY, "ferry.txt")
    drop()  # the server drops the database, ending the store's connections
    with pytest.raises(StoreError) as err:
        store.save_article(BRIDGE, "bridge.txt")
    assert str(err.value).startswith("Could not save the article: ")
    assert "\n" not in str(err.value)
    with pytest.raises(StoreError):
        store.list_articles()


def test_two_people_saving_the_same_article_get_one_row(db_url):
    Store(db_url)  # migrated once; the savers below are separate stores (own connections)
    savers = [Store(db_url) for _ in range(6)]
    barrier = threading.Barrier(len(savers))
    results, errors = [], []

    def save(i: int, store: Store) -> None:
        barrier.wait()
        try:
            results.append(store.save_article(FERRY, f"ferry-{i}.txt", {"title": f"Title {i}"}))
        except Exception as err:  # noqa: BLE001 - collected and asserted below
            errors.append(err)

    threads = [threading.Thread(target=save, args=(i, s)) for i, s in enumerate(savers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == []
    assert len(results) == len(savers)
    assert sum(r.created for r in results) == 1
    assert len({r.article_id for r in results}) == 1
    assert len({r.meta["title"] for r in results}) == 1  # everyone sees the first save's title
    assert len(rows(db_url)) == 1


def test_two_server_processes_saving_the_same_article_get_one_row(db_url, real_main):
    import multiprocessing

    from tests.store_backends import save_in_another_process

    Store(db_url)
    ctx = multiprocessing.get_context("spawn")
    barrier, results = ctx.Barrier(3), ctx.Queue()
    procs = [
        ctx.Process(
            target=save_in_another_process, args=(db_url, BRIDGE, f"T{i}", barrier, results)
        )
        for i in range(3)
    ]
    for p in procs:
        p.start()
    got = [results.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(30)
    assert [g[3] for g in got] == ["", "", ""]
    assert len({g[0] for g in got}) == 1 and sum(g[1] for g in got) == 1
    assert len({g[2] for g in got}) == 1
    assert len(rows(db_url)) == 1


def test_servers_starting_together_migrate_once(db_url):
    barrier = threading.Barrier(4)
    opened, errors = [], []

    def start() -> None:
        barrier.wait()
        try:
            opened.append(Store(db_url))
        except Exception as err:  # noqa: BLE001 - collected and asserted below
            errors.append(err)

    threads = [threading.Thread(target=start) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == [] and len(opened) == 4
    assert sorted(s.found_revision or "" for s in opened) == [
        "",
        schema_head(),
        schema_head(),
        schema_head(),
    ]


def test_a_store_opens_while_another_program_writes_the_sqlite_file(tmp_path):
    """Switching a file to WAL needs it to itself for a moment, and SQLite refuses at once (no busy
    wait) while another connection writes it: the store waits for the writer instead of failing,
    as when several servers open a new file together."""
    import sqlite3
    import time

    schema_head()  # the migrations read beforehand: the store connects at once
    path = tmp_path / "store.sqlite3"
    with sqlite3.connect(path) as setup:  # a file in SQLite's default (rollback journal) mode
        setup.execute("CREATE TABLE other (x)")
    writer = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    writer.execute("BEGIN IMMEDIATE")  # holds the file's write lock
    writer.execute("INSERT INTO other VALUES (1)")

    def finish_writing() -> None:
        time.sleep(0.5)
        writer.execute("COMMIT")

    finisher = threading.Thread(target=finish_writing)
    finisher.start()
    try:
        store = Store(f"sqlite:///{path}")
    finally:
        finisher.join()
        writer.close()
    assert store.found_revision is None
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    store.close()


def test_damaged_rows_are_skipped_and_reported(db_url):
    store = Store(db_url)
    good = store.save_article(FERRY, "ferry.txt")
    now = datetime.now(UTC)

    def damaged(article_id: str, **changes) -> dict:
        row = {
            "id": article_id,
            "digest": "0" * 64,
            "raw": b"x",
            "filename": "x.txt",
            "title": "Fine",
            "saved_at": now,
        }
        return {**row, **changes}

    engine = sa.create_engine(db_url)
    with engine.begin() as conn:
        conn.execute(
            sa.insert(articles),
            [
                damaged("../escape"),
                damaged("notitle", title="   "),
                damaged("badname", filename="payload.exe"),
                damaged("badbytes"),  # its bytes do not match its digest
            ],
        )
    engine.dispose()
    if store.dialect == "sqlite":  # bytes that are not UTF-8 in a text column
        execute(
            db_url,
            "INSERT INTO articles (id, digest, raw, filename, title, saved_at) VALUES "
            "('undecodable', '', x'00', 'u.txt', CAST(x'fffe41' AS TEXT), '2024-01-01 00:00:00')",
        )
    listing = store.list_articles()
    assert [s.article_id for s in listing] == ["badbytes", good.article_id]  # newest first
    reported = "\n".join(listing.skipped)
    for article_id in ("../escape", "notitle", "badname"):
        assert repr(article_id) in reported
    if store.dialect == "sqlite":
        assert "'undecodable': unreadable" in reported
    with pytest.raises(StoreError, match="damaged"):
        store.load_article("badbytes")
    assert store.load_article(good.article_id).raw == FERRY


def test_analyses_are_stored_with_their_version_and_stale_ones_re_made(db_url):
    store = Store(db_url)
    ferry = store.save_article(FERRY, "ferry.txt")
    bridge = store.save_article(BRIDGE, "bridge.txt")
    tables = analyze(FERRY, filename="ferry.txt")
    store.save_analysis(ferry.article_id, tables, version="a1-older-release")
    assert store.load_analysis(ferry.article_id) is None  # stale for this release
    assert store.stale_analyses() == sorted([ferry.article_id, bridge.article_id])
    store.save_analysis(ferry.article_id, tables)
    back = Store(db_url).load_analysis(ferry.article_id)
    assert back.text == tables.text
    for name, frame in tables.tables().items():
        pd.testing.assert_frame_equal(getattr(back, name), frame.reset_index(drop=True))
    assert store.stale_analyses() == [bridge.article_id]
    assert analysis_version().startswith("a1-")


def test_a_damaged_stored_analysis_is_re_made_not_shown(db_url):
    store = Store(db_url)
    saved = store.save_article(FERRY, "ferry.txt")
    store.save_analysis(saved.article_id, analyze(FERRY, filename="ferry.txt"))
    execute(db_url, "UPDATE analysis_tables SET rows = '{not json' WHERE name = 'quotes'")
    assert store.load_analysis(saved.article_id) is None


def test_ids_are_content_hashes_and_urls_hosts_hand_out_work():
    assert content_key(FERRY) == hashlib.sha256(FERRY).hexdigest()[:16]
    assert normalise_url("postgres://u:p@h/db") == "postgresql+psycopg://u:p@h/db"
    assert normalise_url("postgresql://u@h:5432/db") == "postgresql+psycopg://u@h:5432/db"
    assert normalise_url("sqlite:////tmp/x.db") == "sqlite:////tmp/x.db"


def test_metadata_is_stored_as_one_printable_line(db_url):
    """A NUL or line break in a title (PostgreSQL refuses NUL in text) is not a failed save."""
    store = Store(db_url)
    saved = store.save_article(
        FERRY, "../../" + "f" * 400 + ".md", {"title": "Ferry\x00back\nagain", "url": "\t"}
    )
    assert saved.meta["title"] == "Ferry back again" and "url" not in saved.meta
    assert saved.filename == "f" * 195 + ".md"
    assert store.load_article(saved.article_id).meta["title"] == "Ferry back again"


def test_a_batch_of_articles_is_saved_with_its_analyses_in_one_go(db_url):
    from lib.store import StoredAnalysis, prepare

    store = Store(db_url)
    ferry, bridge = analyze(FERRY, filename="ferry.txt"), analyze(BRIDGE, filename="bridge.txt")
    with pytest.raises(InputError):  # unreadable bytes never become a prepared article
        prepare(b"\x00\x01 not an article", "junk.txt", None)
    out = store.save_analysed(
        [
            (prepare(FERRY, "ferry.txt", {"source": "Harbour News"})[0], StoredAnalysis.of(ferry)),
            (prepare(BRIDGE, "bridge.txt", None)[0], StoredAnalysis.of(bridge)),
        ]
    )
    assert [saved.created for saved in out] == [True, True]
    assert len(store.list_articles()) == 2 and store.stale_analyses() == []
    assert store.load_article(out[0].article_id).meta["source"] == "Harbour News"
    for saved, tables in zip(out, (ferry, bridge), strict=True):
        back = store.load_analysis(saved.article_id)
        for name, frame in tables.tables().items():
            pd.testing.assert_frame_equal(getattr(back, name), frame)
