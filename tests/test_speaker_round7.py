"""Speakers, round 7 (issue 10), on wording written for the tests.

One fit test (lib/quotes/speakers/fit.py) decides whether a description ("the Ohio Republican",
"the Democratic congressman from Maine") fits a named person: the resolver chooses with it, and
the epithets stage no longer re-checks its choice.
"""

from __future__ import annotations

from tests.statements_of import said


# A party epithet is the person it fits, not the nearest one named (an apposition gives a party).
def test_a_party_epithet_skips_the_nearest_person_of_the_other_party():
    text = (
        "Budget talks.\n\nSenator Lena Marsh, a Republican from Ohio, walked out of the talks on "
        "Monday. Representative Tom Beale, a Democrat, stayed behind. “We will not sign this,” "
        "the Ohio Republican told reporters."
    )
    assert said(text, "We will not sign")["speaker"] == "Lena Marsh"


def test_a_party_epithet_is_the_person_just_named_when_nothing_clashes():
    text = (
        "Budget talks.\n\nSenator Lena Marsh walked out of the talks on Monday. “We will not "
        "sign this,” the Ohio Republican told reporters."
    )
    assert said(text, "We will not sign")["speaker"] == "Lena Marsh"


# A placed role taken by the resolver keeps its description as the role of one given none.
def test_a_placed_role_names_the_person_and_keeps_the_description_as_role():
    text = (
        "Mine vote.\n\nRuth Callis signed the mining bill on Monday. The Wyoming governor said "
        "the mine would bring jobs."
    )
    row = said(text, "bring jobs")
    assert row["speaker"] == "Ruth Callis"
    assert row["role"] == "Wyoming governor"
