"""Filters, colours, key figures and chart frames shared by the pages."""

from __future__ import annotations

import dataclasses

import pandas as pd

from app import charts, view
from lib.quotes.speakers.table import speakers_table
from tests import app_fixtures as fx


def test_speaker_filter_selects_their_quotes_and_what_is_said_inside_them():
    t = fx.tables()
    ruiz = view.Filters(speaker="Ana Ruiz")
    assert list(view.filter_table(t, "quotes", ruiz)["speaker"]) == ["Ana Ruiz"]
    # the figure inside the officials' quote is not hers; the Red Cross figure is the Red Cross's
    assert view.filter_table(t, "facts", ruiz).empty
    red_cross = view.filter_table(t, "facts", view.Filters(speaker="Red Cross"))
    assert list(red_cross["source"]) == ["Red Cross"]
    assert list(
        view.filter_table(t, "timeline", view.Filters(speaker="Red Cross"))["date_text"]
    ) == ["2008"]


def test_topic_filter_and_counts():
    t = fx.tables()
    f = view.Filters(topic="disaster")
    counts = view.match_counts(t, f)
    for table, (matching, total) in counts.items():
        df = t.tables()[table]
        assert total == len(df)
        assert matching == sum("disaster" in list(x) for x in df["topics"])
    assert "of" in view.counts_line(counts)
    assert view.match_counts(t, view.Filters())["quotes"] == (len(t.quotes), len(t.quotes))


def test_options_come_from_the_tables():
    t = fx.tables()
    assert view.speaker_options(t) == list(t.speakers["speaker"])
    assert view.topic_options(t) == ["disaster"]
    colors = view.speaker_colors(t)
    assert colors[view.UNATTRIBUTED] == view.UNATTRIBUTED_COLOR
    summary = view.speaker_summary(t, colors)
    assert sum(s["quotes"] for s in summary) == len(t.quotes)  # unattributed quotes included


def test_key_figures_use_the_facts_ranking():
    from lib.facts import extract as facts

    t = fx.tables()
    expected = facts.key_figures(t.facts, n=4, headline_end=int(t.paragraphs["end"].iloc[0]))
    assert list(view.key_figures(t)["fact_id"]) == list(expected["fact_id"])


def test_key_figure_cards_read_casualties_first_with_qualifier_signs():
    from lib.pipeline import analyze

    t = analyze(
        "Storm floods the coast\n\nThe Red Cross counted about 300 homes damaged in Miami. "
        "At least 12 people died on Monday after the storm, officials said.",
        published="2024-03-26",
    )
    first, second = (r.to_dict() for _, r in view.key_figures(t).head(2).iterrows())
    assert (view.figure_value(first), view.figure_label(first)) == ("≥ 12", "people killed")
    assert view.figure_value(second) == "≈ 300"


def test_md_escape_keeps_markdown_literal():
    assert view.md_escape("*bold* $5 :smile: [x](y)") == r"\*bold\* \$5 \:smile\: \[x\]\(y\)"


def test_published_and_reading_lines():
    info = fx.tables().info()
    assert view.published_line(info) == "Published 2024-03-26 (from the article's metadata)"
    assert "unknown" in view.published_line(
        {**info, "published": None, "published_source": "unknown"}
    )
    assert view.reading_line(info).endswith("under a minute")


def test_timeline_frame_ranges_escaping_and_focus():
    t = fx.tables()
    frame = view.timeline_frame(t, view.Filters(), "actor")
    assert len(frame) == len(t.timeline)
    year = frame[frame["precision"] == "year"].iloc[0]
    assert year["span_days"] == 365 and year["date_end"] == pd.Timestamp("2008-12-31")
    assert set(frame["lane"]) == {"Miami", "Red Cross"}
    hostile = t.timeline.assign(actors=[["<b>x</b>"]] * len(t.timeline), resolution="<img src=x>")
    named = t.entities.assign(name="<b>x</b>", label="PERSON")
    frame = view.timeline_frame(
        fx.tables().__class__(**{**t.__dict__, "timeline": hostile, "entities": named}),
        view.Filters(),
        "actor",
    )
    assert set(frame["lane"]) == {"&lt;b&gt;x&lt;/b&gt;"}
    assert "<img" not in "".join(frame["hover"]) and "&lt;img src=x&gt;" in frame["hover"].iloc[0]
    # 2008 is far from March 2024: the default view leaves it out and says so
    start, end, hidden = charts.focus_range(view.timeline_frame(t, view.Filters(), "actor"))
    assert hidden == 1 and start > pd.Timestamp("2024-01-01")


