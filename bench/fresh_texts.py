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

`US_DEV` and `US_BLIND` (round 6) come from a fourth kind of source, the closest to the hidden sets:
stories of US outlets (Breitbart, Fox News, HuffPost, The New York Times, USA Today), mostly of 2019,
as scraped for the public repository SaraDavis1991/Gender-Bias-Recognition-in-Political-News-Articles
-for-Public-Release (its `Data/candidate/*/*.revised.json`, as of commit 0ba6ee4^, copied to
`$NEWSDASH_CORPORA/usnews/Data/candidate`). The pool (`us_pool`): news URLs (no opinion, video, clips,
entertainment or sports), stories of 1,800-4,500 characters with a quotation mark and a publication
date (the URL's /YYYY/MM/DD/, else the page's date), first occurrence of each URL. Draws by outlet
(seed 7034 for the development set, 20261207 for the blind one, never overlapping); the URLs drawn are
listed below so that the sets do not move if the pool's rule changes. The text is the title, a blank
line and the story as scraped (one paragraph, with the pages' inline cross-headlines in capitals,
non-breaking spaces kept). Both were annotated by helpers who had not seen the rules, before
anything ran on them; `US_DEV` is tunable (`bench/blind_bench.py --half us`), `US_BLIND` is scored
only as totals (`bench/fresh_bench.py --set us`).

`US_DEV2` and `US_BLIND2` (round 7) are a second draw from the same pool, 2019 stories only (the
hidden sets' year), four per outlet from Breitbart, HuffPost, The New York Times and USA Today (the
pool holds no Fox News story of 2019), none of the round-6 stories (seed 7035 for the development set,
20261208 for the blind one). Annotated the same way before anything ran on them: `US_DEV2` is tunable
(`bench/blind_bench.py --half us2`), `US_BLIND2` is scored only as totals (`--set us2`).
"""

from __future__ import annotations

import csv
import functools
import glob
import hashlib
import json
import os
import random
import re
from datetime import datetime
from pathlib import Path

import blind_texts

ROOT = Path(__file__).resolve().parent.parent
CORPORA = Path(os.environ.get("NEWSDASH_CORPORA", ROOT.parent / "corpora"))
BBC = CORPORA / "bbc" / "dataset" / "data_files"
ISOT = CORPORA / "isot" / "True.csv"
USNEWS = CORPORA / "usnews" / "Data" / "candidate"

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
#: outlet folder -> (stories drawn for US_DEV, stories drawn for US_BLIND)
US_DRAW = {
    "breitbart": (3, 4),
    "fox": (2, 2),
    "huffpost": (3, 3),
    "new_york_times": (2, 3),
    "usa_today": (2, 3),
}
_NOT_NEWS = re.compile(r"/(opinion|videos?|clips|entertainment|sports?)/")
_MONTHS = {m: i + 1 for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
)}  # fmt: skip


def us_date(url: str, shown: str) -> str | None:
    """The story's ISO date: the URL's /YYYY/MM/DD/, else the page's date if it names a year."""
    m = re.search(r"/(20\d\d)/(\d\d)/(\d\d)/", url)
    if m:
        return "-".join(m.groups())
    m = re.search(r"\b(\d\d)/(\d\d)/(20\d\d)\b", shown)  # HuffPost: 10/03/2019 02:14 am ET
    if m:
        return f"{m[3]}-{m[1]}-{m[2]}"
    m = re.search(r"\b(\d{1,2}) ([A-Z][a-z]{2})[a-z]* (20\d\d)\b", shown)  # 1 Nov 2019
    if m and m[2].lower() in _MONTHS:
        return f"{m[3]}-{_MONTHS[m[2].lower()]:02d}-{int(m[1]):02d}"
    m = re.search(r"\b([A-Z][a-z]{2})[a-z]*\.? (\d{1,2}), (20\d\d)\b", shown)  # Oct. 1, 2019
    if m and m[1].lower() in _MONTHS:
        return f"{m[3]}-{_MONTHS[m[1].lower()]:02d}-{int(m[2]):02d}"
    return None


