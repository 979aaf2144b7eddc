"""Figure measures by construction class, on sentences written for these tests.

Each test is one class of wording a general news story uses to say what a number counts; the
measure should name it in the article's own words (the words a reader, or an annotator writing
keywords, would look for), never a change word or a verb standing in for the thing.
"""

from __future__ import annotations

import pytest

from lib.facts.extract import measure_category
from tests.test_figures import one


@pytest.mark.parametrize(
    ("body", "value_text", "measure"),
    [
        ("The death toll from the floods climbed to 63.", "63", "death toll"),
        ("Nurses' wages rose by 4% last year.", "4%", "nurses' wages"),
        ("The lender received a £5bn bailout from the state.", "£5bn", "bailout"),
        ("The court awarded £30,000 in damages to the family.", "£30,000", "damages"),
        ("Earnings at the brewer climbed 12% to £800m.", "£800m", "earnings"),
        ("Turnover reached £1.2bn in the year to March.", "£1.2bn", "turnover"),
        ("A fee of £9,250 a year is charged by most colleges.", "£9,250", "fee"),
    ],
)
def test_a_cue_noun_is_the_measure_in_the_article_words(body, value_text, measure):
    assert one(body, value_text)["measure"] == measure


def test_a_verb_cue_or_the_counted_noun_keeps_the_measure_name():
    assert one("At least 12 people were killed in the blast.", "12")["measure"] == "killed"
    assert one("Officers detained 14 suspects at dawn.", "14")["measure"] == "detained"


def test_a_measure_in_the_article_words_keeps_its_category():
    assert measure_category("death toll") == "casualties"
    assert measure_category("fatalities") == "casualties"
    assert measure_category("wages") == "economy"
    assert measure_category("no such thing") == ""


@pytest.mark.parametrize(
    ("body", "value_text", "measure"),
    [
        (
            "The number of patients waiting for surgery reached 7.6 million.",
            "7.6 million",
            "patients waiting for surgery",
        ),
        ("The total number of deaths has risen to 212.", "212", "deaths"),
        ("The proportion of adults who smoke fell to 13%.", "13%", "adults who smoke"),
        ("The amount of plastic sent abroad fell by 9%.", "9%", "plastic sent abroad"),
        ("The rate of inflation is now 2.4%.", "2.4%", "inflation"),
        ("The value of the rouble fell by 2% against the euro.", "2%", "value of the rouble"),
        ("The cost of the new bridge is £1.3bn.", "£1.3bn", "cost of the new bridge"),
        ("Shares of the Orbex group fell 8% on Monday.", "8%", "shares of the Orbex group"),
    ],
)
def test_a_noun_of_how_much_gives_way_to_what_follows_of(body, value_text, measure):
    assert one(body, value_text)["measure"] == measure


def test_pence_glued_to_the_number_are_money():
    row = one("Bus fares will go up by 15p next month.", "15p")
    assert (row["value"], row["unit"]) == (15, "pence")
    assert one("Stock in the miner ended at 312p.", "312p")["unit"] == "pence"


def test_a_time_written_with_dots_is_no_pence():
    from tests.test_figures import figures_in

    assert figures_in("The vote closes at 10p.m. on Thursday.") == []


@pytest.mark.parametrize(
    ("body", "value_text", "measure", "unit"),
    [
        ("The 26-strong squad left for the tournament.", "26", "squad size", "people"),
        ("A nine-man panel will hear the appeal.", "nine", "panel size", "people"),
        ("The 11-member board met on Friday.", "11", "board size", "members"),
        ("The 19-nation bloc backed the plan.", "19", "bloc size", "countries"),
    ],
)
def test_a_group_glued_to_its_size_names_the_group(body, value_text, measure, unit):
    row = one(body, value_text)
    assert (row["measure"], row["unit"]) == (measure, unit)


