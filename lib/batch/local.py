"""Run batches here (one process) or on a pool of local processes sharing one loaded model."""

from __future__ import annotations

import gc
import multiprocessing as mp
import signal
from collections.abc import Generator

from lib.batch.files import Job
from lib.batch.work import Result, analyze_jobs, warm, warm_caches


def in_process(batches: list[list[Job]]) -> Generator[list[Result], None, None]:
    for batch in batches:
        yield analyze_jobs(batch)


def on_pool(batches: list[list[Job]], processes: int) -> Generator[list[Result], None, None]:
    """Batches on `processes` workers, results as each batch finishes (any order).

    Forked where the platform allows: the model and the rule data are loaded here, once
    (`warm_caches`), and the workers start with them instead of each loading its own copy on its
    first batch (one load per run, not one per worker; the pages shared). Their objects are
    frozen out of the garbage collector while the workers are forked, so a worker's collections
    neither scan them nor copy their pages (Python's advice for forked servers); this process
    unfreezes them at once. No collection before the freeze:
    a full one here cost about 0.1 s of CPU per run, before any worker could start, and all it
    bought was that a worker does not keep the little cyclic garbage this process had not yet
    freed (here it is collected as usual once unfrozen). Spawned elsewhere, each worker loads the
    model. Leaving the generator early (an interrupt) terminates the workers.
    """
    method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
    if method == "fork":
        warm_caches()
        gc.freeze()
    try:
        pool = mp.get_context(method).Pool(processes, initializer=_start_worker)
    finally:
        gc.unfreeze()
    try:
        yield from pool.imap_unordered(analyze_jobs, batches)
        pool.close()
    finally:
        pool.terminate()
        pool.join()


def _start_worker() -> None:
    """Ctrl-C goes to the whole process group: the parent handles it (it keeps what is saved and
    stops the pool), so a worker ignores it instead of dying mid-batch with a traceback."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    warm()