@functools.cache
def us_pool() -> dict[str, dict]:
    """key -> story (outlet, url, title, content, published) of every story the draw may take."""
    pool: dict[str, dict] = {}
    for path in sorted(glob.glob(str(USNEWS / "*" / "*.revised.json"))):
        outlet = Path(path).parent.name
        if outlet not in US_DRAW:
            continue
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        for story in data.get("articles", []) if isinstance(data, dict) else []:
            url, content = story.get("url") or "", (story.get("content") or "").strip()
            key = hashlib.sha1(url.encode()).hexdigest()[:10]
            published = us_date(url, story.get("date") or "")
            if not url or key in pool or _NOT_NEWS.search(url) or not published:
                continue
            if 1800 <= len(content) <= 4500 and ('"' in content or "\u201c" in content):
                title = (story.get("title") or "").strip()
                pool[key] = dict(outlet=outlet, url=url, title=title, content=content,
                                 published=published)  # fmt: skip
    return pool


def _draw(counts: dict[str, tuple[int, int]], seeds: tuple[int, int], keep) -> tuple[list, list]:
    """(dev keys, blind keys): per outlet, `counts` stories of the pool's titled stories that
    `keep(key, story)` accepts, sorted and sampled with the dev seed, then the blind ones from the
    rest with the blind seed, so the two never overlap."""
    dev, blind = [], []
    for outlet, (n_dev, n_blind) in counts.items():
        keys = sorted(
            k for k, v in us_pool().items() if v["outlet"] == outlet and v["title"] and keep(k, v)
        )
        picked = random.Random(seeds[0]).sample(keys, n_dev)
        dev += picked
        rest = [k for k in keys if k not in picked]
        blind += random.Random(seeds[1]).sample(rest, n_blind)
    return dev, blind


def _numbered(keys: tuple[str, ...]) -> dict[str, str]:
    """A frozen draw as a set: number ("01", ...) -> "us:<key>"."""
    return {f"{i + 1:02d}": f"us:{key}" for i, key in enumerate(keys)}


def us_draw() -> tuple[list[str], list[str]]:
    """The keys of (US_DEV, US_BLIND) as first drawn: per outlet, at random, never overlapping."""
    return _draw(US_DRAW, (7034, 20261207), lambda key, story: True)


#: the US development set (tunable, round 6): number -> "us:<sha1 of the URL, 10 hex>" (`us_draw()[0]`)
US_DEV = _numbered(
    (
        "b5492a4fa4", "fc0ff532a6", "9e440a1f36", "ee72f90e22", "75a96a7ccc", "e7fb9084e9",
        "a40ccfa5fa", "a847491c82", "b986598f2f", "99b3aa5076", "c9b2b1f3e1", "cd3104776b",
    )
)  # fmt: skip
#: the US blind set (round 6; totals only): number -> "us:<key>" (`us_draw()[1]`)
US_BLIND = _numbered(
    (
        "fb4fcbcf1d", "2984ad2502", "d2885d38be", "1d234472fe", "29b3a028ad", "ef5d2ff2c5",
        "3d58e34cd5", "2bc8b5c625", "3bc6e52c7f", "2b0ca7a8bc", "1c28a6323b", "d8ca603d8e",
        "559cdd85e9", "3be2434015", "5386566fd9",
    )
)  # fmt: skip

#: outlet folder -> (stories for US_DEV2, stories for US_BLIND2): round 7, 2019 stories only (the
#: hidden sets' year; Fox News has none of 2019 in the pool)
US_DRAW2 = {
    "breitbart": (4, 4),
    "huffpost": (4, 4),
    "new_york_times": (4, 4),
    "usa_today": (4, 4),
}


def drawn_keys(sets) -> set[str]:
    """The pool keys the given sets hold ("usnews:3507b03a76" -> "3507b03a76")."""
    return {v.split(":", 1)[1] for s in sets for v in s.values()}


def us_draw2() -> tuple[list[str], list[str]]:
    """The keys of (US_DEV2, US_BLIND2) as first drawn: 2019 stories none of the round-6 sets holds."""
    taken = drawn_keys((US_DEV, US_BLIND))
    return _draw(
        US_DRAW2,
        (7035, 20261208),
        lambda key, story: story["published"].startswith("2019") and key not in taken,
    )


