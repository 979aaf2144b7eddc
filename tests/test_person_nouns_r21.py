"""Round 21: common nouns the dictionary gives first as a person may speak (data/person_nouns.toml,
built from WordNet by bench/person_nouns.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.statements_of import find, quotes_of, rows

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import person_nouns  # noqa: E402


@pytest.mark.parametrize(
    ("paragraph", "words", "speaker"),
    [
        (
            "The rules drew fire. “It is far from enough,” one tenant advocate acknowledged.",
            "far from enough",
            "one tenant advocate",
        ),
        (
            "Several legal scholars say the ruling will not stand.",
            "ruling",
            "several legal scholars",
        ),
        ("“We will appeal,” a lone advocate said outside the court.", "appeal", "lone advocate"),
    ],
)
def test_a_dictionary_person_noun_speaks(paragraph, words, speaker):
    row = find(quotes_of(paragraph), words)
    assert (row["speaker"] or "").lower() == speaker
    assert row["confidence"] == "explicit"


def test_a_thing_noun_still_does_not_speak():
    """ "acceptance", "probe" are no people in the dictionary either."""
    rows = quotes_of("The city paused the plan. Their acceptance said that the plan was weak.")
    assert all(r["speaker"] != "Their acceptance" for r in rows)


def _fake_wordnet(tmp_path: Path) -> Path:
    """A WordNet of five nouns in the real files' layout: two header lines, then entries."""
    data = [
        "  1 This software and database is being provided",
        "  2 under the following license.",
    ]
    entries = {  # lemma -> (lexicographer file, instance?)
        "advocate": (18, False),
        "widget": (6, False),
        "white": (18, False),
        "begin": (18, True),
        "head": (8, False),
    }
    offsets = {}
    for lemma, (lex, instance) in entries.items():
        offset = 1000 + len(offsets) * 100
        offsets[lemma] = offset
        pointer = "@i" if instance else "@"
        data.append(f"{offset:08d} {lex:02d} n 01 {lemma} 0 001 {pointer} 00000001 n 0000 | gloss")
    (tmp_path / "data.noun").write_text("\n".join(data) + "\n", encoding="utf-8")
    index = ["  1 header"] + [
        f"{lemma} n 1 1 @ 1 0 {offsets[lemma]:08d}" for lemma in sorted(entries)
    ]
    (tmp_path / "index.noun").write_text("\n".join(index) + "\n", encoding="utf-8")
    (tmp_path / "index.adj").write_text("  1 header\nwhite a 1 0 1 0 00000002\n", encoding="utf-8")
    return tmp_path


def test_the_list_keeps_first_sense_persons_only(tmp_path):
    """A person first (advocate); not a thing (widget, head), not also an adjective (white), not
    a named person WordNet stores in lower case (begin, for Menachem Begin)."""
    assert person_nouns.person_nouns(_fake_wordnet(tmp_path)) == ["advocate"]


def test_the_rendered_list_carries_the_wordnet_notice():
    text = person_nouns.render(["advocate", "scholar"])
    assert "Princeton University" in text
    assert 'words = [\n  "advocate", "scholar",\n]' in text


def test_a_second_description_joined_by_and_is_the_same_person():
    """ "philanthropist" may speak now, but joined with no determiner of its own to the first
    description it describes the same man: one speaker, not a pair."""
    text = (
        "Test article\n\nTom Rayburn pledged the money on Monday. The Ohio mayor and longtime "
        "philanthropist said the city would match it."
    )
    row = find(rows(text), "match it")
    assert row["speaker"] == "Tom Rayburn"
