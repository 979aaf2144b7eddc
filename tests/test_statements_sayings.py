"""A sayer's second saying in one sentence ("X said A and predicted that B", "X said A, telling
reporters B"): two statements, both the sayer's. Found on PolNeAR train and the BBC and Reuters
development sets; the wording here is ours."""

from __future__ import annotations

from tests.statements_of import find, quotes_of


def test_said_and_predicted_are_two_statements_of_one_sayer():
    rows = quotes_of(
        "The mayor said the bridge would reopen in May and predicted that traffic would ease "
        "by summer."
    )
    first = find(rows, "the bridge would reopen")
    second = find(rows, "traffic would ease")
    assert first["text"] == "the bridge would reopen in May"
    assert second["text"] == "traffic would ease by summer"
    assert first["speaker"] == second["speaker"] == "mayor"


def test_a_participle_after_a_comma_is_the_sayers_next_saying():
    rows = quotes_of(
        "The coach said his players had trained hard, telling reporters that the team was ready."
    )
    assert find(rows, "trained hard")["text"] == "his players had trained hard"
    assert find(rows, "the team was ready")["speaker"] == "coach"


def test_a_verb_sharing_the_clauses_auxiliary_stays_in_the_clause():
    rows = quotes_of("She said the firm had denied the claims and announced a review.")
    assert find(rows, "the firm had denied")["text"] == (
        "the firm had denied the claims and announced a review"
    )


def test_figures_that_show_something_are_nobodys_statement():
    assert (
        quotes_of("Official tallies show that the mayor is ahead with 61 percent of the vote.")
        == []
    )


def test_a_poll_that_shows_something_still_states_it():
    rows = quotes_of("A new poll shows that the mayor is ahead.")
    assert [r["text"] for r in rows] == ["the mayor is ahead"]


def test_a_gerund_after_a_preposition_is_an_activity_not_a_saying():
    rows = quotes_of("The law bars tenants from claiming that the landlord owes them money.")
    assert rows == []


def test_a_verb_joined_to_the_reporting_verb_ends_the_reported_clause():
    rows = quotes_of(
        "Senator Ann Lee said she wanted to help the ferry firms, but she also pressed their "
        "chief on whether fares could fall."
    )
    assert find(rows, "she wanted")["text"] == "she wanted to help the ferry firms"


def test_disputing_one_thing_and_questioning_another_are_two_statements():
    rows = quotes_of(
        "Some critics dispute that the island has recovered and question how the minister "
        "reached his verdict."
    )
    assert [r["text"] for r in rows] == [
        "the island has recovered",
        "how the minister reached his verdict",
    ]
    assert {r["speaker"] for r in rows} == {"Some critics"}


def test_pressing_somebody_on_why_something_happened_is_a_question_put():
    rows = quotes_of(
        "Senators on Tuesday pressed the firm's chief lawyer on why the company did not catch "
        "the ads."
    )
    assert [r["text"] for r in rows] == ["why the company did not catch the ads"]


def test_pressing_ahead_is_no_question():
    assert quotes_of("The team pressed ahead with the plan.") == []


def test_a_saying_in_a_while_clause_ends_where_the_main_clause_begins():
    rows = quotes_of(
        "While the mayor said last week she was not leaving, her aides were already packing boxes."
    )
    assert [r["text"] for r in rows] == ["she was not leaving"]
