"""Event names on timeline rows: short 'who did what', never a dangling fragment.

Invented snippets, one construction each; the seed's captions are checked in test_timeline.py's
fixture article.
"""

from __future__ import annotations

import pytest

from lib.pipeline import analyze
from lib.timeline.events import _trim_sentence
from lib.timeline.extract import extract_timeline
from tests.paths import ROOT
from tests.test_temporal import context, one, rows


def event(body: str, expression: str) -> str:
    return one(body, expression)["event"]


def test_an_infinitive_is_told_with_the_verb_governing_it():
    text = event("The airline plans to open a route to Lima in 2026.", "2026")
    assert text.startswith("The airline plans to open")


def test_a_relative_clause_takes_the_noun_it_hangs_on_as_subject():
    text = event("She founded a bakery in Leeds, which was sold to a rival in 2019.", "2019")
    assert "was sold to a rival" in text
    assert not text.startswith("which")


def test_a_joined_verb_borrows_the_first_verbs_subject():
    text = event("The ferry left Dover at dawn and reached Calais on Friday.", "Friday")
    assert text.startswith("The ferry") and "reached Calais" in text


def test_other_dates_stay_out_of_an_event():
    text = event("The bridge, closed since 2019, reopened to traffic on Friday.", "Friday")
    assert "2019" not in text and "reopened" in text


def test_side_clauses_are_left_out_and_the_phrase_goes_on_after_them():
    body = "The minister said the plan, which was drafted in June, will cut waiting lists."
    text = event(body, "June")
    assert "drafted" in text and "which" not in text


@pytest.mark.parametrize(
    "body",
    [
        "Engineers expect the tunnel to open in 2027.",
        "The council is scheduled to vote on the budget on Thursday.",
        "Police said two men were arrested on Saturday and charged on Sunday.",
        "Shares in the retailer fell 8% on Tuesday after a profit warning.",
        "The company, founded in 1998, will move its headquarters next year.",
    ],
)
def test_events_start_with_who_acted_and_never_dangle(body):
    for row in rows(body):
        text = row["event"]
        first = text.split()[0].lower()
        assert first not in ("to", "is", "was", "were", "will", "be", "been", "has", "had"), text
        last = text.rstrip("…").split()[-1].lower()
        assert last not in ("the", "a", "of", "to", "and", "which", "that", "more"), text


def test_seed_caption_event_is_the_scene_not_the_participle(seed):
    tables = seed
    captions = [r for r in tables.timeline.to_dict("records") if r["date_text"] == "24 March, 2024"]
    second = captions[1]["event"]
    assert "candles" in second.lower() and "placed" in second
    assert "declared following" not in second


def test_durations_stay_in_an_event_and_a_dated_preposition_goes():
    text = event("The repairs took six months in early 2023.", "early 2023")
    assert "six months" in text and "2023" not in text
    text = event("The phone is slated for a European release on June 24.", "June 24")
    assert text.endswith("for a European release")


def test_a_bare_copula_gives_the_sentence_not_a_dangling_is():
    text = event("The first crossing of the bridge was in 1994.", "1994")
    assert not text.endswith(" was")


def test_a_long_subject_loses_its_tail_not_half_a_hyphenated_word():
    body = (
        "The delivery of the double-deck cargo aircraft to the three Gulf carriers "
        "will be delayed until October 2027."
    )
    text = event(body, "October 2027")
    assert text.startswith("The delivery") and "will be delayed" in text
    assert not text.startswith(("deck", "-"))


# --- pronoun subjects, named events, inscriptions ------------------------------------------


def test_it_takes_the_organization_subject_of_the_previous_sentence():
    body = "The Harbour Authority opened a ferry terminal. It was renamed in 2021."
    text = event(body, "2021")
    assert text.startswith("The Harbour Authority") and "renamed" in text
    assert not text.startswith("It")


def test_they_stays_when_another_plural_of_the_previous_sentence_competes():
    body = "Detectives questioned three drivers. They were released on Tuesday."
    assert event(body, "Tuesday").startswith("They")


def test_he_stays_when_two_people_could_be_meant():
    body = "Maria Lopez met Tom Okafor in Lagos. He resigned on Thursday."
    assert event(body, "Thursday").startswith("He")


def test_a_speech_pronoun_takes_the_quotes_resolved_speaker():
    ctx = context("“We are ready,” he said on Friday, praising the crew.")
    pron = next(t for t in ctx.doc if t.lower_ == "he")
    ctx.quotes = [{"speaker": "Ana Ruiz", "speaker_start": pron.idx, "start": 0, "end": 0}]
    row = next(r for r in extract_timeline(ctx) if r["date_text"] == "Friday")
    assert row["event"].startswith("Ana Ruiz said")


