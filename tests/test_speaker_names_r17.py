"""The speaker column holds the whole name or description the article gives (round 17).

Never a fragment of it: a described source keeps its "of" phrase ("summary of the call") but not
the clause after it; a lawmaker's party-state tag is never what a "who" clause is about; a
no-break space between a name's words does not cut the name; a reflexive that only stresses a
noun is no word of it. Wording written for the tests, with invented people and bodies."""

from __future__ import annotations

import pytest

import lib
from tests.statements_of import speakers_by_first_word as _speakers


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "A summary of the governors’ meeting released on Friday revealed Dorn had asked for"
            " federal aid.",
            "summary of the governors’ meeting",
        ),
        (
            "According to a transcript of the hearing, Dorn refused to answer the questions.",
            "transcript of the hearing",
        ),
        (
            "A transcript of the call that aides circulated says Dorn wanted new talks.",
            "transcript of the call",
        ),
    ],
)
def test_described_source_keeps_its_of_phrase(sentence: str, name: str) -> None:
    said = _speakers("Governor Ella Dorn met the council on Thursday. " + sentence)
    assert name in said.values()


def test_a_counting_word_takes_no_of_phrase() -> None:
    said = _speakers("According to a number of reports, Dorn refused to answer the questions.")
    assert not any(s and s.startswith("number of") for s in said.values())


@pytest.mark.parametrize(
    ("tagged", "name"),
    [
        ("Rep. Tamsin Velloway, D-Ore., who", "Tamsin Velloway"),
        ("Sen. Corbin Ashdale (R-Kan.), who", "Corbin Ashdale"),
        ("Rep. Mira Quenby, I-Vt., who", "Mira Quenby"),
    ],
)
def test_who_after_a_party_tag_is_the_lawmaker(tagged: str, name: str) -> None:
    text = f"The bill drew fire from {tagged} argued that the plan would fail."
    said = _speakers(text)
    assert said.get("the") == name
    assert not any(s and s[:2] in ("D-", "R-", "I-") for s in said.values())


@pytest.mark.parametrize("space", ["\u00a0", " "])
def test_a_no_break_space_does_not_cut_a_name(space: str) -> None:
    text = f"Port Alder Mayor Dalia{space}Brennick told reporters that the harbor would reopen."
    assert _speakers(text).get("the") == "Dalia Brennick"


def test_a_no_break_space_keeps_the_mention_offsets() -> None:
    text = "Test article\n\nCouncil chair Dalia\u00a0Brennick said that the harbor would reopen."
    row = next(lib.analyze(text).quotes.itertuples())
    assert text[row.speaker_start : row.speaker_end] == row.speaker_mention
    assert row.speaker == "Dalia Brennick"


@pytest.mark.parametrize("reflexive", ["themselves"])
def test_a_stressing_reflexive_is_no_part_of_a_group(reflexive: str) -> None:
    text = (
        "Investigators took statements from the two women after the fire. "
        f"The women {reflexive} have not filed a complaint. "
        "But they both say the landlord ignored their warnings."
    )
    said = _speakers(text)
    assert said.get("the") == "women"


@pytest.mark.parametrize("site", ["Harborwatch.com", "Tidecheck.org"])
def test_a_site_named_without_its_domain_is_the_site(site: str) -> None:
    short = site.split(".")[0]
    text = (
        f"On Saturday, {site} reported that the post was fake. "
        f"According to {short}, the officer then deleted the post."
    )
    said = _speakers(text)
    assert said.get("the") == site


@pytest.mark.parametrize("press", ["media", "press", "news"])
def test_reports_of_the_press_at_large_speak_for_themselves(press: str) -> None:
    text = f"The senator asked for the records, citing {press} reports that the two men met twice."
    said = _speakers(text)
    assert said.get("the") == f"{press} reports"


def test_a_body_before_a_statement_noun_still_issued_it() -> None:
    said = _speakers("A court order that the files be released was issued on Monday.")
    assert said.get("the") == "court"


@pytest.mark.parametrize(
    ("before", "after", "name"),
    [
        ("“The plan is a mess,” one reader wrote.", "Another said", "another reader"),
        ("“We were misled,” one of the nurses said.", "The other said", "other nurse"),
        (
            "“We were misled,” one of the nurses said. “Nobody told us a thing,” she said.",
            "The other said",
            "other nurse",
        ),
    ],
)
def test_another_stands_for_what_one_picked_out(before: str, after: str, name: str) -> None:
    text = f"The hospital closed its ward in May. {before} {after} that the board had lied."
    said = _speakers(text)
    assert said.get("the") == name


def test_another_with_its_own_noun_keeps_it() -> None:
    text = "“It is over,” one official said. Another official said that the talks had failed."
    name = _speakers(text).get("the") or ""
    assert name.lower().split()[-1:] == ["official"] and name.lower().count("official") == 1
