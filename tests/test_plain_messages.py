"""Messages that carry outside text (a server's URL, an input's wording) are shown as plain
text: Markdown in them is escaped, so a redirect to `http://host/[Click](https://phish)` cannot
plant a link in the sidebar."""

from __future__ import annotations

import re

import pytest
from streamlit.testing.v1 import AppTest

from app import library
from lib.ingest.fetch import FetchError

PLANTED = "http://evil.example/[Click to verify](https://phish.example/login) **now**"


def _unescaped(markdown: str, char: str) -> bool:
    """Whether `char` occurs without a backslash before it."""
    return re.search(rf"(?<!\\){re.escape(char)}", markdown) is not None


@pytest.fixture(autouse=True)
def empty_library(tmp_path, monkeypatch):
    monkeypatch.setenv(library.LIBRARY_ENV, str(tmp_path))


def test_a_fetch_error_with_a_planted_link_is_shown_as_plain_text(monkeypatch):
    import app.sidebar as sidebar

    def refuse(url, **kwargs):
        raise FetchError(f"Refused: the server redirected to {PLANTED}.")

    monkeypatch.setattr(sidebar, "fetch_url", refuse)
    at = AppTest.from_file(str(library.ROOT / "dashboard.py"), default_timeout=90)
    at.run()
    at.text_input(key=sidebar.URL_KEY).input("https://news.example/story")
    at.button(key="import_fetch").click().run()
    errors = [e.value for e in at.sidebar.error]
    assert len(errors) == 1, errors
    message = errors[0]
    assert message.startswith("Could not import this address. Refused")
    for char in "[]()*":
        assert not _unescaped(message, char), message
    assert "Click to verify" in message  # the words are kept, only their markup is defused
