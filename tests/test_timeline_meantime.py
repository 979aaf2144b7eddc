"""Over the MEANTIME articles (../shared/bench/meantime, read at run time): no event told in the
past tense is dated after the publication date unless the text says so (writes the date in full,
or tells of a plan: "a hearing has been scheduled for June 3").

Before this check existed the tagger put 3 such events after their publication day; now none."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from lib.context import Context
from lib.ingest.formats import load_article
from lib.nlp import load_nlp, parse
from lib.timeline.patterns import tables
from lib.timeline.tagger import tag
from lib.timeline.verbs import _governing_verb, _is_past, _planned, _root_token

FOLDER = Path(__file__).resolve().parent.parent.parent / "shared" / "bench" / "meantime" / "timeml"
TAG = re.compile(r"<[^>]+>")


def _articles():
    for path in sorted(FOLDER.glob("*.tml")):
        raw = path.read_text(encoding="utf-8")
        dct = re.search(r"<DCT>.*?value=\"(\d{4}-\d{2}-\d{2})", raw, re.S)
        body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
        if dct and body:
            text = TAG.sub("", body.group(1)).strip()
            yield path.name, text, date.fromisoformat(dct.group(1))


def past_events_after_publication() -> list[str]:
    """'name: expression -> date' for each past-tense clause (not a plan) dated after its
    publication day by an expression that needed the publication date (explicit dates are the
    text's own word)."""
    out = []
    nlp = load_nlp()
    for name, text, published in _articles():
        article = load_article(text, fmt="text")
        doc = parse(article, nlp)
        ctx = Context.from_parse(article, doc)
        for x in tag(ctx, published):
            if x.date is None or x.date <= published or x.anchor == "explicit":
                continue
            root = _root_token(ctx, x)
            verb = _governing_verb(root) if root is not None else None
            if verb is not None and _is_past(verb) and _planned(verb, tables()) is None:
                out.append(f"{name[:40]}: {x.text!r} -> {x.date} ({verb.text})")
    return out


@pytest.mark.skipif(not FOLDER.is_dir(), reason="MEANTIME copy absent (../shared/bench/meantime)")
def test_no_past_tense_event_after_publication():
    found = past_events_after_publication()
    assert found == [], "\n".join(found)
