"""Temporal expressions, one family at a time, on small snippets with a known publication date.

Publication day for most snippets: Monday 25 March 2024 (the seed's day), so weekday traps can be
checked against a Monday.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lib.context import Context
from lib.entities import extract_entities
from lib.ingest.formats import load_article
from lib.nlp import load_nlp, parse
from lib.timeline.extract import extract_timeline
from lib.timeline.patterns import scan
from lib.timeline.tagger import tag

MONDAY = date(2024, 3, 25)


def context(body: str, published: date | None = MONDAY) -> Context:
    article = load_article("Test headline for a snippet\n\n" + body, fmt="text")
    article.published = published
    doc = parse(article, load_nlp())
    ctx = Context.from_parse(article, doc)
    ctx.entities = extract_entities(article, doc)
    return ctx


def rows(body: str, published: date | None = MONDAY) -> list[dict]:
    ctx = context(body, published)
    out = extract_timeline(ctx)
    for i, row in enumerate(out):
        assert row["event_id"] == i
        assert ctx.text[row["start"] : row["end"]] == row["date_text"]
        assert row["date"] <= row["date_end"]
        assert row["precision"] in ("day", "week", "month", "year", "approx")
    return out


def one(body: str, expression: str, published: date | None = MONDAY) -> dict:
    found = [r for r in rows(body, published) if r["date_text"] == expression]
    assert len(found) == 1, f"{expression!r} not found once in {rows(body, published)}"
    return found[0]


# --- explicit dates -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expression", "expected"),
    [
        ("The deal was signed on 24 March, 2024.", "24 March, 2024", "2024-03-24"),
        ("The deal was signed on March 24, 2024, in Oslo.", "March 24, 2024", "2024-03-24"),
        ("The plant closed on 2024-03-22 after a fire.", "2024-03-22", "2024-03-22"),
        ("Candles spelled out 22.03.2024 outside the hall.", "22.03.2024", "2024-03-22"),
        ("The treaty was signed on Tuesday, 5 March 2024.", "Tuesday, 5 March 2024", "2024-03-05"),
        ("The bridge reopened on the 3rd of March 2024.", "the 3rd of March 2024", "2024-03-03"),
    ],
)
def test_explicit_days(body, expression, expected):
    row = one(body, expression)
    assert (row["date"], row["precision"], row["anchor"]) == (expected, "day", "explicit")


def test_day_and_month_without_year_take_the_year_the_tense_points_to():
    assert one("The bridge reopened on 3 March.", "3 March")["date"] == "2024-03-03"
    assert one("The bridge will reopen on 3 March.", "3 March")["date"] == "2025-03-03"


def test_month_and_year_precisions():
    row = one("The law was passed in 2008.", "2008")
    assert (row["date"], row["date_end"], row["precision"]) == ("2008-01-01", "2008-12-31", "year")
    row = one("Talks collapsed in May 2021.", "May 2021")
    assert (row["date"], row["date_end"], row["precision"]) == ("2021-05-01", "2021-05-31", "month")


def test_bare_month_follows_tense():
    may = date(2024, 5, 10)
    assert one("Talks collapsed in March.", "March", may)["date"] == "2024-03-01"
    assert one("Talks collapsed in June.", "June", may)["date"] == "2023-06-01"
    assert one("Talks will resume in June.", "June", may)["date"] == "2024-06-01"


def test_parts_of_a_month_are_approximate_ranges():
    row = one("Work began in early August.", "early August", date(2024, 9, 1))
    assert (row["date"], row["date_end"], row["precision"]) == (
        "2024-08-05",  # round 15: a part's row is dated at the middle of its share
        "2024-08-10",
        "approx",
    )


# --- relative to publication ---------------------------------------------------------------


def test_bare_weekday_is_the_last_one_on_or_before_publication():
    assert one("The minister resigned on Friday.", "Friday")["date"] == "2024-03-22"


def test_weekday_equal_to_publication_weekday_in_past_tense_is_the_publication_day():
    row = one("The Kremlin said on Monday that talks had failed.", "Monday")
    assert row["date"] == "2024-03-25"
    assert "publication" in row["resolution"]


def test_future_tense_points_forward():
    assert one("Markets will stay closed until Friday.", "Friday")["date"] == "2024-03-29"
    assert one("The trial is set to begin on Wednesday.", "Wednesday")["date"] == "2024-03-27"


def test_last_and_next_weekday_are_strict():
    assert one("He arrived last Monday.", "last Monday")["date"] == "2024-03-18"
    assert one("He arrives next Monday.", "next Monday")["date"] == "2024-04-01"


def test_weekday_with_part_of_day_and_possessive():
    assert (
        one("Suspects appeared in court on Sunday night.", "Sunday night")["date"] == "2024-03-24"
    )
    row = one("Friday’s attack shocked the city.", "Friday")
    assert row["date"] == "2024-03-22"
    assert "attack" in row["event"]


@pytest.mark.parametrize(
    ("body", "expression", "expected", "precision"),
    [
        ("Police arrested two men yesterday.", "yesterday", "2024-03-24", "day"),
        ("The mayor speaks today.", "today", "2024-03-25", "day"),
        ("The band plays tonight.", "tonight", "2024-03-25", "day"),
        ("Prices rose last week.", "last week", "2024-03-21", "approx"),  # about its middle
        ("Prices rose this week.", "this week", "2024-03-25", "approx"),
        ("Prices will rise next month.", "next month", "2024-04-01", "month"),
        ("Prices rose this year.", "this year", "2024-01-01", "year"),
        ("The dam burst last summer.", "last summer", "2023-06-01", "approx"),
        ("The company collapsed two weeks ago.", "two weeks ago", "2024-03-11", "approx"),
        ("The firm was sold three days ago.", "three days ago", "2024-03-22", "day"),
    ],
)
def test_relative_to_publication(body, expression, expected, precision):
    row = one(body, expression)
    assert (row["date"], row["precision"], row["anchor"]) == (expected, precision, "publication")


def test_week_rows_span_the_days_the_tense_leaves():
    """Round 15: told in the past on a Monday, 'this week' can only be that Monday; told as
    ahead, any day from it to the week's Sunday."""
    assert one("Prices rose this week.", "this week")["date_end"] == "2024-03-25"
    assert one("Prices will rise this week.", "this week")["date_end"] == "2024-03-31"


