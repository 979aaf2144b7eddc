"""Warm timing of analyze() against the bare spaCy parse of the same text.

Usage: uv run python bench/analyze_bench.py [FILE ...] [--repeat N]
Prints, per article, the median of N warm runs of the whole call analyze(path) (reading and
ingesting the file to the finished tables), of the bare parse (the model's pipeline over the
article's tokens as one Doc), their difference (our rules) and the ratio analyze/parse. Times
are CPU seconds of this process (time.process_time), which a shared, loaded machine inflates far
less than wall time. The two calls alternate run by run, so a change of load on the machine
weighs on both alike instead of on whichever was timed second (timed one after the other, the
seed's ratio moved between 1.19 and 1.26 from run to run).
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
from lib.nlp import load_nlp, make_doc, parse_doc  # noqa: E402
from lib.pipeline import analyze  # noqa: E402

DEFAULT_FILES = [ROOT / "data" / "articles" / "crocus-city-hall-kremlin.txt"]


def medians_ms(fns, repeat: int) -> list[float]:
    """The median CPU milliseconds of each function, the functions called in turn each round."""
    for fn in fns:
        fn()  # warm-up
    runs: list[list[float]] = [[] for _ in fns]
    for _ in range(repeat):
        for fn, times in zip(fns, runs, strict=True):
            t0 = time.process_time()
            fn()
            times.append((time.process_time() - t0) * 1000)
    return [statistics.median(times) for times in runs]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--repeat", type=int, default=15)
    args = ap.parse_args()
    files = args.files or DEFAULT_FILES + sorted((ROOT / "tests" / "articles").glob("*.txt"))
    nlp = load_nlp()
    print(
        f"{'article':44} {'words':>6} {'analyze ms':>11} {'parse ms':>9} {'rules ms':>9}"
        f" {'analyze/parse':>13}"
    )
    totals = [0.0, 0.0]
    for path in files:
        article = load_file(path)
        full, bare = medians_ms(
            [lambda p=path: analyze(p), lambda a=article: parse_doc(nlp, make_doc(nlp, a))],
            args.repeat,
        )
        totals[0] += full
        totals[1] += bare
        words = len(article.text.split())
        print(
            f"{path.name[:44]:44} {words:6d} {full:11.1f} {bare:9.1f} {full - bare:9.1f} {full / bare:13.2f}"
        )
    full, bare = totals
    print(f"{'ALL':44} {'':6} {full:11.1f} {bare:9.1f} {full - bare:9.1f} {full / bare:13.2f}")


if __name__ == "__main__":
    main()
