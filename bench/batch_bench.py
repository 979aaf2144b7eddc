"""analyze-many over the 120 MEANTIME articles, against parse-only nlp.pipe on the same texts.

    uv run python bench/batch_bench.py [--rounds 3] [--batch-size 8] [--only jobs,dask]

The articles are rebuilt from MEANTIME's tokens (bench/corpus.py, as tests/test_real_articles.py
does) and written to a temporary folder as .txt files with a sidecar giving the publication date.
Each round, interleaved so a burst of other load hits every measure:
  parse-only   nlp.pipe over the raw texts, n_process=2 (the ceiling: no ingest, no rules, no store;
               the ratios are against it), and n_process=1 for reference
  --jobs 2     `lib.batch.run` on 2 local processes into a fresh SQLite store
  dask 2       the same on a 2-worker local Dask cluster (processes, 1 thread each, the settings
               of `lib.batch.cluster.local_cluster`), started once and its workers' model loaded
               before the rounds, as the forked workers of the other measures inherit theirs
Rates are articles per wall-clock second, and per CPU-second (this process, its reaped children
and the Dask workers' own CPU): on a shared, loaded machine the wall-clock rates swing with other
work while the CPU rates do not, so the CPU ratio is the steadier figure. The ratio is against
parse-only. Each round's ratios are printed with the machine's 1-minute load average when the
round started (the medians hide how noisy a shared machine is). Then a second run over a filled
store must skip every article.

    uv run python bench/batch_bench.py --dump FILE

writes every stored table of the 120 articles (analysed by `--jobs 2`) to FILE as JSON, sorted,
and times nothing: run it before and after a change, then

    uv run python bench/batch_bench.py --compare FILE

analyses them again the same way and says which articles' tables differ from FILE (exit 1 if
any): the check that a change leaves every row as it was.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402

from lib import batch  # noqa: E402
from lib.batch.progress import Progress  # noqa: E402
from lib.nlp import load_nlp  # noqa: E402
from lib.store import Store  # noqa: E402

PROCESSES = 2
# Dask's own setting for worker processes (QUIET unsets it): glibc returns freed memory to the
# system whenever 64 KB are free at the top of the heap. `--only dask-trim` runs a second
# cluster with it, interleaved with the others, to show what it costs.
TRIM = {"distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": 65536}


def write_folder(folder: Path) -> list[str]:
    """The MEANTIME articles as files (text + date sidecar); their texts for the parse-only run."""
    texts = []
    for path in sorted(corpus.MEANTIME_DIR.glob("corpus_*/*.xml")):
        article = corpus.read_meantime(path)
        target = folder / f"{path.parent.name}-{article.name}.txt"
        target.write_text(article.text, "utf-8")
        meta = {"source": "MEANTIME (Wikinews)", "published": article.published}
        target.with_suffix(".json").write_text(json.dumps(meta), "utf-8")
        texts.append(article.text)
    return texts


def cpu_seconds() -> float:
    """User + system time of this process and its reaped children (pool workers)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def worker_cpu(client) -> float:
    """CPU seconds the Dask workers have used so far (their processes are not our children)."""
    if client is None:
        return 0.0
    return sum(client.run(time.process_time).values())


def parse_only(texts: list[str], processes: int = PROCESSES) -> tuple[float, float]:
    nlp = load_nlp()
    started, cpu = time.perf_counter(), cpu_seconds()
    for _ in nlp.pipe(texts, batch_size=16, n_process=processes):
        pass
    return len(texts) / (time.perf_counter() - started), len(texts) / (cpu_seconds() - cpu)


def analyze_many(
    folder: Path, db: Path, n: int, batch_size: int, client=None, **where
) -> tuple[float, float]:
    """(articles per wall second, articles per CPU second) for one run into a fresh store."""
    store = Store(f"sqlite:///{db}")
    try:
        started, cpu, workers = time.perf_counter(), cpu_seconds(), worker_cpu(client)
        summary = batch.run(
            str(folder), store, batch_size=batch_size, progress=Progress(n, io.StringIO()), **where
        )
        elapsed = time.perf_counter() - started
        used = cpu_seconds() - cpu + worker_cpu(client) - workers
    finally:
        store.close()
    assert len(summary.done) == n and not summary.refused, summary.lines()
    return n / elapsed, n / used


