"""Round 12 figure rules: numbers US stories state that the finder missed or misread, and
numbers that are no figure.

Each test is the construction in new words, not a sentence of a dev set: a multiple ("N times
more than"), a poll's two percentages joined by a hyphen, a fraction of a point, a vague amount
said twice, "trillions", a list item number or a rank sign, a decimal broken by a space, and how
often something was done before "including".
"""

from __future__ import annotations

import pytest

from lib.facts.figures import find_figures
from tests.contexts import ctx_for


def figures_in(body: str) -> list[dict]:
    return find_figures(ctx_for(body))


def texts(body: str) -> list[str]:
    return [f["value_text"] for f in figures_in(body)]


def one(body: str, value_text: str) -> dict:
    found = [f for f in figures_in(body) if f["value_text"] == value_text]
    assert len(found) == 1, (value_text, texts(body))
    return found[0]


# --- a multiple is a figure -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "value_text", "value"),
    [
        ("Top bankers now earn 250 times more than their tellers, the union said.", "250", 250),
        ("The new reservoir holds eight times the water of the old one.", "eight", 8),
        ("Imports grew 12 times faster than exports last year.", "12", 12),
        ("Landlords charge 40 times as much as the city does.", "40", 40),
    ],
)
def test_a_multiple_is_a_figure_in_times(body, value_text, value):
    row = one(body, value_text)
    assert (row["value"], row["unit"]) == (value, "times")
    assert row["measure"] and not row["measure"].startswith("times ")


def test_a_range_of_multiples_is_one_figure():
    row = one("Firms paying chiefs between 20 and 60 times as much as staff pay more.", "20 and 60")
    assert (row["value"], row["unit"], row["change"]) == (20, "times", "range")


@pytest.mark.parametrize(
    "body",
    ["The hall was twice as large.", "He tried three times, she said."],
)
def test_no_multiple_without_a_comparison(body):
    assert all(f["unit"] != "times" or f["measure"] != "multiple" for f in figures_in(body))


# --- two percentages joined by a hyphen: a poll's two sides ------------------------------------


@pytest.mark.parametrize(
    ("body", "first", "second"),
    [
        ("By 52%-41%, voters back the new transit tax.", "52%", "41%"),
        ("The mayor leads her rival 47%–39% in the latest survey.", "47%", "39%"),
    ],
)
def test_a_pair_of_percentages_is_two_figures(body, first, second):
    assert texts(body) == [first, second]
    assert {f["unit"] for f in figures_in(body)} == {"percent"}


def test_a_rising_percentage_range_stays_one_figure():
    row = one("Analysts expect growth of 2%-3% next year.", "2%-3%")
    assert (row["value"], row["change"]) == (2, "range")


# --- a fraction of a point --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "unit"),
    [
        ("The surcharge would start at half a percentage point for large firms.", "percentage points"),
        ("Her lead shrank to half a point after the debate.", "points"),
    ],
)  # fmt: skip
def test_half_a_point_is_a_number_of_points(body, unit):
    row = one(body, "half")
    assert (row["value"], row["unit"]) == (0.5, unit)


# --- a vague amount said twice ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "value_text", "value"),
    [
        ("Donors gave thousands and thousands of dollars to the shelter.", "thousands", 1000),
        ("The group spent hundreds and hundreds of thousands of dollars on ads.",
         "hundreds of thousands", 100000),
    ],
)  # fmt: skip
def test_a_vague_amount_said_twice_is_one_figure(body, value_text, value):
    assert texts(body) == [value_text]
    assert one(body, value_text)["value"] == value


def test_trillions_is_a_vague_amount_with_its_measure():
    row = one("Critics say the bill will add trillions to the national debt.", "trillions")
    assert (row["value"], row["qualifier"]) == (10**12, "at least")
    assert "debt" in row["measure"]


# --- list items and ranks are no figures ------------------------------------------------------


def test_numbered_items_run_into_a_paragraph_are_no_figures():
    body = (
        "Here is what you can do. 1. Call your senator today. 2. Give what you can. "
        "Organisers said 300 people called."
    )
    assert texts(body) == ["300"]


def test_a_number_after_a_rank_sign_is_no_figure():
    assert texts("The clip was the #2 video on the site, with 40,000 views.") == ["40,000"]


def test_a_number_ending_a_sentence_is_still_a_figure():
    assert "4" in texts("The unemployment rate fell to 4. Economists were surprised.")


# --- a decimal broken by a space in scraped copy ----------------------------------------------


def test_a_decimal_broken_by_a_space_is_one_amount():
    row = one("The final cost of the audit: $12. 4 million, the agency said.", "$12. 4 million")
    assert row["value"] == pytest.approx(12_400_000)
    assert len(figures_in("The final cost of the audit: $12. 4 million, the agency said.")) == 1


# --- how often, before "including" ------------------------------------------------------------


def test_how_often_is_measured_on_the_verb_not_on_including():
    row = one("She visited the plant twice including once in March.", "twice")
    assert row["unit"] == "times" and "visited" in row["measure"]
    assert "including" not in row["measure"]


# --- a one-point change, one and a half times -------------------------------------------------


def test_one_percentage_point_is_a_number_of_points():
    row = one(
        "Economists say a one percentage point rise in the levy raises $4 billion.",
        "one percentage point",
    )
    assert (row["value"], row["unit"]) == (1, "percentage points")


def test_one_and_a_half_times_is_a_multiple():
    row = one("Fees may grow at most one and a half times the pace of wages.", "one and a half")
    assert (row["value"], row["unit"]) == (1.5, "times")


def test_money_in_a_currency_of_a_form_is_measured_by_the_form():
    row = one("The floods caused millions in dollars of repair costs, the county said.", "millions")
    assert row["measure"] == "dollars of repair costs"


def test_a_share_after_from_keeps_its_own_whole():
    body = (
        "The mayor's 58%-30% lead in the survey came largely from 70% of older voters, "
        "pollsters said."
    )
    assert [f["value_text"] for f in figures_in(body)] == ["58%", "30%", "70%"]
    assert "older voters" in one(body, "70%")["measure"]


def test_percentages_joined_by_and_keep_their_own_wholes():
    row = one("In the poll 31 percent (and 45 percent of farmers) said prices were too high.",
              "31 percent")  # fmt: skip
    assert "farmers" not in row["measure"]
