"""The article library: listing order, safe id resolution, content-addressed saves in the store,
the folder of files an older version saved imported once, symlinks ignored, store failures."""

from __future__ import annotations

import json
import os

import pytest

from app import library
from lib.errors import InputError

ARTICLE = b"Harbour reopens\n\nThe harbour reopened on Tuesday after the storm, the port authority said.\n"


def test_seed_comes_first(tmp_path):
    saved = library.save_article(ARTICLE, "harbour.txt", {}, tmp_path)
    entries = library.list_articles(saved_dir=tmp_path)
    assert entries[0].article_id == "crocus-city-hall-kremlin"
    assert entries[0].bundled and entries[0].title == "No country is immune to terrorism: Kremlin"
    assert entries[-1].article_id == saved.article_id and not entries[-1].bundled
    assert entries[-1].title == "Harbour reopens"
    assert entries.problems == []


def test_save_is_content_addressed_and_listed(tmp_path):
    entry = library.save_article(
        ARTICLE, "harbour.txt", {"title": "Harbour", "published": "2024-05-07"}, tmp_path
    )
    assert entry.article_id == library.content_key(ARTICLE) and entry.path is None
    assert entry.read() == (
        ARTICLE,
        "harbour.txt",
        {"source": "harbour.txt", "title": "Harbour", "published": "2024-05-07"},
    )
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("newsdash.sqlite3")] == []
    listed = library.list_articles(saved_dir=tmp_path)
    assert library.resolve(entry.article_id, listed).read()[0] == ARTICLE


def test_a_second_save_never_replaces_what_a_link_shows(tmp_path):
    first = library.save_article(ARTICLE, "harbour.txt", {"title": "Harbour"}, tmp_path)
    again = library.save_article(
        ARTICLE, "other-name.md", {"title": "Hijacked", "url": "https://example.org/h"}, tmp_path
    )
    assert again.article_id == first.article_id and again.title == "Harbour"
    raw, name, meta = library.resolve(
        first.article_id, library.list_articles(saved_dir=tmp_path)
    ).read()
    assert name == "harbour.txt" and meta["title"] == "Harbour"
    assert meta["url"] == "https://example.org/h"  # a field left empty may be filled


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
    assert list(tmp_path.iterdir()) == []  # not even an empty database


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


def test_files_an_older_version_saved_are_imported_once_with_their_links(tmp_path):
    (tmp_path / "aaa.txt").write_bytes(ARTICLE)
    (tmp_path / "aaa.json").write_text(
        json.dumps({"title": "Old harbour", "published": "2020-01-02"})
    )
    (tmp_path / "has space.txt").write_bytes(ARTICLE)
    (tmp_path / ".hidden.txt").write_bytes(ARTICLE)
    (tmp_path / "notes.pdf").write_bytes(ARTICLE)
    (tmp_path / "empty.txt").write_bytes(b"")
    ids = [e.article_id for e in library.list_articles(saved_dir=tmp_path)]
    assert ids == ["crocus-city-hall-kremlin", "aaa"]  # old links (?article=aaa) still open
    raw, _, meta = library.resolve("aaa", library.list_articles(saved_dir=tmp_path)).read()
    assert raw == ARTICLE and meta["title"] == "Old harbour" and meta["published"] == "2020-01-02"
    # The same bytes saved again are that article, not a second one.
    assert library.save_article(ARTICLE, "again.txt", {}, tmp_path).article_id == "aaa"


def test_symlinks_are_never_followed(tmp_path):
    secret = tmp_path / "outside"
    secret.mkdir()
    (secret / "secret.txt").write_bytes(ARTICLE)
    (secret / "sidecar.json").write_text(json.dumps({"title": "From outside"}))
    saved, seeds = tmp_path / "saved", tmp_path / "seeds"
    saved.mkdir()
    seeds.mkdir()
    os.symlink(secret / "secret.txt", saved / "linked.txt")
    os.symlink(secret / "secret.txt", seeds / "linked-seed.txt")
    (seeds / "real-seed.txt").write_bytes(ARTICLE)
    os.symlink(secret / "sidecar.json", seeds / "real-seed.json")
    entries = library.list_articles(seed_dir=seeds, saved_dir=saved)
    assert [e.article_id for e in entries] == ["real-seed"]
    assert entries[0].title == "Harbour reopens"  # the symlinked sidecar was not read
    assert entries[0].read()[2] == {"source": "real-seed.txt"}


