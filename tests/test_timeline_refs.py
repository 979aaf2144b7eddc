"""TimeML values without a calendar date and the classes TimeBank/AQUAINT taught us, each on our
own wording: adjectives of time ("the current talks"), and the like. Published Wednesday 13
November 2019 unless a test says otherwise."""

from __future__ import annotations

from datetime import date

from tests.timexes import tag_body

WEDNESDAY = date(2019, 11, 13)


def values(body: str, published: date = WEDNESDAY) -> dict[str, tuple[str, str]]:
    return {text: (x.type, x.value) for text, x in tag_body(body, published).items()}


def test_time_adjectives_before_a_noun_are_present_and_past_refs():
    found = values("The current slump followed a recent rise in rents, the agency said.")
    assert found["current"] == ("DATE", "PRESENT_REF")
    assert found["recent"] == ("DATE", "PAST_REF")


def test_time_adjectives_that_name_no_time_stay_out():
    found = values("The country's current account deficit widened. Swimmers fought the current.")
    assert "current" not in found


def test_a_quarter_with_its_year_in_front():
    found = values(
        "The miner lost money in the 2018 fourth quarter and hopes to gain in next year's "
        "second quarter. The year-earlier third quarter was its best."
    )
    assert found["the 2018 fourth quarter"] == ("DATE", "2018-Q4")
    assert found["next year's second quarter"] == ("DATE", "2020-Q2")
    assert found["The year-earlier third quarter"] == ("DATE", "2018-Q3")


def test_the_period_of_a_results_story_is_its_quarter():
    found = values(
        "The retailer said profit fell in the third quarter. Sales in the latest period were "
        "$2 billion; in the 2018 period they were $2.2 billion."
    )
    assert found["the latest period"] == ("DATE", "2019-Q3")
    assert found["the 2018 period"] == ("DATE", "2018-Q3")


def test_years_said_aloud_in_a_transcript():
    found = values(
        "The reporter said the dam was finished in nineteen eighty-four and would be replaced "
        "by the year two thousand and five."
    )
    assert found["nineteen eighty-four"] == ("DATE", "1984")
    assert found["the year two thousand and five"] == ("DATE", "2005")


def test_the_past_year_and_decade_are_valued_and_only_the_year_dated():
    tagged = tag_body(
        "Rents doubled over the past decade and rose 4% in the past year, while the bridge "
        "tolls of the past century were abolished.",
        WEDNESDAY,
    )
    decade, year, century = (
        tagged[k] for k in ("the past decade", "the past year", "the past century")
    )
    assert (decade.type, decade.value, decade.date) == ("DATE", "200", None)  # the 2000s
    # the twelve months up to now, dated at their middle (round 16); the TimeML value stays
    assert (year.type, year.value, year.date) == ("DATE", "2018", date(2019, 5, 13))
    assert (century.type, century.value) == ("DURATION", "P100Y")


def test_the_baseline_of_a_comparison_is_valued_off_the_timeline():
    tagged = tag_body("Bus fares are 6% higher than a year earlier, the council said.", WEDNESDAY)
    baseline = tagged["a year earlier"]
    assert (baseline.type, baseline.value, baseline.date) == ("DATE", "2018", None)


def test_the_day_before_in_apposition_is_the_day_it_follows():
    tagged = tag_body(
        "Shares were calm on Nov. 4, the day before the bank's collapse. The vote was on 1 "
        "November. The day before, the polls had closed early.",
        WEDNESDAY,
    )
    assert tagged["the day before"].value == "2019-11-04"
    assert tagged["The day before"].value == "2019-10-31"


def test_seasons_keep_the_article_and_name_no_downfall():
    found = values(
        "Orders stayed strong into the summer and weakened in the early autumn. The mill shut "
        "this past spring. Trade grew after the fall of the old regime."
    )
    assert found["the summer"] == ("DATE", "2019-SU")
    assert found["the early autumn"] == ("DATE", "2019-FA")
    assert found["this past spring"] == ("DATE", "2019-SP")
    assert not any("fall" in text for text in found)


def test_a_fiscal_quarter_is_valued_as_its_number():
    found = values("Profit in the fiscal second quarter fell, the maker of pumps said.")
    assert found["the fiscal second quarter"] == ("DATE", "2019-Q2")


def test_last_and_next_with_a_month_and_day():
    found = values("The ferry sank last Dec. 2 and the inquiry reports next Jan. 9.")
    assert found["last Dec. 2"] == ("DATE", "2018-12-02")
    assert found["next Jan. 9"] == ("DATE", "2020-01-09")


def test_extents_leave_signals_and_the_article_of_another_noun_out():
    found = values(
        "Until now the depot has coped, and for now it stays open; in the near future it moves. "
        "The third-quarter loss widened, and the year-ago results were restated."
    )
    assert found["now"] == ("DATE", "PRESENT_REF")
    assert found["the near future"] == ("DATE", "FUTURE_REF")
    assert found["third-quarter"] == ("DATE", "2019-Q3")
    assert "year-ago" in found and "the year-ago" not in found


def test_a_day_keeps_its_early_or_late_in_the_extent():
    found = values("Late yesterday the union balked. Earlier Monday, talks had stalled.")
    assert found["Late yesterday"] == ("DATE", "2019-11-12")
    assert found["Earlier Monday"] == ("DATE", "2019-11-11")


def test_parts_of_the_day_and_lengths_of_no_exact_amount():
    found = values(
        "Yesterday morning the strike began; last night it spread. It could last several "
        "weeks, a few days at least, and profits fell in the past two quarters."
    )
    assert found["Yesterday morning"] == ("DATE", "2019-11-12TMO")
    assert found["last night"] == ("DATE", "2019-11-12TNI")
    assert found["several weeks"] == ("DURATION", "PXW")
    assert found["a few days"] == ("DURATION", "PXD")
    assert "the past" not in found  # "the past two quarters" is no past reference


def test_today_owning_a_noun_of_an_era_is_the_present():
    tagged = tag_body("In today's world, phones rule. Today's debate was cancelled.", WEDNESDAY)
    assert tagged["today"].value == "PRESENT_REF" and tagged["today"].date is None
    assert tagged["Today"].value == "2019-11-13"
