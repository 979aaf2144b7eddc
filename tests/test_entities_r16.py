"""An entity's kind and its names from how the whole article treats the name (round 16).

A person is written by the last name alone ("Marrick wrote"), a body or a place is not ("the
Ledger reported"); half its mentions tagged PERSON make a name a person; a title-case
headline's names are the names its body writes; a word in lower case is never a name; a
pronoun after another person is named tells nothing of the subject's gender. Wording written
for the tests, with invented people and bodies."""

from __future__ import annotations

from collections import Counter

import pytest

import lib
from lib.entities import extract_entities
from lib.entity_headlines import title_case
from lib.entity_kinds import label_groups
from lib.ingest.formats import load_article
from lib.nlp import load_nlp, parse
from tests.test_entities import entities_of


def _group(name: str, **votes: int) -> dict:
    return {"name": name, "votes": Counter(votes), "hint": False, "forms": [name], "spans": []}


def _labels(text: str, *groups: dict) -> dict[str, str]:
    article = load_article("Test article\n\n" + text)
    label_groups(list(groups), parse(article, load_nlp()))
    return {g["name"]: g["label"] for g in groups}


@pytest.mark.parametrize("label", ["ORG", "PRODUCT", "WORK_OF_ART"])
@pytest.mark.parametrize(
    "later",
    [
        "Marrick wrote that the smears had not stopped.",
        "“We will not stop,” Marrick said.",
        "Rep. Marrick, who had not been asked, responded on Sunday.",
        "Marrick resigned from the board on Sunday.",
    ],
)
def test_a_name_written_by_its_last_word_alone_is_a_person(label, later):
    text = f"Tulsa Marrick announced her run in March. {later}"
    assert _labels(text, _group("Tulsa Marrick", **{label: 2}))["Tulsa Marrick"] == "PERSON"


@pytest.mark.parametrize(
    "text",
    [
        "The Dallas Ledger broke the story. The Ledger said that the deal was off.",
        "The Dallas Ledger broke the story. Ledger staff said nothing.",
        "The Dallas Ledger broke the story. Ledger Foundation staff were not told.",
        "The Dallas Ledger broke the story on Monday.",
    ],
)
def test_a_body_never_written_alone_keeps_its_kind(text):
    assert _labels(text, _group("Dallas Ledger", ORG=1))["Dallas Ledger"] == "ORG"


@pytest.mark.parametrize(
    "name",
    [
        "Harbor Trust",
        "Justice Department",
        "CBS News",
        "Associated Press’ Twitter",
        "Veteran's Preference",
    ],
)
def test_a_body_word_or_initialism_in_the_name_keeps_it_a_body(name):
    last = name.split()[-1]
    text = f"{name} said it would appeal. {last} said nothing more."
    assert _labels(text, _group(name, ORG=1))[name] == "ORG"


def test_a_place_needs_a_person_vote_besides_the_bare_word():
    text = "North Varnia tested a missile. Varnia said it would test more."
    assert _labels(text, _group("North Varnia", GPE=2))["North Varnia"] == "GPE"
    text = "The co-host Whoopa Bergstein asked him. Bergstein said she was not convinced."
    labels = _labels(text, _group("Whoopa Bergstein", FAC=1, PERSON=1))
    assert labels["Whoopa Bergstein"] == "PERSON"


def test_a_surname_a_named_person_has_stays_with_that_person():
    text = "Lawmakers met on Capitol Hill. Katie Hill spoke first. Hill said the vote was near."
    labels = _labels(text, _group("Capitol Hill", FAC=1), _group("Katie Hill", PERSON=1))
    assert labels == {"Capitol Hill": "FAC", "Katie Hill": "PERSON"}


