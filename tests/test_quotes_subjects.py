"""Which token speaks: the statement finder's choice of subject for a cue, one construction each
(inverted cue after a quote, a belief relayed by "according to", a statement read from a
document or issued "in a statement", a "to" verb under a causative with an object)."""

from __future__ import annotations

import pytest

from tests.statements_of import quotes_of


def speaker_of(rows: list[dict], words: str) -> str | None:
    hits = [r for r in rows if words in r["text"]]
    assert hits, f"no statement containing {words!r} in {[r['text'] for r in rows]}"
    return hits[0]["speaker"]


# --- 1. inverted cue after a quote -----------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('"The river rose faster than anyone had expected overnight," added KCNA.', "KCNA"),
        ('"Wonderful," exclaimed Okafor.', "Okafor"),
        ('"The pier will be closed until spring," noted the harbour authority.', "authority"),
        ('"We never saw the letter," insisted Marguerite Dumont.', "Marguerite Dumont"),
    ],
)
def test_inverted_cue_takes_the_name_after_the_verb(sentence, speaker):
    rows = quotes_of("Heavy rain fell on the coast on Monday.", sentence)
    got = speaker_of(rows, sentence.split('"')[1].rstrip(",")[:12])
    assert got is not None and speaker in got


def test_inverted_tell_keeps_the_listener_out():
    # "told him" after a quote names the listener: never the speaker
    rows = quotes_of('Okafor met the pilot at the dock. "Stay ashore tonight," he told Lindqvist.')
    assert speaker_of(rows, "Stay ashore") != "Lindqvist"


# --- 2. nested attribution -------------------------------------------------------------------


def test_according_to_relays_the_inner_believer():
    rows = quotes_of(
        "According to local radio, Okafor also believes the pier may have been damaged on purpose."
    )
    assert speaker_of(rows, "the pier may have been damaged") == "Okafor"


def test_according_to_a_plain_fact_keeps_the_source():
    rows = quotes_of("According to the coastguard, the river rose two metres overnight.")
    assert speaker_of(rows, "the river rose two metres") == "coastguard"


# --- 3. statements read from or issued as a document -----------------------------------------


def test_letter_signed_by_names_its_signatory():
    rows = quotes_of("A letter signed by the union leader Tom Hartley said the strike would go on.")
    assert speaker_of(rows, "the strike would go on") == "Tom Hartley"


def test_in_a_statement_that_names_who_told_it():
    rows = quotes_of(
        "Ann Lowry, a spokeswoman for the water board, told the Daily Courier in a statement "
        "that the dam was safe."
    )
    assert speaker_of(rows, "the dam was safe") == "Ann Lowry"


# --- 4. the subject of a "to" verb under a causative -----------------------------------------


def test_prompting_an_object_to_assert_gives_the_object():
    rows = quotes_of(
        "The count was delayed by two days, prompting the opposition party to assert that the "
        "results were invalid."
    )
    got = speaker_of(rows, "the results were invalid")
    assert got is not None and "opposition" in got


def test_scheduled_a_conference_to_announce_stays_with_the_subject():
    rows = quotes_of(
        "Mayor Ines Carvalho has scheduled a news conference Friday to announce a "
        "“major change” in the plan."
    )
    assert speaker_of(rows, "major change") == "Ines Carvalho"


# --- 2b. one sentence, two sayers: "Y said …, X said" ----------------------------------------


def test_a_report_tagged_with_a_relay_is_the_inner_sayers():
    rows = quotes_of(
        "Okafor said he would sail to the island alone if the ferry company agreed, the "
        "harbour master said on Sunday."
    )
    assert speaker_of(rows, "he would sail to the island") == "Okafor"
    assert not [r for r in rows if r["text"].startswith("Okafor said")]


def test_a_report_of_a_report_keeps_both_rows():
    rows = quotes_of("The Harbour Gazette reported that the mayor said the pier was unsafe.")
    assert speaker_of(rows, "the mayor said") == "Harbour Gazette"
    assert [r for r in rows if r["text"] == "the pier was unsafe" and r["speaker"] == "mayor"]


def test_a_pronoun_inner_sayer_stays_with_the_relay():
    rows = quotes_of("He said the pier was unsafe, the harbour master said.")
    assert speaker_of(rows, "the pier was unsafe") == "harbour master"


# --- 3b. a document quoted word for word ("the letter reads “…”") -----------------------------


def test_a_letter_that_reads_is_its_issuer_speaking():
    rows = quotes_of(
        "The Harbour Board letter reads “we may close the pier for the whole winter if the "
        "storms go on”, and asks owners to move their boats."
    )
    assert speaker_of(rows, "we may close the pier") == "Harbour Board"


def test_a_statement_read_gives_its_possessor():
    rows = quotes_of(
        "The ministry's statement read: “All ferries are cancelled until further notice.”"
    )
    assert speaker_of(rows, "All ferries are cancelled") == "ministry"


def test_a_plaque_that_reads_is_still_an_inscription():
    rows = quotes_of(
        "A plaque on the harbour wall reads “Built by the fishermen of the bay in 1901”."
    )
    assert not [r for r in rows if "fishermen" in r["text"]]


# --- 4b. an aside between the speaker after a quote and the verb -----------------------------


def test_an_aside_with_its_own_verb_and_marks_is_skipped_to_the_cue():
    rows = quotes_of(
        "“We have had better summers than this one,” local fisherman Pete Marsh, wearing a "
        "yellow coat and “Save the Pier” badges, said."
    )
    assert speaker_of(rows, "better summers") == "Pete Marsh"


def test_an_apposition_after_the_quote_keeps_the_name():
    rows = quotes_of("“The tide is late,” Ann Reed, the harbour master, said on Monday.")
    assert speaker_of(rows, "The tide is late") == "Ann Reed"


def test_a_name_between_quote_and_cue_beats_a_word_after_the_cue():
    rows = quotes_of(
        "“The tide came in early today,” Ann Reed, wearing a coat, said matter-of-factly."
    )
    direct = [r for r in rows if r["kind"] == "direct"]
    assert direct and direct[0]["speaker"] == "Ann Reed"
