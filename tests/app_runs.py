"""Run one page of the app in AppTest, as a link opens it: the query parameters set before the
first run (AppTest's `switch_page` drops state set after it), and no exception allowed."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from app import library

PAGES = {
    "Overview": "app/pages/0_Overview.py",
    "Reader": "app/pages/1_Reader.py",
    "Timeline": "app/pages/2_Timeline.py",
    "Figures": "app/pages/3_Figures.py",
    "Quotes": "app/pages/4_Quotes.py",
    "Data": "app/pages/5_Data.py",
}


def run(page: str, timeout: float = 90, **params) -> AppTest:
    """`page` (a name of `PAGES`) opened through the entrypoint with `params` in the URL."""
    at = AppTest.from_file(str(library.ROOT / "dashboard.py"), default_timeout=timeout)
    for key, value in params.items():
        at.query_params[key] = value
    at.switch_page(PAGES[page]).run()
    assert not at.exception, [e.value for e in at.exception]
    return at
