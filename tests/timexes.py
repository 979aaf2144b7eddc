"""A short test article parsed for the timeline: the timeline tests' one entry point."""

from __future__ import annotations

from datetime import date

from lib.context import Context
from lib.entities import extract_entities
from lib.ingest.formats import load_article
from lib.nlp import load_nlp, parse
from lib.timeline.tagger import tag


def context_of(body: str, published: date | None) -> Context:
    """`body` under a stock headline, parsed with its entities, published on `published`."""
    article = load_article("A headline for the test\n\n" + body, fmt="text")
    article.published = published
    doc = parse(article, load_nlp())
    ctx = Context.from_parse(article, doc)
    ctx.entities = extract_entities(article, doc)
    return ctx


def tag_body(body: str, published: date) -> dict:
    """Each expression found in `body` by its text, resolved against `published`."""
    return {x.text: x for x in tag(context_of(body, published))}


def dated(body: str, published: date, expression: str) -> tuple | None:
    """The (value, date, date_end) `expression` in `body` resolves to, or None if not tagged."""
    x = tag_body(body, published).get(expression)
    return (x.value, x.date, x.date_end) if x is not None else None


def analysed(body: str, published: date):
    """The whole analysis of `body` under a stock headline, published on `published`."""
    import lib

    return lib.analyze("A headline for the test\n\n" + body, published=published.isoformat())


def timeline_of(body: str, published: date) -> list[tuple[str, str]]:
    """(the date's words, its day) for every timeline row of `body` published on `published`."""
    t = analysed(body, published)
    return [(r["date_text"], str(r["date"])[:10]) for r in t.timeline.to_dict("records")]
