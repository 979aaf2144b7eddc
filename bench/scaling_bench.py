"""Time and peak memory of analyze() as the text grows, beside the bare one-Doc spaCy parse.

Usage: uv run python bench/scaling_bench.py [--sizes 10,20,50,100,195] [--shapes real,...]
                                            [--no-bare] [--repeat N]

Every (shape, size, mode) runs in a fresh subprocess, so its peak resident memory
(resource.getrusage ru_maxrss, model included) is its own. Shapes, all built from real news text
(the Wikinews dev articles and MEANTIME texts in ../shared, repeated as needed):

- real: the articles one after another;
- paragraphs: about 10,000 short paragraphs at 195 KB (each a few words of the same prose);
- straight: a straight quote mark before every third word;
- curly: an opening curly quote (never closed) before every fifth word.

Modes: `analyze` is the whole call (raw text -> tables); `bare` is the model's pipeline over the
article's tokens as one Doc (the parse the issue measured). The growth exponent is the slope of
log(time) against log(size) from 20 KB up (least squares). Times are medians of --repeat runs
inside the subprocess (after one warm-up analysis of a small text), in CPU seconds of the
process (time.process_time), which a shared, loaded machine inflates far less than wall time.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SHARED = ROOT.parent / "shared" / "bench"
SHAPES = ("real", "paragraphs", "straight", "curly")
DEFAULT_SIZES = (10, 20, 50, 100, 195)
FIT_FROM_KB = 20
SHORT_PARAGRAPHS_AT_195 = 10_000


def real_paragraphs() -> list[str]:
    """Paragraphs of real news prose: the Wikinews dev articles, then the MEANTIME texts."""
    paras: list[str] = []
    for path in sorted((SHARED / "realnews").glob("*.txt")):
        paras += [p.strip() for p in path.read_text("utf-8").split("\n\n") if p.strip()]
    for path in sorted((SHARED / "meantime" / "timeml").glob("*.tml")):
        raw = path.read_text("utf-8")
        body = raw.split("<TEXT>", 1)[-1].split("</TEXT>", 1)[0]
        body = re.sub(r"<[^>]+>", "", body).replace("``", "\u201c").replace("''", "\u201d")
        paras += [p.strip() for p in body.split("\n\n") if p.strip()]
    return paras


def _fill(pieces, sep: str, chars: int) -> str:
    """Join pieces (cycled) with `sep` until the next one would pass `chars`."""
    out: list[str] = []
    total = 0
    i = 0
    while True:
        piece = pieces[i % len(pieces)]
        if total + len(piece) + len(sep) > chars:
            return sep.join(out)
        out.append(piece)
        total += len(piece) + len(sep)
        i += 1


def _marked(words: list[str], every: int, mark: str) -> list[str]:
    return [mark + w if i % every == 0 else w for i, w in enumerate(words)]


def build_text(shape: str, kb: int) -> str:
    chars = kb * 1000
    paras = real_paragraphs()
    if shape == "real":
        return _fill(paras, "\n\n", chars)
    words = " ".join(paras).split()
    if shape == "paragraphs":
        per = 195_000 / SHORT_PARAGRAPHS_AT_195 - 2  # characters of text per paragraph
        chunks, cur = [], []
        for w in words:
            cur.append(w)
            if len(" ".join(cur)) >= per - 4:
                chunks.append(" ".join(cur))
                cur = []
        return _fill(chunks, "\n\n", chars)
    if shape == "straight":
        marked = _marked(words, 3, '"')
    elif shape == "curly":
        marked = _marked(words, 5, "\u201c")
    else:
        raise ValueError(shape)
    lines = [" ".join(marked[i : i + 60]) for i in range(0, len(marked), 60)]
    return _fill(lines, "\n\n", chars)


def measure(shape: str, kb: int, mode: str, repeat: int) -> dict:
    """Runs inside the subprocess: one measurement of one mode."""
    import resource
    import statistics

    from lib.ingest.formats import load_article
    from lib.nlp import load_nlp, make_doc
    from lib.pipeline import analyze

    text = build_text(shape, kb)
    nlp = load_nlp()
    analyze(build_text("real", 2))  # warm-up: model, rule data, lazy imports

    def bare():
        article = load_article(text)
        doc = make_doc(nlp, article)
        for _, proc in nlp.pipeline:
            doc = proc(doc)
        return doc

    fn = (lambda: analyze(text)) if mode == "analyze" else bare
    runs, walls = [], []
    for _ in range(repeat):
        c0, t0 = time.process_time(), time.perf_counter()
        fn()
        runs.append(time.process_time() - c0)
        walls.append(time.perf_counter() - t0)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "seconds": statistics.median(runs),
        "wall": statistics.median(walls),
        "peak_mb": peak_mb,
        "chars": len(text),
    }


def run_one(shape: str, kb: int, mode: str, repeat: int) -> dict:
    cmd = [sys.executable, __file__, "--child", f"{shape}:{kb}:{mode}", "--repeat", str(repeat)]
    out = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    if out.returncode:
        return {"error": (out.stderr.strip().splitlines() or ["failed"])[-1]}
    return json.loads(out.stdout.strip().splitlines()[-1])


def exponent(points: list[tuple[float, float]], from_kb: float = FIT_FROM_KB) -> float | None:
    """Least-squares slope of log(seconds) over log(size), sizes from `from_kb` up."""
    pts = [(math.log(k), math.log(s)) for k, s in points if k >= from_kb and s > 0]
    if len(pts) < 2:
        return None
    mx = sum(x for x, _ in pts) / len(pts)
    my = sum(y for _, y in pts) / len(pts)
    sxx = sum((x - mx) ** 2 for x, _ in pts)
    return sum((x - mx) * (y - my) for x, y in pts) / sxx


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default=",".join(map(str, DEFAULT_SIZES)))
    ap.add_argument("--shapes", default=",".join(SHAPES))
    ap.add_argument("--no-bare", action="store_true", help="skip the bare parse")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        shape, kb, mode = args.child.split(":")
        print(json.dumps(measure(shape, int(kb), mode, args.repeat)))
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    modes = ["analyze"] + ([] if args.no_bare else ["bare"])
    print(
        f"{'shape':11} {'KB':>4} {'chars':>7}   {'analyze':>7} {'peak MB':>8}"
        f"  {'bare':>7} {'peak MB':>8} {'ratio':>6}   (CPU seconds)"
    )
    for shape in args.shapes.split(","):
        series: dict[str, list[tuple[float, float]]] = {m: [] for m in modes}
        for kb in sizes:
            res = {m: run_one(shape, kb, m, args.repeat) for m in modes}
            cells = []
            for m in ("analyze", "bare"):
                r = res.get(m)
                if r is None:
                    cells.append(f"{'-':>7} {'-':>8}")
                elif "error" in r:
                    cells.append(f"error: {r['error'][:60]}")
                else:
                    series[m].append((kb, r["seconds"]))
                    cells.append(f"{r['seconds']:7.2f} {r['peak_mb']:8.0f}")
            a, b = res.get("analyze", {}), res.get("bare") or {}
            ratio = a["seconds"] / b["seconds"] if "seconds" in a and "seconds" in b else None
            chars = a.get("chars", b.get("chars", 0))
            print(
                f"{shape:11} {kb:4d} {chars:7d}   {cells[0]}  {cells[1]}"
                f" {ratio if ratio is None else format(ratio, '6.2f')}",
                flush=True,
            )
        fits = ", ".join(f"{m} {e:.2f}" for m in modes if (e := exponent(series[m])) is not None)
        print(f"{shape:11} growth exponent {FIT_FROM_KB}->{max(sizes)} KB: {fits}", flush=True)


if __name__ == "__main__":
    main()
