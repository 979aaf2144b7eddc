"""Which occurrence a date without a year (or a bare weekday) means: tense, aspect and the verb.

Each test is written in our own words for one construction seen to go wrong on real news pages.
Publication day for most: Wednesday 13 November 2019.
"""

from __future__ import annotations

from datetime import date

from lib.timeline.extract import extract_time
from tests.timexes import context_of

WEDNESDAY = date(2019, 11, 13)


def dated(body: str, published: date | None = WEDNESDAY) -> tuple[dict, list[dict]]:
    """({expression: timexes row}, timeline rows) for a one-paragraph article."""
    ctx = context_of(body, published)
    timeline, timexes = extract_time(ctx)
    return {t["text"]: t for t in timexes}, timeline


def value(body: str, expression: str, published: date | None = WEDNESDAY) -> str:
    found, _ = dated(body, published)
    assert expression in found, (expression, sorted(found))
    return found[expression]["value"]


def test_infinitive_under_a_past_verb_points_back():
    body = "The driver admitted on Monday to threatening to burn down the depot in April."
    assert value(body, "April") == "2019-04"


def test_would_after_a_past_vow_means_the_nearest_occurrence():
    body = "The premier promised that the border would reopen on Nov. 1, whatever happened."
    assert value(body, "Nov. 1") == "2019-11-01"
    body = "The union warned that staff would walk out on Dec. 2."
    assert value(body, "Dec. 2") == "2019-12-02"


def test_a_weekday_after_would_still_looks_ahead():
    assert value("The vote would be held on Friday.", "Friday") == "2019-11-15"


def test_a_plan_told_in_the_past_is_not_pushed_into_next_year():
    assert value("Levies planned for Sept. 20 were dropped after the summit.", "Sept. 20") == (
        "2019-09-20"
    )
    assert value("The album was due to come out in October.", "October") == "2019-10"
    assert value("The tunnel had been scheduled to open in August.", "August") == "2019-08"


def test_a_plan_told_now_still_looks_ahead():
    assert value("The firm plans to open a plant in March.", "March") == "2020-03"
    assert value("The ferry is due to sail on Friday.", "Friday") == "2019-11-15"


def test_as_of_a_day_is_a_state_reached_by_then():
    assert value("As of May 2, the fund holds 40 tonnes of gold.", "May 2") == "2019-05-02"


def test_a_weekday_naming_its_noun_before_a_present_verb_is_the_last_one():
    body = "The hearing Tuesday suggests that the inquiry will widen."
    assert value(body, "Tuesday") == "2019-11-12"
    assert value("The committee meets on Friday.", "Friday") == "2019-11-15"


def test_a_clock_time_falls_on_the_day_written_with_it():
    body = "The bridge was shut from 11 p.m. Oct. 3 to 5:00 a.m. the next morning."
    found, _ = dated(body)  # an hour with its day written next to it: one TIME expression
    assert found["11 p.m. Oct. 3"]["value"] == "2019-10-03T23:00"
    assert found["5:00 a.m. the next morning"]["date"] == "2019-10-04"
    assert found["5:00 a.m. the next morning"]["value"] == "2019-10-04T05:00"
    body = "Crews started at 9:15 a.m. on Monday."
    assert dated(body)[0]["9:15 a.m."]["value"] == "2019-11-11T09:15"


def test_a_range_from_at_least_a_year_keeps_both_ends():
    found, timeline = dated("She chaired the board from at least 2003 to 2007, filings show.")
    assert found["2003"]["value"] == "2003" and found["2007"]["value"] == "2007"
    notes = {row["date_text"]: row["resolution"] for row in timeline}
    assert notes["2003"].startswith("start of a period")
    assert notes["2007"].startswith("end of a period")


def test_a_newspaper_or_show_named_today_is_not_a_date():
    found, _ = dated('"It was chaos," the coach told USA TODAY. Today the team flies home.')
    assert list(found) == ["Today"]
    found, _ = dated("She was interviewed on the Today programme.")
    assert found == {}


def test_a_day_without_a_year_takes_the_year_the_passage_tells_of():
    body = "In 2015 the city was still rebuilding. Residents held a July 4 parade on the pier."
    assert value(body, "July 4") == "2015-07-04"
    body = "Sales fell in 2018. The firm will report results on Feb. 4."
    assert value(body, "Feb. 4") == "2020-02-04"  # ahead: the passage year does not apply


def test_the_trading_day_is_the_day_the_story_tells_of():
    body = (
        "Shares in Tokyo slid on Thursday as exporters sold off. "
        "The Topix lost 2.1%, or 40 points, to end the day at 1,870."
    )
    assert dated(body, date(2019, 11, 15))[0]["the day"]["date"] == "2019-11-14"


def test_later_in_the_day_never_counts_from_an_approximate_point():
    body = (
        "The carmaker said on Tuesday that its sales rose 9%, up from 6% a year ago. "
        "Its shares climbed in early trading before falling later in the day."
    )
    assert dated(body)[0]["later in the day"]["date"] == "2019-11-12"


