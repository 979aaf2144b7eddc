"""Figure measures, round 4: constructions of British business and politics reporting.

Each test is one class of wording, on sentences written for these tests; the measure should be
what a reader would write for the number: the thing counted or measured, not a verb, a change
word, a stray nearby noun or a company's name.
"""

from __future__ import annotations

import pytest

from tests.test_figures import one


@pytest.mark.parametrize(
    ("body", "value_text", "measure"),
    [
        ("The group said revenues grew 6.4% to £3.2bn last year.", "6.4%", "revenue"),
        ("Factory output grew 2.1% in the year to June.", "2.1%", "factory output"),
        ("Its sales expanded by 3% in the spring.", "3%", "sales"),
        ("The economy grew by 1.5% in the last quarter.", "1.5%", "growth"),
    ],
)
def test_grow_gives_way_to_what_grew(body, value_text, measure):
    assert one(body, value_text)["measure"] == measure


@pytest.mark.parametrize(
    ("body", "value_text", "measure"),
    [
        ("The airline blamed rising fuel bills for a 30% drop in profits.", "30%", "profits"),
        ("A cold spring caused a 5% fall in output at the brewery.", "5%", "output"),
        ("Traders expect a 2% rise in sales to lift the shares.", "2%", "sales"),
    ],
)
def test_a_change_noun_names_what_changed_after_in(body, value_text, measure):
    """'a 30% drop in profits': not the cause or the verb's object further up."""
    assert one(body, value_text)["measure"] == measure


def test_another_amount_is_no_word_of_the_measure():
    body = "Its $12m profit for the year was dwarfed by the $310m made by its rival."
    assert one(body, "$12m")["measure"] == "profit"
    assert one(body, "$310m")["measure"] == "profit"


@pytest.mark.parametrize(
    ("body", "value_text", "measure"),
    [
        ("The insurer revealed a 3bn-euro hole in its pension fund.", "3bn", "hole"),
        ("The club paid a 900-dollar bonus to every player.", "900", "bonus"),
    ],
)
def test_a_currency_word_glued_to_the_number_is_the_unit(body, value_text, measure):
    """'a 3bn-euro hole': the money is of the hole, not 'euros'."""
    row = one(body, value_text)
    assert row["measure"] == measure
    assert row["unit"] in ("euros", "dollars")


def test_a_change_in_a_month_says_when_not_what():
    body = "Car sales fell by 2% in March, after a 0.8% rise in February."
    assert one(body, "0.8%")["measure"] == "car sales"


def test_a_record_high_is_measured_by_what_hit_it():
    body = "The gap between imports and exports hit an all-time high of £40bn last year."
    assert one(body, "£40bn")["measure"] == "gap"


def test_a_price_that_gained_to_a_level_made_no_profit():
    body = "Heating oil gained 12 cents to $2.10 a gallon in New York."
    assert one(body, "$2.10")["measure"] == "heating oil"
    assert one("The bank gained $90m last year.", "$90m")["measure"] == "profit"


@pytest.mark.parametrize(
    ("body", "value_text", "measure"),
    [
        ("Ministers kept a 3% target for next year.", "3%", "target"),
        ("The shop offers a 15% discount to nurses.", "15%", "discount"),
    ],
)
def test_a_percentage_names_the_noun_it_describes(body, value_text, measure):
    assert one(body, value_text)["measure"] == measure


@pytest.mark.parametrize(
    ("body", "value_text"),
    [
        ("Orbex, a 25% shareholder in the carmaker, said nothing.", "25%"),
        ("The bank now owns 9% of the insurer.", "9%"),
    ],
)
def test_a_percentage_owned_is_a_stake(body, value_text):
    assert one(body, value_text)["measure"] == "stake"


def test_every_conversion_in_a_bracket_keeps_the_measure():
    body = "The group reported annual sales of $40bn (£21bn; 30bn euros) on Monday."
    for value_text in ("$40bn", "£21bn", "30bn"):
        assert one(body, value_text)["measure"] == "annual sales"


def test_a_count_of_a_whole_inside_of_names_the_whole():
    body = "Critics said the shredding of thousands of council files was a scandal."
    assert one(body, "thousands")["measure"] == "council files"


def test_a_bare_participle_clause_speaks_of_the_main_subject():
    body = "The firm's revenue doubled in the year, exceeding £40m for the first time."
    assert one(body, "£40m")["measure"] == "revenue"


def test_an_amount_compared_with_takes_the_measure_compared():
    body = "The brewer made a profit of £31m ($58m) compared with £44m a year earlier."
    assert one(body, "£44m")["measure"] == one(body, "£31m")["measure"]
    assert "profit" in one(body, "£44m")["measure"]


@pytest.mark.parametrize(
    ("body", "value_text", "measure"),
    [
        ("The chain reported a pre-tax profit of £12m for the half.", "£12m", "pre-tax profit"),
        ("The insurer made an operating profit of £8m.", "£8m", "operating profit"),
    ],
)
def test_words_that_say_which_kind_stay_in_the_measure(body, value_text, measure):
    assert one(body, value_text)["measure"] == measure


def test_a_share_restated_between_dashes_keeps_the_measure():
    body = "More than two thirds - 68% - of the 2,000 adults polled said they had moved house."
    assert one(body, "68%")["measure"] == one(body, "two thirds")["measure"]
    assert one(body, "68%")["measure"] == "moved house"  # what they said (round 17)


