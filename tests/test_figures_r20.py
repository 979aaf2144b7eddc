"""Figures of round 20, on sentences written for these tests (never copied from an evaluation
text): the number of a whole a part is taken from counts the whole's noun, not what the part
did; a count taken from a group and set before 'were' and a noun says what the group's members
are, also where the parser reads 'were convicted offenders' as a passive with an object.
"""

from __future__ import annotations

import pytest

from tests.test_figures import one


@pytest.mark.parametrize(
    ("body", "value_text", "measure", "change"),
    [
        ("The Green Party won 41 of the 120 seats in the assembly.", "120", "seats", "level"),
        (
            "Five of the seven judges on the panel voted to overturn the ruling.",
            "seven",
            "judges",
            "level",
        ),
        ("The club has lost 12 of its 30 matches this season.", "30", "matches", "level"),
    ],
)
def test_whole_a_part_is_taken_from(body, value_text, measure, change):
    row = one(body, value_text)
    assert (row["measure"], row["change"]) == (measure, change)


def test_the_part_keeps_its_verb():
    assert one("The Green Party won 41 of the 120 seats in the assembly.", "41")["measure"] == (
        "seats won"
    )


@pytest.mark.parametrize(
    ("body", "value_text", "measure"),
    [
        (
            "About 640 of the inmates released last year were repeat offenders, the report said.",
            "640",
            "repeat offenders",
        ),
        ("Agents said 41 of the men detained were wanted fugitives.", "41", "wanted fugitives"),
        (
            "Of that batch, 2,310 of the migrants held were convicted drug smugglers.",
            "2,310",
            "convicted drug smugglers",
        ),
    ],
)
def test_what_a_count_taken_from_a_group_is(body, value_text, measure):
    assert one(body, value_text)["measure"] == measure
