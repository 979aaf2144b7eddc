"""What a first-time reader cannot guess is labelled: what the Quotes chart's bars count, and
that the Overview's speaker names and topic chips are filters for every page."""

from __future__ import annotations

from app import charts, view
from tests import app_fixtures as fx
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
    assert [i.value for i in at.info] == [corrections.BUNDLED_NOT_CORRECTABLE]
    assert corrections.why_not_correctable(None) == corrections.UNSAVED_NOT_CORRECTABLE
    assert "Save this article to the library" in corrections.UNSAVED_NOT_CORRECTABLE
