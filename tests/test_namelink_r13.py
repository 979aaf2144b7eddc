"""A speaker's canonical name linked to the full name the article gives (round 13,
`lib/quotes/speakers/familiar.py`, `canonical`): a familiar and a formal full name of one person
("Joe" / "Joseph R. … Jr."), a title before a surname the tagger read as a body, an owner's
possessive before a name, and the surname past a generation or initials. Wording written for
the tests, with invented people."""

from __future__ import annotations

import pytest

from lib import entity_folds
from lib.quotes.lexicon import lexicon
from lib.quotes.speakers import canonical, familiar
from lib.quotes.speakers.mentions import ORGANIZATION, PERSON, UNKNOWN, Speaker
from tests.statements_of import said


def _core(name: str) -> list[str]:
    return canonical._core_words(name, lexicon())


FORMAL_AND_FAMILIAR = (
    "Joe Marlowe Jokes About His Slips\n\n"
    "Former Governor Joseph T. Marlowe Jr. appeared on a radio show on Tuesday.\n\n"
    "“I have made mistakes, and I will make more,” Mr. Marlowe told the host."
)
FATHER_AND_SON = (
    "Two Halvorsens\n\n"
    "Peter Halvorsen and his son, Peter Halvorsen Jr., toured the plant on Tuesday.\n\n"
    "“The plant will stay open,” Halvorsen told workers."
)
TITLE_THEN_SURNAME = (
    "Lawmaker writes to university\n\n"
    "Rep. Walter Brennick (R-OH) wrote to the university on Monday.\n\n"
    "“The program must be reviewed at once,” Representative Brennick said in the letter."
)
OUTLET_POSSESSIVE = (
    "Resort picked for summit\n\n"
    "The summit will be held at a golf resort in Florida, officials said on Monday.\n\n"
    "The Ledger’s R.T.\u00a0Okafor reported that the resort had lost money for years."
)


@pytest.mark.parametrize(
    ("shorter", "longer", "same"),
    [
        ("Joe Marlowe", "Joseph T. Marlowe Jr.", True),  # familiar first name, formal full
        ("Bob Kessler", "Robert S. Kessler III", True),
        ("Liz Tran", "Elizabeth Tran", True),
        ("Anna Voss", "Anna K. Voss", True),  # a middle initial more
        ("Peter Halvorsen", "Peter Halvorsen Jr.", False),  # his son
        ("Peter Halvorsen", "Peter J. Halvorsen Jr.", False),  # a generation added
        ("Joe Marlowe Jr.", "Joseph Marlowe Sr.", False),  # another generation
        ("Hunter Marlowe", "Joseph Marlowe", False),  # another first name
        ("Joe Marlowe", "Josephine Marlowe", False),
        ("Joe Marlowe", "Joseph Marlow", False),  # another surname
    ],
)
def test_one_person_named_twice_in_full(shorter, longer, same):
    assert familiar.one_person(shorter, longer, _core) is same


def test_a_bare_surname_is_the_formal_full_name_beside_a_familiar_one():
    row = said(FORMAL_AND_FAMILIAR, "I have made mistakes")
    assert row["speaker"] == "Joseph T. Marlowe Jr."
    assert row["speaker_mention"].endswith("Marlowe")


def test_a_bare_surname_of_father_and_son_stays_as_written():
    assert said(FATHER_AND_SON, "plant will stay open")["speaker"] == "Halvorsen"


@pytest.mark.parametrize(
    ("people", "expected"),
    [
        (["Joe Marlowe", "Joseph T. Marlowe Jr."], ["Joseph T. Marlowe Jr."]),
        (["Ann Marlowe", "Joseph T. Marlowe Jr."], ["Ann Marlowe", "Joseph T. Marlowe Jr."]),
        (["Robert S. Kessler III"], ["Robert S. Kessler III"]),
        (["J.K. Rowan"], ["J.K. Rowan"]),
        (["Henry Fordham II", "Henry Fordham"], ["Henry Fordham", "Henry Fordham II"]),  # two men
    ],
)
def test_long_forms_of_a_surname(people, expected):
    surname = _core(people[0])[-1]
    assert canonical.long_forms(surname, people, lexicon()) == expected


