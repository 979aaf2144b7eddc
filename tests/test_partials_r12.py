"""Partial statements (round 12), on wording written for the tests: a quoted name or description
a communication verb gives ("called the plan “a fiasco”", "described the talks as “very
productive”") is the speaker's partial statement, not the object and its name; a quoted
modifier right after a naming verb ("what the union called an “insulting” offer") is no kind
of thing; words quoted inside a quotation after "X said" are X's; "who X said …" gives X the
clause about the person; "credited X for Y" is merit given. And what stays no statement: a
nickname or a title quoted inside a quotation, a "kind" in quotes with no naming verb, a payment
credited."""

from __future__ import annotations

import pytest

from tests.statements_of import quotes_of


def _row(rows: list[dict], words: str) -> dict | None:
    return next((r for r in rows if words in r["text"]), None)


# --- a quoted name is the statement -----------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, words, speaker",
    [
        (
            "Councillor Ines Haddad called the new toll “a fiasco” on Tuesday.",
            "a fiasco",
            "Ines Haddad",
        ),
        (
            "Minister Tom Reyes described the harbour talks as “very productive.”",
            "very productive",
            "Tom Reyes",
        ),
        (
            "Senator Ann Lee branded the merger “a betrayal of farmers.”",
            "a betrayal of farmers",
            "Ann Lee",
        ),
        (
            "The Greenway Party denounced the budget as “a gift to landlords.”",
            "a gift to landlords",
            "Greenway Party",
        ),
    ],
)
def test_a_quoted_name_given_by_a_naming_verb_is_a_partial_statement(sentence, words, speaker):
    rows = quotes_of(sentence)
    row = _row(rows, words)
    assert row is not None and row["kind"] == "partial" and row["text"].rstrip(".") == words
    assert row["speaker"] == speaker
    assert len(rows) == 1  # the object and its name are no second row


def test_a_quoted_modifier_after_a_naming_verb_is_what_was_called():
    rows = quotes_of(
        "Mayor Rosa Delgado rejected what the drivers' union called an “insulting” offer."
    )
    row = _row(rows, "insulting")
    assert row is not None and row["kind"] == "partial" and row["text"] == "insulting"
    assert "union" in row["speaker"]


def test_a_quoted_kind_with_no_naming_verb_stays_a_term():
    rows = quotes_of("The judge applied the “beyond reasonable doubt” standard in the trial.")
    assert _row(rows, "beyond reasonable doubt") is None


def test_a_name_given_inside_a_reported_clause_is_a_row_of_its_own():
    rows = quotes_of(
        "Senator Ann Lee said she would look into what she called the “most cynical” deal "
        "of the decade."
    )
    clause = _row(rows, "she would look into")
    name = next((r for r in rows if r["text"] == "most cynical"), None)
    assert clause is not None and clause["speaker"] == "Ann Lee"
    assert name is not None and name["kind"] == "partial" and name["speaker"] == "Ann Lee"


# --- quotes inside a quotation ----------------------------------------------------------------


def test_words_quoted_inside_a_quotation_are_the_named_inner_speakers():
    text = (
        "“Ruth Okafor said the plan ‘cannot work.’ Dan Pryce said it was ‘reckless.’ "
        "They voted for it anyway,” the Harbour Watch group wrote on Facebook."
    )
    rows = quotes_of(text)
    outer = _row(rows, "They voted for it anyway")
    assert outer is not None and outer["kind"] == "direct"
    assert outer["speaker"] == "Harbour Watch"
    partials = [r for r in rows if r["kind"] == "partial"]
    first, second = _row(partials, "cannot work"), _row(partials, "reckless")
    assert first is not None and first["speaker"] == "Ruth Okafor" and first["kind"] == "partial"
    assert second is not None and second["speaker"] == "Dan Pryce"
    assert first["text"].startswith("cannot work")  # offsets: checked by quotes_of's schema


@pytest.mark.parametrize(
    "text, inner",
    [
        (
            "“Even his friends call him ‘Mister Maybe’ these days,” Ruth Okafor said.",
            "Mister Maybe",
        ),
        ("“It is called ‘The Long Road Home’ and it opens Friday,” Dan Pryce said.", "Long Road"),
        ("“Some call it the ‘wait and see’ approach to the budget,” Ann Lee said.", "wait and see"),
    ],
)
def test_a_nickname_a_title_or_an_idiom_inside_a_quotation_is_no_statement(text, inner):
    rows = quotes_of(text)
    assert all(not r["text"].startswith(inner) for r in rows)


# --- "who X said …", merit given -------------------------------------------------------------


def test_who_she_said_gives_the_clause_to_the_main_subject():
    rows = quotes_of(
        "Governor Ann Lee thanked her deputy, Tom Reyes, who she said will run the flood "
        "recovery office."
    )
    row = _row(rows, "will run the flood recovery office")
    assert row is not None and row["speaker"] == "Ann Lee"


def test_saying_who_does_something_is_still_a_question():
    assert _row(quotes_of("The minister said who would lead the inquiry."), "lead") is None


def test_credit_for_a_reason_is_a_statement():
    rows = quotes_of("Senator Ann Lee credited the volunteers for saving the old library.")
    row = _row(rows, "the volunteers for saving the old library")
    assert row is not None and row["speaker"] == "Ann Lee"


def test_credit_without_a_reason_is_a_payment():
    assert quotes_of("The bank credited the account of Ann Lee on Monday.") == []


@pytest.mark.parametrize(
    "sentence, inner",
    [
        (
            "Senator Ann Lee said she backs a bill to close what some call the “harbour gap” "
            "in the port rules.",
            "harbour gap",
        ),
        (
            "Senator Ann Lee said she wants a platform that calls for “free buses for every "
            "pupil in the county.”",
            "free buses",
        ),
    ],
)
def test_a_request_or_a_name_nobody_gives_inside_a_reported_clause_stays_in_it(sentence, inner):
    rows = quotes_of(sentence)
    assert all(not r["text"].startswith(inner) for r in rows)
    assert any(inner in r["text"] and r["speaker"] == "Ann Lee" for r in rows)


def test_a_saying_guessed_inside_a_quotation_is_no_statement():
    rows = quotes_of(
        "“Don't you think that the Harbour Party will say ‘why risk a defeat?’ soon,” "
        "pollster Dan Pryce asked."
    )
    assert all(not r["text"].startswith("why risk a defeat") for r in rows)


def test_asking_people_who_they_think_will_win_is_no_statement():
    rows = quotes_of("Each week we ask 30 insiders who they think is the strongest candidate.")
    assert _row(rows, "the strongest candidate") is None
