"""`analyze()`: one article in, every table out.

The stages run in a fixed order because later ones read earlier results: entities feed speaker
resolution; quotes give figures and dates inside them their speaker; topics come last and tag
every row. Same input, same tables.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pandas as pd
from spacy.tokens import Doc

from lib import schema
from lib.article import Article
from lib.context import Context
from lib.entities import extract_entities
from lib.errors import InputError
from lib.facts.extract import extract_facts
from lib.facts.topics import assign_topics
from lib.ingest.formats import load_article, load_file
from lib.ingest.published import find_published
from lib.nlp import load_nlp, parse
from lib.quotes.finder import extract_quotes
from lib.quotes.speakers.table import speaker_rows
from lib.timeline.extract import extract_time

WORDS_PER_MINUTE = 230
EXPORT_FORMATS = ("json", "csv", "parquet")


@dataclass
class ArticleTables:
    text: str
    article: pd.DataFrame
    paragraphs: pd.DataFrame
    sentences: pd.DataFrame
    entities: pd.DataFrame
    quotes: pd.DataFrame
    facts: pd.DataFrame
    timeline: pd.DataFrame
    speakers: pd.DataFrame
    timexes: pd.DataFrame = field(default_factory=lambda: schema.frame("timexes", []))
    # The readers' corrections applied to these tables (`lib.store.corrections.Correction`s, in
    # the order made); empty for the analysis as made. Not a table: exports carry their effect.
    corrections: tuple = ()

    def tables(self) -> dict[str, pd.DataFrame]:
        return {name: getattr(self, name) for name in schema.TABLES}

    def info(self) -> dict:
        """The article row as a plain dict."""
        return self.article.iloc[0].to_dict()

    def save(self, out_dir: str | Path, fmt: str = "json") -> list[Path]:
        """Write one file per table, all of them or none: every table is serialised and written
        to a temporary file first, and only then are they renamed into place, so a table that
        cannot be serialised or a disk that fills up leaves the folder as it was (an OSError)."""
        if fmt not in EXPORT_FORMATS:
            raise ValueError(f"format must be one of {EXPORT_FORMATS}")
        out = Path(out_dir)
        made = {
            out / f"{name}.{fmt}": to_bytes(df, fmt, name) for name, df in self.tables().items()
        }
        out.mkdir(parents=True, exist_ok=True)
        atomic_write_all(made)
        return list(made)


def to_bytes(df: pd.DataFrame, fmt: str, table: str) -> bytes:
    """Serialise a table; JSON is a list of row objects with ISO dates and real nulls."""
    if fmt == "json":
        records = json.loads(df.to_json(orient="records", date_format="iso", force_ascii=False))
        return json.dumps(records, ensure_ascii=False, indent=1).encode("utf-8")
    if fmt == "csv":
        flat = df.copy()
        for col in schema.list_columns(table):
            flat[col] = flat[col].map(lambda v: json.dumps(list(v), ensure_ascii=False))
        return flat.to_csv(index=False).encode("utf-8")
    return _parquet_bytes(df)


def _parquet_bytes(df: pd.DataFrame) -> bytes:
    import io

    buf = io.BytesIO()
    df.to_parquet(buf, index=False)
    return buf.getvalue()


def atomic_write_all(files: dict[Path, bytes]) -> None:
    """Write every file to a temporary file beside it, then rename each over its target: a
    failure while writing (disk full, a folder in the way) removes the temporary files and
    leaves every target as it was."""
    temps: list[tuple[str, Path]] = []
    try:
        for target, data in files.items():
            fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
            temps.append((tmp, target))
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
        for tmp, target in temps:
            os.replace(tmp, target)
    except BaseException:
        for tmp, _ in temps:
            Path(tmp).unlink(missing_ok=True)
        raise


def analyze(
    source: Article | str | bytes | Path,
    published: date | str | None = None,
    *,
    filename: str = "",
    meta: dict | None = None,
) -> ArticleTables:
    """Analyse an article given as an Article, a file path, raw bytes or text."""
    article = prepare(source, published, filename=filename, meta=meta)
    return analyze_parsed(article, parse(article, load_nlp()))


def prepare(
    source: Article | str | bytes | Path,
    published: date | str | None = None,
    *,
    filename: str = "",
    meta: dict | None = None,
) -> Article:
    """The article `analyze` reads, with a user's publication date applied (InputError if bad)."""
    article = _as_article(source, filename=filename, meta=meta)
    if published:
        article.published = published if isinstance(published, date) else _parse_date(published)
        article.published_source = "user"
    return article


