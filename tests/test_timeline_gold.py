"""Timelines of test articles against hand-dated gold (tests/gold/timeline/*.json)."""

from __future__ import annotations

import json

import pytest

from lib.pipeline import analyze
from tests.paths import ROOT

GOLD = sorted((ROOT / "tests" / "gold" / "timeline").glob("*.json"))


@pytest.mark.parametrize("gold_path", GOLD, ids=[p.stem for p in GOLD])
def test_timeline_matches_gold(gold_path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    article = ROOT / "tests" / "articles" / f"{gold_path.stem}.txt"
    tables = analyze(article, published=gold["published"])
    rows = tables.timeline.to_dict("records")
    remaining = list(rows)
    for item in gold["dates"]:
        hit = next((r for r in remaining if item["text"] in r["date_text"]), None)
        assert hit is not None, f"{item['text']!r} missing from {[r['date_text'] for r in rows]}"
        assert hit["date"] == item["date"], (item, hit["resolution"])
        remaining = remaining[remaining.index(hit) + 1 :]
    assert len(rows) == len(gold["dates"]), "no other dates invented"
    for word in gold["not_dates"]:
        assert not any(word in r["date_text"] for r in rows), word
