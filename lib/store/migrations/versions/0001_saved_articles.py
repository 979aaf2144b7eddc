"""Saved articles and their analyses, keyed by content id.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "articles",
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
    op.create_index("ix_articles_saved_at", "articles", ["saved_at"])
    op.create_index("ix_articles_digest", "articles", ["digest"])
    op.create_table(
        "analyses",
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
    op.create_table(
        "analysis_tables",
        sa.Column(
            "article_id",
            sa.String(64),
            sa.ForeignKey("analyses.article_id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("name", sa.String(32), primary_key=True),
        sa.Column("rows", sa.Text, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("analysis_tables")
    op.drop_table("analyses")
    op.drop_index("ix_articles_digest", "articles")
    op.drop_index("ix_articles_saved_at", "articles")
    op.drop_table("articles")
