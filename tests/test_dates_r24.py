"""Timeline dates of round 24 (dates24), each class on my own wording:
- a count of hours or minutes told from the story's day ("Hours later, ...", "An hour later",
  "just hours earlier") lands on that day, as annotators date it; counted from an event named
  after it ("two hours after her release") it adds no day of its own;
- a count of time in a clause opened by an inverted "had" ("Had it struck an hour later, ...")
  supposes a time contrary to fact: no point on the timeline; so does a now-word in the clause
  such a condition governs with a modal ("Had she run sooner, she might lead today");
- a run's later day ("its 18th day", "their fourth day of the strike") is the day its sentence
  names, else the story's day (publication) - not the last day told; a first day is left out;
- a plan verb three infinitives above a weekday ("is planning to use its list to ask members to
  attend a march on Friday") still makes it the coming one;
- a month on a participle of a change that sets out "from" a level ("jumping from her low in
  March") is the level's time, gone by - not the nearest March, which may lie ahead."""

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
        "The ferry sank on Monday. Had the mayor acted sooner, the pier would be open today.",
        "The ferry sank on Monday. In short, had she joined the race months ago, she might well"
        " lead the field today.",
    ],
)
def test_a_count_supposed_contrary_to_fact_is_no_point(body):
    assert dates(body, THURSDAY) == [("Monday", "2019-10-14")]


# --- a run's later day -------------------------------------------------------------------------

TUESDAY = date(2019, 10, 22)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Nurses walked out on Thursday. They go into their fourth day of the strike as talks"
            " stall.",
            [("Thursday", "2019-10-17"), ("their fourth day", "2019-10-22")],
        ),
        (
            "Lawmakers traded blame as the partial shutdown hits its 18th day.",
            [("its 18th day", "2019-10-22")],
        ),
    ],
)
def test_a_later_day_of_a_run_is_the_story_day(body, expected):
    assert dates(body, TUESDAY) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("He vowed to act on his first day in office.", []),
        ("Monday marked the first day of the walkout.", [("Monday", "2019-10-21")]),
    ],
)
def test_a_first_day_starts_no_run(body, expected):
    assert dates(body, TUESDAY) == expected


# --- a plan several infinitives up -------------------------------------------------------------


def test_a_plan_three_infinitives_up_looks_ahead():
    body = (
        "The union is planning to use its phone tree to ask members to attend a march outside"
        " the statehouse on Friday, when lawmakers are set to vote on the bill."
    )
    assert dates(body, TUESDAY) == [("Friday", "2019-10-25")]


# --- the month a change set out from ------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The new survey shows Senator Orr slipping and Dana Lee rising, jumping from her five"
            " percent low in March.",
            [("March", "2019-03-01")],
        ),
        ("Rents, rising from a low in March, now top $2,000.", [("March", "2019-03-01")]),
        ("The trial opens in March.", [("March", "2020-03-01")]),
    ],
)
def test_the_month_a_change_left_is_gone_by(body, expected):
    assert dates(body, TUESDAY) == expected
