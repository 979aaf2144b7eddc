"""Social-media posts embedded in web copy: the post's words before its signature line.

A page that embeds a post (a tweet) keeps, once scraped or pasted, the post's words and then its
signature line, "— Ann Lee (@annlee) November 22, 2019", with no quotation marks and often no
verb of saying: the sentence before may be "X wrote:" about another post the page lost, or a
"More:" link. The signature names the author, so the words are the author's direct statement,
whoever the sentence before names (lib/quotes/posts.py gives it its speaker). Page layout like
furniture, so found here; the rules are data (data/furniture.toml, the post_ keys); one scan of
each paragraph for signatures, each reading back a bounded stretch, keeps it linear.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from lib.ruledata import load

# A lost line break: a line end, or two or more spaces where the page had one.
_LINE_BREAK = re.compile(r"\n|[ \t\u00a0]{2,}")
_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")


@dataclass(frozen=True)
class PostRules:
    signature: re.Pattern
    links: tuple[str, ...]
    openers: tuple[str, ...]  # the link openers of data/furniture.toml ("more:")
    max_chars: int
    min_words: int


@dataclass(frozen=True)
class Post:
    start: int  # the post's words, text[start:end]
    end: int
    name_start: int  # the author's display name in the signature line
    name_end: int


@cache
def rules() -> PostRules:
    d = load("furniture.toml")
    dashes = "|".join(re.escape(x) for x in sorted(d["post_dashes"], key=len, reverse=True))
    months = "|".join(re.escape(m) for m in d["post_months"])
    signature = re.compile(
        rf"(?:{dashes})[ \t]*(?P<name>[^\s@()—–-][^@()\n—–]{{0,60}}?)[ \t]*\(@\w{{1,30}}\)"
        rf"[ \t]*(?:{months})\.? \d{{1,2}}, \d{{4}}"
    )
    links = tuple(d["post_links"])
    return PostRules(signature, links, tuple(d["links"]), d["post_max_chars"], d["post_min_words"])


def signature_in(text: str, start: int, end: int) -> bool:
    """Does a post's signature line start in text[start:end]?"""
    return rules().signature.search(text, start, end) is not None


def embedded_posts(text: str, paragraphs) -> list[Post]:
    """The posts whose signature lines stand in the paragraphs, in text order."""
    r = rules()
    out = []
    for para in paragraphs:
        edge = para.start  # a post starts no earlier than the paragraph or the post before
        for m in r.signature.finditer(text, para.start, para.end):
            span = _words_before(text, edge, m.start(), r)
            edge = m.end()
            if span is not None:
                out.append(Post(span[0], span[1], m.start("name"), m.end("name")))
    return out


def _words_before(text: str, edge: int, dash: int, r: PostRules) -> tuple[int, int] | None:
    """The post's words before the signature's dash: from the last lost line break (or `edge`)
    within `max_chars`, less a leading link opener and trailing links; None when no edge is
    that near or fewer than `min_words` words are left."""
    end = _without_links(text, edge, dash, r)
    lo = max(edge, dash - r.max_chars)
    breaks = list(_LINE_BREAK.finditer(text, lo, end))
    if breaks:
        start = breaks[-1].end()
    elif lo == edge:
        start = edge
    else:
        return None
    start = _past_opener(text, start, end, r)
    if len(_LETTER_WORD.findall(text, start, end)) < r.min_words:
        return None
    return start, end


def _without_links(text: str, start: int, end: int, r: PostRules) -> int:
    """The end of text[start:end] once trailing white space and links are cut off."""
    while True:
        while end > start and text[end - 1].isspace():
            end -= 1
        word_start = text.rfind(" ", start, end) + 1 or start
        if not text.startswith(r.links, max(word_start, start), end):
            return end
        end = max(word_start, start)


def _past_opener(text: str, start: int, end: int, r: PostRules) -> int:
    """Past white space and a page's link opener ("More:") at the start of the post."""
    while start < end and text[start].isspace():
        start += 1
    head = text[start : start + 20].lower()
    opener = next((o for o in r.openers if head.startswith(o)), None)
    if opener is None:
        return start
    start += len(opener)
    while start < end and text[start].isspace():
        start += 1
    return start
