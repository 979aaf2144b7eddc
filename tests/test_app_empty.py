"""An empty filtered page says why, once, and how to widen it: how many rows the article has,
what the speaker and the topic give each on their own when both are set, and links that drop
one filter or both (the filters live in the URL, so these are plain links)."""

from __future__ import annotations

import html
import re
import urllib.parse

import pytest

from app import library, view
from app.cache import analyze_cached
from tests import app_fixtures as fx
from tests.app_alerts import html_of
from tests.app_runs import run

SPEAKER, TOPIC = "United States", "Religion"  # both in the seed, never in one sentence


def seed():
    return analyze_cached(*library.list_articles()[0].read())


def no_match_boxes(markup: str) -> list[str]:
    return re.findall(r'<div class="nd-nomatch".*?</div>', markup, flags=re.S)


@pytest.mark.parametrize(
    "page, table, noun",
    [
        ("Timeline", "timeline", "date"),
        ("Figures", "facts", "figure"),
        ("Quotes", "quotes", "quote"),
    ],
)
def test_a_page_the_filters_empty_says_why_once_and_links_to_each_filter_alone(page, table, noun):
    t = seed()
    rows = t.timeline if table == "timeline" else t.tables()[table]
    if table == "facts":
        rows = rows[rows["kind"] == "figure"]
    alone = {
        name: int(view.match_mask(rows, table, f, t.quotes).sum())
        for name, f in (
            ("speaker", view.Filters(speaker=SPEAKER)),
            ("topic", view.Filters(topic=TOPIC)),
        )
    }
    assert not view.match_mask(rows, table, view.Filters(SPEAKER, TOPIC), t.quotes).any()

    at = run(page, speaker=SPEAKER, topic=TOPIC)
    markup = html_of(at)
    boxes = no_match_boxes(markup)
    assert len(boxes) == 1, boxes
    text = html.unescape(re.sub(r"<[^>]+>", " ", boxes[0]))
    assert f"None of the {len(rows)} {noun}s matches speaker {SPEAKER} and topic {TOPIC}." in text
    assert (
        f"Speaker {SPEAKER} alone: {alone['speaker']}; topic {TOPIC} alone: {alone['topic']}."
        in text
    )
    hrefs = {
        label: html.unescape(h) for h, label in re.findall(r'href="([^"]*)">([^<]*)<', boxes[0])
    }
    assert urllib.parse.parse_qs(hrefs[f"Only speaker {SPEAKER}"][1:]) == {"speaker": [SPEAKER]}
    assert urllib.parse.parse_qs(hrefs[f"Only topic {TOPIC}"][1:]) == {"topic": [TOPIC]}
    assert hrefs["Clear the filters"] == "?"
    # nothing else on the page repeats that there is nothing
    assert not at.info and "No quotes match" not in markup and "No dates match" not in markup
    assert (
        not at.get("plotly_chart") or page == "Timeline"
    )  # the timeline keeps its dimmed overview


def test_one_filter_offers_to_clear_it_and_a_single_row_reads_as_one():
    t = fx.tables()
    one = t.quotes.head(1)
    line = view.no_match_line(t, view.Filters(speaker="Nobody"), "quotes", one, "quote")
    assert line == "The one quote does not match speaker Nobody."
    line = view.no_match_line(t, view.Filters(topic="Weather"), "quotes", t.quotes, "quote")
    assert line == f"None of the {len(t.quotes)} quotes matches topic Weather."

    markup = html_of(run("Figures", speaker=SPEAKER))
    (box,) = no_match_boxes(markup)
    assert "Clear the filter<" in box and "Only " not in box


def test_no_kind_of_quote_chosen_says_so_rather_than_blaming_the_filters():
    at = run("Quotes")
    at.button_group(key="kinds").set_value([]).run()
    markup = html_of(at)
    assert "No kind of quote is chosen: pick one or more above." in markup
    assert not no_match_boxes(markup) and not at.info


@pytest.mark.parametrize("page", ["Reader", "Overview"])
def test_a_filter_that_dims_the_whole_article_says_why_instead_of_counting_zeros(page):
    t = seed()
    counts = view.match_counts(t, view.Filters(SPEAKER, TOPIC))
    assert view.nothing_matches(counts)
    markup = html_of(run(page, speaker=SPEAKER, topic=TOPIC))
    (box,) = no_match_boxes(markup)
    assert f"None of the {len(t.sentences)} sentences matches speaker {SPEAKER}" in html.unescape(
        box
    )
    assert "Filtered by" not in markup
    some = html_of(run(page, speaker=SPEAKER))  # something matches: the counts, no box
    assert "Filtered by speaker" in some and not no_match_boxes(some)


def test_the_kind_pills_say_when_they_alone_leave_nothing():
    t = fx.tables()
    assert set(t.quotes["kind"]) <= {"direct", "indirect"}  # the fixture has no partial quote
    partial = view.quotes_of_kinds(t.quotes, ["partial"])
    assert view.kinds_note(["partial"], partial) == (
        "This article has no partial quotes: pick another kind above."
    )
    assert view.kinds_note([], t.quotes.head(0)).startswith("No kind of quote is chosen")
    assert view.kinds_note(["direct"], view.quotes_of_kinds(t.quotes, ["direct"])) == ""
