"""Round 15, recall: statements lost before any quote rule reads them (a whole story typed as a
caption), and the reporting constructions the quote rules did not read."""

import pytest

from lib.ingest.furniture import furniture_spans
from lib.ingest.structure import split_paragraphs
from tests.statements_of import find, quotes_of

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


def _furniture(text):
    return [text[s:e] for s, e in furniture_spans(text, 0, len(text))]


@pytest.mark.parametrize(
    ("link", "story"),
    [
        # a quotation opens the story's sentence (headlines quote with single marks)
        ("More: Council says 'no money left' for the ferry", "“We are broke,” the treasurer said."),
        ("Related: Why the pier closed in 2018", '"It was unsafe," the engineer said.'),
        # a name and a past-tense reporting verb
        ("More: Port chief hits back at the harbour board", "Lopez replied in a letter on Monday."),
        (
            "More: Ferry fares to rise by 5% in spring",
            "Ana Ruiz, a spokeswoman for the port, said the rise was needed.",
        ),
        # a closing single quotation mark, then an opening word
        ("Related: Mayor calls pier plan 'a disgrace'", "When asked, she declined to comment."),
        ("More: Ferry to run on two weekends at Pier 9", "Don't expect the old timetable."),
    ],
)
def test_a_linked_headline_leaves_the_story_sentence_glued_to_it(link, story):
    text = f"The pier reopened on Friday. {link} {story} The board met on Monday."
    assert _furniture(text) == [link]


def test_a_link_running_into_the_next_link_is_one_headline():
    links = "More: Fares rise again this spring. Here's why. More: Pier 9 reopens to the public"
    text = f"The pier reopened. {links} The board met on Monday."
    assert _furniture(text) == [links]


@pytest.mark.parametrize(
    "link",
    [
        "More: Harbour board names new chair. Just ask her rivals",
        "More: Mayor Ruiz says ferry fares will rise in spring",
    ],
)
def test_a_headline_with_a_name_or_full_stop_is_still_whole(link):
    text = f"The pier reopened. {link} The board met on Monday to vote."
    assert _furniture(text) == [link]


# ----------------------------------------------------------------------------- quote rules


@pytest.mark.parametrize(
    "sentence, words, speaker",
    [
        (
            "Maria Lopez, the charity’s co-founder, said the board previously considered "
            "painting Ana Ruiz standing by herself, before choosing the final mural.",
            "the board previously considered painting",
            "Maria Lopez",
        ),
    ],
)
def test_a_past_tense_read_as_a_participle_is_still_a_reported_clause(sentence, words, speaker):
    row = find(quotes_of(sentence), words)
    assert row["speaker"] == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "The central bank has continued to hold all bond markets closed until Monday.",
        "Weeks before the vote, the two rivals found themselves suddenly targeted by ads.",
    ],
)
def test_an_object_and_its_state_is_no_reported_clause(sentence):
    assert quotes_of(sentence) == []
