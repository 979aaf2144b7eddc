"""A speaker's canonical name where the article gives the full one (round 12,
`lib/quotes/speakers/fullnames.py`): initials, a first name alone, and a person's body named in
the form the story writes. Wording written for the tests, with invented people."""

from __future__ import annotations

import pytest

from lib.quotes.speakers import fullnames
from tests.statements_of import said

INITIALS = (
    "Senator hits back\n\n"
    "Sen. Maria Delgado-Ruiz (D-N.M.) spoke on Monday at a rally in Santa Fe.\n\n"
    "MDR said the bill was “a disgrace to working families,” and the crowd cheered."
)
DEFINED = (
    "Schools report\n\n"
    "Marta Duval Reyes runs the Municipal Data Registry (MDR) in the city.\n\n"
    "MDR said in a statement that “the records are complete.”"
)
FIRST_NAME = (
    "Candidate returns\n\n"
    "Senator Bernard Kowalski of Ohio returned to the trail on Monday after a week away.\n\n"
    "“We will win this,” Bernard told a crowd of supporters in Toledo."
)
SHARED_FIRST_NAME = (
    "Two senators\n\n"
    "Senator Bernard Kowalski and Senator Bernard Mills met on Monday in Columbus.\n\n"
    "“We will win this,” Bernard told a crowd of supporters in Toledo."
)
CAMPAIGN_AS_WRITTEN = (
    "Candidate cancels events\n\n"
    "Senator Bernard Kowalski of Ohio was taken to hospital on Tuesday, his campaign said.\n\n"
    "“He is resting and in good spirits,” the campaign said in a statement. The Kowalski "
    "campaign has also canceled its television advertising."
)
CAMPAIGN_POSSESSIVE_ONLY = (
    "Candidate cancels events\n\n"
    "Senator Bernard Kowalski of Ohio was taken to hospital on Tuesday.\n\n"
    "“He is resting and in good spirits,” his campaign said in a statement. Kowalski’s "
    "campaign has also canceled its television advertising."
)


@pytest.mark.parametrize(
    ("name", "letters"),
    [
        ("Alexandria Ocasio-Cortez", "AOC"),
        ("Ruth Bader Ginsburg", "RBG"),
        ("John F. Kennedy", "JFK"),
        ("Mohammed bin Salman", "MBS"),
    ],
)
def test_initials_are_the_first_letters_of_every_part_of_the_name(name, letters):
    assert fullnames.initials(name) == letters


def test_initials_stand_for_the_one_person_named_in_full():
    row = said(INITIALS, "disgrace to working families")
    assert (row["speaker"], row["speaker_mention"]) == ("Maria Delgado-Ruiz", "MDR")


def test_an_acronym_the_article_defines_is_the_body_not_the_person():
    assert said(DEFINED, "records are complete")["speaker"] != "Marta Duval Reyes"
    assert fullnames.by_initials("MDR", ["Marta Duval Reyes"], {"MDR": "x"}) is None


def test_initials_of_two_people_name_neither():
    assert fullnames.by_initials("AL", ["Ann Lee", "Amos Lind"], {}) is None


def test_a_first_name_alone_is_the_one_person_of_that_first_name():
    row = said(FIRST_NAME, "We will win this")
    assert (row["speaker"], row["speaker_mention"]) == ("Bernard Kowalski", "Bernard")


def test_a_first_name_two_people_share_stays_as_written():
    assert said(SHARED_FIRST_NAME, "We will win this")["speaker"] == "Bernard"


@pytest.mark.parametrize(
    ("word", "people", "expected"),
    [
        ("Bernie", ["Bernie Sanders", "Bernie Sanders Hospitalized"], "Bernie Sanders"),
        ("Donald", ["Donald Hale", "Donald Hale Jr."], None),  # his son, another person
        ("Warren", ["Elizabeth Warren", "Warren Beatty"], None),  # a surname first
        ("Ann", ["Ann"], None),
        ("Clinton", ["Clinton campaign spokesman"], None),  # a role, not a name
    ],
)
def test_first_name_folds(word, people, expected):
    assert fullnames.by_first_name(word, people) == expected


def test_a_body_takes_the_attributive_form_the_story_writes():
    assert said(CAMPAIGN_AS_WRITTEN, "resting and in good spirits")["speaker"] == (
        "Kowalski campaign"
    )


def test_a_body_the_story_only_writes_with_a_possessive_keeps_it():
    row = said(CAMPAIGN_POSSESSIVE_ONLY, "resting and in good spirits")
    assert row["speaker"] == "Bernard Kowalski's campaign"


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("Ann Lee's office", "a statement from the Ann Lee office", "Ann Lee office"),
        ("Ann Lee's lawyers", "the Lee lawyers said", "Lee lawyers"),
        ("Ann Lee's lawyers", "Lee's lawyers said", None),
        ("Tom Hale's office", "the Hale office", None),  # not a person of the article
    ],
)
def test_attributive_forms(name, text, expected):
    assert fullnames.attributive(name, text, ["Ann Lee"], lambda n: n.split()[-1]) == expected


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("He and Tom Ruiz, 76,", "Bernard Kowalski and Tom Ruiz"),
        ("He and Senator Tom Ruiz", "Bernard Kowalski and Tom Ruiz"),
    ],
)
def test_a_pronoun_opening_a_list_of_speakers_is_the_person_it_stands_for(subject, expected):
    text = (
        "Records\n\nSenator Bernard Kowalski, 78, canceled three events in Ohio to rest his "
        f"voice. {subject} pledged that month to release an updated "
        "set of medical records before the primary."
    )
    row = said(text, "medical records")
    assert row["speaker"] == expected
    assert row["speaker_mention"].startswith("He and")
