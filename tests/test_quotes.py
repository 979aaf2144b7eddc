"""Quotes: each construction on a small article, the seed's acceptance list, and robustness."""

from __future__ import annotations

import time

import pandas as pd
import pytest

from lib import schema
from lib.context import Context
from lib.entities import extract_entities
from lib.ingest.formats import load_article
from lib.nlp import load_nlp, parse
from lib.quotes.finder import extract_quotes
from tests.statements_of import find, quotes_of


def only(rows: list[dict], kind: str) -> list[dict]:
    return [r for r in rows if r["kind"] == kind]


# --- the seed --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_rows(seed):
    return seed.quotes.to_dict("records")


@pytest.mark.parametrize(
    "kind, words, speaker",
    [
        ("indirect", "no country was immune to terrorism", "Kremlin"),
        ("indirect", "all those responsible would be punished", "Vladimir Putin"),
        ("indirect", "11 people had been detained", "Vladimir Putin"),
        ("indirect", "it was inappropriate to comment", "Dmitry Peskov"),
        ("direct", "The investigation is underway", "Dmitry Peskov"),
        ("direct", "So far, no versions have been put forward", "Dmitry Peskov"),
        ("indirect", "emotions were running high", "Dmitry Peskov"),
        ("direct", "Unfortunately, our world shows", "Dmitry Peskov"),
        ("indirect", "the special services worked tirelessly", "Dmitry Peskov"),
        ("direct", "The fight against terrorism is an ongoing process", "Dmitry Peskov"),
        ("indirect", "it had warned Russia two weeks before", "United States"),
        ("partial", "extremists", "US embassy in Moscow"),
        ("direct", "Our special services are working independently", "Dmitry Peskov"),
        ("indirect", "in conversations with other leaders", "Dmitry Peskov"),
        ("direct", "I leave this question without answer", "Dmitry Peskov"),
    ],
)
def test_seed_statement_found_with_speaker(seed_rows, kind, words, speaker):
    row = find(only(seed_rows, kind), words)
    assert row["speaker"] == speaker


def test_seed_finds_nothing_else(seed_rows):
    # 14 attributed statements and one partial quote, each once
    assert len(seed_rows) == 15


def test_seed_he_said_resolves_with_the_pronoun_as_mention(seed, seed_rows):
    row = find(seed_rows, "11 people had been detained")
    assert row["speaker_mention"] == "He"
    assert seed.text[row["speaker_start"] : row["speaker_end"]] == "He"


def test_seed_reported_span_drops_that_and_the_date(seed_rows):
    assert find(seed_rows, "no country was immune to terrorism")["text"].startswith("no country")
    assert find(seed_rows, "inappropriate")["text"].startswith("it was inappropriate")


def test_seed_quote_only_paragraph_continues_peskov(seed, seed_rows):
    row = find(seed_rows, "The fight against terrorism")
    assert row["kind"] == "direct" and row["speaker"] == "Dmitry Peskov"
    assert row["text"].endswith("not being fully carried out in any way.")


def test_seed_candle_inscription_is_not_a_quote(seed, seed_rows):
    start = seed.text.index("We mourn")
    assert not [r for r in seed_rows if r["start"] <= start < r["end"]]


def test_seed_organisations_and_roles(seed_rows):
    us = find(seed_rows, "it had warned Russia")
    assert us["speaker_kind"] == "organization"
    kremlin = find(seed_rows, "no country was immune to terrorism")
    assert kremlin["speaker_kind"] == "organization"
    peskov = find(seed_rows, "The investigation is underway")
    assert peskov["speaker_kind"] == "person" and peskov["role"] == "Kremlin spokesman"
    assert peskov["cue"] == "told reporters"


def test_seed_rows_are_in_text_order_and_valid(seed):
    q = seed.quotes
    assert list(q["quote_id"]) == list(range(len(q)))
    assert list(q["start"]) == sorted(q["start"])
    assert schema.validate("quotes", q, seed.text) == []
    sentences = seed.sentences.set_index("sentence_id")
    for row in q.itertuples():
        s = sentences.loc[row.sentence_id]
        assert s.start <= row.start < s.end


# --- direct quotes in every style ------------------------------------------------------------


