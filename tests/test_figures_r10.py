"""Round 10, figures: the stage stays close to linear on table-shaped text, and the measure
constructions checked on untuned text (PolNeAR train 451-840) before they were kept."""

from __future__ import annotations

import cProfile
import pstats
import re

from hypothesis import given
from hypothesis import strategies as st

from lib.context import Context
from lib.facts.carry import _to_before
from lib.facts.doccache import has_lemma, lower_case_lemmas, sentence_forms
from lib.facts.figures import find_figures
from lib.nlp import load_nlp, parse
from lib.pipeline import prepare


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
