"""The rule data in `data/*.toml`: where it lives, what each file may hold, and the one loader.

Every rule file has a declared shape below. A key nobody reads, a word listed twice or a number
written as text is a silent bug in a rule file (the rule it meant to change never runs), so the
loader refuses such a file with one message naming the file and the key:

    data/cues.toml: verbs.speech: 'write' is listed twice

The shapes are plain data: `WORDS` (a list of distinct strings), a scalar type (str, int, float,
bool), `Row` (a fixed list of values, e.g. a season's [first month, months, code]), `Table`
(known keys only), `Map` (any key, e.g. a glossary of words) and `Tables` (an array of tables).
"""

from __future__ import annotations

import copy
import functools
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


class RuleDataError(ValueError):
    """A rule file is not valid TOML or not of its declared shape (the message says where)."""


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

# The word lists of data/cues.toml [verbs] (see the comments there for what each holds).
CUE_VERB_LISTS = (
    "speech", "direct_only", "refusal", "not_speech", "belief", "belief_errors", "position",
    "topic", "explaining", "topic_about", "request", "evidence", "reader_verbs",
    "request_preps", "commitment", "request_for", "request_object", "object_speech",
    "reason_preps", "reason_verbs", "naming", "question", "inverted", "object_control",
    "naming_as", "listener_of", "raise_concern", "stance_adjectives",
    "claim_object",
)  # fmt: skip

