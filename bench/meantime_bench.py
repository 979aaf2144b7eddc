"""Score the temporal tagger (lib.timeline.tagger) on MEANTIME's TimeML files; prints figures.

    uv run python bench/meantime_bench.py [--verbose] [--split dev|test|all] [--dir PATH]

Splits: `dev` = corpus_airbus + corpus_apple, `test` = corpus_gm + corpus_stock (the corpus
folders of intra-doc_annotation/). Look at errors on `dev` only; `test` is the held-out check.

Protocol (the one of ../shared/bench/meantime/ABOUT.md): the creation time from <DCT> is given
as the publication date; only DATE-type expressions are counted on both sides; a system
expression matches a gold one when their spans overlap (one-to-one, first come first served);
a matched value is right when the system's value agrees with the gold value at the gold's
granularity (YYYY, YYYY-MM or YYYY-MM-DD; a trailing -XX is dropped). Gold values without a concrete date (PRESENT_REF,
XXXX-XX-XX, weeks, quarters, seasons, decades) count as "no concrete date": right when the system
gives no concrete date either. A strict line also prints the figure where such gold values can
never be right. Value F1 = 2 * right / (system + gold).

MEANTIME: NewsReader MEANTIME corpus, (c) 2015 FBK, VU Amsterdam, UPV/EHU, CC BY 4.0; texts from
Wikinews, CC BY 2.5. The corpus is not part of this repository: it is read from the folder
`shared/bench/meantime` beside the repository (CI copies `shared/` there).
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from datetime import date
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

DEFAULT_DIR = ROOT.parent / "shared" / "bench" / "meantime"
TAG = re.compile(r"<(/)?TIMEX3([^>]*)>")
ATTR = re.compile(r'(\w+)="([^"]*)"')
SPLITS = {"dev": ("corpus_airbus", "corpus_apple"), "test": ("corpus_gm", "corpus_stock")}
CONCRETE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?(?:T.*)?$")


def read_tml(path: Path):
    """(text, dct, gold) with gold = [(start, end, type, value, words)] into text.

    TIMEX3 may nest ("<TIMEX3 DURATION>from <TIMEX3 DATE>2009</TIMEX3> to ...</TIMEX3>"): a stack
    keeps each element's own span, so inner dates are gold too and outer tags never leak into
    the text.
    """
    raw = path.read_text(encoding="utf-8")
    dct = re.search(r"<DCT>.*?value=\"(\d{4}-\d{2}-\d{2})", raw, re.S)
    body = re.search(r"<TEXT>\n?(.*?)</TEXT>", raw, re.S).group(1)
    parts, gold, stack, cursor, pos = [], [], [], 0, 0
    for m in TAG.finditer(body):
        parts.append(body[pos : m.start()])
        cursor += m.start() - pos
        pos = m.end()
        if m.group(1) is None:
            stack.append((cursor, dict(ATTR.findall(m.group(2)))))
        elif stack:
            start, attrs = stack.pop()
            gold.append([start, cursor, attrs.get("type"), attrs.get("value", "")])
    parts.append(body[pos:])
    full = "".join(parts)
    lead = len(full) - len(full.lstrip())
    full = full.strip()
    gold = sorted((s - lead, e - lead, t, v, full[s - lead : e - lead]) for s, e, t, v in gold)
    return full, (date.fromisoformat(dct.group(1)) if dct else None), gold


def split_ids(folder: Path, split: str) -> set[str] | None:
    """Document ids (the number a file name starts with) of a split; None for all."""
    if split == "all":
        return None
    ids = set()
    for corpus in SPLITS[split]:
        ids.update(p.name.split("_")[0] for p in (folder / corpus).glob("*.xml"))
    return ids


def concrete(value: str) -> bool:
    return bool(CONCRETE.match(value or ""))


def value_right(gold: str, system: str, *, strict: bool) -> bool:
    gold, system = gold.split("T")[0], (system or "").split("T")[0]  # compare dates, not times
    gold = re.sub(r"(?:-XX)+$", "", gold)  # "2011-06-XX" (mid-2011) is at month granularity
    if not concrete(gold):
        return not strict and not concrete(system)
    return concrete(system) and system[: len(gold)] == gold


def match(gold, system):
    """One-to-one overlap matching in text order: [(gold, system)]."""
    pairs, used = [], set()
    for g in gold:
        for i, s in enumerate(system):
            if i not in used and s[0] < g[1] and g[0] < s[1]:
                pairs.append((g, s))
                used.add(i)
                break
    return pairs


def f1(right: int, n_sys: int, n_gold: int) -> tuple[float, float, float]:
    p = right / n_sys if n_sys else 0.0
    r = right / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dir", type=Path, default=DEFAULT_DIR)
    ap.add_argument("--verbose", action="store_true", help="print every miss and wrong value")
    ap.add_argument("--split", choices=("dev", "test", "all"), default="all")
    args = ap.parse_args(argv)
    folder = args.dir / "timeml"
    if not folder.is_dir():
        print(
            f"MEANTIME not found at {folder}: put the shared/ folder beside the repository "
            "(../shared/bench/meantime) or pass --dir.",
            file=sys.stderr,
        )
        return 2
    wanted = split_ids(args.dir / "intra-doc_annotation", args.split)
    nlp = load_nlp()
    n_gold = n_sys = n_match = right = right_strict = docs = 0
    tag_ms, parse_ms = [], []
    inferred = {"right": 0, "wrong": 0, "unknown": 0}
    for path in sorted(folder.glob("*.tml")):
        if wanted is not None and path.name.split("_")[0] not in wanted:
            continue
        text, dct, gold = read_tml(path)
        if dct is None:
            continue
        docs += 1
        article = load_article(text, fmt="text")
        assert article.text == text, path.name
        t0 = time.perf_counter()
        doc = parse(article, nlp)
        t1 = time.perf_counter()
        ctx = Context(article, doc, build_sentences(article, doc))
        ctx.entities = extract_entities(article, doc)
        guess, _how = find_published(ctx)  # the text alone, as if no DCT were known
        inferred["unknown" if guess is None else ("right" if guess == dct else "wrong")] += 1
        if args.verbose and guess is not None and guess != dct:
            print(f"PUBLISHED {path.name[:40]}: inferred {guess}, DCT {dct}")
        clear_cache()  # time the tagger from scratch
        t2 = time.perf_counter()
        found = tag(ctx, dct)
        t3 = time.perf_counter()
        parse_ms.append((t1 - t0) * 1000)
        tag_ms.append((t3 - t2) * 1000)
        gold_dates = [g for g in gold if g[2] == "DATE"]
        system = [(x.start, x.end, x.value, x.text) for x in found if x.type == "DATE"]
        pairs = match(gold_dates, system)
        n_gold += len(gold_dates)
        n_sys += len(system)
        n_match += len(pairs)
        for g, s in pairs:
            ok = value_right(g[3], s[2], strict=False)
            right += ok
            right_strict += value_right(g[3], s[2], strict=True)
            if args.verbose and not ok:
                print(f"VALUE {path.name[:40]}: {g[4]!r} gold {g[3]} system {s[3]!r} {s[2]}")
        if args.verbose:
            hit_g = {id(g) for g, _ in pairs}
            hit_s = {s for _, s in pairs}
            for g in gold_dates:
                if id(g) not in hit_g:
                    print(f"MISS  {path.name[:40]}: {g[4]!r} {g[3]}")
            for s in system:
                if s not in hit_s:
                    print(f"EXTRA {path.name[:40]}: {s[3]!r} {s[2]}")
    sp, sr, sf = f1(n_match, n_sys, n_gold)
    vp, vr, vf = f1(right, n_sys, n_gold)
    _, _, vf_strict = f1(right_strict, n_sys, n_gold)
    print(
        f"MEANTIME English ({args.split}), {docs} documents with a creation time; DATE expressions: "
        f"{n_gold} gold, {n_sys} system, {n_match} matched"
    )
    print(f"span   P {100 * sp:5.1f}  R {100 * sr:5.1f}  F1 {100 * sf:5.1f}")
    print(
        f"value  P {100 * vp:5.1f}  R {100 * vr:5.1f}  F1 {100 * vf:5.1f}  "
        f"accuracy on matched {100 * right / max(n_match, 1):5.1f}"
    )
    print(f"value F1 strict (non-concrete gold never right): {100 * vf_strict:5.1f}")
    print("HeidelTime for scale (ABOUT.md): span F1 87.3, value F1 76.9")
    print(
        "publication date from the text alone (lib.ingest.published, DCT hidden): "
        f"{inferred['right']} right, {inferred['wrong']} wrong, {inferred['unknown']} unknown"
    )
    print(
        f"time per document: tagging {statistics.median(tag_ms):.2f} ms median "
        f"({statistics.mean(tag_ms):.2f} mean); spaCy parse {statistics.median(parse_ms):.1f} ms median"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
