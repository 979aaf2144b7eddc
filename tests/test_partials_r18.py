"""Round 18: quoted stretches inside one reported clause (`lib.quotes.overlaps`)."""

from __future__ import annotations

from tests.statements_of import quotes_of


def test_two_quoted_stretches_in_a_clause_are_two_partials():
    rows = quotes_of(
        "Mayor Odile Brennan said she thought it was “perfectly reasonable” to close the bridge"
        " because the cracks had become “a hazard to every driver.”"
    )
    assert [(r["kind"], r["text"], r["speaker"]) for r in rows] == [
        ("partial", "perfectly reasonable", "Odile Brennan"),
        ("partial", "a hazard to every driver.", "Odile Brennan"),
    ]


def test_one_quoted_stretch_keeps_the_clause():
    rows = quotes_of(
        "Mayor Odile Brennan said the bridge would stay closed “until the last bolt is checked”"
        " and that drivers should plan other routes."
    )
    assert [(r["kind"], r["speaker"]) for r in rows] == [("indirect", "Odile Brennan")]
    assert rows[0]["text"].startswith("the bridge would stay closed “until the last bolt")
