"""Bench corpus: full MEANTIME articles rebuilt from their CAT XML tokens, plus tests/articles.

MEANTIME keeps each article as tokens with sentence numbers (no paragraphs, no spacing), so the
text is rebuilt: sentence 0 is the title, sentence 1 the date line when it is one, then body
paragraphs of two sentences each (synthetic breaks), tokens joined with English spacing rules and
`` '' / &quot; turned into curly quotes. The creation time becomes the publication date.

NewsReader MEANTIME corpus (c) 2015 Fondazione Bruno Kessler, VU University Amsterdam,
Universidad del Pais Vasco, CC BY 4.0; article texts from Wikinews, CC BY 2.5. The corpus is not in
this repository: it is read from `shared/bench/meantime` beside the repository root.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from itertools import cycle, islice
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MEANTIME_DIR = ROOT.parent / "shared" / "bench" / "meantime" / "intra-doc_annotation"
TEST_ARTICLES = ROOT / "tests" / "articles"
ATTRIBUTION = (
    "MEANTIME corpus (NewsReader), (c) 2015 Fondazione Bruno Kessler, VU University Amsterdam, "
    "Universidad del Pais Vasco, CC BY 4.0; texts from Wikinews, CC BY 2.5."
)
SENTENCES_PER_PARAGRAPH = 2

NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "...", "”", "’"}
NO_SPACE_BEFORE_PREFIX = ("'s", "'S", "n't", "'re", "'ve", "'ll", "'d", "'m")
NO_SPACE_AFTER = {"(", "[", "{", "$", "US$", "£", "€", "#", "“", "‘"}
ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
DATE_LINE = re.compile(r"^[A-Z][a-z]+ \d{1,2}, \d{4}$|^\w+day, [A-Z][a-z]+ \d{1,2}, \d{4}$")


@dataclass(frozen=True)
class BenchArticle:
    name: str
    text: str  # plain-text article: title line, blank line, paragraphs
    published: str | None  # YYYY-MM-DD
    origin: str  # "meantime" or "tests"


def detokenize(tokens: list[str]) -> str:
    out: list[str] = []
    double_open = True  # &quot; alternates between opening and closing
    glue_next = False
    for raw in tokens:
        tok = {"``": "“", "''": "”", "`": "‘"}.get(raw, raw)
        if tok == '"':
            tok = "“" if double_open else "”"
            double_open = not double_open
        elif tok == "“":
            double_open = False
        elif tok == "”":
            double_open = True
        glue = glue_next or tok in NO_SPACE_BEFORE or tok.startswith(NO_SPACE_BEFORE_PREFIX)
        if out and not glue:
            out.append(" ")
        out.append(tok)
        glue_next = tok in NO_SPACE_AFTER
    return "".join(out)


def read_meantime(path: Path) -> BenchArticle:
    root = ET.parse(path).getroot()
    sentences: dict[int, list[str]] = {}
    for tok in root.iter("token"):
        sentences.setdefault(int(tok.get("sentence")), []).append(tok.text or "")
    lines = [detokenize(sentences[i]) for i in sorted(sentences)]
    created = [
        t.get("value", "")
        for t in root.iter("TIMEX3")
        if t.get("functionInDocument") == "CREATION_TIME"
    ]
    published = next((v[:10] for v in created if ISO_DAY.match(v)), None)
    title, rest = lines[0], lines[1:]
    paragraphs = []
    if rest and DATE_LINE.match(rest[0]):
        paragraphs.append(rest.pop(0))
    for i in range(0, len(rest), SENTENCES_PER_PARAGRAPH):
        paragraphs.append(" ".join(rest[i : i + SENTENCES_PER_PARAGRAPH]))
    text = "\n\n".join([title, *paragraphs]) + "\n"
    return BenchArticle(path.stem, text, published or None, "meantime")


def read_test_article(path: Path) -> BenchArticle:
    sidecar = path.with_suffix(".json")
    meta = json.loads(sidecar.read_text("utf-8")) if sidecar.is_file() else {}
    return BenchArticle(path.stem, path.read_text("utf-8"), meta.get("published"), "tests")


def load_corpus() -> list[BenchArticle]:
    """Every MEANTIME article (when the shared folder is there), then tests/articles/*.txt."""
    meantime = [read_meantime(p) for p in sorted(MEANTIME_DIR.glob("corpus_*/*.xml"))]
    tests = [read_test_article(p) for p in sorted(TEST_ARTICLES.glob("*.txt"))]
    return meantime + tests


def cycled(articles: list[BenchArticle], runs: int) -> list[BenchArticle]:
    """`runs` articles, cycling through the corpus when it is shorter."""
    return list(islice(cycle(articles), max(runs, len(articles))))


def describe(articles: list[BenchArticle]) -> str:
    meantime = sum(a.origin == "meantime" for a in articles)
    words = sum(len(a.text.split()) for a in articles)
    return (
        f"{len(articles)} articles ({meantime} MEANTIME rebuilt from tokens, "
        f"{len(articles) - meantime} from tests/articles), {words:,} words, "
        f"median {sorted(len(a.text.split()) for a in articles)[len(articles) // 2]} words"
    )
