"""A reader who pasted an article without a date, gave the date in place, then followed a link
(round 10): the date travels in the URL (`?published=`), so a filter link (which reloads the
page, a new session) and a shared link keep the timeline placed; the Reader says which
relative dates wait for the date; a citation never names 'pasted.txt' as the outlet."""

from __future__ import annotations

import html
import re
import urllib.parse
from datetime import date

import pytest
from streamlit.testing.v1 import AppTest

from app import library, view
from tests.app_alerts import html_of, shown

PASTED = (
    "Library closes reading room\n\n"
    "The city library closed its reading room on Thursday after water came through the roof, "
    'the head librarian Ines Moreau said. "We lost no books," Moreau said.\n\n'
    "Repairs began last month and should end next week, the council said."
)
PAGES = {"Overview": "app/pages/0_Overview.py", "Reader": "app/pages/1_Reader.py"}


@pytest.fixture
def saved(tmp_path, monkeypatch):
    monkeypatch.setenv(library.LIBRARY_ENV, str(tmp_path))
    undated = library.save_article(PASTED.encode(), view.PASTED_NAME, {}, tmp_path)
    other = library.save_article(
        b"Bridge reopens\n\nThe bridge reopened on 3 May 2021, the mayor said.",
        "bridge.txt",
        {"published": "2021-05-04"},
        tmp_path,
    )
    return undated.article_id, other.article_id


def opened(page: str, **params) -> AppTest:
    at = AppTest.from_file(str(library.ROOT / "dashboard.py"), default_timeout=90)
    for key, value in params.items():
        at.query_params[key] = value
    at.switch_page(PAGES[page]).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def unknown(at: AppTest) -> bool:
    return any("publication date is unknown" in w for w in shown(at, "warning"))


def hrefs(at: AppTest) -> list[str]:
    return [html.unescape(h) for h in re.findall(r'href="([^"#][^"]*)"', html_of(at))]


def test_a_date_given_in_place_goes_in_the_url_and_every_link_keeps_it(saved):
    undated, _ = saved
    at = opened("Overview", article=undated)
    assert unknown(at) and "published" not in at.query_params
    at.date_input(key="give_date_overview").set_value(date(2023, 4, 6)).run()
    at.button(key="give_date_btn_overview").click().run()
    assert not unknown(at)
    assert at.query_params["published"] == "2023-04-06"
    speaker_links = [h for h in hrefs(at) if "speaker=" in h]
    assert speaker_links  # the Who speaks names are links (they reload the page)
    for href in speaker_links:
        assert urllib.parse.parse_qs(href.split("?", 1)[1])["published"] == ["2023-04-06"]

    # the link, opened in a new session: the date is there, the dates are placed
    again = opened("Overview", article=undated, published="2023-04-06", speaker="Ines Moreau")
    assert not unknown(again)
    assert "Published 2023-04-06 (entered by the user)" in html.unescape(html_of(again))
    assert again.query_params["published"] == "2023-04-06"


def test_a_link_date_that_is_not_a_day_is_ignored_and_dropped(saved):
    undated, _ = saved
    for bad in ("2023-13-40", "yesterday", "2023-4-6"):
        at = opened("Overview", article=undated, published=bad)
        assert unknown(at) and "published" not in at.query_params


def test_switching_article_does_not_carry_the_date_to_the_next_one(saved):
    undated, other = saved
    at = opened("Overview", article=undated, published="2023-04-06")
    assert not unknown(at)
    at.selectbox(key="article_pick").set_value(other).run()
    assert not at.exception
    assert "published" not in at.query_params  # the other article has its own date
    assert "Published 2021-05-04 (from the article's metadata)" in html.unescape(html_of(at))


def test_the_reader_names_the_relative_dates_waiting_and_links_to_where_to_give_it(saved):
    undated, _ = saved
    at = opened("Reader", article=undated, speaker="Ines Moreau")
    markup = html.unescape(html_of(at))
    assert "relative dates (“Thursday”, “last month”, “next week”) are not marked: " in markup
    assert "the publication date is unknown." in markup
    (link,) = [h for h in hrefs(at) if h.startswith("Timeline?")]
    assert urllib.parse.parse_qs(link.split("?", 1)[1]) == {
        "article": [undated],
        "speaker": ["Ines Moreau"],
    }
    placed = html.unescape(html_of(opened("Reader", article=undated, published="2023-04-06")))
    assert "are not marked" not in placed


def test_a_citation_names_the_outlet_never_the_file_the_text_was_read_from():
    quote = {"text": "We lost no books", "kind": "direct", "speaker": "Ines Moreau"}
    pasted = view.citation(quote, {"title": "Library closes", "source": view.PASTED_NAME})
    assert pasted == "“We lost no books” – Ines Moreau. In: “Library closes”."
    upload = view.citation(quote, {"title": "Library closes", "source": "library-story.html"})
    assert "library-story" not in upload
    outlet = view.citation(
        quote, {"title": "Library closes", "source": "City Herald", "url": "https://h.example/a"}
    )
    assert outlet.endswith("In: “Library closes”, City Herald, https://h.example/a.")
