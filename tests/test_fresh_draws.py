"""The evaluation sets drawn from the local US-news copy stay the sets that were annotated.

The keys are frozen in `bench/fresh_texts.py`; these tests re-run the draws (when the corpus copy
is present) so that a change to the pool's rule cannot silently swap the stories under their gold,
and check that no story sits in two sets (a blind story in a tunable set would leak).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import fresh_texts  # noqa: E402


def _keys(which: str) -> list[str]:
    return [value.split(":", 1)[1] for value in fresh_texts.SETS[which].values()]


def test_no_us_story_is_in_two_sets():
    keys = [
        value.split(":", 1)[1] for drawn in fresh_texts.US_DRAW_ORDER for value in drawn.values()
    ]
    assert len(keys) == len(set(keys)) == 12 + 15 + 16 * (len(fresh_texts.US_DRAW_ORDER) - 2)


needs_copy = pytest.mark.skipif(
    not fresh_texts.available("us"), reason=f"no local US-news copy at {fresh_texts.USNEWS}"
)


@needs_copy
def test_round6_draw_is_the_frozen_one():
    assert fresh_texts.us_draw() == (_keys("usdev"), _keys("us"))


@needs_copy
def test_round7_draw_is_the_frozen_one_and_of_2019():
    assert fresh_texts.us_draw2() == (_keys("usdev2"), _keys("us2"))
    pool = fresh_texts.us_pool()
    assert all(pool[key]["published"].startswith("2019") for key in _keys("usdev2") + _keys("us2"))


@needs_copy
@pytest.mark.parametrize("which", fresh_texts.LATER_DRAWS)
def test_later_draws_are_the_frozen_ones_and_of_2019(which):
    """Rounds 11-17 each drew one development set of 2019 stories none of the earlier sets holds."""
    assert fresh_texts.later_draw(which) == _keys(which)
    pool = fresh_texts.us_pool()
    assert all(pool[key]["published"].startswith("2019") for key in _keys(which))
