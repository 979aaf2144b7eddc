"""A month written alone that still dates something (TimeML DATE, issue 12): after 'for', owning
a period or an event ("March's figures"), or naming an event with 'a'/'an' in front; and the
look-alikes that are no month."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_temporal import context

PUBLISHED = date(2021, 11, 10)


def values(body: str) -> dict[str, str]:
    from lib.timeline.tagger import tag

    return {x.text: x.value for x in tag(context(body, PUBLISHED))}


@pytest.mark.parametrize(
    ("body", "expression", "value"),
    [
        ("Retail sales for September rose faster than expected.", "September", "2021-09"),
        ("Analysts revised September's sales upward.", "September", "2021-09"),
        ("The town still mourns the victims of the August shooting.", "August", "2021-08"),
        ("Investigators reopened the file on the October slaying.", "October", "2021-10"),
        ("Both sides signed an August agreement on grazing rights.", "August", "2021-08"),
    ],
)
def test_a_lone_month_that_dates_something(body, expression, value):
    assert values(body).get(expression) == value


@pytest.mark.parametrize(
    "body",
    [
        "May's cabinet met in the morning.",  # the surname
        "April's brother drove the van.",  # a person owning no period or event
        "The March Hare poured the tea.",  # a name
    ],
)
def test_look_alikes_are_no_month(body):
    assert not any(v.startswith("2021") or v.startswith("2020") for v in values(body).values())


def test_a_holiday_naming_its_break_is_a_date():
    found = values("The senator flies home after the Christmas holiday, an aide said.")
    assert found.get("Christmas") == "2021-12-25"
    assert values("Stores hired staff for the Christmas shopping season.") == {}
