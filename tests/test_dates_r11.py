"""Round 11 date class (issue 12), on our own wording: which week a bare weekday means on US web
copy, "this past week", and what is no date of an event (a column's name in a headline, an
election's contest named by a year still ahead)."""

from __future__ import annotations

from datetime import date

from lib.context import Context
from lib.entities import extract_entities
from lib.ingest.formats import load_article
from lib.nlp import load_nlp, parse
from lib.timeline.extract import extract_time
from tests.timexes import context_of

WEDNESDAY = date(2019, 11, 13)
FRIDAY = date(2019, 10, 4)
SATURDAY = date(2019, 10, 12)


def timexes(body: str, published: date) -> dict:
    """{expression: timexes row} for a one-paragraph article."""
    return {row["text"]: row for row in extract_time(context_of(body, published))[1]}


def on_timeline(body: str, published: date, headline: str = "A headline for the test") -> dict:
    """{expression: timeline date} for an article under `headline`."""
    article = load_article(f"{headline}\n\n{body}", fmt="text")
    article.published = published
    doc = parse(article, load_nlp())
    ctx = Context.from_parse(article, doc)
    ctx.entities = extract_entities(article, doc)
    return {row["date_text"]: row["date"] for row in extract_time(ctx)[0]}


def day_of(body: str, expression: str, published: date) -> str:
    found = timexes(body, published)
    assert expression in found, (expression, sorted(found))
    return found[expression]["date"]


# --- a dash the tagger takes for a verb has no tense -----------------------------------------


def test_a_weekday_before_a_dashed_aside_keeps_the_past_reading():
    body = (
        "On Monday, Rep. Tom Hale (R-Texas) ― who, along with two colleagues, is considered a "
        "likely pick for the committee ― attacked the agency’s rules in a string of posts."
    )
    assert day_of(body, "Monday", WEDNESDAY) == "2019-11-11"


# --- a weekday's event that the clause gets ready for lies ahead -----------------------------


def test_getting_ready_for_a_weekdays_event_looks_ahead():
    body = "The senators are gearing up for Tuesday's vote on the budget."
    assert day_of(body, "Tuesday", SATURDAY) == "2019-10-15"
    body = "Here is what we learned this week, as the candidates prepare for Thursday's forum."
    assert day_of(body, "Thursday", SATURDAY) == "2019-10-17"


def test_ahead_of_a_weekdays_event_in_the_present_looks_ahead():
    body = "Oil prices edge higher ahead of Friday's meeting of producers in Vienna."
    assert day_of(body, "Friday", WEDNESDAY) == "2019-11-15"


def test_a_weekdays_event_readied_for_in_the_past_keeps_the_last_one():
    body = "The senators prepared for Tuesday's vote with a closed meeting."
    assert day_of(body, "Tuesday", SATURDAY) == "2019-10-08"
    body = "Shares of the bank rose on Thursday's trading floor."
    assert day_of(body, "Thursday", SATURDAY) == "2019-10-10"


# --- a to-infinitive under a past vow is a future seen from then ------------------------------


def test_a_date_under_a_past_vow_is_after_the_vow():
    body = "Last week the governor vowed to raise the minimum wage from Jan. 1."
    assert day_of(body, "Jan. 1", date(2019, 12, 10)) == "2020-01-01"
    body = "The company promised to restore service by Sept. 15, its chief said in a letter."
    assert day_of(body, "Sept. 15", date(2019, 8, 20)) == "2019-09-15"


def test_a_date_on_the_vow_itself_stays_in_the_past():
    body = "The governor vowed on Nov. 2 to raise the minimum wage."
    assert day_of(body, "Nov. 2", date(2019, 11, 20)) == "2019-11-02"


# --- an updated article: the day after publication --------------------------------------------


def test_a_past_weekday_naming_the_day_after_publication_in_an_updated_article():
    body = (
        "The mayor did not answer at first, but she posted a long reply on Thursday. "
        "This story has been updated with the mayor's reply."
    )
    assert day_of(body, "Thursday", WEDNESDAY) == "2019-11-14"


def test_without_an_update_note_the_past_weekday_is_the_last_one():
    body = "The mayor did not answer at first, but she posted a long reply on Thursday."
    assert day_of(body, "Thursday", WEDNESDAY) == "2019-11-07"


def test_other_weekdays_of_an_updated_article_keep_the_last_one():
    body = (
        "The council met on Tuesday and the mayor replied on Saturday. "
        "This article has been updated."
    )
    assert day_of(body, "Tuesday", WEDNESDAY) == "2019-11-12"
    assert day_of(body, "Saturday", WEDNESDAY) == "2019-11-09"


# --- "this past week" --------------------------------------------------------------------------


def test_this_past_week_is_the_seven_days_just_gone():
    found = timexes("The latest to qualify was the governor, who did so this past week.", SATURDAY)
    assert found["this past week"]["date"] == "2019-10-09"
    assert found["this past week"]["value"] == "2019-W41"


def test_the_past_week_alone_stays_a_length():
    found = timexes("Prices have risen over the past week.", SATURDAY)
    assert found["the past week"]["value"] == "P1W"
    assert found["the past week"]["date"] is None


# --- a column's name in a headline -------------------------------------------------------------


def test_a_weekly_columns_name_in_a_headline_is_no_date():
    body = "Here is what happened in Congress this week, as the House voted on the tax bill."
    dates = on_timeline(body, SATURDAY, "Tax Bill, Court Ruling: This Week in Congress")
    assert "This Week" not in dates
    assert "this week" in dates


def test_a_week_a_headline_tells_of_stays():
    body = "The index rose 3 percent, its best run since March."
    dates = on_timeline(body, SATURDAY, "Stocks Rally Hard This Week as Rates Fall")
    assert "This Week" in dates


# --- an election's contest named by a year still ahead ----------------------------------------


def test_a_contest_named_by_a_year_ahead_is_no_point_on_the_timeline():
    body = (
        "The senator has spent months on the 2030 campaign trail, and her 2030 rivals "
        "have joined the crowded 2030 field."
    )
    found = timexes(body, date(2029, 6, 3))
    assert {row["value"] for row in found.values()} == {"2030"}  # still tagged, as TimeML does
    assert "2030" not in on_timeline(body, date(2029, 6, 3))


def test_the_election_itself_and_a_contest_gone_by_stay_dated():
    dates = on_timeline("She hopes to win the 2030 election.", date(2029, 6, 3))
    assert dates.get("2030") == "2030-01-01"
    dates = on_timeline("He has backed the senator since the 2026 race.", date(2029, 6, 3))
    assert dates.get("2026") == "2026-01-01"


# --- an offset is not counted from a person --------------------------------------------------


def test_an_offset_is_not_counted_from_a_persons_name():
    """'Gray has been released three days after a heart attack': Gray is no event, though a day
    later in the story dates a clause about Gray; the count reads from the clause's own day."""
    body = (
        "Sen. Ann Gray (D-Ore.) has been released from a Denver hospital three days after a heart "
        "attack, her doctors said in a statement Friday. She was first admitted to the hospital "
        "on Tuesday. CORRECTION: An earlier version of this article said Gray was hospitalized "
        "Wednesday."
    )
    assert day_of(body, "three days after", FRIDAY) == "2019-10-01"
