"""What a journalist meets first when using the app on a real story, found by driving it in
Chromium at 1280 px and 390 px (the seed and pasted Wikinews stories) and pinned here under
AppTest: one name per quote kind, empty states that say what happened, labels that fit."""

from __future__ import annotations

import html
import re

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from app import across, charts, library, render, view
from app.cache import analyze_cached
from lib import schema
from tests.app_alerts import html_of, shown
from tests.app_runs import PAGES, run

TIMEOUT = 90


@pytest.fixture(scope="module")
def seed():
    entry = library.list_articles()[0]
    return analyze_cached(*entry.read())


def visible_text(at: AppTest) -> str:
    """What a reader sees on the page: escaped markup without tags, captions, widget labels,
    options and help, and the code boxes (the citation)."""
    parts = [html.unescape(re.sub(r"<[^>]+>", " ", html_of(at.main)))]
    for kind in ("caption", "markdown", "info", "code", "subheader", "title"):
        parts += [str(e.value) for e in at.get(kind)]
    for widget in (*at.get("button_group"), *at.selectbox, *at.get("segmented_control")):
        parts += [str(getattr(widget, "label", "")), str(getattr(widget, "help", "") or "")]
        parts += [str(o) for o in getattr(widget, "options", [])]
    return "\n".join(parts)


# ----------------------------------------------------------------------------- naming


def schema_kinds() -> set[str]:
    meaning = next(c.description for c in schema.TABLES["quotes"] if c.name == "kind")
    return set(re.findall(r"\w+", meaning)) & {"direct", "indirect", "partial"}


def test_the_quote_kinds_carry_the_schemas_names_on_every_page(seed):
    """'indirect' in the filter and 'paraphrase' on the card read as two things: one name."""
    assert schema_kinds() == set(view.QUOTE_KINDS)
    assert "indirect" in set(seed.quotes["kind"])
    for kind in view.QUOTE_KINDS:
        assert render.kind_label(kind).split()[0] == kind
    for page in ("Reader", "Quotes"):
        text = visible_text(run(page)).lower()
        assert "paraphrase" not in text, page
        assert "indirect quote" in text, page
    indirect = seed.quotes[seed.quotes["kind"] == "indirect"].iloc[0].to_dict()
    citation = view.citation(indirect, seed.info())
    assert "(indirect quote)" in citation and "paraphrase" not in citation


# ----------------------------------------------------------------------------- speakers


def test_a_speaker_filter_marks_its_card_and_offers_the_way_back(seed):
    """With ?speaker= the Quotes page marks that speaker's card and links to all speakers;
    the phone notice (the sidebar is collapsed there) links to the page without the filter."""
    name = seed.quotes["speaker"].value_counts().index[0]
    at = run("Quotes", speaker=name)
    body = html_of(at.main)
    current = re.findall(
        r'<div class="nd-card nd-current" aria-current="true"[^>]*>(.*?)</b>', body
    )
    assert len(current) == 1 and html.escape(name) in current[0]
    back = re.search(r'<p class="nd-clear"><a href="([^"]*)">Show all speakers</a>', body)
    assert back and "speaker=" not in html.unescape(back.group(1))
    phone = re.search(r'<div class="nd-phone".*?<a href="([^"]*)">Clear the filter</a>', body)
    assert phone and "speaker" not in html.unescape(phone.group(1))
    unfiltered = html_of(run("Quotes").main)
    assert "nd-current" not in unfiltered and "Show all speakers" not in unfiltered
    assert "Clear the filter" not in unfiltered


def test_the_speaker_cards_sit_in_one_strip_the_phone_layout_moves_above_the_quotes(seed):
    summary = view.speaker_summary(seed, view.speaker_colors(seed))
    cards = render.speaker_cards_html(summary)
    assert cards.startswith('<div class="nd-speakers">') and cards.count('class="nd-card"') == len(
        summary
    )
    assert ":has(.st-key-quote_speakers){order:-1}" in render.STYLE  # key set by the page
    assert 'container(key="quote_speakers")' in (library.ROOT / PAGES["Quotes"]).read_text()


# ----------------------------------------------------------------------------- charts

LONG = "Irving Independent School District and Irving Police Department"


def test_a_long_speaker_name_is_cut_on_the_quotes_chart_axis_and_whole_in_the_hover():
    counts = pd.DataFrame(
        [{"speaker": LONG, "kind": "indirect", "quotes": 1}]
        + [{"speaker": "Ana Ruiz <b>", "kind": "direct", "quotes": 2}]
    )
    fig = charts.quotes_figure(counts, {LONG: "#123456"})
    axis = fig.layout.yaxis
    assert list(axis.tickvals) == [html.escape(LONG), "Ana Ruiz &lt;b&gt;"]
    assert all(len(html.unescape(t)) <= charts.AXIS_LABEL_CHARS for t in axis.ticktext)
    assert axis.ticktext[0].endswith("…") and axis.ticktext[1] == "Ana Ruiz &lt;b&gt;"
    bars = [trace for trace in fig.data if trace.showlegend is False]  # not the legend keys
    assert bars and all("%{y}" in trace.hovertemplate for trace in bars)  # the full name


