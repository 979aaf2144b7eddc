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
    rows = []
    named = quotes[quotes["speaker"].notna()]
    for speaker, group in named.groupby("speaker", sort=False):
        kinds = group["kind"].value_counts()
        roles = [r for r in group["role"] if isinstance(r, str) and r]
        mentions = {
            m
            for m in group["speaker_mention"]
            if isinstance(m, str) and m and m != speaker and m.lower() not in pronouns
        }
        person = group["speaker_kind"].eq("person")
        rows.append(
            {
                "speaker": speaker,
                "speaker_kind": "person" if person.any() else group["speaker_kind"].iloc[0],
                "role": roles[0] if roles else None,
                "aliases": sorted(mentions),
                "quotes": len(group),
                **{kind: int(kinds.get(kind, 0)) for kind in KINDS},
                "first_start": int(group["start"].min()),
            }
        )
    rows.sort(key=lambda r: (-r["quotes"], r["first_start"]))
    return frame("speakers", rows)