# --- relative to another event --------------------------------------------------------------


def test_a_day_later_hangs_on_the_day_told_before():
    body = "Rebels attacked the town on 10 March 2024. A day later, the army arrived."
    row = one(body, "A day later")
    assert (row["date"], row["precision"]) == ("2024-03-11", "day")
    assert "10 March 2024" in row["anchor"]


def test_days_before_a_dated_event_named_by_its_noun():
    body = (
        "The election was held on 2 June 2024. "
        "Ten days before the election, the candidate withdrew from the race."
    )
    row = one(body, "Ten days before")
    assert row["date"] == "2024-05-23"
    assert "election" in row["anchor"]


def test_weeks_before_an_event_are_approximate_with_stated_tolerance():
    body = (
        "Friday's attack killed dozens. "
        "Officials said they had warned about an attack two weeks before."
    )
    row = one(body, "two weeks before")
    assert (row["date"], row["precision"]) == ("2024-03-08", "approx")
    assert "±" in row["resolution"]


def test_offset_before_an_undated_event_is_not_invented():
    assert not [
        r
        for r in rows("Ten days before the summit, the minister resigned.")
        if "days" in r["date_text"]
    ]


def test_since_marks_a_start_and_durations_are_not_events():
    row = one("It has been headed by the same man since 2008.", "2008")
    assert row["precision"] == "year"
    assert row["resolution"].startswith("start")
    assert rows("He has led the party for two decades.") == []
    assert rows("The worst attack for two decades shook the region for 33 years.") == []


