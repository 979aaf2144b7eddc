"""Round 10, figures: the stage stays close to linear on table-shaped text, and the measure
constructions checked on untuned text (PolNeAR train 451-840) before they were kept."""

from __future__ import annotations

import cProfile
import pstats
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lib.context import Context
from lib.facts.carry import _to_before
from lib.facts.doccache import has_lemma, lower_case_lemmas, sentence_forms
from lib.facts.extract import describe_figure, figure_label
from lib.facts.figures import find_figures
from lib.nlp import load_nlp, parse
from lib.pipeline import prepare
from tests.test_figures import figures_in, one


def _made_up_name(i: int) -> str:
    word = ""
    while True:
        word += "bdfklmnprstv"[i % 12] + "aeiou"[i % 5]
        i //= 12
        if not i:
            return word.capitalize()


def _results_table(rows: int) -> str:
    """A table pasted as text: one row a line, a name and columns of numbers."""
    lines = [
        f"Votes in the {_made_up_name(i)} County of the state\t{i * 37 % 9999:,}\t"
        f"{i % 97}.{i % 10}%\t${i % 500}.{i % 10} million\t{1990 + i % 30}"
        for i in range(rows)
    ]
    return "Results by county\n\n" + "\n".join(lines)


def _calls_per_token(rows: int) -> float:
    """Function calls (Python, and the parser's own where it reports them) the figures stage
    makes per token of the text: a count of work, not a clock."""
    article = prepare(_results_table(rows))
    doc = parse(article, load_nlp())
    ctx = Context.from_parse(article, doc)
    ctx.entities, ctx.quotes = [], []
    prof = cProfile.Profile()
    prof.enable()
    figures = find_figures(ctx)
    prof.disable()
    assert len(figures) >= 2 * rows  # the rows' numbers are read as figures
    calls = sum(v[1] for v in pstats.Stats(prof).stats.values())  # type: ignore[attr-defined]
    return calls / len(doc)


def test_figures_on_a_table_do_work_linear_in_its_length():
    """Work per token stays flat when the table grows fourfold. Article-wide questions (is this
    a poll story?) and sentence-wide ones (a verb of voting?) asked once per figure made it grow
    with figures x text: 328 -> 440 calls per token at these sizes, exponent 1.47 at 25-100 KB."""
    small, large = _calls_per_token(200), _calls_per_token(800)
    assert large < 1.15 * small


_TO_PREV = re.compile(r"\d[^\S\n]+to[^\S\n]+\Z")  # the search over the whole text it replaced


@given(st.text(alphabet="12 to\n\tx", max_size=30))
def test_to_before_answers_as_the_search_over_the_text_did(text):
    for at in range(len(text) + 1):
        assert _to_before(text, at) == bool(_TO_PREV.search(text, 0, at))


def test_the_kept_words_are_what_a_scan_finds():
    article = prepare(
        "Council votes on budget\n\nThe council voted 7 to 2 on Monday. Polls closed at eight, "
        "and Voters in the Poll district waited."
    )
    doc = parse(article, load_nlp())
    assert lower_case_lemmas(doc) == {t.lemma_ for t in doc if t.is_lower}
    sent = next(iter(doc.sents))
    forms = sentence_forms(sent)
    assert forms["vote"] == {t.lower_ for t in sent if t.lemma_.lower() == "vote"}
    assert has_lemma(sent, ("vote", "ballot")) and not has_lemma(sent, ("poll",))
    assert sentence_forms(sent) is forms  # read once, kept while the Doc lives


# --- a win or a loss by a margin ----------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "value_text", "measure"),
    [
        ("Alvarez lost by 31 points in the district.", "31", "margin of defeat"),
        ("The mayor won it by double digits last time.", "double digits", "margin of victory"),
        (
            "Okafor beat Lindqvist by 7 percentage points.",
            "7 percentage points",
            "margin of victory",
        ),
        ("The councillor won by 240 votes after a recount.", "240", "margin of victory"),
    ],
)
def test_a_win_or_loss_by_an_amount_with_nothing_named_won_is_its_margin(body, value_text, measure):
    assert one(body, value_text)["measure"] == measure


@pytest.mark.parametrize(
    ("body", "value_text", "measure"),
    [
        # a contest named as the object keeps its own margin; a lead is the poll readers'
        ("The senator lost the runoff by 12 points to a newcomer.", "12", "runoff margin"),
        ("In the survey, Berg leads Quist by 6 points.", "6", "poll lead of Berg"),
    ],
)
def test_a_named_contest_or_a_lead_keeps_its_reading(body, value_text, measure):
    assert one(body, value_text)["measure"] == measure


def test_the_margin_is_the_winners_or_the_losers():
    assert one("Alvarez lost by 31 points in the district.", "31")["subject"] == "Alvarez"


def test_a_split_of_the_vote_is_no_margin():
    body = "Voters approved the levy by 58% to 42% on Tuesday."
    assert not any(f["measure"].startswith("margin") for f in figures_in(body))


# --- how often ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    ["I have been to the plant twice this year.", "She was on the ballot three times."],
)
def test_how_often_someone_was_somewhere_is_no_figure(body):
    assert not any(f["unit"] == "times" for f in figures_in(body))


def test_how_often_something_happened_reads_once_as_times():
    row = one("The inspectors visited the mine five times in June.", "five")
    assert (row["unit"], row["measure"]) == ("times", "times visited mine")
    assert figure_label(row) == "times visited mine"  # not "times visited mine (times)"
    assert describe_figure(row) == "five times visited mine"


def test_a_place_in_a_list_in_brackets_is_no_figure():
    assert figures_in("The order of the draw: Anna Berg (2.) and Hiro Quist (3.)") == []


# --- a duration with '-plus' ------------------------------------------------------------------


def test_a_duration_with_plus_is_read_as_the_duration():
    assert figures_in("The drive will go on for the next four-plus weeks in the state.") == []
    row = one("She served 12-plus years in prison for the theft.", "12")
    assert (row["unit"], row["measure"]) == ("years", "prison sentence")


# --- an age limit after a group of people -------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Drivers under 25 pay more for insurance than anyone else.",
        "Among those over 65, the governor had a clear advantage.",
        "Women under 40 back the measure by a wide margin.",
    ],
)
def test_an_age_limit_after_a_group_is_no_figure(body):
    assert not any(f["value"] in (25, 65, 40) for f in figures_in(body))


def test_a_count_after_over_stays_a_figure():
    row = one("Officials said over 30 people were hurt in the crash.", "30")
    assert (row["qualifier"], row["unit"]) == ("over", "people")


# --- a long run of digits -----------------------------------------------------------------


def test_a_long_run_of_digits_is_an_identifier_and_a_large_count_stays():
    assert figures_in("The post, number 774102938475610293, was deleted on Monday.") == []
    row = one("The network has 1,250,000,000 users, the company said.", "1,250,000,000")
    assert row["value"] == 1_250_000_000
