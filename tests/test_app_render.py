"""The reader's markup: every article character shown exactly once, escaped, in balanced tags."""

from __future__ import annotations

import dataclasses
import html
import re

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from app import render, view
from lib import schema
from tests import app_fixtures as fx
from tests.app_fixtures import parse

ALL_LAYERS = ["quotes", "figures", "dates", "entities"]


def paragraph_texts(t) -> str:
    return "".join(t.paragraphs["text"])


def test_reader_shows_each_paragraph_exactly_with_all_layers_and_filters():
    t = fx.tables()
    colors = view.speaker_colors(t)
    for filters in (
        view.Filters(),
        view.Filters(speaker="Ana Ruiz"),
        view.Filters(topic="disaster"),
    ):
        shape = parse(render.article_html(t, ALL_LAYERS, colors, filters))
        assert "".join(shape.text) == paragraph_texts(t)


def test_reader_marks_every_row_with_a_hover_title():
    t = fx.tables()
    shape = parse(render.article_html(t, ALL_LAYERS, view.speaker_colors(t), view.Filters()))
    classes = [a.get("class", "") for tag, a in shape.tags if tag == "span"]
    titled = [a for tag, a in shape.tags if tag == "span" and "nd-mark" in (a.get("class") or "")]
    assert all(a.get("title") for a in titled)
    anchors = {a["id"] for _, a in shape.tags if a.get("id", "").startswith("nd-q-")}
    assert anchors == {f"nd-q-{i}" for i in t.quotes["quote_id"]}
    assert sum("nd-fig" in c for c in classes) >= len(t.facts[t.facts["kind"] == "figure"])
    assert sum("nd-date" in c for c in classes) >= len(t.timeline)
    mentions = sum(
        len(s)
        for s, label in zip(t.entities["spans"], t.entities["label"], strict=True)
        if label in view.ENTITY_GROUPS
    )
    assert sum("nd-ent " in c for c in classes) >= mentions


def test_layers_toggle_marks_off():
    t = fx.tables()
    markup = render.article_html(t, ["dates"], view.speaker_colors(t), view.Filters())
    assert "nd-date" in markup
    assert "nd-q " not in markup and "nd-fig" not in markup and "nd-ent" not in markup
    # quotes unmarked, yet the side list's links still land on them
    assert all(f'id="nd-q-{i}"' in markup for i in t.quotes["quote_id"])


def test_speaker_filter_dims_other_speakers_and_their_sentences():
    t = fx.tables()
    shape = parse(
        render.article_html(t, ["quotes"], view.speaker_colors(t), view.Filters(speaker="Ana Ruiz"))
    )
    quote_spans = [a for tag, a in shape.tags if "nd-q " in (a.get("class") or "") + " "]
    off = [a for a in quote_spans if "nd-off" in a["class"]]
    assert len(off) == int((t.quotes["speaker"] != "Ana Ruiz").sum())
    dimmed = [a for _, a in shape.tags if "nd-dim" in (a.get("class") or "")]
    assert len(dimmed) == len(t.sentences) - 1  # only the sentence holding her quote stays lit


def test_structure_kinds_are_styled_and_labelled():
    t = fx.tables()
    markup = render.article_html(t, [], view.speaker_colors(t), view.Filters())
    assert 'class="nd-headline" role="heading" aria-level="1"' in markup
    assert 'class="nd-subheading" role="heading" aria-level="2"' in markup
    assert "Photo caption</span>" in markup


def test_one_colour_per_speaker_everywhere():
    t = fx.tables()
    colors = view.speaker_colors(t)
    assert colors == view.speaker_colors(fx.tables())  # deterministic
    assert len({colors[s] for s in view.speaker_options(t)}) == len(view.speaker_options(t))
    ruiz = colors["Ana Ruiz"]
    assert ruiz in render.article_html(t, ["quotes"], colors, view.Filters())
    assert ruiz in render.quote_cards_html(t, t.quotes, colors)
    assert ruiz in render.quote_list_html(t.quotes, colors)
    assert ruiz in render.speaker_cards_html(view.speaker_summary(t, colors))


def test_quote_list_links_to_reader_anchors():
    t = fx.tables()
    links = re.findall(
        r'href="#(nd-q-\d+)"', render.quote_list_html(t.quotes, view.speaker_colors(t))
    )
    assert links == [f"nd-q-{i}" for i in t.quotes["quote_id"]]


