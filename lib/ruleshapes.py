"""The shapes a rule file's values may take (the vocabulary `lib/ruleschemas.py` declares with).

`WORDS` (a list of distinct strings), a scalar type (str, int, float, bool), `Row` (a fixed list
of values, e.g. a season's [first month, months, code]), `Table` (known keys only), `Map` (any key,
e.g. a glossary of words) and `Tables` (an array of tables). Plain data: `lib/ruledata.py` checks
a file against them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Words:
    """A list of distinct strings (words, lemmas, phrases, cues)."""


@dataclass(frozen=True)
class Row:
    """A fixed list of values, one type per position (`Row((str, int))` for ["easter", 0])."""

    types: tuple[tuple[type, ...], ...]


@dataclass(frozen=True)
class Table:
    """A table with known keys only; `required` keys must be present."""

    fields: dict[str, Any]
    required: tuple[str, ...] = ()


@dataclass(frozen=True)
class Map:
    """A table whose keys are data (a glossary): every value has the shape `value`."""

    value: Any


@dataclass(frozen=True)
class Tables:
    """An array of tables (`[[measure]]`), each a `Table`."""

    table: Table


WORDS = Words()
NUMBER = (int, float)