@pytest.mark.parametrize(
    ("body", "expression", "name"),
    [
        ("Banks failed during the 2008 financial crisis.", "2008", "2008 financial crisis"),
        ("The 1999 Izmit earthquake flattened towns.", "1999", "1999 Izmit earthquake"),
        ("Turnout fell in the 4 May election.", "the 4 May", "4 May election"),
    ],
)
def test_a_date_inside_an_event_name_keeps_the_name_as_event(body, expression, name):
    row = one(body, expression)
    assert row["event"] == name
    assert row["precision"] in ("year", "day")


def test_a_named_day_of_a_known_event_takes_its_year_not_the_last_occurrence():
    row = one("Airport checks were tightened after the September 11 attacks.", "September 11")
    assert row["date"] == "2001-09-11" and row["event"] == "September 11 attacks"


def test_a_date_in_a_short_inscription_names_the_thing_bearing_it():
    body = "A banner reading “Never forget 14.06.2017” hung from the tower on Sunday."
    row = one(body, "14.06.2017")
    assert row["date"] == "2017-06-14"
    assert row["event"] == "A banner reading “Never forget 14.06.2017”"


def test_a_pronoun_after_a_noun_of_its_own_sentence_stays():
    body = "The Harbour Authority bought a tug. After repairs to the tug, it will sail on Friday."
    assert event(body, "Friday").startswith("it will sail")


def test_an_expletive_it_is_never_replaced():
    body = "The Harbour Authority bought a tug. It is expected that the tug sails on Friday."
    assert "Harbour Authority" not in event(body, "Friday")


def test_a_named_event_drops_a_common_owner_but_keeps_a_named_one():
    assert one("Banks recalled the country's 1998 debt crisis.", "1998")["event"] == (
        "1998 debt crisis"
    )
    assert one("Banks recalled Peru's 1998 debt crisis.", "1998")["event"] == (
        "Peru's 1998 debt crisis"
    )


def test_an_ordinal_named_day_takes_the_known_year():
    row = one("Stocks fell after the September 11th attacks.", "September 11th")
    assert row["date"] == "2001-09-11"


# --- a reporting verb written after what was reported ---------------------------------------


def test_a_clause_final_reporting_verb_tells_its_own_speaker_and_the_gist():
    body = (
        "A fierce storm swept through the valley on Sunday night, leaving 5,000 homes without "
        "power, the power company said on Monday."
    )
    text = event(body, "Monday")
    assert text.startswith("The power company said"), text
    assert "storm swept through the valley" in text
    assert "storm said" not in text and "Sunday" not in text


@pytest.mark.parametrize(
    ("body", "expression", "speaker", "gist"),
    [
        (
            "The bridge will stay shut for repairs, officials said on Monday.",
            "Monday",
            "Officials said",
            "the bridge will stay shut",
        ),
        (
            "Two men were arrested after the raid, police said in a statement on Tuesday.",
            "Tuesday",
            "Police said",
            "two men were arrested",
        ),
        (
            "The plant will close next spring, he said on Wednesday.",
            "Wednesday",
            "He said",
            "the plant will close",
        ),
    ],
)
def test_reported_first_sentences_start_with_the_speaker(body, expression, speaker, gist):
    text = event(body, expression)
    assert text.startswith(speaker) and gist in text, text


def test_a_direct_quote_before_the_speaker_stays_quoted():
    text = event("“We will rebuild the library,” the mayor said on Friday.", "Friday")
    assert text == "The mayor said “We will rebuild the library”"


def test_a_speaker_after_an_opening_phrase_keeps_the_usual_reading():
    text = event("Under the deal, the airline said on Monday it will buy ten jets.", "Monday")
    assert "the airline said it will buy ten jets" in text


# --- quoted words inside a clause -------------------------------------------------------------


def test_a_quote_inside_a_clause_keeps_its_words_so_nothing_dangles():
    body = (
        "Speaking for the defence, solicitor Tom Reyes said his client was “truly sorry” and "
        "had repaid every penny to the charity since the audit."
    )
    ctx = context(body)
    text = _trim_sentence(ctx, ctx.sentences[-1])
    assert "was truly sorry" in text and "was and" not in text, text
    last = text.rstrip("…").split()[-1].lower()
    assert last not in ("was", "and", "had", "to", "the", "with"), text


def test_a_standalone_quote_is_still_left_out_of_a_trimmed_sentence():
    ctx = context("“It was a long night for everyone here,” a nurse at the hospital told us.")
    text = _trim_sentence(ctx, ctx.sentences[-1])
    assert text.startswith("a nurse at the hospital"), text


def test_the_court_report_event_never_ends_on_a_dangling_word():
    tables = analyze(ROOT / "tests" / "articles" / "court-pension-fraud.txt")
    for text in tables.timeline["event"]:
        last = text.rstrip("…").split()[-1].lower()
        assert last not in ("was", "and", "or", "had", "is", "the", "a", "of", "with"), text
    row = tables.timeline[tables.timeline.date_text == "February 2022"].iloc[0]
    assert "was and" not in row["event"]