def test_empty_states_say_what_happened():
    t = fx.tables(
        "A quiet day\n\nNothing much happened in the village today, and the weather was mild.",
        with_extraction=False,
    )
    colors = view.speaker_colors(t)
    assert "No quotes found in this article." in render.quote_list_html(t.quotes, colors)
    assert "No quotes found" in render.who_speaks_html(view.speaker_summary(t, colors))
    assert "no topics" in render.chips_html([], "no topics").lower()


def hostile(t):
    """Every article-derived string replaced by markup, keeping spans valid."""
    payload = '<img src=x onerror="window.__x=1"><script>window.__x=2</script>'
    text = t.text
    quotes = t.quotes.assign(speaker=payload, role=payload, cue=payload, speaker_mention=payload)
    facts = t.facts.assign(unit=payload, measure=payload, source=payload)
    timeline = t.timeline.assign(resolution=payload, anchor=payload, event=payload)
    entities = t.entities.assign(name=payload, aliases=[[payload]] * len(t.entities))
    return dataclasses.replace(
        t, text=text, quotes=quotes, facts=facts, timeline=timeline, entities=entities
    )


def test_article_derived_strings_never_become_tags():
    t = hostile(fx.tables())
    colors = view.speaker_colors(t)
    summary = view.speaker_summary(t, colors)
    pieces = [
        render.article_html(t, ALL_LAYERS, colors, view.Filters()),
        render.legend_html(view.legend(t, ALL_LAYERS, colors, view.Filters())),
        render.quote_list_html(t.quotes, colors),
        render.quote_cards_html(t, t.quotes, colors),
        render.speaker_cards_html(summary),
        render.who_speaks_html(summary),
        render.header_html("<script>alert(1)</script>", ["<b>x</b>"]),
        render.note_html("<iframe srcdoc='x'>"),
    ]
    for markup in pieces:
        shape = parse(markup)
        tags = {tag for tag, _ in shape.tags}
        assert tags <= {"div", "span", "p", "b", "br", "ol", "li", "a", "blockquote"}, tags
        for _, attrs in shape.tags:
            assert not any(name.startswith("on") for name in attrs)
            assert all(not re.match(r"\s*javascript:", v or "", re.I) for v in attrs.values())


@settings(max_examples=60, deadline=None)
@given(
    st.text(alphabet="ab <>&\"'\n“”", min_size=1, max_size=60),
    st.lists(
        st.tuples(
            st.integers(0, 60),
            st.integers(0, 60),
            st.sampled_from(["quote", "entity", "date", "figure", "sentence"]),
        ),
        max_size=8,
    ),
)
def test_crossing_and_nested_marks_keep_text_and_balance(text, raw_marks):
    marks = []
    for i, (a, b, layer) in enumerate(raw_marks):
        lo, hi = sorted((min(a, len(text)), min(b, len(text))))
        marks.append(
            render.Mark(
                lo,
                hi,
                layer,
                [f"nd-{layer}"],
                title="t",
                anchor=f"nd-q-{i}" if layer == "quote" else "",
                tag="T" if layer == "quote" else "",
            )
        )
    shape = parse(render._spans(text, 0, len(text), [m for m in marks if m.end > m.start]))
    assert "".join(shape.text) == text
    ids = [a["id"] for _, a in shape.tags if "id" in a]
    assert len(ids) == len(set(ids))  # a split mark keeps its anchor on the first piece only
    assert set(ids) == {m.anchor for m in marks if m.anchor and m.end > m.start}


def test_passage_highlights_the_date_words():
    t = fx.tables()
    row = t.timeline.iloc[0]
    s = t.sentences[t.sentences["sentence_id"] == row["sentence_id"]].iloc[0]
    markup = render.passage_html(
        t.text,
        int(s["start"]),
        int(s["end"]),
        int(row["start"]),
        int(row["end"]),
        render.date_title(row.to_dict()),
    )
    hit = re.search(r"<mark[^>]*>(.*?)</mark>", markup)
    assert hit and html.unescape(hit.group(1)) == row["date_text"]
    assert "".join(parse(markup).text) == s["text"]


def test_schema_of_fixture_is_valid():
    t = fx.tables()
    for name, df in t.tables().items():
        assert schema.validate(name, df, t.text) == [], name
    assert isinstance(t.quotes, pd.DataFrame)
