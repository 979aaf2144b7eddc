"""Figures benchmark: precision, recall and F1 of value and value+measure on tests/gold/figures.

    uv run python bench/figures_bench.py            # our extractor
    uv run python bench/figures_bench.py -v         # plus every miss and false alarm
    # baseline (not a project dependency; installed aside, quantulum3 0.10 runs on scikit-learn 1.8):
    uv pip install --target /tmp/q3lib --no-deps quantulum3 inflect num2words docopt stemming \
        more-itertools typeguard
    PYTHONPATH=/tmp/q3lib uv run python bench/figures_bench.py --system quantulum3

A predicted figure matches a gold one when the values agree (to 0.1%); for value+measure the
measure must also be one of the gold's accepted wordings (or contain one, or be contained in
one). Each gold figure matches at most one prediction, the nearest in the text. Both systems
read the same paragraphs (headline, body, subheadings). Unit, qualifier and source accuracy are
reported over value matches.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
GOLD_DIR = ROOT / "tests" / "gold" / "figures"


def our_figures(path: Path) -> list[dict]:
    from lib.pipeline import analyze

    tables = analyze(path)
    figs = tables.facts[tables.facts["kind"] == "figure"]
    outlet = tables.info().get("source") or "outlet"
    rows = []
    for r in figs.itertuples(index=False):
        source = "outlet" if r.source in (outlet, "outlet") and r.status == "reported" else r.source
        rows.append(
            {
                "start": int(r.start),
                "value": float(r.value),
                "measure": r.measure or "",
                "unit": r.unit or "",
                "qualifier": r.qualifier or "",
                "source": source,
            }
        )
    return rows


def quantulum_figures(path: Path) -> list[dict]:
    from quantulum3 import parser

    from lib.ingest.formats import load_file

    article = load_file(path)
    rows = []
    for para in article.paragraphs:
        if para.kind not in ("headline", "body", "subheading"):
            continue
        for q in parser.parse(article.text[para.start : para.end]):
            rows.append({"start": para.start + q.span[0], "value": float(q.value), "measure": ""})
    return rows


def measure_ok(pred: str, accepted: list[str]) -> bool:
    pred = (pred or "").strip().lower()
    if not pred:
        return False
    for alt in accepted:
        alt = alt.lower()
        if pred == alt or f" {alt} " in f" {pred} " or f" {pred} " in f" {alt} ":
            return True
    return False


def same_value(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-3 * max(1.0, abs(b))


def gold_positions(text: str, figures: list[dict]) -> list[int]:
    """Offsets of each gold figure's text, searched forward in order."""
    pos, out = 0, []
    for g in figures:
        i = text.find(g["text"], pos)
        if i < 0:
            i = text.find(g["text"])
        out.append(i)
        pos = i + 1 if i >= 0 else pos
    return out


