"""The quote link round trip in a real browser (round 10): from a quote in the Reader's side list
to its card on the Quotes page, then back to its words in the Reader, with a speaker and a
topic filter chosen; then the same URL opened in a new tab (a shared link) shows the same view.

One `streamlit run` server on an empty library (the seed article only), Debian's chromium.
"""

from __future__ import annotations

import os
import re
import urllib.parse

import pytest

from tests.e2e.server import HAS_CHROMIUM, chromium, dashboard
from tests.e2e.test_browser import (
    TIMEOUT_MS,
    in_view,
    open_page,
    settle,
    shoot,
    speaker_shown,
)
from tests.paths import ROOT

pytestmark = pytest.mark.skipif(
    not HAS_CHROMIUM, reason="Debian chromium is not installed (.ci/run installs it)"
)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    env = {**os.environ, "NEWSDASH_LIBRARY": str(tmp_path_factory.mktemp("e2e-r10-library"))}
    with dashboard(env, ROOT / "artifacts" / "e2e-r10-server.log") as base:
        yield base


@pytest.fixture(scope="module")
def browser(server):
    with chromium() as b:
        yield b


@pytest.fixture
def context(browser):
    ctx = browser.new_context(viewport={"width": 1400, "height": 1000})
    ctx.set_default_timeout(TIMEOUT_MS)
    yield ctx
    ctx.close()


def params(url: str) -> dict[str, list[str]]:
    return urllib.parse.parse_qs(urllib.parse.urlsplit(url).query)


def test_side_list_to_card_and_back_keeps_the_filters_and_the_link_shares_it(server, context):
    view = "speaker=Dmitry+Peskov&topic=Investigation+and+suspects"
    page = open_page(context, f"{server}/Reader?{view}", ".nd-qlist")
    # a quote of the filtered speaker (not dimmed), as a reader picks it in the list
    item = page.locator(".nd-qlist li:not(.nd-dim)").first
    to_card = item.locator("a.nd-to-card")
    assert to_card.inner_text().strip() == "Its card on the Quotes page"
    qid = params(to_card.get_attribute("href"))["quote"][0]
    to_card.focus()  # reachable from the keyboard: a link in the tab order
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/Quotes\?.*quote=" + qid))
    settle(page, f"#nd-card-{qid}.nd-sel")
    kept = params(page.url)
    assert kept["speaker"] == ["Dmitry Peskov"] and kept["topic"] == ["Investigation and suspects"]
    assert "quote from the reader" in page.locator(".nd-picked").inner_text().lower()
    page.locator(".nd-picked a").filter(has_text="Go to its card").click()
    in_view(page, f"nd-card-{qid}")
    shoot(page, "quotes-from-reader-r10")

    page.locator(f"#nd-card-{qid} a.nd-card-link").click()  # and back to its words
    page.wait_for_url(re.compile(r"/Reader\?.*quote=" + qid))
    settle(page, ".nd-picked")
    assert params(page.url)["speaker"] == ["Dmitry Peskov"]
    assert params(page.url)["topic"] == ["Investigation and suspects"]
    assert page.locator(f".nd-qlist li.nd-sel a.nd-to-card[href*='quote={qid}']").count() == 1
    shared = page.url

    other = context.browser.new_context(viewport={"width": 1400, "height": 1000})
    try:  # a colleague opens the copied link: same quote, same filters
        other.set_default_timeout(TIMEOUT_MS)
        again = open_page(other, shared, ".nd-picked")
        assert again.locator(f"#nd-q-{qid}.nd-sel").count() == 1
        assert speaker_shown(again) == "Dmitry Peskov"
        note = again.locator(".nd-sub").filter(has_text="Filtered by").inner_text()
        assert "speaker Dmitry Peskov and topic Investigation and suspects" in note
    finally:
        other.close()
