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


# "the widow of Sen. X": a relation to a named person (a title before the name) is the
# relative, the person of that family named just before; never the person served.
def test_the_widow_of_a_titled_senator_is_the_relative_named_before():
    text = (
        "Grief and politics.\n\nMarla Voss said on Sunday she still thinks of her late husband "
        "every day. In a radio interview, the widow of Sen. Harold Voss said she would not run "
        "for his seat."
    )
    assert said(text, "would not run for his seat")["speaker"] == "Marla Voss"


def test_a_lawyer_for_a_titled_person_is_not_that_person():
    text = (
        "Inquiry.\n\nA lawyer for Gov. Dana Pratt said the subpoena was unlawful. Pratt has "
        "not commented."
    )
    assert said(text, "subpoena was unlawful")["speaker"] != "Dana Pratt"


# "The senator said" where two senators were named: the one the story is about (just named as
# subject), not the rival named last as an object.
def test_the_senator_is_the_subject_just_named_not_the_rival_named_last():
    text = (
        "Campaign memories.\n\nSen. Nora Whitcombe (D-Vt.) spoke to students on Monday. "
        "Whitcombe recalled her first race, which she won against incumbent Sen. Gil Barrow. "
        "The senator said she had been told she would lose."
    )
    assert said(text, "told she would lose")["speaker"] == "Nora Whitcombe"


# "she" after a person whose first name says nothing: a named person who just spoke is a
# person (the check against products the tagger calls people must not drop them).
def test_she_is_the_named_speaker_just_before_whatever_her_first_name():
    text = (
        "Panel.\n\n“The plan is late,” Tamsin Okoro said on Monday. Co-host Kendra Alcott also "
        "backed the plan, noting that it had wide support. But she also warned that costs "
        "would rise."
    )
    assert said(text, "costs would rise")["speaker"] == "Kendra Alcott"


# Pronouns are one chain: "she" taking up the "she" that was the subject just before is the
# same person, not a person named further back in an aside.
def test_she_continues_the_she_that_spoke_just_before():
    text = (
        "Plant visit.\n\nDana Whitfield toured the plant on Friday. (Her rival, Corinne Abbot, "
        "has since faced questions about its safety.) After Whitfield’s tour of the site, she "
        "called the visit “useful.” “The workers know what they need,” she said."
    )
    assert said(text, "workers know what they need")["speaker"] == "Dana Whitfield"


# "the venerable press freedom group": a body described in lower-case words is the body of that
# kind the article named, not a speaker called by the description.
def test_a_lower_case_description_of_a_group_is_the_group_named():
    text = (
        "Press law.\n\nThe Reporters Guild criticised the new press law on Monday. Editors had "
        "asked for changes. In a long statement, the venerable press freedom group argued that "
        "the law would chill reporting."
    )
    assert said(text, "chill reporting")["speaker"] == "Reporters Guild"


# "Someone named X told …", "a woman called X said": the subject is the person it names.
def test_someone_named_is_the_person_named():
    text = (
        "Figures.\n\nSomeone named Halvard Brekke, who runs a small survey office, told "
        "reporters, “The numbers are far too high.”"
    )
    assert said(text, "far too high")["speaker"] == "Halvard Brekke"
