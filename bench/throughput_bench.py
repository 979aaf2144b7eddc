"""Batch throughput of analyze() against the bare spaCy parse, in articles per second.

    uv run python bench/throughput_bench.py [--runs 200] [--rounds 3]

Corpus: bench/corpus.py (MEANTIME articles rebuilt from tokens, plus tests/articles), cycled to at
least --runs articles. Prints, for 1 and 2 processes, the median over --rounds of:
  parse, nlp.pipe     spaCy's own batched pipeline on the raw texts (the parse-only ceiling)
  parse, ours         lib.nlp.parse(): the same model on our paragraph-aware tokens, one by one
  analyze()           the whole pipeline: ingest, parse, every extractor, tables
Processes are forked workers that each load the model once (imap over the articles). On a shared
machine wall-clock rates swing with other load, so CPU-second rates (this process and its
workers) are printed beside them.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402

from lib.errors import InputError  # noqa: E402
from lib.ingest.formats import load_article  # noqa: E402
from lib.nlp import load_nlp, parse  # noqa: E402
from lib.pipeline import analyze  # noqa: E402

_WORK: list = []


def _analyze_one(i: int) -> int:
    a = _WORK[i]
    try:
        tables = analyze(a.text, a.published)
    except InputError:
        return -1
    return len(tables.quotes) + len(tables.facts) + len(tables.timeline)


def _parse_one(i: int) -> int:
    return len(parse(load_article(_WORK[i].text), load_nlp()))


def cpu_seconds() -> float:
    """User + system time of this process and its reaped children (pool workers)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def timed_pool(fn, n: int, processes: int) -> tuple[float, float]:
    """(articles per wall second, articles per CPU second) for fn over range(n)."""
    started, cpu = time.perf_counter(), cpu_seconds()
    if processes == 1:
        for i in range(n):
            fn(i)
    else:
        with mp.get_context("fork").Pool(processes) as pool:
            for _ in pool.imap_unordered(fn, range(n), chunksize=4):
                pass
    return n / (time.perf_counter() - started), n / (cpu_seconds() - cpu)


def timed_pipe(texts: list[str], processes: int) -> tuple[float, float]:
    nlp = load_nlp()
    started, cpu = time.perf_counter(), cpu_seconds()
    for _ in nlp.pipe(texts, batch_size=16, n_process=processes):
        pass
    return len(texts) / (time.perf_counter() - started), len(texts) / (cpu_seconds() - cpu)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=200)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()

    articles = corpus.load_corpus()
    work = corpus.cycled(articles, args.runs)
    _WORK[:] = work
    print(f"corpus: {corpus.describe(articles)}")
    print(f"runs: {len(work)} articles per measurement (the corpus cycled to reach {args.runs})")
    print(
        f"machine: {os.cpu_count()} CPUs, shared with other work; medians of {args.rounds} rounds"
    )
    print(f"data: {corpus.ATTRIBUTION}")

    load_nlp()
    analyze(work[0].text, work[0].published)  # warm: model, rule tables, lazy imports
    texts = [a.text for a in work]
    measures = {}
    for processes in (1, 2):
        measures[(processes, "parse, nlp.pipe")] = lambda p=processes: timed_pipe(texts, p)
        measures[(processes, "parse, ours")] = lambda p=processes: timed_pool(
            _parse_one, len(work), p
        )
        measures[(processes, "analyze()")] = lambda p=processes: timed_pool(
            _analyze_one, len(work), p
        )
    rates: dict[tuple[int, str], list[tuple[float, float]]] = {key: [] for key in measures}
    for _ in range(args.rounds):  # interleaved, so a burst of other load hits every measure
        for key, fn in measures.items():
            rates[key].append(fn())
    rows = []
    for (p, n), r in rates.items():
        wall = [w for w, _ in r]
        rows.append(
            (
                p,
                n,
                statistics.median(wall),
                min(wall),
                max(wall),
                statistics.median(c for _, c in r),
            )
        )
    print()
    print(
        f"{'processes':>9}  {'measure':18} {'articles/s':>10} {'min':>7} {'max':>7}"
        f"  {'articles/CPU-s':>14}"
    )
    for processes, name, med, lo, hi, cpu in rows:
        print(f"{processes:9d}  {name:18} {med:10.1f} {lo:7.1f} {hi:7.1f}  {cpu:14.1f}")
    by = {(p, n): med for p, n, med, _, _, _ in rows}
    cpu_by = {(p, n): cpu for p, n, _, _, _, cpu in rows}
    print()
    rules_cpu = 1000 / cpu_by[(1, "analyze()")] - 1000 / cpu_by[(1, "parse, ours")]
    print(
        f"CPU per article (robust to other load): analyze() "
        f"{1000 / cpu_by[(1, 'analyze()')]:.1f} ms = parse {1000 / cpu_by[(1, 'parse, ours')]:.1f} ms"
        f" + our rules {rules_cpu:.1f} ms ({rules_cpu / (1000 / cpu_by[(1, 'parse, ours')]):.0%} of"
        f" the parse); nlp.pipe parses at {1000 / cpu_by[(1, 'parse, nlp.pipe')]:.1f} ms"
    )
    for p in (1, 2):
        print(
            f"wall clock, {p} process(es): analyze() {by[(p, 'analyze()')]:.1f} articles/s, "
            f"{by[(p, 'analyze()')] / by[(p, 'parse, nlp.pipe')]:.0%} of the nlp.pipe rate"
        )
    print(
        f"2 processes vs 1 (wall clock): analyze() x{by[(2, 'analyze()')] / by[(1, 'analyze()')]:.2f},"
        f" nlp.pipe x{by[(2, 'parse, nlp.pipe')] / by[(1, 'parse, nlp.pipe')]:.2f}"
        " (x2 is the ceiling on 2 idle cores)"
    )


if __name__ == "__main__":
    main()
