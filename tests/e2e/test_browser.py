"""The dashboard in a real browser: one `streamlit run` server, Debian's chromium via Playwright.

Covers what AppTest cannot: the URL bar (filters in links, opening a shared link in a new tab,
page switches keeping the view), file upload, and that hostile article markup executes nothing
in the DOM the browser builds. Screenshots of every page go to artifacts/screenshots/.
"""

from __future__ import annotations

import os
import re
import time
import urllib.parse
import urllib.request
import zipfile
from pathlib import Path

import pytest

from tests.e2e.server import HAS_CHROMIUM, chromium, dashboard
from tests.paths import ROOT

SHOTS = ROOT / "artifacts" / "screenshots"
PAYLOADS = ROOT / "tests" / "xss_payloads.txt"
TIMEOUT_MS = 90_000
PAGES = {  # name -> (path, the element that shows the page rendered its content)
    "Overview": ("/", ".nd-title"),
    "Reader": ("/Reader", ".nd-article"),
    "Timeline": ("/Timeline", "[data-testid=stPlotlyChart]"),
    "Figures": ("/Figures", "[data-testid=stMetric]"),
    "Quotes": ("/Quotes", ".nd-card"),
    "Data": ("/Data", "[data-testid=stDownloadButton]"),
}
FALLBACK_PAYLOADS = [
    "<script>window.__xss=1</script>",
    '<img src=x onerror="window.__xss=1">',
    '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
    '<a href="javascript:window.__xss=1">click me</a>',
    "<svg onload=window.__xss=1>",
]

pytestmark = pytest.mark.skipif(
    not HAS_CHROMIUM, reason="Debian chromium is not installed (.ci/run installs it)"
)


def payload_article() -> str:
    lines = PAYLOADS.read_text("utf-8").splitlines() if PAYLOADS.exists() else FALLBACK_PAYLOADS
    payloads = [p for p in lines if p.strip()]
    paras = [f"{payloads[0]} Council publishes its budget"]
    for i, payload in enumerate(payloads):
        paras.append(
            f'The mayor said "{payload}" on Monday, and {i + 2} officials told reporters that the '
            f"council would meet again in the town hall. {payload}"
        )
    return "\n\n".join(paras) + "\n"


@pytest.fixture(scope="module")
def library_dir(tmp_path_factory):
    from app import library

    folder = tmp_path_factory.mktemp("e2e-library")
    hostile = library.save_article(payload_article().encode(), "payloads.txt", {}, folder)
    return folder, hostile.article_id


@pytest.fixture(scope="module")
def server(library_dir):
    env = {**os.environ, "NEWSDASH_LIBRARY": str(library_dir[0])}
    with dashboard(env, ROOT / "artifacts" / "e2e-server.log") as base:
        yield base


@pytest.fixture(scope="module")
def browser(server):
    with chromium() as b:
        yield b


@pytest.fixture
def context(browser):
    ctx = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    ctx.set_default_timeout(TIMEOUT_MS)
    yield ctx
    ctx.close()


def settle(page, selector: str | None = None) -> None:
    """Wait until the script run is over (and the page's main element is there)."""
    if selector:
        page.wait_for_selector(selector, state="attached")
    page.wait_for_selector(
        "[data-testid=stApp][data-test-script-state=notRunning]", state="attached"
    )
    page.wait_for_timeout(400)  # let the last deltas paint
    page.wait_for_selector(
        "[data-testid=stApp][data-test-script-state=notRunning]", state="attached"
    )


def open_page(context, url: str, selector: str):
    page = context.new_page()
    page.goto(url)
    settle(page, selector)
    return page


def shoot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"))


