"""Property-based: ingestion is lossless and every table's spans slice the text exactly."""

import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lib import schema
from lib.errors import InputError
from lib.ingest.formats import load_article
from lib.pipeline import analyze

WORDS = [
    "the",
    "said",
    "on",
    "Monday",
    "Friday",
    "police",
    "at",
    "least",
    "137",
    "people",
    "were",
    "killed",
    "he",
    "She",
    "told",
    "reporters",
    "“",
    "”",
    '"',
    "‘",
    "’",
    "'",
    "«",
    "»",
    "Russia’s",
    "2024",
    "22.03.2024",
    "March",
    "24",
    "1,950",
    "four",
    "a",
    "dozen",
    "—",
    "(",
    ")",
    ":",
    ",",
    ".",
    "é",
    "Zoë",
    "ß",
    "中文",
    "🙂",
    "$5",
    "--",
    ":fire:",
    "<script>",
    "&amp;",
    "may",
    "We",
]
word = st.one_of(
    st.sampled_from(WORDS),
    st.text(string.ascii_letters + "’'\"“”0123456789", min_size=1, max_size=8),
)
sentence = st.lists(word, min_size=1, max_size=25).map(" ".join)
paragraph = st.lists(sentence, min_size=1, max_size=4).map(lambda ss: ". ".join(ss) + ".")
separator = st.sampled_from(["\n\n", "\n", "\n\n\n", "\n \n", "\r\n\r\n", "  \n\n"])
article_text = st.tuples(
    st.lists(word, min_size=1, max_size=8).map(" ".join),
    st.lists(st.tuples(separator, paragraph), min_size=1, max_size=6),
).map(lambda t: t[0] + "".join(sep + p for sep, p in t[1]))


@settings(max_examples=200, deadline=None)
@given(article_text)
def test_ingestion_never_loses_or_reorders_characters(raw):
    try:
        article = load_article(raw, fmt="text")
    except InputError:
        return
    text = article.text
    assert text == raw.replace("\r\n", "\n").replace("\r", "\n")
    cursor = 0
    for p in article.paragraphs:
        assert cursor <= p.start < p.end <= len(text)
        assert text[cursor : p.start].strip() == "" or p.kind == "credit" or cursor == p.start
        cursor = p.end
    assert text[cursor:].strip() == ""
    # Paragraph texts, joined with what lies between them, rebuild the text exactly.
    rebuilt, cursor = [], 0
    for p in article.paragraphs:
        rebuilt += [text[cursor : p.start], text[p.start : p.end]]
        cursor = p.end
    assert "".join(rebuilt) + text[cursor:] == text


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(article_text)
def test_analyze_tables_are_valid_for_any_text(raw):
    try:
        tables = analyze(raw, published="2024-03-25")
    except InputError:
        return
    for name, df in tables.tables().items():
        assert schema.validate(name, df, tables.text) == [], name
