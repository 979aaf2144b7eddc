"""Speakers, round 8 (issue 10), on wording written for the tests.

Pronouns take up the speaker a subject was taken for: a man's gender is not read off a woman
named after him ("from the mayor herself"), nor off a clause joined on with its own subject; and
"it" after "the estate said" is the estate, not a name in the quoted words.
"""

from __future__ import annotations

from tests.statements_of import said


# A reflexive right after a noun ("the mayor herself") is that noun's, not the subject's gender.
def test_an_emphatic_reflexive_after_a_noun_gives_the_subject_no_gender():
    text = (
        "Rescue.\n\nDorin Vasko got the thanks from the mayor herself while he was still on the "
        "boat. Vasko had spent the night on the river. He said that “the water was rising by "
        "the minute.”"
    )
    assert said(text, "the water was rising")["speaker"] == "Dorin Vasko"


# A clause joined on with its own subject says nothing of the first clause's subject.
def test_a_joined_clause_with_its_own_subject_gives_no_gender():
    text = (
        "Rally.\n\nDorin Vasko said during the debate that a guest would be joining him, and it "
        "was later confirmed the guest would be Ann Lee and that she would make her speech then. "
        "Vasko canceled two events. “The crowd wanted the guest,” he said."
    )
    assert said(text, "The crowd wanted")["speaker"] == "Dorin Vasko"


# "It" takes up the body the subject of the last saying was taken for (a guard: the body named
# by its noun, "the company", is found as before; a name in the quoted words never is).
def test_it_takes_up_the_body_that_spoke_not_a_name_in_the_quote():
    text = (
        "Song row.\n\nThe label Harbor Records objected on Friday. The company said on its "
        "website that the song had been used without leave. “Harbor Records will never let "
        "Governor Tom Beale use these songs,” it said."
    )
    assert said(text, "will never let")["speaker"] == "Harbor Records"


# A person placed by "of <town>, <state>" speaks, whatever the parse made the subject (a guard
# here: the small model parses this wording right; a place taken for the subject is the person).
def test_a_person_of_a_town_and_state_speaks_not_the_state():
    text = (
        "Rally.\n\nSome supporters at the fair backed the plan. “We have been having floods for "
        "no reason at all,” 52-year-old Dale Ostrander of Smyrna, Tennessee, told the Gazette."
    )
    assert said(text, "having floods")["speaker"] == "Dale Ostrander"


# "who" after "one from <town> and another from <town>" is the people, not the last town.
def test_who_after_people_placed_by_town_is_the_people():
    text = (
        "Caucus.\n\nThe Ledger spoke with two of the Harmon volunteers, one from Reno and another "
        "from Fresno, who said they had paid their own way to the caucus."
    )
    speaker = said(text, "paid their own way")["speaker"]
    assert speaker and "volunteers" in speaker


# "his administration" is named as a reader would: by the leader's surname.
def test_an_administration_is_named_by_its_leaders_surname():
    text = (
        "Tariffs.\n\nPresident Tom Hale raised tariffs on steel on Monday as his administration "
        "called for new talks with the exporters."
    )
    assert said(text, "new talks")["speaker"] == "Hale administration"


# Other bodies keep the possessive ("Ann Lee's office").
def test_an_office_keeps_its_holders_full_name():
    text = (
        "Votes.\n\nSenator Ann Lee missed the vote on Monday. Her office said she was at a "
        "funeral in her home state."
    )
    assert said(text, "at a funeral")["speaker"] == "Ann Lee's office"


# A document someone cites or obtained is not theirs: it speaks for itself.
def test_a_cited_study_speaks_for_itself_not_for_who_cited_it():
    text = (
        "Schools.\n\nIn March, Mayor Ruth Callis cited a new federal study that found that "
        "“smaller classes did not raise test scores.” The study also claimed that “teacher "
        "pay mattered more than class size.”"
    )
    assert said(text, "smaller classes")["speaker"] != "Ruth Callis"
    for words in ("smaller classes", "teacher pay"):
        speaker = said(text, words)["speaker"]
        assert speaker is not None and speaker.endswith("federal study")


# A document a person issued still speaks for them ("released a report that found").
def test_a_released_report_still_speaks_for_who_released_it():
    text = (
        "Schools.\n\nIn March, Mayor Ruth Callis released a report that found that “smaller "
        "classes did not raise test scores.”"
    )
    assert said(text, "smaller classes")["speaker"] == "Ruth Callis"


# A place's resident and a document's author can hand a token back and forth: "polls from
# <pollster>" make the pollster the polls' author, and its "from" a place the polls came from.
# The polls speak under their author's name, and resolution ends (it recursed without end).
def test_polls_from_a_pollster_speak_as_the_pollster_and_resolution_ends():
    text = "Race.\n\nRecent polls from Quinnipiac and Marist found that Dale Ostrander is ahead."
    assert said(text, "is ahead")["speaker"] == "Quinnipiac poll"
