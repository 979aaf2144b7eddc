"""Round 21: speakers named through a description."""

from __future__ import annotations

import pytest

from tests.statements_of import find, quotes_of


@pytest.mark.parametrize(
    ("paragraphs", "words", "speaker"),
    [
        (
            (
                "Donald Trump spoke in Ohio on Monday.",
                "The attack drew a response from the president, who said it was false.",
            ),
            "was false",
            "Donald Trump",
        ),
        (
            (
                "Bernie Sanders toured the flooded towns.",
                "Residents got a visit from the Vermont senator, who said, “Help is on the way.”",
            ),
            "Help is on the way",
            "Bernie Sanders",
        ),
        (
            (
                "Mitch McConnell opened the session on Friday.",
                "The bill won praise from the majority leader, who said it had been fixed.",
            ),
            "had been fixed",
            "Mitch McConnell",
        ),
    ],
)
def test_who_after_a_definite_description_is_the_person_it_fits(paragraphs, words, speaker):
    """ "… from the president, who said": the relative pronoun stands for "the president", a
    definite description of the person named before whom it fits (here by the office held in
    the article's year), as "The president said" would be."""
    row = find(quotes_of(*paragraphs, published="2019-10-01"), words)
    assert row["speaker"] == speaker
    assert row["speaker_mention"] == "who"


@pytest.mark.parametrize(
    ("paragraph", "words", "speaker"),
    [
        ("Senator Joan Bell was insulted. Bell fired back that the mayor had lost control.",
         "the mayor had lost control", "Joan Bell"),
        ("The union hit back that the offer was an insult.", "the offer was an insult", "union"),
        ("Ann Kerr, the treasurer, shot back that the audit had been finished in May.",
         "the audit had been finished in May", "Ann Kerr"),
    ],
)  # fmt: skip
def test_a_phrasal_verb_of_saying_opens_its_that_clause(paragraph, words, speaker):
    """ "fired back that …": the phrasal verb says what follows, as "said that …" does."""
    row = find(quotes_of(paragraph), words)
    assert row["kind"] == "indirect"
    assert row["text"] == words
    assert speaker in (row["speaker"] or "")


def test_a_phrasal_verb_before_other_words_is_still_no_cue():
    """ "shot back into the lead" says nothing."""
    rows = quotes_of("Ann Kerr shot back into the lead that the rival had held all week.")
    assert rows == []


@pytest.mark.parametrize(
    ("paragraph", "words", "speaker"),
    [
        ("Senator Ann Lee was the first candidate to call for the mayor’s resignation.",
         "the mayor’s resignation", "Ann Lee"),
        ("Ann Lee and Tom Ruiz appeared to be the first of the contenders to call for an inquiry.",
         "an inquiry", "Ann Lee and Tom Ruiz"),
        ("The report prompted Governor Ann Lee last week to announce a review of the prisons.",
         "a review of the prisons", "Ann Lee"),
        ("The storm moved Mayor Tom Ruiz to declare that the city was safe.",
         "the city was safe", "Tom Ruiz"),
    ],
)  # fmt: skip
def test_a_saying_in_a_to_clause_is_its_controllers(paragraph, words, speaker):
    """A "to" verb with no subject of its own is said by whoever the sentence makes do it: the
    object of a verb that moves someone ("prompted Lee to announce …"), the one who "was the
    first to call for …"."""
    row = find(quotes_of(paragraph), words)
    assert row["text"] == words
    assert row["speaker"] == speaker


def test_the_first_thing_to_call_for_something_is_no_speaker():
    """ "The first bill to call for an inquiry passed": no verb predicates it of anyone."""
    assert quotes_of("The first bill to call for an inquiry passed on Friday.") == []


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("Former Ohio Rep. Ann Lee, former Labor Secretary Tom Ruiz, Iowa Sen. Ida Pell and Utah "
         "Sen. Ray Kerr said the plan was dead.", "Ann Lee, Tom Ruiz, Ida Pell and Ray Kerr"),
        ("Ann Lee, Tom Ruiz and former Gov. Ida Pell said the plan was dead.",
         "Ann Lee, Tom Ruiz and Ida Pell"),
    ],
)  # fmt: skip
def test_a_list_of_described_people_is_every_person_named(paragraph, speaker):
    """Each item of a list of speakers may carry its description before the name, opening in
    lower case ("former Labor Secretary Tom Ruiz"): the speaker is the people, not the first."""
    row = find(quotes_of(paragraph), "the plan was dead")
    assert row["speaker"] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "words", "speaker"),
    [
        (("Senator Ann Lee released her health plan on Monday.",
          "Her plan states that coverage will be free."), "coverage will be free", "Ann Lee"),
        (("The union met the mayor on Monday.", "Its statement said that the strike would go on."),
         "the strike would go on", "union"),
        (("Tom Ruiz filed suit in May.", "His lawsuit claims that the county hid the records."),
         "the county hid the records", "Tom Ruiz"),
    ],
)  # fmt: skip
def test_a_document_owned_by_a_pronoun_speaks_for_its_owner(paragraphs, words, speaker):
    """ "Her plan states …": the plan is the woman's, who says it through it."""
    row = find(quotes_of(*paragraphs), words)
    assert row["speaker"] == speaker
    assert row["confidence"] == "resolved"


def test_a_saying_relayed_as_an_outlet_reported_is_its_speakers():
    """ "In May it called him a “fool” …, as the Ledger reported": the North called him that;
    the outlet only relays it."""
    rows = quotes_of(
        "The North has condemned Tom Ruiz before. In May it called him a “fool” days after he "
        "insulted Kim, as the Daily Ledger reported."
    )
    assert all(r["speaker"] != "Daily Ledger" for r in rows)
    assert find(rows, "fool")["speaker"] == "North"


def test_a_plain_fact_as_an_outlet_reported_is_still_the_outlets():
    row = find(quotes_of("Prices rose sharply in May, as the Daily Ledger reported."), "Prices")
    assert row["speaker"] == "Daily Ledger"


def test_a_document_of_a_pronouns_body_is_the_bodys():
    """ "his campaign website states": the campaign's words, not the man's own."""
    row = find(
        quotes_of(
            "Bernie Sanders spoke in Iowa on Monday. His campaign said he would return.",
            "“Every American must have a home,” his campaign website states.",
        ),
        "must have a home",
    )
    assert row["speaker"] == "Bernie Sanders's campaign"
