"""Figure measures named by the construction that holds the amount (round 7), on sentences
written for these tests: a margin after "by", money for a purpose, an amount in apposition to
the noun it is, an amount a noun includes. The measure is in the article's words, the ones a
reader looking for what the number is would look for.
"""

from __future__ import annotations

import pytest

from tests.test_figures import figures_in, one


@pytest.mark.parametrize(
    ("body", "value_text", "measure"),
    [
        # a result verb with an object: the object's margin
        ("The senator lost the state primary by 41,000 in May.", "41,000", "primary margin"),
        ("Ms. Reyes won the runoff by 12 points, officials said.", "12", "runoff margin"),
        # any other verb with an object: the object is what moved
        ("Cheaper loans could lift home sales by 15 percent.", "15 percent", "home sales"),
        ("The new rules will trim emissions by 30%.", "30%", "emissions"),
    ],
)
def test_a_margin_after_by_is_named_after_the_verbs_object(body, value_text, measure):
    assert one(body, value_text)["measure"] == measure


def test_a_margin_over_a_named_rival_is_left_to_the_lead_readers():
    # a name as the object says over whom, not what: no "Jones margin"
    assert "Jones" not in one("Mr. Ortiz beat Jones by 900 votes.", "900")["measure"]


@pytest.mark.parametrize(
    ("body", "value_text", "measure"),
    [
        (
            "The city set aside $4 million for snow removal this winter.",
            "$4 million",
            "snow removal",
        ),
        (
            "The bill lists $300,000 for libraries and $2 million for bridges.",
            "$2 million",
            "bridges",
        ),
    ],
)
def test_money_for_a_purpose_is_named_after_the_purpose(body, value_text, measure):
    assert one(body, value_text)["measure"] == measure


def test_money_for_a_time_names_no_purpose():
    row = one("Parking costs $12 for three hours downtown.", "$12")
    assert "hours" not in row["measure"]


@pytest.mark.parametrize(
    ("body", "value_text"),
    [
        (
            "It tops the sum spent by the two previous teams - $8 million in 2011 and $6 million in 2015.",
            "$8 million",
        ),
        (
            "It tops the sum spent by the two previous teams - $8 million in 2011 and $6 million in 2015.",
            "$6 million",
        ),
    ],
)
def test_an_amount_in_apposition_is_the_noun_it_restates(body, value_text):
    assert one(body, value_text)["measure"] == "sum spent"


def test_a_number_in_apposition_to_a_fraction_or_a_count_keeps_its_own_reading():
    row = one("Almost three quarters - 74% - of the 900 nurses polled backed the strike.", "74%")
    assert row["measure"] != "quarters"
    body = "There were two Dutch crews due to race, one amateur and one made up of veterans."
    assert "one" not in [f["value_text"] for f in figures_in(body)]  # one of a pair: no count


def test_an_amount_a_noun_includes_is_one_of_those():
    body = "Pledges include $250,000 from a local bank and $75,000 from two unions."
    assert one(body, "$250,000")["measure"] == "pledges"
    assert one(body, "$75,000")["measure"] == "pledges"


@pytest.mark.parametrize(
    ("body", "value_text", "measure"),
    [
        ("The charity paid $48,000 in legal fees last spring.", "$48,000", "legal fees"),
        ("The county got $9 million in grants from the state.", "$9 million", "grants"),
        ("It came out of the $2.3 million she received in donations.", "$2.3 million", "donations"),
        ("He owned two boats, millions in stocks and a ranch.", "millions", "stocks"),
    ],
)
def test_money_named_by_the_form_it_took(body, value_text, measure):
    assert one(body, value_text)["measure"] == measure


def test_a_place_money_went_is_no_form_of_money():
    # "in companies" says where the money went; the investing verb keeps its reading
    row = one("The pension fund spent $3 billion in small towns.", "$3 billion")
    assert row["measure"] != "small towns"


def test_money_raised_is_read_through_a_record():
    assert one("The party raised a record $40 million.", "$40 million")["measure"] == "money raised"


def test_money_for_a_purpose_after_a_no_break_space():
    body = "The tabs: $700,000 for the parade\xa0committee and $1.5\xa0million\xa0for snow removal."
    assert one(body, "$1.5\xa0million")["measure"] == "snow removal"


@pytest.mark.parametrize(
    ("body", "value_text", "value"),
    [
        ("The hearing lasted three and a half hours on Monday.", "three and a half", 3.5),
        ("The vigil lasted more than six and half hours.", "six and half", 6.5),
    ],
)
def test_a_number_and_a_half_before_a_time_unit_keeps_its_half(body, value_text, value):
    assert one(body, value_text)["value"] == value


def test_and_a_half_is_read_only_before_a_unit():
    # "three and half of the rest": no "three and a half" figure
    values = [f["value"] for f in figures_in("Three and half of the rest stayed home.")]
    assert 3.5 not in values


def test_money_paid_for_a_purpose_keeps_the_paying():
    body = "The club paid the agency $40,000 for advice on a new stadium."
    assert one(body, "$40,000")["measure"].startswith("paid for advice")


def test_a_purpose_keeps_a_short_tail_that_says_which():
    body = "The state set aside $2 million for repairs to the old bridge."
    assert one(body, "$2 million")["measure"] == "repairs to the old bridge"


def test_a_count_with_plus_after_a_possessive_name_is_a_count():
    # before, the possessive name made "1,400" the end of a name ("Standard & Poor's 500")
    row = one("Maple Grove's 1,400-plus nurses voted to strike.", "1,400")
    assert row["value"] == 1400


def test_a_number_ending_a_possessive_name_stays_a_name():
    assert figures_in("The Russell's 2000 slipped on Friday.") == []


def test_a_split_of_the_vote_after_by_is_no_margin():
    body = "Residents passed a $40 million school levy by 58% to 42%."
    assert one(body, "42%")["measure"] != "school levy"
    assert one(body, "58%")["measure"] != "school levy"


# A bare amount said again takes the unit of the latest figure that gave it one; the look-up is by
# amount (a list of thousands of numbers once made every bare number scan all earlier figures).
def test_a_bare_amount_said_again_takes_the_latest_unit_it_was_given():
    from lib.facts.carry import echo_key, echoed

    said = {echo_key(1237.0): {"unit": "delegates", "measure": "delegates"}}
    row = {"value": 1237.0, "unit": "", "measure": ""}
    echoed(said, row)
    assert (row["unit"], row["measure"]) == ("delegates", "delegates")
    small = {"value": 12.0, "unit": "", "measure": ""}
    echoed({echo_key(12.0): {"unit": "plants", "measure": "plants"}}, small)
    assert small["unit"] == ""  # under 100 and whole: "ran it for 12" is no plant
    assert echo_key(1.2 * 1e6) == echo_key(1_200_000)


def test_a_long_list_of_bare_numbers_echoes_the_one_given_a_unit():
    filler = ", ".join(f"then {300 + i} in the ward" for i in range(60))
    rows = figures_in(
        "Counts\n\nThe party needs 1,237 delegates to win the nomination. The tallies were "
        f"{filler}, and in the end the count came to 1,237 again."
    )
    again = [r for r in rows if r["value"] == 1237]
    assert len(again) == 2 and again[0]["unit"] == "delegates"
    assert (again[1]["unit"], again[1]["measure"]) == (again[0]["unit"], again[0]["measure"])
