"""Corrections that persist (issue 17): a reader's fixes to a saved article's analysis are rows of
their own, kept across restarts and re-analyses, dropped only when their span is gone, and
carried into every table and export."""

from __future__ import annotations

import hashlib
import io
from datetime import UTC, datetime

import pandas as pd
import pytest
import sqlalchemy as sa

from lib.errors import InputError
from lib.pipeline import analyze, to_bytes
from lib.store import Store
from lib.store.corrections import Correction, apply
from lib.store.tables import articles
from tests.store_backends import db_url_fixture  # noqa: F401 - the `db_url` fixture

WALL = (
    b"Council approves new harbour wall\n\n"
    b"The town council approved a new harbour wall on Tuesday, March 5, 2024.\n\n"
    b'"The wall will protect 300 homes," said Mayor Anna Berg. The project will cost 4 million '
    b"euros, according to council treasurer Tom Hale.\n\n"
    b'"We expect work to start in June," Hale told reporters. Berg said the old wall was built '
    b"in 1952.\n"
)


@pytest.fixture(scope="module")
def wall():
    return analyze(WALL, filename="wall.txt")


def quote_at(tables, words: str) -> dict:
    return next(q for q in tables.quotes.to_dict("records") if q["text"] == words)


def csv_rows(tables, name: str) -> pd.DataFrame:
    return pd.read_csv(io.BytesIO(to_bytes(getattr(tables, name), "csv", name)))


def test_a_speaker_fix_survives_a_restart_and_a_re_analysis_and_is_exported(db_url, wall):
    store = Store(db_url)
    saved = store.save_article(WALL, "wall.txt")
    store.save_analysis(saved.article_id, wall, version="release-1")
    june = quote_at(wall, "We expect work to start in June")
    assert june["speaker"] == "Tom Hale"
    store.add_correction(
        saved.article_id,
        Correction("speaker", "quotes", june["start"], june["end"], value="Site manager Ola Lind"),
    )
    # A newer release re-analyses the article; a new server process reads the store.
    restarted = Store(db_url)
    restarted.save_analysis(
        saved.article_id, analyze(WALL, filename="wall.txt"), version="release-2"
    )
    result = restarted.corrected_analysis(saved.article_id, version="release-2")
    assert result.dropped == [] and len(result.applied) == 1
    fixed = quote_at(result.tables, "We expect work to start in June")
    assert fixed["speaker"] == "Site manager Ola Lind"
    exported = csv_rows(result.tables, "quotes")
    assert exported.loc[exported["start"] == june["start"], "speaker"].tolist() == [
        "Site manager Ola Lind"
    ]
    speakers = result.tables.speakers.set_index("speaker")
    assert speakers.loc["Tom Hale", "quotes"] == 1  # one of his two quotes moved away
    assert speakers.loc["Site manager Ola Lind", "quotes"] == 1
    assert speakers.loc["Site manager Ola Lind", "speaker_kind"] == "unknown"


def test_merging_two_speakers_makes_one_everywhere(db_url, wall):
    store = Store(db_url)
    saved = store.save_article(WALL, "wall.txt")
    store.save_analysis(saved.article_id, wall)
    store.add_correction(
        saved.article_id, Correction("merge", value="Anna Berg", target="Tom Hale")
    )
    result = store.corrected_analysis(saved.article_id)
    assert set(result.tables.quotes["speaker"]) == {"Anna Berg"}
    assert "Tom Hale" not in set(result.tables.facts["source"])
    assert result.tables.speakers["speaker"].tolist() == ["Anna Berg"]
    assert result.tables.speakers["quotes"].tolist() == [4]
    assert "Tom Hale" not in csv_rows(result.tables, "speakers")["speaker"].tolist()


def test_wrong_quotes_figures_and_dates_leave_the_tables(db_url, wall):
    store = Store(db_url)
    saved = store.save_article(WALL, "wall.txt")
    store.save_analysis(saved.article_id, wall)
    figure = wall.facts[wall.facts["text"] == "4 million"].iloc[0]
    date = wall.timeline[wall.timeline["date_text"] == "1952"].iloc[0]
    quote = quote_at(wall, "the old wall was built in 1952")
    for table, row in (("facts", figure), ("timeline", date), ("quotes", quote)):
        store.add_correction(
            saved.article_id, Correction("wrong", table, int(row["start"]), int(row["end"]))
        )
    result = Store(db_url).corrected_analysis(saved.article_id)
    assert len(result.applied) == 3
    assert "4 million" not in result.tables.facts["text"].tolist()
    assert "1952" not in result.tables.timeline["date_text"].tolist()
    assert "the old wall was built in 1952" not in result.tables.quotes["text"].tolist()
    assert result.tables.speakers.set_index("speaker").loc["Anna Berg", "quotes"] == 1
    assert "4 million" not in csv_rows(result.tables, "facts")["text"].tolist()
    assert len(result.tables.facts) == len(wall.facts) - 1  # only the one marked


