"""Batch analysis: many article files into the store, resumable, on local processes or Dask.

`run()` plans first, then works: every file is read and given its content id; articles the store
already holds with an analysis of the current version are skipped; the rest go out in batches to
the chosen executor (this process, a pool of `jobs` processes, or a Dask cluster), largest first
and smaller toward the end (`split`), so the workers finish together. Each article is
saved (the article and its analysis) as soon as its batch comes back, a batch in one transaction,
so an interrupted run loses at most the batches in flight and a rerun picks up where it stopped.

The main process does the database work and the workers do the analysis: workers never need the
database, which is what lets the same run go to a cluster.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from pathlib import Path

from lib.batch.files import Job, find_articles, read_job
from lib.batch.progress import Progress
from lib.batch.work import Result

BATCH_SIZE = 16  # most articles per batch sent to a worker (one `nlp.pipe` batch)
TAPER = 2  # the batches left are at least TAPER per worker: smaller ones near the end


@dataclass
class Summary:
    done: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # already analysed with this version
    refused: list[tuple[str, str]] = field(default_factory=list)  # (file, reason)
    interrupted: bool = False

    def lines(self) -> list[str]:
        head = (
            f"{len(self.done)} analysed and saved, {len(self.skipped)} skipped "
            f"(already analysed with this version), {len(self.refused)} refused"
        )
        if self.interrupted:
            head += "; interrupted: run the same command again to finish"
        return [head, *(f"refused {name}: {reason}" for name, reason in self.refused)]


def run(
    target: str,
    store,
    *,
    jobs: int = 1,
    scheduler: str | None = None,
    batch_size: int = BATCH_SIZE,
    progress: Progress | None = None,
    on_saved: Callable[[str], None] | None = None,
) -> Summary:
    """Analyse every article `target` names into `store` (a `lib.store.Store`).

    Raises InputError when nothing matches and `lib.store.StoreError` when the database fails (what
    was saved before stays saved). A KeyboardInterrupt ends the run with `interrupted` set.
    """
    paths = find_articles(target)
    summary = Summary()
    progress = progress or Progress(len(paths))
    todo = _plan(paths, store, summary, progress)
    if not todo:  # everything skipped or refused: no workers to start
        progress.close()
        return summary
    results = _execute(todo, batch_size, jobs, scheduler)
    try:
        for batch in results:
            for name in _keep(batch, store, summary, progress):
                if on_saved:
                    on_saved(name)
    except KeyboardInterrupt:
        summary.interrupted = True
    finally:
        results.close()  # stops the workers of an interrupted run
        progress.close()
    return summary


def _plan(paths: list[Path], store, summary: Summary, progress: Progress) -> list[Job]:
    """Jobs for the articles that need analysing; the current ones are counted as skipped."""
    from lib.store import content_key

    listed = {s.article_id for s in store.list_articles()}
    current = listed - set(store.stale_analyses())
    todo = []
    planned: set[str] = set()
    for path in paths:
        try:
            job = read_job(path)
        except OSError as err:
            summary.refused.append((str(path), f"cannot be read: {err.strerror or err}"))
            progress.add("refused")
            continue
        article_id = content_key(job.raw)
        if article_id in current or article_id in planned:  # analysed, or a copy is planned
            summary.skipped.append(job.name)
            progress.add("skipped")
            continue
        saved = store.load_article(article_id) if article_id in listed else None
        if saved is not None:  # saved before: its first file name and metadata stand
            job = Job(job.name, job.raw, saved.filename, dict(saved.meta))
        planned.add(article_id)
        todo.append(job)
    return todo


def split(todo: list[Job], batch_size: int, workers: int) -> list[list[Job]]:
    """The jobs in batches of at most `batch_size`, shrinking toward the end (guided scheduling).

    Workers take the next batch as they finish one, so the run ends when the last batch does:
    with equal batches one worker can sit idle for most of a batch while another finishes the
    final one. Each batch is at most 1/(TAPER * workers) of what is left, so the last few are
    single articles, while the early ones stay large enough for `nlp.pipe` to batch well."""
    batches, i = [], 0
    while i < len(todo):
        left = len(todo) - i
        size = batch_size if workers <= 1 else -(-left // (TAPER * workers))  # rounded up
        size = max(1, min(size, batch_size))
        batches.append(todo[i : i + size])
        i += size
    return batches


def _execute(
    todo: list[Job], batch_size: int, jobs: int, scheduler: str | None
) -> Generator[list[Result], None, None]:
    if scheduler:
        from lib.batch.cluster import on_cluster

        return on_cluster(todo, batch_size, scheduler)
    from lib.batch.local import in_process, on_pool

    if jobs <= 1 or len(todo) <= 1:
        return in_process(split(todo, batch_size, 1))
    batches = split(todo, batch_size, jobs)
    return on_pool(batches, min(jobs, len(batches)))


def _keep(batch: list[Result], store, summary: Summary, progress: Progress) -> list[str]:
    """Save a batch's analysed articles, each with its analysis, in one transaction (one commit
    per batch, not two per article); the names saved. A worker's refusal is counted with its
    reason."""
    analysed = [r for r in batch if r.analysis is not None and r.prepared is not None]
    store.save_analysed([(r.prepared, r.analysis) for r in analysed])
    saved = {r.name for r in analysed}
    for result in batch:
        if result.name in saved:
            summary.done.append(result.name)
            progress.add("done")
        else:
            summary.refused.append((result.name, result.reason))
            progress.add("refused")
    return [r.name for r in batch if r.name in saved]


__all__ = ["BATCH_SIZE", "Summary", "run", "split"]
