"""Page furniture inside a story's one long paragraph (lib/ingest/furniture.py, data/furniture.toml):
cross-headlines in capitals, "Related:"/"More:" links, calls to follow or write to the reporter,
reporting credits and bracketed photo credits are typed as paragraphs of kind "furniture", the
text untouched, and no stage reads a row from them. The wording is our own, not a page's."""

from __future__ import annotations

import pytest

from lib.ingest.furniture import furniture_spans, rules
from lib.ingest.structure import split_paragraphs
from lib.pipeline import analyze


def found(text: str) -> list[str]:
    return [text[s:e] for s, e in furniture_spans(text, 0, len(text))]


# ----------------------------------------------------------------------------- cross-headlines


@pytest.mark.parametrize(
    "before, headline, after",
    [
        (
            "The mayor opened the bridge on Monday.",
            "RIVER TOWN CELEBRATES NEW CROSSING AFTER DECADE OF DELAYS",
            "Residents lined both banks to watch.",
        ),
        (  # a question and a comma inside, a closing quote before
            "“It is finished,” the mayor said.",
            "MONEY FOR NEW PARKS? NOT THIS YEAR, SAYS COUNCIL",
            "That decision came from a vote held in March.",
        ),
        (  # an abbreviation and quoted words inside
            "The ferry sailed at noon.",
            "HARBOUR REP. OKAFOR: PIER IS 'NOT SAFE FOR CROWDS'",
            "The pier reopened in June.",
        ),
    ],
)
def test_a_cross_headline_between_sentences_is_furniture(before, headline, after):
    assert found(f"{before} {headline} {after}") == [headline]


@pytest.mark.parametrize(
    "text, headline",
    [
        ("The pier reopened. CLICK HERE TO GET THE HARBOUR NEWS APP", None),
        ("The pier reopened. FOLLOW US ON FACEBOOK FOR MORE HARBOUR NEWS", None),
        (
            "The vote was at 5 p.m. ET. BOARD VOTE SET FOR NEXT WEEK It met.",
            "BOARD VOTE SET FOR NEXT WEEK",
        ),
    ],
)
def test_page_lines_in_capitals(text, headline):
    assert found(text) == [headline or text.split(". ", 1)[1]]


def test_an_acronym_opening_the_next_sentence_stays_with_it():
    text = "Crews worked all night. COUNCIL DELAYS HARBOUR PLAN AGAIN NASA engineers said so."
    assert found(text) == ["COUNCIL DELAYS HARBOUR PLAN AGAIN"]


@pytest.mark.parametrize(
    "text",
    [
        # lists of acronyms
        "Observers came from abroad. NATO, EU, UN, OSCE sent delegations to the count.",
        "Observers came from abroad. NATO, EU and UN sent delegations to the count.",
        "The agencies met. FBI CIA NSA staff attended the briefing.",
        # slogans and shouting in quotation marks, or shouted as a sentence
        "Crowds filled the square. “STOP THE NEW TOLL NOW,” they chanted for an hour.",
        "“We told them twice. NO MORE DELAYS ON THIS BRIDGE,” the mayor said.",
        'Marchers arrived at noon. "NO MORE DELAYS ON THIS BRIDGE" was painted on a sign.',
        "He posted again. THIS IS A TOTAL DISGRACE FOR EVERYONE! Later he deleted it.",
        # a dateline inside the paragraph
        "The first story ends here. SAN LUIS OBISPO, Calif. – A second story starts.",
        "The first story ends here. NEW YORK CITY (AP) — A second story starts.",
        # capitals opening the paragraph: a headline that lost its line break
        "COUNCIL VOTES TO CLOSE THE OLD LIBRARY The council voted on Tuesday to close it.",
        # a paragraph set in capitals
        "THE BOARD MET ON MONDAY. McDONALD SAID SO. THE VOTE WAS HELD IN THE CITY HALL TODAY",
        # capitals inside a sentence
        "The report, titled STATE OF THE HARBOUR WATERS, was published on Friday.",
    ],
)
def test_capitals_that_are_no_cross_headline_are_kept(text):
    assert found(text) == []


