"""The article library: listing order, safe id resolution, content-addressed atomic saves."""

from __future__ import annotations

import json
import os

import pytest

from app import library
from lib.errors import InputError

ARTICLE = b"Harbour reopens\n\nThe harbour reopened on Tuesday after the storm, the port authority said.\n"


def test_seed_comes_first(tmp_path):
    (tmp_path / "aaa.txt").write_bytes(ARTICLE)
    entries = library.list_articles(saved_dir=tmp_path)
    assert entries[0].article_id == "crocus-city-hall-kremlin"
    assert entries[0].bundled and entries[0].title == "No country is immune to terrorism: Kremlin"
    assert entries[-1].article_id == "aaa" and not entries[-1].bundled
    assert entries[-1].title == "Harbour reopens"


def test_save_is_content_addressed_atomic_and_listed(tmp_path):
    entry = library.save_article(
        ARTICLE, "harbour.txt", {"title": "Harbour", "published": "2024-05-07"}, tmp_path
    )
    assert entry.article_id == library.content_key(ARTICLE)
    assert entry.path.read_bytes() == ARTICLE
    assert json.loads(entry.path.with_suffix(".json").read_text())["published"] == "2024-05-07"
    assert not [p for p in os.listdir(tmp_path) if p.endswith(".tmp")]
    again = library.save_article(ARTICLE, "other-name.md", {}, tmp_path)
    assert again.path == entry.path  # same bytes, same article, same link
    listed = library.list_articles(saved_dir=tmp_path)
    assert library.resolve(entry.article_id, listed).read()[0] == ARTICLE


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"\x00\x01binary",
        b"Ceci n'est pas un article anglais du tout, non non non, pas du tout mes amis, vraiment pas.",
    ],
)
def test_bad_input_is_never_saved(tmp_path, raw):
    with pytest.raises(InputError):
        library.save_article(raw, "bad.txt", {}, tmp_path)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "wanted",
    [
        "../data/articles/crocus-city-hall-kremlin",
        "/etc/passwd",
        "..",
        "crocus-city-hall-kremlin.txt",
        "",
        None,
        "CROCUS-CITY-HALL-KREMLIN",
    ],
)
def test_ids_resolve_only_against_the_listing(tmp_path, wanted):
    entries = library.list_articles(saved_dir=tmp_path)
    assert library.resolve(wanted, entries) is None


def test_unsafe_file_names_are_not_listed(tmp_path):
    (tmp_path / "has space.txt").write_bytes(ARTICLE)
    (tmp_path / ".hidden.txt").write_bytes(ARTICLE)
    (tmp_path / "notes.pdf").write_bytes(ARTICLE)
    ids = [e.article_id for e in library.list_articles(saved_dir=tmp_path)]
    assert ids == ["crocus-city-hall-kremlin"]


def test_library_folder_is_configurable(tmp_path, monkeypatch):
    monkeypatch.setenv(library.LIBRARY_ENV, str(tmp_path / "lib"))
    assert library.library_dir() == tmp_path / "lib"
    monkeypatch.delenv(library.LIBRARY_ENV)
    assert library.library_dir() == library.ROOT / "library"


def test_html_and_markdown_articles_keep_their_format(tmp_path):
    page = (
        b"<!doctype html><html><head><title>Dam opens</title></head><body><article>"
        b"<h1>Dam opens</h1><p>The new dam opened on Friday after ten years of work, the water "
        b"board said, and the first turbines started at noon.</p></article></body></html>"
    )
    md = b"---\ntitle: Park closes\ndate: 2024-06-01\n---\n# Park closes\n\nThe park closed early on Sunday because of the storm, the rangers said.\n"
    html_entry = library.save_article(page, "dam.html", {}, tmp_path)
    md_entry = library.save_article(md, "park.md", {}, tmp_path)
    assert html_entry.path.suffix == ".html" and md_entry.path.suffix == ".md"
    titles = {e.article_id: e.title for e in library.list_articles(saved_dir=tmp_path)}
    assert titles[html_entry.article_id] == "Dam opens"
    assert titles[md_entry.article_id] == "Park closes"
    raw, name, meta = md_entry.read()
    assert raw == md and name.endswith(".md") and meta["title"] == "Park closes"
