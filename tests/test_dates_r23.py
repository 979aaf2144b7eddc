"""Timeline dates of round 23 (dates23), each class on my own wording:
- a month or month-day hung, under a present-tense verb, on a participle or on a noun dates that
  phrase: no timetable reading of the verb pushes it to next year;
- "N days after <undated event>" where neither the sentence nor the lead names the clause's day
  and the clause is not told as the story's now (a past tense, a relative clause): nothing is
  counted back from the publication day."""

from __future__ import annotations

from datetime import date

import pytest

from tests.timexes import timeline_of

TUESDAY = date(2019, 10, 22)


def dates(body: str, published: date) -> list[tuple[str, str]]:
    return timeline_of(body, published)


# --- a present-tense verb's timetable reading does not reach a phrase below it ------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The dispute at the heart of the case is the mayor's meeting with Councilwoman Prell"
            " on July 25.",
            [("July 25", "2019-07-25")],
        ),
        (
            "The new survey shows Senator Orr slipping, falling from a 30 percent peak in May.",
            [("May", "2019-05-01")],
        ),
        (
            "What matters is Dana Orr's speech to the Harlan union on Sept. 3.",
            [("Sept. 3", "2019-09-03")],
        ),
        (
            "The chart shows tax receipts climbing, rising from a low in June.",
            [("June", "2019-06-01")],
        ),
    ],
)
def test_a_phrase_below_a_present_verb_is_not_a_timetable(body, expected):
    assert dates(body, TUESDAY) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The Pellham council meets on July 25.", [("July 25", "2020-07-25")]),
        ("The trial opens in May.", [("May", "2020-05-01")]),
    ],
)
def test_a_timetable_on_the_verb_itself_still_looks_ahead(body, expected):
    assert dates(body, TUESDAY) == expected


# --- "N days after <undated event>", no day of the clause named, clause not told as now --------


@pytest.mark.parametrize(
    "body",
    [
        "Polls are close in Harlan County, which holds its primary a week after Dunmore.",
        "Mayor Dana Orr left Pellham General three days after a fall, her aides said.",
        "Two days after a judge blocked the Harlan ordinance, council members were drafting a"
        " new one, aides to the mayor said.",
    ],
)
def test_no_day_is_counted_back_from_publication_for_a_clause_not_told_as_now(body):
    assert dates(body, TUESDAY) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Pellham Democrats on Wednesday rallied around Dana Orr, a day after the governor"
            " attacked her record.",
            [("Wednesday", "2019-10-16"), ("a day after", "2019-10-15")],
        ),
        (
            "Mayor Dana Orr has been discharged from Pellham General three days after a fall.",
            [("three days after", "2019-10-19")],
        ),
        (
            "The Harlan recall vote comes two days after the council rejected the budget.",
            [("two days after", "2019-10-20")],
        ),
    ],
)
def test_a_day_named_or_a_clause_told_as_now_is_still_counted_back_from(body, expected):
    assert dates(body, TUESDAY) == expected