def test_a_long_lane_name_is_cut_on_the_timeline_axis(seed):
    frame = view.timeline_frame(seed, view.Filters(), "actor")
    frame.loc[frame.index[0], "lane"] = html.escape(LONG)
    fig = charts.timeline_figure(frame, focus=False)
    axis = fig.layout.yaxis
    assert html.escape(LONG) in axis.tickvals
    assert all(len(html.unescape(t)) <= charts.AXIS_LABEL_CHARS for t in axis.ticktext)


def test_short_label_cuts_at_a_word_and_keeps_short_names():
    assert view.short_label("Dmitry Peskov", 26) == "Dmitry Peskov"
    cut = view.short_label(LONG, 26)
    assert cut == "Irving Independent School…" and len(cut) <= 26
    assert view.short_label("Supercalifragilisticexpialidocious", 10) == "Supercali…"


def test_the_quote_kind_legend_is_grey_so_a_speakers_colour_does_not_read_as_a_kind():
    counts = pd.DataFrame(
        [
            {"speaker": "Ana Ruiz", "kind": "indirect", "quotes": 1},
            {"speaker": "Bo Lee", "kind": "direct", "quotes": 2},
        ]
    )
    fig = charts.quotes_figure(counts, {"Ana Ruiz": "#0072B2", "Bo Lee": "#E69F00"})
    legend = [tr for tr in fig.data if tr.showlegend is not False]
    assert [tr.name for tr in legend] == ["direct", "indirect"]  # schema order
    assert {tr.marker.color for tr in legend} == {charts.LEGEND_GREY}
    assert [tr.marker.pattern.shape for tr in legend] == ["", "/"]
    bars = [tr for tr in fig.data if tr.showlegend is False]
    assert {tr.marker.color for tr in bars} == {"#0072B2", "#E69F00"}


# ----------------------------------------------------------------------------- overview


def test_the_overview_marks_the_filtered_speaker_and_topic_and_links_back(seed):
    speaker = seed.quotes["speaker"].value_counts().index[0]
    topic = view.topic_counts(seed)[0][0]
    at = run("Overview", speaker=speaker, topic=topic)
    body = html_of(at.main)
    assert re.search(
        r'<b class="nd-current" aria-current="true"><a [^>]*>' + re.escape(html.escape(speaker)),
        body,
    )
    assert re.search(
        r'class="nd-chip nd-current" aria-current="true" href="[^"]*">'
        + re.escape(html.escape(topic)),
        body,
    )
    links = dict(
        (what, html.unescape(href))
        for href, what in re.findall(
            r'<p class="nd-clear"><a href="([^"]*)">Show all (\w+)</a>', body
        )
    )
    assert "speaker=" not in links["speakers"] and "topic=" in links["speakers"]
    assert "topic=" not in links["topics"] and "speaker=" in links["topics"]
    captions = " ".join(str(c.value) for c in at.caption)
    assert "(s)" not in captions and re.search(r"\d+ dated mentions?;", captions)
    plain = html_of(run("Overview").main)
    assert "nd-current" not in plain and "nd-clear" not in plain


# ----------------------------------------------------------------------------- a new article


def _wait_with_echo():
    """A job that ends after a second, waited for with the main-area echo (under AppTest)."""
    import threading

    import streamlit as st

    from app import sidebar as ui
    from app.workers import Job

    job = Job(key="k" * 40, size=150_000)
    threading.Timer(1.2, job.future.set_result, args=(None,)).start()
    echo = st.empty()
    with st.sidebar:
        ui._wait(job, echo=echo)


def test_a_long_analysis_shows_its_progress_in_the_main_area_too():
    """The form's progress sat in the sidebar only: on a laptop below the fold, on a phone
    behind the menu, while the main area stayed greyed out on the old article."""
    at = AppTest.from_function(_wait_with_echo, default_timeout=TIMEOUT).run()
    assert not at.exception
    said = [str(e.value) for e in at.main.info]
    assert said and said[0].startswith("Reading the new article") and "150 kB" in said[0]


def test_a_pasted_article_that_is_read_says_in_the_main_area_to_open_it():
    text = "<b>Ferry</b> service resumes\n\nThe ferry service resumed on Monday after the storm, the harbour master said.\n"
    at = run("Overview")
    at.text_area(key="paste").input(text).run()
    ready = [m for m in shown(at.main, "info") if "press Open" in m]
    assert len(ready) == 1 and "“<b>Ferry</b> service resumes” is read" in ready[0]
    assert "&lt;b&gt;Ferry" in html_of(at.main)  # the title stays text, not markup
    key = library.content_key(text.encode())
    at.button(key=f"open_{key}").click().run()
    assert not at.exception
    assert not [m for m in shown(at.main, "info") if "press Open" in m]


