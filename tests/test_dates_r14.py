"""Round 14 date classes, each on our own wording:
- a now-word ("today", "this week") in an "if" clause told in the past subjunctive ("if the vote
  were held today") supposes a day contrary to fact: no timeline row, though its value stays;
- a quote whose reporting verb is followed by "then" or "at the time" was said at an earlier time
  the text told of: its "today" is not the publication day;
- a relative expression in capitals among capitals (a tweet typed in caps) is read as a date, not
  as a title;
- only a year put first ("In 2016, the plant closed.") sets a scene whose months later sentences
  stay in; a year told along the way ("while touring Ohio in 2016") dates its own clause.
"""

from __future__ import annotations

from datetime import date

import pytest

import lib

PUBLISHED = date(2019, 11, 13)


def analysed(body: str):
    return lib.analyze("A headline for the test\n\n" + body, published=PUBLISHED.isoformat())


def rows(body: str) -> dict[str, str]:
    """The timeline of `body` as {date text: date}."""
    return {r["date_text"]: r["date"] for r in analysed(body).timeline.to_dict("records")}


@pytest.mark.parametrize(
    "body, written",
    [
        (
            "If the election were held today, the governor would win 48 percent, the poll found.",
            "today",
        ),
        (
            "“If it were today, I don’t think the bill would pass,” the senator told reporters.",
            "today",
        ),
        ("The coach said that if the final was played tomorrow, his side would lose.", "tomorrow"),
        (
            "Unless the talks were moved this week, nothing would change, a diplomat said.",
            "this week",
        ),
    ],
)
def test_a_now_word_in_a_contrary_to_fact_clause_is_no_event(body, written):
    assert written not in rows(body)
    timexes = analysed(body).timexes.to_dict("records")
    assert any(x["text"] == written for x in timexes)  # TimeML still tags the expression


@pytest.mark.parametrize(
    "body, written",
    [
        ("If the rain stops today, the park will open, the mayor said.", "today"),
        ("“We will vote today if the chairman agrees,” a spokesman said.", "today"),
        ("If the jury returns a verdict tomorrow, the trial ends.", "tomorrow"),
    ],
)
def test_a_real_condition_keeps_its_day(body, written):
    assert written in rows(body)


@pytest.mark.parametrize(
    "body",
    [
        "The ship was renamed last year. “Today, we honor a great sailor,” the secretary said then.",
        "The plant closed in 2015. “Today is a sad day for the town,” the mayor told reporters at the time.",
        "The law passed in 2010. “We changed history today,” she wrote back then.",
    ],
)
def test_a_quote_said_then_has_no_day_of_its_own(body):
    found = rows(body)
    assert not any(text.lower() == "today" for text in found)


@pytest.mark.parametrize(
    "body, day",
    [
        ("“We are proud today,” said then-Governor Jerry Brown on Monday.", "2019-11-11"),
        ("“We will sign it today,” the minister said. Then she left.", "2019-11-13"),
        ("“We will sign it today,” the minister said and then left the room.", "2019-11-13"),
    ],
)
def test_then_as_a_title_or_a_sequence_keeps_the_quote_day(body, day):
    assert rows(body).get("today") == day


@pytest.mark.parametrize(
    "body, written, value",
    [
        (
            "“THE WALL WILL BE BUILT NEXT YEAR, NO MATTER WHAT THE DEMOCRATS SAY,” the president tweeted.",
            "NEXT YEAR",
            "2020-01-01",
        ),
        (
            "The banner read “WE ARE MARCHING ON THE CAPITOL THIS WEEK FOR OUR CHILDREN.”",
            "THIS WEEK",
            "2019-11-14",  # round 15: the middle of the week (Thursday), near all its days
        ),
    ],
)
def test_a_shouted_relative_expression_is_a_date(body, written, value):
    assert rows(body).get(written) == value


def test_a_title_in_running_text_stays_a_title():
    assert rows("Critics praised the play Next Year in Jerusalem at its opening.") == {}


OCTOBER = date(2019, 10, 8)


@pytest.mark.parametrize(
    "body, month, expected",
    [
        (
            "While touring Ohio in 2016, the senator praised the plant. The firm was sold later. "
            "In March, the new owner closed it.",
            "March",
            "2019-03-01",
        ),
        (
            "The Senate in 1996 approved the law. Critics say it failed. In July, the agency widened it.",
            "July",
            "2019-07-01",
        ),
        (
            "In 2016, the plant closed. Workers left the town. In March, the owner sold the site.",
            "March",
            "2016-03-01",
        ),
        (  # a month pointing back to the year keeps it, wherever the year stood
            "The firm was sued in 2012 over a merger. The case dragged on for months before a "
            "deal was struck in early June of that year.",
            "early June",
            "2012-06-05",  # round 15: the middle of the first third
        ),
        (
            "But in 2014, the mill burned down. Nobody was hurt. In May, the town rebuilt it.",
            "May",
            "2014-05-01",
        ),
    ],
)
def test_only_a_year_put_first_sets_the_scene(body, month, expected):
    t = lib.analyze("A headline for the test\n\n" + body, published=OCTOBER.isoformat())
    found = {r["date_text"]: r["date"] for r in t.timeline.to_dict("records")}
    assert found.get(month) == expected
