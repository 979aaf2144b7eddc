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


@pytest.mark.parametrize(
    ("body", "value_text", "measure"),
    [
        ("So that is a pretty significant tax — 25 percent, he said.", "25 percent", "tax"),
        ("The town now charges a steep parking fee — $40 — for visitors.", "$40", "parking fee"),
        ("Residents face a stiff new levy: 8 percent on every sale.", "8 percent", "levy"),
    ],
)
def test_a_figure_after_a_dash_restates_the_noun_before_it(body, value_text, measure):
    assert one(body, value_text)["measure"].endswith(measure)


@pytest.mark.parametrize(
    ("body", "value_text", "measure"),
    [
        ("Her answer was a blunt estimate: 300 jobs.", "300", "jobs"),
        ("Residents are divided over the dam – 58 percent in favour.", "58 percent", "in favour"),
    ],
)
def test_a_noun_or_side_of_its_own_keeps_the_figure(body, value_text, measure):
    assert one(body, value_text)["measure"] == measure


def test_a_noun_with_a_number_of_its_own_is_restated_not_measured():
    body = "Nearly two thirds - 65% - of the 900 people asked said they had voted."
    assert one(body, "65%")["measure"] != "thirds"


@pytest.mark.parametrize(
    ("body", "value_text", "measure"),
    [
        (
            "They also levy an income tax that’s 48 percent above a certain wage.",
            "48 percent",
            "income tax",
        ),
        ("Voters backed a sales tax which is 7 percent on most goods.", "7 percent", "sales tax"),
        ("Officials proposed a new toll that's $12 for trucks.", "$12", "new toll"),
    ],
)
def test_a_figure_a_relative_clause_says_a_noun_is(body, value_text, measure):
    assert one(body, value_text)["measure"] == measure


def test_a_figure_before_an_adjective_is_how_much_not_the_noun():
    body = "He comes from a county that is 90 percent rural."
    assert one(body, "90 percent")["measure"] != "county"
