"""Analyses run in a fixed set of worker processes, with a deadline and a memory ceiling.

The server process only waits (without holding the GIL) while a worker parses, so other
sessions' pages keep rendering; at most WORKERS analyses run at once and the rest queue. Each
slot is a one-process pool: a slot whose analysis passes the deadline is killed and replaced
without disturbing the others. Cached results never come here (app.cache answers them first).

Settings (environment): NEWSDASH_WORKERS (default 2), NEWSDASH_ANALYSIS_SECONDS (default 90),
NEWSDASH_WORKER_MEMORY_MB (address-space ceiling per worker, default 4096).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import queue
import resource
import sys
import threading
import time
import types
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool

from lib.errors import InputError

WORKERS_ENV = "NEWSDASH_WORKERS"
SECONDS_ENV = "NEWSDASH_ANALYSIS_SECONDS"
MEMORY_ENV = "NEWSDASH_WORKER_MEMORY_MB"


def _setting(name: str, default: int) -> int:
    try:
        return max(1, int(os.environ.get(name, "") or default))
    except ValueError:
        return default


class AnalysisStopped(InputError):
    """The analysis passed its deadline or memory ceiling; the message says which, plainly."""


def _init_worker(memory_mb: int) -> None:
    """In the worker: cap its address space, then load the model once."""
    limit = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    from lib.nlp import load_nlp

    load_nlp()


def _run(raw: bytes, filename: str, meta: dict, published: str | None):
    from lib.pipeline import analyze

    try:
        return analyze(raw, published=published, filename=filename, meta=meta)
    except MemoryError:
        raise AnalysisStopped(
            f"The analysis needed more than {_setting(MEMORY_ENV, 4096):,} MB of memory and was"
            " stopped; try a shorter article."
        ) from None


class Pool:
    """WORKERS one-process slots; `analyze` borrows a free one or waits for it."""

    def __init__(self, workers: int, memory_mb: int):
        self.memory_mb = memory_mb
        self.free: queue.Queue[ProcessPoolExecutor] = queue.Queue()
        for _ in range(workers):
            self.free.put(self._slot())

    def _slot(self) -> ProcessPoolExecutor:
        slot = ProcessPoolExecutor(
            max_workers=1,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_init_worker,
            initargs=(self.memory_mb,),
        )
        with _plain_main():
            slot.submit(int)  # start the worker and load its model now, not on the first deadline
        return slot

    def analyze(self, raw: bytes, filename: str, meta: dict, published: str | None, seconds: int):
        started = time.monotonic()
        try:
            slot = self.free.get(timeout=seconds)
        except queue.Empty:
            raise AnalysisStopped(
                "The server is busy with other analyses; try again in a minute."
            ) from None
        left = max(1.0, seconds - (time.monotonic() - started))
        try:
            with _plain_main():
                future = slot.submit(_run, raw, filename, meta, published)
            result = future.result(timeout=left)
        except FutureTimeout:
            slot = self._replace(slot)
            raise AnalysisStopped(
                f"The analysis took longer than {seconds} seconds and was stopped; try a shorter"
                " article."
            ) from None
        except BrokenProcessPool:
            slot = self._replace(slot)
            raise AnalysisStopped(
                "The analysis worker stopped (out of memory or crashed); try a shorter article."
            ) from None
        finally:
            self.free.put(slot)
        return result

    def _replace(self, slot: ProcessPoolExecutor) -> ProcessPoolExecutor:
        """Kill the slot's worker (it may be mid-parse) and give back a fresh slot."""
        for proc in list(getattr(slot, "_processes", {}).values()):
            proc.kill()
        slot.shutdown(wait=False, cancel_futures=True)
        return self._slot()


_main_lock = threading.Lock()


@contextlib.contextmanager
def _plain_main():
    """Start worker processes without re-running the main script in them: under `streamlit run`
    `__main__` is the page script, which a spawned child would otherwise execute on import."""
    with _main_lock:
        main = sys.modules.get("__main__")
        sys.modules["__main__"] = types.ModuleType("__main__")
        try:
            yield
        finally:
            if main is not None:
                sys.modules["__main__"] = main


_pool: Pool | None = None
_pool_lock = threading.Lock()


def pool() -> Pool:
    global _pool
    with _pool_lock:
        if _pool is None:
            _pool = Pool(_setting(WORKERS_ENV, 2), _setting(MEMORY_ENV, 4096))
        return _pool


def analyze_in_worker(
    raw: bytes, filename: str = "", meta: dict | None = None, published: str | None = None
):
    """The article's tables from a worker process; `AnalysisStopped` (an InputError) when the
    deadline, the memory ceiling or a full queue stops it, InputError for unreadable input."""
    return pool().analyze(raw, filename, meta or {}, published, _setting(SECONDS_ENV, 90))
