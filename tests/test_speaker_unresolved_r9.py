"""Speakers, round 9 (issue 10): statements found but left without a speaker, on wording written
for the tests.

- A source with nobody found behind it speaks in its own words: whatever is cited "according
  to" ("the budget summary", "his LinkedIn page"), and records or documents that are the
  subject of a saying without being one particular document ("lab tests reveal", "websites
  say"). "The memo said" stays unattributed (the article named its author, found or not), and
  "figures show" with nobody behind them is still no statement.
- A news piece is named by any piece word: "the Gazette published a story" … "the article".
- An outlet described as a magazine is "the magazine" later.
- A document's writer is the active subject of the verb it is the setting of ("she announced it
  in a letter stating …").
- "(emphasis added):" is the writer's note, nobody's saying.
- People described only as "others" or "some in the crowd" speak under that description; an
  industry or a sector speaks in the article's words.
- A poll named by its own name is "the survey" later; an average of polls speaks for its maker.
"""

from __future__ import annotations

from tests.statements_of import rows, said


def test_a_summary_cited_with_according_to_is_its_own_speaker():
    text = (
        "Budget.\n\nHarbour Council met on Monday to approve the budget for next year. Spending "
        "on roads would rise by 4 percent next year, according to the budget summary."
    )
    row = said(text, "Spending on roads")
    assert row["speaker"] == "budget summary"
    assert text[row["speaker_start"] : row["speaker_end"]] == "budget summary"


def test_a_web_page_cited_with_according_to_drops_the_possessive_pronoun():
    text = (
        "Plant.\n\nTom Ruiz was named plant director this week. Ruiz ran a bottling plant in "
        "Ohio for ten years, according to his LinkedIn page."
    )
    assert said(text, "bottling plant")["speaker"] == "LinkedIn page"


def test_a_name_inside_the_according_to_phrase_is_not_swallowed_as_a_source():
    text = (
        "Cars.\n\nDealers met on Monday. According to Penske future Saturn cars will be "
        "cheaper to run."
    )
    for row in rows(text):
        assert row["speaker"] != "Penske future Saturn cars"


def test_bare_plural_records_that_say_something_are_the_speaker():
    text = (
        "River.\n\nA body was found by the river in May. Lab tests reveal the remains are not "
        "those of the missing singer."
    )
    assert said(text, "the remains are not")["speaker"] == "Lab tests"


def test_websites_that_say_something_are_the_speaker():
    text = "Hoax.\n\nIn an elaborate hoax, websites say the team has taken a new name."
    assert said(text, "the team has taken")["speaker"] == "websites"


def test_one_particular_document_without_its_author_stays_unattributed():
    text = (
        "Council.\n\nThe council met on Monday. The memo said the mayor would resign in May, "
        "and the deputy would take over."
    )
    assert said(text, "the mayor would resign")["speaker"] is None


def test_figures_that_show_something_with_nobody_behind_them_are_still_no_statement():
    text = "Roads.\n\nFigures show the city spent $2 million on its roads last year."
    assert not [r for r in rows(text) if "spent $2 million" in r["text"]]


def test_the_article_is_the_story_an_outlet_published():
    text = (
        "Lunch.\n\nOfficials released the expenses on Monday. The Tidewater Gazette had "
        "published a story quoting unnamed sources on Friday. The article estimated the mayor "
        "spent $300 on a lunch."
    )
    assert said(text, "the mayor spent")["speaker"] == "Tidewater Gazette"


def test_the_magazine_is_the_outlet_described_as_one():
    text = (
        "Plan.\n\nAnn Lee had shared a post from Harbour Voice, a local magazine, about the "
        "plan. “This is a joke and everyone in town knows it,” the magazine's Twitter account "
        "said."
    )
    assert said(text, "This is a joke")["speaker"] == "Harbour Voice"


