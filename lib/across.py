"""Every saved article's quotes, figures and timeline as one table each, read from the store.

The across-articles page needs hundreds of articles at once, so this reads the stored analysis
tables in one query and builds one DataFrame per table (never one per article, never a
re-analysis). Each row gains the id of the article it came from (the store's id, the one in
`?article=` links) and the article's title, outlet and publication date, so a page can filter
and link without joining. An analysis made by an older release is still read (it is what the
reader would show until the article is re-analysed); `stale` counts them.

A speaker spelt with typographic marks in one article and plain ones in another ("O’Rourke",
"O'Rourke") is one speaker here, under its first spelling: each article keeps its own spelling
(`lib.quotes.speakers.canonical`), and one outlet's typography must not split a person in two.

Readers' corrections (lib/store/corrections.py) are applied as every other page applies them: a
quote marked wrong is gone, a fixed or merged speaker reads the new name, and such a row has
`corrected` set so the page can say so.

A stored table that cannot be decoded is skipped with its article named in `skipped`, like the
store's own listing: one damaged row never hides the others.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field

import pandas as pd
import sqlalchemy as sa

from lib import schema
from lib.quotes.speakers.canonical import first_spellings, plain_marks
from lib.store import corrections as fixes
from lib.store.tables import analyses, analysis_tables
from lib.store.tables import corrections as correction_rows

log = logging.getLogger(__name__)

TABLES = ("article", "quotes", "facts", "timeline")
KINDS = TABLES[1:]  # the tables a caller may ask for (the article table always comes)
# Columns each row takes from its article, in front of the table's own.
ARTICLE_COLUMNS = ("article_id", "title", "outlet", "published")
# Table columns left out (offsets and ids that only mean something inside one article).
DROPPED = {
    "quotes": ("speaker_start", "speaker_end"),
    "facts": (),
    "timeline": (),
}

# The columns naming who says a row, folded to one spelling across articles (`one_spelling`).
SPEAKER_COLUMNS = {"quotes": ("speaker",), "facts": ("source",)}


@dataclass
class Corpus:
    articles: pd.DataFrame  # one row per article: article_id, title, outlet, published, current
    quotes: pd.DataFrame
    facts: pd.DataFrame
    timeline: pd.DataFrame
    stale: int = 0  # analyses made by another version of the analysis code
    skipped: list[str] = field(default_factory=list)


def read_corpus(store, kinds=KINDS, version: str | None = None) -> Corpus:
    """All stored analyses of `store` (a `lib.store.Store`) as one Corpus.

    `kinds` names the tables to read (the others come empty): facts are most of the stored
    bytes, so a view that does not show them need not decode them."""
    from lib.store import analysis_version

    version = version or analysis_version()
    wanted = ("article", *(k for k in KINDS if k in kinds))
    query = (
        sa.select(
            analysis_tables.c.article_id,
            analysis_tables.c.name,
            analysis_tables.c.rows,
            analyses.c.version,
        )
        .join(analyses, analyses.c.article_id == analysis_tables.c.article_id)
        .where(analysis_tables.c.name.in_(wanted))
        .order_by(analysis_tables.c.article_id)
    )
    with store.engine.connect() as conn:
        stored = conn.execute(query).all()
    by_article: dict[str, dict[str, list]] = {}
    versions: dict[str, str] = {}
    skipped: list[str] = []
    for article_id, name, rows, made_by in stored:
        try:
            by_article.setdefault(article_id, {})[name] = _rows(rows)
            versions[article_id] = made_by
        except ValueError as err:
            skipped.append(f"{article_id}: the stored {name} table is unreadable ({err})")
    _correct(store, by_article, wanted)
    articles, rows = _collect(by_article, wanted, skipped)
    for line in skipped:
        log.warning("across articles: %s", line)
    article_frame = pd.DataFrame(articles, columns=[*ARTICLE_COLUMNS, "current"])
    article_frame["current"] = article_frame["article_id"].map(lambda a: versions.get(a) == version)
    return Corpus(
        articles=article_frame,
        quotes=_frame("quotes", rows["quotes"]),
        facts=_frame("facts", rows["facts"]),
        timeline=_frame("timeline", rows["timeline"]),
        stale=int((~article_frame["current"]).sum()),
        skipped=skipped,
    )


def _rows(data: str) -> list[dict]:
    rows = json.loads(data)
    if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
        raise ValueError("not a list of rows")
    return rows


def _collect(
    by_article: dict, wanted: tuple[str, ...], skipped: list[str]
) -> tuple[list[dict], dict[str, list[dict]]]:
    """Article rows, and every table's rows with their article's columns in front."""
    articles: list[dict] = []
    rows: dict[str, list[dict]] = {name: [] for name in KINDS}
    for article_id, tables in by_article.items():
        if set(tables) != set(wanted) or len(tables["article"]) != 1:
            skipped.append(f"{article_id}: the stored analysis is incomplete")
            continue
        info = tables["article"][0]
        head = {
            "article_id": article_id,
            "title": info.get("title") or article_id,
            "outlet": info.get("source") or "",
            "published": info.get("published"),
        }
        articles.append(head)
        for name in wanted[1:]:
            rows[name].extend({**head, **row} for row in tables[name])
    return articles, rows


def _correct(store, by_article: dict, wanted: tuple[str, ...]) -> None:
    """Apply the stored corrections to the rows of the articles that have any, in place."""
    with store.engine.connect() as conn:
        corrected = set(conn.execute(sa.select(correction_rows.c.article_id).distinct()).scalars())
        corrected &= set(by_article)
        texts = (
            dict(
                conn.execute(
                    sa.select(analyses.c.article_id, analyses.c.text).where(
                        analyses.c.article_id.in_(corrected)
                    )
                ).all()
            )
            if corrected
            else {}
        )
    for article_id in sorted(corrected):
        tables = by_article[article_id]
        if set(tables) != set(wanted):
            continue  # incomplete: _collect skips and reports it
        found = store.list_corrections(article_id)
        if found:
            _apply(tables, found, texts.get(article_id, ""))


def _apply(tables: dict[str, list[dict]], found: list, text: str) -> None:
    from lib.pipeline import ArticleTables

    empty = {name: schema.frame(name, []) for name in schema.TABLES}
    frames = {name: schema.frame(name, tables.get(name, [])) for name in KINDS}
    done = fixes.apply(ArticleTables(text=text, **{**empty, **frames}), found).tables
    for name in KINDS:
        if name not in tables:
            continue
        before = {(r["start"], r["end"]): r for r in tables[name]}
        after = [_plain(r) for r in getattr(done, name).to_dict("records")]
        for row in after:
            row["corrected"] = _speaker(name, row) != _speaker(
                name, before[(row["start"], row["end"])]
            )
        tables[name] = after


def _speaker(table: str, row: dict):
    return row.get(fixes.SPEAKER_COLUMN.get(table, ""))


def _plain(row: dict) -> dict:
    """A row as read from JSON: pandas' missing values back to None."""
    return {k: (None if not isinstance(v, list) and pd.isna(v) else v) for k, v in row.items()}