@pytest.mark.parametrize(
    "para",
    [
        "“We will rebuild the bridge by June,” Mayor Anna Kowalski said on Tuesday.",
        '"We will rebuild the bridge by June," Mayor Anna Kowalski said on Tuesday.',
        "‘We will rebuild the bridge by June,’ Mayor Anna Kowalski said on Tuesday.",
        "'We will rebuild the bridge by June,' Mayor Anna Kowalski said on Tuesday.",
        "«We will rebuild the bridge by June», Mayor Anna Kowalski said on Tuesday.",
    ],
)
def test_direct_quote_in_every_style(para):
    row = only(quotes_of(para), "direct")[0]
    assert row["text"] == "We will rebuild the bridge by June"
    assert row["speaker"] == "Anna Kowalski"
    assert row["role"] == "Mayor"


def test_inverted_cue_and_apposition_role():
    rows = quotes_of(
        "“Prices will keep rising until the spring,” said Jane Smith, chief economist at Halden Bank."
    )
    row = only(rows, "direct")[0]
    assert row["speaker"] == "Jane Smith"
    assert row["role"] == "chief economist at Halden Bank"


def test_colon_introduces_a_direct_quote():
    rows = quotes_of(
        "Asked about the strike, Omar Haddad said: “Nobody wins when the port is shut.”"
    )
    assert len(rows) == 1
    assert rows[0]["kind"] == "direct" and rows[0]["speaker"] == "Omar Haddad"


def test_interrupted_quote_keeps_its_speaker():
    rows = quotes_of("“We are ready,” Karen Liu said, “and we have been for a week.”")
    direct = only(rows, "direct")
    assert [r["text"] for r in direct] == ["We are ready", "and we have been for a week."]
    assert {r["speaker"] for r in direct} == {"Karen Liu"}


def test_multi_paragraph_quote_without_closing_mark():
    rows = quotes_of(
        "Health Minister Laura Bennett spoke for an hour.",
        "“We will do three things,” Bennett said. “First, open beds. Second, hire nurses.",
        "“And third, we will pay for it by cutting consultancy spending.”",
    )
    third = find(rows, "And third")
    second = find(rows, "First, open beds")
    assert second["text"] == "First, open beds. Second, hire nurses."
    assert third["speaker"] == second["speaker"] == "Laura Bennett"


def test_quote_only_paragraph_continues_previous_speaker():
    rows = quotes_of(
        "Fire chief Tomas Berg said the blaze was under control.",
        "“We expect to lift the evacuation order tomorrow morning.”",
    )
    row = only(rows, "direct")[0]
    assert row["speaker"] == "Tomas Berg"
    # the nearest words naming the speaker are those of the statement before; no mention of
    # its own, so the attribution is inferred
    assert row["speaker_mention"] == "Tomas Berg"
    assert row["confidence"] == "inferred"


def test_question_with_asked():
    rows = quotes_of("Maria Lopez looked at the river. “Why did nobody warn us?” she asked.")
    assert only(rows, "direct")[0]["speaker"] == "Maria Lopez"


# --- reported speech ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "para, clause, speaker, cue",
    [
        (
            "Finance Minister Olaf Brenner said that the deficit would fall to 2% next year.",
            "the deficit would fall to 2% next year",
            "Olaf Brenner",
            "said",
        ),
        (
            "Finance Minister Olaf Brenner said on Monday the deficit would fall to 2% next year.",
            "the deficit would fall to 2% next year",
            "Olaf Brenner",
            "said",
        ),
        (
            "Finance Minister Olaf Brenner told reporters the deficit would fall to 2% next year.",
            "the deficit would fall to 2% next year",
            "Olaf Brenner",
            "told reporters",
        ),
        (
            "According to Olaf Brenner, the deficit would fall to 2% next year.",
            "the deficit would fall to 2% next year",
            "Olaf Brenner",
            "According to",
        ),
        (
            "The deficit would fall to 2% next year, Finance Minister Olaf Brenner said.",
            "The deficit would fall to 2% next year",
            "Olaf Brenner",
            "said",
        ),
        (
            "Finance Minister Olaf Brenner insisted the deficit would fall to 2% next year.",
            "the deficit would fall to 2% next year",
            "Olaf Brenner",
            "insisted",
        ),
        (
            "Finance Minister Olaf Brenner said: the deficit would fall to 2% next year.",
            "the deficit would fall to 2% next year",
            "Olaf Brenner",
            "said",
        ),
    ],
)
def test_reported_speech_constructions(para, clause, speaker, cue):
    row = only(quotes_of(para), "indirect")[0]
    assert row["text"] == clause
    assert row["speaker"] == speaker
    assert row["cue"] == cue


