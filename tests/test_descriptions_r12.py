"""A description with a year or a number before its role words stands for the person in focus
like any other (round 12, `lib/quotes/speakers/fit.PersonFit.bodies`): "the 2020 presidential
candidate tweeted" after "Sen. Jane Roe": a word with no capital names no body the article must
tie to the person. Wording written for the tests, with invented people."""

from __future__ import annotations

import pytest

from tests.statements_of import said

STORY = (
    "Roe stands firm\n\n"
    "Sen. Jane Roe (D-Mass.) is standing firm in the face of scrutiny, and so are her "
    "supporters, who are sharing their own stories online. The {d} tweeted Tuesday that she had "
    "been edged out of her first teaching job when she became pregnant."
)


@pytest.mark.parametrize(
    "d", ["2020 presidential candidate", "2020 Democratic hopeful", "76-year-old senator"]
)
def test_a_dated_description_is_the_person_in_focus(d):
    row = said(STORY.format(d=d), "edged out of her first teaching job")
    assert (row["speaker"], row["speaker_mention"]) == ("Jane Roe", d)


def test_a_capitalised_body_in_the_description_still_must_be_theirs():
    row = said(STORY.format(d="Pentagon spokeswoman"), "edged out of her first teaching job")
    assert row["speaker"] != "Jane Roe"
