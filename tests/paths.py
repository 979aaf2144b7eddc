"""Paths the tests share (importable constants; the fixtures built on them are in conftest.py)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "articles" / "crocus-city-hall-kremlin.txt"  # the seed article
ARTICLES = ROOT / "tests" / "articles"  # the test articles (*.txt)
FIXTURES = ROOT / "tests" / "fixtures"  # input files in other formats
