"""Fixtures shared by the test files. Paths are plain constants in tests/paths.py."""

import sys

import pytest

from lib.pipeline import ArticleTables, analyze
from tests.paths import SEED


@pytest.fixture(scope="session")
def seed() -> ArticleTables:
    """The seed article's tables, analysed once per test run. Shared: read, never modify."""
    return analyze(SEED)


# Streamlit's script runner (AppTest) installs the app script as `sys.modules["__main__"]` and
# leaves it there; a process started later with the "spawn" method (a Dask nanny) would then
# re-run dashboard.py on start-up and die. Tests that start worker processes put pytest's own
# main module back first.
_PYTEST_MAIN = sys.modules["__main__"]


@pytest.fixture
def real_main(monkeypatch):
    """`sys.modules["__main__"]` as pytest started it, for tests that spawn processes."""
    monkeypatch.setitem(sys.modules, "__main__", _PYTEST_MAIN)
