"""Round 21: the speaker named right after a quote, before an aside, whatever part of speech the
tagger gave the name ("“…,” Trump, clearly angry, said": "Trump" tagged an adjective)."""

from __future__ import annotations

import pytest

from tests.statements_of import find, quotes_of


@pytest.mark.parametrize(
    ("paragraph", "words", "speaker"),
    [
        (
            "The senator criticised the inspector. “The whistleblower got it all wrong,” Trump, "
            "clearly angry, said.",
            "got it all wrong",
            "Trump",
        ),
        (
            "The board met late. “What about the audit? Nobody read it,” Trump, appearing "
            "enraged, told reporters.",
            "Nobody read it",
            "Trump",
        ),
        (
            "The vote failed. “We will try again,” Mayor Ada Kell, visibly tired, said.",
            "try again",
            "Ada Kell",
        ),
    ],
)
def test_a_name_then_an_aside_then_the_cue(paragraph, words, speaker):
    row = find(quotes_of(paragraph), words)
    assert row["speaker"] == speaker
    assert row["confidence"] == "explicit"
