"""The store's tables (SQLAlchemy Core). The migrations in `migrations/versions` create them; this
module is what the code reads and writes through, so the two must agree (tests/test_store.py
checks a migrated database against it).

- `articles`: one row per saved article, keyed by its content id (the first 16 hex digits of the
  SHA-256 of its bytes, the id in `?article=` links). The bytes are kept as uploaded (`raw`, with
  the file name that says how to parse them) and the full digest beside them, so a row whose bytes
  were damaged is recognised. The metadata (title, published, source, url) is set by the first
  save and never replaced: a later save of the same bytes may only fill a field left empty.
- `analyses`: the analysis of a saved article, with the version of the analysis code that made it
  (`lib.store.analysis_version()`); a row of another version is stale and is re-made on use.
- `analysis_tables`: that analysis's tables (article, paragraphs, sentences, entities, quotes,
  facts, timeline, speakers), one row per table, as JSON row lists in `lib.schema` order.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

articles = sa.Table(
    "articles",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("digest", sa.String(64), nullable=False),
    sa.Column("raw", sa.LargeBinary, nullable=False),
    sa.Column("filename", sa.String(255), nullable=False),
    sa.Column("title", sa.Text, nullable=False),
    sa.Column("published", sa.Text),
    sa.Column("source", sa.Text),
    sa.Column("url", sa.Text),
    sa.Column("saved_at", sa.DateTime(timezone=True), nullable=False),
)

analyses = sa.Table(
    "analyses",
    metadata,
    sa.Column(
        "article_id",
        sa.String(64),
        sa.ForeignKey("articles.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column("version", sa.String(64), nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("made_at", sa.DateTime(timezone=True), nullable=False),
)

analysis_tables = sa.Table(
    "analysis_tables",
    metadata,
    sa.Column(
        "article_id",
        sa.String(64),
        sa.ForeignKey("analyses.article_id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column("name", sa.String(32), primary_key=True),
    sa.Column("rows", sa.Text, nullable=False),
)

# Metadata fields of an article, in the order they are shown.
META_FIELDS = ("title", "published", "source", "url")

sa.Index("ix_articles_saved_at", articles.c.saved_at)
sa.Index("ix_articles_digest", articles.c.digest)

# Corrections readers made to a saved article's analysis, kept as their own rows over it (see
# lib/store/corrections.py): they outlive re-analyses, and are dropped from view only when the
# span they point to is gone from the new analysis.
corrections = sa.Table(
    "corrections",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column(
        "article_id",
        sa.String(64),
        sa.ForeignKey("articles.id", ondelete="CASCADE"),
        nullable=False,
    ),
    sa.Column("kind", sa.String(16), nullable=False),  # speaker | merge | wrong
    sa.Column("table_name", sa.String(32)),  # quotes | facts | timeline (speaker, wrong)
    sa.Column("start", sa.Integer),  # the row's span in the article text (speaker, wrong)
    sa.Column("end", sa.Integer),
    sa.Column("span_text", sa.Text),  # text[start:end] when the correction was made
    sa.Column("value", sa.Text),  # the right speaker (speaker), the name kept (merge)
    sa.Column("target", sa.Text),  # the name merged away (merge)
    sa.Column("made_at", sa.DateTime(timezone=True), nullable=False),
)
sa.Index("ix_corrections_article", corrections.c.article_id)