# ----------------------------------------------------------------------------- empty states

PLAIN = (
    b"Village fair\n\nThe village fair was quiet and pleasant, and the weather stayed mild for "
    b"the families who came to see the animals and the flowers.\n"
)


@pytest.fixture(scope="module")
def plain_library(tmp_path_factory):
    folder = tmp_path_factory.mktemp("polish-library")
    entry = library.save_article(PLAIN, "village-fair.txt", {"title": "Village fair"}, folder)
    return folder, entry.article_id


def test_a_timeline_without_dates_says_so_and_offers_no_lane_control(plain_library, monkeypatch):
    monkeypatch.setenv(library.LIBRARY_ENV, str(plain_library[0]))
    at = run("Timeline", article=plain_library[1])
    assert any("No dates" in m for m in shown(at.main, "info"))
    assert not at.get("segmented_control") and not at.get("plotly_chart")
    dated = run("Timeline")  # the seed: the control is there
    assert [w.label for w in dated.get("segmented_control")] == ["Lanes and colours by"]


def test_the_first_and_last_events_labels_grow_inwards(seed):
    """A label centred on the last point ran off the chart's right edge ('he plans to meet…')."""
    frame = view.timeline_frame(seed, view.Filters(), "actor")
    fig = charts.timeline_figure(frame)
    placed = [
        (x, pos)
        for trace in fig.data
        if trace.mode and "text" in trace.mode
        for x, pos in zip(trace.x, trace.textposition, strict=True)
    ]
    assert len(placed) >= 3
    latest, earliest = max(placed)[1], min(placed)[1]
    assert latest.endswith("left") and earliest.endswith("right")
    assert all(pos.split()[0] in {"top", "bottom"} for _, pos in placed)


# ----------------------------------------------------------------------------- across articles


def test_across_articles_offers_no_file_name_as_an_outlet():
    """A pasted article's 'source' is 'pasted.txt': the article pages say 'no outlet given',
    the Across page listed pasted.txt as an outlet to filter by and as a timeline lane."""
    from lib.across import Corpus

    head = [
        {"article_id": "a", "title": "A", "outlet": "pasted.txt", "published": "2019-05-01"},
        {"article_id": "b", "title": "B", "outlet": "Reuters", "published": "2019-05-02"},
        {"article_id": "c", "title": "C", "outlet": "Council.HTML", "published": None},
    ]
    events = [
        {**h, "date": "2019-05-01", "precision": "day", "event": "x", "date_text": "May 1"}
        for h in head
    ]
    corpus = across.named_outlets(
        Corpus(
            articles=pd.DataFrame(head),
            quotes=pd.DataFrame(columns=["article_id", "outlet", "speaker", "topics"]),
            facts=pd.DataFrame(columns=["article_id", "outlet", "topics"]),
            timeline=pd.DataFrame(events).assign(topics=[[], [], []], event_id=[0, 1, 2]),
        )
    )
    assert list(corpus.articles["outlet"]) == ["", "Reuters", ""]
    assert across.options(corpus).outlets == ["Reuters"]
    fig = across.timeline_figure(across.timeline_points(corpus.timeline))
    assert set(fig.data[0].y) == {"Reuters", across.NO_OUTLET}


def test_across_articles_cuts_a_long_speaker_name_on_the_axis():
    top = pd.DataFrame(
        [{"speaker": LONG, "quotes": 1, "articles": 1, "direct": 1, "indirect": 0, "partial": 0}]
    )
    axis = across.speakers_figure(top).layout.yaxis
    assert list(axis.tickvals) == [html.escape(LONG)]
    assert axis.ticktext[0].endswith("…") and len(axis.ticktext[0]) <= charts.AXIS_LABEL_CHARS


def test_on_across_articles_the_article_filters_are_disabled_and_kept(seed, tmp_path, monkeypatch):
    """Across articles has its own Speaker and Topic: the sidebar's, for the open article,
    read as a second filter that did nothing there. Disabled, they keep the choice."""
    monkeypatch.setenv(library.LIBRARY_ENV, str(tmp_path))
    name = seed.quotes["speaker"].value_counts().index[0]
    at = run("Reader", speaker=name)
    assert not at.sidebar.selectbox(key="speaker").disabled
    at.switch_page("app/pages/6_Across.py").run()
    assert not at.exception
    box = at.sidebar.selectbox(key="speaker")
    assert box.disabled and box.value == name
    assert any("has its own filters" in str(c.value) for c in at.sidebar.caption)
    at.switch_page(PAGES["Reader"]).run()
    assert not at.sidebar.selectbox(key="speaker").disabled
    assert at.sidebar.selectbox(key="speaker").value == name
    assert at.query_params["speaker"] in (name, [name])  # the link still names the speaker