def test_belief_and_negated_verbs_are_not_statements():
    rows = quotes_of(
        "Economists believe the recession is over. Olaf Brenner did not say whether taxes would rise."
    )
    assert rows == []


def test_organisation_speakers_drop_the_article():
    rows = quotes_of(
        "The Kremlin said on Monday that talks would continue.",
        "The United States said it would send more aid.",
    )
    assert [r["speaker"] for r in rows] == ["Kremlin", "United States"]
    assert {r["speaker_kind"] for r in rows} == {"organization"}


def test_partial_quote_takes_the_statement_speaker():
    rows = quotes_of(
        "Judge Caroline Ashworth described the fund as “a personal bank account” of the owner."
    )
    partial = only(rows, "partial")[0]
    assert partial["text"] == "a personal bank account"
    assert partial["speaker"] == "Caroline Ashworth"


def test_a_reported_clause_with_quoted_words_is_one_row():
    # every hand-made gold (realnews, blind, PolNeAR) counts it as one statement
    rows = quotes_of(
        "Judge Caroline Ashworth said the defendant had treated the fund “as a personal bank account”."
    )
    assert len(rows) == 1
    assert rows[0]["text"] == "the defendant had treated the fund “as a personal bank account”"
    assert rows[0]["speaker"] == "Caroline Ashworth"


def test_partial_quote_under_a_statement_noun():
    rows = quotes_of(
        "The warning prompted the British embassy to issue an alert that “armed groups” were active."
    )
    row = only(rows, "partial")[0]
    assert row["text"] == "armed groups"
    assert row["speaker"] == "British embassy"


# --- not quotes --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "para",
    [
        "Fans held banners reading “Rossi Out” during the second half of the match on Saturday.",
        "The so-called “peace plan” has not been published by either government.",
        "She wrote a novel titled “The Silent River” about her childhood in Gdansk.",
        "The striker, nicknamed “the Hammer”, scored twice in the final ten minutes.",
        "Lit candles forming the words “We mourn. 22.03.2024” were placed outside the hall.",
        "Her debut album “Northern Lights” sold 40,000 copies in its first week.",
        "Critics mocked the “smart” bins, which cost the council £2m.",
    ],
)
def test_names_titles_inscriptions_and_scare_quotes_are_not_quotes(para):
    assert quotes_of(para) == []


# --- speakers ---------------------------------------------------------------------------------


def test_pronouns_follow_gender_and_recency():
    rows = quotes_of(
        "Anna Berg, the union leader, met Peter Holm, the port director, on Monday.",
        "She said the strike would go ahead. He said the offer was final.",
    )
    assert find(rows, "the strike would go ahead")["speaker"] == "Anna Berg"
    assert find(rows, "the offer was final")["speaker"] == "Peter Holm"


def test_it_said_resolves_to_the_company():
    rows = quotes_of(
        "Siemens will cut 1,100 jobs. It said demand had collapsed in Europe.",
    )
    row = find(rows, "demand had collapsed")
    assert row["speaker"] == "Siemens"
    assert row["speaker_mention"] == "It"


def test_surname_and_role_noun_resolve_to_the_full_name():
    rows = quotes_of(
        "Judge Mary Collins jailed the driver for six years on Friday.",
        "“You showed no remorse,” the judge told him. Collins said the crash had been avoidable.",
    )
    assert find(rows, "You showed no remorse")["speaker"] == "Mary Collins"
    assert find(rows, "the crash had been avoidable")["speaker"] == "Mary Collins"


def test_relative_pronoun_speaker():
    rows = quotes_of(
        "The driver was jailed by Judge Caroline Ashworth, who said he had shown no remorse."
    )
    assert find(rows, "he had shown no remorse")["speaker"] == "Caroline Ashworth"


