"""Score the data layer on the second blind set (bench/freshgold): totals only, never details.

    uv run python bench/fresh_bench.py [--set reuters|us|us2]

18 articles (12 BBC News 2004-2005, 6 AQUAINT wire 1998-2000; see `bench/fresh_texts.py`) annotated
in round 3 by helper sessions that had not seen the rules, before anything ran on them
(guide: bench/freshgold/GUIDE.md). It is a pure test set: scored as totals before and after a
round's work, never opened while tuning, and it has no details option on purpose. Matching is
`../shared/bench/realnews/news_score.py`, as for the first blind set (`bench/blind_bench.py`);
the BBC texts have no publication date, so their timelines are not scored. Without the local
corpus copies the bench says so and exits.

`--set reuters` scores the third blind set the same way (bench/reutersgold: 15 Reuters political
stories of 2017, annotated in round 4 with the same guide before anything ran on them).
`--set us` scores the fourth (bench/usgold: 15 stories of five US outlets, mostly 2019, annotated in
round 6 the same way). `--set us2` scores the fifth (bench/us2gold: 16 stories of four US outlets,
all of 2019, annotated in round 7 the same way).
"""

from __future__ import annotations

import argparse
import glob
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

import blind_bench  # noqa: E402
import fresh_texts  # noqa: E402

#: set name -> (gold folder, what the corpus copies are)
GOLD = {
    "fresh": ("freshgold", f"{fresh_texts.BBC} and {fresh_texts.blind_texts.TBAQ}"),
    "reuters": ("reutersgold", str(fresh_texts.ISOT)),
    "us": ("usgold", str(fresh_texts.USNEWS)),
    "us2": ("us2gold", str(fresh_texts.USNEWS)),
}


def main() -> int:
    parser = argparse.ArgumentParser(description="Totals on a blind set (no details, on purpose).")
    parser.add_argument("--set", choices=sorted(GOLD), default="fresh", dest="which")
    which = parser.parse_args().which
    folder, needs = GOLD[which]
    if not fresh_texts.available(which) or not blind_bench.SCORER.exists():
        print(f"skipped: needs {needs} and the scorer")
        return 0
    ns = blind_bench.load_scorer()
    articles = []
    for gp in sorted(glob.glob(str(HERE / folder / "*.json"))):
        number = Path(gp).stem
        text, published = fresh_texts.article_text(number, which)
        articles.append((gp, json.loads(Path(gp).read_text(encoding="utf-8")), text, published))
    if not articles:
        print(f"no gold in bench/{folder}")
        return 1
    tot = blind_bench.score_articles(ns, articles)
    if tot is None:
        return 1
    print(f"{which} blind set ({len(articles)} articles):")
    blind_bench.print_totals(ns, tot)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