def test_every_page_renders_its_main_element(server, context, browser):
    for name, (path, selector) in PAGES.items():
        page = open_page(context, server + path, selector)
        assert page.locator(selector).first.is_visible()
        assert not page.locator("[data-testid=stException]").count()
        shoot(page, name.lower())
        if name == "Data":  # downloads are built on click
            with page.expect_download() as download:
                page.locator("[data-testid=stDownloadButton] button").filter(
                    has_text=re.compile(r"CSV\s*$")
                ).first.click()
            path = download.value.path()
            assert download.value.suggested_filename.endswith("-article.csv")
            assert Path(path).read_text("utf-8").startswith("article_id,title,published")
            with page.expect_download() as download:
                page.get_by_role("button", name="All tables (zip of CSV)").click()
            names = zipfile.ZipFile(download.value.path()).namelist()
            assert download.value.suggested_filename.endswith("-tables.zip")
            assert len(names) >= 8 and all(n.endswith(".csv") for n in names)
        page.close()
    phone = browser.new_context(viewport={"width": 375, "height": 812}, is_mobile=True)
    phone.set_default_timeout(TIMEOUT_MS)
    for name in ("Overview", "Reader"):
        path, selector = PAGES[name]
        page = open_page(phone, server + path, selector)
        wide = page.evaluate("document.querySelector('[data-testid=stMain]').scrollWidth")
        assert wide <= 376, f"{name} is {wide}px wide on a 375px phone"
        shoot(page, f"{name.lower()}-phone")
    phone.close()
    dark = browser.new_context(viewport={"width": 1400, "height": 1000}, color_scheme="dark")
    dark.set_default_timeout(TIMEOUT_MS)
    shoot(open_page(dark, server + "/Reader", ".nd-article"), "reader-dark")
    dark.close()


def choose_speaker(page) -> str:
    box = page.locator("[data-testid=stSidebar] [data-testid=stSelectbox]").filter(
        has_text="Speaker"
    )
    box.click()
    option = page.get_by_role("option").first
    speaker = option.inner_text().strip()
    option.click()
    page.wait_for_url(re.compile(r"[?&]speaker="))
    settle(page, ".nd-article")
    return speaker


def speaker_shown(page) -> str:
    box = page.locator("[data-testid=stSidebar] [data-testid=stSelectbox]").filter(
        has_text="Speaker"
    )
    return box.locator("input").input_value() or box.inner_text().replace("Speaker", "").strip()


def reader_state(page) -> dict:
    page.wait_for_selector(".nd-article")
    return {
        "dimmed quotes": page.locator(".nd-article .nd-q.nd-off").count(),
        "lit quotes": page.locator(".nd-article .nd-q:not(.nd-off)").count(),
        "dimmed sentences": page.locator(".nd-article .nd-dim").count(),
        "note": page.locator(".nd-sub").filter(has_text="Filtered by").inner_text(),
    }


def test_speaker_filter_lives_in_the_url_and_the_link_shares_the_view(server, context):
    page = open_page(context, server + "/Reader", ".nd-article")
    before = page.locator(".nd-article .nd-q.nd-off").count()
    speaker = choose_speaker(page)
    assert before == 0
    assert re.search(r"[?&]speaker=" + re.escape(speaker).replace(r"\ ", r"(\+|%20)"), page.url)
    state = reader_state(page)
    assert state["lit quotes"] > 0 and state["dimmed sentences"] > 0
    assert speaker in state["note"]
    shoot(page, "reader-filtered")

    shared = open_page(context, page.url, ".nd-article")  # a new tab is a new session
    shared.wait_for_selector(".nd-sub:has-text('Filtered by')")
    assert reader_state(shared) == state
    assert speaker_shown(shared) == speaker

    shared.locator("[data-testid=stSidebarNavLink]").filter(has_text="Timeline").click()
    shared.wait_for_url(re.compile(r"/Timeline\?.*speaker="))
    settle(shared, "[data-testid=stPlotlyChart], [data-testid=stAlert], .nd-alert")
    assert speaker_shown(shared) == speaker


def test_five_page_switches_leave_each_parameter_once(server, context, library_dir):
    """The shared link stays clean: switching pages never appends the filters again."""
    article = library_dir[1]
    page = open_page(
        context, f"{server}/Reader?article={article}&layers=Quotes&layers=Names", ".nd-article"
    )
    speaker = choose_speaker(page)
    for name in ("Timeline", "Figures", "Quotes", "Data", "Reader"):
        page.locator("[data-testid=stSidebarNavLink]").filter(has_text=name).click()
        page.wait_for_url(re.compile(rf"/{name}\?"))
        settle(page)
        query = urllib.parse.parse_qs(urllib.parse.urlsplit(page.url).query)
        expected = {"article": [article], "speaker": [speaker], "layers": ["Quotes", "Names"]}
        assert query == expected, page.url
        assert speaker_shown(page) == speaker


