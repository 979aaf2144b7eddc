"""A paraphrase reads "<cue> that …" only when "that" fits: words that start their own
complement ("to challenge …", "whether …", "that …") follow the cue directly, on the cards, in
the Reader's list and in the citation (my wording, not an evaluation article's)."""

from __future__ import annotations

import html
import re

import pytest

from app import render, view


def paraphrase(cue, words: str) -> dict:
    return {"quote_id": 1, "kind": "indirect", "cue": cue, "text": words, "speaker": "Lena Ortiz"}


@pytest.mark.parametrize(
    "cue, words, lead",
    [
        ("promised", "to reopen the bridge by May", "promised"),
        ("asked", "whether the ferry would run", "asked"),
        ("explained", "how the levy would be spent", "explained"),
        ("said", "that the bridge was safe", "said"),
        ("said", "the bridge was safe", "said that"),
        (None, "the bridge was safe", "said that"),
        ("warned", "Tomorrow's vote could fail", "warned that"),
    ],
)
def test_that_is_added_only_where_the_words_do_not_start_their_own_complement(cue, words, lead):
    assert view.said_lead(cue, words) == lead
    shown = html.unescape(re.sub(r"<[^>]+>", "", render.quote_words_html(paraphrase(cue, words))))
    assert shown == f"{lead} {words}"
    cited = view.citation(paraphrase(cue, words), {"title": "Bridge reopens"})
    assert cited.startswith(f"Lena Ortiz {lead} {words} (indirect quote).")
