"""Round 10, statements found across marks and sentences: a straight closing mark set off by a
space, and sentence boundaries around abbreviations. Every text is this file's own wording."""

from __future__ import annotations

from lib.quotes.marks import find_quoted
from tests.statements_of import find, quotes_of


class _Para:
    def __init__(self, text: str):
        self.start, self.end, self.paragraph_id = 0, len(text), 0


def _quoted(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quoted(text, [_Para(text)])]


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
