"""Quote-mark pairing: styles, apostrophes, news-style runs and arbitrary input."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from lib.article import Paragraph
from lib.quotes.lexicon import cue_form_count, inflect, lexicon
from lib.quotes.marks import find_quoted


def quoted(*paragraphs: str) -> list[str]:
    text, paras, pos = "", [], 0
    for i, p in enumerate(paragraphs):
        if text:
            text += "\n\n"
        start = len(text)
        text += p
        paras.append(Paragraph(i, start, len(text), "body"))
        pos = len(text)
    assert pos == len(text)
    return [text[s.start : s.end] for s in find_quoted(text, paras)]


def test_each_style_pairs():
    assert quoted("“a b”, then «c d», ‘e f’ and \"g h\" and 'i j'.") == [
        "a b",
        "c d",
        "e f",
        "g h",
        "i j",
    ]


def test_apostrophes_are_not_marks():
    assert (
        quoted("Russia’s voters’ choice, the players' union and rock 'n' roll in the '90s.") == []
    )


def test_plural_possessive_inside_a_single_quote():
    assert quoted("‘The voters’ choice is clear,’ he said.") == ["The voters’ choice is clear"]


def test_news_style_run_over_a_paragraph_break():
    assert quoted("“First, open beds.", "“Second, hire nurses.”") == [
        "First, open beds.",
        "Second, hire nurses.",
    ]


def test_partial_quote_left_open_does_not_run_on():
    got = quoted('He said it was "overdue.', "“We need points,” he said.")
    assert got[-1] == "We need points"


def test_cue_lexicon_is_broad_and_inflected():
    lex = lexicon()
    assert cue_form_count() > 800
    assert {
        "said",
        "says",
        "saying",
        "told",
        "warned",
        "insists",
        "denied",
        "claiming",
    } <= lex.speech
    assert {"asked", "shouted", "sighed"} <= lex.direct
    assert inflect("deny") >= {"deny", "denies", "denied", "denying"}
    assert ("according", "to") in lex.source_after


MARKS = "“”„«»\"‘’‹›'"
fragments = st.lists(
    st.one_of(st.sampled_from(list(MARKS)), st.sampled_from(["word", " ", "s", ",", ".", "\n\n"])),
    max_size=60,
)


@settings(max_examples=300, deadline=None)
@given(fragments)
def test_any_mix_of_marks_gives_spans_inside_their_paragraph(parts):
    text = "".join(parts)
    paras, i = [], 0
    for block in text.split("\n\n"):
        if block:
            paras.append(Paragraph(len(paras), i, i + len(block), "body"))
        i += len(block) + 2
    for s in find_quoted(text, paras):
        para = next(p for p in paras if p.paragraph_id == s.paragraph)
        assert para.start <= s.start < s.end <= para.end
        assert text[s.open_pos] in MARKS


def test_quote_rule_data_lists_have_no_repeated_entries():
    """A repeated word in a rule list is a slip (the second copy does nothing)."""
    import collections
    import tomllib

    from lib.ruledata import DATA_DIR

    def lists(node, path):
        if isinstance(node, dict):
            for key, value in node.items():
                yield from lists(value, f"{path}.{key}")
        elif isinstance(node, list):
            yield path, node

    for name in ("cues.toml", "speakers.toml"):
        data = tomllib.loads((DATA_DIR / name).read_text(encoding="utf-8"))
        for path, items in lists(data, name):
            repeated = [w for w, n in collections.Counter(items).items() if n > 1]
            assert not repeated, f"{path} repeats {repeated}"


def test_a_quote_reopened_after_a_sentence_is_one_quote_per_sentence():
    """British layout: a new opening mark starts the next quoted sentence, the first never closed."""
    assert quoted(
        'The manager said: "It was a hard night. "The lads gave everything." Then he left.'
    ) == ["It was a hard night.", "The lads gave everything."]
    assert quoted("“We lost. “We will be back next season,” she said.") == [
        "We lost.",
        "We will be back next season",
    ]


def test_a_mark_inside_an_open_quote_mid_sentence_does_not_reopen_it():
    # no finished sentence before the second mark: the earlier mark stays dropped, as before
    assert quoted('He said "we never "agreed" to that.') == ["agreed"]
