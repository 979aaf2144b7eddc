"""Arbitrary text with quote marks, apostrophes and names never crashes the quote extractor and
always yields rows whose spans read back exactly."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lib import schema
from lib.pipeline import analyze

PIECES = [
    "“",
    "”",
    '"',
    "‘",
    "’",
    "'",
    "«",
    "»",
    "Peskov said",
    "he told reporters",
    " the Kremlin said that ",
    "according to police,",
    "Russia’s",
    "voters’",
    "We will win",
    ", she said.",
    " and ",
    "\n\n",
    "Anna Berg",
    ".",
    ",",
    ":",
    " ",
    "12",
]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=40))
def test_quotes_never_crash_and_spans_read_back(pieces):
    body = "".join(pieces)
    text = "Test article\n\nThe minister spoke to the press today about the plan. " + body
    tables = analyze(text, published="2024-03-25")
    assert schema.validate("quotes", tables.quotes, tables.text) == []
    assert list(tables.quotes["quote_id"]) == list(range(len(tables.quotes)))
    assert schema.validate("speakers", tables.speakers) == []
