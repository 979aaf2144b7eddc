"""Two full names the article gives one person: "Joe Biden" in the headline, "Joseph R. Biden
Jr." in the first line (New York Times style: the formal name once, "Mr. Biden" after).

Without this the bare surname had two long forms and stayed the surname. A name is the same
person as a longer one when its first name is the longer one's, or a familiar form of it
(`data/speakers.toml` [names.familiar]: "Joe" for "Joseph"), and its other words are all in the
longer name with the same surname (the last word that is no post-nominal). A generation the
shorter name lacks makes another person when the first names are the same ("Donald Trump" /
"Donald Trump Jr."): only a familiar form says the story names one person twice.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from lib.quotes.speakers.fullnames import GENERATIONS
from lib.ruledata import load


@functools.cache
def _formal() -> dict[str, frozenset[str]]:
    table = load("speakers.toml").get("names", {}).get("familiar", {})
    return {k.lower(): frozenset(v) for k, v in table.items()}


def same_first_name(short: str, full: str) -> bool:
    """Is `short` the first name `full`, or a familiar form of it ("Joe" of "Joseph")?"""
    return full.lower() in given_forms(short)


def given_forms(first: str) -> frozenset[str]:
    """The first names (lower case) `first` may stand for: itself and the given names it is a
    familiar form of ("Joe" -> joe, joseph)."""
    low = first.lower()
    return _formal().get(low, frozenset()) | {low}


def one_person(shorter: str, longer: str, core: Callable[[str], list[str]]) -> bool:
    """Does `longer` name the person `shorter` names, the article writing both in full? `core`
    gives a name's words without post-nominals."""
    sw, lw = core(shorter), core(longer)
    if len(sw) < 2 or len(lw) < 2 or sw[-1] != lw[-1]:
        return False
    if not same_first_name(sw[0], lw[0]) or not set(sw[1:]) <= set(lw[1:]):
        return False
    if sw[0] == lw[0]:  # the same first name: a longer core name, and no generation added
        return len(lw) > len(sw) and not (_generation(longer) - _generation(shorter))
    return _generation(shorter) <= _generation(longer)


def core_words(name: str, post_nominals: frozenset[str]) -> list[str]:
    """The name's words without post-nominals ("Jr", "SC", "PhD"): the `core` of `one_person`
    for the speakers' names (`canonical`) and the entities' (`lib.entity_folds`) alike."""
    words = name.split()
    while len(words) > 1 and words[-1].strip(".,").lower() in post_nominals:
        words.pop()
    return words


def _generation(name: str) -> set[str]:
    return {w.strip(".,").lower() for w in name.split()} & GENERATIONS


def merged(names: list[str], core: Callable[[str], list[str]]) -> list[str]:
    """`names` with each name another one names in full as well dropped for that fuller one."""
    return [n for n in names if not any(o != n and one_person(n, o, core) for o in names)]