def test_upload_opens_and_saves_an_article(server, browser, context, library_dir):
    title = "Ferry service resumes " + "".join(chr(97 + int(d)) for d in str(time.time_ns())[-8:])
    body = (
        f"{title}\n\nThe ferry between the two islands resumed on Tuesday after a week of storms, "
        '"We are glad to be back," the captain said. At least 40 passengers travelled.\n'
    ).encode()
    page = open_page(context, server + "/", ".nd-title")
    page.locator("[data-testid=stSidebar] [data-testid=stExpander] summary").filter(
        has_text="Add an article"
    ).click()
    page.locator("[data-testid=stSidebar] input[type=file]").set_input_files(
        {"name": "ferry.txt", "mimeType": "text/plain", "buffer": body}
    )
    page.get_by_role("button", name="Open", exact=True).and_(page.locator("[kind=primary]")).click()
    page.wait_for_selector(f".nd-title:has-text('{title}')")
    settle(page)
    assert re.search(r"[?&]article=[0-9a-f]{16}", page.url)
    # a filter link reloads the page (a new session): the opened article is still the one shown
    page.goto(page.url + "&layers=Quotes")
    settle(page, f".nd-title:has-text('{title}')")
    # another browser given the link does not get an article that was never saved
    stranger = browser.new_context()
    other_browser = stranger.new_page()
    other_browser.goto(page.url)
    settle(other_browser, ".nd-title")
    assert title not in other_browser.locator(".nd-title").inner_text()
    stranger.close()
    # the upload form is gone with the reload: the opened article is saved from under the picker
    page.get_by_role("button", name="Save this article to the library").click()
    page.wait_for_selector(
        "[data-testid=stSidebar] .nd-alert-success:has-text('Saved to the library')"
    )
    from app import library

    saved = library.resolve(
        library.content_key(body), library.list_articles(saved_dir=library_dir[0])
    )
    assert saved is not None and saved.read()[0] == body
    other = open_page(context, f"{server}/?article={saved.article_id}", ".nd-title")
    other.wait_for_selector(f".nd-title:has-text('{title}')")


def test_hostile_article_executes_nothing(server, context, library_dir):
    dialogs = []
    context.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    query = f"?article={library_dir[1]}&layers=Quotes&layers=Figures&layers=Dates&layers=Names"
    for name, (path, selector) in PAGES.items():
        if name in ("Figures", "Timeline"):
            selector = "[data-testid=stMain] [data-testid=stVerticalBlock]"
        page = open_page(context, server + path + query, selector)
        page.wait_for_timeout(800)  # time for onerror/onload handlers, if any had survived
        assert page.evaluate("typeof window.__xss") == "undefined", name
        main = page.locator("[data-testid=stMain]")
        assert main.locator("iframe[srcdoc], object, embed, [onerror], [onload]").count() == 0, name
        assert main.locator("a[href^='javascript' i], [href*='javascript:' i]").count() == 0, name
        assert main.locator(".nd-article script, .nd-card script, .nd-title script").count() == 0
        if name == "Reader":
            text = page.locator(".nd-article").inner_text()
            assert "<script>window.__xss=1</script>" in text  # shown as text
            shoot(page, "reader-payloads")
        page.close()
    assert dialogs == []


