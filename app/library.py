"""The article library: the bundled articles first, then what users saved on this instance.

An article's id is what appears in links (`?article=<id>`): the file stem for bundled articles, a
content hash for saved uploads, so the same upload always gets the same link. Ids from a URL are
only ever matched against this listing, never joined into a path, so a crafted id cannot reach
any other file.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from lib.ingest.formats import detect_format, load_article
from lib.pipeline import atomic_write

ROOT = Path(__file__).resolve().parent.parent
SEED_DIR = ROOT / "data" / "articles"
LIBRARY_ENV = "NEWSDASH_LIBRARY"
SUFFIXES = (".txt", ".md", ".html")
SAFE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$")
META_KEYS = ("title", "published", "source", "url")
# The suffix tells ingestion (and a later re-read from the library) how to parse imported bytes.
SUFFIX_BY_CONTENT_TYPE = {
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "text/markdown": ".md",
    "text/x-markdown": ".md",
    "text/plain": ".txt",
}
SUFFIX_BY_FORMAT = {"html": ".html", "markdown": ".md", "text": ".txt"}
_UNSAFE_NAME = re.compile(r"[^\w-]+")


@dataclass(frozen=True)
class Entry:
    article_id: str
    title: str
    path: Path
    bundled: bool  # shipped with the app (data/articles) rather than saved by a user

    def read(self) -> tuple[bytes, str, dict]:
        """(raw bytes, file name, metadata) ready for `analyze`."""
        return self.path.read_bytes(), self.path.name, read_meta(self.path)


def library_dir() -> Path:
    """Where saved articles go: $NEWSDASH_LIBRARY, else `library/` in the repository."""
    configured = os.environ.get(LIBRARY_ENV, "").strip()
    return Path(configured).expanduser() if configured else ROOT / "library"


def read_meta(path: Path) -> dict:
    sidecar = path.with_suffix(".json")
    try:
        meta = json.loads(sidecar.read_text("utf-8")) if sidecar.is_file() else {}
    except (OSError, ValueError):
        meta = {}
    meta = meta if isinstance(meta, dict) else {}
    meta.setdefault("source", path.name)
    return meta


def list_articles(seed_dir: Path | None = None, saved_dir: Path | None = None) -> list[Entry]:
    """Bundled articles (by their `order`, then name), then saved ones (newest first)."""
    bundled = _entries(seed_dir or SEED_DIR, bundled=True)
    bundled.sort(key=lambda pair: (pair[0].get("order", 1_000_000), pair[1].path.name))
    saved = _entries(saved_dir or library_dir(), bundled=False)
    saved.sort(key=lambda pair: -_mtime(pair[1].path))
    out: list[Entry] = []
    seen: set[str] = set()
    for _, entry in [*bundled, *saved]:
        if entry.article_id not in seen:
            seen.add(entry.article_id)
            out.append(entry)
    return out


def resolve(article_id: str | None, entries: list[Entry]) -> Entry | None:
    """The listed entry with exactly this id, else None (ids are never used as paths)."""
    if not article_id:
        return None
    return next((e for e in entries if e.article_id == article_id), None)


def filename_for_url(url: str, content_type: str, data: bytes = b"") -> str:
    """A file name for an imported page: the URL path's last segment, with the suffix the
    server's content type implies (sniffed from the bytes when it sent none), so ingestion
    parses HTML as HTML whatever the path ends with (`/story?id=3`, `/news/`)."""
    parts = urlsplit(url)
    segment = PurePosixPath(unquote(parts.path)).name
    path_suffix = PurePosixPath(segment).suffix.lower()
    stem = _UNSAFE_NAME.sub("-", PurePosixPath(segment).stem).strip("-")[:60]
    stem = stem or _UNSAFE_NAME.sub("-", parts.hostname or "").strip("-")[:60] or "article"
    suffix = SUFFIX_BY_CONTENT_TYPE.get(content_type)
    if suffix is None:
        if path_suffix in (".htm", ".xhtml"):
            path_suffix = ".html"
        fmt = detect_format(data[:4096].decode("utf-8", errors="replace"), "")
        suffix = path_suffix if path_suffix in SUFFIXES else SUFFIX_BY_FORMAT[fmt]
    return stem + suffix


def content_key(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()[:16]


def save_article(
    raw: bytes, filename: str, meta: dict | None = None, folder: Path | None = None
) -> Entry:
    """Save an uploaded article under its content hash, atomically, once it ingests cleanly.

    The sidecar is written before the article, so a listing never sees an article without its
    title and date. Raises InputError when the article cannot be read.
    """
    suffix = Path(filename).suffix.lower()
    suffix = suffix if suffix in SUFFIXES else ".txt"
    meta = {k: str(v) for k, v in (meta or {}).items() if k in META_KEYS and v not in (None, "")}
    article = load_article(raw, filename=filename, meta=meta)  # raises InputError on bad input
    meta.setdefault("title", article.title)
    meta.setdefault("source", Path(filename).name or "upload")
    folder = Path(folder) if folder else library_dir()
    folder.mkdir(parents=True, exist_ok=True)
    article_id = content_key(raw)
    # Same bytes saved before (perhaps under another extension): same article, same link.
    earlier = [
        folder / f"{article_id}{s}" for s in SUFFIXES if (folder / f"{article_id}{s}").exists()
    ]
    target = earlier[0] if earlier else folder / f"{article_id}{suffix}"
    atomic_write(
        target.with_suffix(".json"), json.dumps(meta, ensure_ascii=False, indent=1).encode()
    )
    atomic_write(target, raw)
    return Entry(article_id, meta["title"], target, bundled=False)


def _entries(folder: Path, *, bundled: bool) -> list[tuple[dict, Entry]]:
    if not folder.is_dir():
        return []
    out = []
    for path in folder.iterdir():
        if path.suffix.lower() not in SUFFIXES or not path.is_file() or path.name.startswith("."):
            continue
        if not SAFE_ID.match(path.stem):
            continue
        meta = read_meta(path)
        title = str(meta.get("title") or _first_line(path) or path.stem)[:200]
        out.append((meta, Entry(path.stem, title, path, bundled=bundled)))
    return out


def _first_line(path: Path) -> str:
    if path.suffix.lower() == ".html":
        return ""
    try:
        with path.open(encoding="utf-8", errors="replace") as fh:
            for line in fh:
                line = line.strip().lstrip("#").strip()
                if line and line != "---":
                    return line
    except OSError:
        return ""
    return ""


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0
