"""Statements outside quote marks or in a second fragment (round 13), on wording written for the
tests: a second quoted fragment in a relative clause of a thing ("calling the move a “…” that
threatens “…”") is the caller's, not the thing's; and what stays with its own speaker: a group or
a report in the relative clause ("a group that warned “…”")."""

from __future__ import annotations

import pytest

from tests.statements_of import quotes_of


def _row(rows: list[dict], words: str) -> dict | None:
    return next((r for r in rows if words in r["text"]), None)


@pytest.mark.parametrize(
    "sentence, words, speaker",
    [
        (
            "Governor Tessa Brandt attacked the budget in a column on Monday, calling the cuts "
            "a “reckless gamble” that threatens to leave “rural clinics without doctors.”",
            "rural clinics without doctors",
            "Tessa Brandt",
        ),
        (
            "Mayor Owen Fitch criticized the merger on Tuesday, describing the deal as a "
            "“serious error” which threatens to push “fares beyond reach” for riders.",
            "fares beyond reach",
            "Owen Fitch",
        ),
    ],
)
def test_second_fragment_is_the_callers(sentence, words, speaker):
    row = _row(quotes_of(sentence), words)
    assert row is not None and row["kind"] == "partial"
    assert speaker in (row["speaker"] or "")


def test_a_body_in_the_relative_clause_keeps_its_words():
    rows = quotes_of(
        "Mayor Owen Fitch met the Riverside Tenants Union, a group that warned “rents will "
        "double within a year.”"
    )
    row = _row(rows, "rents will double")
    assert row is None or "Owen Fitch" not in (row["speaker"] or "")


# --- a block quotation that lost its indent: "X claimed: …" running on in the paragraph ---------

BLOCKS = [
    (
        "Senator Mara Quill spoke in Dover on Monday.",
        "Speaking at a town hall hosted by a local paper, the senator argued: the state has a "
        "budget problem and no plan to fix it. That is why we need a new tax code. I will not "
        "vote for a budget that ignores it. Later, Quill left the hall without taking questions.",
        "the state has a budget problem",
        "a budget that ignores it",
        "Later",
    ),
    (
        "Mayor Ivo Brandt wrote to the council on Monday.",
        "The mayor wrote: Crews will clear the roads by Friday. After that, every school will "
        "open on time. Council members said they doubted the schedule.",
        "Crews will clear the roads",
        "open on time",
        "doubted",
    ),
    (
        "Mayor Ivo Brandt spoke on Monday.",
        "The mayor said: the bridge will open in May. The council voted against the plan on "
        "Tuesday, and the vote was close.",
        "the bridge will open in May",
        "May",
        "council voted",
    ),
]


@pytest.mark.parametrize("before, paragraph, first, last, not_in", BLOCKS)
def test_block_runs_on_to_the_writers_next_sentence(before, paragraph, first, last, not_in):
    rows = quotes_of(before, paragraph)
    row = _row(rows, first)
    assert row is not None
    assert row["text"].startswith(first) and row["text"].rstrip(".").endswith(last)
    assert not_in not in row["text"]
    assert row["speaker"] and row["speaker"].split()[-1] in before


# --- "…, X announced on Friday.": the clause before the comma, not cut at a clitic "’s" --------


@pytest.mark.parametrize(
    "sentence, first, speaker",
    [
        (
            "Officials will move next year’s Group of Twenty meeting for finance ministers to a "
            "hotel in Lisbon, spokeswoman Ana Reis announced on Friday.",
            "Officials will move next year’s Group of Twenty meeting",
            "Ana Reis",
        ),
        (
            "The city will hold this year’s Festival of Lights parade along the river in "
            "Portland, organizer Tom Hale said on Monday.",
            "The city will hold this year’s Festival",
            "Tom Hale",
        ),
    ],
)
def test_clause_before_the_announcer_is_said(sentence, first, speaker):
    row = _row(quotes_of(sentence), first)
    assert row is not None and row["text"].startswith(first)
    assert "Lisbon" in row["text"] or "Portland" in row["text"]
    assert speaker in (row["speaker"] or "")


def test_a_quoted_passage_after_the_colon_does_not_run_on():
    rows = quotes_of(
        'Senator Mara Quill was known for her dislike of what she called the state "budget '
        'mess," voiced in her famous demand in Dover in 1998: "Governor, open the books!" '
        "Voters still praise her refusal to accept the deal."
    )
    assert any(r["text"].startswith("Governor, open the books") for r in rows)
    assert not any("Voters still praise" in r["text"] for r in rows)
