"""Pronoun speakers, round 9 (issue 10), on wording written for the tests.

A pronoun after a quote is the person the passage is about as it speaks, not the last name in
reach: a "she" does not continue an earlier "she" once another woman has become the subject,
and a name in a clause the pronoun's own person was asked about or met is not that person.
"""

from __future__ import annotations

from tests.statements_of import said


# The chain of one "she" is broken when another woman becomes the main-clause subject.
def test_a_she_after_another_woman_takes_the_floor_is_that_woman():
    text = (
        "Advert row.\n\nRep. Nora Pell criticised the advert on Monday. “Life is strange!” she "
        "wrote, calling the advert a gift to extremists: Fellow member Rep. Clara Voss also "
        "condemned the advert, calling it a “display of hate.” “Burning her picture is a "
        "display of hate,” she wrote in part."
    )
    assert said(text, "Burning her picture")["speaker"] == "Clara Voss"


def test_a_she_keeps_her_chain_when_nobody_else_takes_the_floor():
    text = (
        "Advert row.\n\nRep. Nora Pell criticised the advert on Monday. “Life is strange!” she "
        "wrote, calling the advert a gift to extremists and citing Clara Voss. “Burning my "
        "picture is a display of hate,” she wrote in part."
    )
    assert said(text, "Burning my picture")["speaker"] == "Nora Pell"


# "When asked about X, he said": the "he" is who was asked, not X.
def test_a_name_in_an_asked_about_clause_is_not_the_he():
    text = (
        "Old cases.\n\nProsecutor Tom Reed said on Friday that his office was reviewing old "
        "cases. “We are looking at every file,” Reed said. When asked by a reporter whether they "
        "were reviewing cases involving the banker Paul Hines, he said that there were ten such "
        "cases."
    )
    assert said(text, "ten such cases")["speaker"] == "Tom Reed"


def test_a_name_in_a_clause_after_meeting_is_not_the_he():
    text = (
        "Deal off.\n\nMayor Tom Reed spoke on Friday. After meeting the banker Paul Hines, he "
        "said that the deal was off."
    )
    assert said(text, "the deal was off")["speaker"] == "Tom Reed"


def test_a_clause_with_its_own_subject_leaves_its_object_a_candidate():
    text = (
        "Arrest.\n\nProsecutor Tom Reed said on Friday that his office was reviewing old cases. "
        "When police stopped the banker Paul Hines on Monday, he said that he had done nothing "
        "wrong."
    )
    assert said(text, "done nothing wrong")["speaker"] == "Paul Hines"


# A quote that speaks of another woman ("her picture") is still the words of the woman who
# has just been named as the subject of a verb of saying: she has the floor.
def test_a_quote_about_another_woman_stays_with_the_woman_who_just_spoke():
    text = (
        "Advert row.\n\nRep. Nora Pell criticised the advert on Monday. “Life is strange!” she "
        "wrote. Rep. Clara Voss also condemned the advert on Tuesday. “Burning her picture is a "
        "display of hate,” she wrote."
    )
    assert said(text, "Burning her picture")["speaker"] == "Clara Voss"


def test_a_quote_about_the_person_named_as_found_goes_to_who_spoke_before():
    text = (
        "Cell.\n\nLawyer Tom Reed met his client on Monday. “We will appeal,” Reed said. The "
        "defendant, Sam Doyle, was found in his cell on Tuesday. “He was calm when I saw "
        "him,” he said."
    )
    assert said(text, "He was calm")["speaker"] == "Tom Reed"


# "The memo said … . …, it said": "it" is the memo the passage quotes (its author, or nobody
# named), not an organisation named further back.
def test_it_said_after_a_memo_said_is_the_memo_not_an_earlier_body():
    text = (
        "Court filing.\n\nThe Harbor Trust bought two ships last year. Prosecutors filed a memo "
        "on Monday. The memo said the ships were bought with hidden money. The owners kept "
        "accounts in Malta and Spain, it said."
    )
    row = said(text, "accounts in Malta")
    assert row["speaker"] != "Harbor Trust"
    assert row["speaker"] == said(text, "bought with hidden money")["speaker"]
