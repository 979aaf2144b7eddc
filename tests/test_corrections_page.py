"""The Corrections page: a reader fixes a speaker, merges two, marks a date wrong, removes a fix;
each is stored over the saved article's analysis and shown by the other pages."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from app import corrections as fix
from app import library
from lib.pipeline import analyze
from tests.app_alerts import shown

ROOT = library.ROOT
PAGE = ROOT / "app" / "pages" / "7_Corrections.py"
ARTICLE = (
    b"Harbour reopens after storm\n\n"
    b"The harbour reopened on Tuesday after a storm closed it for three days. "
    b'"We are back in business," harbour master Ana Ruiz told reporters.\n\n'
    b'"Nobody was hurt," said Tom Hale, a port official. About 40 boats were damaged.\n\n'
    b'"The repairs will take weeks," said Maria Lopez, the city engineer.\n'
)
META = {"title": "Harbour reopens", "published": "2024-05-09"}


@pytest.fixture
def saved(tmp_path, monkeypatch):
    monkeypatch.setenv(library.LIBRARY_ENV, str(tmp_path))
    monkeypatch.delenv("NEWSDASH_DATABASE_URL", raising=False)
    entry = library.save_article(ARTICLE, "harbour.txt", META)
    return entry


def page(article_id: str) -> AppTest:
    """The page as a visitor opens it: through the entrypoint (navigation and shared sidebar)."""
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=90)
    at.query_params["article"] = article_id
    return at.switch_page(str(PAGE.relative_to(ROOT))).run()


def test_choices_name_rows_by_their_words():
    tables = analyze(ARTICLE, filename="harbour.txt", meta=META)
    quotes = fix.quote_choices(tables.quotes)
    assert any("We are back in business" in label for label in quotes)
    span = next(s for label, s in quotes.items() if "Nobody was hurt" in label)
    assert "Nobody was hurt" in tables.text[span[0] : span[1]]
    dates = fix.wrong_choices(tables, "Date")
    assert any("Tuesday" in label for label in dates)


def test_a_bundled_article_cannot_be_corrected(tmp_path, monkeypatch):
    monkeypatch.setenv(library.LIBRARY_ENV, str(tmp_path))
    at = AppTest.from_file(str(PAGE), default_timeout=90).run()
    assert not at.exception
    assert "example article that comes with the dashboard" in shown(at, "info")[0]


def test_fix_a_speaker_then_remove_the_fix(saved):
    at = page(saved.article_id)
    assert not at.exception
    label = next(o for o in at.selectbox(key="fix_quote").options if "Nobody was hurt" in o)
    at.selectbox(key="fix_quote").set_value(label)
    at.text_input(key="fix_name").input("Thomas Hale").run()
    at.button(key="fix_speaker").click().run()
    assert not at.exception
    entry = library.resolve(saved.article_id, library.list_articles())
    made = entry.store.list_corrections(saved.article_id)
    assert [c.value for c in made] == ["Thomas Hale"]
    corrected = library.analysis(entry, lambda: None)
    assert "Thomas Hale" in set(corrected.quotes["speaker"])
    at.button(key=f"remove_{made[0].id}").click().run()
    assert entry.store.list_corrections(saved.article_id) == []


def test_mark_a_date_wrong_and_merge_two_speakers(saved):
    at = page(saved.article_id)
    at.segmented_control(key="wrong_kind").set_value("Date").run()
    at.button(key="mark_wrong").click().run()
    entry = library.resolve(saved.article_id, library.list_articles())
    tables = library.analysis(entry, lambda: None)
    assert tables.timeline.empty
    names = fix.speakers(tables)
    assert len(names) >= 2, names
    at.selectbox(key="merge_away").set_value(names[0]).run()
    into = at.selectbox(key="merge_into").value
    at.button(key="merge").click().run()
    assert not at.exception
    merged = library.analysis(entry, lambda: None)
    assert names[0] not in set(merged.quotes["speaker"].dropna())
    assert into in set(merged.quotes["speaker"])