#: the second US development set (tunable, round 7): number -> "us:<key>" (`us_draw2()[0]`)
US_DEV2 = _numbered(
    (
        "cdff455778", "e504d1dfda", "5cadb08a56", "857ca6f993", "89eeafa8d7", "bcaf5fe1bf",
        "236c49fc3b", "8717f962ea", "7357a25be6", "7fdde009a5", "3a99f9cc67", "7e65871f86",
        "a5de5f88b0", "ac38e6a7dc", "4ea69565b9", "68b62f4ba5",
    )
)  # fmt: skip
#: the second US blind set (round 7; totals only): number -> "us:<key>" (`us_draw2()[1]`)
US_BLIND2 = _numbered(
    (
        "b20024d5eb", "38018830a5", "eecc7ca3a2", "0cb1492b97", "4f001f9a21", "0d9e147a15",
        "bb64ce50ae", "ad091cbbb1", "7e70395e74", "3ba4e0adb0", "878f7be229", "11650995d1",
        "9227f1909c", "3141f78ce7", "b764845865", "0557b630ff",
    )
)  # fmt: skip

#: the third US development set (round 11): 16 more 2019 stories, four per outlet, none of the
#: earlier sets' (seed 7036; `later_draw`), annotated blind before anything ran on them. Its first
#: score (statements 0.65, span 0.92; figures 0.86; timeline 0.94) was taken as totals before it
#: was read; since then it is tunable (`bench/blind_bench.py --half us3`).
US_DEV3 = _numbered(
    (
        "a5ebc6e3fd", "930310577d", "b401de5067", "a46fdb8220", "f168608e3b", "7f08e6b113",
        "6f5c6e5220", "8e13192131", "ce5d48c2c7", "83f4dc605f", "ef560010aa", "cf3836b436",
        "916a9ad0c5", "9009dfb065", "9d430a63d7", "f12ac28251",
    )
)  # fmt: skip


def _later_dev_draw(drawn: dict, counts: dict, seeds: tuple[int, int]) -> list[str]:
    """The later development set `drawn` as first drawn: per outlet `counts`, 2019 stories (the
    hidden sets' year) that none of the sets drawn before it (`US_DRAW_ORDER`) holds."""
    before = next(i for i, s in enumerate(US_DRAW_ORDER) if s is drawn)
    taken = drawn_keys(US_DRAW_ORDER[:before])
    return _draw(
        counts,
        seeds,
        lambda key, story: story["published"].startswith("2019") and key not in taken,
    )[0]


#: the fourth US development set (round 12): 16 more 2019 stories, four per outlet, none of the
#: earlier sets' (seed 7037; `later_draw`), annotated blind before anything ran on them. Its first
#: score (statements 0.60, span 0.89; figures 0.71; timeline 0.83) was taken as totals before it
#: was read; since then it is tunable (`bench/blind_bench.py --half us4`).
US_DEV4 = _numbered(
    (
        "0cb9004b08", "bbf4934f5d", "f36cd6ab58", "b7b45b80b0", "045c70ecda", "94d23e8b20",
        "e9fe7639a3", "bad713c054", "1a5432db4d", "66a8de668e", "460a7051c9", "775f876ef2",
        "174f72ef4d", "b17aae4835", "ea7a92f16b", "af224a6d19",
    )
)  # fmt: skip


#: the fifth US development set (round 13): the last 2019 stories of the New York Times (two) and
#: fourteen more of the other outlets, none of the earlier sets' (seed 7038; `later_draw`), annotated
#: blind before anything ran on them; first scored as totals, then tunable (`--half us5`).
US_DRAW5 = {"breitbart": (5, 0), "huffpost": (5, 0), "new_york_times": (2, 0), "usa_today": (4, 0)}
US_DEV5 = _numbered(
    (
        "6436f998db", "15b0cdf619", "7ade2ad1c5", "fa369d592f", "faea303552", "42ce9f0840",
        "0f2f6e32a9", "5d503a7cc6", "ca51d4635d", "b95f8b6a9d", "51ccdc3b98", "3c22238659",
        "5d04740745", "1fb31cdc43", "75cea45a6a", "f149253a9f",
    )
)  # fmt: skip


#: the counts of every draw since round 14: the New York Times has no 2019 story left.
THREE_OUTLETS = {"breitbart": (6, 0), "huffpost": (6, 0), "usa_today": (4, 0)}

#: the sixth US development set (round 14): sixteen more 2019 stories (the New York Times has none
#: left), none of the earlier sets' (seed 7039; `later_draw`), annotated blind before anything ran
#: on them; first scored as totals, then tunable (`--half us6`).
US_DEV6 = _numbered(
    (
        "178dae5e60", "56a02bee9a", "6b0a488d8c", "0eaa8741cc", "a8e873c202", "2812b42630",
        "0fca79c387", "365ec83b20", "ea5ca36314", "4f7c681d71", "04aa74625d", "8ec18b870a",
        "2364b8e22c", "5b370afbcf", "7368357af7", "18682b771f",
    )
)  # fmt: skip


