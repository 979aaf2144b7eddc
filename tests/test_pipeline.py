"""The analyze() contract: every table present, valid, deterministic, exportable."""

import io
import json
from datetime import date

import numpy as np
import pandas as pd
import pytest

from lib import schema
from lib.errors import InputError
from lib.ingest.formats import load_file
from lib.pipeline import analyze, to_bytes
from tests.paths import SEED


def test_every_table_has_schema_columns_and_valid_spans(seed):
    tables = seed.tables()
    assert set(tables) == set(schema.TABLES)
    for name, df in tables.items():
        assert list(df.columns) == schema.columns(name)
        assert schema.validate(name, df, seed.text) == []


def test_article_row(seed):
    info = seed.info()
    assert info["title"] == "No country is immune to terrorism: Kremlin"
    assert info["published"] == "2024-03-25"
    assert info["published_source"] == "metadata"
    assert info["word_count"] == len(seed.text.split())
    assert info["article_id"] == load_file(SEED).article_id


def test_sentences_follow_paragraphs(seed):
    sents = seed.sentences
    assert sents["start"].is_monotonic_increasing
    paras = seed.paragraphs.set_index("paragraph_id")
    for row in sents.itertuples():
        para = paras.loc[row.paragraph_id]
        assert para.start <= row.start and row.end <= para.end
    # The glued credit is its own paragraph and never shares a sentence with the caption.
    credit = seed.paragraphs.query("kind == 'credit'").iloc[0]
    assert (sents["text"] == "Reuters").any()
    in_credit = sents[sents["paragraph_id"] == credit["paragraph_id"]]
    assert in_credit["text"].tolist() == ["Reuters"]


def test_entities_merge_surnames(seed):
    ents = seed.entities.set_index("name")
    assert "Dmitry Peskov" in ents.index
    assert "Peskov" in ents.loc["Dmitry Peskov", "aliases"]
    assert ents.loc["Dmitry Peskov", "mentions"] >= 6
    for row in seed.entities.itertuples():
        for start, end in row.spans:
            assert seed.text[start:end] in [row.name, *row.aliases]


def test_deterministic():
    a, b = analyze(load_file(SEED)), analyze(load_file(SEED))
    for name in schema.TABLES:
        pd.testing.assert_frame_equal(getattr(a, name), getattr(b, name))


def test_published_argument_overrides():
    tables = analyze(
        "Title\n\nThe mayor said on Monday that the bridge would reopen.", published="2021-06-02"
    )
    assert tables.info()["published"] == "2021-06-02"
    assert tables.info()["published_source"] == "user"
    with pytest.raises(InputError, match="not a date"):
        analyze("Title\n\nSome text about the town.", published="yesterday")
    assert (
        analyze("Title\n\nSome text here.", published=date(2020, 1, 2)).info()["published"]
        == "2020-01-02"
    )


@pytest.mark.parametrize("fmt", ["json", "csv", "parquet"])
def test_exports_round_trip(seed, fmt):
    for name, df in seed.tables().items():
        data = to_bytes(df, fmt, name)
        if fmt == "json":
            rows = json.loads(data)
            assert isinstance(rows, list) and len(rows) == len(df)
            if rows:
                assert list(rows[0]) == schema.columns(name)
        elif fmt == "csv":
            back = pd.read_csv(io.BytesIO(data))
            assert list(back.columns) == schema.columns(name) and len(back) == len(df)
        else:
            back = pd.read_parquet(io.BytesIO(data))
            assert list(back.columns) == schema.columns(name) and len(back) == len(df)


def test_frame_rejects_unknown_columns():
    with pytest.raises(KeyError, match="bogus"):
        schema.frame("quotes", [{"bogus": 1}])


