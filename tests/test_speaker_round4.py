"""Speaker rules of round 4 (issue 10), each on wording written for the test.

Every case is a short invented article: the rule must hold for the construction, not for a
sentence seen in an evaluation article.
"""

from __future__ import annotations

from lib.quotes.lexicon import lexicon
from lib.quotes.speakers.canonical import long_forms
from tests.statements_of import said


# Short names and full ones: one matching for courtesy titles, shared surnames and short forms.
def test_a_short_name_stands_for_every_full_name_it_fits_once_per_person():
    people = ["Elena Ferrer", "Alvaro Ferrer", "Rival Elena Ferrer", "Tomas Ferrer QC", "Ana Li"]
    found = long_forms("Ferrer", people, lexicon())
    assert found == ["Elena Ferrer", "Alvaro Ferrer", "Tomas Ferrer QC"]  # shortest first
    assert long_forms("Elena Ferrer", ["Elena Ferrer", "Ana Li"], lexicon()) == []  # full
    assert long_forms("Li", people, lexicon()) == ["Ana Li"]
    assert long_forms("Kennedy", ["James P. Kennedy Jr"], lexicon()) == ["James P. Kennedy Jr"]
    assert long_forms("minister", people, lexicon()) == []


# Lists of speakers: every name in "A, B and C said" is credited, joined.
def test_every_name_of_a_listed_subject_speaks():
    text = (
        "High street gloom.\n\nHarlow Bakery, Penrose Books, Bank of Tilly and Marsh & Sons "
        "all said that winter trade had been poor."
    )
    row = said(text, "winter trade")
    assert row["speaker"] == "Harlow Bakery, Penrose Books, Bank of Tilly and Marsh & Sons"


def test_listed_people_keep_their_full_names_without_titles():
    text = (
        "Bridge vote.\n\nThe council met on Monday.\n\nChancellor Ines Varga, Mayor Tom Ruiz "
        "and Ada Bell said the old bridge must close."
    )
    assert said(text, "bridge must close")["speaker"] == "Ines Varga, Tom Ruiz and Ada Bell"


def test_the_named_examples_of_a_plural_speak():
    text = (
        "Sales.\n\nOther shops - including Penrose Books, Tilly Toys and Harlow Bakery - "
        "reported that sales had risen."
    )
    assert said(text, "sales had risen")["speaker"] == (
        "Penrose Books, Tilly Toys and Harlow Bakery"
    )


def test_an_ordinary_phrase_with_and_is_no_list_of_speakers():
    text = (
        "Prices.\n\nThe head of sales and marketing at Orla Foods said that prices would "
        "rise in spring."
    )
    # Round 14: an unnamed role keeps the "of" phrase that says which office it is; the "and"
    # inside it joins two parts of one office, not two speakers.
    assert said(text, "prices would rise")["speaker"] == "head of sales and marketing at Orla Foods"


# A role held for someone named another way: "his spokesman", "the organiser".
def test_a_role_held_for_the_person_his_or_her_stands_for_names_that_person():
    text = (
        "Appeal.\n\nCouncillor Tom Hale lost the vote on Tuesday. His spokesman said that he "
        "would appeal.\n\nSenator Ada Bell arrived late. Her aides said that she had been "
        "held up by traffic."
    )
    row = said(text, "would appeal")
    assert (row["speaker"], row["speaker_mention"]) == ("Tom Hale's spokesman", "His spokesman")
    assert said(text, "held up by traffic")["speaker"] == "Ada Bell's aides"


def test_a_role_held_for_him_by_a_named_person_is_that_person():
    text = (
        "Custody.\n\nJuan Ortiz wants his son back. Jo Marsh, the Ortiz family lawyer, filed "
        "papers on Monday. His lawyer said the hearing had been unfair."
    )
    assert said(text, "hearing had been unfair")["speaker"] == "Jo Marsh"


def test_the_doer_named_before_is_the_definite_agent_noun():
    text = (
        "Shelter.\n\nThe night shelter was founded by Maria Lopez in 1998. The founder said "
        "that demand had never been higher.\n\nAn owner said that the shop had been looted."
    )
    assert said(text, "demand had never been higher")["speaker"] == "Maria Lopez"
    assert said(text, "shop had been looted")["speaker"] == "owner"  # someone new


def test_a_couple_under_one_surname_is_no_list_of_names():
    text = "Farm.\n\nMr and Mrs Hale said that the old barn would be rebuilt."
    assert not said(text, "barn would be rebuilt")["speaker"].startswith("Mr")
