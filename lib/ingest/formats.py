"""Turn raw bytes or text (plain text, Markdown, HTML) into one canonical `Article`.

Untrusted input is checked here, once: a clear `InputError` for empty, binary, non-UTF-8,
oversize or non-English input, before any analysis runs. HTML goes through trafilatura's main-text
extraction (to Markdown, so headings survive) and then follows the Markdown path.
"""

from __future__ import annotations

import codecs
import json
import re
from datetime import date
from pathlib import Path

from lib.article import Article
from lib.errors import InputError
from lib.ingest.boilerplate import drop_plugs
from lib.ingest.pagesize import bounded_page
from lib.ingest.structure import split_paragraphs

MAX_INPUT_BYTES = 2_000_000  # raw upload (HTML pages are bulky)
MAX_TEXT_CHARS = 200_000  # canonical article text (a very long feature is ~60,000)
MIN_WORDS = 3  # fewer is no article: nothing to read, quote or date
MIN_ENGLISH_SHARE = 0.12  # share of common English function words among the words
FORMATS = ("text", "markdown", "html")
# Byte-order marks of the wider Unicode encodings (UTF-32 first: its LE mark starts like UTF-16's).
UNICODE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# The HTML parser gives up below this many nested elements; deeper pages come out empty.
MAX_HTML_DEPTH = 250
_HTML_TAG = re.compile(r"<(/?)([A-Za-z][\w:-]*)[^>]*?(/?)>")
_VOID_TAGS = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)---[ \t]*\n", re.S)
_HTML_HINT = re.compile(r"<\s*(html|body|article|p|div|head|!doctype)\b", re.I)
_MD_HINT = re.compile(r"^(#{1,6} \S|[-*] \S|> \S)", re.M)
_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
_ENGLISH_FUNCTION_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "to",
        "in",
        "and",
        "or",
        "but",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "it",
        "its",
        "that",
        "this",
        "these",
        "those",
        "on",
        "at",
        "by",
        "for",
        "with",
        "from",
        "as",
        "not",
        "no",
        "he",
        "she",
        "they",
        "we",
        "you",
        "i",
        "his",
        "her",
        "their",
        "our",
        "said",
        "says",
        "will",
        "would",
        "can",
        "could",
        "who",
        "which",
        "what",
        "when",
        "where",
        "after",
        "before",
        "than",
        "there",
    ]
)


def decode(data: bytes | str) -> str:
    """Bytes to text: UTF-8 (BOM allowed), or UTF-16/32 with a byte-order mark; newlines
    normalised to \\n. Without a mark, NUL bytes mean a binary file."""
    if isinstance(data, bytes):
        if len(data) > MAX_INPUT_BYTES:
            raise InputError(
                f"The file is too large ({len(data):,} bytes); the limit is {MAX_INPUT_BYTES:,} bytes."
            )
        wide = next((enc for bom, enc in UNICODE_BOMS if data.startswith(bom)), None)
        if wide:
            return _decode_wide(data, wide)
        if b"\x00" in data[:65536]:
            raise InputError(
                "This looks like a binary file, not an article: it contains NUL bytes."
            )
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as err:
            raise InputError(
                f"The file is not valid UTF-8 (byte 0x{data[err.start]:02x} at position {err.start});"
                " save it as UTF-8 and try again."
            ) from None
    else:
        text = data.removeprefix("\ufeff")
    if "\x00" in text:
        raise InputError(
            "This looks like a binary file, not an article: it contains NUL characters."
        )
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode_wide(data: bytes, encoding: str) -> str:
    try:
        text = data.decode(encoding)  # the codec reads and drops the byte-order mark
    except UnicodeDecodeError:
        raise InputError(
            f"The file starts with a {encoding.upper()} byte-order mark but is not valid"
            f" {encoding.upper()}; save it as UTF-8 and try again."
        ) from None
    if sum(ch.isascii() for ch in text) < 0.5 * len(text):  # "\xff\xfe" opening random bytes
        raise InputError(
            "This looks like a binary file, not an article: after its byte-order mark it is not"
            " English text."
        )
    return decode(text)


def detect_format(text: str, filename: str = "") -> str:
    suffix = Path(filename).suffix.lower()
    if suffix in (".html", ".htm", ".xhtml"):
        return "html"
    if suffix in (".md", ".markdown"):
        return "markdown"
    if suffix == "" and _HTML_HINT.search(text[:4096]):
        return "html"
    if suffix == "" and (_FRONT_MATTER.match(text) or _MD_HINT.search(text)):
        return "markdown"
    return "text"


def load_article(
    data: bytes | str,
    *,
    filename: str = "",
    fmt: str | None = None,
    meta: dict | None = None,
) -> Article:
    """Canonical article from raw input; `meta` (title, published, source, url) wins over the text."""
    text = decode(data)
    if not text.strip():
        raise InputError("The article is empty: there is no text to analyse.")
    fmt = fmt or detect_format(text, filename)
    if fmt not in FORMATS:
        raise InputError(f"Unknown format {fmt!r}; use one of {', '.join(FORMATS)}.")
    found: dict = {}
    if fmt == "html":
        text, found = _html_to_markdown(text)
        fmt = "markdown"
    if fmt == "markdown":
        text, front = _split_front_matter(text)
        found.update(front)
    text = drop_plugs(text)  # newsletter plugs, "Read more:" lines: not the story
    _check_size_and_language(text)
    meta = {**found, **{k: v for k, v in (meta or {}).items() if v not in (None, "")}}
    paragraphs = split_paragraphs(text, markdown=(fmt == "markdown"))
    if not paragraphs:
        raise InputError("The article has no readable paragraphs.")
    headline = next((p for p in paragraphs if p.kind == "headline"), paragraphs[0])
    published = _as_date(meta.get("published"))
    return Article(
        text=text,
        paragraphs=paragraphs,
        title=str(meta.get("title") or text[headline.start : headline.end]).strip()[:300],
        published=published,
        published_source="metadata" if published else "unknown",
        source=str(meta.get("source") or Path(filename).name or ""),
        url=str(meta.get("url") or ""),
        meta=meta,
    )