# --- traps ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "We mourn the victims of the attack.",
        "Prices may rise, officials said.",
        "Thousands march in the capital every year.",
        "March organisers said the route was safe.",
        "The hall holds 1,950 people.",
        "Police evacuated 2000 people from the area.",
        "The 6,200-seat hall was full.",
        "Scores: 12/34/5678 and 31.02.2024 are not dates.",
        "The Sun reported the story.",
    ],
)
def test_not_dates(body):
    assert rows(body) == []


def test_dates_inside_quotes_are_from_the_speakers_day():
    body = "“We will publish the results today,” the minister said yesterday."
    assert one(body, "today")["date"] == "2024-03-24"
    assert one(body, "yesterday")["date"] == "2024-03-24"


def test_quotes_table_gives_the_speakers_day_too():
    body = "The minister said on Friday: “Today is a day of mourning.” Officials agreed."
    ctx = context(body)
    start = ctx.text.index("Today")
    end = ctx.text.index(".”") + 1
    ctx.quotes = [{"start": start, "end": end, "kind": "direct", "text": ctx.text[start:end]}]
    today = [r for r in extract_timeline(ctx) if r["date_text"] == "Today"]
    assert today and today[0]["date"] == "2024-03-22"


def test_without_publication_date_only_explicit_dates_are_kept():
    out = rows("The minister resigned on Friday. The law was passed on 2 May 2019.", None)
    assert [r["date_text"] for r in out] == ["2 May 2019"]


def test_odd_input_does_not_crash():
    for body in [
        "“Unbalanced quote on Monday",
        "1 2 3 4 2024 2024-13-45 ’99 ’",
        "Ünïcödé 2024年3月",
    ]:
        rows(body)


def test_patterns_are_data_and_scan_without_a_parse():
    kinds = {m.kind for m in scan("On 24 March, 2024, last week, two weeks ago and since 2008.")}
    assert {"date", "relative", "offset", "year"} <= kinds


def test_holidays_follow_the_tense_and_easter_comes_from_dateutil():
    tuesday = date(2025, 12, 2)
    assert (
        one("No deal is expected before Christmas.", "Christmas", tuesday)["date"] == "2025-12-25"
    )
    assert one("Talks stalled over Easter.", "Easter", date(2024, 5, 1))["date"] == "2024-03-31"
    assert rows("The Christmas market opened in the square.", tuesday) == []


def test_reported_deadline_points_forward_despite_backshifted_tense():
    tuesday = date(2025, 12, 2)
    body = "She said the offer was on the table until Friday."
    assert one(body, "Friday", tuesday)["date"] == "2025-12-05"


def test_a_deadline_just_passed_is_not_pushed_a_year_ahead():
    body = "He urged them to reach a deal by December 1, when the budget expires."
    assert one(body, "December 1", date(2025, 12, 2))["date"] == "2025-12-01"


ALPHABET = "0123456789 .,:;/-'’“”\"\nabcdefghijklmnopqrstuvwxyzMTWFSJAOND"
WORDS = [
    "Monday",
    "Friday's",
    "March",
    "May",
    "2024",
    "22.03.2024",
    "since",
    "until",
    "ago",
    "two",
    "weeks",
    "before",
    "later",
    "the",
    "day",
    "next",
    "last",
    "will",
    "said",
    "“",
    "”",
    "1,950",
    "early",
    "Christmas",
    "’82",
    "70s",
    "Q3",
    "quarter",
    "summer",
    "tonight",
    "on",
    "in",
]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(WORDS), st.text(ALPHABET, max_size=6)), max_size=40))
def test_fuzzed_word_salad_never_crashes_and_keeps_offsets(words):
    salad = " ".join(words).strip()
    english = "The officials said that the people of the town were safe and the roads were open"
    rows(f"{english}, {salad}. {english} again.")


def test_the_day_is_a_trading_day_or_the_day_the_sentence_names():
    assert one("The index ended the day 2% higher.", "the day")["date"] == "2024-03-25"
    assert rows("Fans who were there on the day still remember it.") == []


