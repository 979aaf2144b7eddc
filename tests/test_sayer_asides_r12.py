"""A name inside a relative clause or a described apposition of the sayer is never the sayer
(round 12, `lib/quotes/sayers.described_before`): where the parse loses the verb's subject (a
sentence run on after "U.S."), the nearest noun before the verb is the clause's last word ("…
during the Blair government, said"), and the name the clause describes speaks. Wording
written for the tests, with invented people."""

from __future__ import annotations

import pytest

from tests.statements_of import said

RUN_ON = "Markets fell sharply in the U.K. "  # the small parser runs on past "U.K."


@pytest.mark.parametrize(
    "aside",
    [
        "who led the Treasury’s debt office during the Blair government",
        "the former head of the Treasury’s debt office during the Blair government",
        "who was an adviser in the Cabinet Office under the Major government",
    ],
)
def test_the_described_name_speaks_not_a_name_inside_the_aside(aside):
    text = f"Rates row\n\n{RUN_ON}Ivan Petrov, {aside}, said cutting rates would fuel inflation."
    row = said(text, "cutting rates would fuel inflation")
    assert row["speaker"] == "Ivan Petrov"


def test_a_named_apposition_still_speaks_for_itself():
    text = (
        "Bank results\n\nThe bank’s chief executive, Marta Olsen, said profits would rise "
        "this year."
    )
    assert said(text, "profits would rise")["speaker"] == "Marta Olsen"


def test_the_subject_the_parse_finds_is_kept():
    text = (
        "Court ruling\n\nThe bill passed on Monday. Nadia Perrin, who served as counsel to the "
        "Senate committee under the Carter administration, said the vote would change nothing."
    )
    assert said(text, "the vote would change nothing")["speaker"] == "Nadia Perrin"


@pytest.mark.parametrize(
    ("said_words", "sayer"),
    [
        (
            "Two emails sent to Marsh and 10 emails sent to aides who worked for Dunmore have "
            "been placed in secure storage",
            "Patrick F. Kennedy, the undersecretary for management,",
        ),
        ("The two reports were moved to a locked archive", "Tom Ruiz, the deputy director,"),
    ],
)
def test_a_sayer_the_parse_hung_on_the_words_said_ends_them(said_words, sayer):
    text = f"Records moved\n\n{said_words}, {sayer} wrote in a memo on Friday."
    row = said(text, said_words[-20:])
    assert row["speaker"] == sayer.split(",")[0]
    assert row["text"] == said_words
