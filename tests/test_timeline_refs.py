"""TimeML values without a calendar date and the classes TimeBank/AQUAINT taught us, each on our
own wording: adjectives of time ("the current talks"), and the like. Published Wednesday 13
November 2019 unless a test says otherwise."""

from __future__ import annotations

from datetime import date

from tests.timexes import tag_body

WEDNESDAY = date(2019, 11, 13)


def values(body: str, published: date = WEDNESDAY) -> dict[str, tuple[str, str]]:
    return {text: (x.type, x.value) for text, x in tag_body(body, published).items()}


def test_time_adjectives_before_a_noun_are_present_and_past_refs():
    found = values("The current slump followed a recent rise in rents, the agency said.")
    assert found["current"] == ("DATE", "PRESENT_REF")
    assert found["recent"] == ("DATE", "PAST_REF")


def test_time_adjectives_that_name_no_time_stay_out():
    found = values("The country's current account deficit widened. Swimmers fought the current.")
    assert "current" not in found
