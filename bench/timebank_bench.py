"""Score the temporal tagger on the TempEval-3 training data (TimeBank 1.2 and AQUAINT).

    uv run python bench/timebank_bench.py [--verbose] [--classes] [--part timebank|aquaint|all]

Scoring is the shared `../shared/bench/timeml_score.py`, exactly as `bench/meantime_bench.py`
uses it (the DCT given as the publication date; headline: DATE-type value F1). Figures are
printed for TimeBank, for AQUAINT and for both together; `--classes` lists each part's DATE errors
grouped by construction (`meantime_bench.print_classes`), to rank them across the corpora.

The 24 AQUAINT documents behind the blind gold (the `docid` of every bench/blindgold/*/*.json)
and the 6 of the fresh blind set (bench/fresh_texts.py; left out from round 3's end on: the
round-3 date rules were tuned with them in) are left out of every figure here, so that nothing tuned on this bench leaks into the blind
test. The TempEval-3 platinum test set is held out and never read.

The corpus is not part of this repository: it is read from `$NEWSDASH_CORPORA/tbaq/data/
TBAQ-cleaned/{TimeBank,AQUAINT}` (default `../corpora` beside the checkout; a public copy is
github.com/jspotter/TempEval-3, `data/TBAQ-cleaned`). Without it the bench says so and exits.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

import blind_texts  # noqa: E402
import fresh_texts  # noqa: E402
from meantime_bench import Runner, load_scorer, print_classes, report  # noqa: E402

from lib.nlp import load_nlp  # noqa: E402

PARTS = ("TimeBank", "AQUAINT")


def blind_docids() -> set[str]:
    """Document ids used by the blind gold (dev and test halves) and by the fresh blind set's
    AQUAINT articles (bench/fresh_texts.py): never scored or tuned on here."""
    first = {
        json.loads(p.read_text(encoding="utf-8"))["docid"]
        for p in (HERE / "blindgold").glob("*/*.json")
    }
    fresh = {
        ident.split(":", 1)[1]
        for ident in fresh_texts.ARTICLES.values()
        if ident.startswith("aquaint:")
    }
    return first | fresh


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--verbose", action="store_true", help="print every miss and wrong value")
    ap.add_argument("--classes", action="store_true", help="DATE errors grouped by construction")
    ap.add_argument("--part", choices=("timebank", "aquaint", "all"), default="all")
    args = ap.parse_args(argv)
    ts = load_scorer()
    folders = [blind_texts.TBAQ / p for p in PARTS if args.part in ("all", p.lower())]
    if ts is None or not all(f.is_dir() for f in folders):
        print(f"skipped: needs {blind_texts.TBAQ}/{{TimeBank,AQUAINT}} and ../shared/bench")
        return 0
    excluded = blind_docids()
    runner = Runner(load_nlp())
    cached: dict[str, list[dict]] = {}

    def run(doc) -> list[dict]:  # each document tagged once, scored per part and together
        if doc["docid"] not in cached:
            cached[doc["docid"]] = runner(doc)
        return cached[doc["docid"]]

    everything, left_out = [], 0
    for folder in folders:
        docs = []
        for path in sorted(folder.glob("*.tml")):
            if path.stem in excluded:
                left_out += 1
                continue
            doc = ts.parse_tml(str(path))
            if doc["dct"] and doc["text"].strip():
                docs.append(doc)
        errors: list[str] | None = [] if args.verbose else None
        results, errs = ts.evaluate(docs, run, errors=errors)
        if args.verbose:
            print("\n".join(errs))
        report(f"{folder.name}, {len(docs)} documents", results)
        if args.classes:
            print_classes(ts, docs, cached)
        everything += docs
    if len(folders) > 1:
        results, _ = ts.evaluate(everything, run)
        report(f"TimeBank + AQUAINT, {len(everything)} documents", results)
    print(
        f"left out: {left_out} AQUAINT documents of the blind gold (bench/blindgold, freshgold), "
        "never scored or tuned on here"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
