"""Round 18: statements the finder missed (`lib.quotes.acts`, `lib.quotes.reported`)."""

from __future__ import annotations

from tests.statements_of import quotes_of


def test_made_it_clear_that_is_the_makers_statement():
    rows = quotes_of(
        "Councillor Petra Vancil made it clear that the harbour levy would not rise before spring."
    )
    assert [(r["kind"], r["text"], r["speaker"], r["cue"]) for r in rows] == [
        (
            "indirect",
            "the harbour levy would not rise before spring",
            "Petra Vancil",
            "made it clear",
        )
    ]


def test_made_plain_without_it():
    rows = quotes_of("The Orvane Port Authority has made plain that its piers will stay shut.")
    assert [(r["text"], r["speaker"]) for r in rows] == [
        ("its piers will stay shut", "Orvane Port Authority")
    ]


def test_a_thing_that_makes_it_clear_says_nothing():
    assert quotes_of("The flood made it clear that the old dyke was too low.") == []


def test_a_surname_tagged_as_a_plural_noun_still_holds_a_topic():
    rows = quotes_of(
        "Senator Walt Waters spoke in Duluth on Monday.",
        "Waters also talked about his plan to widen the canal before the winter.",
    )
    assert [(r["text"], r["speaker"], r["cue"]) for r in rows] == [
        ("his plan to widen the canal before the winter", "Walt Waters", "talked")
    ]


def test_a_bare_plural_noun_is_still_common_wisdom():
    rows = quotes_of(
        "Senator Walt Waters spoke in Duluth on Monday.",
        "Economists also talked about the plan to widen the canal before the winter.",
    )
    assert rows == []
