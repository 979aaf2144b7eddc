"""Pasted text with no dateline and no metadata: relative dates are listed as unresolved (never
dropped in silence), the app says so, and a date given in place resolves them."""

from __future__ import annotations

from app import view
from lib.pipeline import analyze

PASTED = (
    "Ferry operator halts crossings\n\n"
    "The ferry operator halted all crossings on Tuesday after a hull crack was found. "
    "Inspectors had flagged the vessel last week, a spokesman said.\n\n"
    "The company was founded in 1998."
)


def test_relative_dates_wait_for_the_publication_date():
    tables = analyze(PASTED)
    assert view.date_unknown(tables.info())
    waiting = view.unresolved_dates(tables)
    assert list(waiting["Expression"]) == ["Tuesday", "last week"]
    assert waiting["Sentence"].iloc[0].startswith("The ferry operator halted")
    assert list(tables.timeline["date_text"]) == ["1998"]
    notice = view.unknown_date_notice(tables)
    assert "unknown" in notice and "2 relative dates" in notice


def test_a_given_date_places_them():
    tables = analyze(PASTED, published="2019-11-13")
    assert not view.date_unknown(tables.info())
    assert view.unresolved_dates(tables).empty
    dated = dict(zip(tables.timeline["date_text"], tables.timeline["date"], strict=True))
    assert dated["Tuesday"] == "2019-11-12"
    assert dated["last week"] == "2019-11-07"  # the middle of the week before


def test_the_pages_say_so_and_take_the_date_in_place(tmp_path, monkeypatch):
    from datetime import date

    from streamlit.testing.v1 import AppTest

    from app import library
    from tests.app_alerts import shown

    monkeypatch.setenv(library.LIBRARY_ENV, str(tmp_path))
    entry = library.save_article(PASTED.encode(), "ferry.txt", {"title": "Ferry"}, tmp_path)
    pages = (("app/pages/0_Overview.py", "overview"), ("app/pages/2_Timeline.py", "timeline"))
    for page, where in pages:
        at = AppTest.from_file(str(library.ROOT / "dashboard.py"), default_timeout=90)
        at.query_params["article"] = entry.article_id
        at.switch_page(page).run()
        assert not at.exception, [e.value for e in at.exception]
        assert any("publication date is unknown" in w for w in shown(at, "warning"))
        at.date_input(key=f"give_date_{where}").set_value(date(2019, 11, 13)).run()
        at.button(key=f"give_date_btn_{where}").click().run()
        assert not at.exception, [e.value for e in at.exception]
        assert not any("publication date is unknown" in w for w in shown(at, "warning"))
