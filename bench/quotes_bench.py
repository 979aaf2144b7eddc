"""Quote extraction against hand-made gold: precision, recall and F1 per kind.

Run: uv run python bench/quotes_bench.py [--verbose]

Gold files (tests/gold/quotes/*.json) list each quote's kind, a distinctive substring of its words
and the canonical speaker. A found quote matches a gold one of the same kind when their spans
overlap (a), and also names the same speaker (b). One-to-one matching. Prints the totals for the
development articles (the rules were tuned on them) plus the seed, for the held-out articles
(annotated before the extractor ever ran on them; "split": "heldout"), for the seed alone, the
"not quotes" taken as quotes, and timings.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lib.context import Context, build_sentences  # noqa: E402
from lib.entities import extract_entities  # noqa: E402
from lib.ingest.formats import load_file  # noqa: E402
from lib.nlp import load_nlp, parse  # noqa: E402
from lib.quotes.finder import extract_quotes  # noqa: E402

GOLD = ROOT / "tests" / "gold" / "quotes"
KINDS = ("direct", "indirect", "partial")
SEED = "crocus-city-hall-kremlin"


def norm(name) -> str:
    if not isinstance(name, str):
        return ""
    name = name.replace("’", "'").strip().lower()
    return name[4:] if name.startswith("the ") else name


def accepted(speaker) -> set[str]:
    """Gold may list several names for a collective speaker ("Mr Hughes's family", ...)."""
    return {norm(s) for s in ([speaker] if isinstance(speaker, str) else speaker)}


def load_case(path: Path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    article = load_file(ROOT / gold["article"])
    sidecar = (ROOT / gold["article"]).with_suffix(".json")
    if article.published is None and sidecar.exists():
        from datetime import date

        article.published = date.fromisoformat(json.loads(sidecar.read_text())["published"])
    spans = []
    for g in gold["quotes"]:
        start = article.text.find(g["text"])
        spans.append({**g, "start": start, "end": start + len(g["text"])})
    return article, spans, gold.get("not_quotes", []), gold.get("split", "dev")


def run_case(article):
    nlp = load_nlp()
    t0 = time.perf_counter()
    doc = parse(article, nlp)
    t1 = time.perf_counter()
    ctx = Context(article, doc, build_sentences(article, doc))
    ctx.entities = extract_entities(article, doc)
    t2 = time.perf_counter()
    rows = extract_quotes(ctx)
    t3 = time.perf_counter()
    return rows, t1 - t0, t3 - t2


def match(gold, rows, with_speaker: bool):
    """Counts per kind: (true positives, found, gold)."""
    counts = {k: [0, 0, 0] for k in KINDS}
    used = set()
    for g in gold:
        counts[g["kind"]][2] += 1
    for r in rows:
        counts[r["kind"]][1] += 1
    misses = []
    for g in gold:
        hit = None
        for i, r in enumerate(rows):
            if i in used or r["kind"] != g["kind"]:
                continue
            if r["start"] < g["end"] and g["start"] < r["end"]:
                if with_speaker and norm(r["speaker"]) not in accepted(g["speaker"]):
                    continue
                hit = i
                break
        if hit is None:
            misses.append(g)
        else:
            used.add(hit)
            counts[g["kind"]][0] += 1
    extras = [r for i, r in enumerate(rows) if i not in used]
    return counts, misses, extras


def prf(tp, found, gold):
    p = tp / found if found else 0.0
    r = tp / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def report(title, totals):
    print(f"\n{title}")
    print(f"{'':10} {'kind':9} {'P':>6} {'R':>6} {'F1':>6}   tp/found/gold")
    for mode in ("span", "speaker"):
        agg = [0, 0, 0]
        for kind in KINDS:
            tp, found, gold = totals[mode][kind]
            agg = [a + b for a, b in zip(agg, (tp, found, gold), strict=True)]
            p, r, f = prf(tp, found, gold)
            print(f"{mode:10} {kind:9} {p:6.2f} {r:6.2f} {f:6.2f}   {tp}/{found}/{gold}")
        p, r, f = prf(*agg)
        print(f"{mode:10} {'all':9} {p:6.2f} {r:6.2f} {f:6.2f}   {agg[0]}/{agg[1]}/{agg[2]}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--verbose", "-v", action="store_true", help="list misses and extras")
    args = ap.parse_args()
    load_nlp()
    empty = lambda: {m: {k: [0, 0, 0] for k in KINDS} for m in ("span", "speaker")}  # noqa: E731
    totals = {"dev": empty(), "heldout": empty()}
    seed = empty()
    parse_s = quote_s = 0.0
    bad_not_quotes = []
    for path in sorted(GOLD.glob("*.json")):
        article, gold, not_quotes, split = load_case(path)
        rows, t_parse, t_quotes = run_case(article)
        parse_s += t_parse
        quote_s += t_quotes
        for nq in not_quotes:
            s = article.text.find(nq)
            for r in rows:
                if r["kind"] != "indirect" and r["start"] < s + len(nq) and s < r["end"]:
                    bad_not_quotes.append((path.stem, nq))
        for mode, with_speaker in (("span", False), ("speaker", True)):
            counts, misses, extras = match(gold, rows, with_speaker)
            for kind in KINDS:
                for i in range(3):
                    totals[split][mode][kind][i] += counts[kind][i]
                    if path.stem == SEED:
                        seed[mode][kind][i] += counts[kind][i]
            if args.verbose and mode == "speaker":
                for g in misses:
                    print(f"[{path.stem}] MISS {g['kind']:8} {g['speaker']!r}: {g['text'][:60]}")
                for r in extras:
                    print(f"[{path.stem}] EXTRA {r['kind']:8} {r['speaker']!r}: {r['text'][:60]}")
    n = len(list(GOLD.glob("*.json")))
    for split, title in (("dev", "Development articles + seed"), ("heldout", "Held-out articles")):
        docs = totals[split]["span"]
        if any(docs[k][2] for k in KINDS):
            report(title, totals[split])
    report("Seed article (crocus-city-hall-kremlin)", seed)
    print(f"\nnot-quotes taken as quotes: {len(bad_not_quotes)} {bad_not_quotes}")
    print(
        f"time: spaCy parse {parse_s * 1000:.0f} ms, quote extraction {quote_s * 1000:.1f} ms "
        f"({100 * quote_s / max(parse_s, 1e-9):.1f}% of parse) over {n} articles"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
