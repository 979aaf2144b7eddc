"""Classes of dates seen wrong on real news, each on our own wording: clock times on the day
their sentence names, hours counted back, offsets written "in advance of", holidays set by a
weekday, deadlines with a clock time, sets and durations in hours."""

from __future__ import annotations

from datetime import date

from tests.test_timeline_reported import timexes


def test_a_clock_time_falls_on_the_day_its_sentence_names():
    found = timexes(
        "The ferry left on Wednesday. By 16:40 GMT the port had reopened, and at the end of the "
        "day Thursday the queues were gone.",
        date(2019, 11, 15),
    )
    assert found["16:40 GMT"].value == "2019-11-14T16:40"
    assert found["the end of the day Thursday"].value == "2019-11-14"


def test_hours_ago_count_back_whole_days():
    found = timexes("A forum post made just over 24 hours ago first named the flaw.")
    assert found["just over 24 hours ago"].date == date(2019, 11, 14)
    found = timexes("The suspect was seen three hours ago near the bridge.")
    assert found["three hours ago"].date == date(2019, 11, 15)


def test_durations_in_hours_and_minutes_are_clock_durations():
    found = timexes("The hearing lasted three hours, and the jury took 45 minutes to decide.")
    assert found["three hours"].value == "PT3H"
    assert found["45 minutes"].value == "PT45M"


def test_in_advance_of_a_dated_event_counts_back_from_it():
    found = timexes(
        "The regatta ended on Tuesday. Every crew received its boat roughly two months in advance "
        "of the regatta."
    )
    hit = next(x for k, x in found.items() if "in advance of" in k)
    assert hit.date == date(2019, 9, 12)


def test_today_in_a_quote_of_a_story_about_yesterday_is_that_day():
    found = timexes(
        'Shares in the port operator collapsed yesterday after a profit warning.\n\n"We have '
        'never seen selling like this today," a fund manager said.'
    )
    assert found["yesterday"].date == date(2019, 11, 14)
    assert found["today"].date == date(2019, 11, 14)


def test_today_in_a_quote_of_a_story_about_today_stays_today():
    found = timexes(
        'Shares in the port operator collapsed today after a profit warning.\n\n"We have never '
        'seen selling like this today," a fund manager said.'
    )
    assert [x.date for k, x in found.items() if k == "today"] == [date(2019, 11, 15)]


def test_an_event_noun_is_dated_by_the_verb_that_told_it():
    found = timexes(
        "The jeweller was stabbed on the evening of Oct. 2 outside his shop. A witness had seen "
        "the van there 12 days before the murder."
    )
    assert found["12 days before"].date == date(2019, 9, 20)


def test_the_event_after_before_is_counted_from_the_dated_subject():
    found = timexes(
        "The flood, which struck on Monday morning, closed the bridge. The flood came only six "
        "days before the opening of the fair."
    )
    hit = next(x for k, x in found.items() if "six days before" in k)
    assert hit.date == date(2019, 11, 17)  # the fair opens six days after Monday 11 November


def test_an_open_bound_before_ago_is_a_length_but_just_over_counts_back():
    found = timexes(
        "The mine closed more than four decades ago. The alarm rang just over a week ago."
    )
    assert (
        found["more than four decades ago"].type,
        found["more than four decades ago"].value,
    ) == (
        "DURATION",
        "P40Y",
    )
    assert found["just over a week ago"].date == date(2019, 11, 8)


def test_holidays_set_by_a_weekday():
    found = timexes(
        "The shelter opened last Thanksgiving and will close after Memorial Day. Crowds were "
        "thin on Labor Day."
    )
    assert found["Thanksgiving"].date == date(2018, 11, 22)  # fourth Thursday of November
    assert found["Memorial Day"].date == date(2020, 5, 25)  # last Monday of May
    assert found["Labor Day"].date == date(2019, 9, 2)  # first Monday of September


def test_a_deadline_with_a_clock_time_before_the_day_lies_ahead():
    monday = date(2019, 11, 11)
    found = timexes("The council has given the tenants until 10 a.m. Thursday to leave.", monday)
    # one TIME expression of the hour and its day, as TimeML writes it
    assert found["10 a.m. Thursday"].date == date(2019, 11, 14)
    assert found["10 a.m. Thursday"].value == "2019-11-14T10:00"


def test_a_day_under_would_be_ready_to_lies_ahead():
    monday = date(2019, 11, 11)
    found = timexes(
        "The crew would be ready to sail as soon as Thursday, the captain said.", monday
    )
    assert found["Thursday"].date == date(2019, 11, 14)
    assert "soon" not in found  # "as soon as" is a connective, not FUTURE_REF


def test_regular_repetitions_are_timeml_sets():
    found = timexes(
        "The ferry crosses every week and the bakery delivers daily. Auditors visit each year, "
        "the board meets every Tuesday and the pumps are checked twice a month. The Daily "
        "Courier reported it."
    )
    values = {k: (x.type, x.value, x.date) for k, x in found.items()}
    assert values["every week"] == ("SET", "P1W", None)
    assert values["daily"] == ("SET", "P1D", None)
    assert values["each year"] == ("SET", "P1Y", None)
    assert values["every Tuesday"] == ("SET", "XXXX-WXX-2", None)
    assert values["twice a month"] == ("SET", "P1M", None)
    assert "Daily" not in values


def test_the_day_before_counts_from_the_dated_event_named_after_it():
    found = timexes(
        "The talks failed in June. The day before last Monday's vote, the mayor met the unions."
    )
    assert found["last Monday"].date == date(2019, 11, 11)
    assert found["The day before"].date == date(2019, 11, 10)


def test_the_story_moves_to_the_counted_day_not_the_day_it_counts_from():
    found = timexes(
        "The day before last Monday's vote, the mayor met the unions and was taken ill.\n\n"
        "He recovered and spoke in the chamber the next morning."
    )
    assert found["the next morning"].date == date(2019, 11, 11)  # after Sunday 10 November


def test_the_weekend_told_on_a_monday_is_named_by_its_own_week():
    monday = date(2019, 11, 18)
    found = timexes("Shoppers stayed away over the weekend, the retailer said.", monday)
    assert (found["the weekend"].value, found["the weekend"].date) == (
        "2019-W46-WE",
        date(2019, 11, 16),
    )


def test_the_near_and_long_term_are_future_references():
    found = timexes("Prices may fall in the near term but should rise over the long term.")
    assert found["the near term"].value == "FUTURE_REF"
    assert found["the long term"].value == "FUTURE_REF"


def test_a_day_naming_an_unplanned_event_lies_behind():
    may = date(2019, 5, 6)
    found = timexes("Detectives will keep hunting for the driver of the Oct. 9 crash.", may)
    assert found["Oct. 9"].date == date(2018, 10, 9)
    found = timexes("Voters will return for the Oct. 9 election.", may)
    assert found["Oct. 9"].date == date(2019, 10, 9)  # an election is planned: ahead


def test_a_quote_paragraph_carries_on_the_dated_statement_before_it():
    found = timexes(
        "The minister would travel alone if the talks failed, his aide said on Tuesday.\n\n"
        '"He is ready to fly tomorrow," the aide told reporters.'
    )
    assert found["tomorrow"].date == date(2019, 11, 13)  # the day after Tuesday 12 November
