"""Round 13 figure rules: numbers that are no quantity, and what some amounts measure.

Each test is the construction in new words, not a sentence of a dev set: an age stated in a
relative clause on a person's name ("X, who is now 58"), a "one" that is a determiner before a
thing said or asked ("one message for"), a number inside a fixed phrase ("zero tolerance", "not
one penny", "a family of four"), a multi-scale adjective ("a multibillion-dollar deal"), and to
whom money was given or on what it was saved.
"""

from __future__ import annotations

import pytest

from lib.facts.figures import find_figures
from tests.contexts import ctx_for


def texts(body: str) -> list[str]:
    return [f["value_text"] for f in find_figures(ctx_for(body))]


def row_for(body: str, value_text: str) -> dict:
    found = [f for f in find_figures(ctx_for(body)) if f["value_text"] == value_text]
    assert len(found) == 1, (value_text, texts(body))
    return found[0]


# --- an age in a relative clause on a name ------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "age"),
    [
        ("The board named Helen Marsh, who is 58, as its new chair on Monday.", "58"),
        ("Critics mocked Governor Alan Reyes, who is now 81, over the remarks.", "81"),
        ("The award went to Paul Okafor, who was then 34, for his reporting.", "34"),
    ],
)
def test_an_age_in_a_relative_clause_on_a_name_is_no_figure(body, age):
    assert age not in texts(body)


def test_a_count_in_a_relative_clause_on_a_thing_stays():
    body = "The council approved the budget, which is 12 percent larger than last year's."
    assert "12 percent" in texts(body)


# --- "one" as a determiner before a thing said or asked ---------------------------------------


@pytest.mark.parametrize(
    ("body"),
    [
        "The mayor had one message for the protesters: go home.",
        "The crash left investigators with one big question about the brakes.",
        "Her lawyer gave one answer to every question from the press.",
    ],
)
def test_one_before_a_thing_said_or_asked_is_no_figure(body):
    assert "one" not in texts(body)


def test_one_before_a_counted_thing_stays():
    assert "one" in texts("Rescuers found one survivor in the wreckage on Sunday.")


# --- a number inside a fixed phrase -------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("The district has a zero tolerance policy on weapons in schools.", "zero"),
        ("The schools chief promised zero-tolerance for bullying.", "zero"),
        ("He vowed the stadium would not cost taxpayers one penny of public money.", "one"),
        ("The subsidy goes to households earning under $40,000 for a family of three.", "three"),
        ("The two leaders met one-on-one for an hour in Geneva.", "one"),
    ],
)
def test_a_number_in_a_fixed_phrase_is_no_figure(body, word):
    assert word not in texts(body)


def test_the_amount_beside_a_fixed_phrase_stays():
    body = "The subsidy goes to households earning under $40,000 for a family of three."
    assert "$40,000" in texts(body)


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("The hospital reported zero deaths after the new rules.", "zero"),
        ("The crack in the dam grew one centimetre a year, engineers said.", "one"),
        ("A family of 4 relatives was evacuated from the building.", "4"),
    ],
)
def test_a_number_outside_the_phrases_stays(body, word):
    assert word in texts(body)


# --- an adjective of several of a scale is a lower bound -----------------------------------------


@pytest.mark.parametrize(
    ("body", "value_text", "value", "unit"),
    [
        ("The port signed a multibillion-dollar contract with the shipyard.", "multibillion", 1e9, "dollars"),
        ("The club agreed a multi-million-pound deal for the striker.", "multi-million", 1e6, "pounds"),
        ("Critics called it a multitrillion dollar giveaway to insurers.", "multitrillion", 1e12, "dollars"),
    ],
)  # fmt: skip
def test_a_multi_scale_adjective_is_at_least_one_of_the_scale(body, value_text, value, unit):
    row = row_for(body, value_text)
    assert (row["value"], row["unit"], row["qualifier"]) == (value, unit, "at least")


def test_a_multimillionaire_is_no_amount():
    assert texts("The multimillionaire donor funded the campaign.") == []


# --- what money given or saved went to ------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "value_text", "words"),
    [
        ("The trust gave $3 million to the children's hospital in May.", "$3 million", "hospital"),
        ("A voter may contribute $2,800 to each candidate per election.", "$2,800", "candidate"),
        (
            "A fan can give $500 to the club, but only $100 to a single player.",
            "$100",
            "player",
        ),
        ("The switch saved the county $4 million on fuel costs.", "$4 million", "fuel"),
    ],
)
def test_money_given_or_saved_says_to_whom_or_on_what(body, value_text, words):
    assert words in row_for(body, value_text)["measure"]
