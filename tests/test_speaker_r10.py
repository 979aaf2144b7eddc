"""Speakers named by a description, and statements left with no speaker (issue 10, round 10), on
wording written for the tests: an age standing for the person in focus ("the 64-year-old
said"), a description with modifiers for the one person in focus when another office is all
that stands against them, and a document taken up again under another word of its kind ("the
findings" after a study that spoke; "the memo" after "said in a filing"). Descriptions that fit
nobody stay as written."""

from __future__ import annotations

from tests.statements_of import said


def test_an_age_for_the_person_in_focus_is_that_person():
    text = (
        "Mayor returns\n\n"
        "Mayor Ruth Okafor returned to city hall on Monday after two weeks away. Asked about "
        "her health at a news conference, the 64-year-old said, “I am ready for the budget "
        "fight.”"
    )
    row = said(text, "ready for the budget")
    assert row["speaker"] == "Ruth Okafor"
    assert row["speaker_mention"] == "64-year-old"
    assert row["confidence"] == "resolved"


def test_an_age_takes_the_gender_the_clause_gives_it():
    text = (
        "Harbour deal\n\n"
        "Tom Reyes met Anna Lind on Tuesday to settle the harbour deal. Lind had asked for more "
        "time. The 58-year-old said he would sign the agreement on Friday."
    )
    assert said(text, "would sign the agreement")["speaker"] == "Tom Reyes"


def test_an_age_with_nobody_named_before_names_nobody():
    text = "Fire in the valley\n\nThe 30-year-old said the fire started in the barn."
    assert said(text, "fire started")["speaker"] in (None, "30-year-old")


def test_a_description_is_the_one_person_in_focus_despite_another_office():
    text = (
        "Clinic plan\n\n"
        "Ed Marlow wants every county to have a free clinic. “President Marlow will open them "
        "in his first year,” his campaign wrote on Monday. Still, the populist senator warned "
        "that the plan would take a decade to finish."
    )
    row = said(text, "take a decade")
    assert row["speaker"] == "Ed Marlow"
    assert row["role"] == "populist senator"


def test_a_description_with_a_place_is_not_another_office_holder_in_focus():
    text = (
        "Border talks\n\n"
        "President Dana Whitfield met border officials on Monday. Later, the Nevada senator "
        "said the talks had gone nowhere."
    )
    assert said(text, "gone nowhere")["speaker"] != "Dana Whitfield"


def test_a_description_is_not_the_person_in_focus_when_another_named_fits():
    text = (
        "Budget vote\n\n"
        "Senator Hal Brennan spoke first. Then Governor Lisa Park took the floor and attacked "
        "the budget. The veteran senator said the state could not afford the cuts."
    )
    assert said(text, "could not afford")["speaker"] == "Hal Brennan"


def test_findings_of_a_study_that_spoke_are_that_study():
    text = (
        "School meals\n\n"
        "Officials cited a Northfield Institute study that argued free meals raised test "
        "scores. The study also claimed that attendance rose. According to the Daily Ledger, "
        "the findings stated that the effect lasted for years."
    )
    study = said(text, "attendance rose")["speaker"]
    assert study is not None and study.startswith("Northfield Institute")
    row = said(text, "effect lasted")
    assert row["speaker"] == study
    assert row["speaker_mention"] == "findings"


def test_a_memo_is_the_filing_its_authors_filed():
    text = (
        "Bail hearing\n\n"
        "The defendant should stay in jail, federal prosecutors said in a filing on Tuesday. "
        "The next hearing is set for Thursday. He holds two passports, the memo said."
    )
    row = said(text, "two passports")
    assert row["speaker"] == "federal prosecutors"
    assert row["speaker_mention"] == "memo"


def test_a_memo_with_no_filing_before_stays_without_an_author():
    text = (
        "Bail hearing\n\n"
        "The next hearing is set for Thursday. He holds two passports, the memo said."
    )
    assert said(text, "two passports")["speaker"] in (None, "memo")


def test_a_description_by_a_word_outside_the_role_lexicon_is_the_person_just_named():
    text = (
        "Stadium deal\n\n"
        "Developer Marcus Hale defended the stadium deal on Friday. Speaking to a radio host, "
        "the real estate tycoon said the city would earn its money back within ten years."
    )
    row = said(text, "earn its money back")
    assert row["speaker"] == "Marcus Hale"
    assert row["role"] == "real estate tycoon"


def test_a_description_whose_clause_says_she_is_not_a_man_or_a_bare_surname():
    text = (
        "Tax vote\n\n"
        "Brandt told reporters he would vote no. The Oregon moderate said she was still "
        "undecided about the bill."
    )
    assert said(text, "still undecided")["speaker"] != "Brandt"


def test_a_description_joined_to_another_is_one_person():
    text = (
        "Farm aid\n\n"
        "Dana Morrow asked for more dairy aid on Monday. The Idaho senator and former tycoon "
        "said the farmers could not wait."
    )
    speaker = said(text, "could not wait")["speaker"]
    assert speaker is not None and " and " not in speaker  # one person, not a pair


def test_her_deputies_are_the_deputies_of_the_woman_just_named():
    text = (
        "Ethics probe\n\n"
        "Representative Laura Pinto, the party's leader in the chamber, and her top deputies on "
        "Friday called on the treasurer to resign."
    )
    row = said(text, "the treasurer to resign")
    assert row["speaker"] is not None and row["speaker"].startswith("Laura Pinto")


def test_a_description_word_before_a_name_is_that_name():
    text = (
        "Stadium deal\n\n"
        "“We will rebuild the old pier first,” said retired tycoon Marcus Hale, asked about "
        "the harbour plan."
    )
    assert said(text, "rebuild the old pier")["speaker"] == "Marcus Hale"
