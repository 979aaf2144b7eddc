"""Saving an upload from the app reads it once: `app.library.save_article` checks the bytes (so bad
input is refused before the store is opened) and hands that reading to the store, which does not
read them again. Counted on a real SQLite store, with what is stored checked against a plain
`Store.save_article` of the same upload."""

from __future__ import annotations

import pytest

import lib.ingest.formats
from app import library
from lib.errors import InputError
from lib.store import Store

FERRY = (
    b"Night ferry to resume\n\nThe night ferry between the two harbours will run again from May, "
    b'the operator said on Tuesday. "We have the crews now," its manager Ines Moreau said.\n'
)
META = {"source": "Harbour News", "published": "2024-04-02", "colour": "ignored"}


@pytest.fixture
def reads(monkeypatch) -> list[str]:
    """File names passed to ingestion (`load_article`), one per reading of the bytes."""
    seen: list[str] = []
    real = lib.ingest.formats.load_article

    def counting(raw, *args, **kwargs):
        seen.append(kwargs.get("filename", ""))
        return real(raw, *args, **kwargs)

    monkeypatch.setattr(lib.ingest.formats, "load_article", counting)
    return seen


def test_an_upload_is_read_once_and_stored_as_a_plain_save_stores_it(tmp_path, reads):
    entry = library.save_article(FERRY, "../in/Ferry.TXT", META, tmp_path / "library")
    assert reads == ["Ferry.txt"]
    saved = entry.store.load_article(entry.article_id)
    assert saved is not None

    reads.clear()
    plain = Store(f"sqlite:///{tmp_path / 'plain.sqlite3'}")
    try:
        expected = plain.save_article(FERRY, "../in/Ferry.TXT", META)
    finally:
        plain.close()
    assert reads == ["Ferry.txt"]  # the store's own save reads it once too
    assert (saved.article_id, saved.filename, saved.meta) == (
        expected.article_id,
        expected.filename,
        expected.meta,
    )
    assert saved.meta == {
        "title": "Night ferry to resume",
        "source": "Harbour News",
        "published": "2024-04-02",
    }
    assert entry.title == "Night ferry to resume"


def test_a_second_save_of_the_same_upload_is_read_once_and_keeps_the_first_metadata(
    tmp_path, reads
):
    folder = tmp_path / "library"
    first = library.save_article(FERRY, "ferry.txt", META, folder)
    reads.clear()
    again = library.save_article(FERRY, "copy.txt", {"title": "Another title"}, folder)
    assert reads == ["copy.txt"]
    assert again.article_id == first.article_id
    saved = again.store.load_article(again.article_id)
    assert saved is not None
    assert (saved.filename, saved.meta["title"]) == ("ferry.txt", "Night ferry to resume")


def test_an_unreadable_upload_is_read_once_and_makes_no_store(tmp_path, reads):
    folder = tmp_path / "library"
    with pytest.raises(InputError):
        library.save_article(b"\x00\x01\x02 not an article", "junk.txt", {}, folder)
    assert reads == ["junk.txt"]
    assert not folder.exists() or list(folder.iterdir()) == []
