"""Round 15, recall: statements lost before any quote rule reads them (a whole story typed as a
caption), and the reporting constructions the quote rules did not read."""

import pytest

from lib.ingest.structure import split_paragraphs

_TWEET_END = "Unbelievable! pic.twitter.com/AbCdEf123 — Jane Roe (@janeroe) March 3, 2019"
_STORY = (
    "The mayor spoke to reporters outside the council chamber on a cold morning. “We will reopen "
    "the bridge before the summer,” she said, adding that the repairs had cost more than planned. "
    "Critics were quick to answer the claim in a long thread that was shared widely online. "
    "Councillor Ben Ortiz said the city had ignored warnings for years and would pay for it. "
    "The transport union said its members were ready to strike if the reopening slipped again. "
    "One commuter wrote that she had given up on the ferry and now cycles across town. "
)


def _kinds(text):
    return [(p.kind, text[p.start : p.end][:30]) for p in split_paragraphs(text)]


@pytest.mark.parametrize("ending", [_TWEET_END, "Ortiz speaking at City Hall on March 3, 2019"])
def test_a_long_story_ending_like_a_caption_stays_body(ending):
    text = "Bridge will reopen, mayor says\n\n" + _STORY + ending + "\n"
    kinds = [kind for kind, _ in _kinds(text)]
    assert "caption" not in kinds
    assert "body" in kinds


def test_a_short_line_ending_with_a_date_is_still_a_caption():
    text = (
        "Bridge will reopen, mayor says\n\nThe mayor at the closed bridge on March 3, 2019\n\n"
        + _STORY
    )
    assert _kinds(text)[1][0] == "caption"
