"""Facts table: statements with source and status, figures in text order, key figures."""

from __future__ import annotations

import pandas as pd
import pytest

from lib import schema
from lib.facts.extract import (
    describe_figure,
    extract_facts,
    figure_label,
    figure_sentence,
    key_figures,
    measure_category,
    measure_rank,
)
from lib.facts.statements import STATUS_NAMES, outlet_name
from tests.contexts import ctx_for


def test_facts_table_is_valid_and_in_text_order(seed):
    facts = seed.facts
    assert schema.validate("facts", facts, seed.text) == []
    assert list(facts["fact_id"]) == list(range(len(facts)))
    assert list(facts["start"]) == sorted(facts["start"])
    assert set(facts["kind"]) == {"figure", "statement"}
    assert set(facts["status"]) <= set(STATUS_NAMES)


def test_every_body_sentence_is_a_statement(seed):
    body = seed.sentences[seed.sentences["paragraph_kind"] == "body"]
    statements = seed.facts[seed.facts["kind"] == "statement"]
    assert list(statements["start"]) == list(body["start"])
    assert statements["value"].isna().all()


def test_seed_statement_status(seed):
    st = seed.facts[seed.facts["kind"] == "statement"].set_index("text")

    def status(prefix: str) -> str:
        return st[st.index.str.startswith(prefix)]["status"].iloc[0]

    assert (
        status("Some of the suspects were shown being interrogated in unverified") == "unverified"
    )
    assert status("Kremlin spokesman Dmitry Peskov said on Monday") == "claimed"
    assert status("At least 137 people were killed") == "reported"
    assert status("“The investigation is underway,” Peskov told reporters.") == "attributed"


def test_seed_sources(seed):
    facts = seed.facts
    figs = facts[facts["kind"] == "figure"]
    outlet = seed.info()["source"]
    killed = figs[figs["measure"] == "killed"].iloc[0]
    assert killed["source"] == outlet == "Reuters"
    for measure in ("detained", "heading towards Ukraine"):
        assert figs[figs["measure"] == measure].iloc[0]["source"] == "Vladimir Putin"
    peskov = facts[facts["text"].str.startswith("“The investigation is underway,”")].iloc[0]
    assert peskov["source"] == "Dmitry Peskov"


def test_statement_inside_a_quote_row_takes_its_speaker():
    body = "The minister spoke at length. Prices will fall by spring, she insisted in the debate."
    probe = ctx_for(body)
    start = probe.text.index("Prices")
    end = probe.text.index(" by spring") + len(" by spring")
    quote = {"speaker": "Anna Berg", "speaker_mention": "she", "start": start, "end": end}
    ctx = ctx_for(body, quotes=[quote], source="Reuters")
    statements = [f for f in extract_facts(ctx) if f["kind"] == "statement"]
    assert statements[0]["source"] == "Reuters" and statements[0]["status"] == "reported"
    assert statements[1]["source"] == "Anna Berg" and statements[1]["status"] == "attributed"


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ("The group claimed responsibility for the bombing in a statement online.", "claimed"),
        ("The footage could not be independently verified by the agency.", "unverified"),
        ("The man allegedly paid the officials to look away.", "unverified"),
        ("The bridge reopened to traffic on Tuesday morning.", "reported"),
        ("Traffic will resume soon, according to the police.", "attributed"),
    ],
)
def test_status_from_hedges(body, status):
    statements = [f for f in extract_facts(ctx_for(body)) if f["kind"] == "statement"]
    assert statements[0]["status"] == status


def test_according_to_names_the_source():
    facts = extract_facts(ctx_for("Traffic will resume soon, according to the police."))
    assert facts[0]["source"] == "police"


def test_outlet_name():
    class A:
        source = "Reuters"

    class F:
        source = "/tmp/story.txt"

    assert outlet_name(A()) == "Reuters"
    assert outlet_name(F()) == "outlet"


def test_key_figures_rank_casualties_first(seed):
    top = key_figures(seed.facts, 4)
    assert list(top["measure"][:2]) == ["killed", "injured"]
    assert (top["kind"] == "figure").all()
    assert len(top) == 4


def test_key_figures_dedupe_and_prefer_known_measures():
    rows = [
        {"kind": "figure", "value": 5.0, "measure": "", "start": 0},
        {"kind": "figure", "value": 40.0, "measure": "killed", "start": 10},
        {"kind": "figure", "value": 40.0, "measure": "killed", "start": 90},
        {"kind": "figure", "value": 3.0, "measure": "detained", "start": 50},
        {"kind": "statement", "value": None, "measure": None, "start": 0},
    ]
    top = key_figures(pd.DataFrame(rows), 10)
    assert list(top["measure"]) == ["killed", "detained", ""]
    assert top.iloc[0]["start"] == 10
    assert measure_rank("killed") < measure_rank("capacity") < measure_rank("no such measure")


def test_key_figures_on_empty_tables():
    assert key_figures(pd.DataFrame(columns=["kind", "value", "measure", "start"]), 3).empty


def test_describe_figure_and_category(seed):
    figs = seed.facts[seed.facts["kind"] == "figure"]
    killed = figs[figs["measure"] == "killed"].iloc[0].to_dict()
    assert describe_figure(killed) == "at least 137 people killed"
    assert measure_category("killed") == "casualties"
    assert measure_category("made-up") == ""


