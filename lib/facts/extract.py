"""Facts: figures (lib/facts/figures.py) and statements (lib/facts/statements.py), in text order.

`key_figures()` ranks figures for the figures panel: measures in the order of
data/measures.toml (casualties first), then figures in the headline, then the bigger number.
"""

from __future__ import annotations

import pandas as pd

from lib.facts.figrules import rules
from lib.facts.figures import find_figures
from lib.facts.numbers import COLLECTIVE, COLLECTIVE_MULTIPLIERS, format_value
from lib.facts.statements import extract_statements


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
# The vague amounts written in the plural ("dozens", "tens" of thousands), from the one list of
# them (`lib.facts.numbers`), so a new one ("trillions") is added in one place.
_COLLECTIVE = frozenset({w for w in COLLECTIVE if w.endswith("s")} | COLLECTIVE_MULTIPLIERS.keys())


def measure_rank(measure: str | None) -> int:
    """Position of a measure in data/measures.toml (unknown measures rank last)."""
    order = {m["name"]: i for i, m in enumerate(rules().measures)}
    return order.get(measure or "", len(order))


def measure_category(measure: str | None) -> str:
    """The measure's category in data/measures.toml (casualties, economy ...), '' if unknown."""
    entry = _measure_entry(measure)
    return entry.get("category", "") if entry is not None else ""


def _measure_entry(measure: str | None) -> dict | None:
    """The data/measures.toml entry a measure stands for: by its name ('killed'), or for a measure
    in the article's words ('the death toll', 'wages') by the cue its last word is."""
    if not measure:
        return None
    r = rules()
    for m in r.measures:
        if m["name"] == measure:
            return m
    last = measure.split()[-1].lower()
    singular = last[:-3] + "y" if last.endswith("ies") else last.removesuffix("s")
    for word in (last, singular):
        if r.cue_measure.get(word):
            return r.cue_measure[word][0]
    return None


_PEOPLE = frozenset(
    (
        "people",
        "persons",
        "men",
        "women",
        "children",
        "residents",
        "villagers",
        "civilians",
        "workers",
        "employees",
        "staff",
        "members",
        "soldiers",
        "troops",
        "officers",
        "suspects",
    )
)
_CHANGE_NAMES = frozenset(("increase", "decrease", "level", "cut", "change"))
_PARTICIPLES = frozenset(("cut", "sold", "won", "bought", "paid", "shut", "lost", "held", "sent"))


def _get(row):
    return row.get if isinstance(row, dict) else (lambda k: getattr(row, k, None))


def _text(value) -> str:
    return value if isinstance(value, str) else ""


def _reads_as_verb(measure: str) -> bool:
    """'killed', 'heading towards Ukraine', 'cut' follow what they count; 'revenue' does not."""
    first = measure.split()[0] if measure else ""
    return first.endswith(("ed", "ing")) or first in _PARTICIPLES


def _label_parts(row) -> tuple[str, str, str]:
    """(unit, measure, style): style 'after' ('people killed'), 'apart' ('capacity (seats)'),
    or '' when one word says it all."""
    get = _get(row)
    unit, measure = _text(get("unit")), _text(get("measure"))
    if measure in _CHANGE_NAMES:
        measure = ""  # an old row's "decrease" says what happened, not what it happened to
    written = _text(get("value_text"))
    if (
        unit in _SYMBOL_UNITS
        or any(ch in written for ch in _SYMBOLS)
        or (unit and unit.split()[0] in written.lower())
    ):
        unit = ""  # "52%", "$4.3 billion", "9 percent": the number already shows the unit
    if not unit or not measure:
        return unit, measure, ""
    if measure.split()[0] == unit:
        return "", measure, ""  # "times arrested": the measure names its unit already
    stem = measure.rstrip("s")
    if measure == unit or stem in unit.split() or unit.rstrip("s") in measure.split():
        return (unit, "", "") if len(unit) >= len(measure) else ("", measure, "")
    if _reads_as_verb(measure):
        return unit, measure, "after"
    if unit in _PEOPLE:
        return "", measure, ""  # "four men" who attacked: attackers
    return unit, measure, "apart"


NO_MEASURE = "measure not stated"  # what a card says when the article does not say what
_CHANGE_SIGNS = {"increase": "up", "decrease": "down", "difference": "a difference of"}
_SAID_BY = frozenset(("attributed", "claimed", "unverified"))


def figure_label(row) -> str:
    """Short card label for a figure, the number shown apart: 'people killed', 'attackers',
    'capacity (seats)', 'revenue', 'contract value'. The overview cards should call this (not
    unit + measure, which reads 'men attackers'). A figure whose article does not say what it
    counts reads 'measure not stated', never a bare verb or change word."""
    unit, measure, style = _label_parts(row)
    if style == "after":
        return f"{unit} {measure}"
    if style == "apart":
        return f"{measure} ({unit})"
    return measure or unit or NO_MEASURE


def figure_heading(row) -> str:
    """The label with whose quantity it is: 'crop yields (United States)'."""
    label = figure_label(row)
    subject = _text(_get(row)("subject"))
    if subject and subject.lower() not in label.lower():
        return f"{label} ({subject})"
    return label


def change_sign(row) -> str:
    """'up', 'down' or 'a difference of' before the number; '' for a level, share or range."""
    return _CHANGE_SIGNS.get(_text(_get(row)("change")), "")


