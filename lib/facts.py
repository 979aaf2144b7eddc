"""Figures and statements (owned by the facts work; first version finds none)."""

from __future__ import annotations


def extract_facts(ctx) -> list[dict]:
    return []