def test_quote_list_jumps_to_the_passage_and_timeline_selection_shows_it(server, context):
    page = open_page(context, server + "/Reader", ".nd-article")
    links = page.locator(".nd-qlist a[href^='#']")  # the jumps (not the links to the cards)
    assert links.count() >= 14  # the seed's attributed statements
    link = links.nth(links.count() - 1)
    target = link.get_attribute("href")
    link.click()
    page.wait_for_function(
        "id => { const r = document.getElementById(id).getBoundingClientRect();"
        " return r.top >= 0 && r.bottom <= window.innerHeight; }",
        arg=target[1:],
    )
    assert page.locator(".nd-article").is_visible()

    page = open_page(
        context, server + "/Timeline", "[data-testid=stPlotlyChart] .scatterlayer .point"
    )
    assert page.locator(".nd-event.nd-sel").count() == 0
    assert page.locator(".nd-event").count() >= 5  # the list shows every event
    box = page.locator("[data-testid=stPlotlyChart] .scatterlayer .point").first.bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_url(re.compile(r"[?&]event=\d+"))
    page.wait_for_selector(".nd-event.nd-sel")
    settle(page)
    hit = page.locator("[data-testid=stMain] p.nd-article mark.nd-hit").first
    assert hit.inner_text().strip() and hit.get_attribute("title").startswith("Date: ")
    shoot(page, "timeline-selected")
    chosen = page.locator(".nd-event.nd-sel").get_attribute("id")
    shared = open_page(context, page.url, ".nd-event.nd-sel")  # the link keeps the selection
    assert shared.locator(".nd-event.nd-sel").get_attribute("id") == chosen


def in_view(page, element_id: str) -> None:
    """Wait until the element with this id is scrolled into the window."""
    page.wait_for_function(
        "id => { const e = document.getElementById(id); if (!e) return false;"
        " const r = e.getBoundingClientRect();"
        " return r.top >= 0 && r.bottom <= window.innerHeight; }",
        arg=element_id,
    )


def test_a_quote_card_leads_to_its_words_in_the_reader_and_back_keeping_the_filter(server, context):
    """A card's link reloads the page on the Reader (a plain link, so it can be shared): the
    quote comes first with its words marked, jumps to its outlined place in the article, and
    leads back to its card, marked on the Quotes page, with the speaker filter kept."""
    page = open_page(context, server + "/Quotes?speaker=Dmitry+Peskov", ".nd-card")
    link = page.locator(".nd-card a.nd-card-link").last
    qid = re.search(r"quote=(\d+)", link.get_attribute("href")).group(1)
    link.click()
    page.wait_for_url(re.compile(r"/Reader\?.*quote=" + qid))
    settle(page, ".nd-picked")
    assert "speaker=Dmitry" in page.url
    assert page.locator(".nd-picked mark.nd-hit").inner_text().strip()
    assert page.locator(f"#nd-q-{qid}.nd-sel").count() == 1
    page.locator(".nd-picked a").filter(has_text="Show it in the article").click()
    in_view(page, f"nd-q-{qid}")
    shoot(page, "reader-picked-quote")
    page.locator(".nd-picked a").filter(has_text="Back to its card").click()
    page.wait_for_url(re.compile(r"/Quotes\?.*quote=" + qid))
    settle(page, f"#nd-card-{qid}.nd-sel")
    assert "speaker=Dmitry" in page.url
    page.locator(".nd-picked a").filter(has_text="Go to its card").click()
    in_view(page, f"nd-card-{qid}")


# WCAG colour math shared by the contrast scripts: parse rgb(a), composite over a base, luminance.
COLOUR_JS = """
  const rgba = s => { const m = s.match(/rgba?\\(([^)]+)\\)/); if (!m) return [0,0,0,0];
    const p = m[1].split(/[ ,\\/]+/).filter(Boolean).map(Number);
    return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1]; };
  const over = (top, a, base) => [0,1,2].map(i => top[i] * a + base[i] * (1 - a));
  const lum = c => { const l = c.map(v => { v /= 255;
    return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
    return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2]; };
"""


