"""What a journalist reviewing a pasted story needs to see, found with a real browser on US web
copy (one long paragraph per story) and pinned here without one: which speakers are guesses,
why the timeline is empty, which figures come from whom, quotes grouped by speaker."""

from __future__ import annotations

import dataclasses
import html
import re
import urllib.parse

import pytest

from app import library, render, view
from app.cache import analyze_cached
from tests import app_fixtures as fx
from tests.app_alerts import html_of
from tests.app_fixtures import parse
from tests.app_runs import run


def with_confidence(t, confidence: str, mention: str = "she"):
    """The fixture with Mayor Ruiz's quote attributed as `confidence` through `mention`."""
    ruiz = t.quotes["speaker"] == "Ana Ruiz"
    quotes = t.quotes.copy()
    quotes.loc[ruiz, "confidence"] = confidence
    quotes.loc[ruiz, "speaker_mention"] = mention
    return dataclasses.replace(t, quotes=quotes)


def test_a_speaker_carried_over_or_matched_from_a_pronoun_is_marked_for_checking():
    plain = fx.tables()
    colors = view.speaker_colors(plain)
    named = render.quote_cards_html(plain, plain.quotes, colors)
    assert "nd-doubt" not in named and "speaker inferred" not in named

    inferred = with_confidence(plain, "inferred", mention=None)
    cards = render.quote_cards_html(inferred, inferred.quotes, colors)
    assert cards.count('class="nd-badge nd-doubt nd-doubt-inferred"') == 1
    assert "speaker inferred" in cards and "Check before citing" in cards
    side = render.quote_list_html(inferred.quotes, colors, tables=inferred)
    assert side.count("nd-doubt-inferred") == 1
    reader = render.article_html(inferred, ["quotes"], colors, view.Filters())
    assert 'data-doubt="inferred" aria-hidden="true">Ana Ruiz</span>' in reader  # "(?)" by CSS
    assert '.nd-tag[data-doubt]::after{content:" (?)"}' in render.STYLE
    speakers = render.speaker_cards_html(view.speaker_summary(inferred, colors))
    assert "1 with the speaker inferred" in speakers

    resolved = with_confidence(plain, "resolved", mention="she")
    cards = render.quote_cards_html(resolved, resolved.quotes, colors)
    assert "speaker via “she”" in html.unescape(cards)
    reader = render.article_html(resolved, ["quotes"], colors, view.Filters())
    assert "nd-doubt-resolved" in cards and "data-doubt" not in reader


def test_the_doubt_badge_escapes_the_mention():
    t = with_confidence(fx.tables(), "resolved", mention='<img src=x onerror="alert(1)">')
    cards = render.quote_cards_html(t, t.quotes, view.speaker_colors(t))
    parse(cards)  # balanced, no stray tags
    assert "<img" not in cards and "&lt;img" in cards


def test_an_unattributed_quote_gets_no_doubt_badge_its_card_says_so_already():
    t = with_confidence(fx.tables(), "inferred")
    none = t.quotes["speaker"].isna()
    assert none.any()
    assert view.speaker_doubt(t.quotes[none].iloc[0].to_dict()) is None


def test_the_quotes_count_line_says_how_many_speakers_to_check():
    t = fx.tables()
    assert view.doubt_line(t.quotes) == ""
    line = view.doubt_line(with_confidence(t, "inferred").quotes)
    assert line.startswith("1 with the speaker inferred") and "check before citing" in line


# ----------------------------------------------------------------------------- under AppTest

UNDATED = (
    b"Council delays the budget vote\n\nThe council met on Tuesday and will vote on the budget "
    b"next week, the mayor said. Residents can send comments until Friday, she added.\n"
)


@pytest.fixture(scope="module")
def saved(tmp_path_factory):
    """A library holding a story without a publication date (as a pasted story comes)."""
    folder = tmp_path_factory.mktemp("ux-library")
    entry = library.save_article(UNDATED, "council.txt", {}, folder)
    return folder, entry.article_id


@pytest.fixture(autouse=True)
def library_env(saved, monkeypatch):
    monkeypatch.setenv(library.LIBRARY_ENV, str(saved[0]))


@pytest.mark.parametrize("page", ["Overview", "Timeline"])
def test_an_undated_story_says_its_dates_wait_for_the_publication_date(page, saved):
    tables = analyze_cached(*library.resolve(saved[1], library.list_articles()).read())
    waiting = len(view.unresolved_dates(tables))
    assert waiting >= 2 and tables.timeline.empty  # the story this test is about
    at = run(page, article=saved[1])
    said = "\n".join(str(e.value) for e in at.caption) + html.unescape(html_of(at))
    assert view.NO_DATES not in said
    assert f"{waiting} relative dates" in said and "wait for the publication date" in said


