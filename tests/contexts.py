"""Extractor contexts for tests: a short article parsed the way `analyze()` parses it."""

from lib.context import Context
from lib.entities import extract_entities
from lib.ingest.formats import load_article
from lib.nlp import load_nlp, parse


def ctx_for(body: str, quotes: list[dict] | None = None, source: str = "") -> Context:
    """A Context over a one-headline article whose body is `body`, with entities and `quotes`."""
    article = load_article(f"A headline for the test\n\n{body}", meta={"source": source})
    doc = parse(article, load_nlp())
    ctx = Context.from_parse(article, doc)
    ctx.entities = extract_entities(article, doc)
    ctx.quotes = quotes or []
    return ctx
