"""Round 6 date classes (issue 12), each on our own wording: a quarter named by its closing day,
'set on' as a past act, 'soon after' and 'the future of' as no time, 'the year previous', and
'the year' after 'the first nine months of'."""

from __future__ import annotations

from datetime import date

import pytest

from lib.timeline.tagger import tag
from tests.timexes import context_of, tag_body


def value_of(body: str, published: date, expression: str) -> str | None:
    x = tag_body(body, published).get(expression)
    return x.value if x is not None else None


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("The lender lost $40 million in the quarter ended Sept. 30.", "2021-Q3"),
        ("The chain posted a profit for the quarter ended July 31.", "2021-Q2"),  # May-July
        ("Sales slipped in the quarter ended Dec. 31, 2019.", "2019-Q4"),
        ("It sees a loss in the quarter ending Jan. 31.", "2021-Q4"),  # November-January, ahead
    ],
)
def test_a_quarter_named_by_its_closing_day(body, value):
    assert value_of(body, date(2021, 11, 2), "the quarter") == value


def test_the_closing_day_keeps_its_own_timex():
    found = tag_body(
        "The lender lost $40 million in the quarter ended Sept. 30.", date(2021, 11, 2)
    )
    assert found["Sept. 30"].value == "2021-09-30"


def test_a_quarter_named_by_its_closing_day_is_not_the_story_quarter():
    """Its calendar value must not renumber the story's fiscal quarters: 'during the quarter'
    after the fiscal second quarter stays that quarter."""
    body = (
        "The retailer reported a fiscal second-quarter loss. "
        "It lost $3 million in the quarter ended Oct. 31. "
        "Margins narrowed during the quarter, the company said."
    )
    found = tag(context_of(body, date(2021, 11, 20)))
    by_kind = {x.kind: x.value for x in found if x.text == "the quarter"}
    assert by_kind == {"quarter_ended": "2021-Q3", "story_quarter": "2021-Q2"}


def test_a_record_set_on_a_day_is_past():
    body = "The index ended 50 points short of the peak it set on Sept. 14."
    assert value_of(body, date(2022, 3, 14), "Sept. 14") == "2021-09-14"


def test_set_for_a_day_is_still_a_plan():
    body = "Ministers will attend a summit set for Geneva in May."
    assert value_of(body, date(2022, 3, 14), "May") == "2022-05"


@pytest.mark.parametrize(
    ("body", "expression"),
    [
        ("The hostage was freed soon after the raid began.", "soon"),
        ("Voters worry about the future of the mill.", "the future"),
    ],
)
def test_no_time_of_their_own(body, expression):
    assert expression not in tag_body(body, date(2022, 3, 14))


@pytest.mark.parametrize(
    ("body", "expression", "value"),
    [
        ("Talks should end soon, officials said.", "soon", "FUTURE_REF"),
        ("Prices may fall in the future.", "the future", "FUTURE_REF"),
    ],
)
def test_the_vague_words_still_count(body, expression, value):
    assert value_of(body, date(2022, 3, 14), expression) == value


@pytest.mark.parametrize(
    ("body", "expression", "value"),
    [
        (
            "The brewer sold 9% more beer in 2014 than the year previous.",
            "the year previous",
            "2013",
        ),
        ("Rents in June 2015 beat the month prior.", "the month prior", "2015-05"),
    ],
)
def test_the_unit_previous(body, expression, value):
    assert value_of(body, date(2016, 2, 1), expression) == value


def test_the_year_after_months_of():
    body = "Revenue rose 8% over the first six months of the year."
    assert value_of(body, date(2019, 8, 5), "the year") == "2019"
