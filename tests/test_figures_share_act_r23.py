"""Round 23: a share of a group that is the subject of a verb with an object is measured by the
group and what it did ('4% of the tenants would lose their deposit'), not the group alone.
Sentences written for these tests: invented places, bodies and people."""

from __future__ import annotations

import pytest

from tests.test_figures import one


@pytest.mark.parametrize(
    ("body", "value_text", "measure"),
    [
        (
            "The Ostwick board said only 6% of the listed tenants would lose their deposits.",
            "6%",
            "listed tenants would lose their deposits",
        ),
        (
            "Nearly 14 percent of the Harlow cadets failed the swimming test.",
            "14 percent",
            "Harlow cadets failed the swimming test",
        ),
        (
            "About 30% of the Dunmore nurses would receive a bonus for night shifts in May.",
            "30%",
            "Dunmore nurses would receive a bonus",
        ),
    ],
)
def test_a_share_is_of_those_in_the_group_who_did_the_act(body, value_text, measure):
    assert one(body, value_text)["measure"] == measure


@pytest.mark.parametrize(
    ("body", "value_text", "measure"),
    [
        ("About 20% of the Tolland nurses left.", "20%", "Tolland nurses"),
        ("Some 40 percent of the Ostwick orchards flooded.", "40 percent", "Ostwick orchards"),
    ],
)
def test_a_share_whose_verb_has_no_object_keeps_its_group(body, value_text, measure):
    """'20% of the nurses left': no object says what they did to what; the group stays."""
    assert one(body, value_text)["measure"] == measure
