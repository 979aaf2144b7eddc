"""Facts: figures (lib/figures.py) and statements (lib/statements.py), in text order.

`key_figures()` ranks figures for the figures panel: measures in the order of
data/measures.toml (casualties first), then figures in the headline, then the bigger number.
"""

from __future__ import annotations

import pandas as pd

from lib.figures import find_figures, rules
from lib.numbers import format_value
from lib.statements import extract_statements


def extract_facts(ctx) -> list[dict]:
    """Rows of the `facts` table: each body sentence as a statement, each figure in it after."""
    rows = extract_statements(ctx) + find_figures(ctx)
    rows.sort(key=lambda r: (r["start"], r["kind"] != "statement", r["end"]))
    for i, row in enumerate(rows):
        row["fact_id"] = i
    return rows


# Units the written number already shows ("52%", "$4bn"): not repeated in descriptions.
_SYMBOL_UNITS = frozenset(("percent", "percentage points"))
_SYMBOLS = "$€£¥₹₽%"
_COLLECTIVE = frozenset(
    ("tens", "dozens", "hundreds", "thousands", "millions", "billions", "scores")
)


def measure_rank(measure: str | None) -> int:
    """Position of a measure in data/measures.toml (unknown measures rank last)."""
    order = {m["name"]: i for i, m in enumerate(rules().measures)}
    return order.get(measure or "", len(order))


def measure_category(measure: str | None) -> str:
    """The measure's category in data/measures.toml (casualties, economy ...), '' if unknown."""
    for m in rules().measures:
        if m["name"] == measure:
            return m.get("category", "")
    return ""


def describe_figure(row) -> str:
    """One line for the figures panel: 'at least 137 people killed', '$41.2 billion revenue'."""
    get = row.get if isinstance(row, dict) else (lambda k: getattr(row, k, None))
    value = get("value")
    if value is None or pd.isna(value):
        return str(get("text") or "")
    unit, measure = get("unit") or "", get("measure") or ""
    qualifier = get("qualifier") or ""
    written = str(get("value_text") or "")
    if unit in _SYMBOL_UNITS or any(ch in written for ch in _SYMBOLS):
        amount, unit = written, ""  # "52%", "US$ 4.3 billion": the unit is in the number
    elif written[:1].isalpha():
        amount = written.lower()  # "four", "a dozen", "tens of thousands"
        if amount.split()[0] in _COLLECTIVE:
            qualifier, unit = "", f"of {unit}" if unit else ""
    else:
        amount = format_value(float(value))
    words = [qualifier, amount, unit, "" if measure == get("unit") else measure]
    return " ".join(w for w in words if w)


def key_figures(
    facts: pd.DataFrame,
    n: int = 8,
    headline_end: int | None = None,
    sentences: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """The n figures a reader should see first, best first, one per (value, measure).

    Tiers: casualties first, then the headline's numbers (offsets before `headline_end`, or
    sentences whose paragraph_kind is headline), then the rest; within a tier, measures in the
    order of data/measures.toml, figures with a measure before those without, larger values
    first, then text order.
    """
    if facts is None or facts.empty:
        return facts.iloc[0:0] if facts is not None else pd.DataFrame()
    figs = facts[facts["kind"] == "figure"].copy()
    if figs.empty:
        return figs
    headline = pd.Series(False, index=figs.index)
    if headline_end is not None:
        headline |= figs["start"] < headline_end
    if sentences is not None and not sentences.empty:
        ids = set(sentences.loc[sentences["paragraph_kind"] == "headline", "sentence_id"])
        headline |= figs["sentence_id"].isin(ids)
    casualties = figs["measure"].map(lambda m: measure_category(m) == "casualties")
    figs["_tier"] = 2 - casualties.astype(int) * 2
    figs.loc[~casualties & headline, "_tier"] = 1
    figs["_rank"] = figs["measure"].map(measure_rank)
    figs["_no_measure"] = figs["measure"].map(lambda m: 0 if isinstance(m, str) and m else 1)
    figs["_size"] = -figs["value"].astype(float).fillna(0)
    keys = ["_tier", "_rank", "_no_measure", "_size", "start"]
    figs = figs.sort_values(keys, kind="stable")
    figs = figs.drop_duplicates(subset=["value", "measure"], keep="first")
    return figs.drop(columns=keys[:-1]).head(n)
