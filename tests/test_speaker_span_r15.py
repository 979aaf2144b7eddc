"""The shape of a speaker's phrase (round 15, "spkspan"): the speaker is the right mention, and
its name is cut where a phrase ends: a name never runs across a colon, a dash or a quotation
mark; a described speaker is its head noun with its own complements, never the saying's
circumstances (place, medium, occasion, time) the parser hung on it; roles joined by "and"
before a name are the name's; a survey speaks with its head noun; an "according to" poll
speaks for the share of people it asked; a group's label keeps the article's capitals.
Wording written for the tests, with invented people and bodies."""

from __future__ import annotations

import pytest

from lib.entities import unbroken_pieces
from lib.nlp import load_nlp
from tests.statements_of import find, quotes_of
from tests.statements_of import rows as said_rows


@pytest.mark.parametrize(
    ("words", "first"),
    [
        ("Okafor-Lee: I Want to Have ‘One Less Car’ Due to Crisis", "Okafor-Lee"),
        ("Exclusive — Ann Okafor Says No", "Exclusive"),
        ("Watch - Tom O’Neill on “Harbor Tax” Plan", "Watch"),
        ("Fusion GPS’ founder", "Fusion GPS’ founder"),
    ],
)
def test_a_name_never_runs_across_a_colon_a_dash_or_a_quotation_mark(words, first):
    """A tagged span is cut at a colon, a spaced dash and a double or opening single
    quotation mark; a hyphen and an apostrophe inside a name stay."""
    doc = load_nlp()(words)
    got = [doc[lo:hi].text for lo, hi in unbroken_pieces(doc, 0, len(doc))]
    assert got[0] == first
    assert not any(mark in g for g in got for mark in (":", "—", "“", "”", " - ", "‘"))
    assert sum(len(g.split()) for g in got) <= len(words.split())


def test_a_headline_speaker_is_named_before_its_colon():
    rows = said_rows(
        "Okafor: We Will Not Raise the ‘Harbor Tax’ This Year\n\nCouncilwoman Ada Okafor spoke "
        "at City Hall on Monday. She said the harbor tax would stay as it is for now."
    )
    row = find(rows, "Raise the")
    assert row["speaker"] == "Ada Okafor" and ":" not in row["speaker_mention"]


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        (
            "“We will not back down,” said a senior campaign official on the phone with reporters.",
            "not back down",
            "senior campaign official",
        ),
        (
            "“The harbor is safe,” said a spokeswoman for the port authority in an interview.",
            "harbor is safe",
            "spokeswoman for the port authority",
        ),
        (
            "“The count is over,” said an aide to the governor at a press conference on Tuesday.",
            "count is over",
            "aide to the governor",
        ),
        (
            "“Nothing was signed,” said a lawyer with the firm during the hearing.",
            "Nothing was signed",
            "lawyer with the firm",
        ),
        (
            "“The vote is close,” said a senior party official on condition of anonymity.",
            "vote is close",
            "senior party official",
        ),
    ],
)
def test_a_described_speaker_leaves_the_sayings_circumstances_to_the_verb(sentence, words, speaker):
    row = find(quotes_of("The council met on Monday.", sentence), words)
    assert row["speaker"] == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("“It was a good night,” said a guest on the show.", "guest on the show"),
        ("“I disagree,” wrote a commenter on the mayor’s Facebook post.", "commenter on"),
    ],
)
def test_who_takes_part_in_an_occasion_keeps_it(sentence, speaker):
    """A guest, a caller, a commenter are who they are by the occasion: its phrase stays."""
    row = quotes_of("The council met on Monday.", sentence)[0]
    assert row["speaker"].startswith(speaker)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Painter and sculptor Ada Vorhees, who made the statue, told the Gazette she was "
            "proud of the design.",
            "Ada Vorhees",
        ),
        (
            "Singer and songwriter Tomas Reyna, who grew up nearby, told the Gazette the park "
            "needed the money.",
            "Tomas Reyna",
        ),
        ("Actor and activist Lena Marsh said the park needed the money.", "Lena Marsh"),
    ],
)
def test_roles_joined_before_a_name_are_the_names(sentence, speaker):
    row = find(quotes_of("The city unveiled a statue on Monday.", sentence), "the ")
    assert row["speaker"] == speaker


