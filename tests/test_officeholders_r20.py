"""Who the people of US news are (`lib/officeholders.py`, data/officeholders.toml): the public
record of members of Congress, presidents and vice presidents, read for the article's year.

The wordings are this file's own; the people are real, as the knowledge is about them.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from lib.entity_kinds import _named_in_office
from lib.nlp import load_nlp
from lib.officeholders import (
    gender_named,
    holder_named,
    holders_named,
    name_key,
)
from lib.ruledata import read
from tests.statements_of import rows

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import officeholders as build  # noqa: E402

Y2019 = "2019-10-03"


def _speakers(text: str) -> list[tuple[str, str]]:
    return [(q["text"], q["speaker"]) for q in rows(text, published=Y2019)]


def test_a_full_name_is_keyed_without_initials_suffixes_and_commas():
    assert name_key("Donald M. Payne, Jr.") == ("donald", "payne")
    assert name_key("Beto O’Rourke") == ("beto", "o'rourke")
    assert name_key("Sanders") is None


def test_a_full_name_is_the_person_who_had_taken_office_by_the_year():
    assert holder_named("Bernie Sanders", 2019).name == "Bernard Sanders"
    assert holder_named("Alexandria Ocasio-Cortez", 2019) is not None
    assert holder_named("Alexandria Ocasio-Cortez", 2015) is None  # first elected in 2018


def test_a_lone_family_name_is_one_person_in_office_that_year_or_nobody():
    assert holder_named("Ocasio-Cortez", 2019).name == "Alexandria Ocasio-Cortez"
    assert [p.name for p in holders_named("Biden", 2019)] == ["Joe Biden Jr."]  # left in 2017
    assert holder_named("Pence", 2019) is None  # the vice president and his brother
    assert gender_named("Pence", 2019) == "male"  # but both are men
    assert holders_named("Sanders", None) == []  # no year, no guess


def test_the_words_of_an_office_follow_the_year_and_former():
    obama, trump = holder_named("Barack Obama", 2019), holder_named("Donald Trump", 2019)
    assert "president" in obama.words(2019, former=True)
    assert "president" not in obama.words(2019)
    assert "president" in trump.words(2019) and "president" not in trump.words(2019, former=True)
    aoc = holder_named("Ocasio-Cortez", 2019).words(2019)
    assert {"congresswoman", "lawmaker", "new", "york", "democrat"} <= aoc
    assert "congressman" not in aoc


def _groups(*names: str) -> list[dict]:
    return [{"name": n, "label": "ORG", "votes": Counter({"ORG": 1})} for n in names]


def test_a_full_name_the_tagger_took_for_a_body_is_a_person_once_in_office():
    doc = load_nlp()("The Sanders Group sent a letter. Bernie Sanders read it.")
    groups = _groups("Bernie Sanders", "Sanders Group")
    _named_in_office(groups, doc, 2019)
    assert [g["label"] for g in groups] == ["PERSON", "ORG"]
    before = _groups("Bernie Sanders")
    _named_in_office(before, doc, 1989)  # not yet in Congress
    assert before[0]["label"] == "ORG"


def test_a_lone_surname_is_a_person_when_a_sitting_member_bears_it_and_it_speaks():
    doc = load_nlp()("Ocasio-Cortez said the hearing was a farce. Forbes said the list was final.")
    groups = _groups("Ocasio-Cortez", "Forbes")
    _named_in_office(groups, doc, 2019)
    # Forbes: a congressman of that name left in 2017; the magazine is no person
    assert [g["label"] for g in groups] == ["PERSON", "ORG"]
    early = _groups("Ocasio-Cortez")
    _named_in_office(early, doc, 2015)  # not yet elected
    assert early[0]["label"] == "ORG"


def test_a_lone_surname_after_the_stays_a_body():
    doc = load_nlp()("The Ocasio-Cortez said the bill was dead. Ocasio-Cortez said so.")
    groups = _groups("Ocasio-Cortez")
    _named_in_office(groups, doc, 2019)  # once after "the": a body's way of being written
    assert groups[0]["label"] == "ORG"


def test_he_said_reaches_the_man_the_record_knows_whatever_his_first_name_suggests():
    text = (
        "Senators met in Washington on Tuesday.\n\n"
        "Maria Delgado, a lobbyist, sat beside Lindsey Graham at the hearing. "
        "“We are not done with this bill,” he said."
    )
    assert _speakers(text)[-1] == ("We are not done with this bill", "Lindsey Graham")


def test_the_former_president_is_not_the_sitting_one():
    text = (
        "Barack Obama wrote a long statement on Sunday about the shooting.\n\n"
        "Much of it was aimed at his successor, Donald Trump. "
        "“Leaders must choose their words with care,” the former president wrote."
    )
    assert _speakers(text)[-1] == ("Leaders must choose their words with care", "Barack Obama")


def test_a_description_of_another_people_is_no_member_of_congress():
    text = (
        "Vice President Mike Pence flew to Ankara on Thursday for talks.\n\n"
        "Pence called the deal a truce. "
        "“This is only a pause,” the Turkish foreign minister said."
    )
    speaker = _speakers(text)[-1][1]
    assert speaker != "Mike Pence"


def test_the_build_keeps_offices_since_1989_merging_terms_held_without_a_break(tmp_path):
    (tmp_path / "legislators-current-2019-06.yaml").write_text(
        """
- id: {bioguide: X1}
  name: {first: Ann, last: Roe, nickname: Annie}
  bio: {gender: F}
  terms:
  - {type: rep, start: '1981-01-03', end: '1983-01-03', state: VT, party: Democrat}
  - {type: rep, start: '2011-01-03', end: '2013-01-03', state: VT, party: Democrat}
  - {type: rep, start: '2013-01-03', end: '2015-01-03', state: VT, party: Democrat}
  - {type: sen, start: '2019-01-03', end: '2025-01-03', state: VT, party: Independent}
""",
        encoding="utf-8",
    )
    (tmp_path / "executive.yaml").write_text(
        """
- id: {govtrack: 1}
  name: {first: Ted, last: Moe}
  bio: {gender: M}
  terms:
  - {type: prez, start: '1993-01-20', end: '1997-01-20', party: Republican}
  - {type: prez, start: '2001-01-20', end: '2005-01-20', party: Republican}
""",
        encoding="utf-8",
    )
    rows = build.rows(tmp_path)
    assert rows == [
        {
            "name": "Annie Roe",
            "also": ["Ann Roe"],
            "gender": "female",
            "offices": ["rep Vermont democratic 2011 2015", "sen Vermont independent 2019 2025"],
        },
        {
            "name": "Ted Moe",
            "also": [],
            "gender": "male",
            "offices": [
                "prez United States republican 1993 1997",
                "prez United States republican 2001 2005",
            ],
        },
    ]
    out = tmp_path / "officeholders.toml"
    build.write(rows, out)
    assert read(out, schema="officeholders.toml")["person"][0]["name"] == "Annie Roe"
