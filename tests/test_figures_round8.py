"""Figure measures and figures of round 8, on sentences written for these tests (never copied
from an evaluation text): money a verb moved named with what it went to ("spent $4,000 on
office chairs"), an amount in front of a name it is the size of ("his $9 billion Clean Water
Act").
"""

from __future__ import annotations

import pytest

from tests.test_figures import figures_in, one


@pytest.mark.parametrize(
    ("body", "value_text", "words"),
    [
        # a spending verb: "on" names what the money bought
        (
            "The mayor spent $4,000 on his office chairs, the audit found.",
            "$4,000",
            "office chairs",
        ),
        ("The firm spent $2 million on lobbying.", "$2 million", "lobbying"),
        (
            "The county spent $8 million on road repairs and $2 million on parks.",
            "$2 million",
            "parks",
        ),
        # an infinitive after the amount: what it was for
        (
            "The county had paid $120,000 to settle two lawsuits over the jail.",
            "$120,000",
            "settle",
        ),
        (
            "She vowed to commit $5 billion over ten years to end child hunger.",
            "$5 billion",
            "hunger",
        ),
        ("The union raised $2 million to cover legal fees.", "$2 million", "legal fees"),
    ],
)
def test_money_a_verb_moved_is_named_with_what_it_went_to(body, value_text, words):
    assert words in one(body, value_text)["measure"]


@pytest.mark.parametrize(
    ("body", "value_text", "kept"),
    [
        ("The union raised $2 million to cover legal fees.", "$2 million", "money raised"),
        ("The county had paid $120,000 to settle two lawsuits.", "$120,000", "pay"),
    ],
)
def test_the_purpose_is_added_to_the_measure_the_verb_gave(body, value_text, kept):
    assert one(body, value_text)["measure"].startswith(kept)


@pytest.mark.parametrize(
    ("body", "value_text", "absent"),
    [
        ("The firm spent $2 million on Monday.", "$2 million", "Monday"),  # a day, no purpose
        ("The tenant paid $300 to the landlord on Monday.", "$300", "landlord"),  # to whom
    ],
)
def test_a_time_or_a_payee_is_no_purpose(body, value_text, absent):
    assert absent not in one(body, value_text)["measure"]


def test_a_count_keeps_its_own_noun():
    rows = figures_in("The county had paid $120,000 to settle two lawsuits over the jail.")
    assert [r["measure"] for r in rows if r["value_text"] == "two"] == ["lawsuits"]


@pytest.mark.parametrize(
    ("body", "value_text", "name"),
    [
        ("He defended his $9 billion Clean Water Act this week.", "$9 billion", "Clean Water Act"),
        ("She unveiled her $16 trillion Green New Deal in May.", "$16 trillion", "Green New Deal"),
        (
            "Lawmakers passed a $716 billion National Defense Authorization Act.",
            "$716 billion",
            "National Defense Authorization Act",
        ),
    ],
)
def test_an_amount_in_front_of_a_name_is_the_size_of_the_named_thing(body, value_text, name):
    assert one(body, value_text)["measure"] == name


def test_a_common_noun_after_a_name_stays_the_measure():
    assert one("A $5 Amazon gift card was offered.", "$5")["measure"] == "gift card"


@pytest.mark.parametrize(
    ("body", "value_text", "unit_or_measure"),
    [
        # a lower bound counts, with or without "of"
        ("At least one of the city's top donors is unhappy.", "one", "donors"),
        ("There has been at least one attempt at a deal.", "one", "attempt"),
        # one thing done: the verb's object
        ("The governor canceled one campaign stop after the storm.", "one", "campaign stop"),
        # one out of a number counted before it in the sentence
        ("We bought 30 tablets last year, and only one has been broken.", "one", "tablets"),
    ],
)
def test_a_one_the_sentence_counts_is_a_figure(body, value_text, unit_or_measure):
    row = one(body, value_text)
    assert row["value"] == 1
    assert unit_or_measure in f"{row['unit']} {row['measure']}"


@pytest.mark.parametrize(
    "body",
    [
        "One of them said no.",  # picks someone out
        "No one came to the hearing.",
        "At one point he left the room.",  # frames a time
        "One needs only to look at the map.",  # anyone
        "The chairman called it one of the worst years.",
    ],
)
def test_a_one_that_picks_out_or_frames_is_no_figure(body):
    assert [r for r in figures_in(body) if r["value"] == 1] == []


