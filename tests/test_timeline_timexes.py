"""The `timexes` table: every temporal expression with its TimeML type and value, dated or not."""

from __future__ import annotations

from datetime import date

from lib import schema
from lib.timeline.extract import extract_time
from tests.timexes import context_of

WEDNESDAY = date(2019, 11, 13)


def tables(body: str, published: date | None = WEDNESDAY):
    ctx = context_of(body, published)
    timeline, timexes = extract_time(ctx)
    df = schema.frame("timexes", timexes)
    assert schema.validate("timexes", df, ctx.text) == []
    return timeline, timexes


def by_text(timexes: list[dict], words: str) -> dict:
    hits = [t for t in timexes if t["text"] == words]
    assert len(hits) == 1, (words, timexes)
    return hits[0]


def test_every_expression_with_type_and_value():
    body = (
        "The bakery has been open for three years. Sales are currently weak, the owner said on "
        "Tuesday, and she plans to close in 2020."
    )
    timeline, timexes = tables(body)
    duration = by_text(timexes, "three years")
    assert (duration["type"], duration["status"], duration["date"]) == ("DURATION", "undated", None)
    assert duration["value"] == "P3Y"
    now = by_text(timexes, "currently")
    assert (now["value"], now["status"], now["event_id"]) == ("PRESENT_REF", "undated", None)
    tuesday = by_text(timexes, "Tuesday")
    assert (tuesday["value"], tuesday["status"]) == ("2019-11-12", "dated")
    on_timeline = {row["date_text"]: row["event_id"] for row in timeline}
    assert tuesday["event_id"] == on_timeline["Tuesday"]
    assert by_text(timexes, "2020")["value"] == "2020"
    assert [t["timex_id"] for t in timexes] == list(range(len(timexes)))


def test_timeline_keeps_only_calendar_rows():
    body = "The museum reopened on 4 May 2018 after a decade of repairs. Visitors recently doubled."
    timeline, timexes = tables(body)
    assert [row["date_text"] for row in timeline] == ["4 May 2018"]
    assert {t["value"] for t in timexes} >= {"2018-05-04", "P10Y", "PAST_REF"}


def test_unknown_publication_lists_relative_dates_as_unresolved():
    body = "The ferry sank on Tuesday. Divers found the wreck two days later, on 9 June 2015."
    timeline, timexes = tables(body, published=None)
    tuesday = by_text(timexes, "Tuesday")
    assert (tuesday["status"], tuesday["value"], tuesday["date"]) == (
        "unresolved",
        "XXXX-WXX-2",
        None,
    )
    assert "unknown" in tuesday["resolution"]
    assert by_text(timexes, "9 June 2015")["status"] == "dated"
    assert "Tuesday" not in [row["date_text"] for row in timeline]
