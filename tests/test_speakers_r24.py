"""Round 24: speakers named after an office, a party-state tag or a name used as a modifier."""

from __future__ import annotations

import pytest

from tests.statements_of import find, quotes_of


@pytest.mark.parametrize(
    ("paragraph", "words", "speaker"),
    [
        ("Deputy Director of National Parks David Vela told the panel on Tuesday that the "
         "grants had been “spent with care”.", "spent with care", "David Vela"),
        ("Acting Commissioner of Coastal Affairs Daniel Reyes said the dunes would be rebuilt.",
         "dunes would be rebuilt", "Daniel Reyes"),
        ("Chief executive of the Harbor Council Enver Solomon said the plan was cruel.",
         "plan was cruel", "Enver Solomon"),
    ],
)  # fmt: skip
def test_an_office_of_a_body_before_a_full_name_is_the_named_persons_role(
    paragraph, words, speaker
):
    """ "Director of National Intelligence Joseph Maguire testified": the capitalised words of
    the office's body ("Rural Development") are no given names of the person after them; only
    a surname tagged alone takes in an untagged word before it ("Council Enver Solomon")."""
    assert find(quotes_of(paragraph), words)["speaker"] == speaker


@pytest.mark.parametrize(
    ("paragraph", "words", "speaker"),
    [
        ("Critics piled on. “This levy is a disgrace,” Sen. Ada Quill (D-Vt.), a 2020 "
         "presidential candidate, wrote on Twitter.", "levy is a disgrace", "Ada Quill"),
        ("Critics piled on. “Why would anyone sign that?” Rep. Tom Birch (R-Calif.), the ranking "
         "member of the budget committee, said during the hearing.", "sign that", "Tom Birch"),
        ("Critics piled on. “This levy is a disgrace,” Rep. Tom Birch, R-Ore., the ranking member "
         "of the panel, told reporters.", "levy is a disgrace", "Tom Birch"),
    ],
)  # fmt: skip
def test_a_lawmakers_tag_and_description_after_a_quote_lead_to_the_cue(paragraph, words, speaker):
    """ "“…,” Sen. Bernie Sanders (I-Vt.), a 2020 presidential candidate, tweeted": the period of
    the tag's abbreviation ends no sentence, the description after it is an aside, and the
    tagged name is the cue's subject, as with the tag alone."""
    assert find(quotes_of(paragraph), words)["speaker"] == speaker


def test_a_name_used_as_a_modifier_is_not_what_he_takes_up():
    """ "Matthew Ingram … dubbed the attempts to remove the Cruise video …. He characterized
    …": a name modifying a common noun names a thing about the person; the "he" after it is
    the person named in the sentence, not the modifier."""
    rows = quotes_of(
        "Tom Vance is a film star who quit the group last year.",
        "In a column, critic Alan Bright of the Daily Ledger mocked the bid to suppress the Vance "
        "footage from the web. He called it “another skirmish in a long war.”",
    )
    assert find(rows, "another skirmish")["speaker"] == "Alan Bright"


def test_a_speakers_name_inside_a_books_title_leaves_the_speaker_a_person():
    """ "said Stern, who was promoting his new memoir Howard Stern Comes Again": the name in the
    title marks that one mention as a work, but a name that speaks elsewhere stays a person, so
    a later "he" can take it up (not the last other man named)."""
    rows = quotes_of(
        "Tom Vance gave an interview on Monday to promote his new memoir Tom Vance Comes Again. "
        "“It was a wild ride,” Vance said. “What if she had come on the show?” asked Vance, who "
        "once invited Kevin Hart to appear on his show. He then suggested some questions he "
        "could have asked her: “What was her childhood like? Who were her heroes?”"
    )
    assert find(rows, "her childhood")["speaker"] == "Tom Vance"


@pytest.mark.parametrize(
    ("paragraphs", "words", "speaker"),
    [
        (("Rep. Ada Quill, a critic of the plan, was among six members of the Harbor Council to "
          "tour the plant on Monday. They said the smoke was a danger to the town.",),
         "smoke was a danger", "Harbor Council"),
        (("Sen. Ann Lee is one of the senators who visited the camp last week. They said the "
          "conditions were appalling.",),
         "conditions were appalling", "senators"),
    ],
)  # fmt: skip
def test_they_after_a_member_of_a_group_is_the_group(paragraphs, words, speaker):
    """ "Ocasio-Cortez … was among four Democratic members of Congress to testify …. They
    described …": "they" stands for the group the subject was among (or one of), not for the
    one member, who is singular."""
    assert find(quotes_of(*paragraphs), words)["speaker"] == speaker


