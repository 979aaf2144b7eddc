"""Timeline dates of round 24 (dates24), each class on my own wording:
- a count of hours or minutes told from the story's day ("Hours later, ...", "An hour later",
  "just hours earlier") lands on that day, as annotators date it; counted from an event named
  after it ("two hours after her release") it adds no day of its own;
- a count of time in a clause opened by an inverted "had" ("Had it struck an hour later, ...")
  supposes a time contrary to fact: no point on the timeline."""

from __future__ import annotations

from datetime import date

import pytest

from tests.timexes import timeline_of

THURSDAY = date(2019, 10, 17)


def dates(body: str, published: date) -> list[tuple[str, str]]:
    return timeline_of(body, published)


# --- a count of hours from the story's day ---------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The mayor spoke at the fairground on Tuesday. Hours later, the council voted to"
            " close the park.",
            [("Tuesday", "2019-10-15"), ("Hours later", "2019-10-15")],
        ),
        (
            "The senator resigned on Friday. An hour later, his office issued a statement.",
            [("Friday", "2019-10-11"), ("An hour later", "2019-10-11")],
        ),
        (
            "The bill cleared the chamber on Wednesday. Just hours earlier, farmers had rallied"
            " outside.",
            [("Wednesday", "2019-10-16"), ("Just hours earlier", "2019-10-16")],
        ),
    ],
)
def test_hours_later_is_the_day_told(body, expected):
    assert dates(body, THURSDAY) == expected


def test_hours_after_a_named_event_adds_no_day():
    body = "She posted a video two hours after her release was announced on Monday."
    assert dates(body, THURSDAY) == [("Monday", "2019-10-14")]


# --- a counterfactual "had" clause -------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "The quake struck at dawn on Monday. “Had it struck an hour later, the market would have"
        " been full,” the governor said.",
        "The ferry sank on Monday. Had the crew left two hours earlier, they would have escaped"
        " the storm.",
    ],
)
def test_a_count_supposed_contrary_to_fact_is_no_point(body):
    assert dates(body, THURSDAY) == [("Monday", "2019-10-14")]