def test_people_speaking_for_an_organisation():
    rows = quotes_of("Analysts at Capital Economics said they expected two cuts this year.")
    row = rows[0]
    assert row["speaker"] == "Capital Economics" and row["speaker_kind"] == "organization"


# --- robustness ---------------------------------------------------------------------------------


def test_unclosed_mark_ends_at_its_attribution():
    rows = quotes_of(
        "“Paolo worked tirelessly for this club, but results were poor, chairman Michael Grant said."
    )
    row = only(rows, "direct")[0]
    assert row["text"] == "Paolo worked tirelessly for this club, but results were poor"
    assert row["speaker"] == "Michael Grant"


def test_unclosed_mark_mid_paragraph_costs_only_that_quote():
    rows = quotes_of(
        'The trust said the sacking was "overdue and the board must go. '
        "'We have to look at ourselves,' the captain said.",
        "“We need points,” coach Tom Bryce said.",
    )
    assert find(rows, "We need points")["speaker"] == "Tom Bryce"
    assert find(rows, "We have to look at ourselves")["kind"] == "direct"
    assert not [r for r in rows if r["text"].startswith("overdue")]


def test_apostrophes_are_not_quote_marks():
    rows = quotes_of(
        "Russia’s voters’ choice was clear, and the 1990s-era party's leader didn't campaign.",
        "The players' union said the club’s offer was unfair.",
    )
    assert [r["kind"] for r in rows] == ["indirect"]
    assert rows[0]["text"] == "the club’s offer was unfair"


def test_nested_quotes_stay_inside_the_outer_quote():
    rows = quotes_of(
        "“My son asked, ‘Mom, is it a tornado?’ I didn't know what to say,” said Tammy Kerr."
    )
    assert len(rows) == 1
    assert rows[0]["text"] == "My son asked, ‘Mom, is it a tornado?’ I didn't know what to say"


def test_inch_marks_and_stray_marks_do_not_crash():
    rows = quotes_of(
        'The 6\'3" striker scored twice. " Stray mark. ” Another stray. “',
        "“Great game,” he said.",
    )
    assert all(r["text"] for r in rows)


def test_thousands_of_quote_marks_finish_quickly():
    para = " ".join(['Words “alpha beta” and "gamma" or ‘delta’ «epsilon».'] * 300) + " “unclosed"
    text = "Test article\n\n" + para + "\n\n“We are fine,” Anna Berg said."
    article = load_article(text)
    doc = parse(article, load_nlp())
    ctx = Context.from_parse(article, doc)
    ctx.entities = extract_entities(article, doc)
    start = time.perf_counter()
    rows = extract_quotes(ctx)
    assert time.perf_counter() - start < 1.0  # 2,400 marks: linear, not quadratic
    assert find(rows, "We are fine")["speaker"] == "Anna Berg"


def test_empty_and_quote_free_articles():
    assert quotes_of("Nothing was said by anyone at all today.") == []


def test_verdicts_and_findings_without_a_clause_are_not_statements():
    assert quotes_of("The jury found him guilty of fraud on Friday after a six-week trial.") == []


def test_it_can_stand_for_an_unnamed_body():
    rows = quotes_of("The government has offered 4.5%, which it says is all it can afford.")
    row = only(rows, "indirect")[0]
    assert row["speaker"] == "government" and row["speaker_kind"] == "organization"
    assert row["text"] == "is all it can afford"


def test_a_modified_org_noun_is_not_the_last_company_named():
    rows = quotes_of(
        "The World Bank said it would release a further $90 million.",
        "Roads were blocked in three places, the power company said.",
    )
    assert [r["speaker"] for r in rows] == ["World Bank", "power company"]


def test_refusals_and_indirect_questions_are_not_statements():
    rows = quotes_of(
        "Chief executive Priya Raman declined to say how much the lower price would cut margins.",
        "Finance Minister Olaf Brenner would not say whether taxes would rise next year.",
    )
    assert rows == []


def test_a_name_after_a_descriptive_noun_is_the_speaker():
    rows = quotes_of(
        "The military body that oversees aid, COGAT, denied that deliveries were restricted.",
        "The firm holds 7% of the market, according to research firm IDC.",
    )
    assert [r["speaker"] for r in rows] == ["COGAT", "IDC"]


