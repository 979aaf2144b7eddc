"""What a journalist reviewing a pasted story needs to see, found with a real browser on US web
copy (one long paragraph per story) and pinned here without one: which speakers are guesses,
why the timeline is empty, which figures come from whom, quotes grouped by speaker."""

from __future__ import annotations

import dataclasses
import html

from app import render, view
from tests import app_fixtures as fx
from tests.app_fixtures import parse


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
    assert "Ana Ruiz (?)</span>" in reader  # the in-text speaker tag says it is a guess
    speakers = render.speaker_cards_html(view.speaker_summary(inferred, colors))
    assert "1 with the speaker inferred" in speakers

    resolved = with_confidence(plain, "resolved", mention="she")
    cards = render.quote_cards_html(resolved, resolved.quotes, colors)
    assert "speaker via “she”" in html.unescape(cards)
    assert "nd-doubt-resolved" in cards and "Ana Ruiz (?)" not in render.article_html(
        resolved, ["quotes"], colors, view.Filters()
    )


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
