"""Temporal expressions resolved to dates (owned by the timeline work; first version finds none)."""

from __future__ import annotations


def extract_timeline(ctx) -> list[dict]:
    return []
