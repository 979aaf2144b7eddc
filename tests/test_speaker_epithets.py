"""Descriptions standing for a person or body the article names (issue 10, reuters2 round), on
wording written for the tests: an epithet after the name ("the Vermont senator", "the Acme
lawyer"), a description in the lede named in the next sentence, a role word ("head") for a
named holder, "an agency spokesman" for the body just named, a relative clause on a person's
apposition, and a post-nominal written with its period. Descriptions that fit nobody named stay
as written."""

from __future__ import annotations

from tests.statements_of import said


def test_a_state_and_office_epithet_is_the_senator_named_before():
    text = (
        "Farm bill stalls.\n\n"
        "Corinne Vale pressed for more dairy aid on Monday. Her staff circulated a draft. "
        "“We cannot leave dairy farmers behind,” the Vermont senator and former presidential "
        "hopeful said."
    )
    row = said(text, "We cannot leave dairy farmers behind")
    assert row["speaker"] == "Corinne Vale"
    assert row["role"].startswith("Vermont senator")


def test_an_epithet_skips_a_person_of_another_office_and_party():
    text = (
        "Ethics inquiry opens.\n\n"
        "Representative Harlan Oduya, a Democrat, faces an inquiry. Committee chairwoman Rosa "
        "Lindqvist, a Republican, opened it on Tuesday. The Democratic congressman from Maine "
        "said he would cooperate fully."
    )
    assert said(text, "he would cooperate fully")["speaker"] == "Harlan Oduya"


def test_a_company_lawyer_epithet_is_the_company_counsel_named_before():
    text = (
        "Hearing on ads.\n\n"
        "Lawmakers questioned Brightline General Counsel Tobias Renner for two hours. Senator "
        "Ada Morrow asked about foreign buyers. The Brightline lawyer responded that little "
        "could be done about shell companies."
    )
    assert said(text, "little could be done")["speaker"] == "Tobias Renner"


def test_a_description_in_the_lede_is_the_person_the_next_sentence_names():
    text = (
        "Senior Republican senator: 'Let the inquiry run'\n\n"
        "The inquiry into the port contracts should go on without interference, a veteran "
        "Republican senator said on Sunday. Mabel Ostrander, who sits on the budget committee, "
        "said the investigators must finish their work. “This will go forward,” Ostrander said."
    )
    assert said(text, "The inquiry into the port contracts")["speaker"] == "Mabel Ostrander"
    assert said(text, "Let the inquiry run")["speaker"] == "Mabel Ostrander"


def test_a_lawyer_in_the_lede_is_the_attorney_named_next():
    text = (
        "Mayor to decide on future.\n\n"
        "The mayor will decide within days whether to step down, a lawyer for the mayor said on "
        "Friday. “No decision has been made,” attorney Felix Amberley told reporters."
    )
    row = said(text, "The mayor will decide within days")
    assert row["speaker"] == "Felix Amberley"
    assert row["role"] == "lawyer for the mayor"


def test_a_role_word_in_the_lede_is_the_holder_named_next():
    text = (
        "Nurses' pay falls behind.\n\n"
        "Pay for senior nurses has fallen for six years, according to a letter by the head of "
        "the nurses' union. The figures come from the letter by Union President Greta Halvorsen."
    )
    assert said(text, "Pay for senior nurses")["speaker"] == "Greta Halvorsen"


def test_an_official_in_the_lede_is_not_the_next_person_named():
    text = (
        "Talks with the family.\n\n"
        "Talks with the family have resumed, a Justice official said Thursday. Later, Dora "
        "Menendez said that the family wanted a meeting."
    )
    assert said(text, "Talks with the family have resumed")["speaker"] != "Dora Menendez"


def test_another_member_is_not_the_next_person_named():
    text = (
        "Life in the chamber.\n\n"
        "Many members described hostility. Another senior member of the committee says she was "
        "mocked. Councillor Priya Nand, the newest member, told researchers: “It feels like a "
        "club.”"
    )
    assert said(text, "she was mocked")["speaker"] != "Priya Nand"


def test_an_agency_spokesman_is_the_spokesman_of_the_body_named():
    text = (
        "Staff cuts disputed.\n\n"
        "The Transport Department did not dispute the numbers, but an agency spokesman said the "
        "cuts were overstated. The spokesman said hiring would resume in spring."
    )
    assert said(text, "the cuts were overstated")["speaker"] == "Transport Department spokesman"
    assert said(text, "hiring would resume")["speaker"] == "Transport Department spokesman"


def test_a_relative_clause_on_a_description_is_the_person_it_describes():
    text = (
        "Tenants fear eviction.\n\n"
        "“I have nowhere else to go,” said Orrin Feld, 71, a retired welder in Eastfield who "
        "said he had lived in the building for forty years."
    )
    row = said(text, "he had lived in the building")
    assert row["speaker"] == "Orrin Feld"


def test_a_generation_keeps_the_period_the_article_gives_it():
    text = (
        "Ruling on permits.\n\n"
        "U.S. District Judge Amos Whitcombe Jr. said the permits were issued unlawfully. He said "
        "the agency must start over."
    )
    assert said(text, "the permits were issued unlawfully")["speaker"] == "Amos Whitcombe Jr."
    assert said(text, "the agency must start over")["speaker"] == "Amos Whitcombe Jr."


def test_a_generation_written_without_a_period_stays_so():
    text = "Ruling on permits.\n\nJudge Amos Whitcombe Jr said the permits were issued unlawfully."
    assert said(text, "the permits were issued")["speaker"] == "Amos Whitcombe Jr"


def test_a_firm_described_in_the_lede_is_the_body_named_next():
    text = (
        "Consultancy discloses fee.\n\n"
        "A Boston consulting firm was paid $90,000 for the survey, the U.S. firm said in a "
        "statement on Monday. Although the survey was public, Harrowgate Data wrote most of it "
        "last year."
    )
    row = said(text, "was paid $90,000")
    assert row["speaker"] == "Harrowgate Data"
    assert row["speaker_mention"] == "U.S. firm"


def test_a_body_description_with_its_own_name_stays_that_body():
    text = (
        "Markets fall.\n\n"
        "Prices fell sharply in the afternoon, the Kestrel news agency reported. Halden "
        "Partners, a brokerage, said the fall was driven by computer trading."
    )
    assert said(text, "Prices fell sharply")["speaker"] != "Halden Partners"


def test_an_acronym_spokesman_is_the_spokesman_of_the_body_spelt_out():
    text = (
        "Screening times.\n\n"
        "The Transit Safety Agency (TSA) published new figures on Friday. A TSA spokesman said "
        "waiting times had fallen by a third."
    )
    assert said(text, "waiting times had fallen")["speaker"] == "Transit Safety Agency spokesman"


def test_one_of_a_group_named_in_apposition_is_that_person():
    text = (
        "Panel members dropped.\n\n"
        "In June the board dropped nine members of its science panel. One of those members, "
        "Eastfield College professor of hydrology Ruth Abney, told reporters the move came as a "
        "surprise."
    )
    assert said(text, "the move came as a surprise")["speaker"] == "Ruth Abney"


def test_a_description_with_nobody_named_before_is_the_person_named_next():
    text = (
        "Lawmakers to watch.\n\n"
        "The vote is close. The Idaho senator and former governor said on Thursday he would "
        "oppose the plan unless the credit grows. Dana Marlowe told reporters that many changes had "
        "been made."
    )
    assert said(text, "he would oppose the plan")["speaker"] == "Dana Marlowe"
