"""Run batches here (one process) or on a pool of local processes, each loading the model once."""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Iterator

from lib.batch.files import Job
from lib.batch.work import Result, analyze_jobs, warm


def in_process(batches: list[list[Job]]) -> Iterator[list[Result]]:
    for batch in batches:
        yield analyze_jobs(batch)


def on_pool(batches: list[list[Job]], processes: int) -> Iterator[list[Result]]:
    """Batches on `processes` workers, results as each batch finishes (any order).

    Forked where the platform allows (no re-import, the parent has not loaded spaCy), else spawned.
    Leaving the generator early (an interrupt) terminates the workers.
    """
    method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
    pool = mp.get_context(method).Pool(processes, initializer=warm)
    try:
        yield from pool.imap_unordered(analyze_jobs, batches)
        pool.close()
    finally:
        pool.terminate()
        pool.join()
