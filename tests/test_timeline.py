"""The timeline table on the seed (issue acceptance) and on every test article."""

from __future__ import annotations

import json

import pytest

from lib import schema
from lib.pipeline import analyze
from tests.paths import ROOT

ARTICLES = sorted((ROOT / "tests" / "articles").glob("*.txt"))


@pytest.fixture(scope="module")
def seed(seed):
    """Here the seed is its text and timeline rows (built on conftest's `seed`)."""
    return seed.text, seed.timeline.to_dict("records")


def _at(rows, text, phrase, occurrence=0):
    """The row whose expression sits inside the `occurrence`-th `phrase` of the text."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(phrase, start + 1)
    hits = [r for r in rows if start <= r["start"] and r["end"] <= start + len(phrase)]
    assert len(hits) == 1, (phrase, hits)
    return hits[0]


def test_seed_acceptance(seed):
    text, rows = seed
    assert _at(rows, text, "Friday’s deadly attack")["date"] == "2024-03-22"
    assert _at(rows, text, "address to the nation on Saturday")["date"] == "2024-03-23"
    assert _at(rows, text, "24 March, 2024", 0)["date"] == "2024-03-24"
    assert _at(rows, text, "24 March, 2024", 1)["date"] == "2024-03-24"
    assert _at(rows, text, "Sunday night")["date"] == "2024-03-24"
    assert _at(rows, text, "said on Monday", 0)["date"] == "2024-03-25"
    assert _at(rows, text, "said on Monday", 1)["date"] == "2024-03-25"
    before = _at(rows, text, "two weeks before")
    assert (before["date"], before["precision"]) == ("2024-03-08", "approx")
    assert "attack" in before["anchor"]
    since = _at(rows, text, "since 2008")
    assert (since["date"][:4], since["precision"]) == ("2008", "year")
    inscription = _at(rows, text, "22.03.2024")
    assert inscription["date"] == "2024-03-22"


def test_seed_invents_no_other_dates(seed):
    text, rows = seed
    assert "2024-03-18" not in {r["date"] for r in rows}
    expected = {
        "24 March, 2024",
        "Monday",
        "Friday",
        "Saturday",
        "22.03.2024",
        "2008",
        "two weeks before",
        "Sunday night",
    }
    assert {r["date_text"] for r in rows} == expected
    assert len(rows) == 10
    assert not any("decades" in r["date_text"] for r in rows)


def test_seed_events_and_actors(seed):
    text, rows = seed
    saturday = _at(rows, text, "address to the nation on Saturday")
    assert "Putin" in saturday["event"] and "Vladimir Putin" in saturday["actors"]
    monday = _at(rows, text, "said on Monday", 1)
    assert "Peskov" in monday["event"] and "Dmitry Peskov" in monday["actors"]
    friday = _at(rows, text, "Friday’s deadly attack")
    assert "Friday before publication (Mon 25 Mar 2024)" in friday["resolution"]
    for row in rows:
        assert row["event"] and len(row["event"]) <= 160
        assert row["anchor"]


@pytest.mark.parametrize("path", ARTICLES, ids=[p.stem for p in ARTICLES])
def test_articles_give_valid_timelines(path):
    tables = analyze(path)
    df = tables.timeline
    assert schema.validate("timeline", df, tables.text) == []
    rows = df.to_dict("records")
    assert [r["event_id"] for r in rows] == list(range(len(rows)))
    assert [r["start"] for r in rows] == sorted(r["start"] for r in rows)
    sidecar = path.with_suffix(".json")
    published = json.loads(sidecar.read_text())["published"] if sidecar.exists() else None
    for r in rows:
        assert r["date"] <= r["date_end"]
        assert r["precision"] in ("day", "week", "month", "year", "approx")
        if r["anchor"] == "publication" and published:
            # a date resolved against publication stays within a few years of it
            assert abs(int(r["date"][:4]) - int(published[:4])) <= 5