def load_file(path: str | Path) -> Article:
    """Load an article file, with its optional JSON metadata sidecar (same name, `.json`)."""
    path = Path(path)
    data = path.read_bytes()
    sidecar = path.with_suffix(".json")
    meta = json.loads(sidecar.read_text("utf-8")) if sidecar.is_file() else {}
    return load_article(data, filename=path.name, meta=meta)


def _html_to_markdown(html: str) -> tuple[str, dict]:
    import trafilatura

    html = bounded_page(html)  # a page of countless elements: fewer, or a message
    doc = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, favor_recall=True, output_format="python"
    )
    body = trafilatura.extract(
        html,
        output_format="markdown",
        include_comments=False,
        include_formatting=False,
        favor_recall=True,
    )
    if not body or not body.strip():
        depth = html_depth(html)
        if depth > MAX_HTML_DEPTH:
            raise InputError(
                f"This HTML page nests its elements {depth:,} levels deep; pages nested more than"
                f" {MAX_HTML_DEPTH} levels cannot be read. Save the article as text and try again."
            )
        raise InputError("No article text could be found in this HTML page.")
    meta = {}
    if doc is not None:
        assert not isinstance(doc, dict)  # a Document: as_dict is left False
        meta = {"title": doc.title, "published": doc.date, "source": doc.sitename, "url": doc.url}
        meta = {k: v for k, v in meta.items() if v}
    if meta.get("title"):
        meta["title"] = strip_site_suffix(meta["title"], meta.get("source", ""))
    title = meta.get("title")
    if title and title.strip() not in body[: len(title) + 20]:
        body = f"# {title.strip()}\n\n{body}"
    return body, meta


# How a page title glues the site's name to the headline: "Headline | Site", "Headline - Site".
TITLE_SEPARATORS = (" | ", " – ", " — ", " - ", " :: ", " · ")
SITE_TAIL_MAX_WORDS = 4


def strip_site_suffix(title: str, site: str = "") -> str:
    """The headline without the site's name after it ("Storm closes ports | Coast Courier").

    The tail goes when it is the site's name, or when a bar ("|") or dot separates a short tail
    (a headline rarely holds one); a dash tail stays unless it is the site's name, since
    headlines use dashes.
    """
    title = title.strip()
    for sep in TITLE_SEPARATORS:
        if sep not in title:
            continue
        head, tail = title.rsplit(sep, 1)
        if not head.strip():
            continue
        is_site = bool(site) and _site_key(tail) == _site_key(site)
        short = sep.strip() in "|·::" and len(tail.split()) <= SITE_TAIL_MAX_WORDS
        if is_site or short:
            return strip_site_suffix(head, site)
    return title


def _site_key(name: str) -> str:
    name = name.lower().strip()
    name = re.sub(r"^the\s+|\.(?:com|co\.uk|org|net)$|^www\.", "", name)
    return re.sub(r"\W+", "", name)


def html_depth(html: str) -> int:
    """The deepest nesting of elements in the page (void and self-closed elements not counted)."""
    depth = deepest = 0
    for m in _HTML_TAG.finditer(html):
        closing, name, self_closed = m.group(1), m.group(2).lower(), m.group(3)
        if name in _VOID_TAGS or self_closed:
            continue
        depth = max(depth - 1, 0) if closing else depth + 1
        deepest = max(deepest, depth)
    return deepest


def _split_front_matter(text: str) -> tuple[str, dict]:
    """YAML-style `key: value` front matter (flat) becomes metadata; the rest is the article."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return text, {}
    meta = {}
    for line in m.group(1).splitlines():
        key, sep, value = line.partition(":")
        if sep:
            key = key.strip().lower()
            key = {"date": "published"}.get(key, key)
            meta[key] = value.strip().strip("\"'")
    return text[m.end() :], meta


def _check_size_and_language(text: str) -> None:
    if len(text) > MAX_TEXT_CHARS:
        raise InputError(
            f"The article is too long ({len(text):,} characters); the limit is {MAX_TEXT_CHARS:,}."
        )
    if not text.strip():
        raise InputError("The article is empty: there is no text to analyse.")
    words = _WORD.findall(text.lower())
    if len(text.split()) < MIN_WORDS:
        raise InputError(
            f"The article is too short to analyse: it needs at least {MIN_WORDS} words."
        )
    letters = sum(ch.isalpha() for ch in text)
    if letters < 0.3 * len(text.strip()) and len(text.strip()) > 40:
        raise InputError("This does not look like article text: too few letters.")
    if len(words) >= 15:
        share = sum(w in _ENGLISH_FUNCTION_WORDS for w in words) / len(words)
        if share < MIN_ENGLISH_SHARE:
            raise InputError(
                "This article does not look like English; the analysis works on English news only."
            )


def _as_date(value) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value.strip():
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None
