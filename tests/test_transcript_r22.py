"""Round 22: the turns of a transcript run into one paragraph (`lib/quotes/transcript.py`)."""

from __future__ import annotations

from tests.statements_of import quotes_of


def _turns(*paragraphs: str) -> list[tuple[str, str]]:
    return [(r["speaker"], r["text"]) for r in quotes_of(*paragraphs)]


def test_each_turn_of_a_run_in_transcript_is_its_labels_speaker():
    """ "The record reads: Lee: …? Ruiz: …": each label gives the words up to the next label to
    the person it names; the last turn ends at a label of another kind ("More: …")."""
    assert _turns(
        "Tom Lee questioned Ann Ruiz on Monday. The record reads: Lee: Can you tell us what "
        "you told the minister? Ruiz: I said we should act on the report at once. Lee: So you "
        "told him that? Ruiz: Yes, I told him that plainly. More: The ministry issued a "
        "statement on Tuesday."
    ) == [
        ("Tom Lee", "Can you tell us what you told the minister"),
        ("Ann Ruiz", "I said we should act on the report at once"),
        ("Tom Lee", "So you told him that"),
        ("Ann Ruiz", "Yes, I told him that plainly"),
    ]


def test_a_paragraph_opening_with_a_label_ends_its_first_turn_at_the_next():
    """ "Lee: …? Ruiz: …": the opening label's turn is not the whole paragraph."""
    assert _turns(
        "Tom Lee questioned Ann Ruiz on Monday.",
        "Lee: Can you tell us what you told the minister? Ruiz: I said we should act on the "
        "report at once. Lee: And what did he say to that?",
    ) == [
        ("Tom Lee", "Can you tell us what you told the minister"),
        ("Ann Ruiz", "I said we should act on the report at once"),
        ("Tom Lee", "And what did he say to that"),
    ]


def test_labels_that_do_not_change_hands_are_no_dialogue():
    """Link headlines left in a page ("Ann Ruiz: Who is …? Ann Ruiz: '…'") name one person
    twice in a row: no transcript, no turns credited to her."""
    rows = quotes_of(
        "Tom Lee questioned Ann Ruiz on Monday. Ann Ruiz: Who is the aide named in the "
        "report? Ann Ruiz: 'I will not resign over the report' Tom Lee: 'We need answers now "
        "from the minister'"
    )
    assert not any(r["text"].startswith("Who is the aide") for r in rows)


def test_two_labels_inside_a_paragraph_are_no_transcript():
    """One or two "Name: …" inside a paragraph may be anything; a transcript has three."""
    rows = quotes_of(
        "Tom Lee questioned Ann Ruiz on Monday. Lee: Can you tell us what you told the "
        "minister? Ruiz: I said we should act on the report at once."
    )
    assert not any(r["text"].startswith("Can you tell us") for r in rows)