CONTRAST_JS = """
() => {
/*COLOUR*/  const ratio = (a, b) => { const x = lum(a), y = lum(b);
    return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); };
  const page = rgba(getComputedStyle(document.querySelector('[data-testid=stApp]')).backgroundColor);
  const out = [];
  const scope = document.querySelectorAll('[data-testid=stMain] [class^=nd-], [data-testid=stMain] [class*=" nd-"]');
  const seen = new Set();
  for (const root of scope) for (const el of [root, ...root.querySelectorAll('*')]) {
    if (seen.has(el)) continue; seen.add(el);
    const own = [...el.childNodes].filter(n => n.nodeType === 3 && n.textContent.trim()).map(n => n.textContent.trim()).join(' ');
    if (!own) continue;
    const chain = []; for (let e = el; e; e = e.parentElement) chain.unshift(e);
    let base = page.slice(0, 3), opacity = 1;
    for (const e of chain) {
      const cs = getComputedStyle(e); opacity *= Number(cs.opacity);
      const bg = rgba(cs.backgroundColor);
      if (bg[3] > 0) base = over(bg, bg[3] * opacity, base);
    }
    const fg = rgba(getComputedStyle(el).color);
    const text = over(fg, fg[3] * opacity, base);
    out.push({text: own.slice(0, 40), cls: el.className, ratio: ratio(text, base)});
  }
  return out;
}
"""
CONTRAST_JS = CONTRAST_JS.replace("/*COLOUR*/", COLOUR_JS)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_text_state_has_contrast_of_at_least_4_5(server, browser, scheme):
    """WCAG AA for body text, computed from the rendered colours: dimmed (filtered-out) text,
    quote tints, speaker tags, notes and list details, on the light and the dark theme."""
    ctx = browser.new_context(viewport={"width": 1400, "height": 1000}, color_scheme=scheme)
    ctx.set_default_timeout(TIMEOUT_MS)
    views = {
        "Reader": "/Reader?speaker=Dmitry+Peskov&layers=Quotes&layers=Figures&layers=Dates&layers=Names",
        "Overview": "/?speaker=Dmitry+Peskov",
        "Timeline": "/Timeline?speaker=Dmitry+Peskov",
        "Quotes": "/Quotes",
    }
    low = []
    for name, path in views.items():
        page = open_page(ctx, server + path, PAGES[name][1])
        measured = page.evaluate(CONTRAST_JS)
        assert len(measured) > 5, name
        if name == "Reader":
            assert (
                any("nd-dim" in str(m["cls"]) or "nd-off" in str(m["cls"]) for m in measured)
                or page.locator(".nd-dim").count()
            )
        low += [
            (name, m["cls"], m["text"], round(m["ratio"], 2)) for m in measured if m["ratio"] < 4.5
        ]
        page.close()
    ctx.close()
    assert low == [], low[:20]


def test_annotations_are_focusable_and_show_their_details(server, context):
    """How a date was resolved, a quote's cue and a figure's source, without a mouse."""
    page = open_page(context, server + "/Reader", ".nd-article")
    found = {}
    for kind, selector in {"date": ".nd-date", "quote": ".nd-q", "figure": ".nd-fig"}.items():
        mark = page.locator(f".nd-article {selector}[tabindex='0']").first
        mark.focus()
        title = mark.get_attribute("title")
        shown = mark.evaluate("el => getComputedStyle(el, '::after').content")
        assert title and title in shown, (kind, title, shown)
        found[kind] = title
    assert "resolved against" in found["date"] or "·" in found["date"]
    assert "cue:" in found["quote"]
    assert "source:" in found["figure"]
    page.keyboard.press("Tab")  # the keyboard reaches the next annotation
    assert page.evaluate("document.activeElement.classList.contains('nd-mark')")


def test_phone_width_finds_filters_notice_events_and_a_clear_chart(server, browser):
    phone = browser.new_context(
        viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True
    )
    phone.set_default_timeout(TIMEOUT_MS)
    page = open_page(phone, server + "/Timeline?article=not-here", ".nd-event")
    hint = page.locator(".nd-phone")
    assert hint.is_visible() and "open the menu" in hint.inner_text()
    notice = page.locator("[data-testid=stMain] .nd-notice")
    assert notice.is_visible() and "not in this library" in notice.inner_text()
    event = page.locator(".nd-event .nd-ev-what").first
    box = event.bounding_box()
    assert event.is_visible() and event.inner_text().strip() and box["x"] + box["width"] <= 391
    chart = page.locator("[data-testid=stPlotlyChart]").first
    chart.hover()
    plot = chart.locator(".nsewdrag").first.bounding_box()
    bar = chart.locator(".modebar-container, .modebar").first
    if bar.count() and bar.is_visible():
        top = bar.bounding_box()
        assert top["y"] + top["height"] <= plot["y"] + 1, (top, plot)
    shoot(page, "timeline-phone")
    page.locator(
        "[data-testid=stExpandSidebarButton], [data-testid=stSidebarCollapsedControl] button"
    ).first.click()
    speaker = page.locator("[data-testid=stSidebar] [data-testid=stSelectbox]").filter(
        has_text="Speaker"
    )
    speaker.wait_for(state="visible")
    assert speaker.is_visible()
    phone.close()