def columns(table: str) -> list[str]:
    own = [c for c in schema.columns(table) if c not in DROPPED[table]]
    return [*ARTICLE_COLUMNS, *own, "corrected"]


def _frame(table: str, rows: list[dict]) -> pd.DataFrame:
    """One table across articles: known columns only, lists kept as list cells."""
    cols = columns(table)
    frame = pd.DataFrame.from_records(rows, columns=cols) if rows else pd.DataFrame(columns=cols)
    frame["corrected"] = frame["corrected"].eq(True)  # only rows a correction changed
    for col in schema.list_columns(table):
        frame[col] = frame[col].map(lambda v: v if isinstance(v, list) else [])
    for col in SPEAKER_COLUMNS.get(table, ()):
        frame[col] = one_spelling(frame[col])
    return frame


def one_spelling(names: pd.Series) -> pd.Series:
    """Each name in the first spelling of those that differ only by their quotation marks and
    apostrophes ("O’Rourke" is "O'Rourke" when that came first); missing names stay missing."""
    first = first_spellings(str(name) for name in names.dropna().unique())
    return names.map(lambda n: first[plain_marks(str(n))], na_action="ignore")


def fingerprint(store) -> tuple[int, str]:
    """(number of stored analyses, latest made_at): changes whenever an analysis is saved, so a
    cache keyed on it is fresh without reading the analyses themselves."""
    query = sa.select(sa.func.count(), sa.func.max(analyses.c.made_at))
    with store.engine.connect() as conn:
        count, latest = conn.execute(query).one()
    return int(count), str(latest)
