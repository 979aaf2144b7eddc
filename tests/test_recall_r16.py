"""Round 16, recall: reporting shapes the rules did not read: a request in the passive with its
asker after "by", a topic after "of", a charge's reason hung on paired objects, a saying
participle after "while"."""

import pytest

from tests.statements_of import find, quotes_of


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            "On the show, the governor was pressed by host Dana Welles to explain how he would "
            "pay for the new bridge.",
            "to explain how he would pay",
            "Dana Welles",
        ),
        (
            "The senator was urged by her own aides to withdraw from the race before the primary.",
            "to withdraw from the race",
            "aides",
        ),
        (
            "The firm was ordered by a federal judge to repay the tenants within a month.",
            "to repay the tenants",
            "judge",
        ),
    ],
)
def test_a_passive_request_is_said_by_its_asker(body, words, speaker):
    row = find(quotes_of(body), words)
    assert speaker in (row["speaker"] or "")
    assert row["text"].startswith("to ")


@pytest.mark.parametrize(
    "body",
    [
        "The striker was asked to leave the pitch after the second foul.",
        "The runner was encouraged by the early results to enter the marathon again.",
    ],
)
def test_a_passive_without_a_speaking_asker_says_nothing(body):
    assert not [r for r in quotes_of(body) if r["text"].startswith("to ")]


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            "Senator Ann Holt warned of new efforts to hack the state's voter rolls.",
            "new efforts to hack",
            "Ann Holt",
        ),
        (
            "Mayor Tom Reyes spoke of a painful decade for the harbour towns.",
            "a painful decade",
            "Tom Reyes",
        ),
    ],
)
def test_the_topic_of_a_saying_after_of(body, words, speaker):
    row = find(quotes_of(body), words)
    assert row["speaker"] == speaker
    assert not row["text"].startswith("of ")


def test_of_after_a_verb_that_names_no_topic_is_no_statement():
    rows = quotes_of("The council approved of the new bus routes on Monday.")
    assert not [r for r in rows if "bus routes" in r["text"]]


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ("Senator Ann Holt accused him and his brother of hiding the accounts.", "of hiding"),
        ("Mayor Tom Reyes praised her and her deputies for their calm.", "for their calm"),
    ],
)
def test_a_charge_on_paired_objects_keeps_its_reason(body, words):
    row = find(quotes_of(body), words)
    assert row["text"].split()[0] in ("him", "her")
    assert row["text"].endswith(words.split()[-1]) or words in row["text"]


@pytest.mark.parametrize(
    ("body", "first", "second"),
    [
        (
            "Mayor Ann Lee said the bridge would reopen in May, while warning that the cost "
            "could rise.",
            "the bridge would reopen in May",
            "the cost could rise",
        ),
        (
            "Senator Tom Holt said he had friends across the aisle while expressing his view "
            "that the governor was a danger to the state.",
            "he had friends across the aisle",
            "the governor was a danger to the state",
        ),
    ],
)
def test_a_saying_participle_after_while_is_the_sayers_next_statement(body, first, second):
    rows = quotes_of(body)
    assert find(rows, first)["text"] == first
    assert second in find(rows, second)["text"]
    assert first not in find(rows, second)["text"]


def test_a_participle_after_while_that_says_nothing_stays_in_the_clause():
    row = find(quotes_of("Senator Tom Holt said he slept while flying to Paris."), "he slept")
    assert row["text"] == "he slept while flying to Paris"


def test_a_passive_request_inside_a_report_is_the_reporters_statement():
    rows = quotes_of("Senator Ann Holt said she was urged by party leaders to run for governor.")
    assert [r["speaker"] for r in rows if "to run for governor" in r["text"]] == ["Ann Holt"]


def test_of_far_from_the_verb_is_a_nouns_not_a_topic():
    rows = quotes_of("Director Ann Holt testified “thousands” of files had been lost.")
    assert not [r for r in rows if r["text"] == "files"]
