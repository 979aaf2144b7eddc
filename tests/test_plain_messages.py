"""Messages that carry outside text (a server's URL, an input's wording, a name a reader typed)
are shown as plain text: `app.alerts` escapes them into `st.html`, so a redirect to
`http://host/[Click](https://phish)` or a file that quotes `<img onerror=…>` cannot plant a link
or markup in the page, and every character of the message is still shown as written."""

from __future__ import annotations

import ast
import re

import pytest
from streamlit.testing.v1 import AppTest

from app import library
from lib.errors import InputError
from lib.ingest.fetch import FetchError
from tests.app_alerts import raw_alerts, shown

PLANTED = "http://evil.example/[Click to verify](https://phish.example/login) **now** <b>x</b>"
MARKUP = re.compile(r"<(a|b|img|script)\b", re.I)


@pytest.fixture(autouse=True)
def empty_library(tmp_path, monkeypatch):
    monkeypatch.setenv(library.LIBRARY_ENV, str(tmp_path))


def app() -> AppTest:
    at = AppTest.from_file(str(library.ROOT / "dashboard.py"), default_timeout=90)
    at.run()
    return at


def assert_plain(node, kind: str, message: str) -> None:
    """Exactly one alert of `kind`, showing `message` character for character, with no markup
    of its own besides the alert box."""
    assert shown(node, kind) == [message]
    (box,) = raw_alerts(node, kind)
    assert 'role="alert"' in box or 'role="status"' in box
    assert not MARKUP.search(box), box
    assert not node.get("markdown") or all(
        "Click to verify" not in m.value for m in node.get("markdown")
    )


def test_a_fetch_error_with_a_planted_link_is_shown_as_plain_text(monkeypatch):
    import app.sidebar as sidebar

    def refuse(url, **kwargs):
        raise FetchError(f"Refused: the server redirected to {PLANTED}.")

    monkeypatch.setattr(sidebar, "fetch_url", refuse)
    at = app()
    at.text_input(key=sidebar.URL_KEY).input("https://news.example/story")
    at.button(key="import_fetch").click().run()
    assert_plain(
        at.sidebar, "error", f"Could not import this address. Refused: the server redirected "
        f"to {PLANTED}."
    )  # fmt: skip
    assert not at.sidebar.error  # not through Streamlit's Markdown alert


def test_an_input_error_quoting_the_upload_is_shown_as_plain_text(monkeypatch):
    import app.sidebar as sidebar

    def refuse(raw, filename, meta, published=None, wait=None, who=None):
        raise InputError(f"{filename} is not an article: {PLANTED}")

    monkeypatch.setattr(sidebar, "analyze_cached", refuse)
    at = app()
    at.text_area(key="paste").input("Some pasted words").run()
    assert_plain(at.sidebar, "error", f"pasted.txt is not an article: {PLANTED}")


def test_a_failed_save_is_shown_as_plain_text(monkeypatch):
    """The save message quoted the store's error unescaped before (through st.error)."""
    import app.sidebar as sidebar

    def refuse(raw, filename, meta=None, folder=None):
        raise InputError(f"the file name {PLANTED} is refused")

    at = app()
    at.text_area(key="paste").input("Council opens a bridge\n\nThe bridge opened on Monday.").run()
    key = library.content_key(b"Council opens a bridge\n\nThe bridge opened on Monday.")
    monkeypatch.setattr(sidebar.library, "save_article", refuse)
    at.button(key=f"save_{key}").click().run()
    assert_plain(
        at.sidebar, "error", f"Could not save the article: the file name {PLANTED} is refused"
    )


ALERT_CALLS = {"error", "warning", "success", "info", "toast", "exception"}


def _markdown_alerts_with_outside_text(path) -> list[str]:
    """Calls of `st.error` and its kin whose message is not a fixed string: those would show
    outside text through Markdown."""
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in ALERT_CALLS
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "st"
        ):
            message = node.args[0] if node.args else None
            fixed = isinstance(message, ast.Constant) or (
                isinstance(message, ast.JoinedStr)
                and all(isinstance(v, ast.Constant) for v in message.values)
            )
            if not fixed:
                found.append(f"{path.name}:{node.lineno}")
    return found


def test_no_markdown_alert_carries_a_variable_message():
    files = [library.ROOT / "dashboard.py", *sorted((library.ROOT / "app").rglob("*.py"))]
    found = [hit for f in files for hit in _markdown_alerts_with_outside_text(f)]
    assert found == [], "use app.alerts for messages with outside text: " + ", ".join(found)
