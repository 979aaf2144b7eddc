"""The speakers view: one row per canonical speaker, for the app's speaker filter."""

from __future__ import annotations

from lib import schema
from lib.ingest.formats import load_file
from lib.pipeline import analyze
from lib.quotes.speakers.table import speakers_table
from tests.paths import ROOT

PORT = ROOT / "tests" / "articles" / "pronouns-port-strike.txt"


def test_one_row_per_speaker_with_counts_that_add_up(seed):
    spk = seed.speakers
    assert list(spk.columns) == schema.columns("speakers")
    assert spk["speaker"].is_unique
    named = seed.quotes["speaker"].notna().sum()
    assert spk["quotes"].sum() == named
    assert (spk["direct"] + spk["indirect"] + spk["partial"] == spk["quotes"]).all()


def test_seed_speakers(seed):
    spk = seed.speakers.set_index("speaker")
    assert spk.index[0] == "Dmitry Peskov"  # most quoted first
    peskov = spk.loc["Dmitry Peskov"]
    assert peskov["speaker_kind"] == "person"
    assert peskov["role"] == "Kremlin spokesman"
    assert peskov["quotes"] == 10 and peskov["direct"] == 6 and peskov["indirect"] == 4
    assert "Peskov" in peskov["aliases"]
    assert "He" not in peskov["aliases"]  # pronouns are not names
    assert spk.loc["Vladimir Putin", "quotes"] == 2
    assert spk.loc["United States", "speaker_kind"] == "organization"
    assert spk.loc["Kremlin", "speaker_kind"] == "organization"
    assert spk.loc["US embassy in Moscow", "partial"] == 1


def test_first_start_is_the_first_quote(seed):
    q = seed.quotes
    for row in seed.speakers.itertuples():
        assert row.first_start == q[q["speaker"] == row.speaker]["start"].min()


def test_many_speakers_and_pronouns():
    tables = analyze(load_file(PORT))
    spk = tables.speakers.set_index("speaker")
    assert {"Grace Mbeki", "Lars Eriksen", "Ingrid Solberg", "Anders Holm"} <= set(spk.index)
    # three reported clauses (one with quoted words, one row) and one direct quote
    assert spk.loc["Grace Mbeki", "quotes"] == 4
    assert spk.loc["Anders Holm", "direct"] == 2


def test_empty_quotes_give_an_empty_view():
    empty = schema.frame("quotes", [])
    out = speakers_table(empty)
    assert list(out.columns) == schema.columns("speakers") and out.empty
