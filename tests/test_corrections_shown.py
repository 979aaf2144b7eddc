"""Corrections shown as corrected on every page (issue 17): a saved article with a speaker fixed,
two speakers merged, a figure and a date marked wrong, opened page by page under AppTest against
a real store (the library's SQLite database), shows the corrected tables and says they are.

Expected rows come from the analysis of the same article, not hard-coded positions."""

from __future__ import annotations

import io
import re

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from app import corrections as fix
from app import library
from lib.pipeline import analyze, to_bytes
from tests.app_alerts import html_of

ROOT = library.ROOT
ARTICLE = (
    b"Ferry service resumes after storm\n\n"
    b"The ferry service resumed on Tuesday after a storm stopped it for three days. "
    b'"We are sailing again," the ferry operator\'s spokeswoman told reporters.\n\n'
    b'"Nobody was hurt," said Tom Hale, a port official. About 40 boats were damaged and '
    b"12 crew members were treated in hospital.\n\n"
    b'Repairs will start on June 3, Hale said. "The repairs will take weeks," said Maria '
    b"Lopez, the city engineer.\n"
)
META = {"title": "Ferry service resumes", "published": "2024-05-09"}
NOTE = "Shown as corrected by readers"
SAILING = "We are sailing again"  # the quote whose speaker a reader names


@pytest.fixture(scope="module")
def analysed():
    return analyze(ARTICLE, filename="ferry.txt", meta=META)


@pytest.fixture
def corrected(tmp_path, monkeypatch, analysed):
    """The article saved, its analysis stored, four corrections made as the page makes them."""
    monkeypatch.setenv(library.LIBRARY_ENV, str(tmp_path))
    monkeypatch.delenv("NEWSDASH_DATABASE_URL", raising=False)
    entry = library.save_article(ARTICLE, "ferry.txt", META)
    tables = library.analysis(entry, lambda: analysed)
    unattributed = next(q for q in tables.quotes.to_dict("records") if q["text"] == SAILING)
    figure = next(s for label, s in fix.wrong_choices(tables, "Figure").items() if "40" in label)
    date = next(s for label, s in fix.wrong_choices(tables, "Date").items() if "Tuesday" in label)
    for correction in (
        fix.speaker_fix((unattributed["start"], unattributed["end"]), "Ana Ruiz"),
        fix.merge("Thomas Hale", "Tom Hale"),
        fix.mark_wrong("Figure", figure),
        fix.mark_wrong("Date", date),
    ):
        library.correct(entry, correction, tables.text)
    return entry, unattributed


def test_the_article_has_what_the_corrections_point_at(analysed):
    """The premise: a quote not given to Ana Ruiz, Tom Hale quoted and in the timeline's
    actors, the figure '40' and the date 'Tuesday'."""
    quote = analysed.quotes[analysed.quotes["text"] == SAILING]
    assert len(quote) == 1 and quote["speaker"].tolist() != ["Ana Ruiz"]
    assert "Tom Hale" in set(analysed.quotes["speaker"])
    assert any("Tom Hale" in actors for actors in analysed.timeline["actors"])
    assert any("40" in text for text in analysed.facts["text"])
    assert "Tuesday" in set(analysed.timeline["date_text"])


def open_page(article_id: str, page: str) -> AppTest:
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=90)
    at.query_params["article"] = article_id
    at.switch_page(f"app/pages/{page}.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_quotes_page(corrected):
    at = open_page(corrected[0].article_id, "4_Quotes")
    markup = html_of(at)
    assert NOTE in markup
    heads = re.findall(r'<div class="nd-card-head"><b>([^<]+)</b>', markup)
    assert "Ana Ruiz" in heads and "Thomas Hale" in heads and "Tom Hale" not in heads
    # the merged speaker keeps what the analysis knew of him: his role
    assert "<b>Thomas Hale</b> · port official" in markup


def test_reader_page(corrected, analysed):
    markup = html_of(open_page(corrected[0].article_id, "1_Reader"))
    assert NOTE in markup
    # the fixed quote names Ana Ruiz, without the role found for the speaker it had before
    assert 'title="Direct quote: Ana Ruiz · cue:' in markup
    assert "Tom Hale</b>" not in markup and "<b>Thomas Hale</b>" in markup
    figures = re.findall(r'class="nd-mark nd-fig"[^>]*>([^<]+)<', markup)
    dates = re.findall(r'class="nd-mark nd-date"[^>]*>([^<]+)<', markup)
    assert figures == ["12"] and dates == ["June 3"]


def test_figures_page(corrected, analysed):
    at = open_page(corrected[0].article_id, "3_Figures")
    assert NOTE in html_of(at)
    shown = at.dataframe[0].value
    figures = analysed.facts[analysed.facts["kind"] == "figure"]
    assert len(shown) == len(figures) - 1
    assert not any("40" in f for f in shown["figure"])


def test_timeline_page(corrected, analysed):
    at = open_page(corrected[0].article_id, "2_Timeline")
    markup = html_of(at)
    assert NOTE in markup
    shown = at.dataframe[0].value
    assert len(shown) == len(analysed.timeline) - 1
    assert "Tuesday" not in set(shown["date_text"])
    assert [list(a) for a in shown["actors"]] == [["Thomas Hale"]]
    assert "Who: Thomas Hale" in markup and "Tom Hale" not in markup


def test_data_page_and_its_exports(corrected, analysed):
    at = open_page(corrected[0].article_id, "5_Data")
    assert NOTE in html_of(at)
    # one tab per table ("quotes (4)"), its table first (then the column descriptions)
    shown = {tab.label.split(" ")[0]: tab.dataframe[0].value for tab in at.main.tabs}
    quotes = shown["quotes"]
    start = corrected[1]["start"]
    assert quotes.loc[quotes["start"] == start, "speaker"].tolist() == ["Ana Ruiz"]
    assert "Tom Hale" not in set(quotes["speaker"]) | set(shown["facts"]["source"])
    assert "Tuesday" not in set(shown["timeline"]["date_text"])
    assert "Tuesday" not in set(shown["timexes"]["text"])
    assert len(shown["facts"]) == len(analysed.facts) - 1
    # The downloads are `to_bytes` of these same tables (built on click): they carry them.
    exported = pd.read_csv(io.BytesIO(to_bytes(quotes, "csv", "quotes")))
    assert exported.loc[exported["start"] == start, "speaker"].tolist() == ["Ana Ruiz"]


def test_a_date_given_in_place_keeps_the_corrections(corrected):
    """An article analysed again with a publication date given on the page (not stored) still
    shows its readers' corrections."""
    entry, unattributed = corrected
    given = analyze(ARTICLE, filename="ferry.txt", meta={**META, "published": "2024-05-10"})
    tables = fix.corrected(entry, given)
    assert tables.quotes.loc[
        tables.quotes["start"] == unattributed["start"], "speaker"
    ].tolist() == ["Ana Ruiz"]
    assert fix.notice(tables).startswith(NOTE)
    assert "a speaker fixed" in fix.notice(tables) and "2 rows marked wrong" in fix.notice(tables)


def test_an_article_nobody_corrected_has_no_note(tmp_path, monkeypatch, analysed):
    monkeypatch.setenv(library.LIBRARY_ENV, str(tmp_path))
    monkeypatch.delenv("NEWSDASH_DATABASE_URL", raising=False)
    entry = library.save_article(ARTICLE, "ferry.txt", META)
    assert fix.notice(library.analysis(entry, lambda: analysed)) == ""
    assert NOTE not in html_of(open_page(entry.article_id, "4_Quotes"))
