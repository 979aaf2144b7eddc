"""The blind pairwise check (`bench/pairwise_bench.py`): which statements changed speaker, and
how a judge's answers are counted against the hidden key."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import pairwise_bench  # noqa: E402


def test_changes_lists_each_statement_whose_speaker_moved_or_that_one_side_lacks():
    before = {"a": [[0, 5, "Ann Lee"], [10, 20, None]], "b": [[3, 9, "Tom Ruiz"]]}
    after = {"a": [[0, 5, "Ann Lee"], [10, 20, "Tom Ruiz"], [30, 40, "Ann Lee"]], "b": []}
    assert pairwise_bench.changes(before, after) == [
        ("a", 10, 20, None, "Tom Ruiz"),
        ("a", 30, 40, None, "Ann Lee"),
        ("b", 3, 9, "Tom Ruiz", None),
    ]


def test_score_reads_each_answer_through_the_key(tmp_path):
    key = [{"id": 1, "X": "old", "Y": "new"}, {"id": 2, "X": "new", "Y": "old"}]
    key += [{"id": 3, "X": "new", "Y": "old"}, {"id": 4, "X": "old", "Y": "new"}]
    (tmp_path / "key.json").write_text(json.dumps(key))
    (tmp_path / "answers.json").write_text(json.dumps({"1": "Y", "2": "Y", "3": "both"}))
    assert pairwise_bench.score(tmp_path) == {
        "new right": 1,
        "old right": 1,
        "both": 1,
        "neither": 0,
        "unanswered": 1,
    }
