"""Round 9 date class (issue 12), on our own wording: a bare weekday dating a noun ("Friday's
deal will ...") takes the day the article's other bare mentions of that weekday agree on."""

from __future__ import annotations

from datetime import date

from lib.timeline.tagger import tag
from tests.timexes import context_of

NOVEMBER = date(2022, 11, 16)  # a Wednesday


def tag_body_all(body: str, published: date) -> list:
    """Every expression in `body` in text order (one weekday may be written several times)."""
    return tag(context_of(body, published))


def test_a_weekday_dating_a_noun_joins_the_day_the_article_names():
    """'Friday's deal will ...' read by its verb alone is next Friday; the article's other
    bare Fridays name the last one, and the deal is that day's."""
    body = (
        "The union reached a deal with the port on Friday. Members approved it Friday night. "
        "Friday's deal will end a strike that closed the docks for a month."
    )
    found = [x for x in tag_body_all(body, NOVEMBER) if x.text.startswith("Friday")]
    assert [x.date for x in found] == [date(2022, 11, 11)] * 3


def test_a_weekday_dating_a_verb_keeps_its_own_reading():
    body = "The board met on Friday. Friday night the board voted. It will meet again on Friday."
    found = [x for x in tag_body_all(body, NOVEMBER) if x.text.startswith("Friday")]
    assert [x.date for x in found] == [date(2022, 11, 11)] * 2 + [date(2022, 11, 18)]


def test_no_clear_majority_changes_nothing():
    body = "The deal was signed on Friday. Friday's vote will settle it."
    found = [x for x in tag_body_all(body, NOVEMBER) if x.text.startswith("Friday")]
    assert [x.date for x in found] == [date(2022, 11, 11), date(2022, 11, 18)]


def test_a_weekday_noun_named_as_scheduled_keeps_its_own_reading():
    body = (
        "The senator rested on Friday. Friday night he thanked his doctors. "
        "His only event scheduled now is Friday's town hall."
    )
    found = [x for x in tag_body_all(body, NOVEMBER) if x.text.startswith("Friday")]
    assert [x.date for x in found] == [date(2022, 11, 11)] * 2 + [date(2022, 11, 18)]