#: the seventh US development set (round 15): sixteen more 2019 stories, none of the earlier sets'
#: (seed 7040; `later_draw`), annotated blind before anything ran on them; first scored as totals,
#: then tunable (`--half us7`).
US_DEV7 = _numbered(
    (
        "00611c7a5f", "a73f4b4058", "a1a4bf9d2e", "0f0b7ef2e2", "3d79513cf8", "7db647e980",
        "023e2ac446", "91d4e12ed1", "914dc1ca62", "0a8dcc52cf", "319514ace5", "67524a7b27",
        "02dfc2de98", "c7562af5f8", "2446a51cb9", "57d3033d55",
    )
)  # fmt: skip


#: the eighth US development set (round 15): sixteen more 2019 stories, none of the earlier sets'
#: (seed 7041; `later_draw`), annotated blind before anything ran on them; first scored as totals,
#: then read and tuned on in round 15 while US_DEV7 stayed blind (`--half us8`).
US_DEV8 = _numbered(
    (
        "a91c440fbf", "1c77c87173", "1d134d4c02", "e2cd99312a", "51a394a0b8", "ff56696dda",
        "fc29f8c06a", "9e694eb00e", "1746d5b845", "eb5a61285c", "1a88573bbc", "d4793adafc",
        "eafdb86732", "386c0e9576", "70375779b6", "4001b6356a",
    )
)  # fmt: skip


#: the ninth US development set (round 16): sixteen more 2019 stories, none of the earlier sets'
#: (seed 7042; `later_draw`), annotated blind before anything ran on them; kept blind (totals only)
#: through round 16 while US_DEV7 and US_DEV8 were read; read and tuned on from round 17 (`--half us9`).
US_DEV9 = _numbered(
    (
        "123671fb9b", "82ca69f211", "59e44fa8d5", "07fbd2155f", "6876fe07be", "7ded767d22",
        "f1a7b4f9d8", "10f9f2b854", "7e3bf05d8d", "465bf08879", "03d8e2fb82", "603ced3175",
        "cdcb9f1fb9", "f00ee4efd6", "2a2c772d75", "f533df1cd9",
    )
)  # fmt: skip


#: the tenth US development set (round 17): sixteen more 2019 stories, none of the earlier sets'
#: (seed 7043; `later_draw`), annotated blind before anything ran on them; kept blind (totals only)
#: through round 17 while US_DEV9 is read, tunable from round 18 (`--half us10`).
US_DEV10 = _numbered(
    (
        "2b9066f818", "006e366d12", "5bed945968", "c1960b40f2", "91f0e225ce", "57aa47615f",
        "2e0e36db65", "031d32aa79", "5be0c9b24b", "c3134cad67", "964d6b8466", "4cbe032f22",
        "48110d635b", "05011d1606", "5fccec4496", "a652d8a623",
    )
)  # fmt: skip


#: the eleventh US development set (round 18): sixteen more 2019 stories, none of the earlier sets'
#: (seed 7044; `later_draw`), annotated blind before anything ran on them; kept blind (totals only)
#: through round 18 while US_DEV10 is read, tunable from round 19 (`--half us11`).
US_DEV11 = _numbered(
    (
        "8cca6ebf06", "49600b6952", "a4cc550642", "bf0d4ebcde", "9134e90e94", "8ffa0b4b55",
        "a241ea34ff", "433b1e0a1d", "b23873d7a2", "d4da13469a", "a4094bf674", "f09f04af0e",
        "fe1cff3a96", "95c29e0cf3", "63836f219b", "ab7e3ac0d2",
    )
)  # fmt: skip


#: the twelfth US development set (round 18): sixteen more 2019 stories, none of the earlier sets'
#: (seed 7045; `later_draw`), annotated blind before anything ran on them; first scored as totals,
#: then read and tuned on in round 18 while US_DEV11 stays blind (`--half us12`).
US_DEV12 = _numbered(
    (
        "228dc73bce", "cf3dfd4fbd", "7e86bdaa56", "91724e3bb1", "32ad18aac2", "66cabf327a",
        "2a2f2aaa8c", "dfacf437a4", "90405401f1", "ad9a7500a2", "35e902a621", "773a0f96e7",
        "4b069c303b", "ec52bb8d1d", "94038a4fc0", "b3288974a5",
    )
)  # fmt: skip


