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
