"""Round 11 figure rules: what a figure measures on unseen US stories, and what is no figure.

Each test is the construction in new words, not a sentence of a dev set: a length glued to a
noun, a place after a length, a part after 'including', a name in apposition, crimes' verbs,
a person's age, numbers inside web markup or after a no-break space.
"""

from __future__ import annotations

import pytest

from lib.facts.figures import find_figures
from tests.contexts import ctx_for


def figures_in(body: str) -> list[dict]:
    return find_figures(ctx_for(body))


def one(body: str, value_text: str) -> dict:
    found = [f for f in figures_in(body) if f["value_text"] == value_text]
    assert len(found) == 1, (value_text, [f["value_text"] for f in figures_in(body)])
    return found[0]


def texts(body: str) -> list[str]:
    return [f["value_text"] for f in figures_in(body)]


# --- a time unit glued to a noun: the noun's length ----------------------------------------


@pytest.mark.parametrize(
    ("body", "value_text", "unit", "noun"),
    [
        ("The station aired a 60-second spot during the game on Sunday.", "60", "seconds", "spot"),
        ("The campaign released a 90-minute video of the rally.", "90", "minutes", "video"),
    ],
)
def test_glued_time_unit_is_the_length_of_its_noun(body, value_text, unit, noun):
    fig = one(body, value_text)
    assert fig["unit"] == unit
    assert noun in fig["measure"] and fig["measure"].startswith("length")


@pytest.mark.parametrize(
    ("body", "number"),
    [
        ("The peso slid to a 14-year low against the dollar on Friday.", "14"),
        ("The rate on the 30-year mortgage rose to 4.1% this week.", "30"),
        ("The band returned after a 15-year hiatus with a new album.", "15"),
        ("A 45-year-old teacher was named principal of the school.", "45"),
        ("Twelve-year struggle of a small town against the mine", "Twelve"),
        ("Within the 90-day window the agency must reply to the request.", "90"),
        ("Over a 30-year career she argued cases before the court.", "30"),
        # a plain duration glued to a thing that is not recorded: no figure (the guide's rule)
        ("The rebels agreed to a three-day truce with the army.", "three"),
        ("The jury sat through a nine-week trial before it reached a verdict.", "nine"),
        ("Officials granted the company an 18-month delay on the new rules.", "18"),
    ],
)
def test_glued_time_unit_that_names_or_frames_is_no_length(body, number):
    assert not any(number in t for t in texts(body)), texts(body)


# --- a length followed by a word of place: depth, height, distance ------------------------


def test_length_before_a_word_of_place_is_where_not_how_much():
    body = "Divers found the hull 12 feet below the sand, 400 metres off the pier."
    assert one(body, "12")["measure"] == "depth below the sand"
    assert one(body, "400")["measure"] == "distance off the pier"


def test_length_with_a_bare_word_of_place_is_the_dimension():
    assert one("The new sea wall will stand 18 feet high.", "18")["measure"] == "height"


def test_a_temperature_below_zero_is_no_depth():
    fig = one("Temperatures dropped to 15 degrees below freezing overnight.", "15")
    assert "depth" not in fig["measure"]


# --- an amount after 'including' is a part of what comes before it -------------------------


def test_amount_after_including_is_part_of_the_noun_before():
    body = (
        "For a decade the lender kept financing the developer, including $60 million in 2016 "
        "to rebuild an old mill."
    )
    assert one(body, "$60 million")["measure"] == "financing"


def test_amount_after_including_on_a_verb_is_part_of_its_object():
    body = "The state pledged grants, including $4 million last year, to rural clinics."
    assert one(body, "$4 million")["measure"] == "grants"


# --- a description followed by the name in apposition: the name moved -----------------------


def test_name_in_apposition_after_a_description_is_what_moved():
    fig = one("Industrials were mixed. Engine maker Cummins slid 4.1% after its results.", "4.1%")
    assert "Cummins" in fig["measure"]


# --- money a crime took is named by the crime's verb ---------------------------------------


