"""Numbers inside fixed phrases: a number word that belongs to an idiom counts nothing.

"zero tolerance" names a policy, "without raising taxes one penny" means none at all, "$51,000
for a family of four" sets a threshold by household size. The phrases are data
(data/figures.toml number_idioms, number_idioms_before); the check reads the words from the
number on, or up to it, so each phrase is compared once per candidate (no scan of the text).
"""

from __future__ import annotations

import re

from lib.facts.candidates import Candidate
from lib.facts.figrules import Rules

_SPACES = re.compile(r"\s+")


def _words(text: str) -> str:
    """Lower case with every run of white space (a no-break space too) one plain space."""
    return _SPACES.sub(" ", text).lower()


def in_idiom(text: str, cand: Candidate, r: Rules) -> bool:
    """Whether the number opens a phrase of `idioms_after` ('zero tolerance', 'one penny') or
    closes one of `idioms_before` ('a family of four'), whole words only."""
    if not cand.words:
        return False  # "$1 penny stock", "a family of 4": digits are written to count
    longest = max((len(p) for p in (*r.idioms_after, *r.idioms_before)), default=0)
    ahead = _words(text[cand.start : cand.start + longest + 8])
    for phrase in r.idioms_after:
        if ahead.startswith(phrase) and not ahead[len(phrase) : len(phrase) + 1].isalnum():
            return True
    behind = _words(text[max(0, cand.end - longest - 8) : cand.end])
    return any(
        behind.endswith(phrase) and not behind[: -len(phrase)][-1:].isalnum()
        for phrase in r.idioms_before
    )
