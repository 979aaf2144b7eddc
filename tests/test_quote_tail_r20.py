"""A quote that ends inside its sentence, whose tail runs on to its speaker and cue ("“…” with
the river, where the floods start, Gov. Tom Ruiz said"), is that speaker's; the object of the
tail's preposition is never the speaker of an inverted cue ("“…” with the river, said Gov. Tom
Ruiz") (`lib/quotes/attribution.py`)."""

from __future__ import annotations

import datetime as dt

import pytest

import lib


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
    t = lib.analyze(text, published=dt.date(2019, 3, 4))
    rows = t.quotes.to_dict("records")
    assert [(q["text"], q["speaker"]) for q in rows] == [
        ("For years, the city, in all fairness, has had a real problem", "Tom Ruiz")
    ]
