"""The across-articles page with many saved articles: how long it takes to open.

    uv run python bench/across_bench.py [--articles 500] [--rounds 3]

Generated copies: the articles of tests/articles are analysed once, then saved N times into a
fresh SQLite store, each copy a distinct article (its own id and text ending, title, outlet,
publication date, and its speakers renamed in turn) with its stored analysis, as `analyze-many`
leaves them. Then, cold each round (new process state for the corpus: the page's cache cleared):
  read       lib.across.read_corpus: every stored table in one query, one frame per kind
  view       filters, options, who is quoted most, timeline points and both figures
  page       the whole page under Streamlit's AppTest, first run (cache cleared): the default
             view (quotes), a filtered link, and the figures view (which also reads the facts)
The target is under 2 s for the page with 500 articles.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import sqlalchemy as sa  # noqa: E402

from lib.across import read_corpus  # noqa: E402
from lib.pipeline import analyze, to_bytes  # noqa: E402
from lib.store import Store, analysis_version, content_key, sqlite_url  # noqa: E402
from lib.store.tables import analyses, analysis_tables, articles  # noqa: E402

ARTICLES = ROOT / "tests" / "articles"
OUTLETS = ("City Times", "Northern Post", "Wire Service", "Evening Star", "Harbour Herald")
PAGE = ROOT / "app" / "pages" / "6_Across.py"


def sources(limit: int = 8) -> list[tuple[bytes, dict, object]]:
    """(raw bytes, sidecar metadata, tables) for the first `limit` test articles."""
    out = []
    for path in sorted(ARTICLES.glob("*.txt"))[:limit]:
        sidecar = path.with_suffix(".json")
        meta = json.loads(sidecar.read_text()) if sidecar.is_file() else {}
        raw = path.read_bytes()
        out.append((raw, meta, analyze(raw, filename=path.name, meta=meta)))
    return out


def fill(store: Store, n: int, base: list | None = None) -> list[str]:
    """Save `n` distinct generated articles with their analyses in one transaction; their ids."""
    base = base or sources()
    version = analysis_version()
    now = datetime.now(UTC)
    rows_a, rows_an, rows_t, ids = [], [], [], []
    for i in range(n):
        raw0, meta, tables = base[i % len(base)]
        raw = raw0.rstrip() + f"\n\nCopy {i}.\n".encode()
        article_id = content_key(raw)
        outlet = OUTLETS[i % len(OUTLETS)]
        day = (date(2024, 1, 1) + timedelta(days=i % 365)).isoformat()
        title = f"{tables.info()['title']} ({i})"
        info = tables.article.assign(title=title, source=outlet, published=day)
        quotes = tables.quotes.copy()
        quotes["speaker"] = quotes["speaker"].map(
            lambda s, i=i: s if s is None or i % 3 == 0 else f"{s} {i % 7}", na_action="ignore"
        )
        stored = {**tables.tables(), "article": info, "quotes": quotes}
        rows_a.append(
            {
                "id": article_id,
                "digest": hashlib.sha256(raw).hexdigest(),
                "raw": raw,
                "filename": f"copy-{i}.txt",
                "title": title,
                "published": day,
                "source": outlet,
                "url": None,
                "saved_at": now - timedelta(seconds=i),
            }
        )
        rows_an.append(
            {"article_id": article_id, "version": version, "text": tables.text, "made_at": now}
        )
        rows_t += [
            {"article_id": article_id, "name": name, "rows": to_bytes(df, "json", name).decode()}
            for name, df in stored.items()
        ]
        ids.append(article_id)
    with store.engine.begin() as conn:
        conn.execute(sa.insert(articles), rows_a)
        conn.execute(sa.insert(analyses), rows_an)
        conn.execute(sa.insert(analysis_tables), rows_t)
    return ids


def time_view(store: Store) -> tuple[float, float, int]:
    """(seconds to read the corpus, seconds for the page's view work, rows read)."""
    from app import across

    started = time.perf_counter()
    data = read_corpus(store)
    read = time.perf_counter() - started
    started = time.perf_counter()
    opts = across.options(data)
    f = across.Filters(speaker=opts.speakers[0] if opts.speakers else None)
    for table in ("quotes", "facts", "timeline"):
        across.with_links(across.filter_rows(data, table, across.Filters()))
        across.filter_rows(data, table, f)
    across.speakers_figure(across.top_speakers(data.quotes))
    across.timeline_figure(across.timeline_points(data.timeline))
    rows = len(data.quotes) + len(data.facts) + len(data.timeline)
    return read, time.perf_counter() - started, rows


def time_page(params: dict | None = None) -> tuple[float, float]:
    """(wall, CPU) seconds for the page's first run under AppTest, its cache cleared (a cold
    open). AppTest runs the page in this process, so its CPU time is the page's own cost; the
    wall clock also counts whatever else the shared machine is doing."""
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    st.cache_resource.clear()
    at = AppTest.from_file(str(PAGE), default_timeout=60)
    for key, value in (params or {}).items():
        at.query_params[key] = value
    started, cpu = time.perf_counter(), time.process_time()
    at.run()
    elapsed, used = time.perf_counter() - started, time.process_time() - cpu
    assert not at.exception, at.exception
    return elapsed, used


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=500)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["NEWSDASH_LIBRARY"] = tmp
        os.environ.pop("NEWSDASH_DATABASE_URL", None)
        store = Store(sqlite_url(Path(tmp)))
        started = time.perf_counter()
        fill(store, args.articles)
        print(f"generated {args.articles} saved articles in {time.perf_counter() - started:.1f} s")
        time_page()  # warm: imports, plotly, Streamlit's script machinery
        reads, views, pages, filtered, facts = [], [], [], [], []
        for _ in range(args.rounds):
            read, view, rows = time_view(store)
            reads.append(read)
            views.append(view)
            pages.append(time_page())
            filtered.append(time_page({"outlet": OUTLETS[1], "since": "2024-03-01"}))
            facts.append(time_page({"show": "Figures and statements"}))
        print(f"{rows:,} rows (quotes, facts, timeline); medians of {args.rounds} rounds")
        print(f"read_corpus         {statistics.median(reads):6.2f} s")
        print(f"view work           {statistics.median(views):6.2f} s")
        for name, runs, note in (
            ("page, cold open", pages, "target < 2 s"),
            ("page, filtered link", filtered, "?outlet=...&since=..."),
            ("page, facts view", facts, "?show=Figures+and+statements"),
        ):
            wall = statistics.median(w for w, _ in runs)
            cpu = statistics.median(c for _, c in runs)
            print(f"{name:19} {wall:6.2f} s wall, {cpu:5.2f} s CPU  ({note})")
        store.close()


if __name__ == "__main__":
    main()