# The numbers and word lists of data/furniture.toml (read by lib/ingest/furniture.py).
FURNITURE_INTS = ("min_words", "min_long_words", "long_word", "max_comma_percent", "max_words", "max_question_words", "max_capitals_percent")  # fmt: skip
FURNITURE_WORDS = ("openings", "credits", "links", "headline_ends", "abbreviations", "calls", "channels", "bracket_openings", "photo_agencies")  # fmt: skip
SCHEMAS: dict[str, Table] = {
    "boilerplate.toml": Table(
        {
            "plug": Table(
                {"max_words": int, "openings": WORDS, "calls": WORDS}, required=("max_words",)
            )
        }
    ),
    "furniture.toml": Table(
        dict.fromkeys(FURNITURE_INTS, int) | dict.fromkeys(FURNITURE_WORDS, WORDS)
    ),
    "cues.toml": Table(
        {
            "verbs": Table(
                dict.fromkeys(CUE_VERB_LISTS, WORDS),
                required=("speech", "direct_only", "refusal", "not_speech"),
            ),
            "irregular": Map(WORDS),
            "phrases": Table(
                {"source_after": WORDS, "verbal": WORDS, "question_clause": WORDS},
                required=("source_after", "verbal"),
            ),
            "nouns": Table(
                dict.fromkeys(
                    ("statement", "works", "request", "voices", "concern", "view"), WORDS
                ),
                required=("statement",),
            ),
            "not_quote": Table(
                {
                    "before": WORDS,
                    "title_nouns": WORDS,
                    "title_case_min_words": int,
                    "colon_labels": WORDS,
                },
                required=("before", "title_nouns"),
            ),
        },
        required=("verbs", "phrases", "nouns", "not_quote"),
    ),
    "speakers.toml": Table(
        {
            "pronouns": Table(
                {
                    "male": WORDS,
                    "female": WORDS,
                    "organization": WORDS,
                    "plural": WORDS,
                    "first_person": WORDS,
                    "vague": WORDS,
                }
            ),
            "contexts": Table({"person_verbs": WORDS}),
            "honorifics": Table({"male": WORDS, "female": WORDS, "neutral": WORDS}),
            "titles": Table(
                {"before_names": WORDS, "after_names": WORDS}, required=("before_names",)
            ),
            "roles": Table(
                {
                    "male": WORDS,
                    "female": WORDS,
                    "person": WORDS,
                    "people": WORDS,
                    "organization": WORDS,
                    "generic_organization": WORDS,
                    "org_name_ends": WORDS,
                },
                required=("male", "female", "person", "organization", "generic_organization"),
            ),
            "names": Table({"male": WORDS, "female": WORDS}, required=("male", "female")),
            "groups": Table(
                {"partitive": WORDS, "document_parts": WORDS, "unsigned_sources": WORDS}
            ),
            "works": Table({"made_by": WORDS, "before_title": WORDS}),
            "surveys": Table(
                {"shares": WORDS, "poll_words": WORDS, "respondents": str, "sponsored": WORDS}
            ),
            "reporters": Table({"possessive": WORDS, "heads": WORDS}),
            "short_forms": Table({"known": Map(str)}),
            "kin": Table({"words": WORDS}),
            "descriptions": Table(
                {
                    "party_members": WORDS,
                    "called_back": WORDS,
                    "called_back_determiners": WORDS,
                    "corporate_parts": WORDS,
                    "parties": Map(WORDS),
                    "unnamed_roles": WORDS,
                    "epithet_heads": WORDS,
                    "same_role": Map(WORDS),
                    "naming_verbs": WORDS,
                }
            ),
        },
        required=("pronouns", "honorifics", "titles", "roles", "names"),
    ),
    "figures.toml": Table(
        {
            **{
                key: WORDS
                for key in (
                    "qualifiers_before",
                    "qualifiers_after",
                    "duration_units",
                    "duration_measures",
                    "time_phrases_after",
                    "time_after",
                    "identifier_before",
                    "age_before",
                    "months",
                    "weekdays",
                    "vague_nouns",
                    "group_words",
                    "weak_one_nouns",
                    "figure_paragraphs",
                    "light_verbs",
                    "value_nouns",
                    "worth_words",
                    "level_verbs",
                    "level_preps",
                    "level_bounds",
                    "container_nouns",
                    "index_nouns",
                    "index_names",
                    "earner_nouns",
                    "identifier_after",
                    "reporting_verbs",
                    "speaker_verbs",
                    "carried_past",
                    "losing_verbs",
                    "losing_values",
                    "losing_measures",
                    "of_whole_nouns",
                    "of_owner_nouns",
                    "opinion_verbs",
                    "poll_words",
                    "vote_words",
                    "raising_verbs",
                    "margin_verbs",
                    "part_verbs",
                    "money_forms",
                    "tally_verbs",
                    "correction_openings",
                    "container_counts",
                    "score_words",
                    "duration_frames",
                )
            },
            "level_subjects": Map(str),
            "changes": Map(WORDS),
        },
        required=("qualifiers_before", "qualifiers_after", "level_subjects"),
    ),
    "measures.toml": Table(
        {
            "measure": Tables(
                Table(
                    {
                        "name": str,
                        "category": str,
                        "cues": WORDS,
                        "self_cues": WORDS,
                        "agent": WORDS,
                        "agent_measure": str,
                        "context_measure": str,
                        "context_cues": WORDS,
                        "unit": str,
                        "kinds": WORDS,
                        "verb_only": bool,
                        "generic": bool,
                    },
                    required=("name", "category"),
                )
            )
        },
        required=("measure",),
    ),
    "units.toml": Table(
        {
            "scales": Map(NUMBER),
            "currency_before": Map(str),
            "currency_after": Map(str),
            "measure_after": Map(str),
            "glued": Table({"units": WORDS}, required=("units",)),
            "measure_before": Map(Row(((str,), (str,)))),
            "compound": Map(Row(((str,), (str,)))),
            "plurals": Map(str),
            "dimensions": Map(str),
        },
        required=("scales", "currency_before", "currency_after", "measure_after", "glued"),
    ),
    "statements.toml": Table(
        {"status": Tables(Table({"name": str, "cues": WORDS}, required=("name", "cues")))},
        required=("status",),
    ),
    "temporal.toml": Table(
        {
            "months": Map(int),
            "weekdays": Map(int),
            "numbers": Map(int),
            "ordinals": Map(int),
            "units": Map(Row(((str,), (int,)))),
            "seasons": Map(Row(((int,), (int,), (str,)))),
            "parts": Map(Row((NUMBER, NUMBER))),
            "holidays": Map(Row(((int, str), (int,)))),
            "weekday_holidays": Map(Row(((int,), (int,), (int,)))),
            "counted_holidays": Map(Row(((int,), (int,), (int,), (int,)))),
            "cues": Table(
                {
                    "bare_time": WORDS,
                    "vague_adjectives": WORDS,
                    "not_after_vague_adjective": WORDS,
                    "vague_signals": WORDS,
                    "vague_numbers": WORDS,
                    "present_era_nouns": WORDS,
                    "not_near_bare_decade": WORDS,
                },
                required=("bare_time",),
            ),
            "deictic": Map(int),
            "tense": Table(
                {
                    key: WORDS
                    for key in (
                        "forward_aux",
                        "deadline_cues",
                        "schedule_lemmas",
                        "act_dated_with_on",
                        "span_end_cues",
                        "act_day_cues",
                        "forward_modifiers",
                        "commit_lemmas",
                        "past_aux",
                        "present_be",
                        "quantifiers",
                        "period_nouns",
                        "speech_lemmas",
                        "future_in_past_aux",
                        "time_clause_marks",
                        "status_cues",
                        "intent_lemmas",
                        "range_cues",
                        "programme_nouns",
                        "time_nouns",
                        "unplanned_events",
                        "nearest_cues",
                        "act_dated_lemmas",
                        "denied_past_aux",
                        "denial_words",
                    )
                }
            ),
            "events": Table(
                {"named_nouns": WORDS, "known_years": Map(int), "done_by": Map(WORDS)},
                required=("named_nouns", "known_years"),
            ),
            "figures": Table(
                {"count_nouns": WORDS, "year_plurals": WORDS}, required=("count_nouns",)
            ),
            "vague": Map(WORDS),
            "vague_days": Map(int),
            "sets": Map(str),
            "pattern": Tables(
                Table(
                    {
                        "name": str,
                        "kind": str,
                        "regex": str,
                        "type": str,
                        "order": str,
                        "span": str,
                        "needs": str,
                        "trigger": WORDS,
                        "requires": WORDS,
                    },
                    required=("name", "kind", "regex"),
                )
            ),
        },
        required=("months", "weekdays", "numbers", "ordinals", "parts", "tense", "pattern"),
    ),
    "topics.toml": Table(
        {
            "topic": Tables(
                Table(
                    {
                        "name": str,
                        "iptc": str,
                        "iptc_code": str,
                        "description": str,
                        "lemmas": WORDS,
                        "strong": WORDS,
                        "phrases": WORDS,
                        "entities": WORDS,
                        "entity_labels": WORDS,
                        "min_score": int,
                        "story_score": int,
                    }
                )
            )
        }
    ),
}


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
