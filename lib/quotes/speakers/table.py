"""The speakers view: one row per canonical speaker, from the quotes table.

This is what the app's speaker filter lists, so a person named "Dmitry Peskov", "Peskov" and
"He" appears once, with the words the article used for them (pronouns left out) and the role the
article gives them.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from lib.quotes.lexicon import lexicon
from lib.schema import frame

KINDS = ("direct", "indirect", "partial")


COLUMNS = ("speaker", "kind", "role", "speaker_mention", "speaker_kind", "start")


def speakers_table(quotes: pd.DataFrame) -> pd.DataFrame:
    """The `speakers` table, most quoted first."""
    if not len(quotes):
        return frame("speakers", [])
    # Plain Python over the columns: a pandas groupby costs more than the whole rest of this
    # table on an ordinary article (it runs for every analysis).
    return frame("speakers", _rows(zip(*(quotes[c].tolist() for c in COLUMNS), strict=True)))


def speaker_rows(quotes: list[dict]) -> list[dict]:
    """Rows of the `speakers` table from the rows of the `quotes` table (no frame needed)."""
    return _rows(tuple(q.get(c) for c in COLUMNS) for q in quotes)


def _rows(quotes) -> list[dict]:
    """Speaker rows, most quoted first, from (speaker, kind, role, speaker_mention, speaker_kind,
    start) tuples."""
    pronouns = set(lexicon().pronouns) | {"who", "which", "that"}
    groups: dict[str, list[tuple]] = {}
    for row in quotes:
        if pd.notna(row[0]):
            groups.setdefault(row[0], []).append(row)
    rows: list[dict[str, Any]] = []
    for speaker, group in groups.items():
        kinds = [r[1] for r in group]
        roles = [r[2] for r in group if isinstance(r[2], str) and r[2]]
        mentions = {
            m
            for m in (r[3] for r in group)
            if isinstance(m, str) and m and m != speaker and m.lower() not in pronouns
        }
        person = any(r[4] == "person" for r in group)
        rows.append(
            {
                "speaker": speaker,
                "speaker_kind": "person" if person else group[0][4],
                "role": roles[0] if roles else None,
                "aliases": sorted(mentions),
                "quotes": len(group),
                **{kind: kinds.count(kind) for kind in KINDS},
                "first_start": int(min(r[5] for r in group)),
            }
        )
    rows.sort(key=lambda r: (-r["quotes"], r["first_start"]))
    return rows
