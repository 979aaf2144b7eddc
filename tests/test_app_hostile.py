"""A saved article whose title, text, URL and file name carry markup, and deep links with bad
values, on every page under AppTest: the markup reaches the page only escaped (never through
Markdown, never as a tag), and a bad link value falls back with a message, never an exception."""

from __future__ import annotations

import re

import pytest
from streamlit.testing.v1 import AppTest

from app import library
from tests.app_alerts import html_of, shown
from tests.app_runs import PAGES
from tests.app_runs import run as run_page
from tests.test_hardening import audit

TIMEOUT = 120
# Each piece sets a flag if it ever runs, and each is also Markdown a reader must not see styled.
TAG = "<img src=x onerror=window.__xss=1>"
LINK = "[Click me](javascript:window.__xss=1)"
TITLE = f"Mayor <b>quits</b> {TAG} **now** {LINK}"
URL = 'https://news.example/story?a="><script>window.__xss=1</script>'
FILENAME = "<svg onload=window.__xss=1>.txt"
TEXT = (
    f"{TITLE}\n\n"
    f"The mayor of Riverton resigned on Monday, officials said. {TAG}\n\n"
    f"“I am leaving <script>window.__xss=1</script> today,” said Anna Berg, the mayor. {LINK}\n\n"
    "At least 12 people <i>protested</i> outside the hall on 3 March 2024, police said.\n"
)
RAW_TAG = re.compile(r"<(img|script|svg|b|i)\b", re.I)
STYLESHEET = re.compile(r"<style>.*?</style>", re.S)
# What pages add to the renderers' fragments: links to filtered views of the same page
# (`?speaker=...`), a quote's links between the Quotes page and the Reader (`Reader?quote=3`,
# `#nd-q-3`, `#nd-card-3`), the Reader's link to where the publication date is given
# (`Timeline?article=...`, round 10) and the timeline's <time datetime="2024-03-03">.
PAGE_MARKUP = re.compile(
    r"href='(?:Reader|Quotes|Timeline)?\?[\w=&%+.~-]*' on <a>|href='#nd-(?:q|card)-\d+' on <a>"
    r"|tag <time>|attribute datetime= on <time>"
)


def page_audit(body: str) -> list[str]:
    """`audit` on a page's markup, less the app's own stylesheet and page markup."""
    return [p for p in audit(STYLESHEET.sub("", body)) if not PAGE_MARKUP.fullmatch(p)]


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    folder = tmp_path_factory.mktemp("library")
    entry = library.save_article(
        TEXT.encode(), FILENAME, {"title": TITLE, "url": URL, "source": f"Daily {TAG}"}, folder
    )
    return folder, entry.article_id


@pytest.fixture(autouse=True)
def library_env(hostile, monkeypatch):
    monkeypatch.setenv(library.LIBRARY_ENV, str(hostile[0]))


def run(page: str, **params) -> AppTest:
    """A page of the hostile library (a longer timeout: every payload is analysed)."""
    return run_page(page, TIMEOUT, **params)


def markdown_texts(at: AppTest) -> list[str]:
    """Everything the page sends through Markdown (and the alert kinds that render it)."""
    kinds = ("markdown", "caption", "error", "warning", "info", "success", "title", "header")
    return [str(e.value) for kind in kinds for e in at.get(kind)]


@pytest.mark.parametrize("page", PAGES)
def test_markup_in_title_text_url_and_file_name_is_shown_escaped(page, hostile):
    at = run(page, article=hostile[1])
    assert at.selectbox(key="article_pick").value == hostile[1]
    for text in markdown_texts(at):
        assert not RAW_TAG.search(text), text
        assert "javascript:" not in text and "](" not in text, text
    bodies = [h.proto.body for h in at.get("html")]
    bad = {i: page_audit(b)[:3] for i, b in enumerate(bodies) if page_audit(b)}
    assert bad == {}, bad
    if page in ("Overview", "Reader"):  # the title is shown, as the characters written
        assert "Mayor &lt;b&gt;quits&lt;/b&gt; &lt;img src=x onerror=window.__xss=1&gt;" in (
            html_of(at)
        )
    assert not shown(at, "error")


BAD_LINKS = {
    "event not a number": {"event": "<b>x</b>"},
    "event negative": {"event": "-3"},
    "event out of range": {"event": "99999999999999999999"},
    "quote not a number": {"quote": "<b>x</b>"},
    "quote out of range": {"quote": "99999999999999999999"},
    "all_dates not a bool": {"all_dates": "maybe"},
    "lanes unknown": {"lanes": "<b>colour</b>"},
    "layers unknown": {"layers": ["Quotes", "<script>x</script>"]},
    "kinds unknown": {"kinds": "sarcastic"},
    "find with markup": {"find": "<script>window.__xss=1</script>"},
    "speaker twice": {"speaker": ["Anna Berg", "Nobody"]},
    "empty values": {"speaker": "", "topic": "", "layers": ""},
    "article hostile": {"article": '"><img src=x onerror=window.__xss=1>'},
}


@pytest.mark.parametrize("page", ["Reader", "Timeline", "Quotes"])
@pytest.mark.parametrize("name", list(BAD_LINKS))
def test_bad_link_values_fall_back_without_an_exception(page, name, hostile):
    params = {"article": hostile[1], **BAD_LINKS[name]}
    at = run(page, **params)
    for text in markdown_texts(at):
        assert not RAW_TAG.search(text), text
    assert all(page_audit(h.proto.body) == [] for h in at.get("html"))
    if name == "article hostile":
        assert "The article in this link is not in this library" in html_of(at)
