"""A group the article names member by member: "the students, Ann Roe and Mia Cole, wrote".

Annotators and readers name a group's statements by the people in it when the article gives
them ("Ann Roe and Mia Cole"), as they name a person by her full name rather than "the
senator". The article gives them in an apposition to the group's description, once; every
other statement of the group says only "the students". This pass reads those appositions off
the text and names each speaker that is the description (or the description run into the
apposition) by the members, keeping the description as the role.
"""

from __future__ import annotations

import re

from lib.quotes.speakers.mentions import Speaker

_NAME = r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2}"
# "the students, Ann Roe and Mia Cole," / "the two editors, Ann Roe, Mia Cole and Li Wu,"
_APPOSITION = re.compile(
    rf"\b[Tt]he ((?:[a-z-]+ ){{0,3}}[a-z-]+s), ({_NAME}(?:, {_NAME})*,? and {_NAME})(?=[,.;])"
)


def name_groups(speakers: list[Speaker], text: str, people: tuple[str, ...]) -> None:
    """Rename in place the speakers that are a group the article names member by member."""
    groups = named_groups(text, set(people))
    if not groups:
        return
    for s in speakers:
        if not s.name:
            continue
        key = s.name.lower().removeprefix("the ").split(",")[0].strip()
        if key in groups:
            s.role, s.name = key, groups[key]


def named_groups(text: str, people: set[str]) -> dict[str, str]:
    """description -> its members as the article writes them ("students" -> "Ann Roe and Mia
    Cole"), from appositions whose every member is a person the article names; a description
    given two different member lists is left out (two groups, one word)."""
    found: dict[str, str] = {}
    for m in _APPOSITION.finditer(text):
        desc, names = m.group(1), m.group(2)
        members = [n.strip() for n in re.split(r",? and |, ", names)]
        if len(members) < 2 or not all(n in people for n in members):
            continue
        head = desc.split()[-1]
        for key in (desc, head):
            found[key] = names if found.get(key, names) == names else ""
    return {k: v for k, v in found.items() if v}
