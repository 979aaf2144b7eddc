"""The speaker named after a quote or before a speech verb but kept from the verb by an aside
(round 13, "postposed"): a relative clause or apposition with commas of its own ("“…,” Ann Lee,
who lives in Macon, Georgia, said"), a party-state tag after a lawmaker's name ("Reed, R-Ohio,
said"), a relative clause holding a quoted word of the sayer's. Wording written for the tests,
with invented people."""

from __future__ import annotations

import pytest

from tests.statements_of import find, quotes_of

# --- "“…,” NAME, who …, PLACE, said. “…”": the aside's own commas are passed over ------------

LEAD = "Governor Paul Reed toured the flooded valley on Monday."


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "“We lost everything in one night,” Tom Ruiz, who lives in Macon, Georgia, said.",
            "Tom Ruiz",
        ),
        (
            "“We lost everything in one night,” Tom Ruiz, 45, a retired teacher from Macon, "
            "Georgia, told reporters.",
            "Tom Ruiz",
        ),
        (
            "“We lost everything in one night,” Maria Ortiz, whose son, a Marine, served in "
            "Iraq, said.",
            "Maria Ortiz",
        ),
    ],
)
def test_a_speaker_past_an_aside_with_commas_speaks_and_goes_on(sentence, speaker):
    rows = quotes_of(LEAD, f"{sentence} “Nobody warned us.”")
    assert find(rows, "lost everything")["speaker"] == speaker
    assert find(rows, "Nobody warned us")["speaker"] == speaker
