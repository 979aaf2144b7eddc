"""Pronoun speakers whose antecedent the tagger does not name, on our own wording: a person brought
in by an indefinite description ("a man at the hearing … he said"), a bare surname the tagger left
untagged ("Hale described how she … She said"), and "they" after a plural subject naming people
("Republicans attacked it. They said", "his neighbours said … they said")."""

from __future__ import annotations

import pytest

from tests.statements_of import find, quotes_of

# --- "A man at the meeting confronted Lee. “…,” he said": the description speaks -------------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Mayor Ann Lee opened the new bridge on Monday. A man at the ceremony confronted "
            "Lee about the cost. “We were promised a cheaper bridge. We got this,” he said. “Nobody asked "
            "us,” he added.",
            "Nobody asked us",
            "man at the ceremony",
        ),
        (
            "Governor Tom Ruiz visited the flooded valley on Friday. A farmer from the "
            "village stopped Ruiz at the bridge. “My fields have been under water for a "
            "week,” she said.",
            "fields have been under water",
            "farmer from the village",
        ),
        (
            "Senator Paul Gray spoke at the rally in Dayton. A protester in the crowd heckled "
            "Gray during the speech. “You voted against our pensions,” he shouted. “Shame on "
            "you,” he went on. “We will remember in November,” he added.",
            "remember in November",
            "protester in the crowd",
        ),
    ],
)
def test_an_indefinite_description_in_subject_position_is_the_pronouns_person(text, words, speaker):
    assert find(quotes_of(text), words)["speaker"] == speaker


def test_a_named_subject_still_beats_a_description_in_object_position():
    rows = quotes_of(
        "Mayor Tom Hale met a man from the tenants' union on Monday. “We will fix the heating "
        "before winter,” he said."
    )
    assert find(rows, "fix the heating")["speaker"] == "Tom Hale"


def test_a_description_of_the_other_gender_is_not_the_pronouns_person():
    rows = quotes_of(
        "Governor Tom Ruiz toured the valley on Friday. A woman from the village spoke to "
        "reporters about the damage. “The state has done all it can,” he said."
    )
    assert find(rows, "done all it can")["speaker"] == "Tom Ruiz"


# --- "Hale described how she … She said …": an untagged surname ------------------------------


@pytest.mark.parametrize(
    "opening",
    [
        "Hale described how she learned about the vote in a short post on Sunday.",
        "Okonjo recalled how she heard the news at the clinic on Sunday.",
    ],
)
def test_an_untagged_surname_whose_clause_gives_the_gender_is_the_pronouns_person(opening):
    surname = opening.split()[0]
    rows = quotes_of(
        f"{opening} She said she was at home when the result came. “It was a shock to all of "
        "us,” she added."
    )
    assert find(rows, "at home when the result")["speaker"] == surname
    assert find(rows, "a shock to all of us")["speaker"] == surname


# --- "Republicans attacked the plan. They said …": the nearest plural people subject ---------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "The council approved the new parking charges on Tuesday. Critics of the plan "
            "gathered outside the hall. Republicans quickly attacked the decision. They said "
            "the council had ignored the voters.",
            "ignored the voters",
            "Republicans",
        ),
        (
            "The Harbour Trust said the pier would close in May. Tom Ruiz's grandchildren "
            "wrote to the trust, “We learned to fish on that pier,” they said.",
            "learned to fish",
            "grandchildren",
        ),
        (
            "The city council approved the parking plan on Tuesday. Maria Costa and Pavel "
            "Novak toured the flooded site on Monday. “We have never seen anything like it,” "
            "they said.",
            "never seen anything like it",
            "Maria Costa and Pavel Novak",
        ),
        (
            "The governor's advisers, led by chief of staff Rita Moss, met donors in Albany. "
            "They said the budget would be balanced by June.",
            "budget would be balanced",
            "advisers",
        ),
    ],
)
def test_they_takes_the_nearest_plural_subject_naming_people(text, words, speaker):
    assert speaker in (find(quotes_of(text), words)["speaker"] or "")


def test_they_after_a_plural_thing_still_goes_back_to_the_body():
    rows = quotes_of(
        "The Harbour Trust announced the pier would close in May. The repairs will cost "
        "millions. “We have no other choice,” they said."
    )
    assert find(rows, "no other choice")["speaker"] == "Harbour Trust"


def test_a_document_or_a_number_is_no_described_person():
    rows = quotes_of(
        "Senator Paul Gray wrote to the mayor on Monday. A letter from the senator reached the "
        "council on Friday. “The bridge must be rebuilt this year,” he wrote."
    )
    assert find(rows, "must be rebuilt")["speaker"] == "Paul Gray"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (  # a named subject of the same sentence goes first
            "Tom Hale has a long record: a banker who made millions, a mayor who cut crime. "
            "Initially a Democrat, he ran as a Republican and declared himself an independent.",
            "himself an independent",
            "Tom Hale",
        ),
        (  # a description sentences back is no longer who the pronoun is
            "A judge in May fined a Leeds man for his posts. In June, the home of a second man "
            "was searched by police. Along with a photo, he had posted: “We are celebrating!”",
            "We are celebrating",
            None,
        ),
    ],
)
def test_a_description_does_not_outrank_a_named_subject_or_reach_far_back(text, words, speaker):
    found = find(quotes_of(text), words)["speaker"]
    if speaker is None:
        assert "judge" not in (found or "")
    else:
        assert found == speaker


@pytest.mark.parametrize(
    "question",
    ["Maria, how unusual was her testimony?", "How unusual was her testimony, Maria?"],
)
def test_a_name_addressed_in_a_question_is_not_the_pronouns_person(question):
    rows = quotes_of(
        "I spoke to our reporter Maria Costa, who has written about Ms. Helen Ward, the former "
        f"envoy. {question} She testified despite a White House order that there would be no "
        "more cooperation with Congress."
    )
    assert find(rows, "no more cooperation")["speaker"] != "Maria Costa"
