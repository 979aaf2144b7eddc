"""Score the data layer on the blind gold (bench/blindgold): statements, figures, timeline.

    uv run python bench/blind_bench.py --half dev [--details]
    uv run python bench/blind_bench.py --half test          # totals only: never tune on it
    uv run python bench/blind_bench.py --half bbc [--details]   # 12 BBC News articles (dev)
    uv run python bench/blind_bench.py --half reuters [--details]   # 12 Reuters stories (dev)
    uv run python bench/blind_bench.py --half reuters2 [--details]  # 18 more Reuters stories (dev)
    uv run python bench/blind_bench.py --half us [--details]   # 12 stories of US outlets (dev)
    uv run python bench/blind_bench.py --half us2 [--details]  # 16 more US stories of 2019 (dev)
    uv run python bench/blind_bench.py --half us3 [--details]  # 16 more again (dev, round 11)
    uv run python bench/blind_bench.py --half us4 [--details]  # and again (dev, round 12)
    uv run python bench/blind_bench.py --half us5 [--details]  # and again (dev, round 13)
    uv run python bench/blind_bench.py --half us6 [--details]  # and again (dev, round 14)
    uv run python bench/blind_bench.py --half us7 [--details]  # blind in round 15, dev from round 16
    uv run python bench/blind_bench.py --half us8 [--details]  # round 15's dev set
    uv run python bench/blind_bench.py --half us9 [--details]  # blind in round 16, dev from round 17
    uv run python bench/blind_bench.py --half us10 [--details]  # blind in round 17, dev from round 18
    uv run python bench/blind_bench.py --half us11 [--details]  # blind in round 18, dev from round 19
    uv run python bench/blind_bench.py --half us12 [--details]  # round 18's second draw: dev
    uv run python bench/blind_bench.py --half us13 [--details]  # blind in round 19, dev from round 20
    uv run python bench/blind_bench.py --half us14 [--details]  # blind in round 20, dev from round 21
    uv run python bench/blind_bench.py --half us15 [--details]  # blind in round 21, dev from round 22
    uv run python bench/blind_bench.py --half us16 [--details]  # blind in round 22, dev from round 23
    uv run python bench/blind_bench.py --half us17 [--details]  # blind in round 23, dev from round 24
    uv run python bench/blind_bench.py --half us18  # round 24: totals only (blind in round 24)

24 AQUAINT news articles (1998-2000) annotated by hand, by helpers who had not seen the rules,
before anything was run on them (guide: bench/blindgold/GUIDE.md). The even-numbered half (`test`)
is the blind test half: `--details` is refused there, so its errors are never read while tuning.
Matching is exactly `../shared/bench/realnews/news_score.py` (imported from there); the publication
date is given, as the wire texts carry none in their words. Texts are rebuilt from a local
TimeBank+AQUAINT copy (bench/blind_texts.py); without it the bench says so and exits.
`--half bbc` is a development set in another style: 12 BBC News articles of 2004-2005
(bench/bbcgold, texts rebuilt by `bench/fresh_texts.py`, no publication date, so statements and
figures only), annotated blind in round 3 like the others, and tunable.
`--half reuters` is a development set from a third outlet: 12 Reuters political stories of 2017
(bench/reutersdevgold, texts rebuilt by `bench/fresh_texts.py` from a local ISOT copy, dated),
annotated blind in round 4, and tunable; its 15 sister stories are a test set
(`bench/fresh_bench.py --set reuters`). `--half reuters2`: 18 more Reuters stories from the same
pool (bench/reutersdev2gold), annotated the same way in round 5, also tunable. `--half us`: 12
stories of five US outlets, mostly 2019 (bench/usdevgold, texts rebuilt by `bench/fresh_texts.py`
from a local copy of a public scrape), annotated blind in round 6, tunable; its 15 sister stories
are a test set (`bench/fresh_bench.py --set us`). `--half us2`: 16 stories of four of those outlets,
all of 2019 (bench/usdev2gold), annotated blind in round 7, tunable; its 16 sisters are a test set
(`bench/fresh_bench.py --set us2`). `--half us3`: 16 more 2019 stories of the same four outlets
(bench/usdev3gold), annotated blind in round 11 and scored once as totals before it was read,
then tunable. `--half us4`: the same again in round 12 (bench/usdev4gold; first totals 0.60 /
0.71 / 0.83). `--half us5`: the same again in round 13 (bench/usdev5gold, the last two 2019
stories of the New York Times with five of Breitbart, five of HuffPost and four of USA Today).
`--half us6`: the same again in round 14 (bench/usdev6gold: six Breitbart, six HuffPost and four USA
Today stories; the New York Times has no 2019 story left).
`--half us7`: the same draw again in round 15 (bench/usdev7gold), but kept BLIND for the whole of
round 15: scored as totals only, at the round's start and end, never read item by item; tunable
from round 16 on. `--half us8`: sixteen more in round 15 (bench/usdev8gold), annotated blind,
first scored as totals, then read and tuned on while us7 stayed blind. `--half us9`: sixteen more
in round 16 (bench/usdev9gold), annotated blind and kept BLIND through round 16 (totals only) while
us7 and us8 were read; tunable from round 17. `--half us10`: sixteen more in round 17
(bench/usdev10gold), annotated blind and kept BLIND through round 17 (totals only) while us9 was
read; tunable from round 18. `--half us11`: sixteen more in round 18 (bench/usdev11gold), annotated
blind and kept BLIND through round 18 (totals only) while us10 was read; tunable from round 19.
`--half us12`: sixteen more in round 18 (bench/usdev12gold), annotated blind, first scored as totals,
then read and tuned on while us11 stayed blind. `--half us13`: sixteen more in round 19
(bench/usdev13gold), annotated blind and kept BLIND through round 19 (totals only) while us11 and
us12 were read; tunable from round 20. `--half us14`: sixteen more in round 20 (bench/usdev14gold),
annotated blind and kept BLIND through round 20 (totals only) while us13 was read; tunable from
round 21. `--half us15`: sixteen more in round 21 (bench/usdev15gold), annotated blind and kept
BLIND through round 21 (totals only) while us14 was read; tunable from round 22. `--half us16`:
sixteen more in round 22 (bench/usdev16gold), annotated blind and kept BLIND through round 22
(totals only) while us15 was read; tunable from round 23. `--half us17`: sixteen more in round 23
(bench/usdev17gold), annotated blind and kept BLIND through round 23 (totals only) while us16 was
read; tunable from round 24. `--half us18`: sixteen more in round 24 (bench/usdev18gold), annotated
blind and kept BLIND through round 24 (totals only) while us17 is read.
Vague plurals in the gold follow the dev set's convention: "dozens" 12, "hundreds" 100,
"thousands" 1000 (the number named, as a lower bound).
"""

