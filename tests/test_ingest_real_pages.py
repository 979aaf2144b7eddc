"""Real pages carry production lines and agency tags; they must not become story structure.

Wordings are our own, written for each construction (not copied from an evaluation page).
"""

from __future__ import annotations

from lib.ingest.formats import load_article


def kinds(text: str) -> list[tuple[str, str]]:
    article = load_article(text, filename="x.txt")
    return [(p.kind, text[p.start : p.end]) for p in article.paragraphs]


def test_wire_slugs_labels_and_separators_are_not_subheadings():
    text = (
        "Ferry line to close for winter repairs\n\n"
        "Hosted\n\n"
        "AP-EU--Ferry-Repairs, 2nd Ld-Writethru\n\n"
        "The island ferry will stop running next month while its docks are rebuilt, the harbour "
        "office said on Tuesday.\n\n"
        "___\n\n"
        "Passengers will use a temporary bus link across the causeway until the spring.\n"
    )
    found = kinds(text)
    assert ("credit", "Hosted") in found
    assert ("credit", "AP-EU--Ferry-Repairs, 2nd Ld-Writethru") in found
    assert ("credit", "___") in found
    assert not [k for k, _ in found if k == "subheading"]


def test_a_real_short_heading_stays_a_subheading():
    text = (
        "Council votes on budget\n\n"
        "The council met on Monday evening and approved the new spending plan for parks.\n\n"
        "What happens next\n\n"
        "The plan goes to the mayor, who has ten days to sign it or send it back.\n"
    )
    assert ("subheading", "What happens next") in kinds(text)


def test_an_agency_tag_before_the_first_word_is_a_dateline():
    text = (
        "Storm closes ports\n\n"
        "(CNN)Harbour officials closed three ports on Sunday as the storm moved up the coast, "
        "and ferries stayed in dock.\n\n"
        "LISBON (Reuters)Fishing boats were told to stay in port until the wind drops below gale "
        "force, the coastguard said.\n"
    )
    found = kinds(text)
    assert ("dateline", "(CNN)") in found
    assert ("body", found[2][1]) == found[2] and found[2][1].startswith("Harbour officials")
    assert ("dateline", "LISBON (Reuters)") in found
    assert any(k == "body" and t.startswith("Fishing boats") for k, t in found)


def test_the_site_name_after_a_page_title_is_dropped():
    from lib.ingest.formats import strip_site_suffix

    assert strip_site_suffix("Storm closes ports | Coast Courier") == "Storm closes ports"
    assert strip_site_suffix("Storm closes ports - Coast Courier", "The Coast Courier") == (
        "Storm closes ports"
    )
    assert strip_site_suffix("Ports shut - and ferries wait", "Coast Courier") == (
        "Ports shut - and ferries wait"
    )  # a dash inside a headline stays
    assert strip_site_suffix("Storm closes ports | World | Coast Courier") == "Storm closes ports"
    page = (
        "<html><head><title>Storm closes three ports | Coast Courier</title>"
        '<meta property="og:site_name" content="Coast Courier"></head><body><article>'
        "<h1>Storm closes three ports</h1>"
        "<p>Harbour officials closed three ports on Sunday as the storm moved up the coast, "
        "and ferries stayed in dock for the whole day while crews checked the piers.</p>"
        "<p>Fishing boats were told to stay in port until the wind drops below gale force, "
        "the coastguard said in a statement on Sunday evening.</p>"
        "</article></body></html>"
    )
    article = load_article(page, filename="storm.html")
    assert article.title == "Storm closes three ports"
