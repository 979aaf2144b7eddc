"""Entity clusters: repaired name edges, labels by vote and evidence, surnames and acronyms."""

from __future__ import annotations

import pytest

from lib.entities import extract_entities
from lib.ingest.formats import load_article, load_file
from lib.nlp import load_nlp, parse
from tests.paths import ROOT


def entities_of(text: str) -> dict[str, dict]:
    article = load_article("Test article\n\n" + text)
    rows = extract_entities(article, parse(article, load_nlp()))
    for row in rows:  # offsets are sacred: every span reads as the name or an alias
        for start, end in row["spans"]:
            assert article.text[start:end] in [row["name"], *row["aliases"]]
    return {row["name"]: row for row in rows}


def test_surname_folds_into_the_full_name():
    ents = entities_of(
        "Dr Amir Qureshi, chair of the college, welcomed the plan. "
        "“Beds without staff are just furniture,” Qureshi told the BBC."
    )
    assert ents["Amir Qureshi"]["label"] == "PERSON"
    assert "Qureshi" in ents["Amir Qureshi"]["aliases"]
    assert "Qureshi" not in ents


def test_name_particles_and_missed_first_names_are_taken_in():
    ents = entities_of(
        "European Commission President Ursula von der Leyen welcomed the deal on Friday. "
        "Norway's industry minister, Jan Christian Vestre, said talks would go on."
    )
    assert "Ursula von der Leyen" in ents
    assert "Jan Christian Vestre" in ents


def test_acronym_folds_into_its_long_form():
    ents = entities_of(
        "The United States said it had warned Russia. The US embassy issued a warning on March 7."
    )
    assert "US" in ents["United States"]["aliases"]
    assert ents["United States"]["mentions"] == 2


def test_defined_acronym():
    ents = entities_of(
        "The Federal Security Service (FSB) is one of Russia's most powerful institutions. "
        "The FSB said four men had been detained."
    )
    assert "FSB" in ents["Federal Security Service"]["aliases"]


def test_seed_clusters():
    article = load_file(ROOT / "data" / "articles" / "crocus-city-hall-kremlin.txt")
    ents = {r["name"]: r for r in extract_entities(article, parse(article, load_nlp()))}
    assert ents["Dmitry Peskov"]["mentions"] >= 6
    assert ents["Vladimir Putin"]["aliases"] == ["Putin"]
    assert ents["Kremlin"]["label"] == "ORG"
    assert ents["United States"]["label"] == "GPE"


@pytest.mark.parametrize("text", ["", "   ", "“", "123 456", "Mr. . . ."])
def test_odd_text_does_not_crash(text):
    article = load_article("Test article\n\nA line of words for the check. " + text)
    extract_entities(article, parse(article, load_nlp()))