def test_a_statement_with_no_speaker_found_takes_the_speaker_just_named_as_a_guess():
    """ "Rose said: Immediately when this scandal hit, … I said that this is alarming": where no
    rule finds who says it, the speaker named in the three sentences before is the likeliest
    one, marked `inferred` (worth a check); further away the statement keeps no speaker."""
    near = quotes_of(
        "Rep. Max Bell said he backed the inquiry. Right out the door I said that this is alarming."
    )
    row = find(near, "this is alarming")
    assert (row["speaker"], row["confidence"]) == ("Max Bell", "inferred")
    far = quotes_of(
        "Rep. Max Bell said he backed the inquiry. The vote is set for May. The panel meets on "
        "Friday. The chamber is split. The outcome is unclear. Right out the door I said that "
        "this is alarming."
    )
    row = find(far, "this is alarming")
    assert row["confidence"] == "none" and not isinstance(row["speaker"], str)


def test_the_report_after_a_body_reported_is_that_bodys():
    """ "Politico reported … “Some tweets claimed …,” the report continued": reporting brings
    in a report the way suing brings in a lawsuit (data/speakers.toml [sources.acts]), so "the
    report" taken up after it speaks for whoever reported."""
    rows = quotes_of(
        'The Harbor Ledger reported that the mayor\'s budget "went too far." Council members '
        'objected on Tuesday. "Some posts claimed the mayor had already cut the funding," the '
        "report continued."
    )
    assert find(rows, "Some posts claimed")["speaker"] == "Harbor Ledger"


@pytest.mark.parametrize(
    "between",
    [
        "That was in 2014, when Ben Hale ran the city.",
        "The debts grew after Ben Hale left office.",
    ],
)
def test_a_name_in_a_side_clause_does_not_take_the_floor_from_the_speaker(between):
    """ "Trump insisted that Saudi Arabia “fight their own wars.” But that was in 2014, when
    Barack Obama was president. On Sunday he said …": a sentence that names a man only in a
    subordinate clause leaves the "he" after it to the man who spoke just before it; a
    description ("the South Carolina Republican") still takes the nearest name."""
    rows = quotes_of(
        f"Tom Vance said the city must pay its own debts. {between} On Sunday he said the city "
        "is ready to pay."
    )
    assert find(rows, "ready to pay")["speaker"] == "Tom Vance"


def test_a_man_named_as_a_main_subject_still_takes_the_floor():
    rows = quotes_of(
        "Tom Vance toured the mill. Ben Hale was the mayor when it closed. He said "
        "the city is ready to pay."
    )
    assert find(rows, "ready to pay")["speaker"] == "Ben Hale"


def test_two_quoted_fragments_with_few_words_between_are_the_statements():
    """ "insisted that Saudi Arabia “fight their own wars” — or “pay us an absolute fortune”":
    a reported clause that is two or more quoted fragments and a few words gives the fragments
    as the statements (each the speaker's exact words); a clause with more of the reporter's
    own words between stays one indirect statement."""
    rows = quotes_of(
        "Tom Vance insisted that the city “pay its own debts” — or “sell the old pier to the "
        "highest bidder.” The council disagreed."
    )
    assert [(r["kind"], r["text"]) for r in rows] == [
        ("partial", "pay its own debts"),
        ("partial", "sell the old pier to the highest bidder."),
    ]
    rows = quotes_of(
        "Tom Vance said the plan, which the council approved in May after a long debate, was "
        "“a disaster” and would “ruin the harbor.”"
    )
    assert [r["kind"] for r in rows] == ["indirect"]


def test_a_woman_named_in_the_main_clause_keeps_the_she():
    """ "The pair's comments came hours after reaction from Rep. Ilhan Omar, who …. “…,” she
    wrote": a name in a phrase of the main clause (not a side clause) is still the "she"."""
    rows = quotes_of(
        "Ann Lee and Tom Ruiz called for new elections on Sunday. Their comments came hours "
        "after a reaction from Rep. Ada Quill, who called on the world to “oppose violence.” "
        "“There’s a word for this. It’s called a coup,” she wrote."
    )
    assert find(rows, "called a coup")["speaker"] == "Ada Quill"