from __future__ import annotations

import argparse
import glob
import hashlib
import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(ROOT), str(HERE)]

import blind_texts  # noqa: E402
import fresh_texts  # noqa: E402

SCORER = ROOT.parent / "shared" / "bench" / "realnews" / "news_score.py"
#: development sets from other outlets: --half name -> (gold folder, fresh_texts set)
DEV_SETS = {
    "bbc": ("bbcgold", "bbcdev"),
    "reuters": ("reutersdevgold", "reutersdev"),
    "reuters2": ("reutersdev2gold", "reutersdev2"),
    "us": ("usdevgold", "usdev"),
    "us2": ("usdev2gold", "usdev2"),
    "us3": ("usdev3gold", "usdev3"),
    "us4": ("usdev4gold", "usdev4"),
    "us5": ("usdev5gold", "usdev5"),
    "us6": ("usdev6gold", "usdev6"),
    "us7": ("usdev7gold", "usdev7"),
    "us8": ("usdev8gold", "usdev8"),
    "us9": ("usdev9gold", "usdev9"),
    "us10": ("usdev10gold", "usdev10"),
    "us11": ("usdev11gold", "usdev11"),
    "us12": ("usdev12gold", "usdev12"),
    "us13": ("usdev13gold", "usdev13"),
    "us14": ("usdev14gold", "usdev14"),
    "us15": ("usdev15gold", "usdev15"),
    "us16": ("usdev16gold", "usdev16"),
    "us17": ("usdev17gold", "usdev17"),
    "us18": ("usdev18gold", "usdev18"),
}
#: halves kept blind now (totals only): the test half always; the newest US set for its first round.
BLIND_NOW = ("test", "us18")


