"""Untrusted input at the library level: bad files, pathological text, fuzzing, markup injection.

Every input either becomes valid tables (checked with `schema.validate`) or raises `InputError`
with a sentence a reader understands; no other exception, and no pathological slowdown.
"""

from __future__ import annotations

import base64
import codecs
import dataclasses
import html
import re
import time
import urllib.parse
from html.parser import HTMLParser

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lib import schema
from lib.errors import InputError
from lib.ingest.formats import (
    MAX_HTML_DEPTH,
    MAX_INPUT_BYTES,
    MAX_TEXT_CHARS,
    MIN_WORDS,
    html_depth,
    load_article,
)
from lib.nlp import load_nlp, parse
from lib.pipeline import analyze
from tests.paths import ROOT

PAYLOADS = ROOT / "tests" / "xss_payloads.txt"
SENTENCE = "The mayor said on Monday that the council would meet again to vote on the budget. "


def analyze_or_input_error(data, **kwargs):
    """The tables when the input is accepted, None when refused with InputError."""
    try:
        tables = analyze(data, **kwargs)
    except InputError as err:
        message = str(err)
        assert message and len(message) < 300 and "Traceback" not in message
        assert message[0].isupper() and message.rstrip()[-1] in ".!)", message
        return None
    for name, df in tables.tables().items():
        assert schema.validate(name, df, tables.text) == [], name
    return tables


# --- bad files ------------------------------------------------------------------------------