def test_a_store_that_is_down_leaves_the_bundled_articles_and_says_why(tmp_path, monkeypatch):
    monkeypatch.setenv(library.DATABASE_ENV, "postgresql://nobody@127.0.0.1:1/library")
    entries = library.list_articles()
    assert [e.article_id for e in entries] == ["crocus-city-hall-kremlin"]
    assert len(entries.problems) == 1
    assert entries.problems[0].startswith("The library database is unavailable: ")
    with pytest.raises(OSError) as err:  # the sidebar shows 'Could not save the article: ' + it
        library.save_article(ARTICLE, "harbour.txt", {})
    assert str(err.value).startswith("the library database is unavailable: ")
    assert "\n" not in str(err.value)


def test_the_database_url_comes_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv(library.LIBRARY_ENV, str(tmp_path))
    monkeypatch.delenv(library.DATABASE_ENV, raising=False)
    assert library.database_url() == f"sqlite:///{tmp_path.resolve() / 'newsdash.sqlite3'}"
    monkeypatch.setenv(library.DATABASE_ENV, "postgres://u:p@db.example.org:5432/news")
    assert library.database_url() == "postgresql+psycopg://u:p@db.example.org:5432/news"
    assert library.database_url(tmp_path).startswith("sqlite:///")  # an explicit folder wins


def test_a_saved_article_keeps_its_analysis_for_this_release(tmp_path):
    entry = library.save_article(ARTICLE, "harbour.txt", {}, tmp_path)
    made = []

    def make():
        from lib.pipeline import analyze

        made.append(1)
        return analyze(*entry.read()[:1], filename="harbour.txt")

    first = library.analysis(entry, make)
    again = library.analysis(entry, make)
    assert made == [1]  # the second came from the store
    assert again.text == first.text and len(again.sentences) == len(first.sentences)


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
    assert html_entry.read()[1] == "dam.html" and md_entry.read()[1] == "park.md"
    titles = {e.article_id: e.title for e in library.list_articles(saved_dir=tmp_path)}
    assert titles[html_entry.article_id] == "Dam opens"
    assert titles[md_entry.article_id] == "Park closes"
    raw, name, meta = md_entry.read()
    assert raw == md and name.endswith(".md") and meta["title"] == "Park closes"


def test_a_correction_shows_in_the_analysis_the_app_gets_after_a_restart(tmp_path):
    from lib.pipeline import analyze
    from lib.store.corrections import Correction

    text = (
        b"Harbour reopens\n\n"
        b'"The harbour is open again," said harbour master Ines Moor on Tuesday.\n'
    )
    entry = library.save_article(text, "harbour.txt", {}, tmp_path)
    tables = library.analysis(entry, lambda: analyze(text, filename="harbour.txt"))
    quote = tables.quotes.iloc[0]
    assert quote["speaker"] == "Ines Moor"
    library.correct(
        entry,
        Correction("speaker", "quotes", int(quote["start"]), int(quote["end"]), value="Jo Ek"),
    )
    library._stores.clear()  # a new server process: the store is opened again
    again = library.resolve(entry.article_id, library.list_articles(saved_dir=tmp_path))
    fixed = library.analysis(again, lambda: pytest.fail("the stored analysis is current"))
    assert fixed.quotes["speaker"].tolist() == ["Jo Ek"]
    assert fixed.speakers["speaker"].tolist() == ["Jo Ek"]
    seed = library.list_articles()[0]
    with pytest.raises(InputError, match="save it"):
        library.correct(seed, Correction("merge", value="A", target="B"))


def test_a_full_disk_is_one_line_and_the_library_is_unchanged(tmp_path):
    import sqlalchemy as sa

    library.save_article(ARTICLE, "harbour.txt", {}, tmp_path)
    saved_store = library.store(tmp_path)
    with saved_store.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    sa.event.listen(
        saved_store.engine,
        "connect",
        lambda dbapi_conn, _: dbapi_conn.execute(f"PRAGMA max_page_count={pages + 1}"),
    )
    saved_store.engine.dispose()
    before = [e.article_id for e in library.list_articles(saved_dir=tmp_path)]
    big = ARTICLE + b"\n".join(
        b"The pier was repaired too, the port said (%d)." % i for i in range(900)
    )
    with pytest.raises(OSError) as err:
        library.save_article(big, "big.txt", {}, tmp_path)
    assert str(err.value) == "database or disk is full."  # the sidebar says what failed
    assert [e.article_id for e in library.list_articles(saved_dir=tmp_path)] == before
