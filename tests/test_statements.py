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


# --- commitments and requests --------------------------------------------------------------------


def test_a_commitment_is_what_was_promised_from_to_on():
    rows = quotes_of("The union leader vowed to take the dispute to the High Court.")
    assert texts(rows) == ["to take the dispute to the High Court"]
    assert rows[0]["cue"] == "vowed"


def test_a_passive_promise_names_no_speaker_and_is_no_statement():
    assert quotes_of("The workers were promised to be paid by Friday.") == []


def test_what_a_request_asks_for():
    rows = quotes_of(
        "The opposition called for an independent review of the tender.",
        "The families demanded the immediate release of the crew.",
        "The charity filed a petition asking for access to the camp.",
    )
    assert texts(rows) == [
        "an independent review of the tender",
        "the immediate release of the crew",
        "access to the camp",
    ]


def test_a_request_with_a_that_clause():
    rows = quotes_of("The tenants sent a letter asking that the rent rise be postponed.")
    assert texts(rows) == ["the rent rise be postponed"]


def test_a_requested_object_that_is_no_statement():
    rows = quotes_of("A council officer who requested anonymity confirmed the closure on Monday.")
    assert all("anonymity" not in t for t in texts(rows))


def test_a_rally_is_no_speaker_of_its_request():
    rows = quotes_of("A march to press for the reopening of the clinic drew hundreds on Sunday.")
    assert rows == []


# --- statement nouns with their content ---------------------------------------------------------


def test_a_statement_noun_and_its_that_clause():
    rows = quotes_of(
        "The board rejected the auditor's recommendation that the fund be wound up.",
        "The judge upheld a tribunal order that the firm repay the fees.",
    )
    assert texts(rows) == ["the fund be wound up", "the firm repay the fees"]
    assert [r["cue"] for r in rows] == ["recommendation", "order"]


def test_a_statement_noun_as_subject_of_be():
    rows = quotes_of("Their argument was that the bridge could not carry the extra traffic.")
    assert texts(rows) == ["the bridge could not carry the extra traffic"]


def test_a_request_noun_with_a_to_clause():
    rows = quotes_of(
        "The ministry turned down a request from the mayor to close the border crossing."
    )
    assert texts(rows) == ["to close the border crossing"]


def test_a_relative_clause_is_not_the_content():
    assert quotes_of("The claim that he made in March was later withdrawn by the firm.") == []


def test_a_fixed_phrase_is_no_statement_noun():
    assert quotes_of("The crews worked overnight in order to reopen the line by Monday.") == []


# --- one statement, one row ---------------------------------------------------------------------


def test_a_quote_running_past_the_reported_sentence_stays_one_statement():
    rows = quotes_of(
        "Okoro replied that the port would “stay open through the winter. We have the crews and "
        "we have the fuel.”"
    )
    assert len(rows) == 1
    assert rows[0]["text"].startswith("the port would “stay open")
    assert rows[0]["text"].endswith("we have the fuel.”")


def test_a_pronoun_inside_a_report_is_the_reporter_not_a_nested_speaker():
    rows = quotes_of(
        "The harbour master, Ines Dahl, said on Friday that she had been asked to “clear the "
        "outer berths by noon.”"
    )
    assert len(rows) == 1


def test_a_saying_under_a_condition_reports_nothing():
    rows = quotes_of(
        "Moreau said he would sign the lease if the council promised it would repair the roof "
        "first."
    )
    assert texts(rows) == [
        "he would sign the lease if the council promised it would repair the roof first"
    ]


def test_a_parenthetical_saying_covers_the_whole_sentence():
    rows = quotes_of(
        "The reform grew out of a wish, its supporters said, to give small towns a stronger voice."
    )
    assert len(rows) == 1
    assert rows[0]["text"].endswith("to give small towns a stronger voice")


# --- what is not a reported clause --------------------------------------------------------------


def test_an_object_and_its_state_is_no_reported_clause():
    rows = quotes_of("The regulator has continued to hold all grain exports suspended until May.")
    assert rows == []


def test_a_clause_cut_before_its_quote_keeps_a_verb_or_goes():
    rows = quotes_of(
        "Halvorsen argued that the inspectors, “… ignored every warning the crew gave them.”"
    )
    assert [r["kind"] for r in rows] == ["direct"]


def test_an_addressee_before_a_quoted_purpose_is_no_request():
    rows = quotes_of(
        "“We came to win,” captain Lena Vogt told the crowd, “to show that a small club can do it.”"
    )
    assert all(r["kind"] == "direct" for r in rows)


# --- quoted words that are no statement ---------------------------------------------------------


def test_one_capitalised_quoted_word_is_a_name():
    rows = quotes_of(
        "The leak was posted by an account calling itself “Lantern”, and the “Archive” tab of "
        "the site explains, in a mocking tone, that the files were stolen in March."
    )
    assert all(r["kind"] != "partial" for r in rows)


def test_one_quoted_word_with_no_cue_above_it_is_a_scare_quote():
    rows = quotes_of(
        "Inspectors will drop the second visit to “simplify” checks for farms whose claim rates "
        "are already low."
    )
    assert rows == []


# --- speech acts with an object -----------------------------------------------------------------


def test_the_object_of_a_speech_act_is_what_was_said():
    rows = quotes_of(
        "The club announced the departure of its head coach on Monday.",
        "The minister denied the allegations of bias in the tender.",
    )
    assert texts(rows) == [
        "the departure of its head coach",
        "the allegations of bias in the tender",
    ]


def test_turning_down_a_request_is_no_statement():
    assert quotes_of("The council denied the request for a second hearing.") == []


def test_a_pronoun_object_says_nothing_on_its_own():
    assert quotes_of("The spokeswoman confirmed it later that evening.") == []


def test_calling_something_something():
    rows = quotes_of(
        "The senator called the budget a betrayal of rural voters.",
        "Critics described the new stadium as a waste of public money.",
    )
    assert texts(rows) == [
        "the budget a betrayal of rural voters",
        "the new stadium as a waste of public money",
    ]


def test_a_thing_called_by_a_name_is_no_statement():
    assert quotes_of("A charity called Open Doors runs the shelter in the old library.") == []


def test_an_evaluation_said_of_something():
    rows = quotes_of("The opposition leader criticized the closure of the rural maternity ward.")
    assert texts(rows) == ["the closure of the rural maternity ward"]


def test_a_legal_dismissal_is_no_statement():
    assert quotes_of("Government lawyers moved to dismiss the landlords' lawsuit in March.") == []


def test_a_question_put_is_a_statement():
    rows = quotes_of("The reporter asked the minister whether the tunnel would open on time.")
    assert texts(rows) == ["whether the tunnel would open on time"]


def test_wondering_is_a_thought_not_a_question_put():
    assert quotes_of("Detectives, wondering how the thief got in, checked the windows.") == []


def test_when_asked_is_the_question_put_to_the_speaker_not_a_statement():
    rows = quotes_of(
        "The ministry said on Monday that the border was calm when asked if troops had moved."
    )
    assert texts(rows) == ["the border was calm"]
