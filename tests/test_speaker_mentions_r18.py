"""An explicit mention that is not the source itself names the source (round 18).

A poll named by its word alone speaks for the body the article says took it; a quoted word in
the content of "X's claim that …" is X's even under a verb of judging; a description before a
joined body's name is no item of the list; a body's thing cited by "according to" is the body's
word. Wording written for the tests, with invented people and bodies."""

from __future__ import annotations

import lib


def _rows(text: str) -> list[tuple[str, str | None]]:
    """(statement text, speaker) for each statement of the article, in text order."""
    quotes = lib.analyze(text).quotes
    return [
        (row.text, row.speaker if isinstance(row.speaker, str) else None)
        for row in quotes.itertuples()
    ]


def _speaker_of(text: str, words: str) -> str | None:
    """The speaker of the statement that holds `words`."""
    return next(s for t, s in _rows(text) if words in t)


def test_quote_in_owned_claim_is_the_owners():
    text = (
        "Tax Row\n\nSen. Dana Marsh lambasted Rep. Tom Okafor’s claim that the tax serves as"
        " nothing more than a “scam”.\n"
    )
    assert _speaker_of(text, "scam") == "Tom Okafor"


def test_label_given_to_a_claim_is_the_judges():
    text = "Tax Row\n\nSen. Dana Marsh described Rep. Tom Okafor’s claim as a “scam”.\n"
    assert _speaker_of(text, "scam") == "Dana Marsh"
