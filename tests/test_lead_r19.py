"""Round 19, the lead's own rules, on wording written for the tests: a body's name is never
glued across a sentence's full stop."""

from __future__ import annotations

from lib.pipeline import analyze
from tests.statements_of import said


def test_a_body_name_does_not_run_back_over_a_full_stop():
    text = (
        "Port inquiry widens\n\n"
        "The harbour contract has become the subject of an inquiry in the State Assembly. "
        "Democrats allege the contract was awarded without a tender."
    )
    tables = analyze(text)
    assert said(text, "the contract was awarded without a tender")["speaker"] == "Democrats"
    assert not any("Assembly. " in str(n) for n in tables.quotes["speaker"])


def test_initials_and_short_abbreviations_stay_inside_a_body_name():
    text = (
        "Paper sold\n\n"
        "The St. Louis Courier reported that the paper had been sold to a fund. "
        "The Courier said the newsroom would keep its 40 reporters."
    )
    assert said(text, "the newsroom would keep")["speaker"] == "St. Louis Courier"