def stored_tables(folder: Path, db: Path, n: int) -> dict[str, dict]:
    """Every stored table of every article (analysed by `--jobs 2`), as the store holds it."""
    import sqlalchemy as sa

    from lib.store.tables import analyses, analysis_tables

    analyze_many(folder, db, n, batch.BATCH_SIZE, jobs=PROCESSES)
    store = Store(f"sqlite:///{db}")
    try:
        with store.engine.connect() as conn:
            texts = dict(conn.execute(sa.select(analyses.c.article_id, analyses.c.text)).all())
            rows = conn.execute(sa.select(analysis_tables)).all()
    finally:
        store.close()
    tables: dict[str, dict] = {key: {"text": text} for key, text in texts.items()}
    for key, name, data in rows:
        tables[key][name] = json.loads(data)
    return tables


def dump(folder: Path, db: Path, n: int, target: Path) -> None:
    """The stored tables to `target` (sorted JSON)."""
    tables = stored_tables(folder, db, n)
    target.write_text(json.dumps(tables, ensure_ascii=False, indent=0, sort_keys=True), "utf-8")
    print(f"{len(tables)} articles' tables written to {target}")


def compare(folder: Path, db: Path, n: int, before: Path) -> bool:
    """Whether the stored tables are those `before` holds (a `--dump`); the differences printed."""
    old = json.loads(before.read_text("utf-8"))
    new = stored_tables(folder, db, n)
    differ = []
    for key in sorted(old.keys() | new.keys()):
        a, b = old.get(key, {}), new.get(key, {})
        names = [name for name in sorted(a.keys() | b.keys()) if a.get(name) != b.get(name)]
        if names:
            differ.append(f"{key}: {', '.join(names)}")
    rows = sum(len(v) for t in new.values() for k, v in t.items() if k != "text")
    if differ:
        print(f"{len(differ)} of {len(old)} articles differ from {before}:", *differ, sep="\n  ")
    else:
        print(f"{len(new)} articles, {rows:,} rows: every table identical to {before}")
    return not differ


