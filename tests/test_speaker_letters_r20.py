""" "The letter begins" after "X warned Y not to be a “fool” in a letter" is X's (round 20).

A document with no author of its own takes the author of the latest earlier one of its kind,
and "X said in a letter" names X. The parser may hang the "in a letter" on a word of what was
said ("a “fool” in a letter") rather than on the saying: the author is then the subject of the
saying that word is a complement of, climbed to through complements and conjuncts; a clause
with a subject of its own stops the climb. Wording written for the tests, with invented people
and bodies."""

from __future__ import annotations

from tests.statements_of import find, quotes_of


def test_letter_hung_on_a_word_of_the_warning_is_the_warners() -> None:
    rows = quotes_of(
        "Governor Tessa Marlow warned Mayor Ivo Brandt not to be a “coward” or a “fool” in a"
        " letter sent as the strike began. An aide has confirmed that the March 3 letter is"
        " authentic. “Dear Mayor: Let us settle this now!” the letter begins."
    )
    row = find(rows, "Let us settle this now")
    assert row["speaker"] == "Tessa Marlow"
    assert row["speaker_mention"] == "letter"


def test_letter_in_a_clause_of_its_own_is_not_the_sayers() -> None:
    rows = quotes_of(
        "Governor Tessa Marlow said the mayor was rude in a meeting. Ivo Brandt wrote his"
        " reply in a letter the next day. “Dear Governor: I was not rude,” the letter begins."
    )
    row = find(rows, "I was not rude")
    assert row["speaker"] == "Ivo Brandt"
