"""Round 19: statements the finder missed (`lib.quotes.ascribed`, `lib.quotes.objectacts`)."""

from __future__ import annotations

from tests.statements_of import quotes_of


def test_as_clause_after_a_linking_and():
    rows = quotes_of(
        "The ferry to Brisk Island was cancelled again on Friday.",
        "And as the Harbour Gazette has noted, the new pier is too short for the larger boats.",
    )
    assert [(r["text"], r["speaker"]) for r in rows] == [
        ("the new pier is too short for the larger boats", "Harbour Gazette")
    ]


def test_as_clause_after_a_linking_but():
    rows = quotes_of(
        "But as Mayor Olwen Tarrant warned in March, the reservoir will run dry by August."
    )
    assert [(r["text"], r["speaker"]) for r in rows] == [
        ("the reservoir will run dry by August", "Olwen Tarrant")
    ]


def test_chronicled_as_a_source():
    rows = quotes_of(
        "As the Vellmar Courier has chronicled, tenants of the old mill have waited months for repairs."
    )
    assert [(r["text"], r["speaker"]) for r in rows] == [
        ("tenants of the old mill have waited months for repairs", "Vellmar Courier")
    ]


def test_and_as_a_time_is_no_source():
    assert quotes_of("And as the mayor spoke, the crowd in the square cheered loudly.") == []


def test_claimed_responsibility_for_a_deed():
    rows = quotes_of("The Corven Front claimed responsibility for the fire that gutted the depot.")
    assert [(r["text"], r["speaker"], r["cue"]) for r in rows] == [
        ("responsibility for the fire that gutted the depot", "Corven Front", "claimed")
    ]


def test_claimed_credit_ends_before_a_relative_clause():
    rows = quotes_of(
        "The Brisk Students Union claimed credit for the banner on the statue of Mayor Ida Renn, "
        "who was unveiled there in 1902."
    )
    assert [(r["text"], r["speaker"]) for r in rows] == [
        ("credit for the banner on the statue of Mayor Ida Renn", "Brisk Students Union")
    ]


def test_a_claimed_seat_or_life_is_no_saying():
    assert quotes_of("The flood claimed three lives in the valley on Sunday.") == []
    assert quotes_of("The Corven Front claimed responsibility on Monday.") == []


def test_stressed_the_importance_of_something():
    rows = quotes_of("Governor Lena Marsh stressed the importance of rebuilding the river dikes.")
    assert [(r["text"], r["speaker"], r["cue"]) for r in rows] == [
        ("the importance of rebuilding the river dikes", "Lena Marsh", "stressed")
    ]


def test_underscored_the_need_for_something():
    rows = quotes_of("The Tarn Valley council underscored the need for a second bridge.")
    assert [(r["text"], r["speaker"]) for r in rows] == [
        ("the need for a second bridge", "Tarn Valley council")
    ]
