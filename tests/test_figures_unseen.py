"""Figure measures found wanting on unannotated US political news (round 6).

Each test is one construction, on sentences written for these tests: the measure is what a
reader would write for the number (support in a poll, money raised, a figure said again), with
the words a fact-checker would look for in it.
"""

from __future__ import annotations

import pytest

from tests.test_figures import figures_in, one

POLL = "A new statewide poll of likely voters was released on Tuesday. "
VOTE = "The county counted its ballots overnight after the election. "


@pytest.mark.parametrize(
    ("body", "value_text", "name"),
    [
        (POLL + "Senator Maria Lopez trails the field at 11 percent.", "11 percent", "Maria Lopez"),
        (POLL + "Governor Alan Briggs comes in at 7 percent.", "7 percent", "Alan Briggs"),
        (POLL + "Mayor Dana Holt has 41%, while Paul Greer has 38%.", "38%", "Paul Greer"),
        (
            POLL + "Former judge Ruth Kemp at 9 percent, lawyer Sam Ode at 4 percent.",
            "4 percent",
            "Sam Ode",
        ),
    ],
)
def test_a_named_percentage_in_a_poll_story_is_support(body, value_text, name):
    fig = one(body, value_text)
    assert fig["measure"] == f"poll support for {name}"
    assert fig["subject"] == name


def test_points_gained_by_a_name_in_a_poll_story_are_support():
    fig = one(POLL + "Governor Alan Briggs gained four points in the survey.", "four")
    assert fig["measure"] == "poll support for Alan Briggs"


def test_a_lead_in_points_in_a_poll_story_is_the_leader_s_lead():
    """'Lopez leads Briggs by 6 points': the lead of Lopez, not a measure named 'Briggs'."""
    fig = one(POLL + "Maria Lopez leads Alan Briggs by 6 percentage points.", "6 percentage points")
    assert fig["measure"] == "poll lead of Maria Lopez"


def test_a_share_beside_leading_stays_a_share():
    """'leading with 52% to Pike's 44%': 52% is her share of the vote, not a lead."""
    body = VOTE + "Councillor Joan Pike is leading with 52% to Councillor Ed Marr's 44%."
    assert one(body, "52%")["measure"] == "vote share for Joan Pike"


def test_a_named_percentage_in_an_election_story_is_a_vote_share():
    fig = one(VOTE + "Councillor Joan Pike finished with 54 percent.", "54 percent")
    assert fig["measure"] == "vote share for Joan Pike"


@pytest.mark.parametrize(
    ("body", "value_text", "measure"),
    [
        (POLL + "The jobless rate stands at 5 percent.", "5 percent", "unemployment"),
        (
            POLL + "Half the voters said they were undecided; 30 percent backed the plan.",
            "30 percent",
            "backed the plan",
        ),
    ],
)
def test_a_percentage_with_its_own_measure_keeps_it(body, value_text, measure):
    """Only a name's bare percentage is support: a rate or what people said stays."""
    assert one(body, value_text)["measure"] == measure


def test_no_poll_or_vote_no_support():
    """A percentage set against a name in a story with no poll or vote is left alone."""
    fig = one("Shares of Harlow Mining ended the week with a 6 percent gain.", "6 percent")
    assert "support" not in fig["measure"] and "vote" not in fig["measure"]
    assert figures_in("Shares of Harlow Mining ended the week with a 6 percent gain.")


@pytest.mark.parametrize(
    ("body", "value_text"),
    [
        ("The senator's campaign raised $14 million in the spring.", "$14 million"),
        ("Since June the group has taken in more than $3 million.", "$3 million"),
        ("The party set itself a goal of raising 20 million dollars.", "20 million"),
        ("Two charities, which had raised $900,000 between them, closed.", "$900,000"),
    ],
)
def test_money_that_is_raised_is_money_raised(body, value_text):
    """Money as the object of raising is a fund-raising total, not a rise of that much, nor
    the name of whoever raised it."""
    assert one(body, value_text)["measure"] == "money raised"