@pytest.mark.parametrize(
    ("name", "surname"),
    [
        ("Robert S. Kessler III", "Kessler"),
        ("Martin Luther Kingsley Jr.", "Kingsley"),
        ("John Smithers Sr.", "Smithers"),
        ("Henry Fordham II", "Fordham"),
        ("S.V. Dateline", "Dateline"),
        ("J.K. Rowan", "Rowan"),
    ],
)
def test_the_surname_is_the_last_word_that_is_no_suffix(name, surname):
    assert _core(name)[-1] == surname


def test_a_title_before_a_surname_is_the_person_named_in_full():
    row = said(TITLE_THEN_SURNAME, "must be reviewed at once")
    assert row["speaker"] == "Walter Brennick"


def _renamed(name: str, kind: str, text: str = "", people: tuple[str, ...] = ()) -> Speaker:
    s = Speaker(name, kind, None, 0, len(name), name)
    canonical.canonicalise([s], text, lexicon(), people)
    return s


@pytest.mark.parametrize(
    ("name", "people", "expected"),
    [
        ("Representative Brennick", ("Walter Brennick",), ("Walter Brennick", PERSON)),
        ("Gov. Brennick", ("Walter Brennick",), ("Walter Brennick", PERSON)),
        ("Sen. Brennick", ("Walter Brennick",), ("Walter Brennick", PERSON)),
        ("Sen. Brennick", ("Ann Lee",), ("Sen. Brennick", ORGANIZATION)),  # no such person
        ("Judge Brennick Center", ("Walter Brennick",), ("Judge Brennick Center", ORGANIZATION)),
        ("Brennick Holdings", ("Walter Brennick",), ("Brennick Holdings", ORGANIZATION)),
    ],
)
def test_titles_before_a_surname_read_as_a_body(name, people, expected):
    s = _renamed(name, ORGANIZATION, people=people)
    assert (s.name, s.kind) == expected


@pytest.mark.parametrize("name", ["Sen. Brennick", "Rep. Brennick", "Gov. Brennick"])
def test_a_title_written_out_or_abbreviated_is_no_part_of_a_persons_name(name):
    assert _renamed(name, UNKNOWN, people=("Walter Brennick",)).name == "Walter Brennick"
    assert _renamed(name, PERSON, people=("Ann Lee",)).name == name  # nobody of that surname


def test_an_outlets_possessive_before_a_name_is_no_part_of_it():
    row = said(OUTLET_POSSESSIVE, "lost money for years")
    assert row["speaker"] == "R.T. Okafor"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("The Ledger’s R.T.\u00a0Okafor", "R.T. Okafor"),
        ("Channel Nine’s Maria Lopez", "Maria Lopez"),
        ("Fox News' Sean Hadley", "Sean Hadley"),
        ("Marlowe's Justice Department", "Marlowe's Justice Department"),  # no person
        ("Marlowe's Palmetto", "Marlowe's Palmetto"),  # a place of his
        ("McKinsey's Maria", "McKinsey's Maria"),  # a first name alone
    ],
)
def test_owner_possessives(name, expected):
    assert _renamed(name, UNKNOWN).name == expected


def test_a_canonical_name_has_plain_spaces():
    assert canonical.plain_marks("Ann\u00a0 Lee") == "Ann Lee"


def test_a_familiar_full_name_is_the_formal_one():
    found = canonical.long_forms("Joe Marlowe", ["Joseph T. Marlowe Jr.", "Ann Marlowe"], lexicon())
    assert found == ["Joseph T. Marlowe Jr."]


def test_entities_fold_a_familiar_full_name_and_then_the_surname():
    def group(name: str, at: int) -> dict:
        return {"name": name, "label": "PERSON", "forms": [name], "spans": [(at, at + 1)]}

    groups = [group("Joe Marlowe", 0), group("Joseph T. Marlowe Jr.", 50), group("Marlowe", 90)]
    groups.append(group("Peter Halvorsen", 120))
    groups.append(group("Peter Halvorsen Jr.", 150))
    entity_folds.fold_familiar_names(groups)
    entity_folds.fold_person_names(groups, "")
    kept = {g["name"]: len(g["spans"]) for g in groups if not g.get("merged")}
    assert kept == {"Joseph T. Marlowe Jr.": 3, "Peter Halvorsen": 1, "Peter Halvorsen Jr.": 1}
