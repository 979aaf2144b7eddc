"""Event names on timeline rows: short 'who did what', never a dangling fragment.

Invented snippets, one construction each; the seed's captions are checked in test_timeline.py's
fixture article.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from lib.pipeline import analyze
from tests.test_temporal import one, rows

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "articles" / "crocus-city-hall-kremlin.txt"


def event(body: str, expression: str) -> str:
    return one(body, expression)["event"]


def test_an_infinitive_is_told_with_the_verb_governing_it():
    text = event("The airline plans to open a route to Lima in 2026.", "2026")
    assert text.startswith("The airline plans to open")


def test_a_relative_clause_takes_the_noun_it_hangs_on_as_subject():
    text = event("She founded a bakery in Leeds, which was sold to a rival in 2019.", "2019")
    assert "was sold to a rival" in text
    assert not text.startswith("which")


def test_a_joined_verb_borrows_the_first_verbs_subject():
    text = event("The ferry left Dover at dawn and reached Calais on Friday.", "Friday")
    assert text.startswith("The ferry") and "reached Calais" in text


def test_other_dates_stay_out_of_an_event():
    text = event("The bridge, closed since 2019, reopened to traffic on Friday.", "Friday")
    assert "2019" not in text and "reopened" in text


def test_side_clauses_are_left_out_and_the_phrase_goes_on_after_them():
    body = "The minister said the plan, which was drafted in June, will cut waiting lists."
    text = event(body, "June")
    assert "drafted" in text and "which" not in text


@pytest.mark.parametrize(
    "body",
    [
        "Engineers expect the tunnel to open in 2027.",
        "The council is scheduled to vote on the budget on Thursday.",
        "Police said two men were arrested on Saturday and charged on Sunday.",
        "Shares in the retailer fell 8% on Tuesday after a profit warning.",
        "The company, founded in 1998, will move its headquarters next year.",
    ],
)
def test_events_start_with_who_acted_and_never_dangle(body):
    for row in rows(body):
        text = row["event"]
        first = text.split()[0].lower()
        assert first not in ("to", "is", "was", "were", "will", "be", "been", "has", "had"), text
        last = text.rstrip("…").split()[-1].lower()
        assert last not in ("the", "a", "of", "to", "and", "which", "that", "more"), text


def test_seed_caption_event_is_the_scene_not_the_participle():
    tables = analyze(SEED)
    captions = [r for r in tables.timeline.to_dict("records") if r["date_text"] == "24 March, 2024"]
    second = captions[1]["event"]
    assert "candles" in second.lower() and "placed" in second
    assert "declared following" not in second


def test_durations_stay_in_an_event_and_a_dated_preposition_goes():
    text = event("The repairs took six months in early 2023.", "early 2023")
    assert "six months" in text and "2023" not in text
    text = event("The phone is slated for a European release on June 24.", "June 24")
    assert text.endswith("for a European release")


def test_a_bare_copula_gives_the_sentence_not_a_dangling_is():
    text = event("The first crossing of the bridge was in 1994.", "1994")
    assert not text.endswith(" was")


def test_a_long_subject_loses_its_tail_not_half_a_hyphenated_word():
    body = (
        "The delivery of the double-deck cargo aircraft to the three Gulf carriers "
        "will be delayed until October 2027."
    )
    text = event(body, "October 2027")
    assert text.startswith("The delivery") and "will be delayed" in text
    assert not text.startswith(("deck", "-"))
