"""Rough edges a reader met on a wire story pasted without its page (round 10), my wording:
a paraphrase cued by "according to" read "according to that …" on its card and in its
citation; the unknown-date warning said "the text has no dateline" above a dateline without a
year; the Figures chart shrank the label of a short bar to the bar's half thickness."""

from __future__ import annotations

import dataclasses
import html
import re

import pytest

from app import charts, render, view
from lib.pipeline import analyze
from tests import app_fixtures as fx


def paraphrase(cue, words: str, speaker="the port authority", role=None) -> dict:
    return {
        "quote_id": 4,
        "kind": "indirect",
        "cue": cue,
        "text": words,
        "speaker": speaker,
        "speaker_mention": "the port authority",
        "role": role,
    }


def plain(markup: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", markup))


@pytest.mark.parametrize("cue", ["according to", "According to", "in the words of"])
def test_a_source_after_cue_follows_the_words_on_the_card_and_in_the_citation(cue):
    words = "two cranes were idle for most of the week,"
    shown = plain(render.quote_words_html(paraphrase(cue, words)))
    assert shown == f"two cranes were idle for most of the week, {cue} the port authority"
    assert "that" not in shown
    cited = view.citation(paraphrase(cue, words, role="operator"), {"title": "Port slows"})
    assert cited.startswith(
        f"two cranes were idle for most of the week, {cue} the port authority, operator "
        "(indirect quote). In: “Port slows”"
    )


def test_a_source_after_cue_without_a_resolved_speaker_names_the_words_used():
    r = paraphrase("according to", "the berth was closed", speaker=None)
    assert plain(render.quote_words_html(r)).endswith("according to the port authority")
    r["speaker_mention"] = None
    assert plain(render.quote_words_html(r)).endswith("according to an unnamed source")


def test_speech_verbs_keep_their_lead_and_untrusted_words_stay_escaped():
    assert not view.source_cue("said") and not view.source_cue(None)
    assert plain(render.quote_words_html(paraphrase("said", "the berth was closed"))).startswith(
        "said that the berth was closed"
    )
    hostile = render.quote_words_html(
        paraphrase("according to", "<script>x()</script>", speaker="<b>Ops</b>")
    )
    assert "<script>" not in hostile and "<b>" not in hostile
    assert "&lt;script&gt;x()&lt;/script&gt;, " in hostile and "according to &lt;b&gt;" in hostile


WIRE = (
    "Ferries stop as storm nears\n\n"
    "PIRAEUS, March 3 (Wire) - Ferry crossings were halted on Tuesday as gale-force winds "
    "reached the islands, the coast guard said.\n\n"
    "Crossings should resume next week, the operator said."
)


def test_the_unknown_date_warning_quotes_a_dateline_that_gives_no_year():
    tables = analyze(WIRE)
    assert view.date_unknown(tables.info())
    notice = view.unknown_date_notice(tables)
    assert "has no dateline" not in notice
    assert "the dateline “PIRAEUS, March 3 (Wire) -” gives no full date" in notice
    bare = analyze(WIRE.replace("PIRAEUS, March 3 (Wire) - ", ""))
    assert "the text has no dateline and no metadata gives it" in view.unknown_date_notice(bare)


def test_figure_bars_are_full_thickness_with_full_size_labels_and_the_legend_under_them():
    frame = view.figures_frame(fx.tables(), view.Filters())
    assert frame["status"].nunique() >= 1
    tall = (
        frame.loc[frame.index.repeat(6)]
        .assign(
            counts=[f"thing {i}" for i in range(6 * len(frame))],
            unit=[f"unit {i % 5}" for i in range(6 * len(frame))],
            status=["reported", "attributed"] * (3 * len(frame)),
        )
        .reset_index(drop=True)
    )
    for df in (frame, tall):
        fig = charts.figures_figure(df).to_plotly_json()
        layout = fig["layout"]
        assert layout["barmode"] == "overlay"  # one bar per row: no empty slot beside it
        for trace in fig["data"]:
            assert trace["constraintext"] == "inside"  # outside labels keep their size
        below_px = -layout["legend"]["y"] * layout["height"]
        assert 0 < below_px <= 60  # just under the ticks, however tall the chart


def test_a_figure_whose_source_is_a_doubtful_speaker_says_check_in_the_figures_table():
    t = fx.tables()
    quotes, facts = t.quotes.copy(), t.facts.copy()
    quotes.loc[0, ["speaker", "confidence", "speaker_mention"]] = ["Ana Ruiz", "resolved", "she"]
    facts.loc[0, "source"] = "Ana Ruiz"  # "At least 12", inside that quote
    doubtful = dataclasses.replace(t, quotes=quotes, facts=facts)
    table = view.figures_table(view.figures_frame(doubtful, view.Filters()))
    assert list(table["status"]) == ["reported · speaker via “she”: check", "attributed"]
    assert list(table["source"]) == ["Ana Ruiz", "Red Cross"]  # the name itself unchanged
    quotes.loc[0, "confidence"] = "inferred"
    inferred = dataclasses.replace(t, quotes=quotes, facts=facts)
    table = view.figures_table(view.figures_frame(inferred, view.Filters()))
    assert table["status"].iloc[0] == "reported · speaker inferred: check"
    # a figure another source gives, inside that quote, is not that speaker's: no check
    facts.loc[0, "source"] = "AP"
    other = dataclasses.replace(t, quotes=quotes, facts=facts)
    assert view.figures_table(view.figures_frame(other, view.Filters()))["status"].iloc[0] == (
        "reported"
    )


def test_a_bar_too_short_to_draw_still_shows_its_value_beside_the_axis():
    frame = view.figures_frame(fx.tables(), view.Filters())
    people = frame.iloc[[0, 0, 0]].reset_index(drop=True)
    people["counts"] = ["people killed", "population", "people hurt"]
    people["unit"] = "people"
    people["value"] = [42.0, 170e6, -3.0]
    people["figure"] = ["≥ 42", "170 million", "<b>down 3</b>"]
    fig = charts.figures_figure(people).to_plotly_json()
    (text,) = [t for t in fig["data"] if t["type"] == "scatter"]
    assert text["mode"] == "text" and not text["showlegend"]
    labels = [t.strip("\u2002") for t in text["text"]]
    assert labels == ["≥ 42", "&lt;b&gt;down 3&lt;/b&gt;"]  # escaped: article text
    assert list(text["textposition"]) == ["middle right", "middle left"]
    assert list(text["x"]) == [42.0, -3.0]
    even = charts.figures_figure(frame).to_plotly_json()  # bars of one size: no text trace
    assert all(t["type"] == "bar" for t in even["data"])
    (bars,) = [t for t in fig["data"] if t["type"] == "bar"]
    assert list(bars["textposition"]) == ["none", "auto", "none"]  # never labelled twice


def test_the_timeline_table_puts_the_words_and_their_reading_beside_the_date():
    from tests.app_runs import run

    at = run("Timeline")
    table = at.dataframe[-1].value  # "All dates as a table"
    assert list(table.columns) == list(view.TIMELINE_TABLE)
    assert list(table.columns[:3]) == ["date", "date_text", "resolution"]
    assert list(table["date"]) == sorted(table["date"])