def figure_sentence(row) -> str:
    """A figure read as a sentence from its columns: 'Crop yields (United States): down 25% -
    per the researchers', 'People killed: at least 137', 'Measure not stated: 42'."""
    get = _get(row)
    heading = figure_heading(row)
    amount = " ".join(w for w in (_text(get("qualifier")), _text(get("value_text"))) if w)
    if amount[-1:].isalpha() and _text(get("value_text"))[:1].isalpha():
        amount = amount.lower()  # "Half of the children": half
    if _text(get("change")) == "share":
        amount = f"{amount} (a share)"
    line = f"{heading[:1].upper()}{heading[1:]}: {' '.join(w for w in (change_sign(row), amount) if w)}"
    source = _text(get("source"))
    if source and _text(get("status")) in _SAID_BY:
        line += f" — per {source}"
    return line


def describe_figure(row) -> str:
    """One line for the figures panel: 'at least 137 people killed', '$41.2 billion revenue',
    'four attackers', '6,200 seats (capacity)'."""
    get = _get(row)
    value = get("value")
    if value is None or pd.isna(value):
        return str(get("text") or "")
    qualifier = _text(get("qualifier"))
    written = str(get("value_text") or "")
    unit, measure, style = _label_parts(row)
    if any(ch in written for ch in _SYMBOLS) or _text(get("unit")) in _SYMBOL_UNITS:
        amount = written  # "52%", "US$ 4.3 billion": the unit is in the number
    elif written[:1].isalpha():
        amount = written.lower()  # "four", "a dozen", "tens of thousands"
        if amount.split()[0] in _COLLECTIVE:
            qualifier, amount = "", f"{amount} of" if unit or measure else amount
    else:
        amount = format_value(float(value))
        if unit == "" and _text(get("unit")) and _text(get("unit")).split()[0] in written.lower():
            amount = written  # "9 percent"
    if style == "apart":
        words = [qualifier, amount, unit, f"({measure})"]
    else:
        words = [qualifier, amount, unit, measure]
    return " ".join(w for w in words if w)


def key_figures(
    facts: pd.DataFrame,
    n: int = 8,
    headline_end: int | None = None,
    sentences: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """The n figures a reader should see first, best first, one per (value, measure).

    Ranked by what the story is about: casualties first; then a score for the headline (3), the
    lead - the first two body sentences - (2) and the measures news is made of (1: harm, money,
    votes, penalties; see `_NEWS_CATEGORIES`), less 3 for a count mentioned in passing (a
    handful of people or things outside the headline with nothing said about them: "two women",
    "three rifles"). Ties: measures in the order of data/measures.toml, figures with a measure
    before those without, larger values first, then text order.
    """
    if facts is None or facts.empty:
        return facts.iloc[0:0] if facts is not None else pd.DataFrame()
    figs = facts[facts["kind"] == "figure"].copy()
    if figs.empty:
        return figs
    headline = _in_headline(facts, figs, headline_end, sentences)
    lead = _in_lead(facts, figs, headline)
    casualties = figs["measure"].map(lambda m: measure_category(m) == "casualties")
    news = figs.apply(_is_news_measure, axis=1)
    passing = figs.apply(_in_passing, axis=1) & ~headline
    score = headline * 3 + lead * 2 + news * 1 - passing * 3
    figs["_tier"] = -(casualties.astype(int) * 10 + score.astype(int))
    figs["_rank"] = figs["measure"].map(measure_rank)
    figs["_no_measure"] = figs["measure"].map(lambda m: 0 if isinstance(m, str) and m else 1)
    figs["_size"] = -figs["value"].astype(float).fillna(0)
    keys = ["_tier", "_rank", "_no_measure", "_size", "start"]
    figs = figs.sort_values(keys, kind="stable")
    figs = figs.drop_duplicates(subset=["value", "measure"], keep="first")
    return figs.drop(columns=keys[:-1]).head(n)


# Measure categories (data/measures.toml) a story's key numbers come from: harm, money, votes,
# penalties.
_NEWS_CATEGORIES = frozenset(("casualties", "disaster", "health", "justice", "politics", "economy"))


def _in_headline(facts, figs, headline_end, sentences) -> pd.Series:
    headline = pd.Series(False, index=figs.index)
    if headline_end is not None:
        headline |= figs["start"] < headline_end
    if sentences is not None and not sentences.empty:
        ids = set(sentences.loc[sentences["paragraph_kind"] == "headline", "sentence_id"])
        headline |= figs["sentence_id"].isin(ids)
    return headline


def _in_lead(facts, figs, headline) -> pd.Series:
    """Figures in the first two sentences after the headline (the lead), by sentence order."""
    if "sentence_id" not in facts.columns:
        return pd.Series(False, index=figs.index)
    headline_ids = set(figs.loc[headline, "sentence_id"])
    ordered = facts.sort_values("start")["sentence_id"].dropna().drop_duplicates()
    body = [i for i in ordered if i not in headline_ids][:2]
    return figs["sentence_id"].isin(body)


def _is_news_measure(row) -> bool:
    get = _get(row)
    money = any(ch in _text(get("value_text")) for ch in _SYMBOLS) or "dollar" in _text(get("unit"))
    return money or measure_category(get("measure")) in _NEWS_CATEGORIES


def _in_passing(row) -> bool:
    """A small count with nothing said about it: its measure is just its noun or nothing."""
    get = _get(row)
    value = get("value")
    if value is None or pd.isna(value) or float(value) >= 10 or _text(get("change")) == "share":
        return False
    measure, unit = _text(get("measure")), _text(get("unit"))
    written = _text(get("value_text"))
    if unit in _SYMBOL_UNITS or any(ch in written for ch in _SYMBOLS) or "dollar" in unit:
        return False  # percentages and money are never a head count in passing
    return not measure or measure == unit or measure_category(measure) == ""
