"""Round 10, issue 10: reported statements without quotation marks, by construction (each test
on its own wording; none copied from an evaluation text)."""

from __future__ import annotations

from tests.statements_of import find, quotes_of

TAIL = "The campaign had been tense for weeks."


def test_statement_noun_with_a_that_clause_read_as_a_relative_clause():
    """ "a court order that X remain …": the parser hangs the content on the noun as a relative
    clause, but "that" is its marker and the clause has a subject of its own."""
    rows = quotes_of(
        "The governor extended the deadline after rejecting a county court order that Maria "
        "stay in Texas until May 2 to hear appeals by her relatives.",
        TAIL,
    )
    row = find(rows, "Maria stay in Texas")
    assert row["cue"] == "order"
    assert row["speaker"] == "county court"


def test_statement_noun_issued_by_the_nearest_compound():
    """ "a Florida state court order": the issuer is the state court, not "Florida"."""
    rows = quotes_of(
        "The governor extended the deadline after rejecting a Florida state court order that "
        "Maria stay in Texas until May 2 to hear appeals by her relatives.",
        TAIL,
    )
    assert find(rows, "Maria stay in Texas")["speaker"] == "state court"


def test_statement_noun_content_hung_on_its_issuer():
    """ "allegations from former aides that …": the clause is the allegation's content, not a
    description of the aides."""
    rows = quotes_of(
        "A radio report late on Tuesday cited allegations from former aides that Harlan, 64, "
        "made threats to junior staff.",
        TAIL,
    )
    row = find(rows, "made threats to junior staff")
    assert row["text"].startswith("Harlan")
    assert row["cue"] == "allegations"
    assert row["speaker"] == "former aides"


def test_past_tense_read_as_a_participle_after_said():
    """ "said Chinese security services hacked into …": the tagger reads "hacked" as a
    participle; with a subject right before it and a preposition after, it is the clause said."""
    rows = quotes_of(
        "Former state treasurer Maria Lopez said Chinese security services hacked into State "
        "Election Board computers last spring and she accused her rival of helping them.",
        TAIL,
    )
    row = find(rows, "Chinese security services hacked into")
    assert row["speaker"] == "Maria Lopez"
    assert "accused" not in row["text"]


def test_object_and_its_state_is_still_no_clause():
    rows = quotes_of("The court held all the accounts frozen.", TAIL)
    assert not any("accounts" in r["text"] for r in rows)


def test_second_act_with_its_own_subject_joined_to_the_saying():
    """ "said A and she accused B": the accusation is coordinated with the saying, not reported
    inside it, so it is the sayer's own act."""
    rows = quotes_of(
        "The mayor said the budget was balanced and he criticized the council for the delays.",
        TAIL,
    )
    assert find(rows, "the budget was balanced")["speaker"] == "mayor"
    row = find(rows, "the council for the delays")
    assert row["cue"] == "criticized"
    assert row["speaker"] == "mayor"


def test_act_inside_the_reported_clause_stays_inside():
    rows = quotes_of("The mayor said the council criticized the budget for its delays.", TAIL)
    assert [r["text"] for r in rows] == ["the council criticized the budget for its delays"]


def test_clause_before_a_charge_made_later_is_not_what_was_said():
    """ "X rallied around Berg, a day after Hale accused her of …": the parser makes "accused"
    the main verb and the clause before it its complement; the "after" marker says the charge
    is a time, so the statement is the charge, not the rally."""
    rows = quotes_of(
        "Local Democrats on Tuesday rallied around Anna Berg, their party’s former candidate "
        "for governor, a day after former senior campaign aide Tom Hale accused her of having "
        "used her family charity to pay campaign debts.",
        TAIL,
    )
    assert not any("rallied" in r["text"] for r in rows)
    row = find(rows, "of having used her family charity")
    assert row["cue"] == "accused"
    assert row["speaker"] == "Tom Hale"


def test_clause_before_the_saying_is_still_said():
    rows = quotes_of("The bridge will reopen in May, the mayor told reporters on Monday.", TAIL)
    assert find(rows, "The bridge will reopen in May")["speaker"] == "mayor"
