"""Figure measures of round 15, on sentences written for these tests (never copied from an
evaluation text): the measure comes from the figure's own words and the verb that sets it (a
multiple's comparison, the object a verb sets to an amount, the raising a list of amounts in
brackets shares), and never from a name or a date that only says whose or when.
"""

from __future__ import annotations

import pytest

from tests.test_figures import one


@pytest.mark.parametrize(
    ("body", "value_text", "measure"),
    [
        # a multiple measures the quality its comparison names, not the thing compared
        (
            "Engineers said the new reactor is 400 times more efficient than the old one.",
            "400",
            "more efficient",
        ),
        ("Smokers are three times more likely to develop the disease.", "three", "more likely"),
        ("The new stadium holds five times the crowd of the old ground.", "five", "crowd"),
    ],
)
def test_a_multiple_measures_its_comparison(body, value_text, measure):
    assert one(body, value_text)["measure"] == measure


def test_a_multiple_of_mere_size_keeps_what_it_had():
    row = one("Rents in the city are four times higher than a decade ago.", "four")
    assert row["unit"] == "times" and row["measure"] != "higher"


@pytest.mark.parametrize(
    ("body", "value_text"),
    [
        # what a person or a household makes is income
        ("Families making under $40,000 a year would pay no tax at all.", "$40,000"),
        ("Students whose parents earn less than $60,000 get free tuition.", "$60,000"),
    ],
)
def test_money_people_make_is_income(body, value_text):
    assert one(body, value_text)["measure"] == "income"


@pytest.mark.parametrize(
    ("body", "value_text", "word"),
    [
        # the object a verb sets to an amount, not the verb's subject or a verb further out
        ("The measure would lift the minimum wage to $14 an hour by 2024.", "$14", "minimum wage"),
        ("The legal fees drained her savings account to $2,000.", "$2,000", "savings account"),
        (
            "The council trimmed the library budget to $1.2 million.",
            "$1.2 million",
            "library budget",
        ),
    ],
)
def test_an_object_set_to_an_amount_is_the_measure(body, value_text, word):
    assert one(body, value_text)["measure"] == word


@pytest.mark.parametrize(
    ("body", "values"),
    [
        # a list of amounts in brackets after the names that raised them
        (
            "Her total trailed the sums raised by Harris ($11.8 million), Booker ($4.5 million)"
            " and Klobuchar ($3.9 million).",
            ["$11.8 million", "$4.5 million", "$3.9 million"],
        ),
        # a gapped clause: the later amounts share the first one's verb
        (
            "Lopez raised $7.2 million, Chen $6.1 million and Okafor $2.4 million in June.",
            ["$7.2 million", "$6.1 million", "$2.4 million"],
        ),
    ],
)
def test_amounts_sharing_a_raising_verb_are_money_raised(body, values):
    assert [one(body, v)["measure"] for v in values] == ["money raised"] * len(values)


@pytest.mark.parametrize(
    ("body", "value_text", "name"),
    [
        # a gapped clause parsed with the name as the amount's verb or owner
        (
            "Ramirez spent $40,000 on ads, Dubois $31,000 and Kowalczyk $12,500.",
            "$12,500",
            "owalczyk",
        ),
        (
            "Ortega raised $3.1 million, Brandt $2.2 million and Lindqvist $900,000.",
            "$900,000",
            "indqvist",
        ),
        ("Sales reached $8 million in fiscal 2018, the filing shows.", "$8 million", "2018"),
    ],
)
def test_a_name_or_a_date_is_never_the_measure(body, value_text, name):
    assert name not in one(body, value_text)["measure"]


def test_a_number_with_thousands_separators_after_a_name_is_a_count():
    body = "Ramirez won 40,000 votes, Dubois 31,000 and Kowalczyk 12,500 in the county."
    for value_text in ("31,000", "12,500"):
        assert one(body, value_text)["unit"] == "votes"


def test_a_model_number_after_a_name_stays_no_figure():
    from tests.test_figures import figures_in

    assert not [
        f for f in figures_in("The Boeing 737 landed safely in Denver.") if f["value"] == 737
    ]
