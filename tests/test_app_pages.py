"""Every page under Streamlit's AppTest: the seed, an article with nothing to find, deep links.

Expected values come from the tables of the same analysis (not hard-coded), so these tests hold
while the extractors improve. AppTest runs the entrypoint (`dashboard.py`, with `st.navigation`)
and switches to a page as the sidebar's links do; deep links are set with `at.query_params`
before the first run, as a browser opening the URL would.
"""

from __future__ import annotations

import html
import json
import re
import urllib.parse

import pytest
from streamlit.testing.v1 import AppTest

from app import library, render, view
from app import sidebar as ui
from app.cache import analyze_cached
from tests.app_alerts import html_of, shown
from tests.app_runs import PAGES, run

ROOT = library.ROOT
TIMEOUT = 90
PLAIN = b"Village fair\n\nThe village fair was quiet and pleasant, and the weather stayed mild for the families who came to see the animals and the flowers.\n"


@pytest.fixture(scope="module")
def saved_dir(tmp_path_factory):
    """A library folder holding the plain article (no quotes, no dates, no figures)."""
    folder = tmp_path_factory.mktemp("library")
    entry = library.save_article(PLAIN, "village-fair.txt", {"title": "Village fair"}, folder)
    return folder, entry.article_id


@pytest.fixture(autouse=True)
def library_env(saved_dir, monkeypatch):
    monkeypatch.setenv(library.LIBRARY_ENV, str(saved_dir[0]))


@pytest.fixture(scope="module")
def seed():
    entry = library.list_articles()[0]
    return analyze_cached(*entry.read())


def app() -> AppTest:
    return AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=TIMEOUT)


def texts_of(at: AppTest) -> str:
    parts = [
        *(e.value for e in at.caption),
        *(e.value for e in at.info),
        *(e.value for e in at.markdown),
    ]
    return "\n".join(str(p) for p in parts)


@pytest.mark.parametrize("page", PAGES)
def test_every_page_renders_the_seed(page, seed):
    at = run(page)
    assert at.selectbox(key="article_pick").value == library.list_articles()[0].article_id
    markup = html_of(at)
    if page == "Overview":
        assert (
            json.loads((ROOT / "data/articles/crocus-city-hall-kremlin.json").read_text())["title"]
            in markup
        )
        assert len(at.metric) == len(view.key_figures(seed))
        assert [m.value for m in at.metric] == [
            view.figure_value(r) for r in view.key_figures(seed).to_dict("records")
        ]
    elif page == "Reader":
        assert 'class="nd-article"' in markup
        assert len(re.findall(r'id="nd-q-\d+"', markup)) == len(seed.quotes)
        assert len(re.findall(r'href="#nd-q-\d+"', markup)) == len(seed.quotes)
    elif page == "Timeline":
        assert len(at.get("plotly_chart")) == (1 if len(seed.timeline) else 0)
        assert len(at.dataframe[0].value) == len(seed.timeline)
    elif page == "Figures":
        figures = seed.facts[seed.facts["kind"] == "figure"]
        assert len(at.dataframe[0].value) == len(figures)
    elif page == "Quotes":
        assert f"{len(seed.quotes)} of {len(seed.quotes)} quotes shown." in texts_of(at)
        assert markup.count('class="nd-card"') == len(seed.quotes) + len(
            view.speaker_summary(seed, {})
        )
    elif page == "Data":
        assert len(at.main.tabs) == len(seed.tables())
        downloads = at.get("download_button")
        assert len(downloads) == 3 * len(seed.tables()) + 1  # and one zip of every table


@pytest.mark.parametrize("page", PAGES)
def test_every_page_on_an_article_without_quotes_or_dates(page, saved_dir):
    at = run(page, article=saved_dir[1])
    assert at.selectbox(key="article_pick").value == saved_dir[1]
    said = texts_of(at) + html_of(at)
    expected = {
        "Overview": ["No figures found in this article.", "No quotes found in this article."],
        "Reader": ["No quotes found in this article."],
        "Timeline": ["No dates found in this article."],
        "Figures": ["No figures found in this article."],
        "Quotes": ["No quotes found in this article."],
        "Data": ["The quotes table is empty for this article."],
    }[page]
    for message in expected:
        assert message in said
    assert at.selectbox(key="speaker").disabled