def test_the_figures_table_puts_who_says_so_and_the_sentence_before_the_parsed_parts():
    at = run("Figures")
    seed = analyze_cached(*library.list_articles()[0].read())
    shown = at.dataframe[0].value
    assert list(shown.columns[:5]) == ["figure", "counts", "source", "status", "sentence"]
    figures = seed.facts[seed.facts["kind"] == "figure"]
    assert shown["source"].tolist() == [view.text_or(s) for s in figures["source"]]
    assert shown["qualifier"].tolist() == [view.text_or(q) for q in figures["qualifier"]]
    assert "reads" not in shown.columns  # figure + what it counts + source again, in one string


def test_quotes_grouped_by_speaker_follow_the_speaker_cards_which_link_to_their_filter():
    seed = analyze_cached(*library.list_articles()[0].read())
    summary = view.speaker_summary(seed, view.speaker_colors(seed))
    at = run("Quotes", order="by speaker")
    markup = html.unescape(html_of(at))
    headings = re.findall(r'<div class="nd-group"[^>]*>([^<]+)<span', markup)
    assert headings == [s["speaker"] for s in summary]
    assert markup.count('class="nd-card"') == len(seed.quotes) + len(summary)
    for s in summary:
        if s["speaker"] != view.UNATTRIBUTED:
            query = urllib.parse.urlencode({"order": "by speaker", "speaker": s["speaker"]})
            assert f'href="?{query}"' in markup.replace("&amp;", "&")

    plain = html_of(run("Quotes"))  # the default: article order, no headings
    assert 'class="nd-group"' not in plain


def test_grouping_keeps_every_quote_once_and_puts_the_unattributed_last():
    t = fx.tables()
    groups = view.quotes_by_speaker(t, t.quotes)
    assert [g for g, _ in groups] == ["Ana Ruiz", view.UNATTRIBUTED]
    assert sorted(i for _, q in groups for i in q["quote_id"]) == sorted(t.quotes["quote_id"])
    parse(render.quote_groups_html(t, groups, view.speaker_colors(t)))


def test_the_overview_says_at_a_glance_what_the_story_holds():
    t = fx.tables()
    line = view.glance_line(t)
    assert line.startswith("At a glance: 2 quotes from 1 speaker · 2 figures · 3 dates, ")
    assert "2008 to Mar 2024" in line.replace("Jan ", "")
    empty = fx.tables("A quiet day\n\nNothing happened in the village.", with_extraction=False)
    assert view.glance_line(empty) == "At a glance: no quotes · no figures · no dates"


def test_the_overview_glance_counts_the_seed_and_the_dates_an_undated_story_waits_for(saved):
    seed = analyze_cached(*library.list_articles()[0].read())
    markup = html.unescape(html_of(run("Overview")))
    figures = int((seed.facts["kind"] == "figure").sum())
    assert f"At a glance: {len(seed.quotes)} quotes from " in markup
    assert f" · {figures} figures · {len(seed.timeline)} dates, " in markup
    tables = analyze_cached(*library.resolve(saved[1], library.list_articles()).read())
    waiting = len(view.unresolved_dates(tables))
    undated = html.unescape(html_of(run("Overview", article=saved[1])))
    assert f"no dates ({waiting} waiting for the publication date)" in undated


def test_figure_bars_leave_room_for_their_labels_in_each_panel():
    from app import charts

    frame = view.figures_frame(fx.tables(), view.Filters())
    frame.loc[0, "figure"] = "down almost 2.9 million"  # a label longer than a short bar
    fig = charts.figures_figure(frame).to_plotly_json()
    layout = fig["layout"]
    for trace in fig["data"]:
        assert trace["textposition"] == "auto"  # inside the bar when it fits, else after it
        axis = layout["xaxis" + trace["xaxis"][1:]]
        assert axis["range"][0] <= 0 and axis["range"][1] >= 1.3 * max(trace["x"])
    negative = charts.figures_figure(frame.assign(value=frame["value"] * -1)).to_plotly_json()
    for trace in negative["data"]:  # a fall is drawn leftwards, with the same room
        axis = negative["layout"]["xaxis" + trace["xaxis"][1:]]
        assert axis["range"][0] <= 1.3 * min(trace["x"]) and axis["range"][1] >= 0
