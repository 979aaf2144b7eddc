"""A surname the family shares (issue 10, round 11): news style names a relative in full and keeps
the bare surname, often with a title, for the principal (`lib/quotes/speakers/family.py`).
Wording written for the tests, with invented people."""

from __future__ import annotations

import lib
from lib.quotes.speakers import family
from tests.statements_of import said

GOVERNOR_AND_SON = (
    "Governor rejects report\n\n"
    "Governor Paul Marlow on Tuesday dismissed a report about his son Kevin Marlow, who sat on "
    "the board of a shipping firm.\n\n"
    "Kevin Marlow has denied wrongdoing. “I broke no rule,” Kevin Marlow said last month.\n\n"
    "“The report is false from start to finish,” Marlow told reporters in Albany."
)

PRESIDENT_AND_DAUGHTER = (
    "Factory visit\n\n"
    "Nora Castell, the president's daughter and a senior adviser, toured a plant in Ohio on "
    "Thursday. “These jobs matter,” Nora Castell said.\n\n"
    "President Castell praised the trip. “It went very well,” Castell said on Friday."
)


def test_the_bare_surname_is_the_office_holder_not_the_son_quoted_before():
    row = said(GOVERNOR_AND_SON, "false from start to finish")
    assert row["speaker"] == "Paul Marlow"
    assert row["speaker_mention"] == "Marlow"
    assert said(GOVERNOR_AND_SON, "I broke no rule")["speaker"] == "Kevin Marlow"


def test_a_titled_surname_is_not_folded_into_the_only_relative_named_in_full():
    row = said(PRESIDENT_AND_DAUGHTER, "It went very well")
    assert row["speaker"] == "Castell"
    assert said(PRESIDENT_AND_DAUGHTER, "These jobs matter")["speaker"] == "Nora Castell"
    names = set(lib.analyze(PRESIDENT_AND_DAUGHTER).entities["name"])
    assert {"Castell", "Nora Castell"} <= names


def test_a_victims_father_who_speaks_keeps_the_surname():
    text = (
        "Vigil for student\n\n"
        "Friends gathered on Sunday for Emily Varga, 19, who died in the crash. Her father, "
        "Mark Varga, spoke at the vigil. “She loved this town,” Mark Varga said.\n\n"
        "“We want answers,” Varga said."
    )
    assert said(text, "We want answers")["speaker"] == "Mark Varga"


def test_relatives_are_read_before_and_after_the_name():
    text = (
        "his son Kevin Marlow said; her husband, former Senator Dan Roe, said; first lady Ana "
        "Roe spoke; Lia Brandt, 34, the mayor's niece, said; the widow of Sen. Hale, Ruth Hale, "
        "said; Tom Ash, a senior adviser, said."
    )
    people = ["Kevin Marlow", "Dan Roe", "Ana Roe", "Lia Brandt", "Ruth Hale", "Tom Ash"]
    assert family.relatives(text, people) == {"Kevin Marlow", "Dan Roe", "Ana Roe", "Lia Brandt"}


def test_a_title_before_the_bare_surname_is_read():
    titles = {"president", "mr.", "sen."}
    assert family.titled("as President Castell said", "Castell", titles)
    assert family.titled("Mr. Castell, who", "Castell", titles)
    assert not family.titled("Castell said; the Castells", "Castell", titles)


def test_a_story_about_the_relative_named_first_keeps_the_surname_for_her():
    text = (
        "Primary in Wyoming\n\n"
        "Lena Kessler, the daughter of former Vice President Hal Kessler, won the primary on "
        "Tuesday. “Now it is time to look forward,” Kessler said."
    )
    # she, or the surname left as written when nothing else decides; never her father
    assert said(text, "time to look forward")["speaker"] in ("Lena Kessler", "Kessler")
