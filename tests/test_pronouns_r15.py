"""A "he"/"she" speaker is never named inside the words it attributes (round 15), on wording
written for the tests: "[…the invited guests, Tom Ruiz and Al Park, declined], he said" is said
by the person before, of Ruiz; "Baker, he said, was “a great partner”" is said of Baker, by the
person the passage is about. A name in a reported clause before the pronoun, or the subject of
the clause a parenthetical "he said" interrupts, is out of the antecedent search, read from the
parse (not from the statement's span, which may run from the start of the sentence and hold the
speaker too)."""

from __future__ import annotations

import pytest

from tests.statements_of import find, quotes_of


@pytest.mark.parametrize(
    "paragraphs, words, speaker",
    [
        (
            (
                "Mark Olsen, who hosts the station's morning show, said Monday that his program "
                "asked the governor's office to send a guest, but it sent nobody.",
                "The governor's advisers, Tom Ruiz and Al Park, were also asked but declined to "
                "appear, he said.",
            ),
            "Tom Ruiz and Al Park",
            "Mark Olsen",
        ),
        (
            (
                "Coach Dan Meyer spent the weekend at the lake with his old friend Bill Baker, "
                "where the two fished for hours.",
                "Baker, he said, was “a great partner and a better cook.”",
            ),
            "a great partner",
            "Dan Meyer",
        ),
    ],
)
def test_no_antecedent_inside_the_attributed_words(paragraphs, words, speaker):
    row = find(quotes_of(*paragraphs), words)
    assert speaker in (row["speaker"] or "")


def test_a_name_after_the_parenthetical_clause_still_counts():
    """The rule is no "anything before 'he said'" cut: a sentence whose main clause ended
    before the pronoun still gives its subject."""
    rows = quotes_of(
        "Jim Cole spoke to reporters outside the courthouse on Friday.",
        "Cole thanked the jury. “It was a fair trial,” he said.",
    )
    assert "Jim Cole" in (find(rows, "It was a fair trial")["speaker"] or "")


@pytest.mark.parametrize(
    "sentence, inside",
    [
        ("Baker, he said, was cool.", ["Baker"]),
        ("The aides were also invited, he said.", ["The aides were also invited"]),
        ("Baker went home, he said.", ["Baker went home"]),
        ("He said Baker was cool.", []),
        ("Ann Ortiz spoke next: the firm, he said, was late.", ["the firm"]),
        ("Cole met Ruiz, and he started raising doubts.", []),
    ],
)
def test_own_content_spans(sentence, inside):
    """`own_content` on the parse: the subject of the clause a parenthetical interrupts (not the
    sentence before a colon), a reported clause before the pronoun (what "he" said), and
    nothing after the pronoun."""
    from lib.nlp import load_nlp
    from lib.quotes.lexicon import lexicon
    from lib.quotes.speakers.content import own_content

    doc = load_nlp()(sentence)
    he = next(t for t in doc if t.lower_ == "he")
    spans = own_content(he, lexicon())
    got = [sentence[a:b].strip(" ,") for a, b in spans]
    assert got == inside


def test_his_lawyer_is_a_person_of_its_own():
    rows = quotes_of(
        "Tom Hale was charged with fraud in March.",
        "His lawyer, Ben Ortiz, filed a motion on Monday. “The charges are baseless,” he said.",
    )
    assert "Ben Ortiz" in (find(rows, "The charges are baseless")["speaker"] or "")