def test_raising_something_else_to_an_amount_is_no_money_raised():
    fig = one("The council voted to raise the minimum wage to $16 an hour.", "$16")
    assert fig["measure"] == "minimum wage"


def test_a_bare_number_said_again_is_the_same_quantity():
    """'needs 1,150 seats ... so we get to 1,150': the second is the seats again."""
    body = "The alliance needs 1,150 seats to govern alone. So we simply get to 1,150, he said."
    found = [f for f in figures_in(body) if f["value"] == 1150]
    assert len(found) == 2
    assert found[1]["unit"] == "seats" and found[1]["measure"] == found[0]["measure"]


def test_a_small_bare_number_is_not_taken_for_an_earlier_one():
    """'shut 12 plants ... has run it for 12': under 100, a number said again is seldom the
    same quantity."""
    body = "The firm shut 12 plants last year. Its chief, who has run it for 12, will stay on."
    found = [f for f in figures_in(body) if f["value"] == 12]
    assert found[0]["unit"] == "plants"
    assert all(f["unit"] != "plants" for f in found[1:])


def test_money_a_relative_clause_raised_is_money_raised():
    body = "The $6 million that the group raised went to its ads."
    assert one(body, "$6 million")["measure"] == "money raised"


def test_money_that_raised_something_else_is_no_money_raised():
    body = "The $4 million which raised eyebrows was a gift from one donor."
    assert one(body, "$4 million")["measure"] != "money raised"


def test_a_verb_of_preferring_names_whose_support_it_is():
    """'nurses preferred Lopez 55 percent to 30 percent': Lopez's support, then the rival's."""
    body = POLL + "Retired nurses preferred Maria Lopez 55 percent to 30 percent."
    assert one(body, "55 percent")["measure"] == "poll support for Maria Lopez"
    assert one(body, "30 percent")["measure"] == "poll support"


@pytest.mark.parametrize(
    "body",
    [
        "Savers who hold a 403(b) account pay less tax.",
        "The charity is registered under section 501(c)(3) of the code.",
    ],
)
def test_a_number_glued_to_a_bracketed_letter_is_a_section_name(body):
    """'403(b)', '501(c)(3)': names of sections of a law, no quantities."""
    assert figures_in(body) == []


def test_a_spaced_bracket_keeps_both_amounts():
    found = figures_in("The ticket costs $8 (£6) at the door.")
    assert [f["value_text"] for f in found] == ["$8", "£6"]


@pytest.mark.parametrize(
    ("body", "value_text", "measure"),
    [
        ("The chain reported a rise of 6 percent in bookings.", "6 percent", "bookings"),
        ("Dealers saw a drop of 2 percent in orders.", "2 percent", "orders"),
        ("Farmers recorded a fall of 8 percent in yields in May.", "8 percent", "yields"),
    ],
)
def test_a_change_of_n_in_a_noun_measures_that_noun(body, value_text, measure):
    """'a rise of 6 percent in bookings': the bookings rose, not whoever reported it."""
    assert one(body, value_text)["measure"] == measure


def test_a_change_of_n_in_a_month_is_not_the_month():
    fig = one("Hotel bookings showed a rise of 4 percent in April.", "4 percent")
    assert fig["measure"] != "April"


@pytest.mark.parametrize(
    ("body", "value_text", "measure"),
    [
        ("The flu outbreak has sickened 64 people at the school.", "64", "sickened"),
        ("The parasite infected 31 swimmers last summer.", "31", "infected"),
        ("Spotify gained 4.1 million listeners in the quarter.", "4.1 million", "listeners"),
        ("More than 2 million households lost power.", "2 million", "lost power"),
    ],
)
def test_verbs_of_health_gain_and_loss(body, value_text, measure):
    """People made ill are 'sickened'/'infected' in the verb's word; a firm's gained users are
    the users, not the firm; people who lost something are measured by what they lost."""
    assert one(body, value_text)["measure"] == measure


