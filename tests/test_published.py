"""Publication date from the text: dateline, inference, or honestly unknown."""

from __future__ import annotations

from datetime import date

from lib.context import Context
from lib.entities import extract_entities
from lib.ingest.formats import load_article
from lib.ingest.published import find_published
from lib.nlp import load_nlp, parse
from lib.pipeline import analyze
from tests.paths import SEED


def published(text: str):
    article = load_article(text, fmt="text")
    assert article.published is None
    doc = parse(article, load_nlp())
    ctx = Context.from_parse(article, doc)
    ctx.entities = extract_entities(article, doc)
    return find_published(ctx)


def test_seed_without_sidecar_is_inferred_as_the_monday_after_friday():
    assert published(SEED.read_text(encoding="utf-8")) == (date(2024, 3, 25), "inferred")


def test_seed_through_the_pipeline_without_metadata():
    tables = analyze(SEED.read_bytes(), filename="seed.txt")
    info = tables.info()
    assert (info["published"], info["published_source"]) == ("2024-03-25", "inferred")


def test_dateline_paragraph_with_weekday():
    text = "Storm hits coast\n\nSaturday, September 12, 2015\n\nA storm hit the coast on Friday."
    assert published(text) == (date(2015, 9, 12), "dateline")


def test_published_stamp():
    text = "Storm hits coast\n\nPublished 25 March 2024\n\nA storm hit the coast on Friday."
    assert published(text) == (date(2024, 3, 25), "dateline")


def test_wire_dateline_takes_the_year_from_the_text():
    text = (
        "Law passes\n\nMOSCOW, March 25 (Reuters) - Russia's parliament passed a law that "
        "takes effect on 1 April 2024, officials said on Monday, in a move critics condemned."
    )
    assert published(text) == (date(2024, 3, 25), "dateline")


def test_no_dates_is_unknown_never_today():
    text = "Storm hits coast\n\nA storm hit the coast, officials said, and many homes were damaged."
    assert published(text) == (None, "unknown")


def test_uncorroborated_dates_give_no_inference():
    text = (
        "Firm cuts jobs\n\nThe company, founded on 3 May 1998, said on Tuesday it would cut "
        "jobs across its plants this year."
    )
    assert published(text) == (None, "unknown")


def test_future_dates_do_not_pull_the_publication_date():
    text = (
        "Court case\n\nThe suspect was arrested on Friday, 22 March 2024, police said on "
        "Sunday. His trial will open on 3 June 2024."
    )
    assert published(text) == (date(2024, 3, 24), "inferred")


def test_published_inside_a_sentence_is_not_a_stamp():
    text = (
        "Report on rivers\n\nThe report, published 3 May 2023, found that rivers were "
        "polluted. Campaigners said on Tuesday the findings were ignored."
    )
    assert published(text) == (None, "unknown")


def test_a_date_without_its_year_is_placed_by_its_weekday():
    text = (
        "Ferry sinks off the coast\n\n"
        "The ferry, launched in March 2019, sank on Tuesday, Nov. 12, with 40 people on board. "
        "Divers reached the wreck on Wednesday."
    )
    assert published(text) == (date(2019, 11, 13), "inferred")


def test_a_weekday_that_fits_no_written_year_infers_nothing():
    text = (
        "Ferry sinks off the coast\n\n"
        "The ferry, launched in March 2019, sank on Monday, Nov. 12, with 40 people on board. "
        "Divers reached the wreck on Wednesday."
    )
    assert published(text) == (None, "unknown")