REFUSED = {
    "empty": (b"", "empty"),
    "whitespace only": (b" \n\t\r\n  \n ", "empty"),
    "unicode whitespace only": ("\u00a0\u2003\u3000\n\u2028 ".encode(), "empty"),
    "binary with NUL bytes": (bytes(range(256)) * 40, "binary"),
    "PNG header": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "binary"),
    "latin-1 text": ("The café owner said the mayor was wrong.".encode("latin-1"), "UTF-8"),
    "UTF-16 without a byte-order mark": (SENTENCE.encode("utf-16-le"), "binary"),
    "one character": (b"x", "too short"),
    "two words": (b"Council meets", "too short"),
    "over the byte limit": (SENTENCE.encode() * (MAX_INPUT_BYTES // len(SENTENCE) + 1), "large"),
    "1 MB on one line": ((SENTENCE * 12_000)[:1_000_000].encode(), "long"),
    "only quote marks": (('"“”‘’«»' * 2000).encode(), ""),
    "only digits": (("2024 137 3.5 " * 500).encode(), ""),
    "HTML without text": (
        b"<!doctype html><html><head><title></title><script>var a = 1;</script></head>"
        b"<body><div><span></span></div><img src=x></body></html>",
        "HTML",
    ),
}


@pytest.mark.parametrize("name", list(REFUSED))
def test_bad_file_gives_a_clear_input_error(name):
    data, word = REFUSED[name]
    with pytest.raises(InputError) as err:
        load_article(data)
    assert word.lower() in str(err.value).lower()
    with pytest.raises(InputError):  # analyze() refuses it the same way, before any parsing
        analyze(data)


@pytest.mark.parametrize("name", list(REFUSED))
def test_bad_file_writes_nothing_to_the_library(name, tmp_path):
    from app import library

    folder = tmp_path / "library"
    with pytest.raises(InputError):
        library.save_article(REFUSED[name][0], f"{name}.txt", {}, folder)
    assert not folder.exists() or list(folder.iterdir()) == []


def test_text_just_under_the_limits_is_accepted_or_refused_cleanly():
    """A long single line within the character limit still goes through ingestion."""
    line = (SENTENCE * (MAX_TEXT_CHARS // len(SENTENCE)))[: MAX_TEXT_CHARS - 10]
    article = load_article(line.encode())
    assert article.text.strip() == line.strip()
    assert len(article.paragraphs) >= 1


@pytest.mark.parametrize("depth", [300, 5_000])
def test_deeply_nested_html(depth):
    page = (
        "<html><body>"
        + "<div>" * depth
        + "".join(f"<p>{SENTENCE}Officials said {i} people attended.</p>" for i in range(5))
        + "</div>" * depth
        + "</body></html>"
    )
    started = time.perf_counter()
    try:
        tables = analyze(page.encode(), filename="nested.html")
    except InputError as err:  # refused only with the true reason, never "no article text"
        # html, body, the divs and a p
        assert depth > MAX_HTML_DEPTH and f"{depth + 3:,} levels deep" in str(err), str(err)
    else:
        assert "council" in tables.text and "<div>" not in tables.text
    assert time.perf_counter() - started < 30


def test_html_depth_counts_nesting_not_void_or_closed_elements():
    assert html_depth("<p>a<br>b<img src=x><hr/></p><p><b>c</b></p>") == 2
    assert html_depth("<div>" * 40 + "</div>" * 40 + "<div></div>") == 40


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-32-le"])
def test_utf16_and_utf32_with_a_byte_order_mark_are_decoded(encoding):
    text = "Council backs budget\r\n\r\n" + SENTENCE * 3
    bom = "" if encoding in ("utf-16", "utf-32") else "\ufeff"  # the bare codecs write one
    article = load_article((bom + text).encode(encoding))
    assert article.text.strip() == text.replace("\r\n", "\n").strip()
    assert [p.kind for p in article.paragraphs][:2] == ["headline", "body"]


def test_a_byte_order_mark_with_broken_text_after_it_is_refused_clearly():
    data = codecs.BOM_UTF16_LE + SENTENCE.encode("utf-16-le") + b"\x00\xd8"  # lone surrogate
    with pytest.raises(InputError, match="UTF-16 byte-order mark but is not valid UTF-16"):
        load_article(data)


def test_the_shortest_accepted_article_has_the_minimum_words():
    assert len(load_article("Council backs budget.").text.split()) == MIN_WORDS
    with pytest.raises(InputError, match=f"at least {MIN_WORDS} words"):
        analyze("Council backs")


def test_unclosed_and_broken_html():
    page = "<html><body><p>" + SENTENCE * 5 + "<div <p <<<>>> </b></i><p>" + SENTENCE * 3
    tables = analyze_or_input_error(page.encode(), filename="broken.html")
    if tables is not None:
        assert "<p" not in tables.text


# --- pathological but valid text ------------------------------------------------------------

QUOTE_STORMS = {
    "alternating marks in one paragraph": "He said \"yes “no” ‘so’ 'ok' " * 300,
    "unbalanced openers": 'He said « “ " it was ‘ over ' * 450,
    "marks across paragraphs": 'He said "it is over, the\n\n“city” will pay ‘nothing’ " he said.\n\n'
    * 250,
}


@pytest.mark.parametrize("name", list(QUOTE_STORMS))
def test_thousands_of_quote_marks_finish_quickly(name):
    text = QUOTE_STORMS[name]
    marks = sum(text.count(c) for c in "\"'“”‘’«»")
    assert marks >= 1_500
    article = load_article(text)
    started = time.perf_counter()
    parse(article, load_nlp())
    parse_s = time.perf_counter() - started
    started = time.perf_counter()
    tables = analyze_or_input_error(text)
    rules_s = time.perf_counter() - started - parse_s
    assert tables is not None
    # Our rules on top of the parse must stay linear-ish: a few seconds, never minutes.
    assert rules_s < max(5.0, 2 * parse_s), f"rules took {rules_s:.1f}s (parse {parse_s:.1f}s)"


def test_odd_unicode_and_control_characters():
    text = (
        "Crowds gathered\u200b in Kyiv\u00ad on Monday.\n\n"
        "The minister said \u201cwe will rebuild\u201d \u2014 and 1\u00bd million people \u2026"
        " were told.\u2028 The \U0001f4f0 report said 3\u00a0000 homes were hit on 24.02.2022.\n\n"
        "\ufeffRTL \u202eevil\u202c text and e\u0301 accents; the mayor said it was fine.\x07\x1b\n"
    )
    analyze_or_input_error(text)


# --- fuzzing --------------------------------------------------------------------------------

FUZZ_VOCABULARY = """
    " “ ” ‘ ’ ' « » „ ‹ ›
    0 1 7 12 31 137 2024 1999 3.5 1,000 10% $4 £2.5bn 22.03.2024 24/02 1/2
    Monday Tuesday Friday Sunday yesterday today tomorrow last next week
    January March May June September December Jan. Sept.
    the a said told he she they police minister at least people were killed on in
    Kyiv São Zürich Łódź 東京 Москва العربية ﷽ 🙂 é ß Ω
    . , : ; - — ( )
"""
FUZZ_WORDS = [*FUZZ_VOCABULARY.split(), "\n", "\n\n", "\t", " "]


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.lists(st.sampled_from(FUZZ_WORDS) | st.text(max_size=3), min_size=0, max_size=120))
def test_fuzz_analyze_gives_valid_tables_or_input_error(words):
    analyze_or_input_error(" ".join(words))


# --- injected markup ------------------------------------------------------------------------


def payloads() -> list[str]:
    return [line for line in PAYLOADS.read_text("utf-8").splitlines() if line.strip()]


def sets_the_flag(payload: str) -> bool:
    """Each payload, once decoded the way a browser would, sets window.__xss (or parent's)."""
    decoded = html.unescape(urllib.parse.unquote(payload))
    decoded += " " + payload.encode().decode("unicode_escape", "replace")
    for blob in re.findall(r"base64,([A-Za-z0-9+/=]+)|atob\('([A-Za-z0-9+/=]+)'\)", payload):
        decoded += " " + base64.b64decode("".join(blob)).decode()
    return "__xss" in decoded or "'__x'+'ss'" in decoded


def test_xss_corpus_is_large_varied_and_armed():
    lines = payloads()
    assert len(lines) >= 60 and len(set(lines)) == len(lines)
    assert all(sets_the_flag(line) for line in lines), [x for x in lines if not sets_the_flag(x)]
    joined = "\n".join(lines).lower()
    for family in ("<script", "<iframe srcdoc", "<svg", "<math", "onerror=", "javascript:"):
        assert family in joined, family
    assert "&#" in joined and "style=" in joined and '">' in joined


def payload_article() -> str:
    """An English article whose title, quotes and paragraphs are the payloads."""
    paras = [f"{payloads()[0]} Officials said the payloads were tested"]
    for i, payload in enumerate(payloads()):
        paras.append(
            f'The mayor said "{payload}" on Monday, and {i + 2} officials told reporters '
            f"that the council would meet again. {payload}"
        )
    return "\n\n".join(paras) + "\n"


def test_payload_article_analyzes_to_valid_tables():
    tables = analyze_or_input_error(payload_article(), filename="payloads.txt")
    assert tables is not None
    for payload in payloads()[:10]:
        assert payload in tables.text  # the text keeps the payloads verbatim, as data


# The renderer's own vocabulary: these tags, and attributes without script; inline styles without
# url()/expression(). Anything else in rendered markup is an injection.
ALLOWED_TAGS = {"div", "p", "span", "a", "b", "i", "em", "strong", "br", "ol", "ul", "li"}
ALLOWED_TAGS |= {"blockquote", "mark", "small", "sup", "sub"}
ALLOWED_ATTRIBUTES = {"class", "id", "title", "style", "href", "role", "lang", "dir", "tabindex"}


class MarkupAudit(HTMLParser):
    """Collects every tag and attribute the browser would see in a rendered fragment."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))

    handle_startendtag = handle_starttag


def audit(markup: str) -> list[str]:
    """Problems found in rendered markup (empty list when it is safe)."""
    parser = MarkupAudit()
    parser.feed(markup)
    parser.close()
    problems = []
    for tag, attrs in parser.tags:
        if tag not in ALLOWED_TAGS:
            problems.append(f"tag <{tag}>")
        for name, value in attrs:
            value = value or ""
            if name not in ALLOWED_ATTRIBUTES and not name.startswith(("data-", "aria-")):
                problems.append(f"attribute {name}= on <{tag}>")
            squeezed = re.sub(r"[\s\x00-\x1f]", "", value).lower()
            if name in ("href", "style") and ("javascript:" in squeezed or "data:" in squeezed):
                problems.append(f"script URL in {name}= on <{tag}>")
            if name == "style" and re.search(r"url\(|expression\(|@import|[<>]", squeezed):
                problems.append(f"style {value!r} on <{tag}>")
            if name == "href" and not re.match(r"^(#[\w-]*|https?://[^\s\"'<>]*)$", value.strip()):
                problems.append(f"href={value!r} on <{tag}>")
    return problems


def test_audit_catches_injections_and_passes_escaped_text():
    """The checker itself: every payload with a tag is flagged, every escaped payload is clean."""
    raw_markup = [p for p in payloads() if re.search(r"<[a-zA-Z]", p)]
    assert len(raw_markup) >= 50
    # Inside a fragment (an unterminated tag is closed by what follows). The one payload that is
    # harmless as raw HTML is the attribute that only fools naive sanitizers.
    missed = [p for p in raw_markup if not audit(f"<div>{p}</div>")]
    assert missed == ['<p title="</p><img src=x onerror=window.__xss=1>">quoted</p>']
    for payload in payloads():
        assert (
            audit(
                f'<mark class="nd-hit" title="{html.escape(payload)}">{html.escape(payload)}</mark>'
            )
            == []
        )


RENDER = ROOT / "app" / "render.py"
# Columns whose words come from the article (a reader controls them); the others are enums.
FREE_TEXT = {
    "article": ["title", "source", "url"],
    "paragraphs": ["section"],
    "sentences": ["section", "topics"],
    "entities": ["name", "aliases"],
    "quotes": ["speaker", "speaker_mention", "role", "cue", "topics"],
    "facts": ["value_text", "unit", "measure", "source", "topics"],
    "timeline": ["event", "anchor", "resolution", "actors", "topics"],
    "speakers": ["speaker", "role", "aliases"],
}


def poisoned(tables):
    """The same tables with every free-text field replaced by payloads (names kept consistent)."""
    pool = payloads()
    names: dict[str, str] = {}

    def swap(value, i):
        if isinstance(value, str):
            return names.setdefault(value, pool[(len(names) + i) % len(pool)])
        if isinstance(value, list | tuple) or hasattr(value, "tolist"):
            return [swap(v, i + k) for k, v in enumerate(list(value))]
        return value  # null stays null

    replaced = {}
    for table, columns in FREE_TEXT.items():
        df = getattr(tables, table).copy()
        for col in columns:
            if col in df.columns:
                df[col] = [swap(v, i) for i, v in enumerate(df[col].tolist())]
        replaced[table] = df
    return dataclasses.replace(tables, **replaced)


def rendered_fragments(render, view, tables) -> dict[str, str]:
    """Every public renderer, called the way the pages call it, on these tables."""
    colors = view.speaker_colors(tables)
    layers = ["quotes", "figures", "dates", "entities"]
    summary = view.speaker_summary(tables, colors)
    speakers = [s["speaker"] for s in summary]
    topics = [name for name, _ in view.topic_counts(tables)]
    out = {}
    for filters in (
        view.Filters(),
        view.Filters(
            speaker=speakers[0] if speakers else None, topic=topics[0] if topics else None
        ),
    ):
        key = "filtered" if filters.active else "plain"
        out[f"article_html {key}"] = render.article_html(tables, layers, colors, filters)
        out[f"legend_html {key}"] = render.legend_html(view.legend(tables, layers, colors, filters))
        matches = view.match_mask(tables.quotes, "quotes", filters, tables.quotes)
        out[f"quote_list_html {key}"] = render.quote_list_html(tables.quotes, colors, matches)
    out["quote_cards_html"] = render.quote_cards_html(tables, tables.quotes, colors)
    out["speaker_cards_html"] = render.speaker_cards_html(summary)
    out["who_speaks_html"] = render.who_speaks_html(summary)
    out["chips_html"] = render.chips_html(view.topic_counts(tables), payloads()[1])
    info = tables.info()
    out["header_html"] = render.header_html(info["title"], [str(info["source"]), *payloads()[:5]])
    for i, r in enumerate(tables.timeline.to_dict("records")):
        sent = tables.sentences[
            (tables.sentences["start"] <= r["start"]) & (tables.sentences["end"] >= r["end"])
        ]
        lo, hi = (int(sent.iloc[0]["start"]), int(sent.iloc[0]["end"])) if len(sent) else (0, 0)
        out[f"passage_html {i}"] = render.passage_html(
            tables.text, lo, hi, int(r["start"]), int(r["end"]), render.date_title(r)
        )
    for i, payload in enumerate(payloads()):
        out[f"note_html {i}"] = render.note_html(payload)
        out[f"empty_html {i}"] = render.empty_html(payload)
        out[f"passage_html payload {i}"] = render.passage_html(
            payload, 0, len(payload), 1, 5, payload
        )
    return out


@pytest.mark.skipif(not RENDER.exists(), reason="app/render.py (the app's renderer) is missing")
def test_rendered_payloads_have_only_the_renderers_markup():
    from app import render, view

    tables = analyze(payload_article(), "2024-03-25", filename="payloads.txt")
    assert len(tables.quotes) + len(tables.entities) > 0, (
        "the payload article found nothing to mark"
    )
    for label, variant in (("analysed", tables), ("poisoned", poisoned(tables))):
        fragments = rendered_fragments(render, view, variant)
        assert any(p in html.unescape(fragments["article_html plain"]) for p in payloads())
        bad = {name: audit(markup)[:3] for name, markup in fragments.items() if audit(markup)}
        assert bad == {}, f"{label} tables: markup got through in {bad}"