@pytest.mark.parametrize(
    ("body", "value_text"),
    [
        ("The state assembly passed the bill 61 to 38.", "38"),
        ("The board approved the merger 9-3 on Friday.", "9"),
        ("In a 6-3 ruling, the justices struck down the law.", "6"),
    ],
)
def test_two_numbers_set_against_each_other_in_a_vote_are_votes(body, value_text):
    fig = one(body, value_text)
    assert (fig["unit"], fig["measure"]) == ("votes", "votes")


def test_from_n_to_m_without_a_vote_is_no_tally():
    fig = one("Membership grew from 40 to 65 over the year.", "65")
    assert fig["measure"] != "votes"


@pytest.mark.parametrize(
    ("body", "value_text", "measure"),
    [
        ("Officials said 4,210 took the test this spring.", "4,210", "took the test"),
        ("So far, nearly 900 have signed the letter.", "900", "signed the letter"),
    ],
)
def test_a_bare_count_that_does_something_is_measured_by_what_it_did(body, value_text, measure):
    """'4,210 took the test': the verb with its object, even a light verb's, says what the
    number counts."""
    assert one(body, value_text)["measure"] == measure


@pytest.mark.parametrize(
    ("body", "value_text", "measure"),
    [
        ("The pilot said he was 90 percent certain of the fault.", "90 percent", "certain"),
        ("Crews said the tunnel is 75% finished.", "75%", "finished"),
        ("Heating oil is 15 percent cheaper than last winter.", "15 percent", "heating oil"),
    ],
)
def test_a_percentage_that_grades_an_adjective(body, value_text, measure):
    """'90 percent certain': how certain; a comparison ('15 percent cheaper') stays with what
    is compared."""
    assert one(body, value_text)["measure"] == measure


def test_a_lead_of_n_is_the_lead():
    body = "With most ballots counted, Ms Ode had a lead of 2.5 percentage points."
    fig = one(body, "2.5 percentage points")
    assert fig["measure"] == "lead"


def test_a_percentage_modifying_a_change_is_not_what_people_said():
    """'the 40 percent reduction in the number of rangers was unfair': the rangers."""
    body = "Critics said the 40 percent reduction in the number of park rangers was unfair."
    assert one(body, "40 percent")["measure"] == "park rangers"


def test_an_editor_s_correction_note_has_no_figures():
    body = (
        "The agency paid $2.3 million for the study.\n\n"
        "(This version of the story was corrected to say $2.3 million, not $3.2 million.)"
    )
    assert [f["value_text"] for f in figures_in(body)] == ["$2.3 million"]


def test_a_bracket_closed_label_is_no_figure():
    body = "The fee applies if: 1) the firm is foreign and 2) it has 40 staff or more."
    assert [f["value_text"] for f in figures_in(body)] == ["40"]


def test_an_amount_added_to_something_measures_that_thing():
    body = "Critics said the plan would add $900 billion to the federal deficit."
    assert one(body, "$900 billion")["measure"] == "federal deficit"


def test_a_share_that_saw_something_is_measured_by_what_it_saw():
    body = "In the survey, 52% saw their local schools getting worse."
    assert one(body, "52%")["measure"] == "their local schools getting worse"


@pytest.mark.parametrize(
    "body",
    [
        "Flags flew at half-staff on the Sept. 11 anniversary.",
        "On Feb. 14 voters in the county went to the polls.",
    ],
)
def test_a_day_after_an_abbreviated_month_is_a_date(body):
    """AP style writes 'Sept. 11', 'Feb. 14': the day of a date, no figure."""
    assert figures_in(body) == []


@pytest.mark.parametrize(
    ("body", "value_text", "measure"),
    [
        (
            "The governor signed three pieces of legislation on Monday.",
            "three",
            "pieces of legislation",
        ),
        ("Officers found 12 bags of heroin in the car.", "12", "bags of heroin"),
    ],
)
def test_a_container_counted_is_measured_with_what_it_holds(body, value_text, measure):
    assert one(body, value_text)["measure"] == measure
