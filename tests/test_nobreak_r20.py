"""No-break spaces inside a paragraph read as plain spaces (round 20).

Text pasted from web pages puts a no-break space around a link ("a\u00a0Harbor Research\u00a0poll
shows"). The tokenizer made it a token of its own, which the parser hung anywhere, so a poll
lost its verb and a statement was never found, or a name lost a word. The Doc reads it as a
plain space: same length, same offsets, every row's text still the article's own characters.
Wording written for the tests, with invented people and bodies."""

from __future__ import annotations

from lib.article import Article, Paragraph
from lib.nlp import load_nlp, make_doc
from tests.statements_of import find, quotes_of

NBSP = "\u00a0"


def test_poll_shows_after_its_clause_with_no_break_spaces() -> None:
    rows = quotes_of(
        "The Ohio governor is losing ground among voters in her own county, falling to third"
        f" place, a{NBSP}Harbor Research{NBSP}poll shows."
    )
    row = find(rows, "The Ohio governor is losing ground")
    assert row["speaker"] == "Harbor Research poll"
    assert row["cue"] == "shows"


def test_poll_released_with_no_break_space_before_its_verb() -> None:
    rows = quotes_of(
        f"A Westbrook College Poll released{NBSP}on Thursday shows the mayor in second place"
        " with 21 percent support."
    )
    row = find(rows, "the mayor in second place")
    assert row["speaker"] == "Westbrook College Poll"


def test_row_text_keeps_the_articles_no_break_spaces() -> None:
    body = f"“The plan is a{NBSP}disgrace to the town,” Mayor Lena{NBSP}Frisk said."
    row = find(quotes_of(body), "disgrace")
    assert row["text"] == f"The plan is a{NBSP}disgrace to the town"
    assert ("Test article\n\n" + body)[row["start"] : row["end"]] == row["text"]
    assert row["speaker"] == "Lena Frisk"


def test_doc_has_the_articles_length_and_no_space_tokens_inside_a_paragraph() -> None:
    body = f"Ann{NBSP}Lee said{NBSP}no."
    article = Article(text=body, paragraphs=[Paragraph(0, 0, len(body), "body")])
    doc = make_doc(load_nlp(), article)
    assert len(doc.text) == len(body)
    assert [t.text for t in doc] == ["Ann", "Lee", "said", "no", "."]
    assert [t.idx for t in doc] == [0, 4, 8, 13, 15]
