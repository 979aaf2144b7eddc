"""Figures of round 19, on sentences written for these tests (never copied from an evaluation
text): a hyphened modifier is no counted noun, a hyphened unit still is.
"""

from __future__ import annotations

from tests.test_figures import one


def _mu(body: str, value_text: str) -> tuple[str, str]:
    row = one(body, value_text)
    return row["measure"], row["unit"]


def test_a_hyphened_modifier_is_no_counted_noun():
    body = "The panel will examine at least 11 high-profile past investigations."
    assert _mu(body, "11") == ("past investigations", "investigations")


def test_a_hyphened_unit_glued_to_the_number_stays_the_unit():
    body = "Builders finished a 20,000-square-foot gym near the river."
    assert _mu(body, "20,000") == ("square-foot", "square-foot")
