"""Rebuild the second blind set's articles (bench/freshgold) from local corpus copies.

A fresh blind set, annotated in round 3 by helpers who never saw the rules, before anything ran on
it, and kept as a pure test set: it is scored only as totals, before and after a round's work,
never while tuning (`bench/fresh_bench.py`). Two sources, neither committed (they belong to their
publishers):
- BBC News, 2004-2005 (the "BBC dataset" of Greene and Cunningham, as in the public repository
  suraj-deshmukh/BBC-Dataset-News-Classification, folder `dataset/data_files`), copied to
  `$NEWSDASH_CORPORA/bbc/dataset/data_files`: a British outlet, a style the rules were not tuned on
  (paragraph-long quotations, "Mr Prentis said", £ figures). These texts carry no publication date,
  so only statements and figures are annotated and scored on them.
- AQUAINT wire news (1998-2000) not used by the first blind set, rebuilt by `blind_texts`.

Articles were drawn at random (seed 20261205; BBC texts of 1,800-4,500 characters), not chosen.

`BBC_DEV` is a second draw from the same BBC folders (seed 7031, texts with a quotation mark,
none of the fresh set's), annotated the same way but as a DEVELOPMENT set: tune on it freely with
`bench/blind_bench.py --half bbc --details`. It exists so that the British style can be worked
on without ever opening the fresh set.

`REUTERS` is a third blind set, drawn in round 4 from an outlet none of the other sets has: Reuters
political news of October-December 2017, as published in the public "ISOT fake news" dataset's
`True.csv` (the copy in the repository Vatshayan/Fake-News-Prediction, blob a411bd96), copied to
`$NEWSDASH_CORPORA/isot/True.csv`. Rows with "(Reuters)" in the dateline, 1,800-4,500 characters
and a quotation mark, first occurrence of each title, drawn at random (seed 20261206, 15 of 441).
The text is the title, a blank line and the story as the dataset has it (one paragraph: the copy
lost its paragraph breaks, as much pasted web copy does); its publication date is the row's date.
Like the fresh set it is scored only as totals (`bench/fresh_bench.py --set reuters`).

`REUTERS_DEV` is a second draw from the same pool (seed 7032, none of the test set's rows), annotated
the same way as a DEVELOPMENT set: tune on it freely with `bench/blind_bench.py --half reuters`.

`REUTERS_DEV2` is a third draw (round 5, seed 7033, 18 rows, none of the other two sets'), annotated the
same way by helpers who had not seen the rules, as more DEVELOPMENT material in that style:
`bench/blind_bench.py --half reuters2`. Its pool was recomputed from the criteria above (458 rows: the
count differs slightly from the first draw's 441 because the dateline test now looks at the first 200
characters; every row of the earlier sets is in it).
"""

from __future__ import annotations

import csv
import functools
import os
from datetime import datetime
from pathlib import Path

import blind_texts

ROOT = Path(__file__).resolve().parent.parent
CORPORA = Path(os.environ.get("NEWSDASH_CORPORA", ROOT.parent / "corpora"))
BBC = CORPORA / "bbc" / "dataset" / "data_files"
ISOT = CORPORA / "isot" / "True.csv"

#: number -> source id: "bbc:<category>/<NNN>" or "aquaint:<DOCID>"
ARTICLES = {
    "01": "bbc:politics/009",
    "02": "bbc:politics/013",
    "03": "bbc:politics/019",
    "04": "bbc:politics/275",
    "05": "bbc:business/206",
    "06": "bbc:business/231",
    "07": "bbc:business/326",
    "08": "bbc:business/434",
    "09": "bbc:tech/125",
    "10": "bbc:tech/400",
    "11": "bbc:entertainment/077",
    "12": "bbc:sport/344",
    "13": "aquaint:APW19980811.0474",
    "14": "aquaint:NYT20000414.0296",
    "15": "aquaint:XIE19980808.0060",
    "16": "aquaint:XIE19980808.0188",
    "17": "aquaint:XIE19980812.0062",
    "18": "aquaint:XIE19990227.0171",
}