def test_validate_catches_bad_spans():
    df = schema.frame(
        "sentences",
        [
            {
                "sentence_id": 0,
                "paragraph_id": 0,
                "section": "",
                "paragraph_kind": "body",
                "start": 0,
                "end": 4,
                "text": "Tite",
                "topics": [],
            }
        ],
    )
    assert schema.validate("sentences", df, "Title") != []
    assert schema.validate("sentences", df, "Tite!") == []


def test_frame_gives_every_column_the_dtype_pandas_infers():
    """`frame` builds string columns in pandas' string dtype directly instead of letting pandas
    infer it: the result must be what inference over plain objects gives, whatever the mix."""
    rows = [
        {"speaker": "Ana Ruiz", "role": None, "cue": "said", "confidence": float("nan")},
        {"speaker": None, "role": None, "cue": "told", "confidence": "high"},
        {"speaker": "Tom Hale", "role": None, "cue": None, "confidence": None},
    ]
    built = schema.frame("quotes", rows)
    by_inference = pd.DataFrame(
        {c: np.array([r.get(c) for r in rows], dtype=object) for c in schema.columns("quotes")}
    )
    for col in ("speaker", "role", "cue", "confidence", "text"):
        assert built[col].dtype == by_inference[col].dtype, col
        assert built[col].isna().tolist() == by_inference[col].isna().tolist(), col
    assert built["speaker"].tolist()[0] == "Ana Ruiz" and pd.isna(built["speaker"][1])
    assert built["role"].dtype == object  # all missing: left as objects, as inference leaves it


def test_stored_form_reads_back_into_the_same_tables(tmp_path):
    from lib.store import Store, StoredAnalysis

    tables = analyze(
        "Harbour reopens\n\nThe harbour reopened on Tuesday, 3 June 2024. "
        '"We are back," harbour master Ana Ruiz said. About 40 boats were damaged.\n'
    )
    store = Store(f"sqlite:///{tmp_path / 'news.sqlite3'}")
    try:
        saved = store.save_article(tables.text.encode(), "harbour.txt")
        store.save_analysis(saved.article_id, StoredAnalysis.of(tables))
        back = store.load_analysis(saved.article_id)
    finally:
        store.close()
    for name, df in tables.tables().items():
        pd.testing.assert_frame_equal(back.tables()[name], df, check_exact=True)


def test_rows_stored_directly_are_the_frames_json_to_the_byte(seed):
    """The batch path writes the stored JSON from the rows; it must be the frames' own JSON."""
    from lib.nlp import load_nlp, parse
    from lib.pipeline import analyze_rows, prepare
    from lib.store import StoredAnalysis

    article = prepare(SEED)
    made = analyze_rows(article, parse(article, load_nlp()))
    direct = StoredAnalysis.from_rows(made)
    via_frames = StoredAnalysis.of(analyze(SEED))
    assert direct == via_frames
    assert all(json.loads(direct.rows[name]) for name in ("quotes", "facts", "timeline"))


def test_records_json_places_each_value_as_its_column_would():
    rows = [
        {"quote_id": 0, "start": np.int64(4), "end": 9.0, "text": "a/b é", "confidence": 1},
        {"quote_id": 1, "start": 10, "end": 12, "text": "cd", "confidence": None},
        {"quote_id": 2, "start": 13, "end": 15, "text": "ef", "confidence": float("nan")},
        {"quote_id": 3, "start": 16, "end": 18, "text": "gh", "confidence": 1 / 3},
    ]
    for table, table_rows in (("quotes", rows), ("quotes", []), ("entities", [])):
        want = schema.frame(table, table_rows).to_json(
            orient="records", date_format="iso", force_ascii=False
        )
        assert schema.records_json(table, table_rows) == want
    got = json.loads(schema.records_json("quotes", rows))
    assert [r["end"] for r in got] == [9, 12, 15, 18] and got[0]["topics"] == []
    assert [r["confidence"] for r in got] == [1.0, None, None, 0.3333333333]
    with pytest.raises(KeyError):
        schema.records_json("quotes", [{"nonsense": 1}])