@pytest.mark.parametrize(
    ("body", "value_text", "measure"),
    [
        ("Of the 2,000 adults polled, most had moved house.", "2,000", "adults polled"),
        ("The 500 shoppers questioned were split.", "500", "shoppers questioned"),
    ],
)
def test_a_survey_sample_is_who_was_asked(body, value_text, measure):
    assert one(body, value_text)["measure"] == measure


def test_bodies_are_dead_only_in_a_story_of_deaths():
    assert one("The rules bind about 300 public bodies.", "300")["measure"] != "killed"
    assert (
        one("Divers recovered 14 bodies after the ferry sank in the storm and many drowned.", "14")[
            "measure"
        ]
        == "killed"
    )


def test_millions_ending_a_sentence_end_it():
    """'£50m.' closing a sentence: the next sentence's words are no part of the measure."""
    body = "The scheme ran for a year at a cost of £80m. Chief executive Jo Bell was paid a bonus."
    assert one(body, "£80m")["measure"] == "cost"


def test_the_scale_of_an_amount_is_no_measure():
    body = "Some £9m went on building the new website."
    assert one(body, "£9m")["measure"] != "m"


def test_the_equivalent_of_a_count_counts_the_count():
    body = "This is the equivalent of 300 nurses back on the wards."
    assert one(body, "300")["measure"] != "equivalent"


def test_a_price_after_up_or_down_at_is_the_share_price():
    body = "Shares in Orbex were up 2.5% at 210 pence in early trade."
    assert one(body, "210")["measure"] == "share price"


def test_month_on_month_says_when_not_what():
    body = "Stocks held by shops fell 0.4% month on month in May."
    assert one(body, "0.4%")["measure"] != "month"


@pytest.mark.parametrize(
    "body",
    ["The brewer expects 2006 sales to rise.", "The firm must restate its 2002 results."],
)
def test_a_year_dating_a_noun_is_no_figure(body):
    from tests.test_figures import figures_in

    assert not [f for f in figures_in(body) if f["value"] in (2006, 2002)]


def test_a_number_of_mines_is_no_depth():
    body = "The group runs 12 deep and open-cast mines in the north."
    assert one(body, "12")["measure"] != "depth"


@pytest.mark.parametrize(
    ("body", "value_text", "measure"),
    [
        ("Markets slid, with the Dax down 2% by midday.", "2%", "Dax"),
        (
            "Trade was flat, with retail sales up only 0.3% in May.",
            "0.3%",
            "retail sales",
        ),
    ],
)
def test_with_a_noun_up_or_down_measures_the_noun(body, value_text, measure):
    assert one(body, value_text)["measure"] == measure


def test_a_company_that_moved_in_a_market_story_is_its_shares():
    body = "Bank shares closed mixed, with Norvik falling 3% and Halden showing gains of 2.5%."
    assert one(body, "3%")["measure"] == "Norvik shares"
    assert one(body, "2.5%")["measure"] == "Halden shares"
    assert one("The Nasdaq fell 2% as shares slid.", "2%")["measure"] == "Nasdaq"


@pytest.mark.parametrize(
    ("body", "value_text"),
    [
        ("Part-time nurses earn 12% less than their colleagues.", "12%"),
        ("The councillor earns up to £20,000 a year from consultancy.", "£20,000"),
    ],
)
def test_what_people_earn_is_their_income(body, value_text):
    assert one(body, value_text)["measure"] == "income"
    assert one("The bank earned $90m in the quarter.", "$90m")["measure"] == "profit"


def test_a_complement_clause_is_no_described_noun():
    body = "The rise was masked by the fact that exports have also fallen, by 6%."
    assert one(body, "6%")["measure"] == "exports"


def test_a_scaled_count_names_what_it_counts():
    assert one("Unions representing 2.5m workers met.", "2.5m")["measure"] == "workers"


def test_a_scaled_count_of_things_made_is_no_profit():
    body = "The group makes 90 million handsets a year."
    assert one(body, "90 million")["measure"] == "handsets"
    assert one("The maker made $90 million last year.", "$90 million")["measure"] == "profit"


def test_a_fraction_of_a_point_is_a_change_in_points():
    body = "The bank raised interest rates by a quarter of a point on Thursday."
    row = one(body, "a quarter")
    assert row["measure"].startswith("interest rate")
    assert row["unit"] == "points"
    assert row["change"] == "increase"


def test_an_estimate_keeps_what_it_estimates():
    body = "The agency raised its estimate of global oil demand by 90,000 barrels a day."
    assert one(body, "90,000")["measure"].startswith("estimate of")


def test_a_share_of_voters_is_no_share_price():
    body = "The share of voters backing the Greens rose from 8% to 11%."
    assert one(body, "8%")["measure"] == "share of voters"


def test_people_left_homeless_are_counted_by_the_state_they_were_left_in():
    body = "Thousands of families were left homeless by the storm."
    assert one(body, "Thousands")["measure"] == "displaced"


def test_a_lead_that_fell_is_the_lead():
    body = "The Greens' lead fell to four points in the latest poll."
    assert "lead" in one(body, "four")["measure"]


def test_an_amount_paid_for_something_is_its_price():
    body = "The council paid £4m for the old depot."
    assert one(body, "£4m")["measure"] == "price paid for the old depot"
