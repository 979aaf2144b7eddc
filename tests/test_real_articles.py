"""Real news text: the 120 MEANTIME Wikinews articles go through analyze() with valid tables.

The corpus is not in the repository (CC BY 4.0; it lies in `shared/` beside the checkout, as in
CI); the test is skipped where it is absent. It checks the contract on real prose: every table
validates, every span slices the text exactly, quotes have speakers more often than not, and no
relative day lands far from the publication date.
"""

from datetime import date

import pytest

from bench.corpus import MEANTIME_DIR, read_meantime
from lib import schema
from lib.pipeline import analyze

FILES = sorted(MEANTIME_DIR.glob("*/*.xml")) if MEANTIME_DIR.is_dir() else []
pytestmark = pytest.mark.skipif(not FILES, reason=f"MEANTIME corpus not found at {MEANTIME_DIR}")


@pytest.fixture(scope="module")
def analysed():
    out = []
    for path in FILES:
        article = read_meantime(path)
        out.append((article, analyze(article.text, published=article.published)))
    return out


def test_every_real_article_gives_valid_tables(analysed):
    assert len(analysed) == 120
    for article, tables in analysed:
        for name, df in tables.tables().items():
            assert schema.validate(name, df, tables.text) == [], (article.name, name)


def test_real_articles_yield_quotes_figures_and_dates(analysed):
    quotes = sum(len(t.quotes) for _, t in analysed)
    named = sum(int(t.quotes["speaker"].notna().sum()) for _, t in analysed)
    figures = sum(int((t.facts["kind"] == "figure").sum()) for _, t in analysed)
    dated = sum(int(t.timeline["date"].notna().sum()) for _, t in analysed)
    assert quotes > 400 and named / quotes > 0.9
    assert figures > 800 and dated > 400


def test_dates_stay_near_publication_unless_written_out(analysed):
    for article, tables in analysed:
        if not article.published:  # three articles have no usable creation time
            continue
        published = date.fromisoformat(article.published)
        for row in tables.timeline.itertuples():
            when = date.fromisoformat(row.date)
            # Weekdays, "yesterday", "last week", "next month": a few weeks from publication.
            relative_day = row.precision in ("day", "week") and not any(
                ch.isdigit() for ch in row.date_text
            )
            if row.anchor == "publication" and relative_day:
                assert abs((when - published).days) <= 120, (article.name, row.date_text)
