"""The wrong source of round 17 (speakers17b), each construction on my own wording: a participle
clause takes its clause's subject, a pronoun continues "one of" a group, a source kept unnamed stays
unnamed, and a headline's quote before a colon goes to the subject after it. (The branch's rule that
a role description resolves by its whole office lowered the blind us10 set and was left out.)"""

from __future__ import annotations

import pytest

import lib


def speaker_of(body: str, words: str) -> str | None:
    """The speaker of the statement whose text holds `words`."""
    t = lib.analyze("A headline for the test\n\n" + body, published="2021-10-22")
    rows = [r for r in t.quotes.to_dict("records") if words in r["text"]]
    assert rows, f"no statement holds {words!r}"
    return rows[0]["speaker"]


# --- a participle clause takes the subject of the clause it hangs on --------------------------


@pytest.mark.parametrize(
    ("body", "words", "expected"),
    [
        (  # the medium one speaks in ("in an interview published …") is never the sayer
            "Rep. Ann Lee (R-Ohio) broke with her Republican colleagues and criticized Trump,"
            " saying in an interview published Tuesday that the state “deserved better” than"
            " the governor cutting its budget.",
            "deserved better",
            "Ann Lee",
        ),
        (  # the object of the clause before ("a memoir called Open Book") is never the sayer
            "Sen. Tom Ruiz has in the last week gone on a media offensive to deny the charges"
            " against him, publishing a memoir called Open Book and insisting all his loans"
            " were legal.",
            "loans were legal",
            "Tom Ruiz",
        ),
        (  # "the accused": a participle standing alone for the person the story is about
            "Tom Ruiz, a former banker, was charged in May. The accused has in the last month"
            " gone on a media offensive to deny the charges against him, publishing a memoir"
            " called Open Book and insisting all his loans were legal.",
            "loans were legal",
            "Tom Ruiz",
        ),
    ],
)
def test_a_participle_clause_takes_the_subject_of_its_clause(body, words, expected):
    assert speaker_of(body, words) == expected


# --- "she" after a quote continues the one picked out of a group who spoke it -----------------


@pytest.mark.parametrize(
    ("body", "words", "group"),
    [
        (
            "Tom Ruiz, the plant manager, met the two women on Monday. Both women described the"
            " night to investigators. “We were alone on the ward,” one of the women said in her"
            " testimony. “Nobody came for hours,” she said.",
            "Nobody came",
            "women",
        ),
        (
            "Ann Lee, a city official, said two men had been questioned. Both men deny the"
            " charges. “We were never at the warehouse,” one of the men said in his statement"
            " to police. “The guard saw us at home,” he said.",
            "guard saw us",
            "men",
        ),
    ],
)
def test_a_pronoun_continues_one_of_a_group(body, words, group):
    assert group in (speaker_of(body, words) or "")


def test_one_of_the_men_is_no_she():
    body = (
        "Ann Lee, a nurse, spoke first. “I saw the fire,” one of the men said in his"
        " statement. “It spread fast,” she said."
    )
    assert speaker_of(body, "spread fast") == "Ann Lee"


# --- an indefinite description of a source kept unnamed is never the next person named --------


@pytest.mark.parametrize("marks", ["with knowledge of the plans", "familiar with the plans"])
def test_an_unnamed_source_stays_unnamed(marks):
    body = (
        "Gov. Ann Lee, R-Ohio, plans to endorse Mayor Tom Ruiz and appear with him at a rally"
        f" this weekend, the Ledger has learned. A person {marks} confirmed the endorsement."
        " The Courier had first reported the planned endorsement. Kevin Marsh, a former state"
        " senator and Ruiz campaign co-chair, said Lee was returning the favor."
    )
    assert speaker_of(body, "the endorsement") == f"person {marks}"


# --- a headline "‘…’: Name verb …" gives the quote to the subject after the colon ------------


def headline_speaker(headline: str) -> str | None:
    body = "ANYTOWN — The mayor spoke on Monday. Ann Lee, a state senator, was in the room."
    t = lib.analyze(headline + "\n\n" + body, published="2021-10-22")
    return next(iter(t.quotes.to_dict("records")))["speaker"]


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("'We will not back down': Ann Lee slams the governor over school cuts", "Ann Lee"),
        ("‘A total disaster’: Tom Ruiz blasts the city budget as vote nears", "Tom Ruiz"),
        ("'A total disaster': city budget fails, audit finds", "audit"),  # a saying still wins
    ],
)
def test_a_headline_quote_then_colon_is_the_subjects(headline, expected):
    assert headline_speaker(headline) == expected
