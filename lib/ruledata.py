"""The rule data in `data/*.toml`: where it lives, what each file may hold, and the one loader.

Every rule file has a declared shape below. A key nobody reads, a word listed twice or a number
written as text is a silent bug in a rule file (the rule it meant to change never runs), so the
loader refuses such a file with one message naming the file and the key:

    data/cues.toml: verbs.speech: 'write' is listed twice

The shapes are plain data (`lib/ruleshapes.py`); each file's is declared in `lib/ruleschemas.py`.
"""

from __future__ import annotations

import copy
import functools
import tomllib
from pathlib import Path
from typing import Any

from lib.ruleschemas import SCHEMAS
from lib.ruleshapes import Map, Row, Table, Tables, Words

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


class RuleDataError(ValueError):
    """A rule file is not valid TOML or not of its declared shape (the message says where)."""


@functools.cache
def _load(name: str) -> dict[str, Any]:
    return read(DATA_DIR / name)


def load(name: str) -> dict[str, Any]:
    """The validated content of `data/<name>` (parsed once per process; a fresh copy each call,
    so a caller that annotates the tables it got cannot change what the next caller reads)."""
    return copy.deepcopy(_load(name))


def read(path: str | Path, schema: str | None = None) -> dict[str, Any]:
    """The validated content of the rule file at `path`, checked against the shape declared for
    `schema` (default: the file's own name, e.g. "topics.toml" for an edited copy of it)."""
    path = Path(path)
    label = _label(path)
    shape = SCHEMAS.get(schema or path.name)
    if shape is None:
        raise RuleDataError(f"{label}: no schema declared for {schema or path.name!r}")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as err:
        raise RuleDataError(f"{label}: cannot be read ({err})") from None
    except tomllib.TOMLDecodeError as err:
        raise RuleDataError(f"{label}: not valid TOML ({err})") from None
    problem = _check(data, shape, "")
    if problem:
        key, message = problem
        raise RuleDataError(f"{label}: {key or '(top level)'}: {message}")
    return data


def _label(path: Path) -> str:
    """'data/cues.toml' for a shipped file, the path as given otherwise."""
    try:
        return str(path.resolve().relative_to(DATA_DIR.parent))
    except ValueError:
        return str(path)


def _check(value: Any, shape: Any, key: str) -> tuple[str, str] | None:
    """The first (key, problem) where `value` does not have `shape`, None when it does."""
    if isinstance(shape, Table):
        return _check_table(value, shape, key)
    if isinstance(shape, Map):
        if not isinstance(value, dict):
            return key, f"expected a table, got {_kind(value)}"
        for sub, item in value.items():
            problem = _check(item, shape.value, _join(key, sub))
            if problem:
                return problem
        return None
    if isinstance(shape, Tables):
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            return key, f"expected an array of tables ([[{key}]]), got {_kind(value)}"
        for i, item in enumerate(value):
            problem = _check_table(item, shape.table, f"{key}[{i + 1}]")
            if problem:
                return problem
        return None
    if isinstance(shape, Words):
        return _check_words(value, key)
    if isinstance(shape, Row):
        return _check_row(value, shape, key)
    return _check_scalar(value, shape if isinstance(shape, tuple) else (shape,), key)


def _check_table(value: Any, shape: Table, key: str) -> tuple[str, str] | None:
    if not isinstance(value, dict):
        return key, f"expected a table, got {_kind(value)}"
    for sub in value:
        if sub not in shape.fields:
            known = ", ".join(shape.fields)
            return _join(key, sub), f"unknown key (known here: {known})"
    for sub in shape.required:
        if sub not in value:
            return _join(key, sub), "missing"
    for sub, item in value.items():
        problem = _check(item, shape.fields[sub], _join(key, sub))
        if problem:
            return problem
    return None


def _check_words(value: Any, key: str) -> tuple[str, str] | None:
    if not isinstance(value, list):
        return key, f"expected a list of strings, got {_kind(value)}"
    seen: set[str] = set()
    for item in value:
        if not isinstance(item, str):
            return key, f"expected a list of strings, found {_kind(item)} {item!r}"
        if item in seen:
            return key, f"{item!r} is listed twice"
        seen.add(item)
    return None


def _check_row(value: Any, shape: Row, key: str) -> tuple[str, str] | None:
    expected = "[" + ", ".join("/".join(t.__name__ for t in ts) for ts in shape.types) + "]"
    if not isinstance(value, list) or len(value) != len(shape.types):
        return key, f"expected {expected}, got {value!r}"
    for item, types in zip(value, shape.types, strict=True):
        if not _is(item, types):
            return key, f"expected {expected}, got {value!r}"
    return None


def _check_scalar(value: Any, types: tuple[type, ...], key: str) -> tuple[str, str] | None:
    if _is(value, types):
        return None
    expected = " or ".join(t.__name__ for t in types)
    return key, f"expected {expected}, got {_kind(value)} {value!r}"


def _is(value: Any, types: tuple[type, ...]) -> bool:
    """isinstance, except that a bool is no number (TOML keeps them apart)."""
    if isinstance(value, bool):
        return bool in types
    return isinstance(value, types)


def _kind(value: Any) -> str:
    names = {dict: "a table", list: "a list", str: "a string", bool: "a boolean"}
    return names.get(type(value), type(value).__name__)


def _join(key: str, sub: str) -> str:
    return f"{key}.{sub}" if key else sub
