"""A name set off by commas after an "according to" source names it (round 12,
`lib/quotes/according.SourcePhrases._apposed_name`): "According to Legum’s newsletter, Popular
Information, the campaign has …" is Popular Information's, and the statement starts after the
name. Wording written for the tests, with invented people and bodies."""

from __future__ import annotations

import pytest

from tests.statements_of import said


@pytest.mark.parametrize(
    ("source", "name"),
    [
        ("Fisk’s weekly newsletter, Harbor Watch", "Harbor Watch"),
        ("Fisk’s newsletter, Harbor Watch", "Harbor Watch"),
        ("the company, Acme Mining", "Acme Mining"),
        ("his spokesman, Dan Ortiz", "Dan Ortiz"),
    ],
)
def test_the_name_in_apposition_is_the_source_and_stays_out_of_the_statement(source, name):
    text = (
        "Mine to reopen\n\nDana Fisk writes about mining. According to "
        f"{source}, the mine will reopen in May after the repairs are done."
    )
    row = said(text, "the mine will reopen")
    assert row["speaker"] == name
    assert row["text"].startswith("the mine will reopen")


def test_a_name_followed_by_its_own_verb_is_the_statements_subject():
    text = (
        "Report\n\nAccording to a report in the Harbor Times, an internal memo at the firm "
        "showed that costs had doubled."
    )
    assert said(text, "costs had doubled")["speaker"] == "Harbor Times"


def test_a_name_with_an_age_is_who_the_statement_is_about():
    text = "Arrest\n\nAccording to police, Ann Lee, 45, of Dayton, was arrested on Friday."
    row = said(text, "was arrested")
    assert row["speaker"] == "police"
    assert row["text"].startswith("Ann Lee")
