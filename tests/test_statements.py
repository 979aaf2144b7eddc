"""Statements without quote marks, one error class a test: which spans are statements, their
kind and their cue (the wording is ours, not taken from an evaluation article)."""

from __future__ import annotations

from lib import schema
from lib.pipeline import analyze


def article(headline: str, *paragraphs: str) -> list[dict]:
    """The quotes of a small article with this headline and body paragraphs."""
    text = headline + "\n\n" + "\n\n".join(paragraphs)
    tables = analyze(text, published="2024-03-25")
    assert schema.validate("quotes", tables.quotes, tables.text) == []
    return tables.quotes.to_dict("records")


def quotes_of(*paragraphs: str) -> list[dict]:
    return article("Test article", *paragraphs)


def texts(rows: list[dict]) -> list[str]:
    return [r["text"] for r in rows]


# --- a reported clause whose verb the tagger missed ---------------------------------------------


def test_a_curly_contraction_still_heads_a_reported_clause():
    rows = quotes_of("The mayor says she’ll veto the parking charges at the next council meeting.")
    assert texts(rows) == ["she’ll veto the parking charges at the next council meeting"]
    assert rows[0]["cue"] == "says"


# --- "Name: claim" ------------------------------------------------------------------------------


def test_a_headline_source_with_a_common_noun_after_the_name():
    rows = article(
        "Okafor campaign: the count in Riverside was flawed",
        "The campaign filed a complaint with the county on Monday.",
    )
    row = next(r for r in rows if r["cue"] == ":")
    assert row["text"] == "the count in Riverside was flawed"


def test_a_headline_source_speaking_to_an_audience():
    rows = article(
        "Lindqvist to farmers: subsidies will return next spring",
        "Anna Lindqvist spoke in Uppsala on Tuesday.",
    )
    row = next(r for r in rows if r["cue"] == ":")
    assert row["text"] == "subsidies will return next spring"


def test_a_poll_in_a_headline_is_a_source():
    rows = article(
        "Survey: most renters expect higher bills this winter",
        "The survey of 2,000 households was published on Friday.",
    )
    assert [r["text"] for r in rows if r["cue"] == ":"] == [
        "most renters expect higher bills this winter"
    ]


def test_a_transcript_turn_is_the_whole_paragraph():
    rows = quotes_of(
        "MARTA QUIROGA: Thanks for joining us. Let us start with the harbour project.",
        "DEVLIN: The harbour will open in May. The cost has not changed.",
    )
    assert "The harbour will open in May. The cost has not changed" in texts(rows)
    assert "Thanks for joining us. Let us start with the harbour project" in texts(rows)


def test_a_label_before_a_colon_is_nobody():
    rows = quotes_of(
        "Update: the ferry timetable was changed after this story was first published.",
        "Editor’s note: an earlier version gave the wrong date for the ferry strike.",
    )
    assert rows == []


# --- "…, X said" --------------------------------------------------------------------------------


def test_a_phrase_before_a_tagged_on_verb_is_no_statement():
    rows = quotes_of("After the long debate on the housing plan, the committee spoke.")
    assert rows == []
