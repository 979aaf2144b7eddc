"""Score the temporal tagger (lib.timeline.tagger) on MEANTIME's TimeML files with the shared scorer.

    uv run python bench/meantime_bench.py [--verbose] [--classes] [--split dev|test|all] [--dir PATH]

`--classes` lists the DATE errors grouped by construction (the expression with weekdays, months
and numbers made generic, and the kind of error: MISS, VALUE, FP), most frequent first, with
an example in context: the classes to rank across corpora (bench/timebank_bench.py has it too).

Splits: `dev` = corpus_airbus + corpus_apple, `test` = corpus_gm + corpus_stock (the corpus
folders of intra-doc_annotation/). Look at errors on `dev` only; `test` is the held-out check.

Scoring is `../shared/bench/timeml_score.py` (imported from there, never copied): the creation
time from <DCT> is given as the publication date; the headline figure is the DATE-type value F1
("date_value_compat": one-to-one overlap matching; a value is right when equal to gold, or when
the system's date agrees with a calendar gold value at the gold's granularity; non-calendar gold
values such as PRESENT_REF, seasons or XXXX-... only when the strings are equal). All-type span,
type and value figures are printed too (TempEval-3 style).

MEANTIME: NewsReader MEANTIME corpus, (c) 2015 FBK, VU Amsterdam, UPV/EHU, CC BY 4.0; texts from
Wikinews, CC BY 2.5. The corpus is not part of this repository: it is read from the folder
`shared/bench/meantime` beside the repository (CI copies `shared/` there).
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import statistics
import sys
import time
from collections import Counter
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lib.context import Context, build_sentences  # noqa: E402
from lib.entities import extract_entities  # noqa: E402
from lib.ingest.formats import load_article  # noqa: E402
from lib.ingest.published import find_published  # noqa: E402
from lib.nlp import load_nlp, parse  # noqa: E402
from lib.timeline.patterns import clear_cache  # noqa: E402
from lib.timeline.tagger import tag  # noqa: E402

SHARED = ROOT.parent / "shared" / "bench"
SCORER = SHARED / "timeml_score.py"
DEFAULT_DIR = SHARED / "meantime"
SPLITS = {"dev": ("corpus_airbus", "corpus_apple"), "test": ("corpus_gm", "corpus_stock")}


def load_scorer():
    """The shared TimeML scorer, imported from ../shared/bench (None when absent)."""
    if not SCORER.exists():
        return None
    spec = importlib.util.spec_from_file_location("timeml_score", SCORER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


class Runner:
    """The scorer's runner: a parsed TimeML document -> our timexes as dicts, offsets into its text.

    Also records what the text alone says of the publication date (DCT hidden) and timings."""

    def __init__(self, nlp):
        self.nlp = nlp
        self.tag_ms: list[float] = []
        self.parse_ms: list[float] = []
        self.inferred = {"right": 0, "wrong": 0, "unknown": 0}
        self.wrong_published: list[str] = []

    def __call__(self, doc) -> list[dict]:
        text = doc["text"]
        body = text.strip()
        lead = len(text) - len(text.lstrip())
        dct = date.fromisoformat(doc["dct"][:10])
        article = load_article(body, fmt="text")
        assert article.text == body, doc["docid"]
        t0 = time.perf_counter()
        parsed = parse(article, self.nlp)
        t1 = time.perf_counter()
        ctx = Context(article, parsed, build_sentences(article, parsed))
        ctx.entities = extract_entities(article, parsed)
        guess, _how = find_published(ctx)  # the text alone, as if no DCT were known
        self.inferred["unknown" if guess is None else ("right" if guess == dct else "wrong")] += 1
        if guess is not None and guess != dct:
            self.wrong_published.append(f"{doc['docid'][:40]}: inferred {guess}, DCT {dct}")
        clear_cache()  # time the tagger from scratch
        t2 = time.perf_counter()
        found = tag(ctx, dct)
        t3 = time.perf_counter()
        self.parse_ms.append((t1 - t0) * 1000)
        self.tag_ms.append((t3 - t2) * 1000)
        return [
            dict(
                start=x.start + lead,
                end=x.end + lead,
                type=x.type,
                value=x.value,
                date=datetime(x.date.year, x.date.month, x.date.day) if x.date else None,
                text=x.text,
            )
            for x in found
        ]


def report(label: str, results: dict) -> None:
    """The shared scorer's figures, headline first."""
    c = results["counts"]
    p, r, f = results["date_value_compat"]
    print(f"{label}: DATE gold {c.get('gold', 0)}, system {c.get('sys', 0)}")
    print(f"  DATE value F1 {100 * f:5.1f}  (P {100 * p:5.1f}  R {100 * r:5.1f})   <- headline")
    for key, name in (
        ("date_value_exact", "DATE value exact"),
        ("date_relaxed", "DATE span relaxed"),
        ("date_strict", "DATE span strict"),
        ("all_relaxed", "all types span relaxed"),
    ):
        p, r, f = results[key]
        print(f"  {name:<24} F1 {100 * f:5.1f}  (P {100 * p:5.1f}  R {100 * r:5.1f})")
    print(
        f"  all types: type F1 {100 * results['all_type_f1_te3style']:5.1f}, "
        f"value F1 {100 * results['all_value_f1_te3style']:5.1f} (TempEval-3 style)"
    )


