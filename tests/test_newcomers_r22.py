"""Round 22: "the <noun>" right after "a/an <noun>" is the newcomer (lib/quotes/speakers/newcomers.py)."""

from __future__ import annotations

import pytest

from tests.statements_of import find, quotes_of

NAMED = "Activist Carlos Rivera spoke at the rally on Monday."


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "Later, the candidate was confronted by an immigration activist in Concord. The "
            "activist said the plan would hurt families.",
            "immigration activist",
        ),
        (
            "Later, a young activist stopped the candidate. The activist, who claimed to be a "
            "nurse, said the plan would hurt families.",
            "young activist",
        ),
    ],
)
def test_the_noun_after_a_new_indefinite_one_is_the_newcomer(paragraph, speaker):
    """ "… confronted by an immigration activist in Concord. The activist said": not Rivera;
    and "The activist, who claimed …": the relative pronoun follows its noun."""
    assert find(quotes_of(NAMED, paragraph), "hurt families")["speaker"] == speaker


def test_the_noun_with_nobody_new_in_between_is_the_named_one():
    """ "Activist Carlos Rivera … “…,” the activist said": the one the article named."""
    rows = quotes_of(NAMED, "“The plan will hurt families,” the activist said.")
    assert find(rows, "hurt families")["speaker"] == "Carlos Rivera"


def test_an_indefinite_body_is_left_to_the_body_rules():
    """ "a federal appeals court … The court said": often the court the article names; only
    people are newcomers."""
    rows = quotes_of(
        "The Court of Appeals for the Ninth Circuit heard the case in May.",
        "On Friday a federal appeals court ruled for the city. The court said the law was valid.",
    )
    assert find(rows, "law was valid")["speaker"] != "federal appeals court"
