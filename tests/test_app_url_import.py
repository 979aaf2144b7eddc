"""The sidebar's "From a URL" import, against a local http.server on 127.0.0.1 (no internet).

Loopback is refused by the fetcher, as it must be in production; the success paths allow it
through NEWSDASH_FETCH_ALLOW_HOSTS, the test-only setting ui.py reads. The server counts its
requests, so the tests also show that reruns (opening, saving) never fetch again.
"""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from streamlit.testing.v1 import AppTest

from app import library
from app import sidebar as ui
from tests.app_alerts import shown

TIMEOUT = 90
TITLE = "Harbour crane collapses during storm"
ARTICLE = (
    "<!doctype html><html><head><meta charset='utf-8'><title>" + TITLE + "</title></head>"
    "<body><nav>Home | World | Business</nav><article><h1>" + TITLE + "</h1>"
    "<p>A container crane collapsed at the northern harbour on Tuesday night as winds of more "
    "than 120 km/h swept the coast, the port authority said.</p>"
    "<p>“Nobody was on the crane when it fell,” said Maria Lind, a spokeswoman for the "
    "authority. Two ships were moved to the southern basin as a precaution.</p>"
    "<p>The harbour will stay closed until Thursday while engineers inspect the other cranes.</p>"
    "</article></body></html>"
).encode()
PATH = "/news/harbour-crane.html"


class Handler(BaseHTTPRequestHandler):
    hits: list[str] = []

    def log_message(self, *args):
        pass

    def do_GET(self):
        Handler.hits.append(self.path)
        if self.path == PATH:
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(ARTICLE)))
            self.end_headers()
            self.wfile.write(ARTICLE)
        elif self.path == "/old-link":
            self.send_response(301)
            self.send_header("Location", PATH)
            self.send_header("Content-Length", "0")
            self.end_headers()
        else:
            self.send_error(404)


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(autouse=True)
def env(tmp_path, monkeypatch):
    """An empty library folder per test; the local server is not allowed unless a test says so."""
    monkeypatch.setenv(library.LIBRARY_ENV, str(tmp_path))
    monkeypatch.delenv(ui.FETCH_ALLOW_ENV, raising=False)
    Handler.hits.clear()
    return tmp_path


def allow_local(monkeypatch):
    monkeypatch.setenv(ui.FETCH_ALLOW_ENV, "127.0.0.1")


def import_url(url: str) -> AppTest:
    at = AppTest.from_file(str(library.ROOT / "dashboard.py"), default_timeout=TIMEOUT)
    at.run()
    at.text_input(key=ui.URL_KEY).input(url)
    at.button(key="import_fetch").click().run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def html_of(at: AppTest) -> str:
    return "\n".join(h.proto.body for h in at.get("html"))


def assert_refused(at: AppTest, folder, *phrases: str) -> None:
    errors = shown(at.sidebar, "error")
    assert len(errors) == 1, errors
    assert errors[0].startswith("Could not import this address.")
    for phrase in phrases:
        assert phrase in errors[0]
    assert "Traceback" not in errors[0]
    assert not [t for t in at.text_input if t.key and t.key.startswith("new_title_")]
    assert list(folder.iterdir()) == []


def test_import_opens_the_article_and_saves_it_with_its_url(server, env, monkeypatch):
    allow_local(monkeypatch)
    at = import_url(server + "/old-link")  # a redirect: the article's URL is where it ended
    key = library.content_key(ARTICLE)
    assert at.text_input(key=f"new_title_{key}").value == TITLE
    assert Handler.hits == ["/old-link", PATH]
    at.button(key=f"open_{key}").click().run()
    assert not at.exception
    assert at.selectbox(key=ui.PICK_KEY).value == key
    assert TITLE in html_of(at)
    at.button(key=f"save_{key}").click().run()
    assert not at.exception
    assert any("Saved to the library" in s for s in shown(at.sidebar, "success"))
    assert Handler.hits == ["/old-link", PATH]  # opening and saving reran the page, never fetched
    saved = library.resolve(key, library.list_articles(saved_dir=env))
    assert saved is not None
    raw, filename, meta = saved.read()
    assert raw == ARTICLE and filename.endswith(".html")
    assert meta["url"] == server + PATH


def test_loopback_is_refused_without_the_test_setting(server, env):
    at = import_url(server + PATH)
    assert_refused(at, env, "Refused", "loopback")
    assert Handler.hits == []  # refused before connecting


@pytest.mark.parametrize("url", ["ftp://127.0.0.1/article.txt", "javascript:alert(1)"])
def test_other_schemes_are_refused(url, server, env, monkeypatch):
    allow_local(monkeypatch)
    at = import_url(url)
    assert_refused(at, env, "Only http and https")


def test_missing_page_gives_a_clear_error(server, env, monkeypatch):
    allow_local(monkeypatch)
    at = import_url(server + "/no-such-article")
    assert_refused(at, env, "HTTP 404")


def test_nothing_is_fetched_until_the_button_is_pressed(server, monkeypatch):
    allow_local(monkeypatch)
    at = AppTest.from_file(str(library.ROOT / "dashboard.py"), default_timeout=TIMEOUT)
    at.run()
    at.text_input(key=ui.URL_KEY).input(server + PATH).run()
    assert not at.exception
    assert Handler.hits == []
    assert not shown(at.sidebar, "error")


@pytest.mark.parametrize(
    ("url", "content_type", "data", "expected"),
    [
        ("https://example.com/news/2024/crane-collapse", "text/html", b"", "crane-collapse.html"),
        ("https://example.com/story.php?id=3", "text/html", b"", "story.html"),
        ("https://www.example.com/", "application/xhtml+xml", b"", "www-example-com.html"),
        ("https://example.com/notes.md", "", b"# Title", "notes.md"),
        ("https://example.com/page", "", b"<html><body><p>Hi</p>", "page.html"),
        ("https://example.com/page", "text/plain", b"", "page.txt"),
        ("https://example.com/a%20b/..%2F..%2Fetc", "text/plain", b"", "etc.txt"),
    ],
)
def test_file_name_for_an_imported_page(url, content_type, data, expected):
    assert library.filename_for_url(url, content_type, data) == expected
