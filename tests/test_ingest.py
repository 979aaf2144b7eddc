"""Ingestion: formats, paragraph typing, metadata, and clear errors for bad input."""

import pytest

from lib.errors import InputError
from lib.ingest.formats import MAX_INPUT_BYTES, MAX_TEXT_CHARS, load_article, load_file
from tests.paths import FIXTURES, SEED


def kinds(article):
    return [(p.kind, article.text[p.start : p.end]) for p in article.paragraphs]


def paragraph_starting(article, prefix):
    return next(p for p in article.paragraphs if article.text[p.start : p.end].startswith(prefix))


def test_seed_structure():
    article = load_file(SEED)
    assert article.paragraphs[0].kind == "headline"
    assert article.title == "No country is immune to terrorism: Kremlin"
    assert paragraph_starting(article, "Russian President Vladimir Putin lights").kind == "caption"
    assert paragraph_starting(article, "Lit candles forming the words").kind == "caption"
    credit = [(k, t) for k, t in kinds(article) if k == "credit"]
    assert credit == [("credit", "Reuters")]
    caption = paragraph_starting(article, "Russian President Vladimir Putin lights")
    assert article.text[caption.start : caption.end].endswith("24 March, 2024")
    assert paragraph_starting(article, "US Intelligence").kind == "subheading"
    after = paragraph_starting(article, "The United States said")
    assert after.kind == "body" and after.section == "US Intelligence"
    body = [t for k, t in kinds(article) if k == "body"]
    assert len(body) == 17 and body[-1].startswith("“I leave this question")


def test_seed_sidecar_metadata():
    article = load_file(SEED)
    assert article.published.isoformat() == "2024-03-25"
    assert article.published_source == "metadata"
    assert article.source == "Reuters"


def test_wire_story_dateline_caption_and_credit():
    article = load_file(FIXTURES / "wire-dateline.txt")
    typed = kinds(article)
    assert ("dateline", "Published 12 May 2023") in typed
    assert ("dateline", "MILAN, May 12 (Reuters) -") in typed
    assert ("credit", "Photo: Jane Doe/Reuters") in typed
    assert paragraph_starting(article, "Rescue workers carry").kind == "caption"
    assert paragraph_starting(article, "Heavy rain flooded").kind == "body"
    assert ("subheading", "Damage") in typed


def test_markdown_front_matter_and_headings():
    article = load_file(FIXTURES / "article.md")
    assert article.title == "Council approves new budget"
    assert article.published.isoformat() == "2023-02-14"
    assert article.source == "Local Ledger"
    assert ("headline", "Council approves new budget") in kinds(article)
    assert ("subheading", "What changes") in kinds(article)
    assert "---" not in article.text  # front matter is metadata, not article text


def test_html_main_text_and_metadata():
    article = load_file(FIXTURES / "article.html")
    assert article.title == "Storm leaves 40,000 without power"
    assert article.published.isoformat() == "2022-11-03"
    assert "Home" not in article.text and "Copyright" not in article.text  # boilerplate dropped
    assert ("subheading", "Repairs under way") in kinds(article)
    assert any(t.startswith('"Crews are working') for k, t in kinds(article) if k == "body")


def test_hard_wrapped_paragraphs_join():
    text = (
        "Title here\n\nThe committee met for six hours on Tuesday and agreed a plan that\n"
        "would cut emissions by half before the end of the decade, members\nsaid afterwards.\n"
    )
    article = load_article(text)
    assert [k for k, _ in kinds(article)] == ["headline", "body"]


def test_line_per_paragraph_splits():
    text = "Title\n\nFirst paragraph ends here.\nSecond paragraph starts on the next line."
    assert [k for k, _ in kinds(load_article(text))] == ["headline", "body", "body"]


def test_crlf_and_bom_normalised():
    article = load_article("\ufeffTitle\r\n\r\nBody of the story is here.\r\n".encode())
    assert article.text == "Title\n\nBody of the story is here.\n"


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "empty"),
        (b"   \n\n\t  ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("Caf\xe9 owners said prices rose.".encode("latin-1"), "UTF-8"),
        (b"x" * (MAX_INPUT_BYTES + 1), "too large"),
        ("a " * (MAX_TEXT_CHARS // 2 + 10), "too long"),
        (
            "Die Regierung hat am Montag erklärt, dass kein Land vor Terrorismus sicher sei. " * 3,
            "English",
        ),
        ("12345 67890 !!! ??? ### 3.14159 2.71828 1.41421 " * 5, "article text"),
    ],
)
def test_bad_input_is_a_clear_error(data, message):
    with pytest.raises(InputError, match=message):
        load_article(data)


def test_unknown_format_rejected():
    with pytest.raises(InputError, match="format"):
        load_article("Title\n\nBody text here.", fmt="pdf")
