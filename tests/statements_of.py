"""The statements `analyze()` finds in a test's own text: the helpers every statement and speaker
test shares (one place, so a change to how a row is read is made once)."""

from __future__ import annotations

from lib import schema
from lib.pipeline import analyze

PUBLISHED = "2024-03-25"  # a Monday: weekdays in test texts resolve around it


def quotes_of(*paragraphs: str, published: str | None = PUBLISHED) -> list[dict]:
    """Analyse a small article made of the given body paragraphs; its quotes as dicts, after
    checking the table against the schema (offsets included)."""
    text = "Test article\n\n" + "\n\n".join(paragraphs)
    tables = analyze(text, published=published)
    assert schema.validate("quotes", tables.quotes, tables.text) == []
    return tables.quotes.to_dict("records")


def find(rows: list[dict], words: str) -> dict:
    """The first row whose statement contains `words` (the test fails if there is none)."""
    hits = [r for r in rows if words in r["text"]]
    assert hits, f"no quote containing {words!r} in {[r['text'] for r in rows]}"
    return hits[0]


def rows(text: str, published: str | None = None) -> list[dict]:
    """Every statement row of a whole article `text`, a missing value as None."""
    quotes = analyze(text, published=published).quotes
    return quotes.astype(object).where(quotes.notna(), None).to_dict("records")


def said(text: str, words: str, published: str | None = None) -> dict:
    """The first statement of `text` whose words contain `words`, a missing value as None."""
    return find(rows(text, published), words)


def speakers_by_first_word(text: str) -> dict[str, str | None]:
    """Each statement of a small article of body `text` (under a one-line headline): its first
    word -> its speaker, None when it has none."""
    quotes = analyze("Test article\n\n" + text).quotes
    return {
        row.text.split()[0]: (row.speaker if isinstance(row.speaker, str) else None)
        for row in quotes.itertuples()
    }