def test_days_before_the_beginning_of_a_dated_event():
    body = (
        "The Olympic Games opened on 26 July 2024. "
        "Ten days before the beginning of the Games, security was tightened."
    )
    row = one(body, "Ten days before", date(2024, 8, 1))
    assert row["date"] == "2024-07-16"


def test_on_the_day_does_not_borrow_a_day_from_an_earlier_sentence():
    body = "The plant closed on 3 March 2024. Workers who were there on the day were angry."
    assert [r["date_text"] for r in rows(body)] == ["3 March 2024"]


# --- ages, reported periods, present references, parts of the current unit ------------------


@pytest.mark.parametrize(
    "body",
    [
        "Most of the new hires are in their 30s.",
        "Temperatures stayed in the 30s all week.",
        "The bus was doing 50s on the bypass, witnesses said.",
    ],
)
def test_bare_tens_are_ages_or_readings_not_decades(body):
    assert rows(body) == []


def test_decades_written_clearly_are_dates():
    # dated at the decade's middle (approximate), as the annotators of every dev set do
    assert one("Jazz clubs flourished in the 1930s.", "the 1930s")["date"] == "1935-01-01"
    assert one("Jazz clubs flourished in the '30s.", "the '30s")["date"] == "1935-01-01"


def test_a_month_naming_reported_figures_is_the_month_gone_by():
    autumn = date(2024, 9, 4)
    body = "Traders said the August payrolls report, due on Friday, could move the dollar."
    assert one(body, "August", autumn)["date"] == "2024-08-01"
    assert one(body, "Friday", autumn)["date"] == "2024-09-06"
    assert one("The July figures will be revised.", "July", autumn)["date"] == "2024-07-01"


def test_an_expected_event_lies_ahead():
    row = one("An expected announcement on Friday could lift the shares.", "Friday")
    assert row["date"] == "2024-03-29"


def test_a_day_just_after_publication_is_not_a_year_back_in_a_past_clause():
    body = "The stop in Perth was cancelled in favour of a visit on November 9."
    assert one(body, "November 9", date(2024, 11, 5))["date"] == "2024-11-09"


def test_now_and_currently_are_present_references_kept_off_the_timeline():
    ctx = context("The firm now employs 300 people and is currently hiring.")
    vague = {x.text: x.value for x in tag(ctx)}
    assert vague == {"now": "PRESENT_REF", "currently": "PRESENT_REF"}
    assert extract_timeline(ctx) == []


def test_in_the_past_week_is_not_a_vague_past():
    ctx = context("Prices rose in the past week.")
    assert [x.value for x in tag(ctx) if x.value.endswith("_REF")] == []


def test_earlier_and_later_this_year_split_the_year_at_the_reference_day():
    row = one("Sales rose earlier this year.", "earlier this year")
    assert (row["date"], row["date_end"], row["precision"]) == (
        "2024-01-01",
        "2024-03-25",
        "approx",
    )
    row = one("Sales will fall later this month.", "later this month")
    assert (row["date"], row["date_end"]) == ("2024-03-25", "2024-03-31")


def test_a_delay_names_the_delayed_day_itself():
    body = "The ferry will now sail on 14 May, two days later than planned."
    assert one(body, "two days later than planned")["date"] == "2024-05-14"


def test_relative_quarters_count_from_the_reference_quarter():
    may = date(2024, 5, 10)
    row = one("Profit fell last quarter.", "last quarter", may)
    assert (row["date"], row["date_end"]) == ("2024-01-01", "2024-03-31")
    assert one("Profit will rise next quarter.", "next quarter", may)["date"] == "2024-07-01"
    row = one("Profit fell in the last quarter of 2023.", "the last quarter of 2023", may)
    assert row["date"] == "2023-10-01"


