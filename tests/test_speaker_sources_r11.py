"""A newspaper named "... Times" and a date beside the reporting verb (issue 10, round 11), on
wording written for the tests. "Times" is the name of many papers, not the count of occasions
("several times described"); and a weekday or date next to the verb ("reported Tuesday that")
dates the saying: it is never taken for the sayer when the parse loses the subject."""

from __future__ import annotations

import pytest

from tests.statements_of import said


@pytest.mark.parametrize("paper", ["The Harbor Times", "The Valley Times", "The Pacific Times"])
def test_a_paper_called_times_reports(paper):
    text = f"Plant closes\n\n{paper} reported that the company had sent a letter to the mayor."
    row = said(text, "the company had sent a letter")
    assert row["speaker"] == paper.removeprefix("The ")
    assert row["confidence"] == "explicit"


def test_a_paper_with_a_relative_clause_before_its_verb_and_a_weekday_after_it():
    text = (
        "Plant closes\n\n"
        "The Harbor Times, which first reported the closure, reported Tuesday that the company "
        "had sent a letter to the mayor."
    )
    row = said(text, "the company had sent a letter")
    assert row["speaker"] == "Harbor Times"
    assert row["speaker_mention"] != "Tuesday"


def test_a_count_of_occasions_is_still_no_speaker():
    text = "Bridge\n\nCritics have many times claimed that the bridge was unsafe."
    row = said(text, "the bridge was unsafe")
    assert row["speaker"] == "Critics"
    assert row["speaker_mention"] == "Critics"


def test_a_name_described_by_a_relative_clause_says_after_a_date():
    text = (
        "Media empire\n\n"
        "Beck, who supported Sen. Ted Cruz and opposed Trump during the primaries, last week said "
        "Trump was seeking to start a media empire."
    )
    row = said(text, "seeking to start a media empire")
    assert row["speaker"] == "Beck"


def test_the_one_a_paper_quotes_as_saying_is_the_speaker():
    text = (
        "Adviser\n\n"
        "The Harbor Times quoted one of Carson's advisers as saying the candidate was having "
        "trouble with foreign policy."
    )
    row = said(text, "having trouble with foreign policy")
    assert row["speaker"] != "Harbor Times"
    assert "advisers" in row["speaker_mention"]
