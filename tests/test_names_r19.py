"""A speaker's name as the article gives it in full (round 19).

A generation written after a comma ("Marcus T. Delaney, Jr.") is part of the name: the tagger
stops at the comma, and the speaker came out as the father's name. The comma is one way to
write it; the name keeps the suffix ("Marcus T. Delaney Jr."), and the surname alone later
("Delaney said") is the same man.
A body named with its head last ("the Agriculture Department") is the full name the article
gives it first ("the U.S. Department of Agriculture"): one body, one speaker.
A body's fuller name is read back only within its sentence: "in the U.S. Senate. Republicans
allege" is not a speaker "U.S. Senate. Republicans".
A role whose "of" takes a bare noun is one role: "his chief of staff" is "Ann Lee's chief of
staff", never "Ann Lee's chief".
Wording written for the tests, with invented people and bodies."""

from __future__ import annotations

import pytest

import lib


def _speakers(text: str, headline: str = "Charges filed") -> list[str | None]:
    quotes = lib.analyze(f"{headline}\n\n{text}").quotes
    return [row.speaker if isinstance(row.speaker, str) else None for row in quotes.itertuples()]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Prosecutors charged Marcus T. Delaney, Jr., 43, on Tuesday. “I am very proud of"
            " that post,” Delaney told agents.",
            "Marcus T. Delaney Jr.",
        ),
        (
            "A post by Corwin Ashby, Sr. drew a complaint from neighbours. “I stand by every"
            " word of it,” Ashby said on Friday.",
            "Corwin Ashby Sr.",
        ),
        (
            "Prosecutors charged Walden Pryce, III, of Dayton, on Tuesday. “He has done nothing"
            " wrong,” Pryce said through a lawyer.",
            "Walden Pryce III",
        ),
    ],
)
def test_a_generation_after_a_comma_is_part_of_the_name(text, speaker):
    assert _speakers(text) == [speaker]


def test_a_comma_before_another_name_still_ends_the_name():
    text = "The letter was signed by Corwin Ashby, Jonas Pell and others on Friday."
    names = set(lib.analyze(f"Letter signed\n\n{text}").entities["name"])
    assert {"Corwin Ashby", "Jonas Pell"} <= names


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A judge in Ohio ruled against the U.S. Department of Agriculture on Monday. The"
            " Agriculture Department said it “will appeal the ruling at once.”",
            "U.S. Department of Agriculture",
        ),
        (
            "Protests spread to the capital, where the Ministry of Fisheries has its offices. The"
            " Fisheries Ministry said “the quotas will not change this year.”",
            "Ministry of Fisheries",
        ),
    ],
)
def test_a_body_named_with_its_head_last_is_the_full_name_the_article_gives(text, speaker):
    assert _speakers(text, "Ruling") == [speaker]


def test_a_body_named_with_its_head_last_stays_when_the_article_gives_no_full_name():
    text = "The Agriculture Department said it “will appeal the ruling at once.”"
    assert _speakers(text, "Ruling") == ["Agriculture Department"]


def test_a_body_name_never_runs_across_a_sentence_end():
    text = (
        "The vote opened an inquiry in the U.S. Senate. Republicans allege the request"
        " amounted to an abuse of power."
    )
    assert _speakers(text, "Inquiry") == ["Republicans"]


def test_a_body_name_still_takes_the_words_the_article_writes_before_it():
    text = (
        "The story first ran in the Harbor Daily Courier on Monday. The Courier reported that"
        " the mayor would resign."
    )
    assert _speakers(text, "Mayor") == ["Harbor Daily Courier"]


def test_a_comma_between_one_clauses_object_and_the_next_ones_subject_splits_the_name():
    text = (
        "The family hired a lawyer, Dana Pritchard, on Monday. The family"
        " “never expected the flood of false claims” from Halvorsen, Pritchard wrote."
    )
    assert _speakers(text, "Lawsuit") == ["Dana Pritchard"]


@pytest.mark.parametrize(
    "text",
    [
        "She was referring to a 2017 paper by psychologists Lena Varga and Tomas Brill. The"
        " paper had claimed that prices were biased upward.",
        "The claim rested on a 2017 research paper by economists Lena Varga and Tomas Brill."
        " The paper had claimed that prices were biased upward.",
    ],
)
def test_a_paper_by_named_authors_speaks_for_them_when_the_by_hangs_on_the_verb(text):
    assert _speakers(text, "Study") == ["Lena Varga and Tomas Brill"]


def test_a_by_phrase_without_a_name_gives_a_document_no_author():
    text = (
        "The board discussed the report by phone on Monday. The report said the plant"
        " “was never safe to run.”"
    )
    assert _speakers(text, "Study")[-1] is None


@pytest.mark.parametrize(
    ("role", "speaker"),
    [
        ("his chief of staff", "Omar Haddad's chief of staff"),
        ("his director of communications", "Omar Haddad's director of communications"),
        ("his head of security", "Omar Haddad's head of security"),
    ],
)
def test_an_owned_role_keeps_the_bare_noun_its_of_takes(role, speaker):
    text = (
        "General Omar Haddad said Wednesday that he would not meet the envoys, but"
        f" {role} later clarified that he would meet the delegation."
    )
    assert _speakers(text, "Talks") == ["Omar Haddad", speaker]


def test_an_of_with_words_of_its_own_is_no_part_of_the_role():
    text = (
        "General Omar Haddad said Wednesday that he would not meet the envoys, but his adviser"
        " of many years later clarified that he would meet the delegation."
    )
    assert _speakers(text, "Talks") == ["Omar Haddad", "Omar Haddad's adviser"]
