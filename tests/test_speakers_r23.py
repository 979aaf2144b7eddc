"""Round 23: speakers named through what the article (or the public record) says of them."""

from __future__ import annotations

import pytest

from tests.statements_of import find, quotes_of


@pytest.mark.parametrize(
    ("paragraphs", "words", "speaker"),
    [
        (
            ("Sen. Nora Vale toured the plant with Rep. Ada Quill on Monday. “Look at that "
             "chimney,” Vale says, turning to Quill. “My neighbours breathe that every day,” the "
             "congresswoman says.",),
            "neighbours breathe",
            "Ada Quill",
        ),
        (
            ("Rep. Tom Birch and Sen. Ian Rook met the growers on Friday. “The tariffs hurt,” "
             "Birch said. “We will fight them in the Senate,” the senator said.",),
            "fight them",
            "Ian Rook",
        ),
        (
            ("Sen. Nora Vale met the growers on Friday. “The tariffs hurt,” the lawmaker said.",),
            "tariffs hurt",
            "Nora Vale",
        ),
    ],
)  # fmt: skip
def test_a_specific_office_is_matched_on_the_persons_specific_office(paragraphs, words, speaker):
    """ "the congresswoman" after a senator and a representative is the representative: both
    are lawmakers, but the senator's own office clashes with the description's; "the lawmaker"
    is still either of them."""
    assert find(quotes_of(*paragraphs), words)["speaker"] == speaker


@pytest.mark.parametrize(
    ("paragraph", "absent"),
    [
        ("The grants were allocated according to need. The council said the money would arrive "
         "in May.", "allocated"),
        ("Applicants were ranked according to merit and seniority, with interviews held later. "
         "The council said the list was final.", "ranked"),
        ("According to legend, the bridge was built in one night.", "bridge"),
    ],
)  # fmt: skip
def test_according_to_a_bare_criterion_is_no_source(paragraph, absent):
    """ "allocated according to need": a bare noun that can neither speak nor be a document
    is the measure something was done by; nothing there is anybody's statement."""
    rows = quotes_of(paragraph)
    assert not [r for r in rows if absent in r["text"]]


@pytest.mark.parametrize(
    ("paragraph", "words", "speaker"),
    [
        ("According to testimony, the officer fired twice.", "fired twice", "testimony"),
        ("According to polling, the senator leads the race by four points.", "leads the race",
         "polling"),
        ("According to prosecutors, the man stole $5,000.", "stole", "prosecutors"),
    ],
)  # fmt: skip
def test_according_to_a_source_still_gives_the_statement(paragraph, words, speaker):
    """Documents, polls and people after "according to" stay sources."""
    assert find(quotes_of(paragraph), words)["speaker"] == speaker


@pytest.mark.parametrize(
    ("paragraph", "words", "speaker"),
    [
        ("The card was launched in partnership with Harbor Bank which has claimed that "
         "applicants were judged on income alone.", "judged on income", "Harbor Bank"),
        ("The fund was set up in cooperation with Vale Mining which said that the river would "
         "be cleaned by June.", "river would", "Vale Mining"),
    ],
)  # fmt: skip
def test_which_after_a_body_named_inside_a_phrase_is_that_body(paragraph, words, speaker):
    """ "in partnership with Harbor Bank which has claimed …": with no comma the parser hangs
    the clause on "partnership"; the body named right before "which" is what it is about."""
    assert find(quotes_of(paragraph), words)["speaker"] == speaker
