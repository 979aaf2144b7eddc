"""Relatives named by first name after a family word: "Edwards' sister Rachel", "Mr Hale's son
Tom". The article calls them by the first name alone, but the person is "Rachel Edwards": a
speaker whose name is one word, written in the article right after "<surname>'s <kin word>"
where the surname is a person the article names, takes that surname. Words:
`data/speakers.toml` [kin]."""

from __future__ import annotations

import functools
import re

from lib.quotes.speakers.mentions import PERSON, UNKNOWN
from lib.ruledata import load


@functools.cache
def _kin() -> str:
    words = load("speakers.toml").get("kin", {}).get("words", ())
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


def with_family_names(speakers: list, text: str, people: tuple[str, ...]) -> None:
    """Rename in place one-word speakers introduced as a named person's relative."""
    surnames = {p.split()[-1] for p in people if len(p.split()) > 1}
    kin = _kin()
    if not kin or not re.search(r"\s(?:" + kin + r")\s", text):
        return  # no kin word: none to rename (one search, not one per speaker)
    found: dict[str, re.Match | None] = {}  # one search of the text per name, not per speaker
    for s in speakers:
        if not s.name or s.kind not in (PERSON, UNKNOWN) or " " in s.name:
            continue
        if s.name not in found:
            pattern = re.compile(
                r"\b([A-Z][\w-]+)['’]s?\s+(?:" + kin + r")\s+" + re.escape(s.name) + r"\b"
            )
            found[s.name] = pattern.search(text)
        m = found[s.name]
        if m and m.group(1) in surnames and m.group(1) != s.name:
            s.name, s.kind = f"{s.name} {m.group(1)}", PERSON
