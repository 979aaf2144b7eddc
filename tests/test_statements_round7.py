"""Statements, round seven: error classes seen on stories of US outlets (2017-2019). The wording
is ours, not taken from an evaluation article."""

from __future__ import annotations

from tests.statements_of import find, quotes_of, rows


def texts(rows: list[dict]) -> list[str]:
    return [r["text"] for r in rows]


# --- quoted words that are nobody's ------------------------------------------------------------


def test_a_quoted_modifier_between_a_determiner_and_its_noun_names_a_kind():
    rows = quotes_of("The board applied the “beyond reasonable doubt” standard to the appeal.")
    assert rows == []


def test_a_quoted_coinage_before_its_noun_is_no_quote_inside_the_report():
    rows = quotes_of(
        "The bank said 'card-not-present' fraud, where goods are bought online, has doubled."
    )
    assert [r["kind"] for r in rows] == ["indirect"]
    assert "has doubled" in rows[0]["text"]


def test_a_quote_joined_to_a_word_by_a_hyphen_is_part_of_the_word():
    rows = quotes_of("Residents complained about the capital-“P” politics of the harbour board.")
    assert not any(r["text"] == "P" for r in rows)


def test_a_title_case_quote_after_a_verb_of_naming_is_a_name():
    rows = quotes_of("My aunt lived through what some call “The Quiet Revolution” in the valley.")
    assert rows == []


def test_a_quote_before_its_speaker_still_counts():
    rows = quotes_of("“We will win the final,” the coach said.")
    assert texts(rows) == ["We will win the final"]


# --- a feeling voiced and its content ----------------------------------------------------------


def test_a_feeling_paired_by_and_takes_the_that_clause_after_it():
    rows = quotes_of(
        "Teachers expressed shock and dismay that the board had cut the library budget."
    )
    row = find(rows, "the board had cut the library budget")
    assert row["text"].startswith("shock and dismay that")
    assert row["speaker"] == "Teachers"


def test_a_feeling_voiced_before_a_saying_participle_is_not_a_statement_of_its_own():
    rows = quotes_of(
        "Rivals voiced outrage, arguing she is an enemy of the town and ignorant of its history."
    )
    assert texts(rows) == ["she is an enemy of the town and ignorant of its history"]
    assert rows[0]["speaker"] == "Rivals"


# --- headline forms ----------------------------------------------------------------------------

BODY = "Olsen, the former mayor, spoke at the harbour festival on Sunday."


def test_a_headline_name_after_a_dashed_label_gives_the_quote_after_its_colon():
    found = rows(f"Exclusive — Mark Olsen: ‘The Harbour Made Me Who I Am’\n\n{BODY}")
    assert texts(found) == ["The Harbour Made Me Who I Am"]
    assert found[0]["speaker"] == "Mark Olsen"


def test_a_headline_clause_then_a_colon_and_quoted_words_gives_them_to_its_subject():
    found = rows(
        f"Mark Olsen takes aim at harbour board after vote: Nobody 'wanted this plan'\n\n{BODY}"
    )
    assert len(found) == 1
    assert found[0]["text"].startswith("Nobody 'wanted this plan")
    assert found[0]["speaker"] == "Mark Olsen"


def test_a_headline_colon_before_a_wh_clause_is_the_story_not_a_claim():
    found = rows(f"Mark Olsen raises fees after vote: what it means for 'small boats'\n\n{BODY}")
    assert found == []


# --- verbs and shapes of saying ----------------------------------------------------------------


def test_a_deadpanned_reply_is_attributed():
    found = quotes_of("“Thank you,” Olsen deadpanned.")
    assert texts(found) == ["Thank you"]
    assert found[0]["speaker"] == "Olsen"


def test_a_sniped_clause_is_a_statement():
    found = quotes_of("Olsen sniped that the harbour board was a circus on stilts.")
    assert texts(found) == ["the harbour board was a circus on stilts"]
    assert found[0]["speaker"] == "Olsen"


