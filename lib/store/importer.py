"""One-shot import of a library folder of files (the store before the database) into a store.

Each article file (`.txt`, `.md`, `.html`) with its optional `.json` sidecar becomes a row under
the id its links already use (the file stem), with the file's date as its save date. Symlinks are
never followed (a link could point anywhere on the server), hidden and oddly named files are left
alone, and a file that does not ingest is reported, not imported. Running it again changes
nothing: an article already in the store keeps its row.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from lib.errors import InputError
from lib.store import SAFE_ID, SUFFIXES, Store

MAX_FILE_BYTES = 2 * 1024 * 1024


@dataclass
class ImportReport:
    imported: list[str] = field(default_factory=list)
    present: list[str] = field(default_factory=list)  # already in the store
    refused: list[tuple[str, str]] = field(default_factory=list)  # (file name, why)

    def summary(self) -> str:
        return (
            f"{len(self.imported)} imported, {len(self.present)} already in the store, "
            f"{len(self.refused)} refused"
        )


def article_files(folder: Path) -> list[Path]:
    """Regular article files directly in `folder`: no symlinks, no hidden or unsafe names."""
    folder = Path(folder)
    if folder.is_symlink() or not folder.is_dir():
        return []
    return sorted(
        p
        for p in folder.iterdir()
        if p.suffix.lower() in SUFFIXES
        and not p.name.startswith(".")
        and SAFE_ID.match(p.stem)
        and not p.is_symlink()
        and p.is_file()
    )


def sidecar_meta(path: Path) -> dict:
    """The `.json` beside an article file (never through a symlink); {} when absent or bad."""
    sidecar = path.with_suffix(".json")
    if sidecar.is_symlink() or not sidecar.is_file():
        return {}
    try:
        meta = json.loads(sidecar.read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return meta if isinstance(meta, dict) else {}


def import_folder(store: Store, folder: Path) -> ImportReport:
    report = ImportReport()
    for path in article_files(folder):
        try:
            if path.stat().st_size > MAX_FILE_BYTES:
                raise InputError("larger than 2 MB")
            raw = path.read_bytes()
            saved_at = datetime.fromtimestamp(path.stat().st_mtime, UTC)
            saved = store.save_article(
                raw, path.name, sidecar_meta(path), article_id=path.stem, saved_at=saved_at
            )
        except (InputError, OSError) as err:  # StoreError included: the next file may work
            report.refused.append((path.name, str(err)))
            continue
        (report.imported if saved.created else report.present).append(saved.article_id)
    return report
