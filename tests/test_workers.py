"""Analyses in worker processes: a deadline that stops a long one with a plain message, and a
slot that works again afterwards (the killed worker is replaced)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.workers import AnalysisStopped, Pool

ROOT = Path(__file__).resolve().parent.parent
SEED = (ROOT / "data" / "articles" / "crocus-city-hall-kremlin.txt").read_bytes()
LONG = (
    "\n\n".join(
        f"Officials in district {i} said the council would meet on Monday to vote on the budget."
        for i in range(2000)
    )
).encode()


@pytest.fixture(scope="module")
def pool():
    return Pool(workers=1, memory_mb=4096)


def test_an_analysis_past_its_deadline_is_stopped_with_a_plain_message(pool):
    with pytest.raises(AnalysisStopped, match=r"longer than 2 seconds and was stopped"):
        pool.analyze(LONG, "long.txt", {}, None, seconds=2)


def test_the_slot_works_again_after_a_stopped_analysis(pool):
    tables = pool.analyze(SEED, "seed.txt", {}, None, seconds=240)
    assert len(tables.quotes) > 0 and tables.text.startswith("No country is immune")


def test_unreadable_input_still_gives_its_input_error(pool):
    from lib.errors import InputError

    with pytest.raises(InputError, match="too short"):
        pool.analyze(b"x", "x.txt", {}, None, seconds=240)


def _job_run(pool, raw: bytes, seconds: int = 240):
    def run(job):
        return pool.analyze(raw, "long.txt", {}, None, seconds, job=job)

    return run


def test_a_cancelled_job_stops_at_once_and_keeps_nothing(pool):
    """Cancel kills the worker mid-parse: the job ends in AnalysisCancelled within seconds (not
    at its deadline), no result is left to collect, and the slot analyses the next article."""
    import time

    from app.workers import AnalysisCancelled

    job = pool.start("long-article", _job_run(pool, LONG))
    assert pool.start("long-article", _job_run(pool, LONG)) is job  # a rerun finds the same job
    deadline = time.monotonic() + 60
    while job.slot is None and time.monotonic() < deadline:  # wait until a worker runs it
        time.sleep(0.05)
    time.sleep(0.5)
    assert not job.future.done()
    stopped = time.monotonic()
    assert pool.cancel("long-article")
    with pytest.raises(AnalysisCancelled, match="cancelled"):
        job.future.result(timeout=30)
    assert time.monotonic() - stopped < 15
    assert "long-article" not in pool.jobs
    assert not pool.cancel("long-article")  # nothing left under that key
    fresh = pool.start("long-article", _job_run(pool, SEED))
    assert fresh is not job
    assert pool.collect(fresh).text.startswith("No country is immune")
    assert "long-article" not in pool.jobs


def test_one_sessions_cancel_does_not_stop_another_sessions_wait(pool):
    """Two sessions analysing the same article share one job: the first to cancel only stops
    waiting; the work stops when the last watcher cancels."""
    from app.workers import AnalysisCancelled

    job = pool.start("shared", _job_run(pool, LONG), who="session-a")
    assert pool.start("shared", _job_run(pool, LONG), who="session-b") is job
    assert job.watchers == {"session-a", "session-b"}
    assert pool.cancel("shared", who="session-a")
    assert not job.cancelled and pool.jobs.get("shared") is job
    assert not job.future.done()
    assert pool.cancel("shared", who="session-b")
    assert job.cancelled and "shared" not in pool.jobs
    with pytest.raises(AnalysisCancelled):
        job.future.result(timeout=60)


def test_a_job_cancelled_while_it_waits_for_a_slot_never_runs(pool):
    from app.workers import AnalysisCancelled

    busy = pool.start("busy", _job_run(pool, LONG, seconds=3))
    queued = pool.start("queued", _job_run(pool, SEED))
    assert pool.cancel("queued")
    with pytest.raises(AnalysisCancelled):
        queued.future.result(timeout=120)
    with pytest.raises(AnalysisStopped):  # the busy one reached its 3-second deadline
        pool.collect(busy)


def test_the_estimate_follows_the_measured_speed():
    p = Pool.__new__(Pool)  # no worker needed to measure
    p.speed = None
    assert p.estimate(10_000) is None
    p._measure(10_000, 2.0)  # 5,000 bytes a second
    assert p.estimate(50_000) == pytest.approx(10.0)
    p._measure(100, 5.0)  # a tiny input does not change the speed
    assert p.estimate(50_000) == pytest.approx(10.0)


def test_a_cached_article_is_never_waited_for_again():
    """The page's wait (progress and Cancel) runs for an analysis not cached yet, once; the
    next call answers from the cache without a job."""
    from app.cache import analyze_cached

    waited = []

    def wait(job):
        waited.append(job.key)
        job.future.result(timeout=240)

    text = SEED + b"\n\nA line that makes this copy of the seed its own cache entry."
    first = analyze_cached(text, "seed-copy.txt", {}, None, wait=wait)
    again = analyze_cached(text, "seed-copy.txt", {}, None, wait=wait)
    assert len(waited) == 1
    assert again.text == first.text and len(again.quotes) == len(first.quotes) > 0