def test_a_merge_reaches_the_timeline_actors_and_keeps_what_was_known(wall):
    """The name kept by a merge replaces the other in the timeline's actors too, and takes over
    the merged-away speaker's kind, role and names when the analysis knew nothing of it."""
    merged = apply(wall, [Correction("merge", value="Mayor Anna Berg", target="Anna Berg")]).tables
    actors = [a for row in merged.timeline["actors"] for a in row]
    assert "Mayor Anna Berg" in actors and "Anna Berg" not in actors
    kept = merged.speakers.set_index("speaker").loc["Mayor Anna Berg"]
    assert kept["speaker_kind"] == "person" and kept["role"] == "Mayor"
    assert sorted(kept["aliases"]) == ["Anna Berg", "Berg"]
    # Two known speakers: the kept one keeps its own role and gains the other's names.
    both = apply(wall, [Correction("merge", value="Tom Hale", target="Anna Berg")]).tables
    hale = both.speakers.set_index("speaker").loc["Tom Hale"]
    assert hale["role"] == "council treasurer" and hale["quotes"] == 4
    assert sorted(hale["aliases"]) == ["Anna Berg", "Berg", "Hale"]


def test_a_date_marked_wrong_leaves_the_timexes_too(wall):
    date = wall.timeline[wall.timeline["date_text"] == "1952"].iloc[0]
    fixed = apply(wall, [Correction("wrong", "timeline", int(date["start"]), int(date["end"]))])
    assert "1952" not in fixed.tables.timexes["text"].tolist()
    assert len(fixed.tables.timexes) == len(wall.timexes) - 1  # only that expression
    assert "1952" in wall.timexes["text"].tolist()  # the analysis itself is untouched


def test_a_correction_whose_span_is_gone_is_dropped_not_misapplied(wall):
    june = quote_at(wall, "We expect work to start in June")
    fix = Correction(
        "speaker", "quotes", june["start"], june["end"], span_text=june["text"], value="Ola Lind"
    )
    # A newer analysis no longer finds that quote (the row at that span is gone).
    newer = wall.__class__(
        **{**wall.__dict__, "quotes": wall.quotes[wall.quotes["start"] != june["start"]]}
    )
    result = apply(newer, [fix])
    assert result.applied == [] and result.dropped == [fix]
    assert "Ola Lind" not in set(result.tables.quotes["speaker"])
    # A span that now holds other words is gone too.
    moved = Correction("wrong", "quotes", june["start"], june["end"], span_text="other words")
    assert apply(wall, [moved]).dropped == [moved]


@pytest.mark.parametrize(
    ("correction", "message"),
    [
        (Correction("delete"), "one of speaker, merge, wrong"),
        (Correction("speaker", "timeline", 1, 5, value="X"), "applies to quotes, facts"),
        (Correction("wrong", "quotes", 9, 3), "span"),
        (Correction("wrong", "quotes", 0, 10_000), "outside the article"),
        (Correction("speaker", "quotes", 0, 5, value="  "), "printable"),
        (Correction("speaker", "quotes", 0, 5, value="A\x00B"), "printable"),
        (Correction("merge", value="Anna Berg", target="Anna  Berg"), "into itself"),
    ],
)
def test_nonsense_corrections_are_refused_and_nothing_is_stored(db_url, wall, correction, message):
    store = Store(db_url)
    saved = store.save_article(WALL, "wall.txt")
    store.save_analysis(saved.article_id, wall)
    with pytest.raises(InputError, match=message):
        store.add_correction(saved.article_id, correction)
    assert store.list_corrections(saved.article_id) == []
    with pytest.raises(InputError, match="saved article"):
        store.add_correction("0000000000000000", Correction("merge", value="A", target="B"))


def test_corrections_are_listed_in_order_and_can_be_removed(db_url, wall):
    store = Store(db_url)
    saved = store.save_article(WALL, "wall.txt")
    first = store.add_correction(saved.article_id, Correction("merge", value="A", target="B"))
    second = store.add_correction(saved.article_id, Correction("merge", value="C", target="D"))
    assert [c.id for c in store.list_corrections(saved.article_id)] == [first.id, second.id]
    assert store.remove_correction(saved.article_id, first.id)
    assert not store.remove_correction(saved.article_id, first.id)
    assert [c.value for c in store.list_corrections(saved.article_id)] == ["C"]


def test_an_older_database_is_upgraded_on_start_with_its_articles(db_url):
    from alembic import command
    from alembic.config import Config

    from lib.store import MIGRATIONS, normalise_url

    engine = sa.create_engine(normalise_url(db_url))
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:  # the schema as the first release left it
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    with engine.begin() as conn:
        assert "corrections" not in sa.inspect(conn).get_table_names()
        conn.execute(  # an article saved by the first release
            sa.insert(articles).values(
                id="0123456789abcdef",
                digest=hashlib.sha256(WALL).hexdigest(),
                raw=WALL,
                filename="wall.txt",
                title="Harbour wall",
                saved_at=datetime.now(UTC),
            )
        )
    engine.dispose()
    store = Store(db_url)
    assert store.found_revision == "0001"
    assert [s.title for s in store.list_articles()] == ["Harbour wall"]
    store.add_correction("0123456789abcdef", Correction("merge", value="A", target="B"))
    assert len(store.list_corrections("0123456789abcdef")) == 1
