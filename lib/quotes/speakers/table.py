"""The speakers view: one row per canonical speaker, from the quotes table.

This is what the app's speaker filter lists, so a person named "Dmitry Peskov", "Peskov" and
"He" appears once, with the words the article used for them (pronouns left out) and the role the
article gives them.
"""

from __future__ import annotations

import pandas as pd

from lib.quotes.lexicon import lexicon
from lib.schema import frame

KINDS = ("direct", "indirect", "partial")


def speakers_table(quotes: pd.DataFrame) -> pd.DataFrame:
    """Rows of the `speakers` table, most quoted first."""
    if not len(quotes):
        return frame("speakers", [])
    pronouns = set(lexicon().pronouns) | {"who", "which", "that"}
    # Plain Python over the columns: a pandas groupby costs more than the whole rest of this
    # table on an ordinary article (it runs for every analysis).
    cols = ["speaker", "kind", "role", "speaker_mention", "speaker_kind", "start"]
    groups: dict[str, list[tuple]] = {}
    for row in zip(*(quotes[c].tolist() for c in cols), strict=True):
        if pd.notna(row[0]):
            groups.setdefault(row[0], []).append(row)
    rows = []
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
    return frame("speakers", rows)
