"""A "he"/"she" speaker and the subject the tagger took for a body or a place (round 14), on
wording written for the tests: the small model often tags a surname used alone as ORG or GPE
("Haaland criticized …"); when the sentence gives that subject the pronoun's gender ("her
colleagues", "who had called her"), it is the pronoun's person, ahead of a woman named as an
object or sentences before. A body with no such sign never stands for "he"/"she"."""

from __future__ import annotations

import pytest

from tests.statements_of import find, quotes_of


@pytest.mark.parametrize(
    "paragraphs, words, speaker",
    [
        (
            (
                "Senator Mary Collins praised the bill on Monday.",
                "During the hearing on Tuesday, Haaland criticized a columnist who had called "
                "her “a liar.” She called the column “a cheap and baseless smear.”",
            ),
            "a cheap and baseless smear",
            "Haaland",
        ),
        (
            (
                "Representative Anna Ruiz endorsed the plan last year.",
                "Tlaib broke with her colleagues on the panel and backed Sanders this week. "
                "“We cannot wait another decade for this,” she said in a video.",
            ),
            "We cannot wait another decade",
            "Tlaib",
        ),
    ],
)
def test_a_mistagged_subject_told_by_her_clause(paragraphs, words, speaker):
    row = find(quotes_of(*paragraphs), words)
    assert speaker in (row["speaker"] or "")


def test_a_body_without_a_sign_is_no_she():
    rows = quotes_of(
        "Mayor Ann Lee spoke at the opening of the plant on Monday.",
        "Google announced a new office in the city. “This is a good day for our town,” she said.",
    )
    assert "Ann Lee" in (find(rows, "a good day for our town")["speaker"] or "")


def test_a_place_that_became_his_home_is_no_he():
    rows = quotes_of(
        "Omar Haddad, 41, moved to Dearborn from Syria in 2015 and opened a bakery in Dearborn.",
        "He found work quickly, and Dearborn became his home. “People here were kind to us from "
        "the first day,” he said.",
    )
    assert "Haddad" in (find(rows, "People here were kind")["speaker"] or "")
