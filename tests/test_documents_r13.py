"""Documents as speakers, on our own wording: a plan or a memoir speaks for its author like a
statement; and a law named on a document ("the Clery
Act report") is what it was filed under, never its author."""

from __future__ import annotations

import pytest

from tests.statements_of import find, quotes_of


@pytest.mark.parametrize(
    ("paragraphs", "words", "speaker"),
    [
        (
            (
                "Senator Ann Lee released a plan for child care on Tuesday.",
                "The plan says that every family will pay less than a tenth of its income.",
            ),
            "every family will pay less",
            "Ann Lee",
        ),
        (
            ("Governor Tom Ruiz's plan states that the state will build 40,000 homes.",),
            "build 40,000 homes",
            "Tom Ruiz",
        ),
    ],
)
def test_plan_speaks_for_its_author(paragraphs, words, speaker):
    assert find(quotes_of(*paragraphs), words)["speaker"] == speaker


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Harbor State posted the highest count in its annual Clery Act report.",
            "The report said the college must hire an outside monitor.",
        ),
        (
            "The state released its Safe Streets Act report on Monday.",
            "The report said the city must hire 200 more officers.",
        ),
    ],
)
def test_law_named_on_a_document_is_not_its_author(paragraphs):
    speaker = find(quotes_of(*paragraphs), "must hire")["speaker"]
    assert not (isinstance(speaker, str) and "Act" in speaker)
