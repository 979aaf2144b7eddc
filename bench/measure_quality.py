"""How often a figure's measure says nothing: empty, a change word, or a verb (issue 11).

    uv run python bench/measure_quality.py        # the 120 MEANTIME articles in ../shared

A measure should name the thing counted or measured ("crop yields", "people killed"), so a card
can read "Crop yields: down 25%". Three kinds of measure fail that:
- empty: nothing was found;
- a change word: "increase", "decrease", "level" ... say what happened, not to what;
- a verb: "exceeded", "rated", "heading towards Ukraine": the first word is a verb in the
  sentence and the measure is no name from data/measures.toml ("killed", "injured" are names).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CHANGE_WORDS = frozenset(
    (
        "increase", "decrease", "rise", "fall", "drop", "gain", "cut", "level", "change",
        "difference", "share", "decline", "jump", "lead",
    )
)  # fmt: skip


def measure_flaw(row: dict, doc, names: frozenset) -> str:
    """'' when the measure names a thing; else 'empty', 'change word' or 'verb'."""
    measure = (row.get("measure") or "").strip()
    if not measure:
        return "empty"
    if measure.lower() in CHANGE_WORDS:
        return "change word"
    if measure in names:
        return ""
    first = measure.split()[0].lower()
    window = doc.char_span(row["start"], row["end"], alignment_mode="expand")
    sent = window.sent if window is not None else doc[:]
    clause_verb = ("VERB", "AUX")
    if any(t.lower_ == first and t.pos_ in clause_verb and t.dep_ != "amod" for t in sent):
        return "verb"  # "confirmed orders" is a noun phrase; "confirmed" alone a verb
    return ""


def figure_flaws(ctx, rows: list[dict]) -> Counter:
    """Counter of flaws ('' for fine) over the figure rows of one article."""
    from lib.facts.figrules import rules

    names = frozenset(m["name"] for m in rules().measures)
    return Counter(measure_flaw(r, ctx.doc, names) for r in rows if r["kind"] == "figure")


def meantime_flaws() -> Counter | None:
    """Flaw counts over the MEANTIME articles; None when the corpus is absent."""
    from bench.corpus import MEANTIME_DIR, read_meantime
    from lib.context import Context
    from lib.entities import extract_entities
    from lib.facts.figures import find_figures
    from lib.nlp import load_nlp, parse
    from lib.pipeline import _as_article
    from lib.quotes.finder import extract_quotes

    paths = sorted(MEANTIME_DIR.glob("corpus_*/*.xml")) if MEANTIME_DIR.is_dir() else []
    if not paths:
        return None
    total: Counter = Counter()
    for path in paths:
        article = _as_article(read_meantime(path).text, filename="", meta=None)
        doc = parse(article, load_nlp())
        ctx = Context.from_parse(article, doc)
        ctx.entities = extract_entities(article, doc)
        ctx.quotes = extract_quotes(ctx)
        total += figure_flaws(ctx, find_figures(ctx))
    return total


def main() -> int:
    flaws = meantime_flaws()
    if flaws is None:
        print("skipped: the MEANTIME corpus is not in ../shared/bench/meantime")
        return 0
    n = sum(flaws.values())
    bad = n - flaws[""]
    print(f"figures {n}; measure empty, a change word or a verb: {bad} ({bad / max(n, 1):.1%})")
    for kind in ("empty", "change word", "verb"):
        print(f"  {kind:<12} {flaws[kind]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
