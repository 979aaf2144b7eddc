"""Across articles, one speaker whatever the outlet's apostrophes: each article keeps its own
spelling of a name ("O’Brien" with a typographic apostrophe), and the across-articles tables
fold the marks so that "O'Brien" in another article is the same speaker (round 19)."""

from __future__ import annotations

import pandas as pd

from lib.across import one_spelling, read_corpus
from lib.pipeline import analyze
from lib.store import Store, sqlite_url

CURLY = (
    "Dock strike ends\n\n"
    "Declan O’Brien, the union’s leader, said on Monday that the dockers would return to work."
)
PLAIN = (
    "Port reopens\n\n"
    "Declan O'Brien, the union's leader, said on Tuesday that the cranes were running again."
)


def test_spellings_that_differ_only_by_their_marks_take_the_first():
    names = pd.Series(["Declan O’Brien", None, "Declan O'Brien", "Ann Lee", "the “Red Team”"])
    spelt = one_spelling(names)
    assert spelt.isna().tolist() == [False, True, False, False, False]
    assert spelt.dropna().tolist() == [
        "Declan O’Brien",
        "Declan O’Brien",
        "Ann Lee",
        "the “Red Team”",
    ]


def test_two_articles_spelling_one_name_two_ways_quote_one_speaker(tmp_path):
    store = Store(sqlite_url(tmp_path))
    try:
        spellings = set()
        for i, text in enumerate((CURLY, PLAIN)):
            saved = store.save_article(text.encode(), f"strike{i}.txt")
            tables = analyze(text)
            spellings.update(tables.quotes["speaker"])
            store.save_analysis(saved.article_id, tables)
        assert spellings == {"Declan O’Brien", "Declan O'Brien"}  # each article's own words
        speakers = set(read_corpus(store).quotes["speaker"])
        assert len(speakers) == 1 and speakers <= spellings  # one of the two, whichever came first
    finally:
        store.close()
