"""Fixtures shared by the test files. Paths are plain constants in tests/paths.py."""

import pytest

from lib.pipeline import ArticleTables, analyze
from tests.paths import SEED


@pytest.fixture(scope="session")
def seed() -> ArticleTables:
    """The seed article's tables, analysed once per test run. Shared: read, never modify."""
    return analyze(SEED)
