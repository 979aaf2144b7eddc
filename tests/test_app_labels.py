"""What a first-time reader cannot guess is labelled: what the Quotes chart's bars count, and
that the Overview's speaker names and topic chips are filters for every page."""

from __future__ import annotations

from app import charts, view
from tests import app_fixtures as fx
from tests.app_alerts import shown
from tests.app_runs import run


def test_the_quotes_chart_says_what_its_bars_count():
    t = fx.tables()
    fig = charts.quotes_figure(view.quote_counts_frame(t, t.quotes), view.speaker_colors(t))
    assert fig.layout.legend.title.text == "Quotes per speaker, by kind:"
    assert fig.layout.xaxis.title.text is None  # the legend says it, under the bars


def test_the_overview_says_its_speakers_and_topics_are_filters():
    at = run("Overview")
    captions = [c.value for c in at.caption]
    assert view.WHO_SPEAKS_HINT in captions and view.TOPICS_HINT in captions


def test_the_corrections_page_does_not_ask_to_save_an_example_article():
    from streamlit.testing.v1 import AppTest

    from app import corrections, library

    at = AppTest.from_file(str(library.ROOT / "dashboard.py"), default_timeout=90)
    at.switch_page("app/pages/7_Corrections.py").run()
    assert not at.exception
    assert shown(at, "info") == [corrections.BUNDLED_NOT_CORRECTABLE]
    assert corrections.why_not_correctable(None) == corrections.UNSAVED_NOT_CORRECTABLE
    assert "Save this article to the library" in corrections.UNSAVED_NOT_CORRECTABLE


def test_the_figures_page_says_what_each_status_in_its_legend_means():
    from app import library
    from app.cache import analyze_cached

    seed = analyze_cached(*library.list_articles()[0].read())
    statuses = set(seed.facts[seed.facts["kind"] == "figure"]["status"])
    assert {"reported", "attributed"} <= statuses
    at = run("Figures")
    (line,) = [c.value for c in at.caption if c.value.startswith("Who says so:")]
    assert line == view.status_line(statuses)
    for status in statuses:
        assert f"{status} = {view.STATUS_MEANINGS[status]}" in line
    m = view.STATUS_MEANINGS  # the legend's order, whatever the figures' order
    expected = f"Who says so: reported = {m['reported']} · claimed = {m['claimed']}."
    assert view.status_line(["claimed", "reported"]) == expected
    assert view.status_line([None, ""]) == ""
    fig = charts.figures_figure(view.figures_frame(seed, view.Filters()))
    assert fig.layout.legend.title.text == "Who says so:"


def test_a_search_with_many_matches_links_the_first_twenty_and_escapes_the_query():
    from app import render

    many = render.find_note_html("<b>the</b>", 31)
    assert many.count('href="#nd-find-') == render.FIND_LINKS and "20</a> …" in many
    assert "<b>" not in many and "&lt;b&gt;the&lt;/b&gt;" in many
    none = render.find_note_html("zebra", 0)
    assert "Go to" not in none and "0 matches in the text." in none
