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


@pytest.mark.parametrize(
    ("body", "expression", "value"),
    [
        ("Polls closed late on Election Day 2012.", "Election Day 2012", "2012-11-06"),
        ("Shoppers queued before dawn on Black Friday 2015.", "Black Friday 2015", "2015-11-27"),
        ("Online sales peaked on Cyber Monday 2020.", "Cyber Monday 2020", "2020-11-30"),
        ("Turnout on Election Day was the lowest in decades.", "Election Day", "2022-11-08"),
        ("Both parties will spend heavily before Election Day.", "Election Day", "2023-11-07"),
    ],
)
def test_holidays_counted_from_a_day_of_the_month(body, expression, value):
    assert value_of(body, date(2023, 2, 10), expression) == value


def test_black_friday_is_no_weekday():
    found = tag_body("Retailers slashed prices on Black Friday.", date(2023, 12, 1))
    assert "Friday" not in found
    assert found["Black Friday"].value == "2023-11-24"


def test_year_s_end():
    body = "The plant should reopen by year's end."
    assert value_of(body, date(2021, 5, 3), "year's end") == "2021"


def test_a_holiday_named_as_a_day_needs_no_cue_word():
    body = "Both campaigns will spend heavily from now to Election Day."
    assert value_of(body, date(2022, 10, 3), "Election Day") == "2022-11-08"


def test_a_rate_before_on_is_no_offset():
    found = tag_body("The carrier adds 900 seats a week on the route.", date(2022, 3, 14))
    assert all(x.date is None for x in found.values())
    later = tag_body("The floods hit on May 2. A week on, roads stay shut.", date(2022, 6, 1))
    assert later["A week on"].value == "2022-05-09"


def test_now_comma_opening_a_sentence_is_a_discourse_marker():
    body = "The mill closed in 1990. Now, the town hopes for tourists. Prices are now falling."
    found = tag_body(body, date(2022, 3, 14))
    assert "Now" not in found
    assert found["now"].value == "PRESENT_REF"


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("The banks have extended the credit line through February.", "2022-02"),  # ahead
        ("Exports have climbed steadily through September.", "2021-09"),  # up to now
        ("The strike dragged on through February.", "2021-02"),  # simple past: behind
    ],
)
def test_a_month_ending_a_stretch(body, value):
    month = body.split("through ")[1].rstrip(".")
    assert value_of(body, date(2021, 10, 28), month) == value


@pytest.mark.parametrize(
    ("body", "expression", "value"),
    [
        ("Donors courted the 2024 hopefuls at a ranch.", "2024", "2024"),
        ("Turnout in the 2010 elections was low.", "2010", "2010"),
        ("Republicans lost the House in the 2006 midterms.", "2006 midterms", "2006-11-07"),
        (
            "The 2014 midterm elections gave the Senate away.",
            "2014 midterm elections",
            "2014-11-04",
        ),
    ],
)
def test_a_year_before_the_plural_of_a_contest(body, expression, value):
    assert value_of(body, date(2019, 5, 2), expression) == value


def test_a_year_before_a_plural_count_is_still_a_count():
    assert "1800" not in tag_body("The 1800 workers went on strike.", date(2019, 5, 2))


def test_a_title_case_week_in_a_sentence_names_a_show():
    body = 'The senator told CBS\'s "Next Week Tonight" that he would run. This Week, he filed.'
    found = tag_body(body, date(2019, 5, 2))
    assert "Next Week" not in found
    assert found["This Week"].value == "2019-W18"


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("Her parents met at a dance hall in the 60s.", "196"),
        ("The band toured Europe in the late 90s.", "199"),
    ],
)
def test_a_bare_decade_after_the(body, value):
    found = [x for x in tag_body(body, date(2019, 5, 2)).values() if x.kind == "decade"]
    assert [x.value for x in found] == [value]


@pytest.mark.parametrize(
    "body",
    [
        "Afternoon highs should stay in the 70s through Friday.",
        "His approval ratings sank into the 30s.",
    ],
)
def test_a_bare_decade_of_a_measure_is_no_decade(body):
    assert not [x for x in tag_body(body, date(2019, 5, 2)).values() if x.kind == "decade"]


@pytest.mark.parametrize("attribution", ["said the dean", "the dean said"])
def test_a_quote_with_its_own_attribution_keeps_its_day(attribution):
    """'"... today," said the dean.' is the dean's words of the day told (here publication),
    not those of a statement a later sentence dates."""
    body = (
        f'"We are proud to host you today," {attribution}. '
        "When the college announced March 3 that she would speak, students protested."
    )
    found = tag_body(body, date(2022, 3, 12))
    assert found["today"].value == "2022-03-12"
    assert found["March 3"].value == "2022-03-03"


@pytest.mark.parametrize(
    ("body", "expression", "value"),
    [
        (
            "By June 30, 2018, the agency had 410 inspectors, against 455 at the same point in 2017.",
            "the same point in 2017",
            "2017-06-30",
        ),
        ("Sales in April fell from the same month of 2016.", "the same month of 2016", "2016-04"),
        ("Fares rose at the same time in 2014.", "the same time in 2014", "2014"),
    ],
)
def test_the_same_point_in_a_year_written(body, expression, value):
    assert value_of(body, date(2018, 8, 1), expression) == value


def test_four_digits_before_a_time_zone_are_a_clock_time():
    body = "The hearing is set for 3 p.m. (1900 GMT) on Friday."
    found = tag_body(body, date(2018, 8, 1))
    assert not [x for x in found.values() if x.value.startswith("1900")]
    assert found["Friday"].value == "2018-08-03"
