"""Pronoun speakers, one construction each, on our own wording: the speaker of the statement
before has the floor over a person named in what they reported, a courtesy title decides a
person's gender over a first-name list, "it" opening a time or reason clause is the main
clause's body, "X and his campaign" is X's, and an unattributed quote after "“…,” X said,
referencing Y asking …" goes on with X."""

from __future__ import annotations

import pytest

from tests.statements_of import find, quotes_of

# --- "X, whose …, said Y is “…” “…,” she wrote": X has the floor, not Y ----------------------


@pytest.mark.parametrize(
    "opening",
    [
        "While the senator’s remarks drew criticism from her rivals, Anna Marie Berg",
        "Anna Marie Berg",
    ],
)
def test_the_speaker_of_a_report_has_the_floor_over_the_person_it_speaks_of(opening):
    rows = quotes_of(
        "Rep. Maria Lopez called the camps a disgrace on Monday, and she repeated it on Tuesday.",
        f"{opening}, whose grandfather Tom Berg helped build the old dam, said Lopez is “right to "
        "question the new plan.” “I would know — because my family built the first dam here,” "
        "she wrote.",
    )
    assert find(rows, "I would know")["speaker"] == "Anna Marie Berg"


# --- "Ms. Warren": the courtesy title, not the first-name list, gives the gender ---------------


@pytest.mark.parametrize(
    ("title", "name", "pronoun"),
    [("Ms.", "Warren", "she"), ("Mrs.", "Dale", "she"), ("Mr.", "Leslie", "he")],
)
def test_a_courtesy_title_decides_the_gender_of_a_bare_surname(title, name, pronoun):
    rows = quotes_of(
        "Sen. Kamala Harris criticized the company last week."
        if pronoun == "she"
        else "Gov. Tom Ruiz criticized the company last week.",
        f"{title} {name} offered some criticism of {'her' if pronoun == 'she' else 'his'} own: "
        f"the company, {pronoun} said, had repeatedly ignored its “duty to protect voters.”",
    )
    assert find(rows, "duty to protect")["speaker"] == name


# --- "criticized the Globe after it reported …": the main clause's body ------------------------


@pytest.mark.parametrize("conjunction", ["after", "because", "since"])
def test_it_opening_a_time_or_reason_clause_is_the_main_clauses_object(conjunction):
    rows = quotes_of(
        "NBC News reported the story on Monday.",
        f"The senator criticized The Boston Globe on Tuesday {conjunction} it reported that "
        "“foreign websites had praised her.”",
    )
    assert find(rows, "foreign websites")["speaker"] == "Boston Globe"


def test_it_opening_such_a_clause_is_the_main_clauses_subject_first():
    rows = quotes_of(
        "NBC News reported the story on Monday.",
        "The Boston Globe corrected the article on Tuesday after it said that "
        "“the figures had been checked twice.”",
    )
    assert find(rows, "checked twice")["speaker"] == "Boston Globe"


def test_it_of_a_clause_of_a_verb_that_is_not_the_main_one_is_left_to_the_general_search():
    rows = quotes_of(
        "The city council met on Monday. “The budget is balanced,” it said.",
    )
    assert find(rows, "budget is balanced")["speaker"] == "city council"


# --- "X and his campaign said": the campaign is X's --------------------------------------------


def test_his_body_joined_to_a_name_is_that_persons():
    rows = quotes_of(
        "Mark Hale joined the board of a Chinese fund in 2013. The younger Hale travelled with "
        "him to Beijing.",
        "In response, Tom Hale and his campaign said in a statement it was another example of "
        "Ruiz’s “ongoing abuse of power.”",
    )
    speaker = find(rows, "abuse of power")["speaker"]
    assert "Mark" not in speaker and "Hale's campaign" in speaker


# --- "“…,” X said, referencing Y asking …. “…”": X goes on ------------------------------------


def test_a_participle_after_the_attribution_does_not_take_the_next_quote():
    rows = quotes_of(
        "“This was his worst moment yet — a choice of lies over truth,” Hale’s campaign said, "
        "referencing Ruiz asking Spain to look into his rival. “The board itself has admitted "
        "that Carlos Ruiz tried to bully a neighbour he is afraid to face.”"
    )
    assert "campaign" in find(rows, "board itself has admitted")["speaker"]


def test_a_bodys_verbatim_quote_goes_on_before_a_person_quoted_further_back():
    rows = quotes_of(
        "“We will not sign this deal,” Tom Ruiz said on Monday. “The union wants more,” he added. "
        "“This is an abuse of power,” the Hale campaign said. The campaign also said that the "
        "board had failed. “Voters will decide in November.”"
    )
    assert "Hale" in find(rows, "Voters will decide")["speaker"]