def test_deep_link_speaker_filters_the_reader(seed):
    speaker = view.speaker_options(seed)[0]
    at = run("Reader", speaker=speaker)
    assert at.selectbox(key="speaker").value == speaker
    markup = html_of(at)
    others = int((seed.quotes["speaker"] != speaker).sum())
    assert len(re.findall(r'class="nd-mark nd-q [^"]*nd-off', markup)) == others
    counts = view.match_counts(seed, view.Filters(speaker=speaker))
    assert f"Filtered by speaker {speaker}: {view.counts_line(counts)}" in html.unescape(markup)


def test_deep_link_layers_and_topic(seed):
    at = run("Reader", layers="Names")
    markup = html_of(at)
    assert "nd-ent " in markup and 'class="nd-mark nd-q ' not in markup
    assert at.get("button_group")[0].value == ["Names"]
    topics = view.topic_options(seed)
    if topics:
        at = run("Reader", topic=topics[0])
        assert at.selectbox(key="topic").value == topics[0]
        counts = view.match_counts(seed, view.Filters(topic=topics[0]))
        note = f"Filtered by topic {topics[0]}: {view.counts_line(counts)}"
        assert note in html.unescape(html_of(at))


def test_unknown_or_hostile_article_ids_fall_back_to_the_seed():
    for wanted in ("../../etc/passwd", "crocus-city-hall-kremlin.txt", "nope"):
        at = run("Overview", article=wanted)
        assert at.selectbox(key="article_pick").value == library.list_articles()[0].article_id
        assert "The article in this link is not in this library" in html_of(at)
        assert not shown(at.sidebar, "warning")


def test_unknown_speaker_or_topic_in_link_is_reported_and_ignored():
    at = run("Reader", speaker="Nobody <b>At</b> All", topic="knitting")
    assert at.selectbox(key="speaker").value is None
    assert at.selectbox(key="topic").value is None
    markup = html_of(at)
    assert " nd-off" not in markup.replace(render.STYLE, "")
    notices = re.findall(r'<div class="nd-notice"[^>]*>(.*?)</div>', markup)
    assert notices == [
        "The speaker “Nobody &lt;b&gt;At&lt;/b&gt; All” in this link is not in this article; "
        "showing all speakers.",
        "The topic “knitting” in this link is not in this article; showing all topics.",
    ]


def test_quote_kind_toggle(seed):
    if seed.quotes.empty:
        pytest.skip("the seed has no quotes yet")
    at = run("Quotes", kinds="direct")
    direct = int((seed.quotes["kind"] == "direct").sum())
    assert f"{direct} of {len(seed.quotes)} quotes shown." in texts_of(at)


def test_paste_open_and_save_to_library(saved_dir):
    text = "Bridge reopens\n\nThe old bridge reopened to traffic after repairs, the city engineer said on Friday.\n"
    at = run("Overview")
    at.text_area(key="paste").input(text).run()
    key = library.content_key(text.encode())
    assert at.text_input(key=f"new_title_{key}").value == "Bridge reopens"
    at.text_input(key=f"new_title_{key}").input("The bridge is back").run()
    at.button(key=f"open_{key}").click().run()
    assert not at.exception
    assert at.selectbox(key="article_pick").value == key
    assert "The bridge is back" in html_of(at)
    assert "Pasted text (no outlet given)" in html_of(at) and "pasted.txt" not in html_of(at)
    at.button(key=f"save_{key}").click().run()
    assert not at.exception
    saved = library.resolve(key, library.list_articles(saved_dir=saved_dir[0]))
    assert saved is not None and saved.read()[0] == text.encode()
    assert saved.title == "The bridge is back"
    assert any("Saved to the library" in s for s in shown(at.sidebar, "success"))


def test_pasted_garbage_gets_a_clear_error():
    at = run("Overview")
    at.text_area(key="paste").input("\u0416\u0416\u0416 12345 !!! ### 0000 %%%% " * 5).run()
    assert not at.exception
    errors = shown(at.sidebar, "error")
    assert errors and "does not look like" in errors[0]


