"""Articles opened but not saved, kept for the browser that opened them across page reloads.

An upload lives in the Streamlit session, and a session ends when the page reloads. The speaker
and topic links, the quote list's jumps and the phone's "Clear the filter" are plain links (they
carry the filters in the URL, so that a link can be shared), and following one reloads the page:
an article opened but not saved was gone, and the page fell back to the first library article.

So an opened article is also kept here, once per server process, under its id and the browser it
was opened in (the token in Streamlit's XSRF cookie: the same for every tab of one browser profile
and unknown to any other; the cookie itself is masked afresh on every page load, so the token is
unmasked first, as the server does). A new session whose link names the article takes it back from here. Another browser
given the link does not get it: only a saved article's link opens for everyone, as the Save button
says. Bounded: the `MAX_KEPT` most recently opened, and none beyond `MAX_BYTES` in total (uploads
are at most 2 MB each); the oldest go first. A server restart forgets them, as it should.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

import streamlit as st

MAX_KEPT = 32
MAX_BYTES = 24_000_000
BROWSER_COOKIE = "_streamlit_xsrf"


class Opened:
    """(browser, article id) -> the upload record the sidebar keeps in its session."""

    def __init__(self, max_kept: int = MAX_KEPT, max_bytes: int = MAX_BYTES) -> None:
        self.max_kept, self.max_bytes = max_kept, max_bytes
        self._items: OrderedDict[tuple[str, str], dict] = OrderedDict()
        self._lock = threading.Lock()  # sessions run in threads of their own

    def keep(self, browser: str, article_id: str, upload: dict) -> None:
        with self._lock:
            self._items.pop((browser, article_id), None)
            self._items[(browser, article_id)] = upload
            while len(self._items) > self.max_kept or (
                len(self._items) > 1 and self._size() > self.max_bytes
            ):
                self._items.popitem(last=False)

    def find(self, browser: str, article_id: str) -> dict | None:
        with self._lock:
            return self._items.get((browser, article_id))

    def forget(self, browser: str, article_id: str) -> None:
        with self._lock:
            self._items.pop((browser, article_id), None)

    def _size(self) -> int:
        return sum(len(u.get("raw", b"")) for u in self._items.values())


@st.cache_resource(show_spinner=False)
def opened() -> Opened:
    """The server's one store of opened articles."""
    return Opened()


def browser() -> str:
    """Who opened it: the token of the browser's XSRF cookie. "" when there is none (XSRF
    protection off, or no browser: AppTest), and then nothing is kept, since nothing would tell
    browsers apart."""
    try:
        cookie = st.context.cookies.get(BROWSER_COOKIE, "") or ""
    except Exception:  # noqa: BLE001 - no request context (a bare script run)
        return ""
    return xsrf_token(cookie)


def xsrf_token(cookie: str) -> str:
    """The token inside a Tornado XSRF cookie: version 2 is "2|mask|masked token|time", the token
    XOR-ed with a 4-byte mask that changes on every page load; an older cookie is the token."""
    parts = cookie.split("|")
    if len(parts) != 4 or parts[0] != "2":
        return cookie
    try:
        mask, masked = bytes.fromhex(parts[1]), bytes.fromhex(parts[2])
    except ValueError:
        return ""
    if len(mask) != 4:
        return ""
    return bytes(b ^ mask[i % 4] for i, b in enumerate(masked)).hex()


def keep(article_id: str, upload: dict) -> None:
    if who := browser():
        opened().keep(who, article_id, upload)


def find(article_id: str) -> dict | None:
    return opened().find(who, article_id) if (who := browser()) else None


def forget(article_id: str) -> None:
    if who := browser():
        opened().forget(who, article_id)
