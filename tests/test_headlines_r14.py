"""Statements of web news copy (round 14), on wording written for the tests: the sayers set off
by a comma after the clause they report ("…, the Journal and the Times reported"), which the
parser coordinates with the clause; and a quote before "X wrote on Twitter:", whose colon led
into a post the page lost."""

from __future__ import annotations

import pytest

from tests.statements_of import find, quotes_of


@pytest.mark.parametrize(
    "sentence, words, speaker",
    [
        (
            "The city gave all teachers the day off on Friday as the governor toured Lincoln High "
            "School, the Globe and the Courant reported.",
            "gave all teachers",
            ("Globe", "Courant"),
        ),
        (
            "Lena Ortiz chose the smaller budget after a meeting with Governor Tessa Brandt, the "
            "Ledger and the Tribune reported.",
            "chose the smaller budget",
            ("Ledger", "Tribune"),
        ),
        (
            "The county sent the ballots back to the printer in Dayton, Ohio, the Dispatch "
            "reported Tuesday.",
            "sent the ballots back",
            ("Dispatch",),
        ),
    ],
)
def test_sayers_after_the_comma_report_the_clause(sentence, words, speaker):
    row = find(quotes_of(sentence), words)
    assert all(name in (row["speaker"] or "") for name in speaker), row["speaker"]


def test_a_second_verb_after_and_keeps_the_clauses_subject():
    rows = quotes_of(
        "Senator Dana Whitlow met the striking nurses at the hospital and announced that she "
        "would back their demands."
    )
    assert "Whitlow" in (find(rows, "she would back")["speaker"] or "")


@pytest.mark.parametrize("verb", ["wrote on Facebook", "said in a video", "tweeted"])
def test_quote_before_a_colon_cue_is_its_sayers(verb):
    rows = quotes_of(
        "Mayor Owen Fitch won the backing of the nurses' union on Monday. “I am proud to stand "
        f"with the nurses of this city.” Governor Tessa Brandt {verb}:  The union, which has "
        "4,000 members, endorsed Fitch in 2016."
    )
    row = find(rows, "proud to stand")
    assert row["cue"] == verb.split()[0] and "Tessa Brandt" in (row["speaker"] or "")