def test_a_thread_someone_posted_is_theirs():
    text = (
        "Library.\n\nAnn Lee, a city councillor, took to Twitter on Monday, posting a long "
        "thread that began: “We cannot keep cutting the library budget every single year.”"
    )
    assert said(text, "We cannot keep cutting")["speaker"] == "Ann Lee"


def test_the_writer_of_a_letter_is_the_subject_of_the_verb_it_is_the_setting_of():
    text = (
        "Board.\n\nAnn Lee quit the board on Monday. Lee announced her decision in a letter, "
        "which stated that “the board can no longer be trusted with the fund.”"
    )
    assert said(text, "can no longer be trusted")["speaker"] == "Ann Lee"


def test_emphasis_added_is_the_writers_note_not_a_saying():
    text = (
        "Oil.\n\nThe senator has long wanted to tax the oil firms. Per his campaign plan "
        "(emphasis added): When it emerged that the firms knew about the damage, the senator "
        "sent a letter to the regulator asking for an inquiry."
    )
    for row in rows(text):
        assert row["speaker_mention"] != "emphasis"
        assert row["cue"] != "added"


# People the article describes only as "others" or "some in the crowd" speak under that
# description; a bare "some" says too little to be anybody.
def test_others_after_a_named_group_are_the_speaker():
    text = (
        "Aides.\n\nSeveral former aides have accused the councillor of misconduct. But others "
        "said they never saw him behave badly."
    )
    assert said(text, "they never saw him")["speaker"] == "others"


def test_some_in_a_place_speak_with_the_place():
    text = (
        "Speech.\n\nMany delegates cheered the speech. Some in the crowd said the speech went "
        "on far too long."
    )
    assert said(text, "went on far too long")["speaker"] == "Some in the crowd"


def test_a_bare_some_stays_without_a_speaker():
    text = "Speech.\n\nThe mayor spoke for an hour. Some said the speech went on far too long."
    assert said(text, "went on far too long")["speaker"] is None


# A trade named as an industry or a sector is the speaker, in the article's words.
def test_an_industry_is_the_speaker_of_its_statement():
    text = (
        "Tax.\n\nLawmakers unveiled the tax bill on Thursday. The timber industry criticised "
        "the proposal, saying it would cost hundreds of jobs."
    )
    assert said(text, "cost hundreds of jobs")["speaker"] == "timber industry"


# A poll named by its own name ("the Harbor University Poll") is what "the survey" stands for
# later; an outlet whose name ends in "Report" is not a report.
def test_the_survey_is_the_poll_named_before():
    text = (
        "Race.\n\nA Harbor University Poll released Wednesday showed a tight race. The survey, "
        "taken in May among 400 voters, found Lee and Ruiz tied with 23 percent each."
    )
    assert said(text, "Lee and Ruiz tied")["speaker"] == "Harbor University Poll"


# An average of polls is no share of the people asked: its maker speaks.
def test_an_average_of_polls_speaks_for_its_maker():
    text = (
        "Race.\n\nAnn Lee is trailing Tom Ruiz by four points, according to a rolling average "
        "of national polls by Harbor Data."
    )
    assert said(text, "Ann Lee is trailing")["speaker"] == "Harbor Data"


def test_a_share_of_the_people_asked_is_still_those_people():
    text = (
        "Tax.\n\nA Harbor University Poll asked 400 voters about the tax. Sixty-five percent of "
        "those questioned said the tax was too high."
    )
    assert said(text, "the tax was too high")["speaker"] != "Harbor University Poll"


def test_a_bracket_that_holds_its_statement_is_still_a_statement():
    text = "Vote.\n\nThe vote was delayed. (The plan was dropped, officials said.) The mayor left."
    assert said(text, "The plan was dropped")["speaker"] == "officials"


def test_an_average_named_by_its_maker_in_front_speaks_for_the_whole_name():
    text = (
        "Race.\n\nAnn Lee leads Tom Ruiz by four points, according to the Harbor Poll Data "
        "average of recent polls."
    )
    assert said(text, "Ann Lee leads")["speaker"].startswith("Harbor Poll Data")  # whole name
