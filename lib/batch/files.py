"""Which files a batch reads, and what each one carries (bytes, file name, metadata).

A target is a folder (every article file under it), a glob pattern (`archive/2024-*/*.html`) or
one file. Metadata comes from a `<name>.json` sidecar beside the file, as in a library folder:
title, published, source and url (anything else is ignored). A sidecar that cannot be read
counts as none: the article is still analysed, with what its own text says.
"""

from __future__ import annotations

import glob
import json
from dataclasses import dataclass, field
from pathlib import Path

from lib.errors import InputError

SUFFIXES = (".txt", ".md", ".html")
META_KEYS = ("title", "published", "source", "url")


@dataclass(frozen=True)
class Job:
    """One article to analyse, as it is sent to a worker (everything it needs, no paths)."""

    name: str  # the path as the user gave it, for the summary
    raw: bytes
    filename: str
    meta: dict = field(default_factory=dict)


def find_articles(target: str) -> list[Path]:
    """Article files named by a folder, a glob pattern or a file; InputError when none."""
    path = Path(target).expanduser()
    if path.is_dir():
        found = [p for p in path.rglob("*") if _is_article(p)]
    elif path.is_file():
        found = [path] if _is_article(path) else []
    else:
        found = [Path(p) for p in glob.glob(str(path), recursive=True) if _is_article(Path(p))]
    if not found:
        raise InputError(f"No article files (.txt, .md, .html) match {target!r}.")
    return sorted(found)


def read_job(path: Path) -> Job:
    return Job(str(path), path.read_bytes(), path.name, read_sidecar(path))


def read_sidecar(path: Path) -> dict:
    try:
        meta = json.loads(path.with_suffix(".json").read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(meta, dict):
        return {}
    return {k: str(meta[k]) for k in META_KEYS if meta.get(k) not in (None, "")}


def _is_article(path: Path) -> bool:
    hidden = any(part.startswith(".") for part in path.parts[-1:])
    return path.suffix.lower() in SUFFIXES and path.is_file() and not hidden
