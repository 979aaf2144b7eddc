"""Publication date from the text: a dateline, else inference (owned by the timeline work)."""

from __future__ import annotations


def find_published(ctx):
    """(date, "dateline" | "inferred") or (None, "unknown")."""
    return None, "unknown"
