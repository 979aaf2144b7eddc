"""The Reader's side list leads to each quote's card on the Quotes page, the card back to its
words in the Reader (round 10): both ends are plain links that keep the view (article, speaker,
topic, layers), so the round trip can be shared and lands on the same quote, marked."""

from __future__ import annotations

import dataclasses
import html
import re

from app import render, view
from tests import app_fixtures as fx
from tests.app_alerts import html_of
from tests.app_fixtures import parse
from tests.app_runs import run
from tests.test_app_links import links, picked_box, query, seed, unstyled


def side_list(markup: str) -> str:
    """The Reader's side list (`render.quote_list_html`)."""
    start = markup.index('<ol class="nd-qlist">')
    return markup[start : markup.index("</ol>", start) + 5]


def test_every_quote_of_the_side_list_links_to_its_card_keeping_the_view():
    t = seed()
    markup = html_of(run("Reader", speaker="Dmitry Peskov", layers="Quotes"))
    to_cards = [
        h for h, label in links(side_list(markup)) if label == "Its card on the Quotes page"
    ]
    assert len(to_cards) == len(t.quotes)  # the dimmed quotes too: each is a card on Quotes
    for href, qid in zip(to_cards, t.quotes["quote_id"], strict=True):
        assert href.startswith("Quotes?")  # relative: works under any base path
        assert query(href) == {
            "speaker": ["Dmitry Peskov"],
            "layers": ["Quotes"],
            "quote": [str(qid)],
        }
    # each item still jumps to the quote's place in the article first
    jumps = re.findall(r'href="(#nd-q-\d+)"', side_list(markup))
    assert jumps == [f"#nd-q-{q}" for q in t.quotes["quote_id"]]


def test_the_round_trip_from_the_side_list_to_the_card_and_back_lands_on_the_same_quote():
    t = seed()
    peskov = t.quotes[t.quotes["speaker"] == "Dmitry Peskov"]
    qid = int(peskov["quote_id"].iloc[-1])
    reader = html_of(run("Reader", speaker="Dmitry Peskov"))
    (to_card,) = [
        h
        for h, label in links(side_list(reader))
        if label == "Its card on the Quotes page" and query(h)["quote"] == [str(qid)]
    ]
    params = {k: v[0] for k, v in query(to_card).items()}
    quotes = html_of(run("Quotes", **params))  # the link, opened
    assert f'id="nd-card-{qid}" class="nd-card nd-sel"' in quotes
    assert unstyled(quotes).count("nd-sel") == 1  # that card only
    nav = dict((label, href) for href, label in links(picked_box(quotes)))
    assert nav["Go to its card"] == f"#nd-card-{qid}"
    back = nav["Read it in the article"]
    assert back.startswith("Reader?")
    assert query(back) == {"speaker": ["Dmitry Peskov"], "quote": [str(qid)]}
    again = html_of(run("Reader", **{k: v[0] for k, v in query(back).items()}))
    assert re.search(rf'<li class="nd-sel"><a href="#nd-q-{qid}"', again)
    assert "Quote from the Quotes page" in picked_box(again)


def test_the_card_link_of_the_side_list_escapes_the_speaker_and_the_address():
    t = fx.tables()
    quotes = t.quotes.copy()
    quotes.loc[:, "speaker"] = '<img src=x onerror="alert(1)">'
    t = dataclasses.replace(t, quotes=quotes)
    markup = render.quote_list_html(
        t.quotes,
        view.speaker_colors(t),
        tables=t,
        card_href=lambda qid: f'Quotes?quote={qid}&x="><script>',
    )
    parse(markup)  # balanced
    assert "<img" not in markup and "<script" not in markup
    assert 'title="This quote of &lt;img src=x onerror=&quot;alert(1)&quot;&gt;' in markup
    assert 'href="Quotes?quote=1&amp;x=&quot;&gt;&lt;script&gt;"' in markup
    # without a card address (a list outside the app's pages) there is no second link
    assert "nd-to-card" not in render.quote_list_html(t.quotes, view.speaker_colors(t))


def test_the_quotes_page_choices_ride_through_the_reader_and_back():
    t = seed()
    direct = t.quotes[t.quotes["kind"] == "direct"]
    qid = int(direct["quote_id"].iloc[0])
    quotes = html_of(run("Quotes", kinds="direct", order="by speaker"))
    (to_reader,) = [
        h
        for h, label in links(quotes)
        if label == "Read it in the article" and query(h)["quote"] == [str(qid)]
    ]
    assert query(to_reader) == {"kinds": ["direct"], "order": ["by speaker"], "quote": [str(qid)]}
    reader = run("Reader", **{k: v[0] for k, v in query(to_reader).items()})
    nav = dict((label, href) for href, label in links(picked_box(html_of(reader))))
    back = query(nav["Back to its card on the Quotes page"])
    assert back == {"kinds": ["direct"], "order": ["by speaker"], "quote": [str(qid)]}
    again = run("Quotes", **{k: v[0] for k, v in back.items()})
    assert again.segmented_control(key="order").value == "by speaker"
    assert again.pills(key="kinds").value == ["direct"]
    assert f'id="nd-card-{qid}" class="nd-card nd-sel"' in html_of(again)


def test_a_shared_link_to_an_unsaved_article_says_what_the_sender_should_do():
    markup = html.unescape(html_of(run("Reader", article="0123456789abcdef", quote="2")))
    assert "The article in this link is not in this library; showing the first article." in markup
    assert "ask whoever sent the link to save it to the library (sidebar)" in markup


def test_a_card_hidden_by_the_filters_is_one_link_away():
    t = seed()
    other = t.quotes[t.quotes["speaker"] != "Dmitry Peskov"]
    qid = int(other["quote_id"].iloc[0])  # dimmed in the Reader's list under the filter
    markup = html_of(run("Quotes", speaker="Dmitry Peskov", kinds="direct", quote=str(qid)))
    assert "Quote from the Reader (hidden by the filters)" in markup
    nav = dict((label, href) for href, label in links(picked_box(markup)))
    unfiltered = query(nav["Show its card without the filters"])
    assert unfiltered == {"quote": [str(qid)]}  # speaker, topic and kinds dropped, the quote kept
    shown = html_of(run("Quotes", **{k: v[0] for k, v in unfiltered.items()}))
    assert f'id="nd-card-{qid}" class="nd-card nd-sel"' in shown
    visible = html_of(run("Quotes", quote=str(qid)))
    assert "Show its card without the filters" not in visible
