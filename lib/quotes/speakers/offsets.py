"""Offset indexes for the antecedent searches: what the resolver's history holds near an offset,
and which organisations are named before one, each a bisect away.

The searches in `pronouns` and `body_nouns` walked the whole history (or every mention) back
from each statement, once per statement: on a long text of pronoun speakers that made the
statements stage grow with the square of the text. These indexes answer exactly what those
walks answered.

The history holds the resolver's `Speaker` objects, and later passes (epithets, agreement)
rename them in place while still asking for antecedents; `Speaker` counts such edits
(`Speaker.edits`), and the history index starts again whenever the count has moved, so it never
answers from a stale name.
"""

from __future__ import annotations

import bisect
import itertools
import math
from dataclasses import dataclass, field

from lib.quotes.speakers.mentions import PERSON, Speaker

ENDING = 5  # a word of this many letters or more also stands for longer words ending in it


@dataclass
class HistoryIndex:
    """The resolver's history ((offset, speaker) in the order resolved, not always in text
    order) by the offset of each speaker's own mention, and the earliest offset at which each
    person spoke by name. Built as the history grows."""

    history: list[tuple[int, Speaker]]
    _done: int = 0
    _edits: int = -1
    _starts: list[tuple[int, int]] = field(default_factory=list)  # (speaker start, position)
    _first_named: dict[str, float] = field(default_factory=dict)  # name -> earliest offset
    _last_words: dict[str, int] = field(default_factory=dict)  # last word -> latest position
    _endings: dict[str, int] = field(default_factory=dict)  # its endings of 5 letters and more

    def _sync(self) -> None:
        if self._edits != Speaker.edits:
            self._done, self._edits = 0, Speaker.edits
            self._starts, self._first_named = [], {}
            self._last_words, self._endings = {}, {}
        for k in range(self._done, len(self.history)):
            off, spk = self.history[k]
            if spk.start is not None:
                bisect.insort(self._starts, (spk.start, k))
            if _spoke_by_name(spk) and off < self._first_named.get(spk.name or "", math.inf):
                self._first_named[spk.name or ""] = off
            for said in (spk.name, spk.mention):
                words = said.lower().split() if said and " " in said else []
                if words:
                    self._last_words[words[-1]] = k
                    for i in range(len(words[-1]) - ENDING + 1):
                        self._endings[words[-1][i:]] = k
        self._done = len(self.history)

    def latest_ending_in(self, word: str) -> Speaker | None:
        """The latest speaker whose name or mention, of more than one word, ends in the word
        `word` (or, when `word` has ENDING letters or more, in a word ending so: "newspapers"
        for "papers")."""
        self._sync()
        k = (self._endings if len(word) >= ENDING else self._last_words).get(word)
        return self.history[k][1] if k is not None else None

    def starting_in(self, lo: int, hi: int) -> list[Speaker]:
        """The speakers whose mention starts in [lo, hi), in history order."""
        self._sync()
        a = bisect.bisect_left(self._starts, (lo, -1))
        b = bisect.bisect_left(self._starts, (hi, -1))
        return [self.history[k][1] for k in sorted(k for _, k in self._starts[a:b])]

    def spoke_by_name_before(self, name: str, at: int) -> bool:
        """Did a person called `name` speak, named by (a part of) that name, before `at`?"""
        self._sync()
        return self._first_named.get(name, math.inf) < at


def _spoke_by_name(spk: Speaker) -> bool:
    """A person's statement whose mention ends in a word of their name ("Co-host Meghan Lane",
    "Lane"): not a pronoun or a role."""
    words = (spk.mention or "").split()
    return spk.kind == PERSON and bool(words) and words[-1] in (spk.name or "")


class People:
    """The names `Pronouns._people` stands for: those seen as a person's, and those of the
    people who spoke by name before `at` (a membership test, not a set built per statement)."""

    def __init__(self, seen_as_person: set[str], history: HistoryIndex, at: int):
        self.seen, self.history, self.at = seen_as_person, history, at

    def __contains__(self, name: object) -> bool:
        if name in self.seen:
            return True
        return isinstance(name, str) and self.history.spoke_by_name_before(name, self.at)


