"""Round 4 of the temporal tagger: whole-hour clock times, halves of a year, ages, clock rows."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from types import SimpleNamespace

from spacy.tokens import Doc

from lib.nlp import load_nlp
from lib.timeline.direction import _clause_of
from lib.timeline.extract import extract_time
from lib.timeline.patterns import Mention, _scan, tables
from lib.timeline.tagger import tag
from tests.timexes import context_of, tag_body

THURSDAY = date(1998, 2, 12)


def test_a_whole_hour_with_its_weekday_is_one_time_expression():
    found = tag_body("The warehouse caught fire at 10 p.m. Wednesday, firefighters said.", THURSDAY)
    clock = found["10 p.m. Wednesday"]
    assert (clock.type, clock.value, clock.date) == ("TIME", "1998-02-11T22:00", date(1998, 2, 11))
    assert "Wednesday" not in found  # the day is part of the time, not a timex of its own


def test_a_whole_hour_alone_is_a_time_on_the_reference_day():
    found = tag_body("Guards opened the gates at 6 a.m. and closed them again at 12 a.m.", THURSDAY)
    assert found["6 a.m."].value == "1998-02-12T06:00"
    assert found["12 a.m."].value == "1998-02-12T00:00"  # midnight is hour 0


def test_a_clock_time_after_on_or_a_comma_stays_apart_from_its_day():
    found = tag_body("The polls close on March 3 at 8 p.m. in every county.", THURSDAY)
    assert found["8 p.m."].value == "1998-03-03T20:00"
    assert found["March 3"].value == "1998-03-03"


def test_a_number_before_a_bare_word_is_no_clock_time():
    found = tag_body("The team won 5 matches and lost 3 in the spring.", THURSDAY)
    assert not [x for x in found.values() if x.type == "TIME"]


def test_halves_of_a_year_take_timeml_half_codes():
    found = tag_body(
        "Exports fell in the first half of 2005 but recovered in the latter half of 2006.",
        THURSDAY,
    )
    first, second = found["the first half of 2005"], found["the latter half of 2006"]
    assert (first.value, first.date, first.date_end) == (
        "2005-H1",
        date(2005, 1, 1),
        date(2005, 6, 30),
    )
    assert (second.value, second.date, second.date_end) == (
        "2006-H2",
        date(2006, 7, 1),
        date(2006, 12, 31),
    )


def test_the_half_of_a_relative_year():
    found = tag_body("The mill will reopen in the second half of next year.", THURSDAY)
    assert found["the second half of next year"].value == "1999-H2"


def test_an_age_is_no_temporal_expression():
    found = tag_body(
        "A 52-year-old driver and his six-month-old daughter, who is 3 months old, "
        "waited there for two hours.",
        THURSDAY,
    )
    assert [x.text for x in found.values()] == ["two hours"]


def test_a_clock_time_in_the_clause_of_a_dated_day_adds_no_timeline_row():
    ctx = context_of(
        "A neighbour saw the van at 7:15 a.m. outside the bank three days before the robbery on "
        "Feb. 9.",
        THURSDAY,
    )
    timeline, _ = extract_time(ctx)
    assert [row["date_text"] for row in timeline if row["date"] == "1998-02-06"] == [
        "three days before"
    ]


def test_a_clock_time_of_another_clause_keeps_its_row():
    ctx = context_of(
        "At 09:40 GMT the server was back online, and by the end of Monday it had failed again.",
        THURSDAY,
    )
    timeline, _ = extract_time(ctx)
    assert "09:40 GMT" in [row["date_text"] for row in timeline]


def test_a_sentence_opening_for_the_day_sums_up_the_story_day():
    found = tag_body(
        "Share prices in Europe slid on Tuesday. The finance minister urged calm. "
        "For the day, the Paris index gave up 3 percent.",
        THURSDAY,
    )
    assert found["the day"].date == date(1998, 2, 10)


def parsed(words: list[str], heads: list[int], deps: list[str], tags: list[str]):
    """A hand-made parse (the misattachments the rules repair, written out), as the tagger's
    context: words, heads by index, dependency labels and Penn tags."""
    pos = {
        "VBD": "VERB",
        "VBP": "VERB",
        "VB": "VERB",
        "VBZ": "AUX",
        "MD": "AUX",
        "NNP": "PROPN",
        "IN": "ADP",
    }
    doc = Doc(
        load_nlp().vocab,
        words=words,
        heads=heads,
        deps=deps,
        tags=tags,
        pos=[pos.get(t, "NOUN" if t.startswith("NN") else "X") for t in tags],
    )
    return SimpleNamespace(doc=doc, text=doc.text)


def mention_of(ctx, word: str) -> Mention:
    start = ctx.text.index(word)
    return Mention(start, start + len(word), word, "weekday", "DATE", "weekday")


def test_a_weekday_before_the_that_of_its_verb_takes_no_tense_from_that_clause():
    # "Critics sharp on Wednesday that jobs could go": the parse hangs "on Wednesday" on the
    # verb of the that-clause, which is the root; no tense may come from "could go".
    words = ["Critics", "sharp", "on", "Wednesday", "that", "jobs", "could", "go"]
    ctx = parsed(
        words,
        heads=[7, 0, 7, 2, 7, 7, 7, 7],
        deps=["nsubj", "amod", "prep", "pobj", "mark", "nsubj", "aux", "ROOT"],
        tags=["NNS", "JJ", "IN", "NNP", "IN", "NNS", "MD", "VB"],
    )
    verb = ctx.doc[7]
    assert _clause_of(ctx, mention_of(ctx, "Wednesday"), verb) is None


def test_a_weekday_after_a_past_relative_clause_is_in_that_clause():
    # "Banks hurt the index, which fell on Friday": the parse hangs "on Friday" on "hurt".
    words = ["Banks", "hurt", "the", "index", ",", "which", "fell", "on", "Friday"]
    ctx = parsed(
        words,
        heads=[1, 1, 3, 1, 3, 6, 3, 1, 7],
        deps=["nsubj", "ROOT", "det", "dobj", "punct", "nsubj", "relcl", "prep", "pobj"],
        tags=["NNS", "VBP", "DT", "NN", ",", "WDT", "VBD", "IN", "NNP"],
    )
    clause = _clause_of(ctx, mention_of(ctx, "Friday"), ctx.doc[1])
    assert clause.text == "fell"


def test_is_to_with_a_weekday_is_an_arrangement_ahead():
    found = tag_body(
        "The bank, which is being audited, is to reopen its branches Tuesday.", THURSDAY
    )
    assert found["Tuesday"].date == date(1998, 2, 17)


def test_a_participle_describing_a_noun_under_a_future_lies_ahead():
    found = tag_body(
        "The fund will refund all tickets bought by customers through Oct. 20.", THURSDAY
    )
    assert found["Oct. 20"].date == date(1998, 10, 20)
    found = tag_body("Inspectors are examining the crates seized on Oct. 20.", THURSDAY)
    assert found["Oct. 20"].date == date(1997, 10, 20)


def test_an_uncounted_span_ago_is_past_ref_placed_roughly():
    found = tag_body(
        "Several years ago the ferry line closed; two years ago it reopened.", THURSDAY
    )
    vague, counted = found["Several years ago"], found["two years ago"]
    assert (vague.value, vague.precision) == ("PAST_REF", "approx")
    assert counted.value == "1996"


def test_centuries_below_the_fifteenth_and_decades_in_words():
    found = tag_body(
        "The abbey dates from the 11th century, and the village grew in the nineties.", THURSDAY
    )
    assert found["the 11th century"].value == "10"
    assert found["the nineties"].value == "199"
    assert found["the nineties"].date == date(1990, 1, 1)


def test_few_and_first_lengths_are_durations_with_their_modifier():
    found = tag_body(
        "Over the past few weeks the dam leaked; in the first six months it held.", THURSDAY
    )
    assert (found["the past few weeks"].type, found["the past few weeks"].value) == (
        "DURATION",
        "PXW",
    )
    assert found["the first six months"].value == "P6M"


GATED_SAMPLES = (
    "Net profit in the third quarter and in Q2 2004 beat the year-ago quarter; for the latest "
    "period and the 1998 quarter, sales were flat. Fiscal 2003 and FY04 were weak.",
    "Last spring, in the summer of 1999 and late in the winter, the 12th century abbey and the "
    "'80s and the nineties came back, two weeks later than planned, at 9 a.m. and 6pm.",
    "Shares ended the day higher; for the day, stocks rose 2% on the day. On the weekend, for the "
    "week, the early part of this year and later this month, at year-end.",
    "In nineteen ninety-six, in '98, every Monday and twice a week, the following Tuesday, the "
    "same period a year earlier.",
)


def test_every_match_of_a_gated_pattern_holds_one_of_its_trigger_words():
    t = tables()
    gated = [p for p in t.patterns if p[6]]
    assert gated
    hits = 0
    for name, _kind, _type, rx, _span, _needs, trigger, _requires, _implied in gated:
        for text in GATED_SAMPLES:
            for m in rx.finditer(text):
                hits += 1
                assert any(word in m.group(0).lower() for word in trigger), (name, m.group(0))
    assert hits > 20


def test_the_trigger_gate_changes_no_scan():
    t = tables()
    ungated = replace(t, patterns=tuple((*p[:6], (), (), *p[8:]) for p in t.patterns))
    for text in (*GATED_SAMPLES, "A storm hit the coast on Friday, officials said."):
        assert _scan.__wrapped__(text, t) == _scan.__wrapped__(text, ungated)


def test_a_future_seen_from_a_recent_past_is_never_long_gone():
    march = date(2013, 3, 20)
    found = tag_body(
        "The council passed a budget that would fund the library through Sept. 30.", march
    )
    assert found["Sept. 30"].date == date(2013, 9, 30)  # not half a year back
    found = tag_body("The minister promised that the bridge would reopen on March 2.", march)
    assert found["March 2"].date == date(2013, 3, 2)  # a day just gone stays the nearest


def test_noon_and_midnight_are_clock_times_but_not_in_a_name():
    found = tag_body(
        "The gates shut at midnight Wednesday and the Midnight Ramblers played at noon.", THURSDAY
    )
    assert found["midnight Wednesday"].value == "1998-02-11T24:00"
    assert found["noon"].type == "TIME"
    assert "Midnight" not in found


def test_the_full_year_is_the_year_the_passage_tells_of():
    january = date(2006, 1, 26)
    found = tag_body(
        "The brewer lost $90 million in the fourth quarter of 2005 and $300 million for the "
        "whole year.",
        january,
    )
    assert found["the whole year"].value == "2005"
    found = tag_body("The mayor expects tax receipts to grow for the full year.", january)
    assert found["the full year"].value == "2006"
    found = tag_body(
        "By 2009 the chain wants 900 stores. It forecast higher sales for the full year.", january
    )
    assert found["the full year"].value == "2006"  # never a target year still ahead
    assert "the year" not in tag_body("She was named coach of the year.", january)


def test_the_year_ended_a_day_is_the_year_it_closes_in():
    body = (
        "For the year ended June 30, the charity raised $4 million; for the year ending "
        "March 31, 1999, it expects more."
    )
    found = tag(context_of(body, THURSDAY))
    ended, ending = (x for x in found if x.kind == "period_end")
    assert (ended.value, ended.date, ended.date_end) == (
        "1997",
        date(1996, 7, 1),
        date(1997, 6, 30),
    )
    assert ending.value == "1999"
    assert "1997-06-30" in [x.value for x in found]  # the day stays a timex of its own
