"""Across articles: every saved analysis read back as one table per kind, the page's filters,
its deep links, and how fast it opens with 500 saved articles."""

from __future__ import annotations

import html
from datetime import date

import pytest
from streamlit.testing.v1 import AppTest

from app import across, library
from bench.across_bench import OUTLETS, PAGE, fill, sources
from lib.across import fingerprint, read_corpus
from lib.store import Store, sqlite_url
from tests.app_alerts import html_of, shown

TIMEOUT = 90


@pytest.fixture(scope="module")
def base():
    return sources(4)  # four test articles, analysed once


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv(library.LIBRARY_ENV, str(tmp_path))
    monkeypatch.delenv("NEWSDASH_DATABASE_URL", raising=False)
    return tmp_path


@pytest.fixture
def store(folder, base):
    s = Store(sqlite_url(folder))
    fill(s, 12, base)
    yield s
    s.close()


def test_every_stored_analysis_is_read_into_one_table_per_kind(store, base):
    corpus = read_corpus(store)
    assert len(corpus.articles) == 12 and corpus.stale == 0 and corpus.skipped == []
    expected_quotes = sum(len(base[i % 4][2].quotes) for i in range(12))
    assert len(corpus.quotes) == expected_quotes
    assert len(corpus.timeline) == sum(len(base[i % 4][2].timeline) for i in range(12))
    assert set(corpus.quotes["outlet"]) <= set(OUTLETS)
    assert set(corpus.quotes["article_id"]) <= set(corpus.articles["article_id"])
    # only what a view asks for is decoded
    assert read_corpus(store, ("quotes",)).facts.empty


def test_a_damaged_table_is_skipped_and_named(store):
    import sqlalchemy as sa

    from lib.store.tables import analysis_tables

    victim = read_corpus(store).articles["article_id"].iloc[0]
    with store.engine.begin() as conn:
        conn.execute(
            sa.update(analysis_tables)
            .where(analysis_tables.c.article_id == victim, analysis_tables.c.name == "quotes")
            .values(rows="{not json")
        )
    corpus = read_corpus(store)
    assert len(corpus.articles) == 11 and victim not in set(corpus.quotes["article_id"])
    assert any(victim in line for line in corpus.skipped)


def test_filters_speaker_topic_outlet_and_dates(store):
    corpus = read_corpus(store)
    speaker = across.options(corpus).speakers[0]
    said = across.filter_rows(corpus, "quotes", across.Filters(speaker=speaker))
    assert len(said) and set(said["speaker"]) == {speaker}
    topic = across.options(corpus).topics[0]
    tagged = across.filter_rows(corpus, "facts", across.Filters(topic=topic))
    assert len(tagged) and all(topic in t for t in tagged["topics"])
    outlet = across.filter_rows(corpus, "quotes", across.Filters(outlet=OUTLETS[2]))
    assert set(outlet["outlet"]) == {OUTLETS[2]}
    window = across.Filters(since=date(2024, 1, 3), until=date(2024, 1, 5))
    dated = across.filter_rows(corpus, "quotes", window)
    assert set(dated["published"]) <= {"2024-01-03", "2024-01-04", "2024-01-05"} and len(dated)
    events = across.filter_rows(corpus, "timeline", window)
    assert all(
        date(2024, 1, 3) <= date.fromisoformat(d[:10]) <= date(2024, 1, 5) for d in events["date"]
    )


def test_who_is_quoted_most_counts_quotes_and_articles(store):
    corpus = read_corpus(store)
    top = across.top_speakers(corpus.quotes)
    counts = corpus.quotes["speaker"].value_counts()
    assert top["quotes"].tolist() == sorted(top["quotes"], reverse=True)
    first = top.iloc[0]
    assert first["quotes"] == counts.max()
    mine = corpus.quotes[corpus.quotes["speaker"] == first["speaker"]]
    assert first["articles"] == mine["article_id"].nunique()
    assert first["direct"] + first["indirect"] + first["partial"] == first["quotes"]