def test_aides_and_a_name_are_two_speakers():
    """ "Aides and Jo Smith": a plural noun joined to a name is another speaker, not a role."""
    rows = quotes_of(
        "The city unveiled a statue on Monday.", "Aides and Jo Smith said it was fine."
    )
    assert rows and rows[0]["speaker"] != "Jo Smith"


def test_a_survey_speaks_under_its_owners_name():
    """The survey word is not added to its owner's name (round 9's convention; adding it gave
    "Harbor University Poll survey")."""
    rows = quotes_of(
        "Support for the plan has grown.",
        "A Harwell/Ledger survey in 1952 found that 40% opposed the plan and 25% backed it.",
    )
    assert find(rows, "opposed the plan")["speaker"] == "Harwell/Ledger"


@pytest.mark.parametrize(
    "share",
    ["Fifty-one percent of U.S. adults", "A majority of Ohio voters", "Most Americans"],
)
def test_an_according_to_poll_speaks_for_the_people_it_asked(share):
    """The clause's subject is a share of the people asked: the poll governs the sentence."""
    rows = quotes_of(
        "The plan is unpopular.",
        f"{share} say the plan would be bad for the state, according to a Quorum poll "
        "published last month.",
    )
    row = find(rows, "bad for the state")
    assert row["speaker"] == "Quorum poll"


def test_a_person_inside_an_according_to_clause_still_speaks():
    """ "According to the paper, Smith believes …": a named subject keeps the statement."""
    rows = quotes_of(
        "The plan is unpopular.",
        "Governor Ann Kerr says the plan would be bad for the state, according to the Gazette.",
    )
    assert find(rows, "bad for the state")["speaker"] == "Ann Kerr"


def test_a_group_keeps_the_articles_capitals():
    rows = quotes_of(
        "A poll of 1,000 people was published on Monday.",
        "Most U.S. adults surveyed said the plan would fail.",
    )
    name = find(rows, "plan would fail")["speaker"] or ""
    assert "u.s." not in name


def test_a_surname_with_a_curly_apostrophe_is_the_full_name_given_before():
    """ "Norah O’Donnell" untagged by the small model is a person; "O’Donnell" is her."""
    rows = quotes_of(
        "The senator spoke on Friday.",
        "He made the remarks when asked by WXYZ News’s Norah O’Donnell if he would run. "
        "O’Donnell, particularly, noted that the senator had lost his lead in the polls.",
    )
    assert find(rows, "lost his lead")["speaker"] == "Norah O’Donnell"


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        (
            "The plan was dropped, said lobbyist and strategist Carl Benning, Ruiz's partner.",
            "plan was dropped",
            "Carl Benning",
        ),
    ],
)
def test_a_name_ending_the_role_phrase_speaks(sentence, words, speaker):
    row = find(quotes_of("The council met on Monday.", sentence), words)
    assert row["speaker"] == speaker


def test_a_relative_clause_ends_at_its_comma():
    """The name set off after a relative clause names the subject, not the clause's object."""
    rows = quotes_of(
        "The race is close.",
        "One of Kerr’s former supporters who still backs Ruiz, former state Sen. Ann Hale, wrote "
        "in an email that the campaign was “a shortcut to Congress.”",
    )
    assert find(rows, "shortcut")["speaker"] == "Ann Hale"


def test_a_name_inside_a_participle_clause_is_not_the_speaker():
    """ "The aides, led by campaign manager X, told …": the aides speak, X leads them."""
    rows = quotes_of(
        "The council met on Monday.",
        "The aides, led by campaign manager Tom Ruiz, told the group that they would not win.",
    )
    assert find(rows, "would not win")["speaker"] != "Tom Ruiz"


def test_people_counted_keep_their_saying_under_an_according_to():
    """A count of people ("About 40 rabbis") is who said it; only a poll outranks them."""
    rows = quotes_of(
        "The council met on Monday.",
        "About 40 rabbis have said that they plan to join the protest, according to an organizer.",
    )
    assert "rabbis" in (find(rows, "join the protest")["speaker"] or "").lower()