def test_one_as_the_low_end_of_a_rough_range_is_not_counted_alone():
    rows = figures_in("The robot scored one or two points for the team.")
    assert [r["value_text"] for r in rows] == ["two"]


@pytest.mark.parametrize(
    ("body", "value_text", "value"),
    [
        ("The firm raised prices by double digits while he ran it.", "double digits", 10),
        ("The mayor came in fourth, down by double digits.", "double digits", 10),
        ("Rents rose by triple digits in the boom years.", "triple digits", 100),
        ("Rallies are usually attended by a couple of hundred fans.", "a couple of hundred", 200),
    ],
)
def test_vague_amounts_named_by_their_digits_or_a_couple_of_a_scale(body, value_text, value):
    row = one(body, value_text)
    assert (row["value"], row["qualifier"]) == (value, "at least")


def test_a_couple_of_hundred_is_not_read_as_a_hundred():
    rows = figures_in("Rallies are usually attended by a couple of hundred fans.")
    assert [r["value"] for r in rows] == [200]


@pytest.mark.parametrize(
    ("body", "value_text", "measure"),
    [
        ("The site posted clips from three hours of leaked video.", "three", "video"),
        ("Officials gave answers in 40 hours of recorded interviews.", "40", "interviews"),
    ],
)
def test_the_length_of_something_recorded_is_a_figure_even_after_a_preposition(
    body, value_text, measure
):
    row = one(body, value_text)
    assert (row["unit"], row["measure"]) == ("hours", measure)


@pytest.mark.parametrize(
    "body",
    ["Peace came after two decades of war.", "Within two weeks of the attack, police acted."],
)
def test_a_duration_of_anything_else_after_a_preposition_stays_a_time_frame(body):
    assert figures_in(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Other 2020 candidates have also released housing plans.",
        "Ruiz, one of the college's 400-plus 2018 graduates, spoke first.",
        "Her 2016 rivals were quiet on Tuesday.",
    ],
)
def test_a_year_labelling_a_plural_noun_is_no_count(body):
    assert [r for r in figures_in(body) if r["value"] >= 1900] == []


def test_a_bare_four_digit_count_with_no_determiner_still_counts():
    assert one("Police said 2000 people marched.", "2000")["unit"] == "people"


@pytest.mark.parametrize(
    ("body", "text"),
    [
        ("Turnout would have to fall to the half a percentage point margin set by law.", "half"),
        ("Membership is expected to shrink by more than half this year.", "more than half"),
        ("Ticket sales fell by half after the storm.", "half"),
    ],
)
def test_half_of_a_point_or_half_taken_by_a_change_is_a_figure(body, text):
    rows = [r for r in figures_in(body) if r["value"] == 0.5]
    assert [r["text"] for r in rows] == [text]


def test_a_share_taken_this_year_has_no_unit_of_years():
    row = one("Membership is expected to shrink by more than half this year.", "half")
    assert row["unit"] == ""


@pytest.mark.parametrize(
    ("body", "value_text", "value"),
    [
        ("They rented a two-and-a-half room flat in Queens.", "two-and-a-half", 2.5),
        ("The hearing lasted four and a half hours.", "four and a half", 4.5),
    ],
)
def test_and_a_half_joins_the_number_before_any_noun(body, value_text, value):
    assert one(body, value_text)["value"] == value


def test_half_a_century_stays_a_time_frame():
    assert figures_in("He served the city for over half a century.") == []


@pytest.mark.parametrize(
    "body",
    [
        "Sometimes you let them argue like two toddlers, then step in.",
        "The rivals Behave Like 3 Strangers",
    ],
)
def test_a_small_number_in_a_simile_on_a_verb_is_no_figure(body):
    assert figures_in(body) == []


def test_like_before_an_estimate_still_counts():
    assert one("Something like 500 people came.", "500")["unit"] == "people"


def test_the_millions_of_a_group_is_a_count_not_an_anaphor():
    row = one("It is unfair to the millions of renters who pay on time.", "millions")
    assert (row["value"], row["unit"]) == (1_000_000, "renters")


def test_the_two_of_them_stays_anaphoric():
    assert figures_in("The two of them left early.") == []


def test_a_group_a_name_narrows_keeps_its_name_over_a_verb_cue():
    row = one("About 300 Labour members gathered outside the hall.", "300")
    assert row["measure"] == "Labour members"


def test_plain_people_gathering_are_still_protesters():
    assert one("Some 5,000 people gathered in the square.", "5,000")["measure"] == "protesters"
