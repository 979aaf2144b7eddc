"""Warm timing of analyze() against the bare spaCy parse of the same text.

Usage: uv run python bench/analyze_bench.py [FILE ...] [--repeat N]
Prints, per article, the median of N warm runs of analyze(), of the bare parse (the model's
pipeline on the same tokens), their difference (our rules) and the ratio rules/parse.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lib.ingest.formats import load_file  # noqa: E402
from lib.nlp import load_nlp, parse  # noqa: E402
from lib.pipeline import analyze  # noqa: E402

DEFAULT_FILES = [ROOT / "data" / "articles" / "crocus-city-hall-kremlin.txt"]


def median_ms(fn, repeat: int) -> float:
    fn()  # warm-up
    runs = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        runs.append((time.perf_counter() - t0) * 1000)
    return statistics.median(runs)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--repeat", type=int, default=15)
    args = ap.parse_args()
    files = args.files or DEFAULT_FILES + sorted((ROOT / "tests" / "articles").glob("*.txt"))
    nlp = load_nlp()
    print(
        f"{'article':44} {'words':>6} {'analyze ms':>11} {'parse ms':>9} {'rules ms':>9} {'rules/parse':>11}"
    )
    totals = [0.0, 0.0]
    for path in files:
        article = load_file(path)
        full = median_ms(lambda a=article: analyze(a), args.repeat)
        bare = median_ms(lambda a=article: parse(a, nlp), args.repeat)
        totals[0] += full
        totals[1] += bare
        words = len(article.text.split())
        print(
            f"{path.name[:44]:44} {words:6d} {full:11.1f} {bare:9.1f} {full - bare:9.1f} {(full - bare) / bare:11.2f}"
        )
    full, bare = totals
    print(
        f"{'ALL':44} {'':6} {full:11.1f} {bare:9.1f} {full - bare:9.1f} {(full - bare) / bare:11.2f}"
    )


if __name__ == "__main__":
    main()
