"""Round 10: an offset opening the lead, counted from an event the article never dates, dates its
own main clause on the story's day (lib/timeline/anchored.py); everywhere else it stays a length."""

from __future__ import annotations

from datetime import date, timedelta

from lib.timeline.anchored import lead_offset_rules
from tests.timexes import tag_body

PUB = date(2021, 5, 10)  # a Monday


def _x(body: str, expression: str):
    x = tag_body(body, PUB).get(expression)
    assert x is not None, f"{expression!r} not tagged in {body!r}"
    return x


def test_lead_offset_dates_the_main_clause_on_publication():
    x = _x(
        "Two years after the factory's closure, the town council says it has a new tenant.",
        "Two years after",
    )
    assert (x.type, x.value, x.date, x.date_end) == ("DURATION", "P2Y", PUB, PUB)
    assert x.anchor.startswith("publication")


def test_lead_offset_with_a_hedge_and_a_past_reporting_verb():
    x = _x(
        "Nearly six months after quitting the cabinet, the former minister said she would run.",
        "Nearly six months after",
    )
    assert (x.type, x.value, x.date) == ("DURATION", "P6M", PUB)


def test_offset_before_stays_a_length():
    x = _x(
        "Three years before the scandal broke, the firm had hired him as treasurer.",
        "Three years before",
    )
    assert (x.type, x.value, x.date) == ("DURATION", "P3Y", None)


def test_offset_outside_the_lead_stays_a_length():
    body = (
        "The mill reopened on Monday. Workers lined up at the gate. The owners thanked the town. "
        "Their lawyers were absent. Six months after the merger, the shares have doubled."
    )
    x = _x(body, "Six months after")
    assert (x.type, x.value, x.date) == ("DURATION", "P6M", None)


def test_offset_inside_its_sentence_stays_a_length():
    x = _x(
        "The firm said, a year after the fire, that it had rebuilt the warehouse.", "a year after"
    )
    assert (x.type, x.date) == ("DURATION", None)


def test_offset_looking_ahead_is_not_the_story_day():
    x = _x(
        "A year after the vote, the new parliament will meet for the first time.", "A year after"
    )
    assert x.date != PUB


def test_sentence_with_its_own_day_is_not_dated_by_the_rule():
    x = _x(
        "Eight months after the flood, the mayor on Tuesday opened the rebuilt bridge.",
        "Eight months after",
    )
    assert x.date != PUB


def test_days_are_left_to_the_clause_rule():
    x = _x(
        "Two days after the court ruled, the official has urged her staff to keep working.",
        "Two days after",
    )
    assert x.date == PUB - timedelta(days=2)  # the undated ruling, counted back from the clause


def test_rules_are_data():
    rules = lead_offset_rules()
    assert rules.directions == ("after",)
    assert "days" not in rules.units and "years" in rules.units
    assert rules.lead_sentences >= 2
