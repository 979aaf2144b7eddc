"""Speakers given as a description or in the wrong form where the article names them (issue 10,
round 9), on wording written for the tests: typographic apostrophes in the canonical name (the
article's spelling since round 19), a
role written with capitals and no name ("Romania’s Prosecutor General said"), a headline's
cut-short description ("Acting FAA chief says") or title-case one ("Republican Congresswoman
Demands"), a status that is no office ("the Democratic presidential candidate" for a senator).
Descriptions that fit nobody named stay as written."""

from __future__ import annotations

from lib import schema
from lib.pipeline import analyze
from lib.quotes.speakers.canonical import plain_marks, whole_body_name
from tests.statements_of import said


def test_the_key_of_a_spelling_has_the_plain_marks_a_reader_types():
    assert plain_marks("Declan O’Rourke") == "Declan O'Rourke"
    assert plain_marks("the “Red Team”") == 'the "Red Team"'
    assert plain_marks("Ann Lee") == "Ann Lee"


def test_a_canonical_name_is_spelt_as_the_article_spells_it():
    text = (
        "Dock strike ends\n\n"
        "Declan O’Brien, the union’s leader, said on Monday that the dockers would return to "
        "work. “We won what we came for,” O’Brien told reporters."
    )
    tables = analyze(text)
    assert schema.validate("quotes", tables.quotes, tables.text) == []
    row = said(text, "We won what we came for")
    assert row["speaker"] == "Declan O’Brien"
    assert row["speaker_mention"] == "O’Brien"
    assert text[row["speaker_start"] : row["speaker_end"]] == "O’Brien"
    assert row["confidence"] == "explicit"


def test_a_generation_keeps_its_period_in_a_name_with_a_curly_apostrophe():
    text = (
        "Harbour vote\n\n"
        "Councillor Liam O’Shea Jr. said the harbour plan was “a fair deal for the town.”"
    )
    assert said(text, "a fair deal for the town")["speaker"] == "Liam O’Shea Jr."


def test_one_name_written_with_both_apostrophes_is_one_speaker_in_the_first_spelling():
    text = (
        "Harbour vote\n\n"
        "Declan O'Brien, the union's leader, said on Monday that the dockers would return to "
        "work. “We won what we came for,” O’Brien told reporters. “The port is ours,” "
        "Declan O’Brien added."
    )
    names = {said(text, q)["speaker"] for q in ("the dockers would", "We won", "The port is")}
    assert names == {"Declan O'Brien"}


def test_a_role_written_with_capitals_and_no_name_is_the_person_named_next():
    text = (
        "Court reopens shipping cases\n\n"
        "BUCHAREST, Romania (AP) — Romania’s Prosecutor General said on Monday that his office "
        "is reopening cases closed by his predecessor. Ion Stavila’s comments came after a week "
        "of protests. “No case is closed forever,” Stavila said."
    )
    row = said(text, "his office is reopening cases")
    assert row["speaker"] == "Ion Stavila"
    assert row["speaker_mention"] == "Romania’s Prosecutor General"


def test_a_headline_description_cut_short_is_the_official_the_lede_names():
    text = (
        "Acting FAA chief says airline inspections will resume\n\n"
        "WASHINGTON (Reuters) - Acting Administrator of the Federal Aviation Administration "
        "Laura Pike said on Monday that inspections of regional carriers would resume next "
        "month. “We have the staff now,” Pike told reporters."
    )
    row = said(text, "airline inspections will resume")
    assert row["speaker"] == "Laura Pike"
    assert row["role"] == "Acting FAA chief"


def test_a_title_case_headline_description_is_the_person_the_story_names():
    text = (
        "Republican Congresswoman Demands Park Director Resign For ‘Misleading Congress’\n\n"
        "A Republican congresswoman is demanding that the director of the National Park Service "
        "resign. Rep. Dana Hutchins (R-Utah) said in a letter on Tuesday that the director had "
        "“misled Congress.” Hutchins added that the budget was “a disgrace.”"
    )
    assert said(text, "Misleading Congress")["speaker"] == "Dana Hutchins"


def test_a_headline_race_winner_is_the_winner_the_lede_names():
    text = (
        "Ohio Senate race winner urges rival to 'concede gracefully'\n\n"
        "COLUMBUS (Reuters) - Ohio Democrat Mark Tillman, who won a special election on "
        "Tuesday, said on Wednesday his Republican opponent should “concede gracefully” and let "
        "the state move on. “This town deserves better,” Tillman said."
    )
    assert said(text, "concede gracefully")["speaker"] == "Mark Tillman"


def test_a_headline_description_of_another_gender_stays_as_written():
    text = (
        "Democratic Congresswoman Demands Audit Of Port Over ‘Missing Funds’\n\n"
        "Port Authority chairman Victor Hale said on Tuesday that the books were in order. "
        "“We have nothing to hide,” Hale said. He added that the audit was “a waste of time.”"
    )
    assert said(text, "Missing Funds")["speaker"] == "Congresswoman"