def rerun(folder: Path, db: Path, n: int) -> tuple[int, float]:
    store = Store(f"sqlite:///{db}")
    try:
        started = time.perf_counter()
        summary = batch.run(str(folder), store, jobs=PROCESSES, progress=Progress(n, io.StringIO()))
        return len(summary.skipped), time.perf_counter() - started
    finally:
        store.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--batch-size", type=int, default=batch.BATCH_SIZE)
    ap.add_argument(
        "--only",
        default="pipe1,jobs,dask",
        help="measures beside parse-only on 2 processes (pipe2): pipe1, jobs, dask, dask-trim",
    )
    ap.add_argument("--dump", type=Path, help="write the stored tables to this file, time nothing")
    ap.add_argument("--compare", type=Path, help="compare the stored tables with a --dump file")
    args = ap.parse_args()
    if not corpus.MEANTIME_DIR.is_dir():
        sys.exit(f"MEANTIME corpus not found at {corpus.MEANTIME_DIR}")
    if args.dump or args.compare:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "articles"
            folder.mkdir()
            n = len(write_folder(folder))
            db = Path(tmp) / "dump.sqlite3"
            if args.dump:
                dump(folder, db, n, args.dump)
            elif not compare(folder, db, n, args.compare):
                sys.exit(1)
        return
    from distributed import Client

    from lib.batch.cluster import PLUGIN_NAME, ModelPlugin, local_cluster

    with (
        contextlib.ExitStack() as stack,
        tempfile.TemporaryDirectory() as tmp,
        local_cluster(PROCESSES) as cluster,
        Client(cluster) as client,
    ):
        client.register_plugin(ModelPlugin(), name=PLUGIN_NAME)  # each worker loads the model
        trimmed = None  # a second cluster whose workers trim memory as Dask's default does
        if "dask-trim" in args.only.split(","):
            import dask
            from distributed import LocalCluster

            from lib.batch.cluster import QUIET

            with dask.config.set({**QUIET, **TRIM}):
                trimmed = stack.enter_context(
                    LocalCluster(
                        n_workers=PROCESSES,
                        threads_per_worker=1,
                        processes=True,
                        dashboard_address=None,
                    )
                )
            trim_client = stack.enter_context(Client(trimmed))
            trim_client.register_plugin(ModelPlugin(), name=PLUGIN_NAME)
        folder = Path(tmp) / "articles"
        folder.mkdir()
        texts = write_folder(folder)
        n = len(texts)
        words = sum(len(t.split()) for t in texts)
        print(f"corpus: {n} MEANTIME articles rebuilt from tokens, {words:,} words")
        print(f"data: {corpus.ATTRIBUTION}")
        print(f"medians of {args.rounds} rounds, batches of {args.batch_size} articles")
        load_nlp()

        def on_dask(prefix, dask_client, dask_cluster):
            """One round of analyze-many through a cluster, into its own store."""
            return lambda r: analyze_many(
                folder,
                Path(tmp) / f"{prefix}-{r}.sqlite3",
                n,
                args.batch_size,
                client=dask_client,
                scheduler=dask_cluster.scheduler_address,
            )

        every = {
            "pipe2": ("parse-only nlp.pipe, 2 processes", lambda r: parse_only(texts)),
            "pipe1": ("parse-only nlp.pipe, 1 process", lambda r: parse_only(texts, 1)),
            "jobs": (
                "analyze-many --jobs 2",
                lambda r: analyze_many(
                    folder, Path(tmp) / f"jobs-{r}.sqlite3", n, args.batch_size, jobs=PROCESSES
                ),
            ),
            "dask": ("analyze-many on Dask, 2 workers", on_dask("dask", client, cluster)),
        }
        if trimmed is not None:
            every["dask-trim"] = (
                "analyze-many on Dask, trim at 64 KB",
                on_dask("trim", trim_client, trimmed),
            )
        chosen = ["pipe2", *(k for k in args.only.split(",") if k in every and k != "pipe2")]
        measures = dict(every[k] for k in chosen)
        rates: dict[str, list[tuple[float, float]]] = {name: [] for name in measures}
        loads = []
        for r in range(args.rounds):
            loads.append(os.getloadavg()[0])
            for name, fn in measures.items():
                rates[name].append(fn(r))
        wall = {name: statistics.median(w for w, _ in v) for name, v in rates.items()}
        cpu = {name: statistics.median(c for _, c in v) for name, v in rates.items()}
        base = "parse-only nlp.pipe, 2 processes"
        print()
        print(
            f"{'measure':34} {'articles/s':>10} {'min':>6} {'max':>6} {'ratio':>6}"
            f"  {'articles/CPU-s':>14} {'ratio':>6}"
        )
        for name, values in rates.items():
            walls = [w for w, _ in values]
            print(
                f"{name:34} {wall[name]:10.1f} {min(walls):6.1f} {max(walls):6.1f}"
                f" {wall[name] / wall[base]:5.2f}x  {cpu[name]:14.1f} {cpu[name] / cpu[base]:5.2f}x"
            )
        print()
        print("each round against its own parse-only run, wall (CPU); 1-minute load at its start:")
        for r, load in enumerate(loads):
            each = "  ".join(
                f"{name.split(',')[0].removeprefix('analyze-many ')} "
                f"{rates[name][r][0] / rates[base][r][0]:.2f}x ({rates[name][r][1] / rates[base][r][1]:.2f}x)"
                for name in measures
                if name.startswith("analyze-many")
            )
            print(f"  round {r + 1}: load {load:4.1f}  {each}")
        print()
        print("raw wall seconds per round (in the order run, A B A B ...):")
        for name, values in rates.items():
            print(f"  {name:34} " + " ".join(f"{n / w:6.1f}" for w, _ in values))
        clients = {"Dask": client} | ({"Dask, trim at 64 KB": trim_client} if trimmed else {})
        for name, c in clients.items():
            peaks = c.run(lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
            print(f"peak resident memory of the {name} workers: {sorted(peaks.values())} MB")
        if "jobs" not in chosen:
            return
        skipped, seconds = rerun(folder, Path(tmp) / "jobs-0.sqlite3", n)
        print()
        print(f"second run over the filled store: {skipped} of {n} skipped in {seconds:.1f} s")


if __name__ == "__main__":
    main()
