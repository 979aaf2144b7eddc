"""Regression guard on the hand-made gold (tests/gold/quotes): quotes found and attributed.

The thresholds sit below today's figures (see bench/quotes_bench.py for the full report) so a
change that loses quotes or speakers fails here, while one better article does not need an edit.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lib.context import Context
from lib.entities import extract_entities
from lib.ingest.formats import load_file
from lib.nlp import load_nlp, parse
from lib.quotes.finder import extract_quotes
from tests.paths import ROOT

GOLD = sorted((ROOT / "tests" / "gold" / "quotes").glob("*.json"))


def norm(name) -> str:
    name = (name or "").replace("’", "'").strip().lower() if isinstance(name, str) else ""
    return name[4:] if name.startswith("the ") else name


def score(path: Path) -> tuple[int, int, int, int]:
    """(found, gold, matched spans, matched spans with the right speaker) for one article."""
    gold = json.loads(path.read_text(encoding="utf-8"))
    article = load_file(ROOT / gold["article"])
    doc = parse(article, load_nlp())
    ctx = Context.from_parse(article, doc)
    ctx.entities = extract_entities(article, doc)
    rows = extract_quotes(ctx)
    assert all(article.text[r["start"] : r["end"]] == r["text"] for r in rows)
    span_hits = speaker_hits = 0
    used: set[int] = set()
    for g in gold["quotes"]:
        start = article.text.index(g["text"])
        end = start + len(g["text"])
        hits = [
            i
            for i, r in enumerate(rows)
            if i not in used and r["kind"] == g["kind"] and r["start"] < end and start < r["end"]
        ]
        if hits:
            names = [g["speaker"]] if isinstance(g["speaker"], str) else g["speaker"]
            right = [i for i in hits if norm(rows[i]["speaker"]) in {norm(n) for n in names}]
            used.add((right or hits)[0])
            span_hits += 1
            speaker_hits += bool(right)
    for text in gold.get("not_quotes", []):
        s = article.text.index(text)
        assert not [
            r
            for r in rows
            if r["kind"] != "indirect" and r["start"] < s + len(text) and s < r["end"]
        ]
    return len(rows), len(gold["quotes"]), span_hits, speaker_hits


@pytest.fixture(scope="module")
def scores():
    return {p.stem: score(p) for p in GOLD}


def test_gold_corpus_is_large_and_varied():
    assert len(GOLD) >= 11
    kinds = {q["kind"] for p in GOLD for q in json.loads(p.read_text())["quotes"]}
    assert kinds == {"direct", "indirect", "partial"}


def test_quotes_found_and_attributed(scores):
    found, gold, spans, speakers = (sum(s[i] for s in scores.values()) for i in range(4))
    precision, recall = spans / found, spans / gold
    assert precision >= 0.9 and recall >= 0.9
    assert speakers / gold >= 0.85


def test_seed_is_perfect(scores):
    found, gold, spans, speakers = scores["crocus-city-hall-kremlin"]
    assert found == gold == spans == speakers == 15