def test_a_presidential_candidate_may_be_the_senator_taken_up_by_he():
    text = (
        "Campaign pauses\n\n"
        "DUBUQUE — Sen. Walter Brandt cancelled three rallies this week after a fall at home. "
        "His doctors have asked him to rest. He has no public event scheduled before the debate. "
        "On Monday he told reporters that he felt “stronger every day.” The Democratic "
        "presidential candidate told a local radio station on Tuesday that he would be back on "
        "the trail “within a week.”"
    )
    row = said(text, "within a week")
    assert row["speaker"] == "Walter Brandt"


def test_a_description_takes_the_woman_a_she_stands_for_not_the_man_before():
    text = (
        "Senate race\n\n"
        "Sen. Carla Whitby has kept her distance from the party's nominee, Dean Harlan. She "
        "told voters at a diner on Friday that the race was close. Mr. Harlan was campaigning "
        "elsewhere. The Republican incumbent said she would run on her own record."
    )
    assert said(text, "she would run on her own record")["speaker"] == "Carla Whitby"


def test_a_court_cut_short_by_the_tagger_is_named_in_full():
    text = (
        "Voter roll case\n\n"
        "The U.S. Court of Appeals for the Seventh Circuit said on Tuesday that the watchdog "
        "group had no standing to sue. The ruling ends the case."
    )
    row = said(text, "no standing to sue")
    assert row["speaker"] == "U.S. Court of Appeals for the Seventh Circuit"


def test_a_center_hosted_by_a_university_is_named_with_its_host():
    assert (
        whole_body_name(
            "Center for Coastal Studies",
            "A study by the Center for Coastal Studies at Harbor State University, Fresno found "
            "that 40 percent of the dunes had moved.",
        )
        == "Center for Coastal Studies at Harbor State University, Fresno"
    )


def test_a_body_placed_somewhere_or_given_two_endings_keeps_its_name():
    place = "The Center for Coastal Studies at Union Station said it would open on Monday."
    assert whole_body_name("Center for Coastal Studies", place) == "Center for Coastal Studies"
    two = (
        "The Court of Appeals for the Ninth Circuit ruled first; the Court of Appeals for the "
        "Fifth Circuit disagreed."
    )
    assert whole_body_name("Court of Appeals", two) == "Court of Appeals"


def test_a_description_called_back_is_the_name_it_was_introduced_with():
    text = (
        "Fire on Elm Street\n\n"
        "A neighbour named Rosa Delgado woke the family at 2 a.m. “The smoke was everywhere,” "
        "the neighbour said."
    )
    row = said(text, "The smoke was everywhere")
    assert row["speaker"] == "Rosa Delgado"
    assert row["speaker_mention"] == "neighbour"


def test_a_group_called_back_is_the_name_it_was_introduced_with():
    text = (
        "Gallery show\n\n"
        "The exhibition was put together by a pair of designers called Studio Venn, which said "
        "on Monday that the response had surprised them. “We expected a quiet week,” the "
        "designers said."
    )
    assert said(text, "We expected a quiet week")["speaker"] == "Studio Venn"


def test_a_description_never_introduced_by_a_name_stays_as_written():
    text = (
        "Fire on Elm Street\n\n"
        "A neighbour woke the family at 2 a.m. after Rosa Delgado called the fire brigade. “The "
        "smoke was everywhere,” the neighbour said."
    )
    assert said(text, "The smoke was everywhere")["speaker"] != "Rosa Delgado"


def test_a_description_is_not_a_person_named_long_ago_who_has_not_spoken_since():
    text = (
        "Storm damage\n\n"
        "Gov. Lydia Marsh toured the coast on Monday. Crews cleared roads in three counties. "
        "Power returned to most homes by Tuesday. Schools stayed shut for a week. The veteran "
        "Republican lawmaker said the state needed more federal help."
    )
    assert said(text, "needed more federal help")["speaker"] != "Lydia Marsh"


def test_a_firms_analysts_writing_to_clients_are_the_firm():
    text = (
        "Bond markets\n\n"
        "“We expect yields to climb through the spring,” Northgate Capital analysts wrote to "
        "clients on Friday."
    )
    row = said(text, "We expect yields to climb")
    assert row["speaker"] == "Northgate Capital"
    assert row["speaker_mention"] == "Northgate Capital analysts"


def test_a_partys_strategists_are_no_firm():
    text = (
        "Budget vote\n\n"
        "Republican strategists said on Monday that the vote would be “closer than anyone "
        "thinks.”"
    )
    assert said(text, "closer than anyone")["speaker"] == "Republican strategists"