def test_charts_build_for_the_fixture():
    t = fx.tables()
    colors = view.speaker_colors(t)
    frame = view.timeline_frame(t, view.Filters(speaker="Ana Ruiz"), "topic")
    everything = charts.timeline_figure(frame, focus=False)
    assert any(tr.mode == "lines" for tr in everything.data)  # the year 2008 drawn as a range
    focused = charts.timeline_figure(frame)
    assert not any(tr.mode == "lines" for tr in focused.data)  # 2008 is left out of the focus
    points = sum(len(tr.x) for tr in focused.data if "markers" in (tr.mode or ""))
    assert points == len(frame) - 1
    by_actor = charts.timeline_figure(
        view.timeline_frame(t, view.Filters(), "actor"), colors={"Miami": "#123456"}
    )
    lane_colors = {tr.name.rsplit(", ", 1)[0]: tr.marker.color for tr in by_actor.data if tr.name}
    assert lane_colors["Miami"] == "#123456"  # a speaker's lane keeps the speaker's colour
    bars = charts.quotes_figure(view.quote_counts_frame(t, t.quotes), colors)
    assert {tr.name for tr in bars.data} <= set(view.QUOTE_KINDS)
    figs = charts.figures_figure(view.figures_frame(t, view.Filters()))
    assert sum(len(tr.x) for tr in figs.data) == 2


def test_empty_tables_give_empty_frames():
    t = fx.tables(
        "Calm\n\nNothing happened in the town today and the people were at home.",
        with_extraction=False,
    )
    assert view.timeline_frame(t, view.Filters()).empty
    assert view.figures_frame(t, view.Filters()).empty
    assert view.key_figures(t).empty
    assert view.speaker_summary(t, view.speaker_colors(t)) == []
    assert view.legend(t, ["quotes"], {}, view.Filters())[0]["count"] == 0


def test_legend_keeps_the_most_quoted_speakers_and_the_chosen_one():
    t = fx.tables()
    many = t.quotes.iloc[[1] * 12].reset_index(drop=True)
    many["speaker"] = [f"Speaker {i}" for i in range(12)]
    many["quote_id"] = range(12)
    from lib.quotes.speakers.table import speakers_table

    crowded = t.__class__(**{**t.__dict__, "quotes": many, "speakers": speakers_table(many)})
    colors = view.speaker_colors(crowded)
    entries = view.legend(crowded, ["quotes"], colors, view.Filters(speaker="Speaker 11"))
    speakers = [e["label"] for e in entries if e["layer"] == "speaker"]
    assert len(speakers) == view.LEGEND_SPEAKERS + 1 and speakers[-1] == "Speaker 11"
    assert entries[-1] == {"layer": "more", "label": "3 more speakers", "count": 3}


def test_speaker_variants_are_merged_into_one_name():
    speakers = pd.DataFrame(
        {
            "speaker": [
                "Montell Figgins",
                "prosecutors",
                "Figgins",
                "Prosecutors",
                "Federal prosecutors",
                "Gov. Lee",
                "the governor's office",
            ],
            "aliases": [[], [], [], [], [], ["the governor"], []],
        }
    )
    assert view.speaker_variants(speakers) == {
        "Figgins": "Montell Figgins",
        "prosecutors": "Federal prosecutors",
        "Prosecutors": "Federal prosecutors",
    }
    t = fx.tables()
    doubled = t.quotes.assign(
        speaker=t.quotes["speaker"].map(
            lambda s: s.split()[-1].lower() if s == "Ana Ruiz" and s else s
        )
    )
    doubled.loc[doubled.index[0], "speaker"] = "Ana Ruiz"
    split = dataclasses.replace(t, quotes=doubled, speakers=speakers_table(doubled))
    assert {"Ana Ruiz", "ruiz"} <= set(split.speakers["speaker"])
    merged = view.merge_speaker_variants(split)
    assert "ruiz" not in set(merged.speakers["speaker"]) and "ruiz" not in set(
        merged.quotes["speaker"]
    )
    assert int(merged.speakers.set_index("speaker").loc["Ana Ruiz", "quotes"]) == int(
        doubled["speaker"].notna().sum()
    )


def test_speaker_colours_do_not_repeat_before_twenty():
    assert len(set(view.SPEAKER_PALETTE)) == len(view.SPEAKER_PALETTE) >= 20


def test_progress_line_gives_time_so_far_and_left():
    assert view.progress_line(176_900, 12.4, None) == "177 kB, 12 s so far; Cancel stops it."
    assert view.progress_line(176_900, 12.4, 52.0) == (
        "177 kB, 12 s so far, about 40 s left; Cancel stops it."
    )
    assert "about 3 min left" in view.progress_line(500_000, 10, 190)
    assert "longer than the analyses before" in view.progress_line(1000, 30, 20)