#: the thirteenth US development set (round 19): sixteen more 2019 stories, none of the earlier sets'
#: (seed 7046; `later_draw`), annotated blind before anything ran on them; kept blind (totals only)
#: through round 19 while US_DEV11 and US_DEV12 were read (`--half us13`); tunable from round 20.
US_DEV13 = _numbered(
    (
        "77c2dcde82", "33c6eac56a", "17a11bcc39", "b556e1cedf", "54b6cadcdc", "6b028ff44d",
        "96175f6fe7", "3c591fdc72", "1b9da718e5", "dc37a01d5a", "652415b912", "8a89a562a1",
        "77432673b5", "31880d3839", "2b4dbf01c4", "9016066cb2",
    )
)  # fmt: skip


#: the fourteenth US development set (round 20): sixteen more 2019 stories, none of the earlier
#: sets' (seed 7047; `later_draw`), annotated blind before anything ran on them; kept blind (totals
#: only) through round 20 while US_DEV13 was read (`--half us14`); tunable from round 21.
US_DEV14 = _numbered(
    (
        "3507b03a76", "40d13b7968", "fb288b216f", "546b249b1d", "ea779c2373", "353502c980",
        "3fad8b728d", "b9b7e26ba1", "eb2e73744c", "2e8b822c2e", "e3d2e35411", "b09275ef2b",
        "5bda2a304e", "7929d76022", "ef3710eae9", "ea75a9b243",
    )
)  # fmt: skip


#: the fifteenth US development set (round 21): sixteen more 2019 stories, none of the earlier
#: sets' (seed 7048; `later_draw`), annotated blind before anything ran on them; kept blind (totals
#: only) through round 21 while US_DEV14 was read (`--half us15`); tunable from round 22.
US_DEV15 = _numbered(
    (
        "db0e550138", "aa5b2522ba", "68fac29051", "5ae88cb1d7", "99fddd3d89", "be2181522d",
        "a6c7315e90", "d23a17b4c0", "798ce87989", "41754beae6", "36577e4244", "6b533d18af",
        "bacc8070eb", "d3186c7337", "b70ebc8a20", "90267ced4d",
    )
)  # fmt: skip


#: USA Today had three 2019 stories left for the sixteenth draw: HuffPost gives the sixteenth story.
LAST_USA_TODAY = {"breitbart": (6, 0), "huffpost": (7, 0), "usa_today": (3, 0)}

#: the sixteenth US development set (round 22): sixteen more 2019 stories, none of the earlier
#: sets' (seed 7049; `later_draw`), annotated blind before anything ran on them; kept blind (totals
#: only) through round 22 while US_DEV15 was read (`--half us16`); tunable from round 23.
US_DEV16 = _numbered(
    (
        "4643a2c255", "17122d20e8", "8f1f7713f4", "565de144a0", "973b154a7d", "75f3f10e6a",
        "3189bbd35f", "e24ac35a1d", "e565d41539", "d73f8714ce", "15305aa235", "7432d94f80",
        "350041d8bd", "5825be501d", "f0db257acb", "aa268eec2a",
    )
)  # fmt: skip


#: the 2019 pool has no USA Today story left after the sixteenth draw: Breitbart and HuffPost give
#: eight each from the seventeenth on.
NO_USA_TODAY = {"breitbart": (8, 0), "huffpost": (8, 0)}

#: the seventeenth US development set (round 23): sixteen more 2019 stories, none of the earlier
#: sets' (seed 7050; `later_draw`), annotated blind before anything ran on them; kept blind (totals
#: only) through round 23 while US_DEV16 was read (`--half us17`); tunable from round 24.
US_DEV17 = _numbered(
    (
        "a798a60fa7", "2dd2aced00", "56de652d80", "4dfedb499c", "4816d9f716", "bd993f9eb8",
        "c470f26e88", "613dc7caa1", "ed150da941", "92bfb81746", "f1d15dc251", "1d471198e6",
        "44b80fef5a", "419346ec91", "3e396ba6db", "af635ed326",
    )
)  # fmt: skip