class NamedBodies:
    """Organisation and place mentions (`MentionIndex.mentions` positions) by the words of their
    names, and the organisations that are no product or building (`thing_like`): the latest one
    before an offset is a bisect away, not a walk back over every mention."""

    def __init__(self, ix):
        self.ix = ix
        self.by_word: dict[str, list[int]] = {}
        self.words: dict[int, set[str]] = {}
        self.bodies: list[int] = []  # ORG mentions, not thing-like
        thing: dict[int, bool] = {}
        for i, m in enumerate(ix.mentions):
            label = m.entity["label"]
            if label not in ("ORG", "GPE"):
                continue
            self.words[i] = set(m.entity["name"].lower().split())
            for w in self.words[i]:
                self.by_word.setdefault(w, []).append(i)
            if label == "ORG":
                key = id(m.entity)
                if key not in thing:
                    thing[key] = ix.thing_like(m.entity)
                if not thing[key]:
                    self.bodies.append(i)

    def latest_with(self, words: list[str], last: int, floor: float) -> int | None:
        """The latest organisation or place mention at position <= `last`, starting at or after
        `floor`, whose name has all of `words`."""
        wanted = set(words)
        lists = [self.by_word.get(w, []) for w in wanted]
        if not lists:
            return None
        rarest = min(lists, key=len)
        k = bisect.bisect_right(rarest, last) - 1
        while k >= 0 and self.ix.mentions[rarest[k]].start >= floor:
            if wanted <= self.words[rarest[k]]:
                return rarest[k]
            k -= 1
        return None

    def latest_body(self, last: int, floor: float) -> int | None:
        """The latest organisation mention (no product) at position <= `last`, from `floor` on."""
        k = bisect.bisect_right(self.bodies, last) - 1
        if k >= 0 and self.ix.mentions[self.bodies[k]].start >= floor:
            return self.bodies[k]
        return None


class RoleHolders:
    """The statements' speakers by their role, lowercased (`Epithets._role_of` asked every
    statement for every description): built on first use, and again whenever a speaker was
    edited since (`Speaker.edits`), so the roles it answers from are the current ones."""

    def __init__(self, speakers: list[Speaker | None]):
        self.speakers = speakers
        self._edits = -1
        self._by_role: dict[str, list[Speaker]] = {}

    def people(self, role: str, other_than: str | None) -> set[str]:
        """The names of the people who spoke with `role` (lowercased), but `other_than`."""
        if self._edits != Speaker.edits:
            self._edits, self._by_role = Speaker.edits, {}
            for s in self.speakers:
                if s is not None:
                    self._by_role.setdefault((s.role or "").lower(), []).append(s)
        return {
            s.name for s in self._by_role.get(role, ()) if s.kind == PERSON and s.name != other_than
        }


class FoundOrder:
    """The statements `Epithets` settles, by offset: those whose span holds an offset, and
    those from the first whose speaker's mention comes after an offset (both walked the whole
    list per statement). Built from the spans and mention starts, which the epithet pass never
    changes; names are read as they are when asked."""

    def __init__(self, found: list):
        self.found = found
        order = sorted(range(len(found)), key=lambda k: found[k].start)
        self._by_start = [found[k] for k in order]
        self._starts = [f.start for f in self._by_start]
        self._reach = list(itertools.accumulate((f.end for f in self._by_start), max))
        mention = [_mention_start(f) for f in found]
        self._mentions_reach = list(itertools.accumulate(mention, max))

    def holding(self, at: int) -> list:
        """The statements whose span holds `at` (start <= at < end), in no particular order."""
        out = []
        j = bisect.bisect_right(self._starts, at) - 1
        while j >= 0 and self._reach[j] > at:
            if self._by_start[j].end > at:
                out.append(self._by_start[j])
            j -= 1
        return out

    def from_mention_after(self, offset: int) -> list:
        """The statements in their order from the first whose speaker's mention starts after
        `offset` (those before it have no speaker, or one mentioned at or before `offset`)."""
        return self.found[bisect.bisect_right(self._mentions_reach, offset) :]


def _mention_start(f) -> float:
    s = f.speaker
    return -math.inf if s is None or s.start is None else s.start
