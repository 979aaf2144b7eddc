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