def test_unresolvable_speakers_stay_open_but_keep_their_mention():
    rows = quotes_of("“We are fine,” he said. Some said the plan would fail.")
    assert [r["kind"] for r in rows] == ["direct", "indirect"]
    assert all(pd.isna(r["speaker"]) and r["speaker_kind"] == "unknown" for r in rows)
    assert [r["speaker_mention"] for r in rows] == ["he", "Some"]


def test_a_work_noun_before_words_in_lower_case_is_still_speech():
    rows = quotes_of(
        "Jury president Todd Haynes called the film “a quiet masterpiece about endurance”.",
        "The festival opened with the film “Northern Line” on Thursday.",
    )
    assert [(r["kind"], r["text"]) for r in rows] == [
        ("partial", "a quiet masterpiece about endurance")
    ]  # the quoted name given the object is the statement (the title line gives none)
    assert rows[0]["speaker"] == "Todd Haynes"


def test_the_date_of_the_saying_is_not_reported():
    rows = quotes_of("The culture ministry said last month it would raise its grant by 2%.")
    assert rows[0]["text"] == "it would raise its grant by 2%"
    assert rows[0]["speaker"] == "culture ministry"


# --- lessons from real wire copy (invented snippets) -------------------------------------------


def test_trailing_question_clause_is_not_what_was_said():
    rows = quotes_of(
        "The ministry said on Tuesday that the bridge was safe when asked whether inspections "
        "had been skipped last year."
    )
    said = find(rows, "the bridge was safe")
    assert said["text"] == "the bridge was safe"
    assert said["speaker"] == "ministry"


def test_a_document_is_not_a_speaker():
    by_author = quotes_of(
        "A statement from Halvorsen Shipping said the harbour would reopen on Friday."
    )
    assert find(by_author, "the harbour would reopen")["speaker"] == "Halvorsen Shipping"
    anonymous = quotes_of(
        "Voters were told to bring identification.",
        "The statement said the count would start at nine.",
    )
    assert find(anonymous, "the count would start")["speaker"] is None


def test_according_to_a_report_in_a_publication():
    rows = quotes_of(
        "According to a report in the Harbour Gazette, an internal memo at Norvik Bank showed "
        "the lender had lost clients."
    )
    reported = find(rows, "the lender had lost clients")
    assert reported["speaker"] == "Harbour Gazette"
    assert reported["text"].startswith("an internal memo")


def test_a_title_word_in_a_company_name_stays():
    rows = quotes_of("General Dynamics said on Monday it would hire 500 engineers.")
    assert find(rows, "it would hire 500 engineers")["speaker"] == "General Dynamics"


def test_quote_after_a_paragraph_ending_in_said_colon():
    rows = quotes_of(
        "In a statement, council leader Mira Holt said:",
        "“We will rebuild the library before winter.”",
    )
    assert find(rows, "We will rebuild the library")["speaker"] == "Mira Holt"


def test_released_a_statement_saying_takes_the_releaser():
    rows = quotes_of(
        "Senator Ruth Calder said she was “appalled”, releasing a statement saying “This plan "
        "fails the farmers of our state.”"
    )
    assert find(rows, "This plan fails the farmers")["speaker"] == "Ruth Calder"


def test_a_long_role_before_the_name_gives_the_name():
    rows = quotes_of(
        "“It is a fair deal for the port,” said the general secretary of the dockers union "
        "Portlink, Owen Tasker."
    )
    assert find(rows, "It is a fair deal")["speaker"] == "Owen Tasker"


def test_a_name_inside_quote_marks_is_no_antecedent():
    rows = quotes_of(
        "Mark Ellison called the new show “Marty Kovacs for radio”. He said it would run for "
        "at least three seasons."
    )
    assert find(rows, "it would run for at least three seasons")["speaker"] == "Mark Ellison"


def test_the_writers_aside_is_not_a_statement():
    rows = quotes_of(
        "Sales rose in March. It is interesting to note that rival chains cut prices at the "
        "same time."
    )
    assert not [r for r in rows if "rival chains" in r["text"]]