def test_market_phrases_for_the_week_and_on_the_day():
    row = one("The index fell 4% for the week.", "the week")
    assert (row["date"], row["precision"]) == ("2024-03-25", "week")
    assert one("The index ended 2% lower on the day.", "the day")["date"] == "2024-03-25"
    body = "Shares fell on Friday. Earlier in the day the bank had cut its forecast."
    assert one(body, "Earlier in the day")["date"] == "2024-03-22"


def test_the_second_month_of_a_pair_is_dated_too():
    out = rows("Talks were held in December and January.")
    assert [(r["date_text"], r["date"]) for r in out] == [
        ("December", "2023-12-01"),
        ("January", "2024-01-01"),
    ]


def test_a_present_tense_timetable_points_forward():
    assert one("The committee meets on Thursday.", "Thursday")["date"] == "2024-03-28"
    assert one("The vote is on Friday.", "Friday")["date"] == "2024-03-29"


def test_fiscal_years_and_centuries():
    ctx = context("Losses grew in fiscal 2023 and in the 2022 fiscal year, as in the 20th century.")
    values = {x.text: x.value for x in tag(ctx)}
    assert values == {
        "fiscal 2023": "FY2023",
        "the 2022 fiscal year": "FY2022",
        "the 20th century": "19",
    }
    assert [
        x.value for x in tag(context("The fiscal deficit and the financial crisis grew."))
    ] == []


def test_the_season_after_a_cue_but_never_the_fall_in_prices():
    assert one("Markets have been volatile since the summer.", "the summer")["date"] == "2023-06-01"
    assert rows("During the fall in prices, traders sold.") == []


def test_a_dotted_number_is_a_clock_time_only_with_am_pm_or_a_zone():
    assert [x.type for x in tag(context("Earnings rose to 1.14 per share."))] == []
    assert [x.value for x in tag(context("The plane landed at 6.40 p.m."))] == ["2024-03-25T18:40"]


def test_the_previous_year_counts_from_a_year_told_before_the_next_day_only_from_a_day():
    out = rows("Sales rose in 2019. The previous year they had fallen.")
    assert [(r["date_text"], r["date"]) for r in out] == [
        ("2019", "2019-01-01"),
        ("The previous year", "2018-01-01"),
    ]
    assert [r["date_text"] for r in rows("Sales rose in 2019. The next day was quiet.")] == ["2019"]


def test_a_quarter_naming_results_is_the_one_just_ended_unless_long_gone():
    january = date(2024, 1, 22)
    body = "The carmaker will report fourth-quarter results next week."
    assert one(body, "fourth-quarter", january)["date"] == "2023-10-01"
    assert one("Analysts expect a third-quarter loss.", "third-quarter", january)["date"] == (
        "2024-07-01"
    )


def test_an_anaphoric_day_with_nothing_dated_before_is_tagged_but_never_dated():
    ctx = context("Shares had fallen the day before.")
    assert [(x.text, x.value, x.date) for x in tag(ctx)] == [("the day before", "XXXX-XX-XX", None)]
    assert extract_timeline(ctx) == []


# --- anaphoric weekdays, year-end, mid-year --------------------------------------------------


def test_the_previous_weekday_hangs_on_the_event_told_before():
    body = "The depot burned on 12 March. Staff had reported a leak the previous Friday."
    row = one(body, "the previous Friday")
    assert row["date"] == "2024-03-08"  # Tuesday 12 March: the Friday before it


def test_the_previous_weekday_without_an_event_before_it_is_not_dated():
    assert not [
        r
        for r in rows("Staff had reported a leak the previous Friday.")
        if "Friday" in r["date_text"]
    ]


def test_year_end_is_the_last_month_of_the_year():
    row = one("The bank expects the merger to close by year-end.", "year-end")
    assert row["date"].startswith("2024-12") and row["date_end"] == "2024-12-31"
    assert row["precision"] == "approx"


def test_mid_year_is_the_middle_of_that_year():
    row = one("The plant opened in mid-2011.", "mid-2011")
    assert "2011-06-01" <= row["date"] <= "2011-07-02" <= row["date_end"]
    assert row["precision"] == "approx"
