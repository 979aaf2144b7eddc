"""The speakers view: one row per canonical speaker, from the quotes table."""

from __future__ import annotations

import pandas as pd

from lib.schema import frame


def speakers_table(quotes: pd.DataFrame) -> pd.DataFrame:
    rows = []
    named = quotes[quotes["speaker"].notna()] if len(quotes) else quotes
    for speaker, group in named.groupby("speaker", sort=False):
        kinds = group["kind"].value_counts()
        roles = [r for r in group["role"] if isinstance(r, str) and r]
        mentions = {m for m in group["speaker_mention"] if isinstance(m, str) and m and m != speaker}
        rows.append(
            {
                "speaker": speaker,
                "speaker_kind": group["speaker_kind"].iloc[0],
                "role": roles[0] if roles else None,
                "aliases": sorted(mentions),
                "quotes": len(group),
                "direct": int(kinds.get("direct", 0)),
                "indirect": int(kinds.get("indirect", 0)),
                "partial": int(kinds.get("partial", 0)),
                "first_start": int(group["start"].min()),
            }
        )
    rows.sort(key=lambda r: (-r["quotes"], r["first_start"]))
    return frame("speakers", rows)
