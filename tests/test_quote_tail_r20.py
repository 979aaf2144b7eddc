"""A quote that ends inside its sentence, whose tail runs on to its speaker and cue ("“…” with
the river, where the floods start, Gov. Tom Ruiz said"), is that speaker's; the object of the
tail's preposition is never the speaker of an inverted cue ("“…” with the river, said Gov. Tom
Ruiz") (`lib/quotes/attribution.py`)."""

from __future__ import annotations

import pytest

from tests.statements_of import rows


@pytest.mark.parametrize(
    "tail",
    [
        "with the river, where the floods start, Governor Tom Ruiz said in remarks in Austin.",
        "with the river, Governor Tom Ruiz said.",
        "with the river, said Governor Tom Ruiz.",
        "over the budget, which the council passed in May, Ruiz told reporters.",
    ],
)
def test_a_quote_ending_inside_its_sentence_is_the_speaker_named_at_its_end(tail):
    text = (
        "Talks stalled.\n\nGovernor Tom Ruiz met the mayor, Ann Lee. "
        f"“For years, the city, in all fairness, has had a real problem” {tail}"
    )
    assert [(q["text"], q["speaker"]) for q in rows(text, published="2019-03-04")] == [
        ("For years, the city, in all fairness, has had a real problem", "Tom Ruiz")
    ]
