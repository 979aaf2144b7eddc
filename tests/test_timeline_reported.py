"""Results stories: 'a year ago' and 'the quarter' lean on the quarter the story reports, while a
plain 'a year ago' in a narrative keeps its point in time (our own sentences)."""

from __future__ import annotations

from datetime import date

from tests.timexes import tag_body

FRIDAY = date(2019, 11, 15)


def timexes(body: str, published: date = FRIDAY) -> dict:
    return tag_body(body, published)


def test_a_year_ago_in_a_quarters_results_is_that_quarter_a_year_before():
    found = timexes(
        "The brewer earned $41 million in the third quarter. Sales climbed 6% to $900 million "
        "from $850 million a year ago."
    )
    assert found["a year ago"].value == "2018-Q3"
    assert found["a year ago"].date == date(2018, 7, 1)


def test_a_year_earlier_in_the_same_sentence_as_the_quarter():
    found = timexes(
        "In the second quarter the chain lost $8 million, against $2 million a year earlier."
    )
    assert found["a year earlier"].value == "2018-Q2"


def test_a_year_ago_in_a_story_without_figures_keeps_its_day():
    found = timexes(
        "The mill made its last delivery in the third quarter. A year ago, it hired a chef."
    )
    assert found["A year ago"].value != "2018-Q3"
    assert found["A year ago"].date.year == 2018


def test_the_quarter_is_the_one_just_named():
    found = timexes("The lender's profit fell in the first quarter. Loans in the quarter grew 3%.")
    assert found["the quarter"].value == "2019-Q1"


def test_the_quarter_with_none_named_is_an_unknown_quarter():
    found = timexes("Loans in the quarter grew 3%, the bank said.")
    assert found["the quarter"].value == "2019-QX"
    assert found["the quarter"].date is None


def test_a_comparison_reaches_back_to_the_quarter_of_the_lead():
    found = timexes(
        "The insurer lost $5 million in the fourth quarter. Its chairman resigned. Two plants "
        "closed. Claims rose. Staff were cut. Premiums were $80 million, down from $95 million a "
        "year earlier. Policies in the quarter fell."
    )
    assert found["a year earlier"].value == "2018-Q4"
    assert found["the quarter"].value == "2019-Q4"
