"""Round 9 date classes (issue 12) that point back, each on our own wording:
- a bare month or weekday dating a noun of an unplanned event written before it ("the flood in
  April", "the stabbing on Sunday") names one that has happened, unless the clause looks ahead;
- a part of 'the year' or 'the month' still ahead of publication in a clause told as past ("by
  the end of the year, turnout had doubled", "cash at year's end") is the period before's;
- 'since' before a season, month or weekday starts a state that holds now: behind.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timexes import dated, tag_body

FEBRUARY = date(2022, 2, 9)  # a Wednesday, before spring and the summer months
NOVEMBER = date(2022, 11, 16)  # a Wednesday


@pytest.mark.parametrize(
    "body",
    [
        "The flood in July remains the worst on record.",
        "Insurers are still paying for the explosion in July at the depot.",
        "The inquiry into the incident in July has not reported.",
    ],
)
def test_an_unplanned_event_before_its_month_has_happened(body):
    """Told in February with no past verb, 'July' would be the nearest July (ahead); the
    event noun says it is the last one."""
    assert dated(body, FEBRUARY, "July") == ("2021-07", date(2021, 7, 1), date(2021, 7, 31))


def test_an_unplanned_event_before_its_weekday_has_happened():
    x = tag_body("Detectives are questioning two men about the stabbing on Friday.", NOVEMBER)
    assert x["Friday"].date == date(2022, 11, 11)


@pytest.mark.parametrize(
    "body",
    [
        "Engineers say a storm could flood the tunnel in July.",
        "The council expects an outbreak of protests in July.",
    ],
)
def test_an_unplanned_event_in_a_clause_that_looks_ahead_stays_ahead(body):
    assert dated(body, FEBRUARY, "July") == ("2022-07", date(2022, 7, 1), date(2022, 7, 31))


@pytest.mark.parametrize(
    ("body", "expression", "value", "first", "last"),
    [
        (
            "By the end of the year, the petition had gathered a million names.",
            "the end of the year",
            "2021",
            date(2021, 8, 29),
            date(2021, 12, 31),
        ),
        (
            "The charity held more reserves at year's end than it had planned.",
            "year's end",
            "2021",
            date(2021, 12, 2),
            date(2021, 12, 31),
        ),
    ],
)
def test_a_part_of_the_year_ahead_told_as_past_is_last_years(body, expression, value, first, last):
    assert dated(body, FEBRUARY, expression) == (value, first, last)


def test_the_end_of_the_month_told_as_past_early_in_a_month_is_last_months():
    body = "By the end of the month, the library had lent out every copy."
    x = tag_body(body, date(2022, 11, 3))["the end of the month"]
    assert (x.value, x.date_end) == ("2022-10", date(2022, 10, 31))


@pytest.mark.parametrize(
    "body",
    [
        "The council hopes to open the bridge by the end of the year.",
        "The bridge will be finished by the end of the year.",
    ],
)
def test_a_part_of_the_year_ahead_told_as_future_stays_this_years(body):
    assert dated(body, FEBRUARY, "the end of the year")[0] == "2022"


@pytest.mark.parametrize(
    ("body", "expression", "value"),
    [
        ("The choir has rehearsed every week since the summer.", "the summer", "2021-SU"),
        ("The ferry has been out of service since early August.", "early August", "2021-08"),
        ("No trains have run since October.", "October", "2021-10"),
    ],
)
def test_since_a_season_or_month_points_back(body, expression, value):
    """Told in February, the summer, August and October named after 'since' are last year's."""
    assert dated(body, FEBRUARY, expression)[0] == value


def test_since_a_weekday_is_the_last_one():
    x = tag_body("The shop has been shut since Saturday.", NOVEMBER)["Saturday"]
    assert x.date == date(2022, 11, 12)
