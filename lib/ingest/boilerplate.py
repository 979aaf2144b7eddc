"""Drop the paragraphs in which a page talks to its reader instead of telling the story.

News pages put newsletter and subscription plugs, "Read more:" and "Click here to …" lines
between the story's paragraphs; trafilatura keeps many of them, and a pasted article has them
as they were copied. They are no part of the article: read as body text they give the analysis
a speaker-less statement, a topic or a figure ("Sign up for 3 free articles") that the story
never had. The rules are data (`data/boilerplate.toml`); this module only applies them, once,
before the text becomes the canonical article text that every offset points into.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from lib.ingest.structure import hard_wrapped
from lib.ruledata import load

_BLOCK = re.compile(r"[^\n]+(?:\n[^\n]+)*")
_MARKER = re.compile(r"^\s*(?:[-*+>]\s+|\d+[.)]\s+|#{1,6}\s+)*")  # Markdown list/quote/heading
_QUOTE_MARKS = re.compile('["“”«»]')


@dataclass(frozen=True)
class PlugRules:
    max_words: int
    openings: tuple[str, ...]
    calls: tuple[str, ...]


@cache
def rules() -> PlugRules:
    plug = load("boilerplate.toml")["plug"]
    return PlugRules(
        plug["max_words"],
        tuple(w.lower() for w in plug.get("openings", [])),
        tuple(w.lower() for w in plug.get("calls", [])),
    )


def is_plug(paragraph: str, plug: PlugRules | None = None) -> bool:
    """Whether a paragraph is a call to the reader (see data/boilerplate.toml)."""
    plug = plug or rules()
    words = _MARKER.sub("", paragraph).replace("’", "'").strip()
    if not words or len(words.split()) > plug.max_words:
        return False
    low = " ".join(words.lower().split())
    if low.startswith(plug.openings):
        return True
    return not _QUOTE_MARKS.search(words) and any(call in low for call in plug.calls)


def drop_plugs(text: str) -> str:
    """`text` without its plug paragraphs: a whole line, or a whole hard-wrapped block (a line
    inside a wrapped paragraph is never cut out of it). A dropped block takes the blank line
    before it along, so its neighbours stay two paragraphs; the rest of the text is unchanged."""
    plug = rules()
    pieces: list[str] = []
    cursor = 0
    for block in _BLOCK.finditer(text):
        gap, cursor = text[cursor : block.start()], block.end()
        lines = block.group().split("\n")
        if hard_wrapped(lines):
            kept = "" if is_plug(block.group(), plug) else block.group()
        else:
            kept = "\n".join(ln for ln in lines if not is_plug(ln, plug))
        if kept:
            pieces.append(gap + kept)
    pieces.append(text[cursor:])
    return "".join(pieces)
