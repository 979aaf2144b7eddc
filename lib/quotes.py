"""Quotes and their speakers (owned by the quotes work; first version finds none)."""

from __future__ import annotations


def extract_quotes(ctx) -> list[dict]:
    return []
