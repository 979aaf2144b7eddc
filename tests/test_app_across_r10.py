"""Across articles (round 10): a quote whose speaker is a guess says so beside the speaker, as
on the article pages, and the empty page says what to do when articles are saved but were never
opened (files put in the library folder by hand)."""

from __future__ import annotations

import pandas as pd

from app import across, library, view
from tests.test_across import base, folder, page, store  # noqa: F401 - pytest fixtures


def test_each_quote_says_whether_its_speaker_needs_a_check():
    quotes = pd.DataFrame(
        {
            "speaker": ["Ada Vance", "Ada Vance", "Ada Vance", None],
            "speaker_mention": ["Ada Vance", "the minister", None, "officials"],
            "confidence": ["explicit", "resolved", "inferred", "none"],
        }
    )
    checks = list(across.with_checks(quotes)["check"])
    assert checks == ["", "speaker via “the minister”", "speaker inferred", ""]
    assert checks[1] == view.speaker_doubt(quotes.iloc[1].to_dict())[0]  # the pages' badge
    assert across.VIEWS["Quotes"].index("check") == across.VIEWS["Quotes"].index("speaker") + 1


def test_the_page_shows_the_check_beside_the_speaker(store):  # noqa: F811
    at = page()
    assert not at.exception, [e.value for e in at.exception]
    table = at.dataframe[0].value
    cols = list(table.columns)
    assert cols[cols.index("speaker") + 1] == "check"
    shown = table[table["check"] != ""]
    assert len(shown)  # the test articles have speakers named by a pronoun or carried over
    assert all(c == "speaker inferred" or c.startswith("speaker via “") for c in shown["check"])


def test_the_empty_page_says_to_open_the_saved_articles_never_opened(folder):  # noqa: F811
    assert "save articles to the library" in across.nothing_saved_line([])
    entry = library.Entry("a1", "Saved", None, bundled=False)
    bundled = library.Entry("b1", "Seed", None, bundled=True)
    one = across.nothing_saved_line([bundled, entry])
    assert "the library's 1 saved article is analysed when first opened: open it" in one
    two = across.nothing_saved_line([entry, entry, bundled])
    assert "2 saved articles are analysed when first opened: open them" in two
    assert "analyze-many" in two