def test_labels_from_articles_reach_plotly_escaped():
    import pandas as pd

    top = pd.DataFrame(
        [
            {
                "speaker": "<b>Eve</b>",
                "quotes": 1,
                "articles": 1,
                "direct": 1,
                "indirect": 0,
                "partial": 0,
            }
        ]
    )
    fig = across.speakers_figure(top)
    assert html.escape("<b>Eve</b>") in set(fig.data[0].y)
    assert "<b>Eve</b>" not in str(fig.to_json())


def test_rows_link_to_their_article_in_the_reader():
    assert across.reader_link("abc123") == "/Reader?article=abc123"


def page(**params) -> AppTest:
    at = AppTest.from_file(str(PAGE), default_timeout=TIMEOUT)
    for key, value in params.items():
        at.query_params[key] = value
    return at.run()


def test_the_page_with_nothing_saved_says_how_to_fill_it(folder):
    at = page()
    assert not at.exception
    assert "analyze-many" in shown(at, "info")[0]


def test_a_shared_link_opens_the_same_filtered_view(store):
    corpus = read_corpus(store)
    speaker = across.options(corpus).speakers[0]
    at = page(quoted=speaker, outlet=OUTLETS[1])
    assert not at.exception
    assert at.selectbox(key="quoted").value == speaker
    assert at.selectbox(key="outlet").value == OUTLETS[1]
    table = at.dataframe[0].value
    expected = across.filter_rows(
        corpus, "quotes", across.Filters(speaker=speaker, outlet=OUTLETS[1])
    )
    assert len(table) == len(expected)
    assert set(table["reader"]) == {across.reader_link(a) for a in expected["article_id"]}
    assert html.escape(f"speaker {speaker}") in html_of(at)  # escaped markup, not Markdown


def test_a_link_to_the_timeline_view_with_a_date_range(store):
    corpus = read_corpus(store)
    days = sorted(corpus.timeline["date"].str[:10])
    since, until = (
        date.fromisoformat(days[len(days) // 3]),
        date.fromisoformat(days[2 * len(days) // 3]),
    )
    at = page(show="Timeline", since=since.isoformat(), until=until.isoformat())
    assert not at.exception
    assert at.date_input(key="since").value == since
    table = at.dataframe[0].value
    expected = across.filter_rows(corpus, "timeline", across.Filters(since=since, until=until))
    assert len(table) == len(expected) > 0
    assert all(since <= d.date() <= until for d in table["date"])
    assert list(table["date"]) == sorted(table["date"])  # in date order across articles


@pytest.mark.slow
def test_the_page_opens_with_500_articles(folder, base):
    """The page reads 500 stored analyses in one go (its time is measured by
    bench/across_bench.py: a timed assertion here would measure the test machine's load)."""
    s = Store(sqlite_url(folder))
    fill(s, 500, base)
    assert fingerprint(s)[0] == 500
    at = page()
    s.close()
    assert not at.exception and "500 saved articles" in html_of(at)


def test_corrections_show_across_articles(store):
    from lib.store.corrections import Correction

    corpus = read_corpus(store)
    quote = corpus.quotes[corpus.quotes["speaker"].notna()].iloc[0]
    event = corpus.timeline.iloc[0]
    article = quote["article_id"]
    store.add_correction(
        article,
        Correction("speaker", "quotes", int(quote["start"]), int(quote["end"]), value="Jo Fixed"),
    )
    store.add_correction(
        event["article_id"],
        Correction("wrong", "timeline", int(event["start"]), int(event["end"])),
    )
    fixed = read_corpus(store)
    row = fixed.quotes[
        (fixed.quotes["article_id"] == article) & (fixed.quotes["start"] == quote["start"])
    ].iloc[0]
    assert row["speaker"] == "Jo Fixed" and row["corrected"]
    assert fixed.quotes["corrected"].sum() == 1
    assert len(fixed.timeline) == len(corpus.timeline) - 1
    assert "Jo Fixed" in across.options(fixed).speakers
    table = page(quoted="Jo Fixed").dataframe[0].value
    assert len(table) == 1 and bool(table["corrected"].iloc[0])
