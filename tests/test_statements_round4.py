"""Statements, round four: error classes found on PolNeAR train (the wording is ours, not taken
from an evaluation article)."""

from __future__ import annotations

from lib import schema
from lib.pipeline import analyze
from lib.quotes.marks import find_quoted


def quotes_of(*paragraphs: str) -> list[dict]:
    text = "Test article\n\n" + "\n\n".join(paragraphs)
    tables = analyze(text, published="2024-03-25")
    assert schema.validate("quotes", tables.quotes, tables.text) == []
    return tables.quotes.to_dict("records")


def texts(rows: list[dict]) -> list[str]:
    return [r["text"] for r in rows]


# --- two apostrophes as a quote mark (''…'') ----------------------------------------------------


class _Para:
    def __init__(self, start: int, end: int):
        self.start, self.end, self.paragraph_id = start, end, 0


def test_two_apostrophes_make_one_double_quote_mark():
    text = "''We will rebuild the bridge,'' the engineer said, ''and it won't take long.''"
    spans = find_quoted(text, [_Para(0, len(text))])
    quoted = [text[s.start : s.end] for s in spans]
    assert quoted == ["We will rebuild the bridge", "and it won't take long."]
    assert text[spans[0].open_pos : spans[0].open_pos + 2] == "''"
    assert text[spans[0].close_pos - 1 : spans[0].close_pos + 1] == "''"


def test_a_fragment_in_two_apostrophes_stays_inside_its_reported_clause():
    rows = quotes_of(
        "The harbour master said that the ferry operator had shown ''a reckless disregard'' "
        "for the safety of its passengers."
    )
    assert texts(rows) == [
        "the ferry operator had shown ''a reckless disregard'' for the safety of its passengers"
    ]


def test_a_quote_in_two_apostrophes_is_attributed_after_it():
    rows = quotes_of("''The harvest came in early this year,'' said Tomas Berg, a grain farmer.")
    assert texts(rows) == ["The harvest came in early this year"]
    assert rows[0]["speaker"] == "Tomas Berg"
