"""Speakers given as a description or in the wrong form where the article names them (issue 10,
round 9), on wording written for the tests: typographic apostrophes in the canonical name, a
role written with capitals and no name ("Romania’s Prosecutor General said"), a headline's
cut-short description ("Acting FAA chief says") or title-case one ("Republican Congresswoman
Demands"), a status that is no office ("the Democratic presidential candidate" for a senator).
Descriptions that fit nobody named stay as written."""

from __future__ import annotations

from lib import schema
from lib.pipeline import analyze
from lib.quotes.speakers.canonical import plain_marks
from tests.statements_of import said


def test_typographic_marks_become_the_plain_ones_a_reader_types():
    assert plain_marks("Declan O’Rourke") == "Declan O'Rourke"
    assert plain_marks("the “Red Team”") == 'the "Red Team"'
    assert plain_marks("Ann Lee") == "Ann Lee"


def test_a_canonical_name_has_plain_apostrophes_and_the_mention_keeps_the_words():
    text = (
        "Dock strike ends\n\n"
        "Declan O’Brien, the union’s leader, said on Monday that the dockers would return to "
        "work. “We won what we came for,” O’Brien told reporters."
    )
    tables = analyze(text)
    assert schema.validate("quotes", tables.quotes, tables.text) == []
    row = said(text, "We won what we came for")
    assert row["speaker"] == "Declan O'Brien"
    assert row["speaker_mention"] == "O’Brien"
    assert text[row["speaker_start"] : row["speaker_end"]] == "O’Brien"
    assert row["confidence"] == "explicit"


def test_a_generation_keeps_its_period_in_a_name_with_a_curly_apostrophe():
    text = (
        "Harbour vote\n\n"
        "Councillor Liam O’Shea Jr. said the harbour plan was “a fair deal for the town.”"
    )
    assert said(text, "a fair deal for the town")["speaker"] == "Liam O'Shea Jr."