# ----------------------------------------------------------------------------- page sentences


@pytest.mark.parametrize(
    "line",
    [
        "Follow Jane Roe on Twitter @janeroe.",
        "Follow her Facebook page here.",
        "Reach the reporter Ann B. Cole at ann.cole@example.com or 555-010-0199.",
        "Email tips@example.org.",
        "Subscribe to our weekly harbour podcast, The Tide.",
        "The Associated Press contributed to this report.",
        "Lena Park and Omar Diaz contributed reporting.",
        "This article also appears on Harbour Watch.",
        "Contributing: Ann Lee and Bo Chan, The Daily Tide",
        "Check out the rest of the interview in the video above.",
        "You can also follow him on Instagram at @harbourmaster.",
        "Sign up for the Tide newsletter to get the week's sailings.",
        "A version of this article appears in print on June 3, 2019, Section B, Page 6 of the"
        " Harbour edition with the headline: Pier Reopens After Year of Repairs.",
    ],
)
def test_a_page_sentence_at_the_end_is_furniture(line):
    text = f"The pier reopened on Friday after repairs, the port said. {line}"
    assert found(text) == [line]


def test_a_short_question_before_a_call_is_its_lead_in():
    call = "Got a tip about the harbour? Email tips@example.org."
    assert found(f"The pier reopened on Friday. {call}") == [call]
    # a question of the story before a story sentence stays story
    text = "Who will pay for the pier? The port board will, its chair said on Friday."
    assert found(text) == []
    # a question before a reporting credit is no lead-in
    text = "Who will pay for it? Lena Park contributed reporting."
    assert found(text) == ["Lena Park contributed reporting."]


def test_page_sentences_in_a_row_are_one_span():
    tail = "Follow Jane Roe on Twitter @janeroe. Subscribe to our newsletter, The Tide."
    assert found(f"The pier reopened on Friday. {tail}") == [tail]


