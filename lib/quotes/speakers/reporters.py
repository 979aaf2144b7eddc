"""The publisher's own reporters: "…, says the BBC's Ann Lee in Delhi. … our correspondent
says." A speaker written "our correspondent" (`data/speakers.toml` [reporters]) is the person
last credited by name in the same or the previous paragraph: the reporter whose report it is.
With no such person the words stay as written."""

from __future__ import annotations

import bisect
import functools
from typing import Any

from lib.quotes.speakers.mentions import PERSON
from lib.ruledata import load


@functools.cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    cfg = load("speakers.toml").get("reporters", {})
    return frozenset(cfg.get("possessive", ())), frozenset(cfg.get("heads", ()))


def name_own_reporters(found: list, paragraphs) -> None:
    """Rename in place "our correspondent" speakers (see module)."""
    starts = [p.start for p in paragraphs]
    last_named: list[tuple[int, Any]] = []  # (paragraph index, speaker) in text order
    for f in found:
        s = f.speaker
        if s is None or not s.name:
            continue
        para = bisect.bisect_right(starts, f.start) - 1
        if _own_reporter(s.name):
            near = [spk for k, spk in last_named if para - k <= 1]
            if near:
                s.name, s.kind, s.role = near[-1].name, PERSON, s.role or s.name
            continue
        if s.kind == PERSON and s.mention and s.name.split()[-1] in s.mention.split():
            last_named.append((para, s))


def _own_reporter(name: str) -> bool:
    possessive, heads = _words()
    words = name.lower().split()
    return len(words) >= 2 and words[0] in possessive and words[-1] in heads
