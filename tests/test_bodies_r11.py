"""Bodies named by a description, and junk names of bodies (round 11), on wording written for
the tests: "the Swedish bank" for the one bank the article named, its kind shown by its name or
by the words that introduced it, a country or a classifying word that must fit; a headline in
title case is no name; "DOJ" for the one "Department of Justice" named, the "of" in its
initials."""

from __future__ import annotations

from lib.entities import extract_entities
from lib.ingest.formats import load_article
from lib.nlp import load_nlp, parse
from tests.statements_of import said
from tests.test_entities import entities_of


def test_a_nationality_and_a_kind_stand_for_the_one_bank_named():
    text = (
        "Bank rules\n\n"
        "Regulators fined Lindqvist Bank on Tuesday for lapses in its checks on clients. The "
        "Swedish bank said it would appeal the fine."
    )
    row = said(text, "would appeal the fine")
    assert row["speaker"] == "Lindqvist Bank"
    assert row["speaker_mention"] == "Swedish bank"


def test_a_country_the_article_gives_each_bank_tells_them_apart():
    text = (
        "Bank rules\n\n"
        "Lindqvist Bank, Sweden's biggest lender, and Harbor Bank of Canada both lost money "
        "last year. The Canadian bank said its losses were behind it."
    )
    assert said(text, "losses were behind it")["speaker"] == "Harbor Bank of Canada"


def test_two_bodies_of_the_kind_and_nothing_to_tell_them_apart_name_nobody():
    text = (
        "Bank rules\n\n"
        "Regulators fined Lindqvist Bank and Harbor Bank on Tuesday for lapses in their checks. "
        "The Swedish bank said it would appeal the fine."
    )
    assert said(text, "would appeal the fine")["speaker"] not in ("Lindqvist Bank", "Harbor Bank")


def test_the_kind_read_off_the_introduction():
    text = (
        "Drug prices\n\n"
        "Halcyon Therapeutics, a Swiss drugmaker, raised the price of its heart medicine on "
        "Monday. The Swiss drugmaker said the rise reflected its costs."
    )
    assert said(text, "rise reflected its costs")["speaker"] == "Halcyon Therapeutics"


def test_a_classifying_word_the_body_was_never_given_names_nobody():
    text = (
        "Bank rules\n\n"
        "Regulators fined Lindqvist Bank on Tuesday for lapses in its checks on clients. The "
        "central bank said rates would stay on hold."
    )
    assert said(text, "rates would stay on hold")["speaker"] != "Lindqvist Bank"


def test_a_classifying_word_in_the_name_picks_the_body():
    text = (
        "Court fight\n\n"
        "A judge of the U.S. District Court in Boston ruled for the city in March, and the city "
        "asked the U.S. Court of Appeals for the First Circuit to hear the case. On Friday the "
        "appeals court said the case was moot."
    )
    row = said(text, "case was moot")
    assert row["speaker"] == "U.S. Court of Appeals for the First Circuit"


def test_a_company_with_a_place_is_the_one_company_not_a_commission():
    text = (
        "Seller fees\n\n"
        "Larkspur Commerce raised its fees for sellers on Monday, weeks after the Federal "
        "Trade Commission opened an inquiry. The Portland-based company said the fees would "
        "pay for faster delivery."
    )
    assert said(text, "pay for faster delivery")["speaker"] == "Larkspur Commerce"


def test_a_headline_in_title_case_is_no_name():
    article = load_article(
        "Halvorsen Bank Does Not Have the Files, Court Says\n\n"
        "Halvorsen Bank told the court on Monday that it had never held the files."
    )
    names = [row["name"] for row in extract_entities(article, parse(article, load_nlp()))]
    assert "Halvorsen Bank" in names
    assert not [name for name in names if "Does" in name or "Court" in name]


def test_it_after_the_court_is_the_court_named_not_the_headline():
    text = (
        "Halvorsen Bank Does Not Hold the Files, Court Says\n\n"
        "Last month, two newspapers asked the United States Court of Appeals for the Ninth "
        "Circuit to unseal a letter. On Thursday, the court rejected the request. Part of the "
        "reason, it said, was that the letter named private clients."
    )
    row = said(text, "letter named private clients")
    assert row["speaker"] == "United States Court of Appeals for the Ninth Circuit"


def test_a_department_s_initials_keep_the_of():
    ents = entities_of(
        "The U.S. Department of Justice opened an inquiry into the sale on Monday. A DOJ "
        "statement said the inquiry would take months."
    )
    assert "DOJ" in ents["U.S. Department of Justice"]["aliases"]


def test_initials_two_named_bodies_share_are_left_alone():
    ents = entities_of(
        "The Department of Energy and the Department of Education signed the plan. A DOE "
        "statement said the plan would start in May."
    )
    assert "DOE" not in ents["Department of Energy"]["aliases"]
    assert "DOE" not in ents["Department of Education"]["aliases"]


def test_a_kind_no_body_shows_names_nobody_though_one_body_shows_no_kind():
    text = (
        "Recall widens\n\n"
        "Volkswagen, the German carmaker, recalled 300,000 cars on Monday. Halcyon Therapeutics "
        "raised its prices in March. The Japanese carmaker said it would pay its dealers."
    )
    assert said(text, "would pay its dealers")["speaker"] not in (
        "Volkswagen",
        "Halcyon Therapeutics",
    )
