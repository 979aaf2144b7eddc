"""The Corrections page's choices, testable without a browser: which rows a reader can correct,
how each is labelled, and the `Correction` each form makes (stored by `app.library.correct`).

A row is named by its span, so the labels carry the words (a reader picks "Peskov: 'no country
was immune…'", not an offset). Nothing here imports streamlit.
"""

from __future__ import annotations

import pandas as pd

from lib.store.corrections import Correction

# What can be marked wrong, by the label the page shows: (table, column with the words).
WRONG_TABLES = {
    "Quote": ("quotes", "text"),
    "Figure": ("facts", "text"),
    "Date": ("timeline", "date_text"),
}
LABEL_WORDS = 70


def _short(text) -> str:
    words = " ".join(str(text or "").split())
    return words if len(words) <= LABEL_WORDS else words[: LABEL_WORDS - 1] + "…"


def quote_choices(quotes: pd.DataFrame) -> dict[str, tuple[int, int]]:
    """Label -> span of every quote, in text order: 'Speaker: “words…”'."""
    out = {}
    for r in quotes.sort_values("start").to_dict("records"):
        who = r["speaker"] if isinstance(r["speaker"], str) else "Unattributed"
        out[f"{who}: “{_short(r['text'])}” ({r['start']})"] = (int(r["start"]), int(r["end"]))
    return out


def wrong_choices(tables, what: str) -> dict[str, tuple[int, int]]:
    """Label -> span of every row of the kind `what` (a key of WRONG_TABLES)."""
    table, words = WRONG_TABLES[what]
    df = getattr(tables, table)
    if table == "facts":
        df = df[df["kind"] == "figure"]
    return {
        f"“{_short(r[words])}” ({r['start']})": (int(r["start"]), int(r["end"]))
        for r in df.sort_values("start").to_dict("records")
    }


def speaker_fix(span: tuple[int, int], name: str) -> Correction:
    return Correction("speaker", "quotes", span[0], span[1], value=name)


def merge(into: str, away: str) -> Correction:
    return Correction("merge", value=into, target=away)


def mark_wrong(what: str, span: tuple[int, int]) -> Correction:
    return Correction("wrong", WRONG_TABLES[what][0], span[0], span[1])


def speakers(tables) -> list[str]:
    return sorted(set(tables.quotes["speaker"].dropna()))