@pytest.mark.parametrize(
    "text",
    [
        "The pier reopened on Friday. Follow the river north for two miles to reach it.",
        "The pier reopened. Reach out to neighbours, the mayor urged residents on Sunday.",
        "The pier reopened. “Subscribe to our podcast,” the harbour master joked at the launch.",
        "The pier reopened. “It was a team effort. Everyone contributed to this report,” he said.",
        # longer than a page sentence ever is (data/furniture.toml max_words)
        "The pier reopened. Follow "
        + "the road past the old mill, " * (rules().max_words // 6 + 1)
        + "and you will see the pier we posted about on Twitter.",
    ],
)
def test_story_sentences_like_page_sentences_are_kept(text):
    assert found(text) == []


def test_a_linked_headline_ends_where_the_story_runs_on():
    link = "More: Harbour board names new chair. Just ask her rivals"
    text = f"“We are ready,” she said. {link} The board met on Monday to vote."
    assert found(text) == [link]


def test_a_linked_headline_after_a_quotation_without_full_stop():
    link = "Related: Ferry fares rise again"
    text = f'"Tell us what you will do" {link} The fares rose by 5 percent.'
    assert found(text) == [link]


@pytest.mark.parametrize(
    "link",
    ["[Read more: How the harbour pays for its piers]", "[Sign up for our morning briefing.]"],
)
def test_a_link_in_square_brackets_is_furniture(link):
    text = f"The pier reopened on Friday. {link} The board met on Monday."
    assert found(text) == [link]


def test_square_brackets_of_an_editor_are_kept():
    for text in (
        "But on Tuesday, [the mayor] told reporters that [400] boats had used the pier.",
        "She said it was fine [emphasis added throughout] and left.",
        "“We read it all. [Read more about the plan in our budget story] was his advice,” she said.",
    ):
        assert found(text) == []


@pytest.mark.parametrize(
    "credit",
    [
        "(Photo: Kim Park/Reuters)",
        "(AP Photo/Lee Brandt)",
        "AP Photo/J. Ray Munro",
        "Tomas Reyes/AFP/Getty Images",
        "Photo by Ana Silva/Bloomberg via Getty Images",
    ],
)
def test_a_photo_credit_is_furniture(credit):
    text = f"The new pier at dawn. {credit} Crowds came on Friday."
    assert found(text) == [credit]


def test_slashes_that_credit_no_photo_are_kept():
    for text in (
        "He flew from Washington/AP headquarters to London on Friday.",
        "They met at the Getty Images/AP offices in the city.",
        "The ratio of imports to exports, Sales/Revenue, fell again.",
    ):
        assert found(text) == []


# ----------------------------------------------------------------------------- the pipeline

STORY = (
    "Harbour pier reopens after repairs\n\n"
    "The harbour pier reopened on Friday after a year of repairs that cost $4 million, the port"
    " authority said. BRIDGE FUNDS? FORGET IT, SAYS TOLL PANEL That verdict comes from a report"
    " the port authority published in March: “The pier is safe again.” About 300 people came."
    " Follow Jane Roe on Twitter @janeroe. The Associated Press contributed to this report."
)
FURNITURE = [
    "BRIDGE FUNDS? FORGET IT, SAYS TOLL PANEL",
    "Follow Jane Roe on Twitter @janeroe. The Associated Press contributed to this report.",
]


def test_furniture_becomes_paragraphs_of_its_own_kind_and_the_text_is_untouched():
    paragraphs = split_paragraphs(STORY)
    kinds = [p.kind for p in paragraphs]
    assert kinds == ["headline", "body", "furniture", "body", "furniture"]
    furniture = [STORY[p.start : p.end] for p in paragraphs if p.kind == "furniture"]
    assert furniture == FURNITURE
    assert [p.paragraph_id for p in paragraphs] == list(range(5))


def test_no_stage_reads_a_row_from_furniture():
    t = analyze(STORY, published="2024-05-03")
    spans = [(STORY.find(f), STORY.find(f) + len(f)) for f in FURNITURE]

    def inside(start, end):
        return any(s < end and start < e for s, e in spans)

    assert t.text == STORY
    for table in (t.quotes, t.facts, t.timeline):
        for row in table.to_dict("records"):
            assert not inside(row["start"], row["end"]), row
    for ent in t.entities.to_dict("records"):
        assert not any(inside(s, e) for s, e in ent["spans"]), ent
    assert "PANEL" not in " ".join(t.quotes["speaker"].fillna(""))
    assert "Jane Roe" not in set(t.entities["name"])
    # the story around the furniture is still read
    assert {4_000_000, 300} <= set(t.facts["value"].dropna())
    assert "The pier is safe again." in " ".join(t.quotes["text"])
    kinds = t.paragraphs.set_index("text")["kind"].to_dict()
    assert [kinds[f] for f in FURNITURE] == ["furniture", "furniture"]


def test_a_text_without_furniture_keeps_its_one_body_paragraph():
    text = "Pier reopens\n\nThe pier reopened on Friday. “It is safe,” the port said. NASA came."
    assert [p.kind for p in split_paragraphs(text)] == ["headline", "body"]


# ----------------------------------------------------------------------------- the reader

HOSTILE = (
    "Harbour pier reopens\n\n"
    "The pier reopened on Friday, the port said. RIVER & HARBOUR <B>BOARD</B> QUITS OVER TOLLS"
    " The board met on Monday."
)


def test_the_reader_shows_furniture_dimmed_escaped_and_in_the_legend():
    from app import render, view
    from tests.app_fixtures import parse

    t = analyze(HOSTILE)
    assert list(t.paragraphs["kind"]) == ["headline", "body", "furniture", "body"]
    colors = view.speaker_colors(t)
    markup = render.article_html(t, ["quotes", "figures"], colors, view.Filters())
    shape = parse(markup)
    assert "".join(shape.text) == "".join(t.paragraphs["text"])  # every character, once
    assert "<B>" not in markup and "RIVER &amp; HARBOUR &lt;B&gt;BOARD&lt;/B&gt;" in markup
    dimmed = [a for tag, a in shape.tags if tag == "div" and a.get("class") == "nd-furniture"]
    assert len(dimmed) == 1 and dimmed[0]["title"] == render.FURNITURE_TITLE
    entries = view.legend(t, ["quotes"], colors, view.Filters())
    assert [e for e in entries if e["layer"] == "furniture"] == [
        {"layer": "furniture", "label": view.FURNITURE_LABEL, "style": "dimmed", "count": 1}
    ]
    assert view.FURNITURE_LABEL in render.legend_html(entries)
    plain = analyze("Pier\n\nThe pier reopened on Friday, the port said.")
    assert not [e for e in view.legend(plain, [], {}, view.Filters()) if e["layer"] == "furniture"]


def test_the_reader_page_renders_furniture_under_apptest(tmp_path, monkeypatch):
    from streamlit.testing.v1 import AppTest

    from app import library
    from tests.app_alerts import html_of

    entry = library.save_article(HOSTILE.encode(), "pier.txt", {"title": "Pier"}, tmp_path)
    monkeypatch.setenv(library.LIBRARY_ENV, str(tmp_path))
    at = AppTest.from_file(str(library.ROOT / "dashboard.py"), default_timeout=90)
    at.query_params["article"] = entry.article_id
    at.switch_page("app/pages/1_Reader.py").run()
    assert not at.exception, [e.value for e in at.exception]
    markup = html_of(at)
    assert '<div class="nd-furniture"' in markup and "Page furniture</span>" in markup
    assert "&lt;B&gt;BOARD&lt;/B&gt;" in markup and "<B>BOARD" not in markup
    assert "Page furniture, not analysed (1)" in markup


def test_a_line_that_is_all_page_is_furniture_and_a_subheading_stays_one():
    text = (
        "Pier reopens\n\nThe pier reopened on Friday.\n\nMore: Ferry fares rise again\n\n"
        "WHAT COMES NEXT\n\nThe board meets in June.\n\nContributing: Ann Lee, The Tide"
    )
    kinds = [(p.kind, text[p.start : p.end]) for p in split_paragraphs(text)]
    assert kinds == [
        ("headline", "Pier reopens"),
        ("body", "The pier reopened on Friday."),
        ("furniture", "More: Ferry fares rise again"),
        ("subheading", "WHAT COMES NEXT"),
        ("body", "The board meets in June."),
        ("furniture", "Contributing: Ann Lee, The Tide"),
    ]


def test_a_dateline_then_furniture_in_the_same_paragraph():
    text = (
        "Pier reopens\n\nPORT TOWN, Maine – The pier reopened on Friday after a year of work. "
        "HARBOUR BOARD PICKS NEW CHAIR The board met on Monday."
    )
    kinds = [(p.kind, text[p.start : p.end]) for p in split_paragraphs(text)]
    assert kinds[1:] == [
        ("dateline", "PORT TOWN, Maine –"),
        ("body", "The pier reopened on Friday after a year of work."),
        ("furniture", "HARBOUR BOARD PICKS NEW CHAIR"),
        ("body", "The board met on Monday."),
    ]


@pytest.mark.parametrize("piece", ['said" More ', "Who? ", "Sen. Lee. ", 'x" Y “a” B. '])
def test_a_long_paragraph_is_read_in_time_linear_in_its_length(piece, monkeypatch):
    """Characters read per character of the paragraph stay bounded as it grows (a sentence
    read to its end from every start made a paragraph without full stops quadratic)."""
    from lib.ingest import furniture

    read = []
    normal = furniture._normal
    monkeypatch.setattr(
        furniture, "_normal", lambda words: read.append(len(words)) or normal(words)
    )
    ratios = []
    for n in (500, 4000):
        read.clear()
        text = piece * n
        furniture_spans(text, 0, len(text))
        ratios.append(sum(read) / len(text))
    assert ratios[1] < 1.5 * ratios[0] + 1 and ratios[1] < 40
