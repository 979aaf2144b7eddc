"""The database under the store: which one, how it is connected, which schema and analysis version.

Where the store lives (`NEWSDASH_DATABASE_URL` or the SQLite file in the library folder), the
SQLAlchemy engine with SQLite's real transactions, the newest migration's revision, and the
fingerprint of the analysis code that stale analyses are recognised by.
"""

from __future__ import annotations

import functools
import hashlib
import os
import sqlite3
import time
from pathlib import Path

import sqlalchemy as sa

from lib.store.records import StoreError, normalise_url

DATABASE_ENV = "NEWSDASH_DATABASE_URL"
SQLITE_NAME = "newsdash.sqlite3"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
MIGRATION_LOCK = 0x6E657773  # PostgreSQL advisory lock key ('news')
CONNECT_TIMEOUT_S = 5
SQLITE_BUSY_TIMEOUT_S = 30
_ROOT = Path(__file__).resolve().parents[2]


def sqlite_url(folder: Path) -> str:
    return f"sqlite:///{Path(folder).expanduser().resolve() / SQLITE_NAME}"


def configured_url(folder: Path) -> str:
    """$NEWSDASH_DATABASE_URL when set, else the SQLite file in `folder`."""
    return normalise_url(os.environ.get(DATABASE_ENV, "")) or sqlite_url(folder)


@functools.cache
def schema_head() -> str:
    """The newest migration's revision (what every opened store is upgraded to)."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return ScriptDirectory.from_config(cfg).get_current_head()


@functools.cache
def analysis_version() -> str:
    """A fingerprint of everything that decides an analysis: the analysis code and rule data as
    shipped, and the language model's name. Any release that changes them changes this, so
    analyses stored by an older release are recognised as stale."""
    h = hashlib.sha256()
    lib = _ROOT / "lib"
    files = sorted(p for p in lib.rglob("*.py") if p.relative_to(lib).parts[0] != "store")
    files += sorted((_ROOT / "data").glob("*.toml"))
    for path in files:
        h.update(path.relative_to(_ROOT).as_posix().encode())
        h.update(path.read_bytes())
    from lib.nlp import model_name

    h.update(model_name().encode())
    return "a1-" + h.hexdigest()[:20]


def _engine(url: str) -> sa.Engine:
    try:
        parsed = sa.make_url(url)
    except sa.exc.ArgumentError as err:
        raise StoreError(f"{DATABASE_ENV} is not a database address ({err}).") from err
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            try:
                Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
            except OSError as err:
                raise StoreError(f"The library folder cannot be created: {err.strerror}.") from err
        engine = sa.create_engine(
            parsed,
            connect_args={"timeout": SQLITE_BUSY_TIMEOUT_S, "check_same_thread": False},
        )
        sa.event.listen(engine, "connect", _sqlite_connect)
        sa.event.listen(engine, "begin", _sqlite_begin)
        return engine
    if backend == "postgresql":
        return sa.create_engine(
            parsed, pool_pre_ping=True, connect_args={"connect_timeout": CONNECT_TIMEOUT_S}
        )
    raise StoreError(f"{DATABASE_ENV} must name a PostgreSQL or SQLite database, not {backend!r}.")


def _sqlite_connect(dbapi_conn, _record) -> None:
    # SQLAlchemy's recipe for real SQLite transactions: the driver stops managing them and
    # `_sqlite_begin` opens each one, so DDL (migrations) is transactional too.
    dbapi_conn.isolation_level = None
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def use_wal(engine: sa.Engine) -> None:
    """Put the SQLite file in WAL mode, so readers never wait for a writer. Once per opened store,
    not per connection: the mode is kept in the file, and every later connection reads it there.

    The switch reads the file, then needs its write lock, and SQLite does not wait for that lock
    once it has read: a connection that finds another one writing (another server switching the
    same new file, say) is refused at once with 'database is locked', whatever the busy timeout
    (SQLite's guard against two readers each waiting for the other to let go). So servers opening
    a new file together each try, and one refused tries again, holding no lock in between, until
    the file is in WAL mode or the busy timeout is spent (then the error stands)."""
    deadline = time.monotonic() + SQLITE_BUSY_TIMEOUT_S
    pause = 0.005
    raw = engine.raw_connection()
    try:
        while True:
            cursor = raw.cursor()
            try:
                if cursor.execute("PRAGMA journal_mode").fetchone()[0] in ("wal", "memory"):
                    return
                cursor.execute("PRAGMA journal_mode=WAL")
                return
            except sqlite3.OperationalError as err:
                if "locked" not in str(err) or time.monotonic() + pause > deadline:
                    raise
            finally:
                cursor.close()
            time.sleep(pause)
            pause = min(pause * 2, 0.2)
    finally:
        raw.close()


def _sqlite_begin(conn: sa.Connection) -> None:
    immediate = conn.get_execution_options().get("sqlite_immediate")
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _reason(err: sa.exc.DBAPIError | sqlite3.Error) -> str:
    """The database's own first line (no SQL, no parameters, no password)."""
    text = str(getattr(err, "orig", None) or err).strip().splitlines()
    return (text[0] if text else type(err).__name__).rstrip(".") + "."
