"""The scan's `requires` gate (data/temporal.toml): a pattern that needs a month, weekday or
holiday name is not searched in a text naming none - and skipping it never changes the scan."""

from __future__ import annotations

from dataclasses import replace

from lib.timeline.patterns import GATE_HOLES, _scan, tables

SAMPLES = (
    "Shares slid on Tuesday and again last Friday, the week before Christmas Eve.",
    "In early March, on 4 July 2019 and by Sept. 30, sales for January beat the March 2018 peak.",
    "The October vote, September's figures and the following Monday were all that mattered.",
    "From June to August, the board met every other Thursday until Easter 2020.",
    "Profits rose 4% in the quarter, the company said, and will rise next year.",  # no names
    "MARCH 5 - Prices rose sharply, traders said.",  # capitals: the same either way
)


def test_some_patterns_are_gated_on_each_hole():
    holes = {hole for p in tables().patterns for hole, _ in p[7]}
    assert holes == set(GATE_HOLES)


def test_every_match_of_a_gated_pattern_holds_a_name_of_its_hole():
    hits = 0
    for pattern in tables().patterns:
        name, rx, requires = pattern[0], pattern[3], pattern[7]
        for text in SAMPLES if requires else ():
            for m in rx.finditer(text):
                hits += 1
                for hole, gate in requires:
                    assert gate.search(m.group(0)), (name, hole, m.group(0))
    assert hits > 10


def test_the_requires_gate_changes_no_scan():
    t = tables()
    ungated = replace(t, patterns=tuple((*p[:7], (), *p[8:]) for p in t.patterns))
    for text in SAMPLES:
        assert _scan.__wrapped__(text, t) == _scan.__wrapped__(text, ungated)


def test_a_text_without_months_skips_the_month_patterns():
    t = tables()
    month_only = [p for p in t.patterns if any(hole == "MONTH" for hole, _ in p[7])]
    assert len(month_only) >= 10
    text = SAMPLES[4]
    assert not any(gate.search(text) for p in month_only for _, gate in p[7])
