"""The renderers and charts on the real test articles, as the extractors produce them today."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app import charts, render, view
from app.cache import analyze_cached
from tests.app_fixtures import parse

ARTICLES = sorted((Path(__file__).parent / "articles").glob("*.txt"))[::2]
LAYERS = ["quotes", "figures", "dates", "entities"]


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_pages_pieces_on_real_articles(path):
    raw = path.read_bytes()
    meta_path = path.with_suffix(".json")
    meta = {}
    if meta_path.exists():
        meta = {k: v for k, v in json.loads(meta_path.read_text()).items() if isinstance(v, str)}
    t = analyze_cached(raw, path.name, meta)
    colors = view.speaker_colors(t)
    speakers, topics = view.speaker_options(t), view.topic_options(t)
    filters = view.Filters(
        speaker=speakers[0] if speakers else None, topic=topics[0] if topics else None
    )
    for f in (view.Filters(), filters):
        shape = parse(render.article_html(t, LAYERS, colors, f))
        assert "".join(shape.text) == "".join(t.paragraphs["text"])
        anchors = {a["id"] for _, a in shape.tags if "id" in a}
        assert anchors == {f"nd-q-{i}" for i in t.quotes["quote_id"]}
        parse(render.legend_html(view.legend(t, LAYERS, colors, f)))
        parse(
            render.quote_list_html(
                t.quotes, colors, view.match_mask(t.quotes, "quotes", f, t.quotes)
            )
        )
    parse(render.quote_cards_html(t, t.quotes, colors))
    parse(render.speaker_cards_html(view.speaker_summary(t, colors)))
    frame = view.timeline_frame(t, filters, "actor")
    assert len(frame) == len(t.timeline)
    if len(frame):
        charts.timeline_figure(frame, colors=colors)
    figures = view.figures_frame(t, filters)
    if len(figures) and figures["value"].notna().any():
        charts.figures_figure(figures)
    if len(t.quotes):
        counts = view.quote_counts_frame(t, t.quotes)
        assert counts["quotes"].sum() == len(t.quotes)
        charts.quotes_figure(counts, colors)
    for row in view.key_figures(t).to_dict("records"):
        assert view.figure_value(row)
