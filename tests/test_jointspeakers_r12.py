"""People who speak together (lib/quotes/speakers/groups.py, crews.py, joint.py;
lib/quotes/sayers.py), round 12: a list of people is one speaker "A and B" however the parse hangs
it (an apposition after the last name, a place after the first, an apposition after a plural noun,
a pronoun in the list), and a plural role or "they" after it takes them up. Each on invented
wording."""

from __future__ import annotations

import pytest

from tests.statements_of import said

LETTER = (
    "Farm rule\n\n“Farmers deserve clear rules,” Labor Department chief Nora Quist and "
    "Elliot Farrow, deputy director of the Bureau of Land Management for western lands, "
    "wrote in a letter published Monday by the Dayton Courier. The old rule covered every "
    "ditch, the officials wrote. “It is time to end it,” they said."
)


@pytest.mark.parametrize("words", ["clear rules", "every ditch", "time to end it"])
def test_a_list_whose_subject_the_parse_lost_speaks_and_is_taken_up(words):
    assert said(LETTER, words)["speaker"] == "Nora Quist and Elliot Farrow"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Hearing\n\nLawmakers asked whether Kyiv knew. “Not that I recall,” answered both "
            "witnesses — Acting Envoy to Poland Dana Wirth and Paul Ostrander, a deputy "
            "assistant secretary of state.",
            "Not that I recall",
            "Dana Wirth and Paul Ostrander",
        ),
        (
            "Bill\n\n“The plan is dead,” said the two senators, Ann Lee of Ohio and Tom Ruiz of "
            "Utah.",
            "plan is dead",
            "Ann Lee and Tom Ruiz",
        ),
        (
            "Suit\n\nThe two lawyers, Ann Lee and Tom Ruiz, said the ruling would be appealed.",
            "would be appealed",
            "Ann Lee and Tom Ruiz",
        ),
    ],
)
def test_a_list_set_after_a_plural_noun_names_them_all(text, words, speaker):
    assert said(text, words)["speaker"] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Suit\n\nThe three lawyers, Ann Lee and Tom Ruiz, said the ruling would be appealed.",
        "Suit\n\nThe lawyers, who met Ann Lee and Tom Ruiz on Monday, said the ruling would be "
        "appealed.",
    ],
)
def test_a_list_that_is_not_the_plural_nouns_apposition_is_not_them(text):
    assert said(text, "would be appealed")["speaker"] != "Ann Lee and Tom Ruiz"


def test_a_pronoun_in_the_list_is_resolved_like_a_subject():
    text = (
        "Race\n\nSenator Walter Brandt toured Ohio on Monday. Governor Ann Lee was in Utah. He "
        "and Lee, 61, pledged to publish their tax returns."
    )
    assert said(text, "publish their tax returns")["speaker"] == "Walter Brandt and Ann Lee"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Rule\n\nThe plan was opposed by nurses and teachers who said it would cost too much.",
            "nurses and teachers",
        ),
        (
            "Rule\n\nThe plan was opposed by Ann Lee and Tom Ruiz, who said it would cost too "
            "much.",
            "Ann Lee and Tom Ruiz",
        ),
    ],
)
def test_a_relative_clause_after_a_list_is_all_of_it(text, speaker):
    assert said(text, "cost too much")["speaker"] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Aid\n\nOther witnesses – namely Mira Olsen from Treasury and Jonas Pike, a budget "
        "expert at the Pentagon – told investigators that the money was held back.",
        "Aid\n\nThe aid was late. Mira Olsen of the Treasury and Jonas Pike said that the money "
        "was held back.",
    ],
)
def test_a_person_placed_by_of_or_from_and_the_next_one_speak_together(text):
    assert said(text, "money was held back")["speaker"] == "Mira Olsen and Jonas Pike"


def test_a_persons_places_are_no_list_of_speakers():
    text = "Aid\n\nThe aid was late. Mira Olsen of Ohio and Utah said that the money was held back."
    assert "Utah" not in said(text, "money was held back")["speaker"]


@pytest.mark.parametrize(
    ("then", "words"),
    [
        ("The pair said they would appeal.", "would appeal"),
        ("“We will appeal,” the duo wrote.", "We will appeal"),
        ("Both said they would appeal.", "would appeal"),
        ("The officials said they would appeal.", "would appeal"),
    ],
)
def test_a_pair_or_a_plural_role_takes_up_the_two_named_with_their_roles(then, words):
    text = (
        "Shelter\n\nThe shelter was closing. Mayor Ann Lee and council chief Tom Ruiz told "
        "reporters the money was gone. " + then
    )
    assert said(text, "money was gone")["speaker"] == "Ann Lee and Tom Ruiz"
    assert said(text, words)["speaker"] == "Ann Lee and Tom Ruiz"


def test_a_pair_of_things_is_no_pair_of_people():
    text = (
        "Shelter\n\nAnn Lee and Tom Ruiz said the money was gone. The pair of reports said the "
        "roof would fail."
    )
    assert said(text, "roof would fail")["speaker"] != "Ann Lee and Tom Ruiz"


@pytest.mark.parametrize(
    "subject",
    [
        "Mayor Ann Lee and her deputy, Tom Ruiz,",
        "In the 1998 race, Lee and his future chief of staff, Tom Ruiz,",
    ],
)
def test_a_joined_role_named_in_apposition_is_that_person(subject):
    text = f"Shelter\n\nAnn Lee ran the city. {subject} said the money was gone."
    assert said(text, "money was gone")["speaker"] == "Ann Lee and Tom Ruiz"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Poll\n\nThe film would be late, according to Bill Mack, a Republican pollster who "
            "ran the survey with Democratic pollster Ann Hale.",
            "Bill Mack",
        ),
        (
            "Poll\n\n“The film would be late,” said Tom Ruiz, a pollster who worked for the "
            "mayor's rival, state senator Ann Hale.",
            "Tom Ruiz",
        ),
    ],
)
def test_a_named_subject_is_no_role_of_the_person_its_apposition_ends_with(text, speaker):
    assert said(text, "film would be late")["speaker"] == speaker