#: the eighteenth US development set (round 24): sixteen more 2019 stories, none of the earlier
#: sets' (seed 7051; `later_draw`), annotated blind before anything ran on them; kept blind (totals
#: only) through round 24 while US_DEV17 is read (`--half us18`).
US_DEV18 = _numbered(
    (
        "f9772ea249", "aa3e3ab4d0", "4a63e8ddf8", "20a7ce6dcb", "8e3bce3d27", "b918c3b214",
        "2786d1c761", "18b24728ea", "f4131e9291", "bb19e23d01", "5ccb18aaa5", "1ae0a692d4",
        "9a0cd0f155", "c76c73f49c", "167f1be7bd", "c1de7b3d23",
    )
)  # fmt: skip


#: every US set in the order it was drawn: a later development draw takes none of the sets before
#: it (`_later_dev_draw`); a new draw is appended here.
US_DRAW_ORDER = (
    US_DEV, US_BLIND, US_DEV2, US_BLIND2, US_DEV3, US_DEV4, US_DEV5, US_DEV6, US_DEV7, US_DEV8,
    US_DEV9, US_DEV10, US_DEV11, US_DEV12, US_DEV13, US_DEV14, US_DEV15, US_DEV16,
    US_DEV17, US_DEV18,
)  # fmt: skip

SETS = {
    "fresh": ARTICLES,
    "bbcdev": BBC_DEV,
    "reuters": REUTERS,
    "reutersdev": REUTERS_DEV,
    "reutersdev2": REUTERS_DEV2,
    "usdev": US_DEV,
    "us": US_BLIND,
    "usdev2": US_DEV2,
    "us2": US_BLIND2,
    "usdev3": US_DEV3,
    "usdev4": US_DEV4,
    "usdev5": US_DEV5,
    "usdev6": US_DEV6,
    "usdev7": US_DEV7,
    "usdev8": US_DEV8,
    "usdev9": US_DEV9,
    "usdev10": US_DEV10,
    "usdev11": US_DEV11,
    "usdev12": US_DEV12,
    "usdev13": US_DEV13,
    "usdev14": US_DEV14,
    "usdev15": US_DEV15,
    "usdev16": US_DEV16,
    "usdev17": US_DEV17,
    "usdev18": US_DEV18,
}


#: each later development draw (a set of SETS) -> (per-outlet counts, seeds), as first drawn.
#: usdev4 has no blind sister set: the New York Times had too few 2019 stories left for two.
LATER_DRAWS = {
    "usdev3": (US_DRAW2, (7036, 20261209)),
    "usdev4": ({outlet: (4, 0) for outlet in US_DRAW2}, (7037, 20261210)),
    "usdev5": (US_DRAW5, (7038, 20261211)),
    "usdev6": (THREE_OUTLETS, (7039, 20261212)),
    "usdev7": (THREE_OUTLETS, (7040, 20261213)),
    "usdev8": (THREE_OUTLETS, (7041, 20261214)),
    "usdev9": (THREE_OUTLETS, (7042, 20261215)),
    "usdev10": (THREE_OUTLETS, (7043, 20261216)),
    "usdev11": (THREE_OUTLETS, (7044, 20261217)),
    "usdev12": (THREE_OUTLETS, (7045, 20261218)),
    "usdev13": (THREE_OUTLETS, (7046, 20261219)),
    "usdev14": (THREE_OUTLETS, (7047, 20261220)),
    "usdev15": (THREE_OUTLETS, (7048, 20261221)),
    "usdev16": (LAST_USA_TODAY, (7049, 20261222)),
    "usdev17": (NO_USA_TODAY, (7050, 20261223)),
    "usdev18": (NO_USA_TODAY, (7051, 20261224)),
}


def later_draw(which: str) -> list[str]:
    """The keys of the later development set `which` as first drawn (`LATER_DRAWS`): 2019
    stories none of the sets drawn before it holds."""
    counts, seeds = LATER_DRAWS[which]
    return _later_dev_draw(SETS[which], counts, seeds)


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
    if source == "us":
        story = us_pool()[ident]
        return f"{story['title']}\n\n{story['content']}\n", story["published"]
    return blind_texts.article_text(ident)


def file_name(number: str, which: str = "fresh") -> str:
    source, ident = SETS[which][number].split(":", 1)
    if source == "us":
        return f"{number}_{us_pool()[ident]['outlet']}_{ident}.txt"
    return f"{number}_{SETS[which][number].split(':', 1)[1].replace('/', '_')}.txt"


def available(which: str = "fresh") -> bool:
    """Whether the local corpus copies a set is rebuilt from are here."""
    if which.startswith("reuters"):
        return ISOT.is_file()
    if which.startswith("us"):
        return USNEWS.is_dir()
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