def test_a_parenthetical_saying_reports_the_whole_sentence():
    rows = quotes_of(
        "Mayor Ines Duarte spoke at the depot on Friday.",
        "The new timetable, she said, would start in spring.",
    )
    said = find(rows, "would start in spring")
    assert said["text"].startswith("The new timetable")
    assert said["speaker"] == "Ines Duarte"


def test_a_purpose_infinitive_is_not_a_saying():
    rows = quotes_of(
        "About one in 200 buyers, the retailer said, rang the helpline to complain about the hinge."
    )
    assert not [r for r in rows if r["cue"] and r["cue"].startswith("complain")]


def test_the_group_is_the_body_that_last_acted():
    rows = quotes_of(
        "Tenant Voice declined to endorse Harbor Homes's new lease on Monday.",
        "The group said the lease still allowed sudden rent rises.",
    )
    assert find(rows, "the lease still allowed")["speaker"] == "Tenant Voice"


def test_spoke_out_that_reports_a_statement():
    rows = quotes_of("Chief executive Dana Koller spoke out on Tuesday that the plant would close.")
    assert find(rows, "the plant would close")["speaker"] == "Dana Koller"


def test_reported_clause_stops_where_its_direct_quote_starts():
    rows = quotes_of(
        "Beyond the new routes, Okafor stated that there was room to grow in Asia, saying, "
        "“We will look east once the fleet arrives.”"
    )
    reported = find(rows, "there was room to grow")
    assert "look east" not in reported["text"]
    assert find(rows, "We will look east")["speaker"] == "Okafor"


def test_a_job_word_before_a_name_is_no_part_of_it():
    rows = quotes_of(
        "Employee Lena Voss said the night shift would end in May.",
        "Voss added that nobody would lose pay.",
    )
    assert {r["speaker"] for r in rows} == {"Lena Voss"}


def test_the_firm_is_the_body_an_apposition_called_a_firm():
    rows = quotes_of(
        "Streaming overtook discs last year, according to Norvik Data, a market research firm. "
        "Sales of discs fell to Belmont Records' lowest level.",
        "The firm said vinyl was the only format still growing.",
    )
    assert find(rows, "vinyl was the only format")["speaker"] == "Norvik Data"


def test_passive_reporting_verb_names_no_speaker():
    rows = quotes_of(
        "Upgrades to the ticket app were also announced; fares and a new night service start "
        "in June."
    )
    assert not [r for r in rows if r["speaker"] and "Upgrades" in r["speaker"]]


def test_a_count_of_times_is_not_the_speaker():
    rows = quotes_of(
        "Governor Alma Reyes spoke for an hour. She several times described the budget as "
        "“lean but fair”."
    )
    assert find(rows, "lean but fair")["speaker"] == "Alma Reyes"


def test_a_person_named_after_a_long_role_is_the_speaker():
    rows = quotes_of(
        "Chief investment officer at Kestrel Asset Management Robert Hale said: “The sell-off "
        "was driven by machines, not by people.”"
    )
    quote = find(rows, "The sell-off was driven")
    assert quote["speaker"] == "Robert Hale"
    assert quote["role"].startswith("Chief investment officer")


def test_a_review_speaks_for_its_publication_or_nobody():
    rows = quotes_of("A review in the Daily Ledger said the tablet was worth its price.")
    assert find(rows, "the tablet was worth its price")["speaker"] == "Daily Ledger"


def test_said_in_a_statement_then_a_quote_without_comma_is_direct():
    rows = quotes_of(
        "Senator Joan Pryce said in a short statement “We are dismayed that the yard will "
        "close before Christmas.”"
    )
    quote = find(rows, "We are dismayed")
    assert quote["kind"] == "direct"
    assert quote["speaker"] == "Joan Pryce"


def test_a_report_inside_a_report_keeps_both_speakers():
    rows = quotes_of(
        "The Harbour Gazette reported on Monday that the transport minister said the ferry "
        "contract was cancelled."
    )
    outer = find(only(rows, "indirect"), "the transport minister said")
    inner = [r for r in only(rows, "indirect") if r["text"] == "the ferry contract was cancelled"]
    assert outer["speaker"] == "Harbour Gazette"
    assert len(inner) == 1 and inner[0]["speaker"] == "transport minister"


