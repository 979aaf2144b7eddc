"""Corrections that persist: a reader's fixes to a saved article's analysis, applied over it.

Three kinds, each one row in the store's `corrections` table, never folded into the analysis:
- `speaker`: a quote (table `quotes`) or statement (table `facts`) at a span is said by `value`;
- `merge`: the speaker named `target` is the same as `value` (one name everywhere);
- `wrong`: the quote, figure or date (`quotes`, `facts`, `timeline`) at a span is not one.

A correction points at a row by its span (start, end) and remembers the words there. The article
bytes never change (saved articles are immutable), so after a newer release re-analyses them the
same span still names the same words: the correction applies again. It is dropped (reported, not
applied) only when the new analysis has no row at that span. Applying is pure: tables in, corrected
tables out, with a `Correction` list saying what was applied and what was dropped, so every page
and every export of the corrected tables shows the same thing.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import datetime

import pandas as pd

from lib import schema
from lib.errors import InputError

KINDS = ("speaker", "merge", "wrong")
TABLES_BY_KIND = {"speaker": ("quotes", "facts"), "wrong": ("quotes", "facts", "timeline")}
# The column holding who says it, per table a speaker correction applies to.
SPEAKER_COLUMN = {"quotes": "speaker", "facts": "source"}
MAX_NAME = 200
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


@dataclass(frozen=True)
class Correction:
    kind: str
    table_name: str | None = None
    start: int | None = None
    end: int | None = None
    span_text: str | None = None
    value: str | None = None
    target: str | None = None
    id: int | None = None
    made_at: datetime | None = None

    def describe(self) -> str:
        if self.kind == "merge":
            return f"{self.target!r} merged into {self.value!r}"
        where = f"{self.table_name} {self.start}-{self.end}"
        return (
            f"{where}: speaker is {self.value!r}" if self.kind == "speaker" else f"{where}: wrong"
        )


@dataclass
class Corrected:
    tables: object  # lib.pipeline.ArticleTables with the corrections applied
    applied: list[Correction]
    dropped: list[Correction]  # their span is gone from this analysis


def checked(correction: Correction, text: str | None = None) -> Correction:
    """The correction, validated (InputError with one line otherwise); with `text`, the span's
    words recorded from the article text."""
    c = correction
    if c.kind not in KINDS:
        raise InputError(f"A correction is one of {', '.join(KINDS)}, not {c.kind!r}.")
    if c.kind == "merge":
        value, target = _name(c.value), _name(c.target)
        if value == target:
            raise InputError("A speaker cannot be merged into itself.")
        return dataclasses.replace(
            c, value=value, target=target, table_name=None, start=None, end=None
        )
    if c.table_name not in TABLES_BY_KIND[c.kind]:
        allowed = ", ".join(TABLES_BY_KIND[c.kind])
        raise InputError(f"A {c.kind} correction applies to {allowed}, not {c.table_name!r}.")
    if not (isinstance(c.start, int) and isinstance(c.end, int) and 0 <= c.start < c.end):
        raise InputError("A correction needs the span (start < end) of the row it corrects.")
    if text is not None:
        if c.end > len(text):
            raise InputError("The corrected span is outside the article.")
        c = dataclasses.replace(c, span_text=text[c.start : c.end])
    value = _name(c.value) if c.kind == "speaker" else None
    return dataclasses.replace(c, value=value, target=None)


def apply(tables, corrections: list[Correction]) -> Corrected:
    """The tables with every correction whose span is still there applied, in the order made.

    What a page or an export shows of a correction, wherever the analysis repeats it: a merged
    name is replaced in the speaker columns and in the timeline's actors; a date marked wrong
    leaves the timeline and the timexes (the same expression, listed there with its TimeML
    value); the speakers table is counted again from the corrected quotes."""
    frames = {name: getattr(tables, name).copy() for name in ("quotes", "facts", "timeline")}
    applied, dropped, wrong = [], [], {name: set() for name in frames}
    for c in corrections:
        if c.kind == "merge":
            for name, col in SPEAKER_COLUMN.items():
                frame = frames[name]
                frame.loc[frame[col] == c.target, col] = c.value
            frames["timeline"]["actors"] = [
                _renamed(actors, c.target, c.value) for actors in frames["timeline"]["actors"]
            ]
            applied.append(c)
            continue
        frame = frames[c.table_name]
        at = frame.index[(frame["start"] == c.start) & (frame["end"] == c.end)]
        if len(at) == 0 or (
            c.span_text is not None and tables.text[c.start : c.end] != c.span_text
        ):
            dropped.append(c)
            continue
        if c.kind == "speaker":
            frame.loc[at, SPEAKER_COLUMN[c.table_name]] = c.value
            if c.table_name == "quotes":  # the role and kind found were the other speaker's
                kind, role = _known(tables.speakers, c.value)
                frame.loc[at, "speaker_kind"] = kind
                frame.loc[at, "role"] = role
        else:
            wrong[c.table_name].update(at)
        applied.append(c)
    wrong_dates = {
        (int(s), int(e))
        for s, e in frames["timeline"]
        .loc[list(wrong["timeline"]), ["start", "end"]]
        .itertuples(index=False)
    }
    for name, rows in wrong.items():
        frames[name] = frames[name].drop(index=list(rows)).reset_index(drop=True)
    timexes = tables.timexes
    if wrong_dates:
        spans = zip(timexes["start"].tolist(), timexes["end"].tolist(), strict=True)
        keep = [(int(s), int(e)) not in wrong_dates for s, e in spans]
        timexes = timexes[keep].reset_index(drop=True)
    quotes = frames["quotes"]
    if any(c.kind in ("speaker", "merge") or c.table_name == "quotes" for c in applied):
        speakers = _recount(tables.speakers, quotes, [c for c in applied if c.kind == "merge"])
    else:
        speakers = tables.speakers
    corrected = dataclasses.replace(
        tables,
        quotes=quotes,
        facts=frames["facts"],
        timeline=frames["timeline"],
        timexes=timexes,
        speakers=speakers,
        corrections=(*tables.corrections, *applied),
    )
    return Corrected(corrected, applied, dropped)


def _known(speakers: pd.DataFrame, name: str) -> tuple[str, str | None]:
    """(kind, role) the analysis gives the speaker `name`; ('unknown', None) for a new name."""
    row = speakers[speakers["speaker"] == name]
    if row.empty:
        return "unknown", None
    role = row["role"].iloc[0]
    return str(row["speaker_kind"].iloc[0]), role if isinstance(role, str) else None


def _renamed(names, old: str, new: str) -> list[str]:
    """A list of names with `old` read as `new`, each name once, in the order first named."""
    out: list[str] = []
    for name in names:
        name = new if name == old else name
        if name not in out:
            out.append(name)
    return out


def _recount(
    speakers: pd.DataFrame, quotes: pd.DataFrame, merges: list[Correction]
) -> pd.DataFrame:
    """The speakers table again from the corrected quotes: a speaker merged away or left with no
    quote goes, a new name (a fix to someone the analysis did not find) comes in. A name kept by
    a merge takes over what the analysis knew of the name merged away (its kind and role when it
    had none, its aliases, and the name itself as one)."""
    known = {row["speaker"]: row for row in speakers.to_dict("records")}
    for m in merges:
        away = known.get(m.target)
        if away is None:
            continue
        kept = dict(known.get(m.value) or {"speaker_kind": "unknown", "role": None, "aliases": []})
        if kept["speaker_kind"] == "unknown":
            kept["speaker_kind"] = away["speaker_kind"]
        if not isinstance(kept["role"], str) or not kept["role"]:
            kept["role"] = away["role"]
        aliases = [*kept["aliases"], m.target, *away["aliases"]]
        kept["aliases"] = sorted({a for a in aliases if a != m.value})
        known[m.value] = kept
    rows = []
    for name, said in quotes[quotes["speaker"].notna()].groupby("speaker", sort=False):
        base = known.get(name, {"speaker_kind": "unknown", "role": None, "aliases": []})
        kinds = said["kind"].value_counts()
        rows.append(
            {
                "speaker": name,
                "speaker_kind": base["speaker_kind"],
                "role": base["role"] if isinstance(base["role"], str) else None,
                "aliases": list(base["aliases"]),
                "quotes": len(said),
                "direct": int(kinds.get("direct", 0)),
                "indirect": int(kinds.get("indirect", 0)),
                "partial": int(kinds.get("partial", 0)),
                "first_start": int(said["start"].min()),
            }
        )
    rows.sort(key=lambda r: (-r["quotes"], r["first_start"]))
    return schema.frame("speakers", rows)


def _name(value) -> str:
    name = " ".join(str(value or "").split())
    if not name or len(name) > MAX_NAME or _CONTROL.search(name):
        raise InputError(f"A speaker's name is 1 to {MAX_NAME} printable characters.")
    return name
