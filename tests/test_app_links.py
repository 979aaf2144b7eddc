"""From a statement on the Quotes page to its words in the Reader and back, as links (so they can
be shared): each card links to `Reader?quote=<id>` with the view kept, the Reader shows that
quote's sentence above the article with its words highlighted, outlines it in the text and in the
side list, and links back to the card, which the Quotes page marks and offers to jump to."""

from __future__ import annotations

import dataclasses
import html
import re
import urllib.parse

from app import library, render, view
from app.cache import analyze_cached
from tests import app_fixtures as fx
from tests.app_alerts import html_of
from tests.app_fixtures import parse
from tests.app_runs import run


def seed():
    return analyze_cached(*library.list_articles()[0].read())


def links(markup: str) -> list[tuple[str, str]]:
    """(href, label) of every link, unescaped."""
    found = re.findall(r'<a[^>]*href="([^"]*)"[^>]*>([^<]*)</a>', markup)
    return [(html.unescape(h), html.unescape(label)) for h, label in found]


def picked_box(markup: str) -> str:
    """The picked quote's box (`render.picked_quote_html`): its links end it."""
    box = markup[markup.index('class="nd-picked"') :]
    return box[: box.index("</a></div></div>") + 16]


def unstyled(markup: str) -> str:
    """The markup without the app's style sheet (which names every class)."""
    return re.sub(r"<style>.*?</style>", "", markup, flags=re.S)


def query(href: str) -> dict[str, list[str]]:
    return urllib.parse.parse_qs(urllib.parse.urlsplit(href).query)


def test_every_quote_card_links_to_its_words_in_the_reader_keeping_the_view():
    t = seed()
    peskov = t.quotes[t.quotes["speaker"] == "Dmitry Peskov"]
    markup = html_of(run("Quotes", speaker="Dmitry Peskov", layers="Quotes", order="by speaker"))
    to_reader = [h for h, label in links(markup) if label == "Read it in the article"]
    assert len(to_reader) == len(peskov)  # one per card shown, none for the filtered-out ones
    for href, qid in zip(to_reader, peskov["quote_id"], strict=True):
        assert href.startswith("Reader?")  # relative: works under any base path
        assert query(href) == {
            "speaker": ["Dmitry Peskov"],
            "layers": ["Quotes"],
            "order": ["by speaker"],  # round 10: the Quotes page's choices ride along
            "quote": [str(qid)],
        }
        assert f'id="nd-card-{qid}"' in markup  # the way back lands on the card


def test_the_reader_shows_the_linked_quote_first_outlines_it_and_links_back_to_its_card():
    t = seed()
    q = t.quotes.iloc[len(t.quotes) // 2]
    qid = int(q["quote_id"])
    markup = html_of(run("Reader", quote=str(qid)))
    box = picked_box(markup)
    assert "Quote from the Quotes page" in box
    assert html.escape(view.speaker_label(q["speaker"])) in box
    hit = re.search(r'<mark class="nd-hit"[^>]*>([^<]*)</mark>', box)
    assert hit and html.unescape(hit.group(1)) == t.text[int(q["start"]) : int(q["end"])]
    nav = dict((label, href) for href, label in links(box))
    assert nav["Show it in the article"] == f"#nd-q-{qid}"
    assert query(nav["Back to its card on the Quotes page"]) == {"quote": [str(qid)]}
    assert nav["Back to its card on the Quotes page"].startswith("Quotes?")
    # the anchor the box jumps to is the outlined quote in the article, and the side list marks it
    anchor = re.search(rf'<span class="([^"]*)"[^>]*id="nd-q-{qid}"', markup)
    assert anchor and "nd-sel" in anchor.group(1).split()
    assert re.search(rf'<li class="nd-sel"><a href="#nd-q-{qid}"', markup)
    assert unstyled(markup).count("nd-sel") == 2  # that quote only, in the text and the list

    plain = html_of(run("Reader"))
    assert 'class="nd-picked"' not in plain and "nd-sel" not in unstyled(plain)


def test_the_quotes_page_marks_the_card_the_reader_came_from_or_says_it_is_filtered_out():
    t = seed()
    direct = t.quotes[t.quotes["kind"] == "direct"].iloc[0]
    qid = int(direct["quote_id"])
    markup = html_of(run("Quotes", quote=str(qid)))
    assert f'id="nd-card-{qid}" class="nd-card nd-sel"' in markup
    nav = dict((label, href) for href, label in links(picked_box(markup)))
    assert nav["Go to its card"] == f"#nd-card-{qid}"
    assert query(nav["Read it in the article"]) == {"quote": [str(qid)]}
    assert "Quote from the Reader<" in markup

    hidden = html_of(run("Quotes", quote=str(qid), kinds="indirect"))
    assert "Quote from the Reader (hidden by the filters)" in hidden
    assert f'id="nd-card-{qid}"' not in hidden and "Go to its card" not in hidden


def test_a_quote_link_is_dropped_by_other_pages_and_an_unknown_one_is_ignored():
    at = run("Timeline", quote="3")
    assert "quote" not in at.query_params
    at = run("Reader", quote="999")
    assert 'class="nd-picked"' not in html_of(at)
    at = run("Reader", quote="<b>x</b>")
    assert 'class="nd-picked"' not in html_of(at)


def test_the_picked_quote_box_escapes_the_article_and_stays_balanced():
    t = fx.tables()
    quotes = t.quotes.copy()
    quotes.loc[:, "speaker"] = '<img src=x onerror="alert(1)">'
    quotes.loc[:, "confidence"] = "resolved"
    quotes.loc[:, "speaker_mention"] = "<script>alert(1)</script>"
    t = dataclasses.replace(t, quotes=quotes)
    r = t.quotes.iloc[0].to_dict()
    box = render.picked_quote_html(t, r, [("Back", 'Quotes?quote=1&x="><script>')], lead="<i>")
    parse(box)
    assert "<img" not in box and "<script" not in box and "<i>" not in box
    assert "&lt;img" in box and 'href="Quotes?quote=1&amp;x=&quot;&gt;&lt;script&gt;"' in box


def test_a_quote_the_reader_sent_is_ready_to_cite():
    t = seed()
    q = t.quotes.iloc[-1]
    at = run("Quotes", quote=str(int(q["quote_id"])))
    assert at.selectbox(key="cite").value == int(q["quote_id"])
    assert at.expander[0].proto.expanded
    assert at.code[0].value == view.citation(q.to_dict(), t.info())
    plain = run("Quotes")
    assert plain.selectbox(key="cite").value == int(t.quotes.iloc[0]["quote_id"])
    assert not plain.expander[0].proto.expanded
