"""A person's gender from what US birth records say of their given name (round 18).

"she said" goes to the nearest person the article lets be a woman. The curated first-name list
(`data/speakers.toml [names]`) holds about 950 names, so most people in a story had no known
gender, and "she" went to a man called Bernie as readily as to the woman speaking.
`data/given_names.toml` (built by `bench/given_names.py` from Social Security birth counts) widens
what is known, as a prior: it is read for a full name only (a single word is as often a surname),
after everything the article itself says ("Lindsey Marsh said he …" makes a man of a Lindsey).
Wording written for the tests, with invented people."""

from __future__ import annotations

import collections
import sys
from pathlib import Path

import pytest

import lib
from lib.quotes.lexicon import lexicon

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import given_names  # noqa: E402


def _speakers(text: str, headline: str = "Talks") -> list[str | None]:
    quotes = lib.analyze(f"{headline}\n\n{text}").quotes
    return [row.speaker if isinstance(row.speaker, str) else None for row in quotes.itertuples()]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Rand Whitaker met Amal Qureshi on Monday. “The talks went well and we will meet"
            " again,” she said.",
            "Amal Qureshi",
        ),
        (
            "Amal Qureshi met Rand Whitaker on Monday. “The talks went well and we will meet"
            " again,” he said.",
            "Rand Whitaker",
        ),
    ],
)
def test_a_pronoun_goes_to_the_person_whose_given_name_agrees(text, speaker):
    assert _speakers(text) == [speaker]


def test_the_articles_own_pronoun_overrides_the_birth_records():
    text = (
        "Lindsey Marsh said he would vote against the bill on Tuesday. Dana Price, the"
        " chairwoman, disagreed. “It is a bad bill and a worse law,” he said."
    )
    assert _speakers(text, "Vote on the bill") == ["Lindsey Marsh", "Lindsey Marsh"]


def test_the_curated_list_wins_and_the_data_holds_no_name_twice():
    lex = lexicon()
    assert lex.given_names["bernie"] == "male" and lex.given_names["joni"] == "female"
    assert "jamie" not in lex.given_names and "taylor" not in lex.given_names  # mixed names
    both = set(lexicon().given_names) & set(lex.first_names)
    assert both, "the two lists overlap on common names"
    assert all(lex.first_names[n] in ("male", "female") for n in both)


def test_the_build_keeps_only_names_one_sex_bears():
    male = collections.Counter({"bernie": 870, "jamie": 300, "rare": 10, "anne": 5})
    female = collections.Counter({"bernie": 130, "jamie": 700, "anne": 995, "rare": 0})
    kept = given_names.gendered(male, female)
    assert kept == {"male": ["bernie"], "female": ["anne"]}