def load_scorer():
    spec = importlib.util.spec_from_file_location("news_score", SCORER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def score_articles(ns, articles, details=False):
    """Tally gold/pred/found/good per table over (gold path, gold, text, published) articles.

    None when a text's sha256 differs from its gold's (the conversion changed: offsets would shift).
    A timeline is scored only where the publication date is known: without one the annotators
    dated nothing relative, so the gold's empty timeline would count every right date as wrong.
    """
    import lib

    tot = {k: dict(gold=0, pred=0, found=0, good=0) for k in ("quotes", "figures", "timeline")}
    for gp, g, text, published in articles:
        if hashlib.sha256(text.encode()).hexdigest() != g["sha256"]:
            print(f"{gp}: text does not match the gold's sha256 (conversion changed?)")
            return None
        t = lib.analyze(text, published=published)
        gs = ns.gold_spans(g, text)
        rq = ns.score_quotes(gs, ns._rows(t.quotes))
        rf = ns.score_figures(gs, ns._rows(t.facts))
        scored = [("quotes", rq, rq["speaker_ok"]), ("figures", rf, rf["with_measure"])]
        rt = None
        if published is not None:
            rt = ns.score_timeline(gs, ns._rows(t.timeline))
            scored.append(("timeline", rt, rt["found"]))
        for k, r, good in scored:
            for f, v in (
                ("gold", r["gold"]),
                ("pred", r["pred"]),
                ("found", r["found"]),
                ("good", good),
            ):
                tot[k][f] += v
        if details:
            print_details(g, text, rq, rf, rt, *figure_errors(ns, gs, ns._rows(t.facts)))
    return tot


def figure_errors(ns, gs, facts) -> tuple[list[tuple[dict, dict]], list[dict]]:
    """(gold, predicted) figure pairs found with a measure the scorer does not accept, and the
    predicted figures no gold figure pairs with (spurious ones, or a value read wrong).

    The pairing is the scorer's own (`score_figures`: same value, overlapping span, first gold
    first); the measure is accepted when one gold keyword is a substring of the predicted
    measure, unit, text or value_text (or the gold has no keywords).
    """
    figs = [
        f
        for f in facts
        if (f.get("kind") or "figure") == "figure"
        and ns._num(f.get("value")) is not None
        and f.get("start") is not None
    ]
    used, out = set(), []
    for gf in gs["figures"]:
        value = float(gf["value"])
        for pi, pf in enumerate(figs):
            same = abs(ns._num(pf["value"]) - value) <= 1e-6 * max(1.0, abs(value))
            if (
                pi in used
                or not same
                or not ns.overlap((gf["start"], gf["end"]), (pf["start"], pf["end"]))
            ):
                continue
            used.add(pi)
            fields = ("measure", "unit", "text", "value_text")
            blob = " ".join(str(pf.get(k) or "") for k in fields).lower()
            keywords = gf.get("keywords") or []
            if keywords and not any(k.lower() in blob for k in keywords):
                out.append((gf, pf))
            break
    return out, [pf for pi, pf in enumerate(figs) if pi not in used]


def print_details(g, text, rq, rf, rt, measures=(), extras=()) -> None:
    print(f"{g['file']}")
    for m in rq["misses"]:
        print(f"    statement missed ({m['speaker']}): {text[m['start'] : m['end']][:80]!r}")
    for gold_spk, pred_spk in rq["wrong_speaker"]:
        print(f"    wrong speaker: {pred_spk!r} for {gold_spk!r}")
    for m in rf["misses"]:
        print(f"    figure missed: {m['value']} ({m.get('what')})")
    for gf, pf in measures:
        print(
            f"    wrong measure: {text[gf['start'] : gf['end']]!r} gold {gf.get('what')!r}"
            f" / {gf.get('measure')!r} {gf.get('keywords')} -> {pf.get('measure')!r}"
        )
    for pf in extras:
        print(f"    figure extra: {pf.get('text')!r} = {pf.get('value')} ({pf.get('measure')!r})")
    extra = list(rt["extra"]) if rt else []
    for m in rt["misses"] if rt else ():
        span = text[m["start"] : m["end"]]
        wrong = [(dt, d) for dt, d in extra if dt and dt in span]
        if wrong:
            extra = [x for x in extra if x not in wrong]
            for dt, d in wrong:
                print(f"    date wrong value: {dt!r} = {d}, gold {m['date']} ({span[:60]!r})")
        else:
            print(f"    date missed: {span!r} = {m['date']}")
    seen: dict[str, int] = {}
    for dt, d in extra:
        # a predicted date no gold date pairs with; the words around it show the construction
        # (the n-th row of the same words is shown at their n-th occurrence, a close guess)
        at = -1
        for _ in range(seen.setdefault(dt, 0) + 1 if dt else 0):
            at = text.find(dt, at + 1)
        seen[dt] = seen.get(dt, 0) + 1
        around = text[max(0, at - 50) : at + len(dt) + 30] if at >= 0 else ""
        print(f"    date extra: {dt!r} = {d} ({' '.join(around.split())!r})")


def print_totals(ns, tot) -> None:
    for k, c in tot.items():
        if not c["gold"]:
            continue
        p, r, f = ns.prf(c["good"], c["pred"], c["good"], c["gold"])
        _, _, ff = ns.prf(c["found"], c["pred"], c["found"], c["gold"])
        print(f"{k:<9} F1 {f:.2f} (P {p:.2f} R {r:.2f}); span only F1 {ff:.2f}  [gold {c['gold']}]")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--half", choices=("dev", "test", *DEV_SETS), required=True)
    ap.add_argument(
        "--details",
        action="store_true",
        help="misses, wrong speakers and measures, extra figures (dev only)",
    )
    args = ap.parse_args(argv)
    if args.details and args.half in BLIND_NOW:
        print(f"--details is refused on --half {args.half}: its errors are never looked at.")
        return 2
    other = DEV_SETS.get(args.half)
    available = fresh_texts.available(other[1]) if other else blind_texts.available()
    if not available or not SCORER.exists():
        print(f"skipped: needs the local corpus copy for --half {args.half} and {SCORER}")
        return 0
    ns = load_scorer()
    articles = []
    folder = HERE / other[0] if other else HERE / "blindgold" / args.half
    for gp in sorted(glob.glob(str(folder / "*.json"))):
        g = json.loads(Path(gp).read_text(encoding="utf-8"))
        if other:
            text, published = fresh_texts.article_text(Path(gp).stem, other[1])
        else:
            text, published = blind_texts.article_text(g["docid"])
        articles.append((gp, g, text, published))
    tot = score_articles(ns, articles, details=args.details)
    if tot is None:
        return 1
    print(f"blind {args.half} half:")
    print_totals(ns, tot)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
