"""The statements `analyze()` finds in a test's own text, as plain dicts (None for missing)."""

from __future__ import annotations

from lib.pipeline import analyze


def rows(text: str, published: str | None = None) -> list[dict]:
    """Every statement row of `text`, NaN turned into None."""
    quotes = analyze(text, published=published).quotes
    return quotes.astype(object).where(quotes.notna(), None).to_dict("records")


def said(text: str, words: str, published: str | None = None) -> dict:
    """The first statement whose words contain `words` (the test fails if there is none)."""
    found = [r for r in rows(text, published) if words in r["text"]]
    assert found, f"no statement with {words!r}"
    return found[0]