@pytest.mark.parametrize(
    "votes, label",
    [
        ({"PERSON": 6, "ORG": 4}, "PERSON"),
        ({"PERSON": 1, "ORG": 1}, "PERSON"),
        ({"PERSON": 1, "ORG": 2}, "ORG"),
    ],
)
def test_a_name_is_a_person_when_half_its_mentions_say_so(votes, label):
    text = "Brannock wrote the column for the magazine."
    assert _labels(text, _group("Brannock", **votes))["Brannock"] == label


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Senator Blasts Pentagon Over Secret Budget Report For Contractors", True),
        ("Whitlock Shreds Rival: ‘I’m Running to Undo’ Her ‘Failed Legacy’", True),
        ("Whitlock challenges her rival to name the senators she would work with", False),
        ("Whitlock Wins", False),  # too short to tell
    ],
)
def test_title_case_lines(line, expected):
    assert title_case(line) is expected


HEADLINED = (
    "Dana Whitlock Blasts Acting Pentagon Chief Over Secret Budget Group For Contractors\n\n"
    "Rep. Dana Whitlock questioned the acting Pentagon chief, Ravi Okonjo, on Tuesday about a "
    "budget group run by contractors. Whitlock said the group had hidden its members. Okonjo "
    "said he had not seen the report.\n\n"
    "The Pentagon did not answer questions about the group."
)


def test_a_title_case_headline_names_only_what_the_body_writes():
    article = load_article(HEADLINED)
    assert article.paragraphs[0].kind == "headline"
    rows = extract_entities(article, parse(article, load_nlp()))
    body = HEADLINED.split("\n\n", 1)[1]
    for row in rows:
        for form in (row["name"], *row["aliases"]):
            assert form in body, form  # no "Blasts Acting Pentagon", no "Secret Budget Group"


@pytest.mark.parametrize(
    "text",
    [
        "Dana Whitlock ripped her rival in a scathing op-ed on Sunday.",
        "The state said the program had ended, the agency said.",
    ],
)
def test_a_word_in_lower_case_is_never_an_entity(text):
    assert not [name for name in entities_of(text) if name.islower()]


def test_her_pronouns_reach_the_person_the_surname_names():
    text = (
        "Tulsa Marrick Shreds Rival: ‘I Will Not Back Down’\n\n"
        "Marrick, who has clashed with the former secretary for weeks, ripped her in an essay. "
        "“They know they can’t control me,” Marrick wrote. Marrick responded on Sunday. She said "
        "that her campaign would go on. This was posted by Tulsa Marrick on Sunday."
    )
    quotes = lib.analyze(text, published="2019-10-28").quotes
    row = quotes[quotes.text.str.startswith("her campaign")]
    assert list(row.speaker) == ["Tulsa Marrick"]


def test_a_pronoun_after_another_person_named_is_no_sign_of_the_subjects_gender():
    text = (
        "Host Backs Rival\n\n"
        "TV host Dorian Vale criticized Hillary Clinton for her remarks about the senator on "
        "Friday. “It has been payback ever since,” Vale said. He later added that the attacks "
        "had to stop."
    )
    quotes = lib.analyze(text, published="2019-10-28").quotes
    row = quotes[quotes.text.str.startswith("the attacks")]
    assert list(row.speaker) == ["Dorian Vale"]


@pytest.mark.parametrize(
    ("name", "label"),
    [("Ann Booker", "PERSON"), ("USS John Marrick", "FAC"), ("CBS Marrick", "ORG")],
)
def test_a_split_vote_is_a_person_unless_a_word_is_in_capitals_throughout(name, label):
    """Half the votes PERSON makes a person of a name the tagger doubted, never of a ship
    ("USS …") or a name with a network's initials."""
    group = _group(name, PERSON=1, **{"FAC" if label == "FAC" else "ORG": 1})
    assert _labels("The crew met on Sunday.", group)[name] == label


def test_a_body_glued_to_a_full_name_is_not_made_a_person_by_its_surname():
    """ "Unison Martin Fenwick" (the tagger's one body) and later "Fenwick said": the surname is
    the person's, whose full name starts at the first name inside; the glued name stays a body
    and the speaker rules split the role off (tests/test_speaker_classes.py)."""
    group = _group("Westbay Ellen Varga", ORG=1)
    text = "Chair of Westbay Ellen Varga spoke on Sunday. Varga said the plan would fail."
    assert _labels(text, group)["Westbay Ellen Varga"] == "ORG"
