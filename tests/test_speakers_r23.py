"""Round 23: speakers named through what the article (or the public record) says of them."""

from __future__ import annotations

import pytest

from tests.statements_of import find, quotes_of


@pytest.mark.parametrize(
    ("paragraphs", "words", "speaker"),
    [
        (
            ("Sen. Nora Vale toured the plant with Rep. Ada Quill on Monday. “Look at that "
             "chimney,” Vale says, turning to Quill. “My neighbours breathe that every day,” the "
             "congresswoman says.",),
            "neighbours breathe",
            "Ada Quill",
        ),
        (
            ("Rep. Tom Birch and Sen. Ian Rook met the growers on Friday. “The tariffs hurt,” "
             "Birch said. “We will fight them in the Senate,” the senator said.",),
            "fight them",
            "Ian Rook",
        ),
        (
            ("Sen. Nora Vale met the growers on Friday. “The tariffs hurt,” the lawmaker said.",),
            "tariffs hurt",
            "Nora Vale",
        ),
    ],
)  # fmt: skip
def test_a_specific_office_is_matched_on_the_persons_specific_office(paragraphs, words, speaker):
    """ "the congresswoman" after a senator and a representative is the representative: both
    are lawmakers, but the senator's own office clashes with the description's; "the lawmaker"
    is still either of them."""
    assert find(quotes_of(*paragraphs), words)["speaker"] == speaker
