"""Courtesy titles before a surname: "Ms Okafor said", "Mr Hale's spokesman said".

British copy names a person in full once ("Ada Okafor") and then as "Ms Okafor", "Dr Okafor",
"Lord Hale", "Sir John": the honorific is how the person is addressed, not part of the name nor
a role. The speaker column holds the full name the article gave ("Ada Okafor"); a role held for
the person keeps the role with the full name ("Mr Hale's spokesman" is "Tom Hale's spokesman").
When the article gives no fuller name, the name without the honorific stays ("Okafor"), for the
short-form linking of `canonical` to find. When two people share the surname, the honorific's
gender picks between them ("Mrs Hale" is not "Tom Hale"); if that leaves more than one, the
surname alone stays. Which full names a short one may stand for is `canonical.long_forms`.
"""

from __future__ import annotations

import re

from lib.quotes.speakers.canonical import distinct_people, long_forms
from lib.quotes.speakers.mentions import ORGANIZATION, PERSON, UNKNOWN, Speaker

# "Mr Hale's official spokesman": the name, its possessive mark and what the person holds.
_POSSESSIVE = re.compile(r"^(?P<name>.+?)(?P<mark>['’]s?)\s+(?P<role>\S.*)$")


def expand_honorifics(speakers: list[Speaker], people: tuple[str, ...], lex) -> None:
    """Rename in place every speaker written honorific + name to the full name (see module)."""
    known = sorted({p for p in people if len(p.split()) > 1})
    for s in speakers:
        if not s.name or s.kind not in (PERSON, UNKNOWN, ORGANIZATION):
            continue
        words = s.name.split()
        if len(words) < 2 or words[0].lower() not in lex.honorifics:
            continue
        gender = lex.honorifics[words[0].lower()]
        rest = " ".join(words[1:])
        owned = _POSSESSIVE.match(rest)
        if owned and all(w[:1].isupper() for w in owned["name"].split()):
            full = _full_name(owned["name"], gender, known, lex) or owned["name"]
            s.name = f"{full}{owned['mark']} {owned['role']}"  # a role held for the person
            s.kind = PERSON
        elif all(w[:1].isupper() for w in words[1:]):
            s.name = _full_name(rest, gender, known, lex) or rest
            s.kind = PERSON


def _full_name(short: str, gender: str, known: list[str], lex) -> str | None:
    """The one person in `known` that `short` names ("Okafor", "John Hale": `canonical`'s
    long forms) or, after "Sir"/"Dame", whose first name it is ("Sir John" is "John Hale"), of
    a compatible gender."""
    fits = long_forms(short, known, lex)
    if len(short.split()) == 1:
        fits = distinct_people(fits + [n for n in known if n.split()[0] == short])
    if len(fits) > 1 and gender in ("male", "female"):
        fits = [n for n in fits if lex.first_names.get(n.split()[0].lower(), gender) == gender]
    return fits[0] if len(fits) == 1 else None
