"""Newsletter plugs and "read more" lines inside the body are dropped at ingestion (finding 10),
by the rules in data/boilerplate.toml. Wording here is our own, not copied from a page."""

from __future__ import annotations

from lib.ingest.boilerplate import drop_plugs, is_plug
from lib.ingest.formats import load_article
from lib.pipeline import analyze

STORY = (
    "Harbour ferry returns after winter refit\n\n"
    "The harbour ferry resumed its crossings on Saturday after a four-month refit, the port "
    "authority said.\n\n"
    "{plug}\n\n"
    "\u201cWe have replaced both engines,\u201d said harbour master Tomas Reyes.\n\n"
    "The refit cost about 2 million euros."
)
PLUGS = [
    "Sign up for The Harbour Post's morning briefing and never miss a sailing.",
    "Subscribe to our newsletter for weekly updates from the waterfront.",
    "Read more: Ferry pulled from service for repairs",
    "Click here to get alerts when a sailing is cancelled.",
    "Want the waterfront's news first? Get it delivered to your inbox every Friday.",
    "- Related: Port plans a second pier",
]


def test_each_kind_of_plug_is_dropped_from_plain_text_and_the_story_kept():
    for plug in PLUGS:
        article = load_article(STORY.format(plug=plug).encode(), filename="ferry.txt")
        assert plug.lstrip("- ") not in article.text, plug
        assert "resumed its crossings" in article.text and "both engines" in article.text
        assert "\n\n\u201cWe have replaced" in article.text  # the neighbours stay paragraphs
        assert [p.kind for p in article.paragraphs].count("body") == 3, plug


def test_a_plug_inside_an_html_page_is_dropped():
    plug = "Sign up for our free Harbour Daily email and get every sailing update."
    page = (
        "<html><head><title>Harbour ferry returns after winter refit</title></head><body>"
        "<article><h1>Harbour ferry returns after winter refit</h1>"
        "<p>The harbour ferry resumed its crossings on Saturday after a four-month refit, the "
        "port authority said in a statement issued in the morning.</p>"
        f"<p>{plug}</p>"
        "<p>\u201cWe have replaced both engines and the whole deck,\u201d said harbour master "
        "Tomas Reyes, who has run the port for eleven years.</p>"
        "<p>Read more: Ferry pulled from service for repairs</p>"
        "<p>The refit cost about 2 million euros, paid by the regional government and the "
        "city.</p></article></body></html>"
    )
    article = load_article(page.encode(), filename="ferry.html")
    assert "both engines" in article.text and "2 million euros" in article.text
    assert "Harbour Daily" not in article.text and "Read more" not in article.text


def test_story_text_that_mentions_a_newsletter_or_subscribing_is_kept():
    kept = [
        "\u201cI read about it in our newsletter,\u201d said one commuter.",
        "Subscribe to the view of the council, and you would expect the ferry to run all year; "
        "but the port authority has said for a decade that winter crossings cost more than the "
        "fares bring in, and the refit was only approved after a long argument over who would "
        "pay for the engines and the new deck.",
        "Commuters who signed up for season tickets will get a refund.",
    ]
    for paragraph in kept:
        assert not is_plug(paragraph), paragraph
        assert paragraph in drop_plugs(STORY.format(plug=paragraph))


def test_a_line_of_a_hard_wrapped_paragraph_is_never_cut_out_of_it():
    wrapped = (
        "The port authority said the ferry would run every hour, and that commuters\n"
        "subscribe to a monthly pass at the same price as last year, while visitors\n"
        "pay per crossing at the quay."
    )
    assert drop_plugs(STORY.format(plug=wrapped)) == STORY.format(plug=wrapped)


def test_offsets_still_hold_after_a_plug_is_dropped():
    tables = analyze(STORY.format(plug=PLUGS[0]), filename="ferry.txt")
    assert len(tables.quotes) >= 1
    for row in tables.quotes.to_dict("records"):
        assert tables.text[row["start"] : row["end"]] == row["text"]
    assert "Sign up" not in tables.text
