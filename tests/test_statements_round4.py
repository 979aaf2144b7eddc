"""Statements, round four: error classes found on PolNeAR train (the wording is ours, not taken
from an evaluation article)."""

from __future__ import annotations

import pandas as pd

from lib.quotes.marks import find_quoted
from tests.statements_of import quotes_of


def texts(rows: list[dict]) -> list[str]:
    return [r["text"] for r in rows]


# --- two apostrophes as a quote mark (''…'') ----------------------------------------------------


class _Para:
    def __init__(self, start: int, end: int):
        self.start, self.end, self.paragraph_id = start, end, 0


def test_two_apostrophes_make_one_double_quote_mark():
    text = "''We will rebuild the bridge,'' the engineer said, ''and it won't take long.''"
    spans = find_quoted(text, [_Para(0, len(text))])
    quoted = [text[s.start : s.end] for s in spans]
    assert quoted == ["We will rebuild the bridge", "and it won't take long."]
    assert text[spans[0].open_pos : spans[0].open_pos + 2] == "''"
    assert text[spans[0].close_pos - 1 : spans[0].close_pos + 1] == "''"


def test_a_fragment_in_two_apostrophes_stays_inside_its_reported_clause():
    rows = quotes_of(
        "The harbour master said that the ferry operator had shown ''a reckless disregard'' "
        "for the safety of its passengers."
    )
    assert texts(rows) == [
        "the ferry operator had shown ''a reckless disregard'' for the safety of its passengers"
    ]


def test_a_quote_in_two_apostrophes_is_attributed_after_it():
    rows = quotes_of("''The harvest came in early this year,'' said Tomas Berg, a grain farmer.")
    assert texts(rows) == ["The harvest came in early this year"]
    assert rows[0]["speaker"] == "Tomas Berg"


# --- a quote brought in by a colon after a clause that is not a saying --------------------------


def test_a_colon_after_a_clause_gives_the_quote_to_its_subject():
    rows = quotes_of(
        "When the rival mocked the plan, Senator Ola Reyes fired back: “At least we have a plan.”"
    )
    quote = next(r for r in rows if r["kind"] == "direct")
    assert quote["text"] == "At least we have a plan."
    assert quote["speaker"] == "Ola Reyes"


def test_a_name_and_a_colon_open_a_quoted_turn():
    rows = quotes_of(
        "Senator Ola Reyes spoke after the vote.",
        "Reyes: “The count was fair and the result will stand.”",
    )
    quote = next(r for r in rows if r["kind"] == "direct")
    assert quote["speaker"] == "Ola Reyes"


def test_a_colon_after_a_thing_gives_the_quote_nobody():
    rows = quotes_of("The list on the door includes these items: “Bread, milk and fresh eggs.”")
    assert all(pd.isna(r["speaker"]) for r in rows)


# --- a quote continuing its speaker keeps the mention that named it -----------------------------


def test_a_continued_quote_keeps_the_speaker_mention_and_is_inferred():
    rows = quotes_of(
        "“The water is safe to drink,” said Amara Obi, a chemist. “We tested it twice this morning.”"
    )
    first, second = rows
    assert second["speaker"] == first["speaker"] == "Amara Obi"
    assert second["speaker_mention"] == first["speaker_mention"]
    assert (second["speaker_start"], second["speaker_end"]) == (
        first["speaker_start"],
        first["speaker_end"],
    )
    assert first["confidence"] == "explicit"
    assert second["confidence"] == "inferred"


# --- the writer's own phrases and descriptions are not statements -------------------------------


def test_that_said_opens_the_writers_own_sentence():
    rows = quotes_of(
        "The mayor is expected to win easily. That said, a defeat in the northern wards - which "
        "she carried in 2019 and which her rival carried in 2015 - would sting.",
        "Having said that, the town's voters tend to be older, which is why the council worries.",
    )
    assert rows == []


def test_a_title_read_as_a_verb_is_no_reported_clause():
    rows = quotes_of(
        "Trade has its own interests at stake, Mr. Oduya said on the radio's ''Face the Week.''"
    )
    assert texts(rows) == ["Trade has its own interests at stake"]


def test_a_relative_clause_tells_who_somebody_is():
    rows = quotes_of("A nurses' union that has endorsed Ms. Adeyemi held a rally on Monday.")
    assert rows == []


def test_adding_to_something_is_no_saying():
    rows = quotes_of("The latest delay adds to the trouble that has dogged the project.")
    assert rows == []


def test_adding_a_remark_is_still_a_saying():
    rows = quotes_of("The engineer added that the trouble had dogged the project for years.")
    assert texts(rows) == ["the trouble had dogged the project for years"]


def test_a_name_described_by_its_endorsement_is_still_a_statement():
    rows = quotes_of("Ms. Ruiz, who has endorsed Mr. Oduya, spoke at the rally.")
    assert texts(rows) == ["Mr. Oduya"]


def test_a_subject_moved_out_of_the_reported_clause_keeps_it():
    rows = quotes_of("It was a delay the agency said was caused by the storm.")
    assert texts(rows) == ["was caused by the storm"]


def test_a_person_or_a_body_still_suggests():
    rows = quotes_of("The auditor suggests that the fleet is worth less than the books say.")
    assert texts(rows) == ["the fleet is worth less than the books say"]


def test_a_statement_that_accuses_is_still_a_statement():
    rows = quotes_of(
        "The council released an editorial that accuses the mayor of hiding the costs."
    )
    assert texts(rows) == ["the mayor of hiding the costs"]


# --- a programme's name in quote marks is not a quote -------------------------------------------


def test_a_programme_after_told_or_on_is_no_quote():
    rows = quotes_of(
        '"Of course he is fair game," Ms. Ortiz told "Fox and Friends."',
        "The mayor backed her up in an interview on NBC's ''Meet the Voters.''",
    )
    assert texts(rows) == ["Of course he is fair game"]


def test_title_case_words_said_are_still_a_quote():
    rows = quotes_of('"We Will Win," Ms. Ortiz said.', 'She told reporters: "Good Luck."')
    assert texts(rows) == ["We Will Win", "Good Luck."]


def test_a_quoted_headline_with_its_byline_is_no_quote():
    rows = quotes_of(
        'NEW IN TOWN—"Pop-up art show strives to confront gentrification in the old docks," by '
        "the Herald's Nia Small: \"Curators of a pop-up art show are determined to confront the "
        "area's rapid change.\"",
        '—"A sketch artist gets a gallery show," by the Daily Post\'s Amy Spencer '
        "http://example.com/x",
    )
    assert texts(rows) == [
        "Curators of a pop-up art show are determined to confront the area's rapid change."
    ]


# --- a quote that is the object of the verb before it belongs to that verb's subject ------------


def test_a_chant_belongs_to_the_crowd_not_to_the_speaker_after_it():
    rows = quotes_of(
        "Mayor Lina Ortiz took the stage at noon.",
        "The crowd chanted “Four More Years” as she spoke.",
    )
    chant = next(r for r in rows if r["text"] == "Four More Years")
    assert chant["cue"] == "chanted"
    assert chant["speaker"] != "Lina Ortiz"
