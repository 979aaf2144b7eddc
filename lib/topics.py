"""Topics from an editable taxonomy (owned by the topics work; first version assigns none)."""

from __future__ import annotations


def assign_topics(ctx, rows: dict[str, list[dict]]) -> None:
    """Fill the `topics` column of every row in `rows` (sentences, quotes, facts, timeline)."""
    for table in rows.values():
        for row in table:
            row.setdefault("topics", [])
