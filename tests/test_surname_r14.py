"""Several people of one surname (round 14): the bare surname is the family's principal, by the
order the story names them in (`lib/quotes/speakers/family.py`, `principal`): the one named in
full before the surname is first written alone, or nobody named in full when the surname comes
alone first ("President Haddon" before "aides Lucy Haddon and Sam Ortiz"). A relative named
later is written in full or by first name; a title before the surname goes to the bearer the
story gave it. Wording written for the tests, with invented people and several orders."""

from __future__ import annotations

import pytest

import lib
from lib.quotes.lexicon import lexicon
from lib.quotes.speakers import family
from tests.statements_of import said

# The principal first, the surname alone for her, then her daughter in full, who speaks; the
# surname after that is still the mother's, in the same paragraph and the next.
MOTHER_THEN_DAUGHTER = (
    "Interview\n\n"
    "Former Governor Ruth Alder said Monday that the race had worn her down. “It was hard,” "
    "Alder said.\n\n"
    "Mia Alder, asked the same question after her mother, said she was proud of her. Alder also "
    "told the station that she had not been contacted by investigators.\n\n"
    "“It is a distraction,” Alder said."
)

# The same with men, the son first and his father after him.
SON_THEN_FATHER = (
    "Council race\n\n"
    "Tom Keel, a council candidate, said on Friday that the vote would be close. Keel said he "
    "had knocked on 3,000 doors.\n\n"
    "His father Ron Keel, who ran for the seat in 1990, said the district had changed. Keel "
    "added that he expected to win by a few votes."
)

# The surname with a title before its only bearer is named in full: someone else, and the
# bearer named later (no kin word at all) does not take the titled surname's words.
TITLED_FIRST = (
    "Funeral\n\n"
    "Governor Haddon and Senator Pike had clashed for years. In 2015, Governor Haddon called "
    "Pike “weak” on trade. The governor said Pike was a disgrace.\n\n"
    "Aides Lucy Haddon and Sam Ortiz attended the service. “It was moving,” Lucy Haddon said."
)

# A title the story gave one of the two bearers in full picks him over the one named first.
TITLE_GIVEN = (
    "Hearing\n\n"
    "Lawyer Karen Pryce said on Monday that the hearing was a farce. Her uncle, Sen. Walter "
    "Pryce, sat beside her.\n\n"
    "Sen. Pryce said the committee would act next week."
)

# The headline's surname before the lede's full name is the same person.
HEADLINE = (
    "Voss vows to cut fares\n\n"
    "Mayor Ellen Voss said Tuesday that fares would fall. Voss said the city could afford it."
)


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (MOTHER_THEN_DAUGHTER, "not been contacted", "Ruth Alder"),
        (MOTHER_THEN_DAUGHTER, "It is a distraction", "Ruth Alder"),
        (MOTHER_THEN_DAUGHTER, "proud of her", "Mia Alder"),
        (SON_THEN_FATHER, "expected to win", "Tom Keel"),
        (SON_THEN_FATHER, "district had changed", "Ron Keel"),
        (TITLE_GIVEN, "committee would act", "Walter Pryce"),
        (HEADLINE, "could afford it", "Ellen Voss"),
    ],
)
def test_the_bare_surname_is_the_bearer_the_order_or_title_says(text, words, speaker):
    assert said(text, words)["speaker"] == speaker


@pytest.mark.parametrize("words", ["weak", "a disgrace"])
def test_a_surname_written_alone_before_its_bearer_is_named_stays_someone_else(words):
    assert said(TITLED_FIRST, words)["speaker"] != "Lucy Haddon"
    assert said(TITLED_FIRST, "It was moving")["speaker"] == "Lucy Haddon"


def test_the_entities_keep_the_titled_surname_apart_from_the_later_bearer():
    names = set(lib.analyze(TITLED_FIRST).entities["name"])
    assert {"Haddon", "Lucy Haddon"} <= names


@pytest.mark.parametrize(
    ("text", "surname", "bearers", "principal"),
    [
        (MOTHER_THEN_DAUGHTER, "Alder", ("Ruth Alder", "Mia Alder"), "Ruth Alder"),
        (SON_THEN_FATHER, "Keel", ("Ron Keel", "Tom Keel"), "Tom Keel"),
        (TITLED_FIRST, "Haddon", ("Lucy Haddon",), "Haddon"),
        (HEADLINE, "Voss", ("Ellen Voss",), "Ellen Voss"),
        # both named before the surname is written alone: the order does not say
        (
            "News\n\nAnn Roe and her son Ben Roe came. Roe said so.",
            "Roe",
            ("Ann Roe", "Ben Roe"),
            None,
        ),
        # the surname alone in the lede before the full name, no title: the same person
        (
            "Debate\n\nCruz faced the attacks. Sen. Ted Cruz of Texas said no. Cruz left.",
            "Cruz",
            ("Ted Cruz",),
            "Ted Cruz",
        ),
        # a courtesy title that fits nobody named later: someone else; one that fits: no sign
        ("News\n\nMr. Hale said no. Ann Hale came.", "Hale", ("Ann Hale",), "Hale"),
        ("News\n\nMr. Hale said no. Tom Hale came. Hale left.", "Hale", ("Tom Hale",), "Tom Hale"),
        # the only bearer named first in someone's quoted words: no introduction by the story
        (
            'News\n\nPresident Obama spoke. "She needs Barack Obama," Lee said. Obama left.',
            "Obama",
            ("Barack Obama",),
            "Barack Obama",
        ),
        # a bearer not written as named: no answer
        ("News\n\nRoe said so.", "Roe", ("Ann Roe",), None),
    ],
)
def test_principal_by_order_of_naming(text, surname, bearers, principal):
    assert family.principal(text, surname, bearers, lexicon()) == principal


@pytest.mark.parametrize(
    ("text", "alone"),
    [
        ("News\n\nThe Trump administration said no. A Trump family trip ended.", False),
        ("News\n\nHillary Rodham Clinton spoke. Donald J. Trump spoke.", False),
        ("News\n\nThe Clinton Foundation said no.", False),
        ("News\n\nIt was late, President Trump said.", True),
        ("News\n\nMrs. Clinton said no.", True),
        ("News\n\nWhile Clinton spoke, Trump’s aides left.", True),
    ],
)
def test_bare_uses_are_the_surname_written_alone_for_a_person(text, alone):
    found = [u for s in ("Trump", "Clinton") for u in family.bare_uses(text, s, lexicon())]
    assert bool(found) == alone


# A relative described through the bare surname ("Hale's widow") is not the one that surname
# names: here the daughter, the principal named first.
def test_a_relative_described_through_the_surname_is_not_its_principal():
    text = (
        "Talk show\n\n"
        "Host Lena Hale praised the governor on Thursday. “He is a decent man,” Hale said. Her "
        "father, the late Sen. Tom Hale, had served with him for years.\n\n"
        "“I have no intention of getting involved,” Hale's widow tweeted on Friday."
    )
    assert said(text, "no intention")["speaker"] != "Lena Hale"
    assert said(text, "decent man")["speaker"] == "Lena Hale"
