"""Peers on the same texts: textacy quotes, dateparser dates, quantulum3 quantities vs analyze().

    uv sync --group bench        # the peers are an optional dependency group, not installed by CI
    uv run python bench/peers_bench.py [--limit N]

For each article of bench/corpus.py (MEANTIME rebuilt from tokens, plus tests/articles), with the
publication date given to every tool that takes one, prints the median time per article and what
each tool finds:
  quotes    textacy.extract.triples.direct_quotations (on a spaCy Doc of the same model) vs our
            quotes table (direct / all kinds)
  dates     dateparser.search_dates (RELATIVE_BASE = publication date) vs our timeline table
  figures   quantulum3 parser.parse (all quantities / non-dimensionless) vs our figure rows
and the overlap: the share of a peer's spans that overlap one of ours, and the reverse. Peers
that fail to import or crash are reported with the reason instead of stopping the run.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import traceback
import warnings
from collections import Counter
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402

from lib.nlp import load_nlp  # noqa: E402
from lib.pipeline import analyze  # noqa: E402

Span = tuple[int, int]


def overlap_share(spans: list[Span], others: list[Span]) -> float | None:
    """Share of `spans` that overlap at least one of `others` (None when there are none)."""
    if not spans:
        return None
    hit = sum(any(s < oe and os_ < e for os_, oe in others) for s, e in spans)
    return hit / len(spans)


def find_spans(text: str, pieces: list[str]) -> list[Span]:
    """Offsets of substrings reported without offsets (dateparser), searched left to right."""
    spans, cursor = [], 0
    for piece in pieces:
        at = text.find(piece, cursor)
        if at < 0:
            at = text.find(piece)
        if at >= 0:
            spans.append((at, at + len(piece)))
            cursor = at + len(piece)
    return spans


class Peer:
    """One peer tool: imported lazily; failures are recorded, never raised."""

    def __init__(self, name: str):
        self.name = name
        self.times: list[float] = []
        self.counts = Counter()
        self.errors: Counter = Counter()
        self.unavailable: str | None = None

    def fail(self, err: BaseException) -> None:
        self.errors[f"{type(err).__name__}: {str(err)[:120]}"] += 1


def setup_textacy(peer: Peer):
    try:
        from textacy.extract.triples import direct_quotations

        return direct_quotations
    except Exception as err:  # the bench reports, it does not crash
        peer.unavailable = f"import failed: {type(err).__name__}: {err}"
        return None


def setup_dateparser(peer: Peer):
    try:
        from dateparser.search import search_dates

        return search_dates
    except Exception as err:
        peer.unavailable = f"import failed: {type(err).__name__}: {err}"
        return None


def setup_quantulum(peer: Peer):
    try:
        from quantulum3 import parser

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            parser.parse("The pound fell 2% to $1.25 after 5 C of warming.")  # first call
        return parser.parse
    except Exception as err:
        last = traceback.extract_tb(err.__traceback__)[-1]
        peer.unavailable = (
            f"first call failed: {type(err).__name__}: {err} (in {Path(last.filename).name}); "
            "quantulum3's classifier is a scikit-learn pickle: install the bench group, which "
            "pins a compatible scikit-learn and the classifier extra"
        )
        return None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles")
    args = ap.parse_args()
    articles = corpus.load_corpus()
    if args.limit:
        articles = articles[: args.limit]
    print(f"corpus: {corpus.describe(articles)}")
    print(f"data: {corpus.ATTRIBUTION}")
    print("machine: shared with other work; times are medians per article, warm")

    nlp = load_nlp()
    ours, tx, dp, qu = Peer("ours"), Peer("textacy"), Peer("dateparser"), Peer("quantulum3")
    parse_times: list[float] = []
    direct_quotations = setup_textacy(tx)
    search_dates = setup_dateparser(dp)
    quantities = setup_quantulum(qu)
    analyze(articles[0].text, articles[0].published)  # warm
    overlaps: dict[str, list[float]] = {}

    def share(key: str, spans: list[Span], others: list[Span]) -> None:
        value = overlap_share(spans, others)
        if value is not None:
            overlaps.setdefault(key, []).append(value)

    for a in articles:
        base = datetime.fromisoformat(a.published) if a.published else None
        started = time.perf_counter()
        tables = analyze(a.text, a.published)
        ours.times.append(time.perf_counter() - started)
        text = tables.text
        our_quotes = list(zip(tables.quotes["start"], tables.quotes["end"], strict=True))
        direct = tables.quotes[tables.quotes["kind"] == "direct"]
        ours.counts["quotes (all kinds)"] += len(our_quotes)
        ours.counts["quotes (direct)"] += len(direct)
        our_dates = list(zip(tables.timeline["start"], tables.timeline["end"], strict=True))
        ours.counts["dates"] += len(our_dates)
        figures = (
            tables.facts[tables.facts["kind"] == "figure"] if len(tables.facts) else tables.facts
        )
        our_figures = list(zip(figures["start"], figures["end"], strict=True))
        ours.counts["figures"] += len(our_figures)

        started = time.perf_counter()
        doc = nlp(text)
        parse_times.append(time.perf_counter() - started)

        if direct_quotations:
            try:
                started = time.perf_counter()
                found = list(direct_quotations(doc))
                tx.times.append(time.perf_counter() - started)
                spans = [(q.content[0].idx, q.content[-1].idx + len(q.content[-1])) for q in found]
                tx.counts["quotes (direct)"] += len(found)
                share("textacy quotes found by ours", spans, our_quotes)
                direct_spans = list(zip(direct["start"], direct["end"], strict=True))
                share("our direct quotes found by textacy", direct_spans, spans)
            except Exception as err:
                tx.fail(err)
        if search_dates:
            try:
                settings = {"RELATIVE_BASE": base} if base else {}
                started = time.perf_counter()
                found = search_dates(text, languages=["en"], settings=settings) or []
                dp.times.append(time.perf_counter() - started)
                spans = find_spans(text, [piece for piece, _ in found])
                dp.counts["dates"] += len(found)
                share("dateparser dates found by ours", spans, our_dates)
                share("our dates found by dateparser", our_dates, spans)
            except Exception as err:
                dp.fail(err)
        if quantities:
            try:
                started = time.perf_counter()
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    found = quantities(text)
                qu.times.append(time.perf_counter() - started)
                real = [q for q in found if q.unit.name != "dimensionless"]
                qu.counts["quantities (all)"] += len(found)
                qu.counts["quantities (with a unit)"] += len(real)
                spans = [tuple(q.span) for q in found]
                share("quantulum3 quantities found by ours", spans, our_figures)
                share("our figures found by quantulum3", our_figures, spans)
            except Exception as err:
                qu.fail(err)

    n = len(articles)
    print()
    print(f"{'tool':12} {'ms/article':>10}  {'articles':>8}  finds (total over {n} articles)")
    parse_ms = statistics.median(parse_times) * 1000
    print(f"{'spaCy parse':12} {parse_ms:10.1f}  {n:8d}  (nlp(text); textacy runs on this Doc)")
    for peer in (ours, tx, dp, qu):
        if peer.unavailable:
            print(f"{peer.name:12} {'-':>10}  {0:8d}  UNAVAILABLE: {peer.unavailable}")
            continue
        ms = statistics.median(peer.times) * 1000 if peer.times else float("nan")
        finds = ", ".join(f"{v} {k}" for k, v in peer.counts.items())
        extra = " (time excludes the spaCy parse it needs)" if peer is tx else ""
        print(f"{peer.name:12} {ms:10.1f}  {len(peer.times):8d}  {finds}{extra}")
        for message, count in peer.errors.most_common(3):
            print(f"{'':12} raised on {count} article(s): {message}")
    print()
    print(
        "overlap (mean over articles with any span; a span counts when it overlaps one of the other's):"
    )
    for key, values in overlaps.items():
        print(f"  {key:40} {statistics.mean(values):6.0%}  ({len(values)} articles)")


if __name__ == "__main__":
    main()
