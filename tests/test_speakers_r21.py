"""Round 21: speakers named through a description."""

from __future__ import annotations

import pytest

from tests.statements_of import find, quotes_of


@pytest.mark.parametrize(
    ("paragraphs", "words", "speaker"),
    [
        (
            (
                "Donald Trump spoke in Ohio on Monday.",
                "The attack drew a response from the president, who said it was false.",
            ),
            "was false",
            "Donald Trump",
        ),
        (
            (
                "Bernie Sanders toured the flooded towns.",
                "Residents got a visit from the Vermont senator, who said, “Help is on the way.”",
            ),
            "Help is on the way",
            "Bernie Sanders",
        ),
        (
            (
                "Mitch McConnell opened the session on Friday.",
                "The bill won praise from the majority leader, who said it had been fixed.",
            ),
            "had been fixed",
            "Mitch McConnell",
        ),
    ],
)
def test_who_after_a_definite_description_is_the_person_it_fits(paragraphs, words, speaker):
    """ "… from the president, who said": the relative pronoun stands for "the president", a
    definite description of the person named before whom it fits (here by the office held in
    the article's year), as "The president said" would be."""
    row = find(quotes_of(*paragraphs, published="2019-10-01"), words)
    assert row["speaker"] == speaker
    assert row["speaker_mention"] == "who"
