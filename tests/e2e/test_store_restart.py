"""A saved article's link still opens after the server restarts, with SQLite and PostgreSQL.

In a real browser (Debian's chromium via Playwright): upload an article and save it, stop the
server, start a new one on the same store, then open `?article=<id>` in a fresh browser context.
The PostgreSQL case needs NEWSDASH_TEST_POSTGRES_URL (CI sets it) and skips without it.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from app import library
from tests.e2e.server import HAS_CHROMIUM, chromium, dashboard
from tests.store_backends import BACKENDS, new_database

ROOT = Path(__file__).resolve().parents[2]
LOG = ROOT / "artifacts" / "e2e-store-server.log"
TIMEOUT_MS = 90_000
IDLE = "[data-testid=stApp][data-test-script-state=notRunning]"

pytestmark = pytest.mark.skipif(
    not HAS_CHROMIUM, reason="Debian chromium is not installed (.ci/run installs it)"
)


@pytest.fixture(scope="module")
def browser():
    with chromium() as b:
        yield b


def open_page(browser, url: str, selector: str):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    page.goto(url)
    page.wait_for_selector(selector, state="attached")
    page.wait_for_selector(IDLE, state="attached")
    return page


@pytest.mark.parametrize("backend", [*BACKENDS, "secrets"])
def test_a_saved_link_opens_after_a_restart(backend, browser, tmp_path):
    """`secrets`: the database named only by a root-level secret in a secrets.toml, as on
    Community Cloud (here the user-level ~/.streamlit/secrets.toml of a throwaway HOME)."""
    url, drop = new_database(tmp_path, "sqlite" if backend == "secrets" else backend)
    folder = tmp_path / "library"
    env = {**os.environ, library.LIBRARY_ENV: str(folder)}
    env.pop(library.DATABASE_ENV, None)
    if backend == "postgresql":
        env[library.DATABASE_ENV] = url
    if backend == "secrets":
        home = tmp_path / "home"
        (home / ".streamlit").mkdir(parents=True)
        (home / ".streamlit" / "secrets.toml").write_text(f'{library.DATABASE_ENV} = "{url}"\n')
        env["HOME"] = str(home)
    stamp = "".join(chr(97 + int(d)) for d in str(time.time_ns())[-8:])
    title = f"Lighthouse keeper retires {stamp}"
    body = (
        f"{title}\n\nThe last keeper of the island lighthouse retired on Friday after 31 years, "
        '"The lamp will run itself now," she said. About 200 people came to thank her.\n'
    ).encode()
    article_id = library.content_key(body)
    try:
        with dashboard(env, LOG, append=True) as base:
            page = open_page(browser, base + "/", ".nd-title")
            page.locator("[data-testid=stSidebar] [data-testid=stExpander] summary").filter(
                has_text="Add an article"
            ).click()
            page.locator("[data-testid=stSidebar] input[type=file]").set_input_files(
                {"name": "lighthouse.txt", "mimeType": "text/plain", "buffer": body}
            )
            page.get_by_role("button", name="Save to library").click()
            page.wait_for_selector(
                "[data-testid=stSidebar] .nd-alert-success:has-text('Saved to the library')"
            )
            page.context.close()
        if backend == "sqlite":
            assert (folder / "newsdash.sqlite3").is_file()
            assert not list(folder.glob("*.txt"))  # in the database, not loose files
        if backend == "secrets":  # saved where the secret said, not in the library folder
            assert (tmp_path / "store.sqlite3").is_file()
            assert not (folder / "newsdash.sqlite3").exists()
        with dashboard(
            env, LOG, append=True
        ) as base:  # a new server process: nothing kept in memory
            page = open_page(browser, f"{base}/?article={article_id}", ".nd-title")
            page.screenshot(path=str(LOG.parent / f"store-restart-{backend}.png"))
            assert page.locator(".nd-title").first.inner_text().strip() == title
            assert not page.locator("[data-testid=stException]").count()
            assert not page.get_by_text("not in this library").count()
            page.context.close()
            reader = open_page(browser, f"{base}/Reader?article={article_id}", ".nd-article")
            assert "200 people came to thank her" in reader.locator(".nd-article").inner_text()
            reader.context.close()
    finally:
        drop()