#: the BBC development set (tunable): number -> source id
BBC_DEV = {
    f"{i + 1:02d}": f"bbc:{ident}"
    for i, ident in enumerate(
        (
            "politics/008", "politics/012", "politics/064", "politics/219", "business/236",
            "business/481", "business/495", "tech/063", "tech/305", "entertainment/244",
            "sport/376", "sport/406",
        )
    )
}  # fmt: skip
#: the Reuters blind set (round 4): number -> source id "isot:<row of True.csv>"
REUTERS = {
    f"{i + 1:02d}": f"isot:{row}"
    for i, row in enumerate(
        (22, 65, 283, 312, 376, 420, 473, 560, 657, 714, 781, 862, 881, 932, 953)
    )
}
#: the Reuters development set (tunable): number -> source id
REUTERS_DEV = {
    f"{i + 1:02d}": f"isot:{row}"
    for i, row in enumerate((87, 174, 247, 297, 304, 405, 485, 682, 695, 869, 872, 984))
}
#: the second Reuters development set (tunable, round 5): number -> source id
REUTERS_DEV2 = {
    f"{i + 1:02d}": f"isot:{row}"
    for i, row in enumerate(
        (2, 18, 25, 45, 146, 148, 318, 387, 556, 558, 601, 660, 729, 737, 909, 923, 928, 941)
    )
}
SETS = {
    "fresh": ARTICLES,
    "bbcdev": BBC_DEV,
    "reuters": REUTERS,
    "reutersdev": REUTERS_DEV,
    "reutersdev2": REUTERS_DEV2,
}


def bbc_text(ident: str) -> str:
    """One BBC file as the annotators saw it: decoded (UTF-8, else cp1252), newlines normalised."""
    raw = (BBC / f"{ident}.txt").read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    return "\n".join(lines).strip() + "\n"


@functools.cache
def _isot_rows() -> list[dict]:
    """The rows of the ISOT `True.csv` copy, read once a run (a set asks for 12-15 of them)."""
    with ISOT.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def isot_text(row: int) -> tuple[str, str]:
    """(title, blank line, story; ISO publication date) of one row of the ISOT `True.csv` copy."""
    rows = _isot_rows()
    if not 0 <= row < len(rows):
        raise KeyError(f"row {row} is not in {ISOT}")
    record = rows[row]
    published = datetime.strptime(record["date"].strip(), "%B %d, %Y").date()
    return f"{record['title'].strip()}\n\n{record['text'].strip()}\n", published.isoformat()


def article_text(number: str, which: str = "fresh") -> tuple[str, str | None]:
    """(text, publication date or None) of one numbered article of a set (see `SETS`)."""
    source, ident = SETS[which][number].split(":", 1)
    if source == "bbc":
        return bbc_text(ident), None
    if source == "isot":
        return isot_text(int(ident))
    return blind_texts.article_text(ident)


def file_name(number: str, which: str = "fresh") -> str:
    return f"{number}_{SETS[which][number].split(':', 1)[1].replace('/', '_')}.txt"


def available(which: str = "fresh") -> bool:
    """Whether the local corpus copies a set is rebuilt from are here."""
    if which.startswith("reuters"):
        return ISOT.is_file()
    return BBC.is_dir() and blind_texts.available()


if __name__ == "__main__":
    import json
    import sys

    which, out = sys.argv[1], Path(sys.argv[2])  # e.g. `fresh /tmp/texts`
    out.mkdir(parents=True, exist_ok=True)
    index = {}
    for n in SETS[which]:
        text, published = article_text(n, which)
        (out / file_name(n, which)).write_text(text, encoding="utf-8")
        index[file_name(n, which)] = {"published": published}
    (out / "index.json").write_text(json.dumps(index, indent=1), encoding="utf-8")
    print(f"{len(SETS[which])} texts written to {out}")
