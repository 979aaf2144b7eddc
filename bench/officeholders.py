"""Rebuild `data/officeholders.toml`: the members of Congress, presidents and vice presidents
who served since 1989, with their gender, party, state and years, from public data.

    uv run python bench/officeholders.py          # writes data/officeholders.toml

Why: the small tagger does not know who the people of US news are. It tags "Ocasio-Cortez",
"Sanders" and "Trump" ORG as often as PERSON, so a pronoun never reaches them; it cannot tell
that "the socialist lawmaker" or "the Vermont senator" is a person the story named by surname
alone, nor that "Rand Paul" is a man. Wire copy assumes that knowledge of its reader. This
list gives the resolver a little of it (`lib/quotes/speakers/officeholders.py` reads it).

Source: the `unitedstates/congress-legislators` project (public domain, CC0 1.0): its
`executive.yaml` and snapshots of `legislators-current.yaml` taken from the project's history
(each snapshot lists everyone then sitting with all their terms), copied to
`$NEWSDASH_CORPORA/congress-legislators/` (`legislators-current-YYYY-MM.yaml`). The project's
`legislators-historical.yaml` was not in the copy that could be fetched, so the members kept
are those sitting at one of the snapshots (2013 onward) and the presidents and vice presidents
since 1989: a member who left Congress before 2013 is not listed. It is read here only; the
derived list is what the repository holds.
"""

from __future__ import annotations

import glob
import os
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
CORPORA = Path(os.environ.get("NEWSDASH_CORPORA", ROOT.parent / "corpora"))
SOURCE = CORPORA / "congress-legislators"
OUT = ROOT / "data" / "officeholders.toml"
SINCE = 1989  # a term ending before this year is left out (the news read here is 1998 onward)
PARTIES = {"Democrat": "democratic", "Republican": "republican", "Independent": "independent"}
GENDERS = {"M": "male", "F": "female"}
STATES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia",
    "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas",
    "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts",
    "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri", "MT": "Montana",
    "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey",
    "NM": "New Mexico", "NY": "New York", "NC": "North Carolina", "ND": "North Dakota",
    "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island",
    "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas", "UT": "Utah",
    "VT": "Vermont", "VA": "Virginia", "WA": "Washington", "WV": "West Virginia",
    "WI": "Wisconsin", "WY": "Wyoming", "DC": "District of Columbia", "PR": "Puerto Rico",
    "GU": "Guam", "VI": "Virgin Islands", "AS": "American Samoa", "MP": "Northern Mariana Islands",
    "US": "United States",
}  # fmt: skip


def people(source: Path = SOURCE) -> dict[str, dict]:
    """Every person of the snapshots and `executive.yaml` by their bioguide id, the newest
    snapshot's record winning (it holds the most terms)."""
    out: dict[str, dict] = {}
    files = sorted(glob.glob(str(source / "legislators-current-*.yaml")))
    for path in [*files, str(source / "executive.yaml")]:
        with open(path, encoding="utf-8") as handle:
            for record in yaml.safe_load(handle):
                ids = record["id"]
                key = ids.get("bioguide") or f"govtrack {ids['govtrack']}"
                if key in out and path.endswith("executive.yaml"):
                    out[key]["terms"] += record["terms"]  # a member later in the White House
                else:
                    out[key] = record
    return out


def offices(record: dict) -> list[str]:
    """ "sen Vermont independent 2007 2025": each office held since `SINCE`, one entry per office,
    state and party held without a break, with its first and last year (a president's second
    term four years after the first is an entry of its own)."""
    spans: list[tuple[tuple[str, str, str], list[int]]] = []
    for term in sorted(record["terms"], key=lambda t: t["start"]):
        first, last = int(term["start"][:4]), int(term["end"][:4])
        if last < SINCE:
            continue
        key = (term["type"], term.get("state", "US"), PARTIES.get(term.get("party", ""), "other"))
        same = [span for k, span in spans if k == key and span[1] >= first]
        if same:  # the next term of an office held without a break
            same[-1][1] = max(same[-1][1], last)
        else:
            spans.append((key, [first, last]))
    return [f"{kind} {STATES[state]} {party} {a} {b}" for (kind, state, party), (a, b) in spans]


def names(record: dict) -> tuple[str, list[str]]:
    """(the name news writes, other full names): "Bernie Sanders", ["Bernard Sanders"]."""
    n = record["name"]
    first, last = n.get("nickname") or n["first"], n["last"]
    suffix = f" {n['suffix']}" if n.get("suffix") else ""
    main = n.get("official_full") or f"{first} {last}{suffix}"
    also = {f"{first} {last}", f"{n['first']} {last}"} - {main}
    return main, sorted(also)


def rows(source: Path = SOURCE) -> list[dict]:
    """The people kept: any office since `SINCE`, a known gender; sorted by name."""
    out = []
    for record in people(source).values():
        held = offices(record)
        gender = GENDERS.get(record.get("bio", {}).get("gender", ""))
        if held and gender:
            main, also = names(record)
            out.append({"name": main, "also": also, "gender": gender, "offices": held})
    return sorted(out, key=lambda r: (r["name"], r["offices"]))


def _quoted(words: list[str]) -> str:
    return "[" + ", ".join(_string(w) for w in words) + "]"


def _string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write(people_rows: list[dict], out: Path = OUT) -> None:
    lines = [
        "# Members of Congress sitting at any time from 2013 on, and presidents and vice presidents,",
        "# with each office held since 1989 (kind, state, party, first and last year), derived from the",
        "# public-domain (CC0) unitedstates/congress-legislators data by bench/officeholders.py, which",
        "# says how; do not edit by hand. Read by lib/quotes/speakers/officeholders.py.",
        "",
    ]
    for r in people_rows:
        lines += [
            "[[person]]",
            f"name = {_string(r['name'])}",
            f"also = {_quoted(r['also'])}",
            f"gender = {_string(r['gender'])}",
            f"offices = {_quoted(r['offices'])}",
            "",
        ]
    out.write_text("\n".join(lines), encoding="utf-8")


def main() -> None:
    if not SOURCE.is_dir():
        raise SystemExit(
            f"no copy of congress-legislators at {SOURCE}: see this module's docstring"
        )
    kept = rows()
    write(kept)
    print(f"{len(kept)} people written to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
