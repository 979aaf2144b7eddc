"""A doubtful speaker shows wherever its speaker is listed, not only on the quote itself: the
Overview's glance line and its "Who speaks" rows, and the Quotes page's speaker cards count the
quotes whose speaker was inferred or named only by a pronoun or role (`quotes.confidence`)."""

from __future__ import annotations

import dataclasses
import html
import re

from app import library, render, view
from app.cache import analyze_cached
from tests import app_fixtures as fx
from tests.app_alerts import html_of
from tests.app_runs import run


def with_doubts(t):
    """The fixture with Mayor Ruiz's two quotes: one inferred, one via "she"."""
    quotes = t.quotes.copy()
    ruiz = quotes.index[quotes["speaker"] == "Ana Ruiz"]
    quotes.loc[ruiz[0], "confidence"] = "inferred"
    if len(ruiz) > 1:
        quotes.loc[ruiz[1], ["confidence", "speaker_mention"]] = ["resolved", "she"]
    return dataclasses.replace(t, quotes=quotes)


def test_each_speaker_row_and_card_counts_the_quotes_to_check():
    t = with_doubts(fx.tables())
    q = t.quotes[t.quotes["speaker"] == "Ana Ruiz"]
    inferred, via = (
        int((q["confidence"] == "inferred").sum()),
        int((q["confidence"] == "resolved").sum()),
    )
    assert inferred == 1
    summary = view.speaker_summary(t, view.speaker_colors(t))
    ruiz = next(s for s in summary if s["speaker"] == "Ana Ruiz")
    assert (ruiz["inferred"], ruiz["via"]) == (inferred, via)

    who = html.unescape(render.who_speaks_html(summary))
    badge = re.search(r'<span class="nd-badge nd-doubt" title="([^"]*)">(\d+) to check</span>', who)
    assert badge and int(badge.group(2)) == inferred + via
    assert badge.group(1) == view.speaker_check_line(ruiz)
    assert badge.group(1).startswith("1 with the speaker inferred, not named")

    cards = html.unescape(render.speaker_cards_html(summary))
    assert f"{view.speaker_check_line(ruiz)} (dashed badges)" in cards
    plain = view.speaker_summary(fx.tables(), view.speaker_colors(t))
    assert "to check" not in render.who_speaks_html(plain)
    assert view.speaker_check_line(plain[0]) == ""


def test_an_unknown_kind_of_speaker_gets_no_badge_saying_unknown():
    t = fx.tables()
    summary = view.speaker_summary(t, view.speaker_colors(t))
    assert any(s["kind"] == "unknown" for s in summary)
    cards = render.speaker_cards_html(summary)
    assert ">unknown<" not in cards.lower()
    assert cards.count('class="nd-badge"') == sum(s["kind"] not in ("", "unknown") for s in summary)


def test_the_seed_overview_counts_both_kinds_of_guess_where_it_lists_the_speakers():
    seed = analyze_cached(*library.list_articles()[0].read())
    q = seed.quotes
    inferred, via = (
        int((q["confidence"] == "inferred").sum()),
        int((q["confidence"] == "resolved").sum()),
    )
    assert inferred and via  # the seed has both kinds
    markup = html.unescape(html_of(run("Overview")))
    assert (
        f"({inferred} with the speaker inferred, {via} named only by a pronoun or role)" in markup
    )
    guessed = q[q["confidence"].isin(view.DOUBTFUL)]["speaker"].value_counts()
    for speaker, n in guessed.items():
        row = markup[markup.index(f">{speaker}</a>") :]
        row = row[: row.index('<span class="nd-bar"')]
        assert f">{n} to check</span>" in row


def test_the_reader_legend_says_what_the_tag_question_mark_means_when_a_speaker_is_inferred():
    t = with_doubts(fx.tables())
    colors = view.speaker_colors(t)
    entries = view.legend(t, ["quotes"], colors, view.Filters())
    (doubt,) = [e for e in entries if e["layer"] == "doubt"]
    assert doubt == {"layer": "doubt", "label": view.DOUBT_LEGEND, "style": "Name (?)", "count": 1}
    legend = render.legend_html(entries)
    assert (
        '<span class="nd-tag nd-sample" data-doubt="inferred">Name</span>' in legend
    )  # "Name (?)"
    assert not [
        e
        for e in view.legend(fx.tables(), ["quotes"], colors, view.Filters())
        if e["layer"] == "doubt"
    ]
    assert not [
        e for e in view.legend(t, ["figures"], colors, view.Filters()) if e["layer"] == "doubt"
    ]
