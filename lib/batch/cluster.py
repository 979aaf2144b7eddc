"""Run batches on an existing Dask distributed cluster (`--scheduler tcp://HOST:8786`).

Each worker keeps one spaCy pipeline: a worker plugin loads it when the worker starts (or joins
later), and `lib.nlp.load_nlp`'s per-process cache hands that same pipeline to every batch the
worker runs, in this run and the next. Articles travel in batches (bytes and metadata in, tables
out as JSON strings), so the workers need this project installed but no access to the files or
the database.

What a run costs beyond the analyses is mostly the cluster's own upkeep while it runs: every
worker samples its running task's stack 100 times a second for the dashboard's profile page, and
checks its event loop, memory and system load many times a second. The plugin pauses the
sampling on the workers it is registered on, and spaces out their heartbeats (both restored when
it is removed); `QUIET` is the
configuration that also spaces out the checks and lets glibc keep freed memory for reuse, for a
local cluster started with `local_cluster`, or for workers started by hand (in the Dask
configuration file: `distributed.worker.profile.enabled: false` and
`distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_: null`; see `QUIET`).
"""

from __future__ import annotations

from collections.abc import Generator

import dask
from distributed import Client, LocalCluster, WorkerPlugin, as_completed

from lib.batch.files import Job
from lib.batch.work import Result, analyze_jobs, warm

PLUGIN_NAME = "newsdash-spacy-model"
PROFILER = ("profile", "profile-cycle")  # the worker's periodic callbacks that sample stacks
# How often a worker reports to the scheduler while the plugin is registered, in ms. Dask asks a
# small cluster for a heartbeat every 0.5 s (and a check for missing data as often); on a local
# 2-worker cluster the two cost about 0.01 CPU-second per second between the workers and the
# scheduler, spent for the whole run whether the workers analyse or wait (more on a loaded
# machine, where a run takes longer). A batch runs for seconds and needs no memory or load
# figures that fresh: every 5 s is still far inside the scheduler's 5-minute time to live.
HEARTBEAT_MS = 5000

# Dask settings for analysis work (the defaults suit short tasks watched on the dashboard).
QUIET = {
    "distributed.worker.profile.enabled": False,  # no stack sampling every 10 ms
    "distributed.admin.tick.interval": "1s",  # event-loop check (20 ms by default)
    "distributed.admin.system-monitor.interval": "5s",  # CPU, memory, network (500 ms)
    "distributed.worker.memory.monitor-interval": "1s",  # memory limit check (100 ms)
    # Rebalancing every 100 ms: a worker with one thread holds at most two of our batches (the
    # rest wait on the scheduler until a worker is free), so there is nothing to steal.
    "distributed.scheduler.work-stealing": False,
    # The nanny starts each worker with glibc told to hand freed memory back to the system
    # whenever 64 KB are free at the top of the heap (and never to raise that bound). An
    # analysis frees and allocates millions of small objects and many arrays, so the worker
    # kept giving pages back and faulting them in again: 40 MEANTIME articles took 3.7 CPU-s
    # with it against 3.1 without (medians of 3 interleaved runs), the gap between a Dask
    # worker and a forked `--jobs` one. None unsets it (glibc's own adaptive bounds); the
    # one-thread limits for the maths libraries stay.
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
}


class ModelPlugin(WorkerPlugin):
    """Loads the model on each worker once, before its first batch, and pauses the worker's
    stack sampling while registered (it costs an analysis worker a few percent of its CPU)."""

    name = PLUGIN_NAME

    def __init__(self) -> None:
        self.paused: list[str] = []
        self.heartbeat = None  # the worker's own heartbeat, while ours spaces it out

    def setup(self, worker) -> None:
        warm()
        for name in PROFILER:
            callback = worker.periodic_callbacks.get(name)
            if callback is not None and callback.is_running():
                callback.stop()
                self.paused.append(name)
        self._space_heartbeats(worker)

    def teardown(self, worker) -> None:
        for name in self.paused:
            callback = worker.periodic_callbacks.get(name)
            if callback is not None:
                callback.start()
        self.paused.clear()
        callback = worker.periodic_callbacks.get("heartbeat")
        if callback is not None and self.heartbeat is not None:
            callback.callback = self.heartbeat  # the scheduler's next reply sets its interval
        self.heartbeat = None

    def _space_heartbeats(self, worker) -> None:
        """Heartbeats every HEARTBEAT_MS at least. The scheduler's reply to each one sets the
        interval again (0.5 s on a small cluster), so the heartbeat is wrapped to lengthen it
        after every reply; the worker's check for missing data follows the heartbeat's
        interval by itself."""
        callback = worker.periodic_callbacks.get("heartbeat")
        if callback is None or self.heartbeat is not None:
            return
        beat = self.heartbeat = callback.callback

        async def spaced() -> None:
            try:
                await beat()
            finally:
                callback.callback_time = max(callback.callback_time, HEARTBEAT_MS)

        callback.callback = spaced
        callback.callback_time = max(callback.callback_time, HEARTBEAT_MS)


def on_cluster(
    todo: list[Job], batch_size: int, scheduler: str
) -> Generator[list[Result], None, None]:
    """The jobs in batches on the cluster behind `scheduler`, results as each batch finishes."""
    from lib.batch import split

    with Client(scheduler, timeout="10s") as client:
        client.register_plugin(ModelPlugin(), name=PLUGIN_NAME)
        workers = sum(client.nthreads().values()) or 1
        futures = client.map(analyze_jobs, split(todo, batch_size, workers), pure=False)
        try:
            for _, results in as_completed(futures, with_results=True):
                yield results
        finally:
            client.cancel(futures)


def local_cluster(workers: int = 2) -> LocalCluster:
    """A cluster of `workers` local processes (one thread each) set up by `QUIET`: for tests and
    benchmarks, and for trying `--scheduler` on one machine."""
    with dask.config.set(QUIET):
        return LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        )
