"""Gender and number agreement when speakers are resolved (issue 10): a "she" is a woman the
article names, a surname two relatives share goes to the one the clause fits, a kin description
("the widow of …") speaks as the relative, not as the person in its "of" phrase.

Every case is a short invented article: the rule must hold for the construction, not for a
sentence seen in an evaluation article.
"""

from __future__ import annotations

from lib.quotes.lexicon import lexicon
from lib.ruledata import load
from tests.statements_of import said


# A first name the article gives says the person's gender, also for a name the word lists of
# an earlier round lacked ("Cindy"), so "she" after her goes to her, not to an earlier woman.
def test_a_common_first_name_gives_the_gender_a_later_she_agrees_with():
    text = (
        "Talk show.\n\nHost Ann Leary said the vote was a mistake. “It was rushed,” she said."
        "\n\nCo-host Cindy Marsh also backed the council's position, noting that the leader had "
        "helped pass the budget. But she also warned that the vote was close."
    )
    assert said(text, "vote was close")["speaker"] == "Cindy Marsh"


# A first name listed under both genders ("Jean", "Andrea") says nothing about either.
def test_no_first_name_is_listed_under_both_genders():
    names = load("speakers.toml")["names"]
    assert not set(names["male"]) & set(names["female"])
    fn = lexicon().first_names
    assert fn["cindy"] == "female" and fn["chuck"] == "male"
    assert "jean" not in fn and "kim" not in fn
