"""Figure measures of round 9, on sentences written for these tests (never copied from an
evaluation text). What a reader who never saw the rules writes as the measure: the thing the
figure's own phrase counts, not a cue picked up further away.
"""

from __future__ import annotations

import pytest

from tests.test_figures import one


@pytest.mark.parametrize(
    ("body", "value_text", "group"),
    [
        # a percentage of people: the people, as written, not the verb's cue ('won' a win,
        # 'earn' a profit); what they said is measured instead (round 17, below)
        ("The governor won 64 percent of suburban women in 2014.", "64 percent", "suburban women"),
        ("About 30 percent of nurses earn less than the state average.", "30 percent", "nurses"),
        ("He needs 58 percent of the remaining delegates.", "58 percent", "remaining delegates"),
    ],
)
def test_a_percentage_of_a_group_measures_the_group(body, value_text, group):
    assert one(body, value_text)["measure"] == group


@pytest.mark.parametrize(
    ("body", "value_text", "said", "group"),
    [
        (
            "Some 41 percent of voters in the county said the roads were worse.",
            "41 percent",
            "the roads were worse",
            "voters",
        ),
        (
            "The survey found that 38% of Iowa farmers oppose the tariff.",
            "38%",
            "oppose the tariff",
            "Iowa farmers",
        ),
    ],
)
def test_a_percentage_of_a_group_that_answers_measures_the_answer(body, value_text, said, group):
    """Round 17: the group asked is the share's subject, not what it measures (the 'voter' cue
    still names no votes)."""
    row = one(body, value_text)
    assert (row["measure"], row["subject"]) == (said, group)


@pytest.mark.parametrize(
    ("body", "value_text", "measure"),
    [
        # a mass noun after 'of' is the measure's own quantity: its cue still names it
        ("The mayor won 57 percent of the vote on Tuesday.", "57 percent", "votes"),
        # the subject makes up the share: the group after 'of' is not what is counted
        ("Older voters accounted for 45% of the ballots cast.", "45%", "older voters"),
        ("In the town, retirees make up 20 percent of the residents.", "20 percent", "retirees"),
    ],
)
def test_a_mass_noun_or_a_part_keeps_its_measure(body, value_text, measure):
    assert one(body, value_text)["measure"].lower() == measure


@pytest.mark.parametrize(
    ("body", "value_text", "measure"),
    [
        # a bare count a verb takes out of a group: the group with the verb
        (
            "The club has lost five of its last seven matches since the coach left.",
            "five",
            "matches lost",
        ),
        ("Smith has won 12 of the past 15 primaries, his aides said.", "12", "primaries won"),
        ("Police arrested nine of the 20 protesters on Friday.", "nine", "protesters arrested"),
        # the parse may join the count to the verb itself
        (
            "The side have lost their first two matches and four out of their seven games since May.",
            "four",
            "games lost",
        ),
    ],
)
def test_a_count_taken_out_of_a_group_names_the_group_and_the_act(body, value_text, measure):
    assert one(body, value_text)["measure"] == measure


def test_a_light_verb_takes_no_group_act():
    # "took" names no act of its own: the group alone, as before
    assert one("The party took 12 of the 15 seats in the vote.", "12")["measure"] == "seats"


@pytest.mark.parametrize(
    ("body", "value_text", "measure"),
    [
        # a bare count that is the subject of 'be': the noun after it, not a word further off
        ("The shelter took in 300 migrants last month, and 120 were children.", "120", "children"),
        (
            "Of the town's residents, about 2,000 are veterans, the report says.",
            "2,000",
            "veterans",
        ),
        ("Officials said 40 of those detained were teenagers.", "40", "teenagers"),
    ],
)
def test_a_count_that_is_a_plural_noun_measures_that_noun(body, value_text, measure):
    assert one(body, value_text)["measure"] == measure


def test_a_count_said_to_be_somewhere_names_no_noun():
    # 'were in the room' is no noun the twelve are: nothing is made up
    assert one("Only 12 were in the room when the vote was taken.", "12")["measure"] != "room"


def test_a_vague_plural_counts_its_own_noun():
    # "thousands of workers" counts the workers; no group is picked from
    assert one("The firm drafted thousands of workers from its plants.", "thousands")[
        "measure"
    ] == ("workers")


@pytest.mark.parametrize(
    ("body", "value_text"),
    [
        ("The retired teacher donated $2,700 to the senator's campaign in May.", "$2,700"),
        (
            "The firm has donated more than $1 million to charities since 2010.",
            "$1 million",
        ),
    ],
)
def test_money_donated_is_a_donation_not_spending(body, value_text):
    assert one(body, value_text)["measure"] == "donations"


def test_money_spent_is_still_spending():
    assert (
        one("The county spent $3 million on its new jail.", "$3 million")["measure"] != "donations"
    )


@pytest.mark.parametrize(
    ("body", "value_text"),
    [
        # a person who makes or earns money: their pay, not a firm's profit
        ('"I make $20 an hour, part time," the cashier said.', "$20"),
        ("Managers earning even $30,000 are not entitled to extra pay.", "$30,000"),
        ("The driver says he makes $41,000 a year.", "$41,000"),
    ],
)
def test_money_a_person_makes_is_income(body, value_text):
    assert one(body, value_text)["measure"] == "income"


def test_money_a_company_makes_is_still_profit():
    assert one("The company made $2 million last quarter.", "$2 million")["measure"] == "profit"


@pytest.mark.parametrize(
    ("body", "value_text", "measure"),
    [
        ("Too many people are struggling on $10 an hour in this city.", "$10", "hourly pay"),
        ("The strikers want two things: getting $15 an hour and a union.", "$15", "hourly pay"),
        # a word that names the money first keeps it
        ("Parking downtown costs $4 an hour, the city says.", "$4", "cost"),
    ],
)
def test_money_by_the_hour_is_hourly_pay_when_nothing_else_names_it(body, value_text, measure):
    assert one(body, value_text)["measure"] == measure