def test_a_speaker_repeating_herself_is_one_report():
    rows = quotes_of(
        "Mayor Alma Reyes said on Friday that she had told the council the budget was fair."
    )
    assert [r["speaker"] for r in only(rows, "indirect")] == ["Alma Reyes"]


def test_the_report_speaks_for_whoever_issued_it_earlier():
    rows = quotes_of(
        "Norvale Mining said in an annual report on Tuesday that output fell by a fifth. "
        "The report said the Kestrel pit would close in June.",
        "Separately, a report by the Coastal Fisheries Board found that catches had halved. "
        "According to the report, three harbours had lost their fleets.",
    )
    assert find(rows, "the Kestrel pit would close")["speaker"] == "Norvale Mining"
    assert find(rows, "three harbours had lost")["speaker"] == "Coastal Fisheries Board"


def test_a_work_named_by_another_work_word_keeps_its_author():
    rows = quotes_of(
        "A survey by the Marlow Housing Trust found that rents had risen by a third. The study "
        "said that young tenants were hit hardest."
    )
    assert find(rows, "young tenants were hit hardest")["speaker"] == "Marlow Housing Trust"


def test_the_study_links_to_its_authors_and_a_lone_report_to_nobody():
    rows = quotes_of(
        "Engineers inspected the crossing. The report said that the old bridge needed urgent "
        "repairs.",
        "A study by the Lindqvist Institute found that commuting times had grown. The study said "
        "remote work had not reversed the trend.",
    )
    assert pd.isna(find(rows, "the old bridge needed urgent repairs")["speaker"])
    assert find(rows, "remote work had not reversed")["speaker"] == "Lindqvist Institute"


def test_he_skips_a_product_the_tagger_called_a_person():
    rows = quotes_of(
        "Darnell Okafor, the union leader, spoke to workers in Leeds. Safari had crashed for "
        "hours. He said the talks would resume on Friday.",
        "Chief executive Tim Cook opened the event in Cupertino. Apple also showed Launchpad, a "
        "new screen for apps, and Mission Control. He said that both would ship in July.",
    )
    assert find(rows, "the talks would resume")["speaker"] == "Darnell Okafor"
    assert find(rows, "both would ship in July")["speaker"] == "Tim Cook"


def test_the_firm_is_no_product_written_with_the():
    rows = quotes_of(
        "Brightwater Mobile sells routers. Analysts compared the iPod with the Walkman. The firm "
        "said sales rose by 4%."
    )
    assert find(rows, "sales rose by 4%")["speaker"] == "Brightwater Mobile"


def test_he_still_finds_a_person_known_by_role_or_surname_alone():
    rows = quotes_of(
        "Nuno Ferreira, the county's flood coordinator, visited the dam. Water had reached the "
        "spillway. He said the town was safe for now.",
        "Tamsin Obuya arrived later. Obuya praised the volunteers. The river was falling. She "
        "said the road would reopen on Sunday.",
    )
    assert find(rows, "the town was safe")["speaker"] == "Nuno Ferreira"
    assert find(rows, "the road would reopen")["speaker"] == "Tamsin Obuya"


def test_a_report_that_only_wraps_quoted_words_is_one_partial_row():
    rows = quotes_of(
        "In a statement, the ferry operator said that “the cause of the delay was a fault in the "
        "loading ramp that our crews could not repair at sea”."
    )
    words = [r for r in rows if "loading ramp" in r["text"]]
    assert [r["kind"] for r in words] == ["partial"]


def test_a_scare_quote_inside_a_report_is_part_of_the_report():
    rows = quotes_of(
        "Harriet Vance said that Kestrel Foods is “getting ready” for the move to a new warehouse."
    )
    report = find(only(rows, "indirect"), "Kestrel Foods is")
    assert "“getting ready”" in report["text"]
    assert report["speaker"] == "Harriet Vance"
    assert len(rows) == 1


def test_a_partial_of_another_speaker_inside_a_report_stays():
    rows = quotes_of(
        "Ruth Okafor said that the mayor had called the budget “a shambles” at the meeting."
    )
    assert find(only(rows, "partial"), "a shambles")["speaker"] != "Ruth Okafor"
