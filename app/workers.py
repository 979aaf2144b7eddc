"""Analyses run in a fixed set of worker processes, with a deadline and a memory ceiling.

The server process only waits (without holding the GIL) while a worker parses, so other
sessions' pages keep rendering; at most WORKERS analyses run at once and the rest queue. Each
slot is a one-process pool: a slot whose analysis passes the deadline is killed and replaced
without disturbing the others. Cached results never come here (app.cache answers them first).

An analysis can also run as a `Job` (`Pool.start`): the page waits for it in short steps, so it
can show a Cancel button and rerun when the reader clicks; `Pool.cancel` kills the worker at
once (the slot is replaced) and the job ends in `AnalysisCancelled`, so no result is cached or
saved. A job outlives the page run that started it: a rerun for any other reason (a filter
changed meanwhile) finds it by its key and waits for the same work. Two sessions analysing the
same article share its job; each is one of its `watchers`, and a Cancel stops the work only when
no other session still waits for it (the one that cancelled simply stops waiting).

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
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field

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


class AnalysisCancelled(InputError):
    """The reader cancelled the analysis; nothing of it was kept."""


@dataclass
class Job:
    """One analysis under way in the background: its result (or error) arrives in `future`."""

    key: str
    future: Future = field(default_factory=Future)  # the waiter thread's, set by Pool.start
    started: float = field(default_factory=time.monotonic)
    slot: ProcessPoolExecutor | None = None  # the slot running it, once it has one
    cancelled: bool = False
    size: int = 0  # bytes to analyse, for the estimate
    watchers: set[str] = field(default_factory=set)  # sessions waiting for it

    def elapsed(self) -> float:
        return time.monotonic() - self.started


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
        self.jobs: dict[str, Job] = {}
        self.jobs_lock = threading.Lock()
        self.waiters = ThreadPoolExecutor(max_workers=4 * workers, thread_name_prefix="analysis")
        self.speed: float | None = None  # bytes per second of the analyses so far (smoothed)
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

    def analyze(
        self,
        raw: bytes,
        filename: str,
        meta: dict,
        published: str | None,
        seconds: int,
        job: Job | None = None,
    ):
        started = time.monotonic()
        try:
            slot = self.free.get(timeout=seconds)
        except queue.Empty:
            raise AnalysisStopped(
                "The server is busy with other analyses; try again in a minute."
            ) from None
        left = max(1.0, seconds - (time.monotonic() - started))
        if job is not None:
            job.slot = slot
            if job.cancelled:  # cancelled while it waited for a free slot
                self.free.put(slot)
                raise AnalysisCancelled("The analysis was cancelled.")
        try:
            with _plain_main():
                future = slot.submit(_run, raw, filename, meta, published)
            began = time.monotonic()
            result = future.result(timeout=left)
            self._measure(len(raw), time.monotonic() - began)
        except FutureTimeout:
            slot = self._replace(slot)
            raise AnalysisStopped(
                f"The analysis took longer than {seconds} seconds and was stopped; try a shorter"
                " article."
            ) from None
        except BrokenProcessPool:
            slot = self._replace(slot)
            if job is not None and job.cancelled:
                raise AnalysisCancelled("The analysis was cancelled.") from None
            raise AnalysisStopped(
                "The analysis worker stopped (out of memory or crashed); try a shorter article."
            ) from None
        finally:
            if job is not None:
                job.slot = None
            self.free.put(slot)
        return result

    def _measure(self, size: int, seconds: float) -> None:
        if size >= 2000 and seconds > 0:  # tiny inputs say little about the speed
            rate = size / seconds
            self.speed = rate if self.speed is None else 0.7 * self.speed + 0.3 * rate

    def estimate(self, size: int) -> float | None:
        """Seconds an analysis of `size` bytes should take, from the analyses so far (None
        before the first)."""
        return size / self.speed if self.speed else None

    def start(
        self,
        key: str,
        run: Callable[[Job], object],
        keep_seconds: float = 600,
        size: int = 0,
        who: str | None = None,
    ) -> Job:
        """The job for `key`: the one under way (or finished, not yet collected), else a new
        one running `run(job)` in a waiter thread; `who` (a session) becomes one of its
        watchers. Finished jobs nobody collected go after `keep_seconds`."""
        with self.jobs_lock:
            for old in [j for j in self.jobs.values() if j.future.done()]:
                if old.elapsed() > keep_seconds:
                    del self.jobs[old.key]
            job = self.jobs.get(key)
            if job is None or job.cancelled:
                job = Job(key, size=size)
                job.future = self.waiters.submit(run, job)
                self.jobs[key] = job
            if who is not None:
                job.watchers.add(who)
        return job

    def collect(self, job: Job):
        """The job's result (waiting for it), and forget the job."""
        try:
            return job.future.result()
        finally:
            with self.jobs_lock:
                if self.jobs.get(job.key) is job:
                    del self.jobs[job.key]

    def cancel(self, key: str, who: str | None = None) -> bool:
        """Stop the job for `key` now: kill its worker (the slot is replaced), or, while it
        waits for a slot, make it give up. With `who`, only that session stops waiting, and the
        work stops only when no other session watches it. True when there was a job to cancel."""
        with self.jobs_lock:
            job = self.jobs.get(key)
            if job is None or job.future.done():
                return False
            if who is None:
                job.watchers.clear()
            else:
                job.watchers.discard(who)
            if job.watchers:
                return True  # another session still waits for this analysis
            del self.jobs[key]
        job.cancelled = True
        slot = job.slot
        if slot is not None:
            for proc in list(getattr(slot, "_processes", {}).values()):
                proc.kill()
        return True

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


def deadline() -> int:
    """Seconds an analysis may take (NEWSDASH_ANALYSIS_SECONDS, default 90)."""
    return _setting(SECONDS_ENV, 90)


def analyze_in_worker(
    raw: bytes, filename: str = "", meta: dict | None = None, published: str | None = None
):
    """The article's tables from a worker process; `AnalysisStopped` (an InputError) when the
    deadline, the memory ceiling or a full queue stops it, InputError for unreadable input."""
    return pool().analyze(raw, filename, meta or {}, published, deadline())
