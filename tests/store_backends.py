"""Real databases for the storage tests: a SQLite file, and a fresh PostgreSQL database on the
server named by NEWSDASH_TEST_POSTGRES_URL (`.ci/with-postgres` starts one; CI always does).
Without that variable the PostgreSQL cases skip with a message, so a plain `uv run pytest` works."""

from __future__ import annotations

import os
import uuid

import pytest
import sqlalchemy as sa

from lib.store import normalise_url

POSTGRES_ENV = "NEWSDASH_TEST_POSTGRES_URL"
BACKENDS = ["sqlite", "postgresql"]
NO_SERVER = f"no PostgreSQL server: set {POSTGRES_ENV} (bash .ci/with-postgres uv run pytest)"


def postgres_admin_url() -> str:
    url = os.environ.get(POSTGRES_ENV, "").strip()
    if not url:
        pytest.skip(NO_SERVER)
    return normalise_url(url)


def new_database(tmp_path, backend: str):
    """(url, drop) for an empty database of this backend; drop() removes it."""
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / 'store.sqlite3'}", lambda: None
    admin = sa.make_url(postgres_admin_url())
    name = f"newsdash_test_{uuid.uuid4().hex[:12]}"
    engine = sa.create_engine(admin, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')

    def drop() -> None:
        with engine.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        engine.dispose()

    return admin.set(database=name).render_as_string(hide_password=False), drop


@pytest.fixture(name="db_url", params=BACKENDS)
def db_url_fixture(request, tmp_path):
    """The URL of an empty database, once per backend."""
    url, drop = new_database(tmp_path, request.param)
    yield url
    drop()


def save_in_another_process(url: str, raw: bytes, title: str, barrier, results) -> None:
    """Run in a separate process: open the store, wait for the others, save, report."""
    from lib.store import Store

    store = Store(url)
    barrier.wait(60)
    try:
        saved = store.save_article(raw, "article.txt", {"title": title})
        results.put((saved.article_id, saved.created, saved.meta["title"], ""))
    except Exception as err:  # noqa: BLE001 - reported to the test
        results.put(("", False, "", f"{type(err).__name__}: {err}"))