def test_a_time_clause_shares_the_future_of_its_main_clause():
    body = "Aid would flow to the banks when trading resumed on Monday."
    assert value(body, "Monday") == "2019-11-18"
    body = "Voters said a new poll should be held if no deal was struck by Christmas."
    assert value(body, "Christmas") == "2019-12-25"


def test_a_deadline_told_in_the_passive_past_is_over():
    body = "The clip had been shared, and was viewed two million times by Monday night."
    assert dated(body)[0]["Monday night"]["date"] == "2019-11-11"


def test_a_title_weekday_does_not_join_the_dateline_below_it():
    article = "Ports to stay shut until Monday\n\nNovember 13, 2019\n\nThe ports closed on Tuesday."
    found, _ = dated(article.split("\n\n", 1)[1])
    assert found["November 13, 2019"]["value"] == "2019-11-13"
    found, _ = dated("Shut until Monday\n\nNovember 13, 2019\n\nThe ports closed.", None)
    assert {"Monday", "November 13, 2019"} <= set(found)


def test_a_month_naming_an_event_dates_it():
    body = "Observers said the November ballot was flawed."
    assert value(body, "November") == "2019-11"


def test_teen_numbers_count_years():
    assert value("The plant opened nineteen years ago.", "nineteen years ago") == "2000"


def test_a_lone_clock_time_and_a_far_following_day_hang_on_the_lead_day():
    body = (
        "Traders had a wild session yesterday as the index lost 6% in minutes.\n\n"
        "Analysts blamed a typing error. Others blamed algorithms. Regulators were silent. "
        "Brokers were angry. Clients fled. Funds froze.\n\n"
        "(By the following day the error theory had been dropped.) "
        "Exchanges will cancel trades made around 2.45 PM."
    )
    found, timeline = dated(body)
    assert found["the following day"]["date"] == "2019-11-13"
    assert found["2.45 PM"]["value"] == "2019-11-12T14:45"
    assert "2.45 PM" in [row["date_text"] for row in timeline]


def test_an_offset_from_an_undated_event_is_a_length_not_a_date():
    found, timeline = dated("The ban came on Friday, a week after the union staged a walkout.")
    assert (found["a week after"]["type"], found["a week after"]["value"]) == ("DURATION", "P1W")
    assert [row["date_text"] for row in timeline] == ["Friday"]
    found, _ = dated("The dam failed on 2 May 2018. Two days after, the town flooded.")
    assert found["Two days after"]["value"] == "2018-05-04"


def test_terms_of_an_announcement_take_the_nearest_occurrence():
    # told in the past, but the days named are the terms: the coming ones when near
    body = "The brewer declared a special dividend, payable Dec. 9 to holders of record Nov. 25."
    assert value(body, "Dec. 9") == "2019-12-09"
    assert value(body, "Nov. 25") == "2019-11-25"
    body = "The bidder extended to Nov. 29 its cash offer for the chain's shares."
    assert value(body, "Nov. 29") == "2019-11-29"
    body = "The ferry operator raised fares, effective Jan. 6."
    assert value(body, "Jan. 6") == "2020-01-06"


def test_a_weekday_owning_a_noun_names_a_day_gone_by():
    body = "Traders sold the shares above Monday's closing price."
    assert value(body, "Monday") == "2019-11-11"
    body = "The unions said they would appeal against Tuesday's verdict by the tribunal."
    assert value(body, "Tuesday") == "2019-11-12"
    body = "Friday's summit will settle the dispute, the ministers said."
    assert value(body, "Friday") == "2019-11-15"


def test_a_day_on_a_verb_of_foreseeing_dates_the_forecast():
    body = "The weather office predicted Monday that the river would burst its banks."
    assert value(body, "Monday") == "2019-11-11"
    body = "The committee is expected to vote on Monday."
    assert value(body, "Monday") == "2019-11-18"


def test_a_denied_could_is_a_past_attempt():
    body = "The harbour master could not be reached for comment on Monday."
    assert value(body, "Monday") == "2019-11-11"
    body = "Neither the pilot nor his employer could be found Tuesday."
    assert value(body, "Tuesday") == "2019-11-12"
    body = "The crew could not sail until Friday, when the storm would have passed."
    assert value(body, "Friday") == "2019-11-15"


def test_putting_off_to_a_day_points_ahead_in_the_past_tense():
    body = "The tribunal adjourned the hearing until Monday."
    assert value(body, "Monday") == "2019-11-18"
    body = "The regulator postponed its ruling until Nov. 20."
    assert value(body, "Nov. 20") == "2019-11-20"


def test_a_day_days_ahead_without_a_year_is_this_one_in_the_past_tense():
    body = "The court upset the family by setting a Nov. 25 deadline for the appeal."
    assert value(body, "Nov. 25") == "2019-11-25"
