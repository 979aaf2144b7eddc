"""The tagger's walk back over what it has found (`_State._found_before`, asked by a month or day
written without a year for the year its passage tells of) meets the expressions exactly as the
sort it replaced did: nearest start first, ties in the order found, whatever order the three
passes found them in. The walk bisects starts kept in order instead of sorting everything found
for each such date (quadratic in the number of dates)."""

from __future__ import annotations

from datetime import date

from lib.timeline import tagger
from lib.timeline.patterns import Mention, tables
from lib.timeline.quoted import quote_spans
from tests.timexes import context_of

PUBLISHED = date(2023, 3, 15)
# Plain dates, a quote's dates (pass 2) and counted ones (pass 3), out of text order overall.
BODY = (
    "In 2019 the council closed the bridge. On March 3 it reopened, and two days later it shut "
    'again. "We will fix it by Friday," the mayor said on Monday. In June the work began. '
    "A week later the engineers left, and on Tuesday the council met."
)


def _sorted_before(found, start: int) -> list:
    """What the tagger used to walk: everything found, by descending start (a stable sort)."""
    return [x for x in sorted(found, key=lambda x: -x.start) if x.start < start]


def test_the_walk_back_is_the_old_sort_after_every_date_found(monkeypatch):
    checked = []
    real_add = tagger._State.add

    def add_and_check(self, m, res, anchor, head):
        real_add(self, m, res, anchor, head)
        for start in {0, m.start, m.start + 1, len(self.ctx.text), *(x.start for x in self.found)}:
            assert list(self._found_before(start)) == _sorted_before(self.found, start)
        checked.append(m)

    monkeypatch.setattr(tagger._State, "add", add_and_check)
    tagger.tag(context_of(BODY, PUBLISHED))
    assert len(checked) >= 6


def test_expressions_found_at_one_start_come_in_the_order_found():
    ctx = context_of(BODY, PUBLISHED)
    state = tagger._State(ctx, tables(), PUBLISHED, quote_spans(ctx))
    start = ctx.text.index("March 3")
    kinds = ["date", "weekday", "offset"]
    for i, kind in enumerate(kinds):  # three at one start, one before and one after them
        state.add(
            Mention(start, start + 7, "March 3", kind, "DATE", "p"), tagger.UNRESOLVED, "", None
        )
        state.add(
            Mention(start - 9 + i, start - 8 + i, "x", "year", "DATE", "p"),
            tagger.UNRESOLVED,
            "",
            None,
        )
    walked = list(state._found_before(start + 1))
    assert [x.kind for x in walked[:3]] == kinds
    assert walked == _sorted_before(state.found, start + 1)