ALERT_JS = """
el => {
/*COLOUR*/  let base = rgba(getComputedStyle(document.querySelector('[data-testid=stApp]')).backgroundColor);
  const chain = []; for (let e = el; e; e = e.parentElement) chain.unshift(e);
  for (const e of chain) { const bg = rgba(getComputedStyle(e).backgroundColor);
    if (bg[3] > 0) base = over(bg, bg[3], base); }
  const fg = rgba(getComputedStyle(el).color), text = over(fg, fg[3], base);
  const x = lum(text), y = lum(base);
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}
"""
ALERT_JS = ALERT_JS.replace("/*COLOUR*/", COLOUR_JS)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_an_error_quoting_a_planted_link_is_plain_readable_text(server, browser, scheme):
    """A web address carrying Markdown and HTML comes back in the error as written: no link,
    no bold, no element from it; the alert is announced and readable on both themes."""
    planted = "https://[Click to verify](https://phish.example/login)**now**<b>x</b>"
    ctx = browser.new_context(viewport={"width": 1400, "height": 1000}, color_scheme=scheme)
    ctx.set_default_timeout(TIMEOUT_MS)
    page = open_page(ctx, server + "/", ".nd-title")
    side = page.locator("[data-testid=stSidebar]")
    side.locator("[data-testid=stExpander] summary").filter(has_text="Add an article").click()
    side.get_by_role("tab", name="From a URL").click()
    field = side.get_by_role("textbox", name="Article address")
    field.fill(planted)
    field.press("Enter")
    settle(page)
    alert = side.locator(".nd-alert-error")
    for _ in range(3):  # under load a click can land in the address field's own rerun and be lost
        side.get_by_role("button", name="Import").click()
        settle(page)
        if alert.count():
            break
    alert.wait_for()
    assert alert.get_attribute("role") == "alert"
    assert planted in alert.inner_text()
    assert alert.locator("a, b, strong").count() == 0
    assert side.locator("a[href*='phish']").count() == 0
    text = alert.locator(".nd-alert-text")
    assert text.evaluate(ALERT_JS) >= 4.5
    shoot(page, f"alert-{scheme}")
    ctx.close()


def test_a_long_analysis_can_be_cancelled_and_keeps_nothing(server, context, library_dir):
    """Finding 4: a long upload shows a Cancel button under its spinner; Cancel stops the work
    at once, says so, keeps nothing (no title/date form, nothing saved) and offers to retry."""
    body = "\n\n".join(
        f"Officials in district {i} said the council would meet on Monday to vote on the budget."
        for i in range(2000)
    ).encode()
    page = open_page(context, server + "/", ".nd-title")
    side = page.locator("[data-testid=stSidebar]")
    side.locator("[data-testid=stExpander] summary").filter(has_text="Add an article").click()
    side.locator("input[type=file]").set_input_files(
        {"name": "council.txt", "mimeType": "text/plain", "buffer": body}
    )
    cancel = side.get_by_role("button", name="Cancel")
    cancel.wait_for()
    side.get_by_text(re.compile(r"177 kB, \d+ s so far")).wait_for()  # progress, updated
    started = time.monotonic()
    cancel.click()
    side.locator(".nd-alert-info:has-text('cancelled')").wait_for()
    settle(page)
    assert time.monotonic() - started < 30
    assert side.get_by_role("button", name="Analyse again").is_visible()
    assert side.get_by_role("textbox", name="Title").count() == 0
    from app import library

    assert (
        library.resolve(library.content_key(body), library.list_articles(saved_dir=library_dir[0]))
        is None
    )
    shoot(page, "cancelled")