GENERIC = (
    (re.compile(r"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"), "WEEKDAY"),
    (
        re.compile(
            r"(?i)\b(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?"
            r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?"
        ),
        "MONTH",
    ),
    (re.compile(r"\d+"), "N"),
    (
        re.compile(r"(?i)\b(?:one|two|three|four|five|six|seven|eight|nine|ten|a few|several)\b"),
        "NUM",
    ),
)


def construction(words: str) -> str:
    """The class an expression belongs to: 'last Tuesday' and 'last Friday' are one."""
    words = " ".join(words.lower().split())
    for pattern, name in GENERIC:
        words = pattern.sub(name, words)
    return words


def date_errors(ts, doc: dict, preds: list[dict]) -> list[tuple[str, str, str]]:
    """(kind, expression, example) for each DATE error of a document, matched as the shared
    scorer matches (a DATE prediction over a non-DATE gold only is ignored there, and here)."""
    gold = [t for t in doc["timexes"] if t["type"] == "DATE"]
    other = [t for t in doc["timexes"] if t["type"] != "DATE"]
    kept = [
        p
        for p in preds
        if p["type"] == "DATE"
        and not (any(ts.overlap(p, g) for g in other) and not any(ts.overlap(p, g) for g in gold))
    ]
    pairs = {gi: pi for gi, pi, _ in ts.match(gold, kept)}
    text, out = doc["text"], []

    def example(x: dict, note: str) -> str:
        before = text[max(0, x["start"] - 50) : x["start"]]
        after = text[x["end"] : x["end"] + 30]
        return " ".join(f"{note}: ...{before}[{text[x['start'] : x['end']]}]{after}...".split())

    for gi, g in enumerate(gold):
        p = kept[pairs[gi]] if gi in pairs else None
        if p is None:
            out.append(("MISS", g["text"], example(g, f"gold {g['value']}")))
        elif not ts.value_compat(p["value"], p.get("date"), g["value"]):
            out.append(("VALUE", g["text"], example(g, f"gold {g['value']} sys {p['value']}")))
    for pi, p in enumerate(kept):
        if pi not in pairs.values():
            out.append(("FP", p["text"], example(p, f"sys {p['value']}")))
    return out


def print_classes(ts, docs: list[dict], outputs: dict[str, list[dict]], top: int = 40) -> None:
    """The DATE errors by construction and kind, most frequent first, one example each."""
    count: Counter = Counter()
    examples: dict[tuple[str, str], str] = {}
    for doc in docs:
        for kind, words, example in date_errors(ts, doc, outputs[doc["docid"]]):
            key = (kind, construction(words))
            count[key] += 1
            examples.setdefault(key, f"{doc['docid'][:24]} {example}")
    print(f"DATE errors by construction ({sum(count.values())} in all):")
    for (kind, words), n in count.most_common(top):
        print(f"  {n:3} {kind:5} {words[:32]:32} {examples[(kind, words)][:150]}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dir", type=Path, default=DEFAULT_DIR)
    ap.add_argument("--verbose", action="store_true", help="print every miss and wrong value")
    ap.add_argument("--classes", action="store_true", help="DATE errors grouped by construction")
    ap.add_argument("--split", choices=("dev", "test", "all"), default="all")
    args = ap.parse_args(argv)
    folder = args.dir / "timeml"
    ts = load_scorer()
    if not folder.is_dir() or ts is None:
        print(
            f"MEANTIME or the scorer not found ({folder}, {SCORER}): put the shared/ folder beside "
            "the repository (../shared/bench) or pass --dir.",
            file=sys.stderr,
        )
        return 2
    wanted = split_ids(args.dir / "intra-doc_annotation", args.split)
    docs = [ts.parse_tml(str(p)) for p in sorted(folder.glob("*.tml"))]
    docs = [d for d in docs if d["dct"] and (wanted is None or d["docid"].split("_")[0] in wanted)]
    runner = Runner(load_nlp())
    outputs: dict[str, list[dict]] = {}

    def run(doc) -> list[dict]:
        outputs[doc["docid"]] = runner(doc)
        return outputs[doc["docid"]]

    errors: list[str] | None = [] if args.verbose else None
    results, errs = ts.evaluate(docs, run, errors=errors)
    if args.verbose:
        print("\n".join(errs + [f"PUBLISHED {w}" for w in runner.wrong_published]))
    if args.classes:
        print_classes(ts, docs, outputs)
    report(f"MEANTIME English ({args.split}), {len(docs)} documents with a creation time", results)
    print("HeidelTime for scale (measured with the same scorer): DATE value F1 76.9")
    i = runner.inferred
    print(
        "publication date from the text alone (lib.ingest.published, DCT hidden): "
        f"{i['right']} right, {i['wrong']} wrong, {i['unknown']} unknown"
    )
    print(
        f"time per document: tagging {statistics.median(runner.tag_ms):.2f} ms median "
        f"({statistics.mean(runner.tag_ms):.2f} mean); "
        f"spaCy parse {statistics.median(runner.parse_ms):.1f} ms median"
    )
    return 0


def split_ids(folder: Path, split: str) -> set[str] | None:
    """Document ids (the number a file name starts with) of a split; None for all."""
    if split == "all":
        return None
    ids = set()
    for corpus in SPLITS[split]:
        ids.update(p.name.split("_")[0] for p in (folder / corpus).glob("*.xml"))
    return ids


if __name__ == "__main__":
    raise SystemExit(main())
