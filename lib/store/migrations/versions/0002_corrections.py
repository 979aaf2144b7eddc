"""Corrections readers make to a saved article's analysis, as their own rows.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "corrections",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "article_id",
            sa.String(64),
            sa.ForeignKey("articles.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("table_name", sa.String(32)),
        sa.Column("start", sa.Integer),
        sa.Column("end", sa.Integer),
        sa.Column("span_text", sa.Text),
        sa.Column("value", sa.Text),
        sa.Column("target", sa.Text),
        sa.Column("made_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_corrections_article", "corrections", ["article_id"])


def downgrade() -> None:
    op.drop_index("ix_corrections_article", "corrections")
    op.drop_table("corrections")
