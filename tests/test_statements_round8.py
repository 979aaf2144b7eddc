"""Statements, round eight: error classes seen on unseen US stories of 2019 (issue 10). The
wording is ours, not taken from an evaluation article."""

from __future__ import annotations

from tests.statements_of import find, quotes_of, rows

BODY = (
    "\n\nThe council met on Monday to discuss the budget for the coming year. Several members"
    " spoke at length about the plans, and a vote is expected next week."
)


def headline_rows(headline: str) -> list[dict]:
    """The statements found in the headline of a small article (the body says nothing)."""
    return [r for r in rows(headline + BODY) if r["start"] < len(headline)]


# --- quoted words in a headline ------------------------------------------------------------------


def test_a_quote_a_headline_gives_a_speaker_after_a_comma_is_a_statement():
    got = headline_rows("'We will not back down', minister says of strike threat")
    assert [(r["kind"], r["text"]) for r in got] == [("direct", "We will not back down")]
    assert got[0]["speaker"] == "minister"


def test_quoted_words_after_a_request_in_a_title_case_headline_are_a_partial():
    got = headline_rows("Mayor Urges Council to ‘Think Again’ on School Budget")
    assert [(r["kind"], r["text"]) for r in got] == [("partial", "Think Again")]


def test_a_quote_after_a_name_and_a_topic_and_a_colon_is_the_whole_statement():
    got = headline_rows("Senator On Tariffs: ‘We Cannot Let Them Win Like This’")
    assert [(r["kind"], r["text"]) for r in got] == [("direct", "We Cannot Let Them Win Like This")]


def test_a_quoted_phrase_before_a_source_after_a_colon_is_said_by_it():
    got = headline_rows("Court ruling due in 'coming days': lawyer")
    assert [r["text"] for r in got] == ["coming days"]


def test_a_quoted_phrase_in_a_headline_with_no_saying_is_its_own_wording():
    assert headline_rows("Army put on 'high alert' after border clash") == []
    assert headline_rows("Volunteers honoured for 'tireless service' at city awards") == []


def test_quoted_words_naming_the_noun_after_them_are_a_name_or_a_label():
    assert headline_rows("'The Panel' Hosts Back Senator in Row") == []
    assert headline_rows("Reports: 'simplified' tax form to replace long return") == []


def test_one_scare_quoted_word_after_a_determiner_in_a_headline_is_nobodys():
    got = headline_rows("Governor Says the ‘Experts’ Got the Flood Wrong")
    assert "Experts" not in [r["text"] for r in got]


# --- reported speech the parse hangs oddly ------------------------------------------------------


def test_a_clause_after_a_saying_and_a_time_phrase_without_that_is_reported():
    got = quotes_of("Her office said this week she is recovering from an infection at home.")
    assert [(r["kind"], r["text"]) for r in got] == [
        ("indirect", "she is recovering from an infection at home")
    ]


def test_a_time_clause_after_a_saying_is_not_what_was_said():
    got = quotes_of("The president praised the crews when he visited the harbour on Friday.")
    assert "he visited the harbour on Friday" not in [r["text"] for r in got]


def test_a_speaker_after_a_comma_and_a_non_breaking_space_still_tags_the_clause():
    got = quotes_of("The ad run began Tuesday, two days late,\u00a0campaign aide Tom Reyes said.")
    assert [r["text"] for r in got] == ["The ad run began Tuesday, two days late"]
    assert got[0]["speaker"] == "Tom Reyes"


def test_a_time_before_the_comma_is_when_somebody_spoke_not_what():
    assert (
        quotes_of("Shortly after the paper printed the letter, the mayor responded on air.") == []
    )
    assert quotes_of("Minutes after the verdict was read, the family spoke outside.") == []


def test_a_statement_after_a_colon_ending_its_sentence_is_the_next_sentence():
    got = quotes_of(
        "Replying to the charges, council spokesman Tom Reyes emailed the following statement"
        " on Monday: The council ended the scheme last year because it was not working. The"
        " mayor did not comment."
    )
    row = find(got, "The council ended the scheme")
    assert row["speaker"] == "Tom Reyes"
    assert "The mayor did not comment" not in row["text"]


# --- listeners, not what they were told ---------------------------------------------------------------


def test_a_listener_counted_after_a_quote_is_not_what_was_said():
    got = quotes_of(
        "“We will fix the roads,” she told a crowd of about 200 people at a school hall in Dayton."
    )
    assert [r["text"] for r in got] == ["We will fix the roads"]


def test_a_thing_announced_is_still_a_statement():
    got = quotes_of("The firm announced the closure of two plants.")
    assert [r["text"] for r in got] == ["the closure of two plants"]


def test_a_person_confirmed_with_what_they_do_is_still_a_statement():
    got = quotes_of(
        "On Friday, the club confirmed coach Ann Lee, who led the team for years, would leave."
    )
    assert any("Ann Lee" in r["text"] for r in got)


# In a sentence-case headline a few capitalised quoted words are a name, not a statement; the
# same words quoted in a Title Case headline, or lowercase words quoted in sentence case, still are.
def test_capitalised_words_quoted_in_a_sentence_case_headline_are_a_name():
    from lib import analyze

    text = (
        "Mill owner outlines plan for “Greater Ashford” after the factory closed\n\n"
        "The owner spoke on Monday in the town hall about the future of the site."
    )
    assert "Greater Ashford" not in " ".join(analyze(text).quotes["text"].fillna(""))


def test_lowercase_words_quoted_in_a_sentence_case_headline_still_speak():
    from lib import analyze

    text = (
        "Minister says tariffs “will not stand” as talks resume in the capital\n\n"
        "The minister spoke on Monday in the capital about the talks."
    )
    assert "will not stand" in " ".join(analyze(text).quotes["text"].fillna(""))