def analyze_parsed(article: Article, doc: Doc) -> ArticleTables:
    """Every table from an article and its parse (`lib.nlp.parse`, or the same Docs batched
    through `nlp.pipe` by `lib.batch`, which is why the parse is a separate step)."""
    made = analyze_rows(article, doc)
    frames = {name: schema.frame(name, made.rows[name]) for name in schema.TABLES}
    return ArticleTables(text=made.text, **frames)


@dataclass(frozen=True)
class AnalysisRows:
    """Every table of an analysis as the extractors made it: row dicts, not yet frames. The batch
    path stores these as JSON directly (`lib.store.records.StoredAnalysis.from_rows`)."""

    text: str
    rows: dict[str, list[dict]]  # table name -> rows, every table of `lib.schema.TABLES`


def analyze_rows(article: Article, doc: Doc) -> AnalysisRows:
    """The rows of every table (see `analyze_parsed`)."""
    ctx = Context.from_parse(article, doc)
    ctx.entities = extract_entities(article, doc)
    if article.published is None:
        article.published, article.published_source = find_published(ctx)
    ctx.quotes = extract_quotes(ctx)
    timeline, timexes = extract_time(ctx)
    rows = {
        "sentences": _sentence_rows(ctx),
        "quotes": ctx.quotes,
        "facts": extract_facts(ctx),
        "timeline": timeline,
    }
    assign_topics(ctx, rows)
    rows.update(
        article=[_article_row(article)],
        paragraphs=_paragraph_rows(article),
        entities=ctx.entities,
        speakers=speaker_rows(rows["quotes"]),
        timexes=timexes,
    )
    return AnalysisRows(article.text, {name: rows[name] for name in schema.TABLES})


def _as_article(
    source: Article | str | bytes | Path, *, filename: str, meta: dict | None
) -> Article:
    if isinstance(source, Article):
        return source
    if isinstance(source, Path):
        return load_file(source)
    return load_article(source, filename=filename, meta=meta)


def _parse_date(value: str) -> date:
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise InputError(f"Publication date {value!r} is not a date like 2024-03-25.") from None


def _article_row(article: Article) -> dict:
    words = len(article.text.split())
    return {
        "article_id": article.article_id,
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "published_source": article.published_source if article.published else "unknown",
        "source": article.source or None,
        "url": article.url or None,
        "word_count": words,
        "char_count": len(article.text),
        "reading_minutes": round(words / WORDS_PER_MINUTE, 1),
        "language": "en",
    }


def _paragraph_rows(article: Article) -> list[dict]:
    return [
        {
            "paragraph_id": p.paragraph_id,
            "kind": p.kind,
            "section": p.section,
            "start": p.start,
            "end": p.end,
            "text": article.text[p.start : p.end],
        }
        for p in article.paragraphs
    ]


def _sentence_rows(ctx: Context) -> list[dict]:
    return [
        {
            "sentence_id": s.sentence_id,
            "paragraph_id": s.paragraph.paragraph_id,
            "section": s.paragraph.section,
            "paragraph_kind": s.paragraph.kind,
            "start": s.start,
            "end": s.end,
            "text": ctx.text[s.start : s.end],
        }
        for s in ctx.sentences
    ]
