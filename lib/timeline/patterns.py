"""Find temporal expressions in text with the patterns of `data/temporal.toml`.

This is the surface layer only: where an expression is and what its pieces are (day, month,
weekday, modifier ...). Resolving it to a date needs context (publication date, tense, the event
it hangs on) and lives in `lib.timeline.tagger`. Keeping the patterns as data means a new date format is
one entry in the TOML file, not new code.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field

from lib.ruledata import DATA_DIR, read

DATA_FILE = DATA_DIR / "temporal.toml"


@dataclass(frozen=True)
class Mention:
    """One temporal expression as written: its span and the named pieces of its pattern."""

    start: int
    end: int
    text: str
    kind: str
    type: str
    pattern: str
    groups: dict = field(default_factory=dict, compare=False)

    def get(self, name: str) -> str | None:
        return self.groups.get(name)


# Month names that are whole words, never abbreviations: "June." ends a sentence.
FULL_SHORT_MONTHS = ("May", "June", "July")

# Parts written inside a compound ("year-end": its last month), not in front of a unit, so kept
# out of the {PART} hole.
PART_SHARES = {"end": (0.92, 1.0)}


# Holes a pattern may declare it `requires` ([[pattern]] requires = ["MONTH"]).
GATE_HOLES = ("MONTH", "WEEKDAY", "HOLIDAY")


@dataclass(frozen=True, eq=False)
class Tables:
    months: dict
    weekdays: dict
    numbers: dict
    ordinals: dict
    units: dict
    seasons: dict
    parts: dict
    deictic: dict
    holidays: dict
    cues: frozenset  # words in front of a bare season or holiday that make it a time
    tense: dict
    tense_words: dict  # [tense] lists as frozensets, for membership tests
    count_nouns: frozenset
    year_plurals: frozenset  # [figures] "the 2016 elections": plurals that keep a year a year
    vague: dict  # lower-cased phrase -> TimeML value
    sets: dict  # [sets]: adverb of repetition -> TimeML SET value
    patterns: tuple  # (name, kind, type, compiled, span_group, needs, trigger, requires, implied)
    events: dict  # [events]: nouns a date can be part of the name of, named days' years
    # [cues] vague adjectives ("current", "recent") and the nouns after which they are no time
    vague_adjectives: frozenset = frozenset()
    not_after_vague_adjective: frozenset = frozenset()
    vague_signals: tuple = ()  # [cues] leading words left out of a vague phrase's extent
    vague_numbers: frozenset = frozenset()  # [cues] "several", "a few": no exact amount
    not_near_bare_decade: frozenset = frozenset()  # [cues] "highs in the 70s": no decade
    present_era_nouns: frozenset = frozenset()  # [cues] "today's world": the present era
    vague_days: dict = field(default_factory=dict)  # [vague_days]: phrase -> working offset
    part_points: dict = field(default_factory=dict)  # [part_points]: part -> first / last
    number_labels: frozenset = frozenset()  # [cues] "Section 1983": a reference, no year
    every_four_years: frozenset = frozenset()  # [primary_days]: held in presidential years only

    def month(self, word: str) -> int:
        return self.months[_norm(word).rstrip(".").title()]

    def weekday(self, word: str) -> int:
        word = word.strip()
        if word in self.weekdays:
            return self.weekdays[word]
        return self.weekdays[word.rstrip(".").title()]

    def number(self, word: str) -> int | None:
        word = _norm(word).lower()
        if word.isdigit():
            return int(word)
        return self.numbers.get(word)

    def unit(self, word: str) -> tuple[str, int]:
        word = word.lower().rstrip("s")
        word = "century" if word == "centurie" else word
        return tuple(self.units[word])

    def part(self, word: str | None) -> tuple[float, float] | None:
        if not word:
            return None
        key = _norm(word).strip(" -").lower()
        if key in PART_SHARES:
            return PART_SHARES[key]
        return tuple(self.parts[key]) if key in self.parts else None


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def _alternation(words, *, flags: str = "") -> str:
    """Longest-first alternation; spaces match any white space."""
    parts = [re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)]
    body = "|".join(parts)
    return f"(?{flags}:{body})" if flags else f"(?:{body})"


@functools.cache
def tables(path: str | None = None) -> Tables:
    """Load the word tables and compile the patterns once per process."""
    data = read(path or DATA_FILE, "temporal.toml")
    months = data["months"]
    full_months = [m for m in months if len(m) > 3 and m != "Sept"] + ["May"]
    vague = {
        phrase.lower(): value for value, phrases in data["vague"].items() for phrase in phrases
    }
    holes = {
        "MONTH": _alternation(
            [m for m in months if len(m) > 3 or m == "May"]
            + [f"{m}." for m in months if len(m) <= 4 and m not in FULL_SHORT_MONTHS]
            + [m for m in months if len(m) == 3 and m != "May"]
        ),
        "MONTHFULL": _alternation(set(full_months)),
        "WEEKDAY": _alternation(data["weekdays"]),
        "DAY": r"(?:[12]\d|3[01]|0?[1-9])",
        "YEAR": r"(?:1[6-9]|20)\d\d",
        "NUM": r"(?:\d{1,3}|" + _alternation(data["numbers"], flags="i")[0:] + ")",
        "UNIT": r"(?i:days?|weeks?|fortnights?|months?|years?|decades?|century|centuries|hours?|minutes?)",
        "ORD": _alternation(data["ordinals"], flags="i"),
        "PART": "(?:" + _alternation(data["parts"], flags="i") + r"(?:\s*-\s*|\s+))",
        "DEICTIC": _alternation(data["deictic"], flags="i"),
        "HOLIDAY": _alternation(
            [
                *data["holidays"],
                *data.get("weekday_holidays", {}),
                *data.get("primary_days", {}),
                *data.get("counted_holidays", {}),
            ]
        ),
        "VAGUE": _alternation(vague, flags="i"),
        "SETWORD": _alternation(data.get("sets", {})),  # lower case only: not "Daily Mail"
        "PERIODNOUN": _alternation(data["tense"]["period_nouns"], flags="i"),
        # an event noun, singular or plural ("the November elections"), or the plural of a
        # contest that keeps a year a year ("the February caucuses", "the June primaries")
        "EVENTNOUN": "(?:"
        + _alternation(data["events"]["named_nouns"], flags="i")
        + "s?|"
        + _alternation(data["figures"].get("year_plurals", []), flags="i")
        + ")",
    }
    # the names of a hole alone, searched once per text for the patterns that require them
    gates = {hole: re.compile(holes[hole]) for hole in GATE_HOLES}
    compiled = []
    for spec in data["pattern"]:
        source = spec["regex"]
        for hole, alt in holes.items():
            source = source.replace("{" + hole + "}", alt)
        if not source.startswith(("(?<", "\\b")):
            source = r"(?<!\w)" + source  # start at a word's edge: fast and never mid-word
        compiled.append(
            (
                spec["name"],
                spec["kind"],
                spec.get("type", "DATE"),
                re.compile(source),
                spec.get("span"),
                spec.get("needs"),
                tuple(spec.get("trigger", ())),
                tuple((hole, gates[hole]) for hole in spec.get("requires", ())),
                tuple(spec.get("implied", {}).items()),  # what its words imply: "days later", a few
            )
        )
    return Tables(
        months=months,
        weekdays=data["weekdays"],
        numbers={k.lower(): v for k, v in data["numbers"].items()},
        ordinals={k.lower(): v for k, v in data["ordinals"].items()},
        units=data["units"],
        seasons=data["seasons"],
        parts={k.lower(): v for k, v in data["parts"].items()},
        deictic={k.lower(): v for k, v in data["deictic"].items()},
        holidays={
            **data["holidays"],
            **{k: ["weekday", *v] for k, v in data.get("weekday_holidays", {}).items()},
            **{k: ["weekday", *v] for k, v in data.get("primary_days", {}).items()},
            **{k: ["counted", *v] for k, v in data.get("counted_holidays", {}).items()},
        },
        cues=frozenset(data["cues"]["bare_time"]),
        tense=data["tense"],
        tense_words={k: frozenset(v) for k, v in data["tense"].items() if isinstance(v, list)},
        count_nouns=frozenset(data["figures"]["count_nouns"]),
        year_plurals=frozenset(data["figures"].get("year_plurals", [])),
        vague=vague,
        sets=data.get("sets", {}),
        patterns=tuple(compiled),
        events=data["events"],
        vague_adjectives=frozenset(data["cues"].get("vague_adjectives", [])),
        not_near_bare_decade=frozenset(data["cues"].get("not_near_bare_decade", [])),
        not_after_vague_adjective=frozenset(data["cues"].get("not_after_vague_adjective", [])),
        vague_signals=tuple(data["cues"].get("vague_signals", [])),
        vague_numbers=frozenset(data["cues"].get("vague_numbers", [])),
        present_era_nouns=frozenset(data["cues"].get("present_era_nouns", [])),
        vague_days={k.lower(): v for k, v in data.get("vague_days", {}).items()},
        part_points={k.lower(): v for k, v in data.get("part_points", {}).items()},
        number_labels=frozenset(data["cues"].get("number_labels", [])),
        every_four_years=frozenset(data.get("primary_days", {})),
    )


def scan(text: str, table: Tables | None = None) -> list[Mention]:
    """Every temporal expression in `text`, non-overlapping, longest first, in text order."""
    return list(_scan(text, table or tables()))


@functools.lru_cache(maxsize=32)
def _scan(text: str, table: Tables) -> tuple[Mention, ...]:
    """Cached: the publication date and the timeline scan the same article text."""
    found: list[tuple[int, int, int, Mention]] = []
    lowered = text.lower()
    present: dict[str, bool] = {}  # hole -> whether its names occur in the text
    for rank, pattern in enumerate(table.patterns):
        name, kind, ttype, rx, span_group, needs, trigger, requires, implied = pattern
        if trigger and not any(word in lowered for word in trigger):
            continue  # no match can be in a text without one of its words
        if requires and not all(_holds(present, text, hole, gate) for hole, gate in requires):
            continue  # nor in one that names no month (weekday, holiday) at all
        for m in rx.finditer(text):
            start, end = m.span(span_group) if span_group else m.span()
            if start == end or not _needs_met(needs, text, start, m, table.cues):
                continue
            if kind == "vague":
                start = _after_signal(text, start, end, table.vague_signals)
            groups = {**dict(implied), **{k: v for k, v in m.groupdict().items() if v is not None}}
            found.append(
                (start, end, rank, Mention(start, end, text[start:end], kind, ttype, name, groups))
            )
    found.sort(key=lambda f: (-(f[1] - f[0]), f[2], f[0]))
    # Taken spans never overlap, so the one starting last before `end` ends last of those: a
    # bisect, not a scan of all taken (which made thousands of dates quadratic).
    taken: list[Mention] = []
    starts: list[int] = []
    ends: list[int] = []
    for start, end, _, mention in found:
        i = bisect.bisect_left(starts, end) - 1
        if i < 0 or ends[i] <= start:
            taken.append(mention)
            at = bisect.bisect_left(starts, start)
            starts.insert(at, start)
            ends.insert(at, end)
    return tuple(sorted(taken, key=lambda t: t.start))


def _holds(present: dict, text: str, hole: str, gate: re.Pattern) -> bool:
    if hole not in present:
        present[hole] = gate.search(text) is not None
    return present[hole]


def _after_signal(text: str, start: int, end: int, signals: tuple) -> int:
    """Where a vague phrase's TimeML extent starts: past a leading signal word ("in the past"
    -> "the past", "until now" -> "now"); the phrase itself still decides the value."""
    words = text[start:end].lower().split()
    for signal in signals:
        lead = signal.split()
        if words[: len(lead)] == lead and len(words) > len(lead):
            hit = re.match(rf"(?:\S+\s+){{{len(lead)}}}", text[start:end])
            return start + hit.end() if hit else start
    return start


def clear_cache() -> None:
    """Forget cached scans (benchmarks time the scan from scratch)."""
    _scan.cache_clear()


def _needs_met(needs: str | None, text: str, start: int, m: re.Match, cues: frozenset) -> bool:
    if needs is None:
        return True
    if any(m.group(g) for g in ("mod", "part", "year") if g in m.groupdict()):
        return True
    words = text[max(0, start - 20) : start].split()
    return bool(words) and words[-1].lower() in cues
