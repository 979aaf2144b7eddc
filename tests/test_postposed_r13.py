"""The speaker named after a quote or before a speech verb but kept from the verb by an aside
(round 13, "postposed"): a relative clause or apposition with commas of its own ("“…,” Ann Lee,
who lives in Macon, Georgia, said"), a party-state tag after a lawmaker's name ("Reed, R-Ohio,
said"), a relative clause holding a quoted word of the sayer's. Wording written for the tests,
with invented people."""

from __future__ import annotations

import pytest

from tests.statements_of import find, quotes_of

# --- "“…,” NAME, who …, PLACE, said. “…”": the aside's own commas are passed over ------------

LEAD = "Governor Paul Reed toured the flooded valley on Monday."


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "“We lost everything in one night,” Tom Ruiz, who lives in Macon, Georgia, said.",
            "Tom Ruiz",
        ),
        (
            "“We lost everything in one night,” Tom Ruiz, 45, a retired teacher from Macon, "
            "Georgia, told reporters.",
            "Tom Ruiz",
        ),
        (
            "“We lost everything in one night,” Maria Ortiz, whose son, a Marine, served in "
            "Iraq, said.",
            "Maria Ortiz",
        ),
    ],
)
def test_a_speaker_past_an_aside_with_commas_speaks_and_goes_on(sentence, speaker):
    rows = quotes_of(LEAD, f"{sentence} “Nobody warned us.”")
    assert find(rows, "lost everything")["speaker"] == speaker
    assert find(rows, "Nobody warned us")["speaker"] == speaker


# --- "NAME, R-Ariz., said": the lawmaker a party-state tag follows is the verb's subject -----

HEADLINE = "Budget fight, Medicaid among the themes "  # a run-in link headline before the sentence


@pytest.mark.parametrize(
    "subject",
    [
        "In his memoir, out in May, Reed, R-Ohio,",
        "In his memoir, out in May, Sen. Paul Reed (R-Ohio)",
        "At the hearing on Tuesday, Reed (D-N.Y.)",
        "At the hearing on Tuesday, Rep. Paul Reed, D-Hawaii,",
    ],
)
def test_a_tagged_lawmaker_speaks_and_he_is_taken_up(subject):
    rows = quotes_of(
        f"{HEADLINE}{subject} said he regretted backing the bill. He said he should have "
        "voted with his party."
    )
    assert find(rows, "regretted backing")["speaker"] in ("Reed", "Paul Reed")
    assert find(rows, "voted with his party")["speaker"] in ("Reed", "Paul Reed")


def test_a_party_tag_inside_a_quote_names_nobody():
    rows = quotes_of(
        "Governor Ann Lee spoke on Monday.",
        "“Ask Reed, R-Ohio, said nothing,” Lee said.",
    )
    assert find(rows, "Ask Reed")["speaker"] == "Ann Lee"


# --- "B, A, who referred to X as a “…,” suggested there was …": A speaks, "there" never ------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "On the radio show with Ann Lee, Tom Ruiz, who referred to Gray as a ”hero,” "
            "suggested there was a “deal” behind the vote.",
            "Tom Ruiz",
        ),
        (
            "At the forum with Ann Lee, Tom Ruiz, who has called the plan “a costly scam,” argued "
            "there was no money left.",
            "Tom Ruiz",
        ),
        (
            "At the rally with Ann Lee, Maria Ortiz, who referred to Gray as a “traitor,” said "
            "there was a “cover-up” in the county.",
            "Maria Ortiz",
        ),
    ],
)
def test_the_relative_clauses_antecedent_speaks_for_both_quotes(sentence, speaker):
    rows = quotes_of("Senator Paul Gray spoke on Monday.", sentence)
    quoted = [r for r in rows if "Gray spoke" not in r["text"]]
    assert len(quoted) >= 2
    for row in quoted:
        assert row["speaker"] == speaker, row
        assert row["speaker_mention"].lower() != "there"


def test_a_full_name_before_its_tag_stays_the_antecedent_of_he():
    rows = quotes_of(
        "House Budget Committee Chairman Paul Reed (R-Ohio) told reporters that he spoke with "
        "Tom Ruiz right after the vote, asking him a series of questions. He later put those "
        "questions into a letter, he said."
    )
    assert find(rows, "spoke with Tom Ruiz")["speaker"] == "Paul Reed"
    assert find(rows, "put those questions")["speaker"] == "Paul Reed"