@pytest.mark.parametrize(
    ("body", "value_text", "measure"),
    [
        (
            "The club's treasurer admitted stealing $80,000 over six years.",
            "$80,000",
            "amount stolen",
        ),
        (
            "A clerk is accused of embezzling $2.3 million from the county.",
            "$2.3 million",
            "amount embezzled",
        ),
        (
            "Prosecutors say the ring laundered $14 million through shell firms.",
            "$14 million",
            "amount laundered",
        ),
    ],
)
def test_money_a_crime_took_is_named_by_its_verb(body, value_text, measure):
    # round 16: the words may go on to say whom it was taken from ("... from county")
    assert one(body, value_text)["measure"].startswith(measure)


# --- a person's age after 'was' or 'turned' ------------------------------------------------


@pytest.mark.parametrize(
    ("body", "number"),
    [
        ("He left the farm for the city when he was 19, his sister recalled.", "19"),
        ("Maria Lopez was 31 when she opened her first bakery.", "31"),
    ],
)
def test_a_number_stated_of_one_person_is_an_age(body, number):
    assert number not in texts(body)


def test_a_number_of_points_stated_of_one_person_still_counts():
    assert "9" in texts("By the end of the night she was 9 points ahead of the mayor.")


def test_a_number_stated_of_several_people_still_counts():
    assert "30" in texts("The lawmakers who voted against the bill were 30 in all.")


# --- numbers inside web markup, and after a no-break space ---------------------------------


def test_numbers_inside_an_html_tag_are_no_figures():
    body = (
        'The council met on Monday. <span class="ad-slot" style="margin: 12px; z-index: 3;">'
        "</span> Officials said 14 homes were damaged."
    )
    found = texts(body)
    assert "3" not in found and "12" not in found
    assert "14" in found


def test_a_month_before_a_no_break_space_still_dates_the_number():
    assert "15" not in texts("The agency set a Dec.\xa015 deadline for the new plan.")


def test_a_noun_after_a_no_break_space_is_still_counted():
    fig = one("About 40\xa0people were hurt in the crash on the highway.", "40")
    assert fig["unit"] == "people"


# --- a weekday after a percent or an amount ------------------------------------------------


def test_a_weekday_after_a_percent_does_not_make_it_a_date():
    fig = one("Oil futures slipped about 2.5% Thursday evening in Asian trade.", "2.5%")
    assert fig["unit"] == "percent"


def test_a_month_after_a_bare_number_still_dates_it():
    assert "14" not in texts("The vote is set for 14 March, after the recess, officials said.")


def test_an_age_glued_to_year_old_is_no_sentence_even_beside_jail():
    assert "61" not in texts("Officials said Hale - a 61-year-old former deputy - remains in jail.")


def test_a_stray_tag_opening_on_an_earlier_line_hides_no_figure():
    body = 'The post embedded <blockquote data-id="\n- Bring back 300 factories to the state.'
    assert "300" in texts(body)


def test_a_percent_after_no_in_a_poll_table_is_a_figure():
    assert "61%" in texts("Should the tax be repealed? No 61%. Yes 30%. Unsure 9%.")


# --- 'one' that picks out rather than counts -----------------------------------------------


def test_one_set_against_the_other_counts_nothing():
    body = "The study found the ads favoured one party over the other in swing states."
    assert "one" not in texts(body)


def test_one_before_an_adjective_and_a_framing_noun_counts_nothing():
    assert "one" not in texts("The shelter never held all of them at one single time, he said.")


def test_one_thing_done_still_counts():
    assert "one" in texts("The governor vetoed one bill on Friday and signed nine others.")


# --- a person's age in apposition -----------------------------------------------------------


def test_an_age_that_ends_the_sentence_after_a_name_is_no_figure():
    assert "61" not in texts('"We had no warning," said Ruth Kaplan, 61.')


def test_an_age_after_then_in_apposition_is_no_figure():
    assert "38" not in texts("The board named Paul Novak, then 38, as its new chief executive.")


def test_one_percentage_point_still_counts():
    assert "one percentage point" in texts(
        "The incumbent carried the state by one percentage point in 2012."
    )


def test_a_percent_after_a_name_at_the_sentence_end_is_no_age():
    body = "Rubio had 12 percent, Cruz 10 percent and Ohio Gov. John Kasich, 9 percent."
    assert "9 percent" in texts(body)