@pytest.mark.parametrize(
    ("body", "sides"),
    [
        ("Rovers 2-3 Albion", ["2", "3"]),
        ("United edged a 4-3 win at the weekend.", ["4", "3"]),
        ("The hosts raced 17-3 ahead before the break.", ["17", "3"]),
        ("The sides were level at 24-24 at half-time.", ["24", "24"]),
    ],
)
def test_a_score_is_two_figures_measured_as_the_score(body, sides):
    from tests.test_figures import figures_in

    found = figures_in(body)
    assert [f["value_text"] for f in found] == sides
    assert {f["measure"] for f in found} == {"score"}


def test_a_tally_of_votes_is_two_counts_of_votes():
    from tests.test_figures import figures_in

    found = figures_in("The council vote went 7-2 against the plan.")
    assert [(f["value"], f["measure"]) for f in found] == [(7, "votes"), (2, "votes")]


def test_a_range_of_people_is_no_score():
    from tests.test_figures import figures_in

    assert [f["value_text"] for f in figures_in("Some 30-40 staff were moved.")] == ["30-40"]


def test_a_capitalised_number_in_a_name_is_no_figure():
    from tests.test_figures import figures_in

    found = figures_in("Wales won this year's Six Nations and four of their five games.")
    assert "Six" not in [f["value_text"] for f in found]


@pytest.mark.parametrize(
    ("body", "value_text", "measure"),
    [
        ("Online card fraud totalled £98.7m last year.", "£98.7m", "online card fraud"),
        ("Ticket touts saw a 15% uplift in resales.", "15%", "resales"),
        ("The margin of error is 3 points either way.", "3", "margin of error"),
        ("The forecaster cut its rate of growth from 2.1% to 1.4%.", "1.4%", "growth"),
    ],
)
def test_what_a_sum_a_change_or_an_error_margin_is_of(body, value_text, measure):
    assert one(body, value_text)["measure"].lower() == measure


def test_a_symbol_is_never_a_measure():
    body = "The forecaster cut its rate of growth from 2.1% to 1.4%."
    from tests.test_figures import figures_in

    assert all(any(c.isalpha() for c in f["measure"]) for f in figures_in(body))


def test_a_currency_after_a_hyphen_is_money():
    row = one("Maker unveils sub-$150 tablet for schools", "$150")
    assert (row["value"], row["unit"]) == (150, "dollars")


def test_a_duration_as_a_time_frame_is_no_figure():
    from tests.test_figures import figures_in

    assert figures_in("The recall came six weeks after the first complaints.") == []
    assert figures_in("We could do it in two or three years.") == []
    assert one("He was jailed for six years.", "six")["measure"] == "prison sentence"


def test_numbers_listed_after_aged_are_ages():
    from tests.test_figures import figures_in

    found = figures_in("Three women, aged 41 and 56, were hurt.")
    assert [f["value_text"] for f in found] == ["Three"]


def test_line_speeds_are_quantities():
    row = one("Speeds of up to 80Mbps are promised.", "80Mbps")
    assert (row["value"], row["unit"]) == (80, "Mbps")


def test_a_passive_agent_counted_is_measured_by_its_verb():
    assert one("The final was watched by 9 million people.", "9 million")["measure"] == "watched"


def test_plural_acronyms_keep_their_capitals():
    row = one("The motion was backed by 312 MPs.", "312")
    assert row["unit"] == "MPs"


def test_money_offered_is_an_offer_not_a_price():
    assert one("The council offered £4m for the site.", "£4m")["measure"] == "offered"
    assert one("Police put up a £15,000 reward on Friday.", "£15,000")["measure"] == "reward"
    assert one("The bank will sell the unit for £2bn.", "£2bn")["measure"] == "price"


def test_a_percentage_of_a_named_whole_is_a_share_of_it():
    assert one("The network reaches 85% of homes.", "85%")["measure"] == "homes"
    assert one("Labour needs a swing of 4% to win.", "4%")["measure"] == "swing"


def test_a_doer_before_the_verb_is_no_measure():
    body = "Wildfires on the island destroyed more than 8,000 hectares."
    assert one(body, "8,000")["measure"] != "wildfires"