def test_key_figures_put_headline_numbers_after_casualties():
    rows = [
        {"kind": "figure", "value": 9.0, "measure": "capacity", "start": 100, "sentence_id": 3},
        {"kind": "figure", "value": 812.0, "measure": "", "start": 20, "sentence_id": 0},
        {"kind": "figure", "value": 2.0, "measure": "killed", "start": 300, "sentence_id": 5},
    ]
    sentences = pd.DataFrame(
        [
            {"sentence_id": 0, "paragraph_kind": "headline"},
            {"sentence_id": 3, "paragraph_kind": "body"},
        ]
    )
    top = key_figures(pd.DataFrame(rows), 3, sentences=sentences)
    assert list(top["value"]) == [2.0, 812.0, 9.0]
    assert list(key_figures(pd.DataFrame(rows), 3, headline_end=50)["value"]) == [2.0, 812.0, 9.0]


@pytest.mark.parametrize(
    ("row", "label", "line"),
    [
        (
            {
                "value": 137,
                "value_text": "137",
                "qualifier": "at least",
                "unit": "people",
                "measure": "killed",
            },
            "people killed",
            "at least 137 people killed",
        ),
        (
            {"value": 4, "value_text": "four", "unit": "men", "measure": "attackers"},
            "attackers",
            "four attackers",
        ),
        (
            {"value": 6200, "value_text": "6,200", "unit": "seats", "measure": "capacity"},
            "capacity (seats)",
            "6,200 seats (capacity)",
        ),
        (
            {
                "value": 13e9,
                "value_text": "£13 billion",
                "unit": "pounds",
                "measure": "contract value",
            },
            "contract value",
            "£13 billion contract value",
        ),
        (
            {"value": 10000, "value_text": "10,000", "unit": "job cuts", "measure": "jobs"},
            "job cuts",
            "10,000 job cuts",
        ),
        (
            {"value": 9, "value_text": "9 percent", "unit": "percent", "measure": "decrease"},
            "measure not stated",  # a change word alone names nothing
            "9 percent",
        ),
        (
            {
                "value": 200,
                "value_text": "Hundreds",
                "qualifier": "at least",
                "unit": "people",
                "measure": "protesters",
            },
            "protesters",
            "hundreds of protesters",
        ),
        ({"value": 3, "value_text": "3", "unit": "", "measure": ""}, "measure not stated", "3"),
    ],
)
def test_figure_label_is_short_and_reads_well(row, label, line):
    assert figure_label(row) == label
    assert describe_figure(row) == line


def test_seed_card_labels(seed):
    figs = seed.facts[seed.facts["kind"] == "figure"].to_dict("records")
    labels = {figure_label(f) for f in figs}
    assert {"people killed", "attackers", "capacity (seats)"} <= labels
    assert not any(label.startswith("men ") for label in labels)


@pytest.mark.parametrize(
    ("row", "sentence"),
    [
        (
            {
                "value": 25,
                "value_text": "25 percent",
                "unit": "percent",
                "measure": "rice yields",
                "subject": "Vietnam",
                "change": "decrease",
                "source": "the ministry",
                "status": "attributed",
            },
            "Rice yields (Vietnam): down 25 percent — per the ministry",
        ),
        (
            {
                "value": 41,
                "value_text": "41",
                "qualifier": "at least",
                "unit": "people",
                "measure": "killed",
                "change": "level",
                "source": "outlet",
                "status": "reported",
            },
            "People killed: at least 41",
        ),
        ({"value": 8, "value_text": "8", "unit": "", "measure": ""}, "Measure not stated: 8"),
        (
            {"value": 0.5, "value_text": "Half", "unit": "pupils", "measure": "pupils",
             "change": "share"},
            "Pupils: half (a share)",
        ),
    ],
)  # fmt: skip
def test_a_figure_reads_as_a_sentence_from_its_columns(row, sentence):
    assert figure_sentence(row) == sentence


def test_key_figures_follow_the_story_not_counts_in_passing():
    rows = [
        # the lead: a fine in the first body sentence
        {"kind": "statement", "value": None, "measure": None, "start": 0, "sentence_id": 1},
        {
            "kind": "figure",
            "value": 2e6,
            "value_text": "$2 million",
            "unit": "dollars",
            "measure": "fine",
            "change": "level",
            "start": 10,
            "sentence_id": 1,
        },
        # two women mentioned in passing, later on
        {"kind": "statement", "value": None, "measure": None, "start": 200, "sentence_id": 5},
        {
            "kind": "figure",
            "value": 2.0,
            "value_text": "two",
            "unit": "women",
            "measure": "women",
            "change": "level",
            "start": 210,
            "sentence_id": 5,
        },
        # a penalty further down still outranks them
        {"kind": "statement", "value": None, "measure": None, "start": 300, "sentence_id": 7},
        {
            "kind": "figure",
            "value": 10.0,
            "value_text": "10",
            "unit": "years",
            "measure": "prison sentence",
            "change": "level",
            "start": 310,
            "sentence_id": 7,
        },
    ]
    top = key_figures(pd.DataFrame(rows), 3)
    assert list(top["measure"]) == ["fine", "prison sentence", "women"]