def test_timeline_toggle_and_filtered_pages_keep_working(seed):
    at = run("Timeline")
    toggles = at.toggle
    if toggles:  # some dates lie far from the rest: showing them all adds them back
        before = len(at.get("plotly_chart")[0].proto.spec)
        toggles[0].set_value(True).run()
        assert not at.exception
        assert len(at.get("plotly_chart")[0].proto.spec) > before
    speakers = view.speaker_options(seed)
    for page in ("Timeline", "Figures", "Quotes", "Overview"):
        at = run(page, speaker=speakers[-1] if speakers else "")
        assert not shown(at, "error")


def test_switching_pages_keeps_the_view_and_each_parameter_once(seed):
    """The entrypoint's widgets persist across pages: five switches leave each parameter once."""
    speakers = view.speaker_options(seed)
    if not speakers:
        pytest.skip("the seed has no speakers yet")
    at = run("Reader", speaker=speakers[0], layers=["Quotes", "Names"])
    for page in ("Timeline", "Figures", "Quotes", "Data", "Reader"):
        at.switch_page(PAGES[page]).run()
        assert not at.exception
        assert at.selectbox(key="speaker").value == speakers[0]
        assert [g for g in at.get("button_group") if g.key == "layers"][0].value == [
            "Quotes",
            "Names",
        ]
        assert at.query_params["speaker"] == speakers[0]
        assert at.query_params["layers"] == ["Quotes", "Names"]
    assert f"Filtered by speaker {speakers[0]}" in html.unescape(html_of(at))


def test_the_pages_are_registered_with_st_navigation():
    at = app()
    at.run()
    assert not at.exception
    for path, _, _ in ui.PAGES:
        at.switch_page(path)  # raises for a file st.navigation does not register


def test_an_extractor_bug_gives_a_message_not_a_traceback(monkeypatch):
    def broken(*args, **kwargs):
        raise ZeroDivisionError("bug in an extractor")

    monkeypatch.setattr(ui, "analyze_cached", broken)
    at = app()
    at.switch_page(PAGES["Reader"]).run()
    assert not at.exception
    assert any("analysis failed" in e for e in shown(at, "error"))


