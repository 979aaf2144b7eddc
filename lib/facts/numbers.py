"""Numbers as news writes them: "137", "6,200", "1.5 million", "four", "a dozen", "hundreds".

Spelled-out cardinals go to `number_parser` (strict: it returns None for anything that is not a
number, so "first" or "a" never become values). Digits, scale words and the collective words a
parser leaves out ("dozens", "hundreds of thousands") are a small table here.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from number_parser import parse_number

# Words that can make up a spelled-out cardinal.
UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 10**9,
    "trillion": 10**12,
}
CARDINAL_WORDS = frozenset(UNITS + TENS + list(SCALES))

# Vague amounts, one convention everywhere: the value is the number the words name, read as a
# lower bound, and the figure is approximate (qualifier "at least"): "dozens" 12, "scores" 20,
# "hundreds" 100, "thousands" 1,000, "millions" 1,000,000, "tens of thousands" 10,000,
# "hundreds of thousands" 100,000, "trillions" 10**12. "several thousand" is the same 1,000 with
# the qualifier "several" (data/figures.toml), so "thousands" and "several thousand" never
# disagree.
COLLECTIVE = {
    "dozen": 12,
    "dozens": 12,
    "score": 20,
    "scores": 20,
    "hundreds": 100,
    "thousands": 1_000,
    "millions": 1_000_000,
    "billions": 1_000_000_000,
    "trillions": 10**12,
}
COLLECTIVE_MULTIPLIERS = {"tens": 10, "hundreds": 100}

# "up by double digits": a number of two digits, at least 10 (and three digits at least 100)
DIGIT_COUNTS = {"double": 10, "triple": 100}

_DIGITS = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?$|^\.\d+$")


@dataclass(frozen=True)
class Number:
    value: float
    approximate: bool  # a collective word ("hundreds"): the value is a lower bound


# Nouns that count the people or things named after them: "a pair of advisers" 2, "a trio of
# activists" 3, "a couple of decisions" 2. Only after "a" and before what they count
# (lib/facts/figrules.py word_re): "the couple married" counts nothing. "a couple" is loose:
# about two (`loose_group`), not at least two as "dozens" is at least 12.
GROUP_WORDS = {"couple": 2.0, "pair": 2.0, "trio": 3.0}
_LOOSE_GROUPS = frozenset(("couple",))


def loose_group(words: str) -> bool:
    """'a couple': a group word that says its number only roughly (qualifier 'about')."""
    parts = words.lower().split()
    return len(parts) == 2 and parts[0] == "a" and parts[1] in _LOOSE_GROUPS


def parse_digits(text: str) -> float | None:
    """'6,200' -> 6200.0, '1.5' -> 1.5; None for anything else ('22.03.2024')."""
    text = text.strip()
    if not _DIGITS.match(text):
        return None
    return float(text.replace(",", ""))


def parse_words(text: str) -> Number | None:
    """Spelled-out or collective numbers: 'four', 'twenty-five', 'a dozen', 'tens of thousands'."""
    words = re.sub(r"[\s\-–]+", " ", text.strip().lower()).split()
    if words[:3] == ["a", "couple", "of"] and len(words) == 4 and words[3] in SCALES:
        return Number(2.0 * SCALES[words[3]], True)  # "a couple of hundred": some 200
    if len(words) == 2 and words[0] == "a" and words[1] in GROUP_WORDS:
        return Number(GROUP_WORDS[words[1]], False)  # "a pair (of advisers)"
    if words and words[0] in ("a", "an"):
        words = words[1:] if len(words) > 1 else words
        if words == ["dozen"]:
            return Number(12, False)
        words = ["one", *words]
    if not words:
        return None
    if words[-2:] == ["and", "half"] or words[-3:] == ["and", "a", "half"]:
        whole = parse_words(" ".join(words[: words.index("and", len(words) - 3)]))
        return Number(whole.value + 0.5, whole.approximate) if whole is not None else None
    collective = _collective(words)
    if collective is not None:
        return collective
    if not all(w in CARDINAL_WORDS or w == "and" for w in words):
        return None
    value = _english_number(" ".join(words))
    return Number(float(value), False) if value is not None else None


@functools.lru_cache(maxsize=4096)
def _english_number(words: str) -> int | None:
    """`number_parser.parse_number` in English, remembered: it rebuilds its word tables on every
    call, which cost more than the rest of the figure finder's number reading."""
    return parse_number(words, language="en")


def _collective(words: list[str]) -> Number | None:
    if len(words) == 3 and words[1] == "of" and words[0] in COLLECTIVE_MULTIPLIERS:
        base = SCALES.get(words[2].rstrip("s"))
        if base:
            return Number(float(COLLECTIVE_MULTIPLIERS[words[0]] * base), True)
    if len(words) == 2 and words[1] == "digits" and words[0] in DIGIT_COUNTS:
        return Number(float(DIGIT_COUNTS[words[0]]), True)
    if len(words) == 1 and words[0] in COLLECTIVE:
        return Number(float(COLLECTIVE[words[0]]), words[0] != "dozen")
    if len(words) == 2 and words[1] in ("dozen", "dozens") and words[0] in CARDINAL_WORDS:
        head = _english_number(words[0])
        return Number(float(head * 12), False) if head is not None else None
    return None


def parse_amount(number: str, scale: float = 1.0) -> Number | None:
    """The value of a number written in digits or words, times a scale word's factor."""
    digits = parse_digits(number)
    if digits is not None:
        return Number(digits * scale, False)
    words = parse_words(number)
    if words is None:
        return None
    return Number(words.value * scale, words.approximate)


def format_value(value: float) -> str:
    """Compact human form for the figures panel: 137, 6,200, 1.5 million, 19.7 billion."""
    for size, word in ((10**12, "trillion"), (10**9, "billion"), (10**6, "million")):
        if abs(value) >= size:
            return f"{value / size:.4g} {word}"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.4g}"
