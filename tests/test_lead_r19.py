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


def test_a_document_filed_by_a_body_is_the_body_s_word_not_its_kind_s():
    text = (
        "Waste at the port\n\n"
        "According to a FOIA request filed by Harbor Watch, an advocacy group, with the port "
        "authority, more than 4,000 tons of waste were dumped last year."
    )
    row = said(text, "tons of waste were dumped")
    assert row["speaker"] == "Harbor Watch"
    assert row["text"] == "more than 4,000 tons of waste were dumped last year"


def test_the_source_s_own_apposition_is_not_the_statement():
    text = (
        "Waste at the port\n\n"
        "According to Harbor Watch, an advocacy group, the port dumped waste into the bay."
    )
    row = said(text, "the port dumped waste")
    assert (row["speaker"], row["text"]) == ("Harbor Watch", "the port dumped waste into the bay")


def test_a_statement_subject_hung_on_the_source_still_opens_the_statement():
    text = (
        "Losses at the port\n\n"
        "According to a report in the Gazette, an internal memo at the port showed heavy losses."
    )
    row = said(text, "an internal memo")
    assert (row["speaker"], row["text"]) == (
        "Gazette",
        "an internal memo at the port showed heavy losses",
    )


def test_a_capitalised_word_after_a_quote_left_open_is_a_name_not_a_verb():
    text = (
        "Parks fund\n\n"
        "Mayor Ann Lee has backed the plan. “Many believe our work is done, but it is only "
        "beginning,” Save Our Parks co-founder Tomas Albright said in a statement."
    )
    row = said(text, "Many believe our work is done")
    assert (row["speaker"], row["confidence"]) == ("Tomas Albright", "explicit")


def test_a_new_sentence_after_a_finished_quote_still_stops_the_search():
    text = (
        "Parks fund\n\n"
        "“The work is done.” Save the park, Tomas Albright told the council on Monday, "
        "and it will save the town."
    )
    assert said(text, "The work is done")["speaker"] != "Tomas Albright"


def test_a_group_named_by_its_example_is_mentioned_with_it():
    """The resolver compared two spaCy tokens with `is`, which is never true (each access makes
    a new Token), so the group's words were never part of the mention."""
    text = (
        "Mayor under pressure.\n\nOther papers such as the Daily Ledger have reported that "
        "the mayor will resign before the summer."
    )
    row = said(text, "will resign")
    assert (row["speaker"], row["speaker_mention"]) == (
        "Daily Ledger",
        "Other papers such as the Daily Ledger",
    )
    assert text[row["speaker_start"] : row["speaker_end"]] == row["speaker_mention"]


def test_the_election_year_before_a_noun_is_read_as_the_text_up_to_it_reads():
    """`year_written_before` reads the article's phrases once; at every end offset it gives
    the year a scan of the text up to that offset gives, a phrase cut at the offset included
    ("the 2016 election campaign" cut after "election")."""
    from lib.timeline.election_day import year_written_before
    from lib.timeline.election_month import election_year_pattern
    from lib.timeline.patterns import tables

    t = tables()
    text = (
        "After the 2012 race, in the 2016 election campaign, and two days before the 2016 "
        "election, the 2020 presidential contenders met; 1999 was no election."
    )
    for end in range(len(text) + 1):
        scanned = [int(h["year"]) for h in election_year_pattern(t).finditer(text[:end])]
        assert year_written_before(text, end, t) == (scanned[-1] if scanned else None), end
