"""Figures of round 16, on sentences written for these tests (never copied from an evaluation
text): what is written once for two numbers said together (a range or a change: the scale word,
the percent sign, the currency) belongs to both; an order the two ends cannot share (a year, a
number ten times the other's) shares nothing.
"""

from __future__ import annotations

import pytest

from tests.test_figures import figures_in, one


@pytest.mark.parametrize(
    ("body", "value_text", "value"),
    [
        ("The levy rises to 4 percent on fortunes from $20 to $90 million.", "$20", 20e6),
        ("Officials put the bill at $3-7 billion.", "$3-7 billion", 3e9),
        ("Estimates put the damage between 4 and 6 billion dollars.", "4 and 6 billion", 4e9),
        ("The town's population climbed from 2 to 3 million in a decade.", "2", 2e6),
        ("Ticket sales dropped from 14 to 9 million last season.", "14", 14e6),
        ("Between three and five million viewers tuned in.", "three and five million", 3e6),
        ("The charity expects two or three thousand volunteers.", "two", 2000),
        ("The fund grew from $4 to 6 billion.", "$4", 4e9),
    ],
)
def test_a_scale_written_once_belongs_to_both_numbers(body, value_text, value):
    assert one(body, value_text)["value"] == value


def test_the_second_number_takes_the_currency_written_before_the_first():
    row = one("The fund grew from $4 to 6 billion.", "6 billion")
    assert row["unit"] == "dollars" and row["value"] == 6e9


@pytest.mark.parametrize(
    ("body", "value_text"),
    [
        ("Turnout among young voters fell from 48 to 39 percent.", "48"),
        ("Inflation could fall from 6 to 2 percent by spring.", "6"),
    ],
)
def test_a_percent_sign_written_once_belongs_to_both_numbers(body, value_text):
    assert one(body, value_text)["unit"] == "percent"


@pytest.mark.parametrize(
    ("body", "value_text", "value"),
    [
        # the first end is no number in the second's scale: it is ten times or more the other
        ("The waiting list shrank from 900 to 1.3 million.", "900", 900),
        # a year before an amount is when, never its first end
        ("The shortfall widened in 2017 to $40 billion.", "$40 billion", 40e9),
        # a number with its own scale keeps it
        ("Sales rose from 900,000 to 1.3 million.", "900,000", 900_000),
    ],
)
def test_ends_of_another_order_share_nothing(body, value_text, value):
    assert one(body, value_text)["value"] == value


def test_a_year_is_never_the_first_end_of_a_range():
    values = [f["value"] for f in figures_in("The shortfall widened in 2017 to $40 billion.")]
    assert 2017 not in values and 2017e9 not in values


def test_a_range_whose_ends_share_the_sign_stays_one_figure():
    row = one("Officials think 60 to 70 percent of the ballots were counted.", "60 to 70 percent")
    assert row["value"] == 60 and row["change"] == "range"


def test_a_day_of_a_month_shares_nothing_with_the_next_number():
    rows = figures_in("Approval climbed from 38 percent on May 9 to 44 percent.")
    assert [(f["value"], f["unit"]) for f in rows] == [(38, "percent"), (44, "percent")]


@pytest.mark.parametrize(
    ("body", "value_text", "word"),
    [
        # a word the tokenizer cut at its hyphens is named whole, as unit or measure
        ("Hundreds of asylum-seekers waited at the crossing.", "Hundreds", "asylum-seekers"),
        ("She said 80 to 85 percent of her e-mails were saved.", "80 to 85 percent", "e-mails"),
        ("Dozens of cease-fires have collapsed since June.", "Dozens", "cease-fires"),
    ],
)
def test_a_hyphened_word_is_named_whole(body, value_text, word):
    row = one(body, value_text)
    assert word in f"{row['unit']} {row['measure']}".split()


@pytest.mark.parametrize(
    ("body", "value_text", "measure"),
    [
        # an amount after "above", "over", "in excess of" right behind a noun is its threshold
        ("A new levy falls on fortunes above $30 million.", "$30 million", "fortunes"),
        ("Heirs would owe a levy on estates over $5 million.", "$5 million", "estates"),
        (
            "Couples with savings in excess of $2 million pay more.",
            "$2 million",
            "savings",
        ),  # fmt: skip
        ("The bank wants inflation below 2 percent.", "2 percent", "inflation"),
    ],
)
def test_an_amount_after_a_word_of_comparison_is_its_nouns_threshold(body, value_text, measure):
    assert one(body, value_text)["measure"] == measure


@pytest.mark.parametrize(
    ("body", "value_text"),
    [
        # a unit or a date before the word names nothing
        ("Donors gave ten cents on each dollar above $400.", "$400"),
        ("The index stayed in 2019 above 3 percent.", "3 percent"),
    ],
)
def test_a_unit_or_a_date_before_the_word_is_no_threshold(body, value_text):
    assert one(body, value_text)["measure"] not in ("dollar", "2019")


@pytest.mark.parametrize(
    ("body", "value_text", "measure"),
    [
        # a spelled-out percent is one figure with its sign, like "2 percent"
        ("The council approved a five percent levy on hotel rooms.", "five percent", "levy"),
        ("Forty percent of the nurses earn less than that.", "Forty percent", "nurses"),
    ],
)
def test_a_spelled_out_percent_is_read_like_digits(body, value_text, measure):
    row = one(body, value_text)
    assert row["unit"] == "percent" and row["measure"] == measure


def test_two_amounts_each_with_its_sign_stay_a_change():
    rows = figures_in("She would raise the minimum wage from the current $7.25 to $12.")
    assert [f["value_text"] for f in rows] == ["$7.25", "$12"]


@pytest.mark.parametrize(
    ("body", "value_text", "measure"),
    [
        # money with where it comes from, read off the words after it
        (
            "Some $400 million would come from grants in rural states.",
            "$400 million",
            "from grants in rural states",
        ),  # fmt: skip
        ("The city will get $90 million from parking fees.", "$90 million", "from parking fees"),
        ("She earned $2 million from book sales last year.", "$2 million", "from book sales"),
    ],
)
def test_money_is_named_by_where_it_comes_from(body, value_text, measure):
    assert one(body, value_text)["measure"].endswith(measure)


@pytest.mark.parametrize(
    ("body", "value_text"),
    [
        # a number, a date or a name after "from" is no kind of money
        ("Tuition rose to $9,000 from $7,500.", "$9,000"),
        ("The senator got $40,000 from Goldman Sachs.", "$40,000"),
    ],
)
def test_a_number_or_a_name_after_from_is_no_source(body, value_text):
    assert "from" not in one(body, value_text)["measure"]


def test_a_change_word_before_which_money_is_set_is_no_measure():
    row = one("Critics say $3 billion reductions would gut the agency.", "$3 billion")
    assert row["measure"] != "reductions"


def test_a_possessive_mark_is_no_measure():
    body = "It’s almost the $20 million per month over the old contract that is said to pay for it."
    row = one(body, "$20 million")
    assert row["measure"] not in ("’s", "'s")


def test_a_spelled_out_range_with_its_sign_after_the_is_a_figure():
    body = "The bounce beat the two to three percentage points he enjoyed in spring."
    row = one(body, "two to three percentage points")
    assert (row["value"], row["unit"]) == (2, "percentage points")


def test_money_raised_is_named_with_its_source():
    row = one("The group raised $4 million from a charity auction in May.", "$4 million")
    assert row["measure"] == "money raised from charity auction"
