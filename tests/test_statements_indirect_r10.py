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


def test_passive_charge_with_its_maker_named():
    """ "have been accused by rivals of …": the rivals charged it; the charge is the reason."""
    rows = quotes_of(
        "The three carriers have for years been accused by European rivals of being illegally "
        "subsidized by their governments.",
        TAIL,
    )
    row = find(rows, "being illegally subsidized")
    assert row["cue"] == "accused"
    assert row["speaker"] == "European rivals"
    assert not row["text"].startswith("The three carriers")


def test_passive_charge_without_a_maker_names_nobody():
    rows = quotes_of("The mayor was accused of lying about the budget.", TAIL)
    assert not any("lying about the budget" in r["text"] for r in rows)
