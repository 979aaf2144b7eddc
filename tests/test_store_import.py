"""The one-shot import of a library folder of files into a store, and its command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from lib.store import Store
from lib.store.importer import import_folder
from tests.store_backends import db_url_fixture  # noqa: F401 - the `db_url` fixture

ROOT = Path(__file__).resolve().parent.parent
KITE = b"Kite festival returns\n\nHundreds of kites flew over the beach on Saturday, the organisers said.\n"
MILL = b"# Mill reopens\n\nThe old mill opened its doors to visitors again on Sunday, the trust said.\n"


def old_library(folder: Path) -> Path:
    """A library folder as the file-based version left it, with some things it must not take."""
    folder.mkdir()
    (folder / "0123456789abcdef.txt").write_bytes(KITE)
    (folder / "0123456789abcdef.json").write_text(
        json.dumps({"title": "Kites", "published": "2023-08-05", "url": "https://example.org/k"})
    )
    (folder / "mill.md").write_bytes(MILL)
    (folder / "broken.txt").write_bytes(b"\x00\xff\x00 not text")
    (folder / ".draft.txt").write_bytes(KITE)
    outside = folder.parent / "outside.txt"
    outside.write_bytes(MILL + b"\nA secret line.\n")
    os.symlink(outside, folder / "linked.txt")
    return folder


def test_import_keeps_ids_metadata_and_refuses_what_it_cannot_read(db_url, tmp_path):
    folder = old_library(tmp_path / "library")
    store = Store(db_url)
    report = import_folder(store, folder)
    assert sorted(report.imported) == ["0123456789abcdef", "mill"]
    assert [name for name, _ in report.refused] == ["broken.txt"]
    kite = store.load_article("0123456789abcdef")
    assert kite.raw == KITE
    assert kite.meta == {
        "title": "Kites",
        "published": "2023-08-05",
        "url": "https://example.org/k",
        "source": "0123456789abcdef.txt",
    }
    assert store.load_article("mill").meta["title"] == "Mill reopens"
    assert store.load_article("linked") is None  # the symlink was not followed
    again = import_folder(store, folder)  # one-shot: a second run changes nothing
    assert again.imported == [] and sorted(again.present) == ["0123456789abcdef", "mill"]
    assert len(store.list_articles()) == 2


def test_the_command_line_imports_a_folder(tmp_path):
    folder = old_library(tmp_path / "library")
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    done = subprocess.run(
        [sys.executable, "-m", "lib.store", "import", str(folder), "--db", url],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "2 imported, 0 already in the store, 1 refused"
    assert done.stderr.startswith("refused broken.txt: ")
    assert {s.article_id for s in Store(url).list_articles()} == {"0123456789abcdef", "mill"}
    down = subprocess.run(
        [sys.executable, "-m", "lib.store", "upgrade", "--db", "postgresql://x@127.0.0.1:1/db"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert down.returncode == 1
    assert down.stderr.strip().startswith("The library database is unavailable: ")
    assert len(down.stderr.strip().splitlines()) == 1


def test_stale_analyses_are_re_made_and_a_second_run_has_nothing_to_do(db_url, tmp_path):
    from lib.store.refresh import reanalyse_stale

    store = Store(db_url)
    kite = store.save_article(KITE, "kite.txt", {"published": "2023-08-05"})
    mill = store.save_article(MILL, "mill.md")
    assert store.stale_analyses() == sorted([kite.article_id, mill.article_id])
    report = reanalyse_stale(store)
    assert sorted(report.done) == sorted([kite.article_id, mill.article_id]) and not report.failed
    assert store.stale_analyses() == []
    tables = store.load_analysis(kite.article_id)
    assert tables.info()["published"] == "2023-08-05"  # analysed with its saved metadata
    assert tables.info()["title"] == "Kite festival returns"
    assert reanalyse_stale(store).summary() == "0 re-analysed, 0 failed"