def test_a_quote_as_the_object_of_decried_is_the_speakers_words():
    found = quotes_of("Olsen decried “moving the goalposts again” at the meeting.")
    assert find(found, "moving the goalposts again")["speaker"] == "Olsen"


def test_lets_talk_about_is_the_writers_turn_not_a_statement():
    assert quotes_of("But let’s talk about the bottom line of the harbour plan.") == []


def test_told_a_programme_that_reports_the_clause():
    found = quotes_of("Olsen told ABC’s “This Week” that the fees would rise in spring.")
    assert texts(found) == ["the fees would rise in spring"]
    assert found[0]["speaker"] == "Olsen"


def test_a_petition_drive_calling_on_somebody_is_its_organisers_request():
    found = quotes_of(
        "Parents organized an online petition drive calling on the board to reverse the fee rise."
    )
    assert texts(found) == ["the board to reverse the fee rise"]
    assert found[0]["speaker"] == "Parents"


def test_a_saying_in_an_opening_when_clause_ends_where_the_main_clause_begins():
    found = quotes_of(
        "When the harbour board announced on Monday that Olsen would be the speaker, the sailing "
        "club, the rowing club and the ferry union voiced outrage, arguing he is an enemy of "
        "small boats and ignorant of the harbour's history."
    )
    assert texts(found) == [
        "Olsen would be the speaker",
        "he is an enemy of small boats and ignorant of the harbour's history",
    ]


# --- a view given to its owner, a clause hung on a circumstance --------------------------------


def test_in_somebodys_telling_gives_the_sentence_to_its_owner():
    found = quotes_of("In the union’s telling, the fees are so high that small boats will leave.")
    assert texts(found) == ["the fees are so high that small boats will leave"]
    assert found[0]["speaker"] == "union"


def test_in_my_view_is_the_writers_own():
    assert quotes_of("In my view, the harbour fees should fall next year.") == []


def test_a_that_clause_after_a_phrase_of_time_is_what_was_said():
    found = quotes_of(
        "Olsen indicated at the start of the meeting that the fees would rise in spring, but, "
        "in fact, the board voted against it."
    )
    assert texts(found) == ["the fees would rise in spring"]
    assert found[0]["speaker"] == "Olsen"


def test_a_that_clause_after_an_aside_belongs_to_the_saying_before_it():
    found = quotes_of(
        "Olsen set up the commission in May after charging, without evidence, that thousands of "
        "people had voted twice."
    )
    assert texts(found) == ["thousands of people had voted twice"]
    assert found[0]["speaker"] == "Olsen"


def test_questioning_a_thing_voices_a_doubt_questioning_a_person_does_not():
    found = quotes_of("Olsen questioned the independence of scientists who have won past grants.")
    assert texts(found) == ["the independence of scientists who have won past grants"]
    assert quotes_of("Police questioned the driver for two hours.") == []


def test_a_reported_condition_and_the_quote_after_it_are_one_statement():
    found = quotes_of(
        "Olsen said later that if the clubs cannot agree on a plan, “they should not complain "
        "about the fees.”"
    )
    assert len(found) == 1
    assert found[0]["kind"] == "indirect"
    assert found[0]["text"].startswith("if the clubs cannot agree on a plan, “they should not")
    assert found[0]["speaker"] == "Olsen"


# --- one quoted word -----------------------------------------------------------------------------


def test_one_quoted_word_after_a_determiner_with_nobody_saying_it_is_a_scare_quote():
    found = quotes_of(
        "How does any thinking adult — much less a “journalist” — publish a story like this?"
    )
    assert not any(r["text"] == "journalist" for r in found)


def test_one_quoted_word_somebody_is_named_as_saying_stays():
    found = quotes_of("Olsen called the harbour plan “reckless” on Monday.")
    assert find(found, "reckless")["speaker"] == "Olsen"
