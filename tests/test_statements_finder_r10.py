"""Round 10, statements found across marks and sentences: a straight closing mark set off by a
space, and sentence boundaries around abbreviations. Every text is this file's own wording."""

from __future__ import annotations

from lib.pipeline import analyze
from lib.quotes.marks import find_quoted
from tests.statements_of import find, quotes_of


class _Para:
    def __init__(self, text: str):
        self.start, self.end, self.paragraph_id = 0, len(text), 0


def _quoted(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quoted(text, [_Para(text)])]


def _sentences(text: str) -> list[str]:
    return list(analyze(text).sentences["text"])


# -- a straight closing mark with a space before it ---------------------------------------------


def test_spaced_straight_mark_closes_after_a_nested_single_quote():
    text = '"The fans all told me, \'We trust you,\' " the coach said. "We will play."'
    assert _quoted(text) == ["The fans all told me, 'We trust you,'", "We will play."]


def test_spaced_straight_mark_closes_after_a_comma():
    text = '"Nobody should be treated this way, " the mayor said on Friday.'
    assert _quoted(text) == ["Nobody should be treated this way"]


def test_spaced_straight_mark_after_a_word_is_no_closer():
    """Only punctuation or a single quote before the space makes a loose mark a closer: a mark
    between two words is left alone, as before."""
    text = 'She wrote " nothing " there and "left early," he said.'
    assert _quoted(text) == ["left early"]


def test_quote_with_spaced_closer_goes_to_the_speaker_after_it():
    rows = quotes_of(
        "\"My neighbours kept asking me, 'When will the road open?' \" said Maria Okonkwo, "
        'a shop owner. "Now I can tell them."'
    )
    first = find(rows, "When will the road open")
    assert first["kind"] == "direct"
    assert first["speaker"] == "Maria Okonkwo"
    assert "said Maria" not in first["text"]


# -- sentence boundaries around abbreviations ---------------------------------------------------


def test_sentence_ends_after_dotted_abbreviation_before_a_function_word():
    text = "Test\n\nThe parade went through the middle of D.C. The crowd was large."
    assert _sentences(text)[-2:] == [
        "The parade went through the middle of D.C.",
        "The crowd was large.",
    ]


def test_sentence_ends_after_dotted_abbreviation_before_a_round_number():
    text = "Test\n\nThe singer lost her guitar on a bus in the U.K. Thousands of fans sent money."
    assert _sentences(text)[-1] == "Thousands of fans sent money."


def test_dotted_abbreviation_before_a_name_keeps_the_sentence():
    text = "Test\n\nShe met the U.S. Trade Representative in the morning."
    assert _sentences(text)[-1] == "She met the U.S. Trade Representative in the morning."


def test_plural_and_rank_titles_do_not_end_a_sentence():
    text = "Test\n\nThe bill was backed by Sens. Ana Ruiz and Tom Hale and by Govs. Lee Park and Kim Bo."
    assert _sentences(text)[-1] == (
        "The bill was backed by Sens. Ana Ruiz and Tom Hale and by Govs. Lee Park and Kim Bo."
    )


def test_reported_clause_stops_at_the_abbreviation_sentence_end():
    rows = quotes_of(
        "The driver said the van broke down near downtown L.A. Dozens of neighbours "
        "helped push it off the road."
    )
    said = find(rows, "the van broke down")
    assert "Dozens" not in said["text"]


def test_abbreviated_title_is_no_part_of_the_speaker_name():
    rows = quotes_of("The board met on Monday. Pres. Rosa Delgado said the vote was close.")
    assert find(rows, "the vote was close")["speaker"] == "Rosa Delgado"


# -- a quoted fragment under a verb of judging or naming ----------------------------------------


def test_fragment_of_several_sentences_under_a_naming_verb_is_the_judges_words():
    """The quoted words run past a sentence end, so no clause holds them: the quote marks
    still give the fragment, and the verb naming it gives its speaker."""
    rows = quotes_of(
        "The coach, Petra Lindqvist, spoke after the final. Lindqvist characterized the "
        'season as "a long climb out of a very deep hole. Nobody expected us to escape it, '
        'and we did it together."'
    )
    row = find(rows, "a long climb out of a very deep hole")
    assert row["speaker"] == "Petra Lindqvist"
    assert "we did it together" in row["text"]


def test_fragment_under_a_verb_of_judging_needs_a_subject_to_speak():
    """With no subject the fragment is nobody's statement: nothing is credited."""
    rows = quotes_of('Criticized for "a slow and costly rollout," the scheme was dropped.')
    assert all(r["speaker"] is None or r["kind"] != "partial" for r in rows)