def match(gold: list[dict], gpos: list[int], preds: list[dict], with_measure: bool):
    used: set[int] = set()
    pairs = []
    for g, gp in zip(gold, gpos, strict=True):
        best, best_d = None, None
        for j, p in enumerate(preds):
            if j in used or not same_value(p["value"], g["value"]):
                continue
            if with_measure and not measure_ok(p["measure"], g["measure"]):
                continue
            d = abs(p["start"] - gp)
            if best_d is None or d < best_d:
                best, best_d = j, d
        if best is not None:
            used.add(best)
            pairs.append((g, preds[best]))
    return pairs, used


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--system", choices=("ours", "quantulum3"), default="ours")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    extract = our_figures if args.system == "ours" else quantulum_figures
    totals = {"gold": 0, "pred": 0, "value": 0, "measure": 0, "unit": 0, "qual": 0, "source": 0}
    elapsed = 0.0
    print(f"system: {args.system}")
    print(f"{'article':34} {'gold':>4} {'pred':>4} {'val F1':>7} {'val+meas F1':>12}")
    for gold_file in sorted(GOLD_DIR.glob("*.json")):
        spec = json.loads(gold_file.read_text(encoding="utf-8"))
        path = ROOT / spec["article"]
        gold = spec["figures"]
        t0 = time.perf_counter()
        preds = extract(path)
        elapsed += time.perf_counter() - t0
        from lib.ingest.formats import load_file

        text = load_file(path).text
        gpos = gold_positions(text, gold)
        vpairs, vused = match(gold, gpos, preds, with_measure=False)
        mpairs, _ = match(gold, gpos, preds, with_measure=True)
        totals["gold"] += len(gold)
        totals["pred"] += len(preds)
        totals["value"] += len(vpairs)
        totals["measure"] += len(mpairs)
        for g, p in vpairs:
            totals["unit"] += (p.get("unit") or "").lower() == g["unit"].lower()
            totals["qual"] += (p.get("qualifier") or "") == g["qualifier"]
            totals["source"] += p.get("source") == g["source"]
        vf = prf(len(vpairs), len(preds), len(gold))[2]
        mf = prf(len(mpairs), len(preds), len(gold))[2]
        print(f"{gold_file.stem:34} {len(gold):4} {len(preds):4} {vf * 100:7.1f} {mf * 100:12.1f}")
        if args.verbose:
            matched = {id(g) for g, _ in vpairs}
            for g in gold:
                if id(g) not in matched:
                    print(f"    MISS  {g['text']!r} {g['measure']}")
            for j, p in enumerate(preds):
                if j not in vused:
                    snippet = text[p["start"] : p["start"] + 30].replace("\n", " ")
                    print(f"    EXTRA {p['value']:g} {snippet!r}")
            for g, p in vpairs:
                if not measure_ok(p["measure"], g["measure"]):
                    print(f"    MEASURE {g['text']!r}: {p['measure']!r} not in {g['measure']}")
    n_gold, n_pred = totals["gold"], totals["pred"]
    vp, vr, vf = prf(totals["value"], n_pred, n_gold)
    mp, mr, mf = prf(totals["measure"], n_pred, n_gold)
    print(f"\nvalue:          P {vp * 100:5.1f}  R {vr * 100:5.1f}  F1 {vf * 100:5.1f}")
    print(f"value+measure:  P {mp * 100:5.1f}  R {mr * 100:5.1f}  F1 {mf * 100:5.1f}")
    if args.system == "ours" and totals["value"]:
        n = totals["value"]
        print(
            f"over value matches: unit {totals['unit'] / n * 100:.1f}%  "
            f"qualifier {totals['qual'] / n * 100:.1f}%  source {totals['source'] / n * 100:.1f}%"
        )
    print(f"time: {elapsed:.2f}s for {len(list(GOLD_DIR.glob('*.json')))} articles")
    if args.system == "ours":
        print_stage_times(ROOT / "data" / "articles" / "crocus-city-hall-kremlin.txt")


def print_stage_times(path: Path, repeat: int = 20) -> None:
    """Facts and topics against the spaCy parse on one article (best of `repeat`)."""
    from lib.context import Context, build_sentences
    from lib.entities import extract_entities
    from lib.facts.extract import extract_facts
    from lib.facts.topics import assign_topics
    from lib.ingest.formats import load_file
    from lib.nlp import load_nlp, parse
    from lib.pipeline import _sentence_rows
    from lib.quotes.finder import extract_quotes

    article = load_file(path)
    nlp = load_nlp()
    t0 = time.perf_counter()
    doc = parse(article, nlp)
    parse_ms = (time.perf_counter() - t0) * 1000
    ctx = Context(article, doc, build_sentences(article, doc))
    ctx.entities = extract_entities(article, doc)
    ctx.quotes = extract_quotes(ctx)
    facts_ms = topics_ms = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        facts = extract_facts(ctx)
        t1 = time.perf_counter()
        rows = {"sentences": _sentence_rows(ctx), "quotes": ctx.quotes, "facts": facts}
        assign_topics(ctx, rows)
        t2 = time.perf_counter()
        facts_ms = min(facts_ms, (t1 - t0) * 1000)
        topics_ms = min(topics_ms, (t2 - t1) * 1000)
    print(
        f"{path.stem}: parse {parse_ms:.0f} ms, facts {facts_ms:.1f} ms, topics {topics_ms:.1f} ms"
    )


if __name__ == "__main__":
    main()
