"""Bound the work an HTML page can cost before trafilatura reads it.

The page extractor's XPath queries sort the text nodes they collect, and libxml2 orders two
nodes by walking their siblings: a page with thousands of text nodes side by side (every word
in its own `<span>` or link, tens of thousands of one-word paragraphs) cost the square of its
size: 10,000 spans in one paragraph took 51 s, 20,000 took 295 s, all well inside the 2 MB limit.

So, before extraction:
- inline formatting elements (`INLINE_TAGS`: spans, links, bold, ...) are unwrapped, their words
  kept, when a page holds more than MAX_INLINE_ELEMENTS of them (a real article page holds a few
  hundred; only such a page reads differently, and it reads in seconds);
- a page with more than MAX_HTML_ELEMENTS other elements is refused with a message, as a page
  nested too deep is: the extractor cannot read it in seconds.
Ordinary pages go to trafilatura untouched.
"""

from __future__ import annotations

import re
from collections import Counter

from lib.errors import InputError

MAX_INLINE_ELEMENTS = 2_000
MAX_HTML_ELEMENTS = 20_000
INLINE_TAGS = frozenset(
    [
        "a",
        "abbr",
        "b",
        "bdi",
        "bdo",
        "big",
        "cite",
        "code",
        "data",
        "dfn",
        "em",
        "font",
        "i",
        "kbd",
        "mark",
        "q",
        "s",
        "samp",
        "small",
        "span",
        "strike",
        "strong",
        "sub",
        "sup",
        "time",
        "tt",
        "u",
        "var",
        "wbr",
    ]
)
_START_TAG = re.compile(r"<([A-Za-z][\w:-]*)")


def bounded_page(html: str) -> str:
    """The page trafilatura may read in seconds (see module); InputError if none is."""
    counts = Counter(m.group(1).lower() for m in _START_TAG.finditer(html))
    inline = sum(n for tag, n in counts.items() if tag in INLINE_TAGS)
    others = sum(counts.values()) - inline
    if others > MAX_HTML_ELEMENTS:
        raise InputError(
            f"This HTML page has {others:,} elements; pages with more than"
            f" {MAX_HTML_ELEMENTS:,} cannot be read. Save the article as text and try again."
        )
    if inline <= MAX_INLINE_ELEMENTS:
        return html
    return _unwrapped(html)


def _unwrapped(html: str) -> str:
    """The page with its inline elements' tags removed and their text kept; serialised again,
    so the text they split becomes one text node."""
    import lxml.html  # type: ignore[import-untyped]
    from lxml import etree

    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return html  # trafilatura says what it can make of it
    etree.strip_tags(root, *INLINE_TAGS)
    return lxml.html.tostring(root, encoding="unicode")