def test_quotes_by_speaker_on_a_narrow_screen_mark_the_speakers_to_check(server, browser):
    """420 px: quotes grouped by speaker (the URL keeps it), doubtful speakers badged with the
    reason on hover, the reader's tag of an inferred speaker reading "(?)", speaker cards
    linking to their filter; nothing wider than the screen."""
    narrow = browser.new_context(viewport={"width": 420, "height": 900}, is_mobile=True)
    narrow.set_default_timeout(TIMEOUT_MS)
    page = open_page(narrow, server + "/Quotes?order=by+speaker", ".nd-group")
    assert page.locator(".nd-group").count() >= 3
    wide = page.evaluate("document.querySelector('[data-testid=stMain]').scrollWidth")
    assert wide <= 421, f"Quotes is {wide}px wide at 420px"
    badge = page.locator(".nd-card .nd-doubt").first
    badge.scroll_into_view_if_needed()
    assert badge.is_visible() and "Check before citing" in badge.get_attribute("title")
    assert badge.bounding_box()["x"] + badge.bounding_box()["width"] <= 420
    shoot(page, "quotes-by-speaker-narrow")
    link = page.locator(".nd-card-head a[href*='speaker=']").first
    name = link.inner_text().strip()
    link.click()
    page.wait_for_url(re.compile(r"[?&]speaker="))
    settle(page, ".nd-group")
    assert speaker_shown(page) == name
    assert "order=by+speaker" in page.url  # the link keeps the rest of the view

    reader = open_page(narrow, server + "/Reader", ".nd-article")
    tag = reader.locator(".nd-article .nd-tag[data-doubt]").first
    assert tag.evaluate("el => getComputedStyle(el, '::after').content") == '" (?)"'
    narrow.close()


@pytest.mark.parametrize("width", [390, 1280])
def test_the_quotes_page_shows_its_speakers_before_the_quotes_on_a_phone(server, browser, width):
    """At 390 px the columns stack: the speakers come first, as one strip that scrolls sideways
    (they came after every quote card before); at 1280 px they stay in the right column."""
    phone = width < 640
    ctx = browser.new_context(
        viewport={"width": width, "height": 900}, is_mobile=phone, has_touch=phone
    )
    ctx.set_default_timeout(TIMEOUT_MS)
    page = open_page(ctx, server + "/Quotes", ".nd-card")
    speakers = page.get_by_role("heading", name="Speakers").bounding_box()
    said = page.get_by_role("heading", name="What was said").bounding_box()
    strip = page.locator(".nd-speakers").bounding_box()
    if phone:
        assert speakers["y"] < said["y"] and strip["y"] + strip["height"] < said["y"]
        assert strip["height"] < 300 and strip["x"] + strip["width"] <= width + 1
        wide = page.evaluate("document.querySelector('[data-testid=stMain]').scrollWidth")
        assert wide <= width + 1, f"Quotes is {wide}px wide at {width}px"
        shoot(page, "quotes-phone-speakers-first")
    else:
        assert speakers["x"] > said["x"] + 200 and abs(speakers["y"] - said["y"]) < 40
    ctx.close()


def test_on_a_phone_the_timeline_note_and_labels_clear_the_toolbar_and_the_edges(server, browser):
    """390 px: the plotly toolbar (always shown on a touch screen) printed over the note that
    names the dates outside the view, and the last point's label ran off the right edge."""
    phone = browser.new_context(
        viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True
    )
    phone.set_default_timeout(TIMEOUT_MS)
    page = open_page(phone, server + "/Timeline", "[data-testid=stPlotlyChart]")
    chart = page.locator("[data-testid=stPlotlyChart]").first
    chart.scroll_into_view_if_needed()
    chart.tap()
    note = chart.locator(".annotation-text").filter(has_text="Not shown").first.bounding_box()
    bar = chart.locator(".modebar").first
    if bar.count() and bar.is_visible():
        top = bar.bounding_box()
        overlap = not (
            top["y"] + top["height"] <= note["y"] + 1
            or note["y"] + note["height"] <= top["y"] + 1
            or top["x"] + top["width"] <= note["x"]
            or note["x"] + note["width"] <= top["x"]
        )
        assert not overlap, (top, note)
    plot = chart.locator(".nsewdrag").first.bounding_box()
    for label in chart.locator(".scatterlayer .textpoint text").all():
        text, box = label.text_content() or "", label.bounding_box()
        if text.strip() and box:
            assert (
                box["x"] >= plot["x"] - 2
                and box["x"] + box["width"] <= plot["x"] + plot["width"] + 2
            ), text
    shoot(page, "timeline-phone-note")
    phone.close()