def _unwrapped(fragment: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", fragment)).strip()


def test_only_direct_quotes_carry_quote_marks(seed):
    """A paraphrase is the reporter's wording: 'said that …', never in quote marks; a partial
    quote marks its verbatim words only (Quotes page cards and the Reader's side list)."""
    kinds = set(seed.quotes["kind"])
    assert {"direct", "indirect"} <= kinds
    cards = re.findall(
        r'<blockquote class="nd-said-(\w+)">(.*?)</blockquote>', html_of(run("Quotes"))
    )
    items = re.findall(
        # each item's words end its first link (round 10: a link to its card follows)
        r'<span class="nd-meta">([\w ]+)</span><br>(.*?)</a>(?:<a class="nd-to-card"[^>]*>[^<]*</a>)?</li>',
        html_of(run("Reader")),
    )
    labels = {render.kind_label(k): k for k in kinds}
    shown = [*cards, *((labels[label], body) for label, body in items)]
    assert len(shown) == 2 * len(seed.quotes)
    for (kind, body), row in zip(shown, [*seed.quotes.to_dict("records")] * 2, strict=True):
        assert kind == row["kind"]
        words = _unwrapped(body)
        if kind == "direct":
            assert words.startswith("“") and words.endswith("”")
        else:
            assert not words.startswith("“"), words
        if kind == "indirect":
            cue = row["cue"] if isinstance(row["cue"], str) else "said"
            assert words.startswith(f"{cue} that ") or words.startswith(f"{cue} that"), words
        if kind == "partial":
            assert (
                f'<mark class="nd-verbatim" title="verbatim words">{html.escape(row["text"])}</mark>'
                in body
            )


def chart_spec(at: AppTest, n: int = 0) -> dict:
    return json.loads(at.get("plotly_chart")[n].proto.spec)


def test_timeline_lists_events_in_date_order_with_what_when_who(seed):
    at = run("Timeline")
    markup = html_of(at)
    listed = [int(i) for i in re.findall(r'<li id="nd-ev-(\d+)"', markup)]
    order = seed.timeline.assign(d=seed.timeline["date"].astype(str))
    assert listed == order.sort_values(["d", "start"])["event_id"].tolist()
    items = re.findall(r'<li id="nd-ev-\d+".*?</li>', markup)
    sentences = dict(zip(seed.sentences["sentence_id"], seed.sentences["text"], strict=True))
    by_id = seed.timeline.set_index("event_id")
    for event_id, item in zip(listed, items, strict=True):
        row = by_id.loc[event_id]
        text = html.unescape(re.sub(r"<[^>]+>", "", item))
        assert row["event"] in text and sentences[row["sentence_id"]] in text
        assert "How the date was read:" in text and "Who:" in text
        assert f'<mark class="nd-hit" title="">{html.escape(row["date_text"])}</mark>' in item


def test_timeline_chart_is_a_labelled_overview_with_named_lanes(seed):
    spec = chart_spec(run("Timeline"))
    points = [tr for tr in spec["data"] if "markers" in tr.get("mode", "")]
    lanes = {y for tr in points for y in tr["y"]}
    people = set(seed.entities[seed.entities["label"] == "NORP"]["name"])
    assert lanes and not lanes & people and "(none)" not in lanes
    assert all(tr.get("text") for tr in points)  # every point has a label
    far = [d for d in seed.timeline["date"].astype(str) if d < "2020"]
    if far:  # a far date is left out of the default view, and named on the chart
        assert spec["layout"]["xaxis"]["range"][0] > "2020"
        notes = " ".join(a["text"] for a in spec["layout"].get("annotations", []))
        assert far[0][:4] in notes
    speaker = view.speaker_options(seed)[0]
    spec = chart_spec(run("Timeline", speaker=speaker))
    mine = view.filter_table(seed, "timeline", view.Filters(speaker=speaker))
    named = mine[mine["actors"].map(lambda a: speaker in list(a))]
    lane_of = {
        int(c[0]): y
        for tr in spec["data"]
        if "markers" in tr.get("mode", "")
        for c, y in zip(tr["customdata"], tr["y"], strict=True)
    }
    assert len(named) and all(lane_of[i] == speaker for i in named["event_id"] if i in lane_of)


def test_timeline_selection_and_show_all_live_in_the_link(seed):
    event_id = int(seed.timeline["event_id"].iloc[-1])
    at = run("Timeline", event=str(event_id), all_dates="true")
    if at.toggle:
        assert at.toggle(key="all_dates").value is True
    assert [h.value for h in at.subheader][0] == "Selected"
    assert f'<li id="nd-ev-{event_id}" class="nd-event nd-sel"' in html_of(at)
    assert at.query_params["event"] == str(event_id)
    at.switch_page(PAGES["Reader"]).run()
    assert "event" not in at.query_params  # another page's state does not travel


def test_key_figures_follow_the_filters_and_the_chart_keeps_units_apart(seed):
    figures = view.figures_frame(seed, view.Filters())
    sources = [s for s in dict.fromkeys(figures["source"]) if s]
    assert len(sources) > 1
    for source in sources:
        at = run("Figures", speaker=source) if source in view.speaker_options(seed) else None
        if at is None:
            continue
        mine = view.key_figures(seed, filters=view.Filters(speaker=source))
        assert [m.value for m in at.metric] == [
            view.figure_value(r) for r in mine.to_dict("records")
        ]
        shown = view.figures_frame(seed, view.Filters(speaker=source))
        assert {m.value for m in at.metric} <= set(shown[shown["matches"]]["figure"])
    spec = chart_spec(run("Figures"))
    axes = {k: v for k, v in spec["layout"].items() if k.startswith("xaxis")}
    assert all(a.get("type") != "log" for a in axes.values())
    bars = [tr for tr in spec["data"] if tr["type"] == "bar"]
    unit_of = dict(zip(figures["fact_id"], figures["unit"], strict=True))
    units: dict[str, set] = {}
    for tr in bars:
        assert len(tr["text"]) == len(tr["x"])  # each bar carries its value
        units.setdefault(tr.get("xaxis", "x"), set()).update(unit_of[i] for i in tr["customdata"])
    assert len(units) > 1 and all(len(u) == 1 for u in units.values()), units


def test_overview_speaker_rows_and_topic_chips_are_filter_links(seed):
    at = run("Overview", layers=["Quotes", "Names"])
    markup = html_of(at)
    links = [
        html.unescape(h) for h in re.findall(r'<a (?:class="nd-chip" )?href="(\?[^"]*)"', markup)
    ]
    speakers = view.speaker_options(seed)
    topics = [name for name, _ in view.topic_counts(seed)]
    assert len(links) == len(speakers) + len(topics)
    for link, (param, value) in zip(
        links, [("speaker", s) for s in speakers] + [("topic", tp) for tp in topics], strict=True
    ):
        query = urllib.parse.parse_qs(link[1:])
        assert query == {param: [value], "layers": ["Quotes", "Names"]}
    param, value = "speaker", speakers[0]
    at = run("Overview", **{param: value})  # following the link filters the page
    assert at.selectbox(key=param).value == value
    assert f"Filtered by speaker {value}" in html.unescape(html_of(at))


def test_reader_tags_name_the_whole_speaker(seed):
    tags = re.findall(r'<span class="nd-tag"[^>]*>(.*?)</span>', html_of(run("Reader")))
    expected = [view.speaker_label(s) for s in seed.quotes["speaker"]]
    assert sorted(html.unescape(t) for t in tags) == sorted(expected)


def test_search_within_the_article_highlights_every_match(seed):
    phrase = "Peskov  SAID"  # case and spacing do not matter
    at = run("Reader", find=phrase)
    markup = html_of(at)
    found = view.find_spans(seed.text, phrase)
    assert found and len(re.findall(r'class="nd-mark nd-find"', markup)) >= len(found)
    assert len(set(re.findall(r'id="nd-find-(\d+)"', markup))) == len(found)
    assert f"“{phrase.strip()}”: {len(found)} match" in html.unescape(markup)
    jumps = re.findall(r'<a href="#nd-find-(\d+)">(\d+)</a>', markup)  # one link per match
    assert [(int(a), int(n)) for a, n in jumps] == [(i, i + 1) for i in range(len(found))]
    assert all(seed.text[s:e].lower().split() == ["peskov", "said"] for s, e in found)


def test_a_quote_can_be_copied_as_a_citation(seed):
    at = run("Quotes")
    info = seed.info()
    for row in seed.quotes.to_dict("records")[:4]:
        at.selectbox(key="cite").select(int(row["quote_id"])).run()
        cited = at.code[0].value
        assert cited == view.citation(row, info)
        assert info["title"] in cited and view.speaker_label(row["speaker"]) in cited
        assert (f"“{row['text']}”" in cited) == (row["kind"] != "indirect")


def test_all_tables_and_the_filtered_view_download_as_zip(seed):
    import io
    import zipfile

    import pandas as pd

    from lib.pipeline import to_bytes

    keys = [b.key for b in run("Data").get("download_button")]
    assert "dl_all_zip" in keys and "dl_filtered_zip" not in keys
    speaker = view.speaker_options(seed)[0]
    keys = [b.key for b in run("Data", speaker=speaker).get("download_button")]
    assert "dl_filtered_zip" in keys
    whole = zipfile.ZipFile(io.BytesIO(view.zip_tables(seed.tables(), to_bytes, "a")))
    assert sorted(whole.namelist()) == sorted(f"a-{n}.csv" for n in seed.tables())
    filters = view.Filters(speaker=speaker)
    part = zipfile.ZipFile(
        io.BytesIO(view.zip_tables(view.filtered_tables(seed, filters), to_bytes, "f"))
    )
    counts = view.match_counts(seed, filters)
    for name in view.FILTERED_TABLES:
        rows = pd.read_csv(io.BytesIO(part.read(f"f-{name}.csv")))
        assert len(rows) == counts[name][0]


def test_a_filter_without_key_figures_is_named_in_plain_text(seed):
    """The note quotes the speaker's name (article text): escaped HTML, not a Markdown caption."""
    speaker = next(
        s
        for s in view.speaker_options(seed)
        if view.key_figures(seed, filters=view.Filters(speaker=s)).empty
    )
    figures = seed.facts[seed.facts["kind"] == "figure"]
    filters = view.Filters(speaker=speaker)
    for page, note in (
        ("Figures", view.no_match_line(seed, filters, "facts", figures, "figure")),
        ("Overview", f"No figures match {filters.describe()}."),
    ):
        at = run(page, speaker=speaker)
        assert render.note_html(note) in html_of(at)
        assert not any(note[:12] in c.value for c in at.caption)
