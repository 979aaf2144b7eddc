"""The Corrections page's choices, testable without a browser: which rows a reader can correct,
how each is labelled, and the `Correction` each form makes (stored by `app.library.correct`).

A row is named by its span, so the labels carry the words (a reader picks "Peskov: 'no country
was immune…'", not an offset). Nothing here imports streamlit.
"""

from __future__ import annotations

import pandas as pd

from lib.store.corrections import Correction, apply

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


# How the note every page shows names each kind of correction: (one, several).
NOTICE_WORDS = {
    "speaker": ("a speaker fixed", "{n} speakers fixed"),
    "merge": ("two speakers merged", "{n} merges of speakers"),
    "wrong": ("a row marked wrong", "{n} rows marked wrong"),
}


BUNDLED_NOT_CORRECTABLE = (
    "This is an example article that comes with the dashboard: it cannot be corrected. "
    "Add an article of your own (sidebar), save it to the library, then correct it here."
)
UNSAVED_NOT_CORRECTABLE = (
    "Only a saved article can be corrected: save this one to the library first "
    "(sidebar: Save this article to the library)."
)


def why_not_correctable(entry) -> str:
    """Why the Corrections page has no forms for this article (a library `Entry` or None):
    an example article cannot be saved, so it is not told to save it."""
    return (
        BUNDLED_NOT_CORRECTABLE if entry is not None and entry.bundled else UNSAVED_NOT_CORRECTABLE
    )


def notice(tables) -> str:
    """The line every page shows above an article its readers corrected ('' when none): the
    pages show the corrected tables, and say so. Counts only, no reader-typed names."""
    made = getattr(tables, "corrections", ())
    if not made:
        return ""
    parts = []
    for kind, (one, several) in NOTICE_WORDS.items():
        n = sum(c.kind == kind for c in made)
        if n:
            parts.append(one if n == 1 else several.format(n=n))
    return (
        "Shown as corrected by readers ("
        + ", ".join(parts)
        + "); the Corrections page lists them. The exports carry them too."
    )


def corrected(entry, tables):
    """`tables` with the saved article's corrections applied: for an analysis made in this
    session (a publication date given in place), which `app.library.analysis` does not store.
    A bundled article or upload has none; a store that fails leaves the tables as they are."""
    from lib.store import StoreError

    if entry is None or entry.bundled or entry.store is None:
        return tables
    try:
        found = entry.store.list_corrections(entry.article_id)
    except StoreError:
        return tables
    return apply(tables, found).tables if found else tables
