"""The one place that defines every table's columns, types and meaning.

Extractors produce plain dicts; `frame()` turns them into DataFrames with exactly these columns in
this order, so the app, the CLI and the tests all agree on one contract. Descriptions are shown on
the Data page.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd
from pandas.io.json import ujson_dumps


@dataclass(frozen=True)
class Column:
    name: str
    dtype: str  # "int" | "float" | "str" | "list" | "date" | "object"
    description: str
    nullable: bool = True


def _cols(*specs: tuple) -> tuple[Column, ...]:
    return tuple(Column(*spec) for spec in specs)


# Columns shared by every span-bearing table: the span must slice the article text exactly.
_SPAN = (
    ("start", "int", "Character offset where the span starts in the article text.", False),
    ("end", "int", "Character offset where the span ends (exclusive).", False),
)

TABLES: dict[str, tuple[Column, ...]] = {
    "article": _cols(
        ("article_id", "str", "Content-addressed id (hash of the canonical text).", False),
        ("title", "str", "Headline.", False),
        ("published", "date", "Publication date (ISO YYYY-MM-DD), null when unknown."),
        (
            "published_source",
            "str",
            "How the date was found: user, metadata, dateline, inferred or unknown.",
            False,
        ),
        ("source", "str", "Outlet or file the article came from."),
        ("url", "str", "Original address, when known."),
        ("word_count", "int", "Words in the article text.", False),
        ("char_count", "int", "Characters in the article text.", False),
        ("reading_minutes", "float", "Reading time at 230 words per minute.", False),
        ("language", "str", "Detected language code (en when English-like)."),
    ),
    "paragraphs": _cols(
        ("paragraph_id", "int", "Position of the paragraph in the article, from 0.", False),
        (
            "kind",
            "str",
            "headline, dateline, caption, credit, subheading, body or furniture (page words "
            "inside the story: cross-headlines, links, 'Follow us'; no row is read from them).",
            False,
        ),
        ("section", "str", "Subheading the paragraph falls under ('' before the first).", False),
        *_SPAN,
        ("text", "str", "The paragraph's text (exactly text[start:end]).", False),
    ),
    "sentences": _cols(
        ("sentence_id", "int", "Position of the sentence in the article, from 0.", False),
        ("paragraph_id", "int", "Paragraph holding the sentence.", False),
        ("section", "str", "Subheading the sentence falls under.", False),
        ("paragraph_kind", "str", "Kind of the paragraph holding the sentence.", False),
        *_SPAN,
        ("text", "str", "The sentence (exactly text[start:end]).", False),
        ("topics", "list", "Topics assigned to the sentence.", False),
    ),
    "entities": _cols(
        ("entity_id", "int", "Entity number, in order of first mention.", False),
        ("name", "str", "Canonical name (longest full form used in the article).", False),
        ("label", "str", "PERSON, ORG, GPE, NORP, LOC, FAC, EVENT, ...", False),
        ("aliases", "list", "Other forms used for the same entity.", False),
        ("mentions", "int", "Number of mentions.", False),
        ("spans", "list", "[start, end] of every mention.", False),
    ),
    "quotes": _cols(
        ("quote_id", "int", "Quote number, in text order.", False),
        ("speaker", "str", "Canonical speaker, null when unresolved."),
        ("speaker_mention", "str", "The words naming the speaker nearest the quote (e.g. 'He')."),
        ("speaker_start", "int", "Start of the speaker mention, null when none."),
        ("speaker_end", "int", "End of the speaker mention, null when none."),
        ("speaker_kind", "str", "person, organization or unknown.", False),
        ("role", "str", "Title or role given to the speaker (e.g. 'Kremlin spokesman')."),
        (
            "confidence",
            "str",
            "How sure the speaker is: explicit (named in the statement's own clause: 'Peskov "
            "said'), resolved (the clause has a pronoun, role, acronym or document resolved to a "
            "speaker named elsewhere: 'he said', 'the minister said'), inferred (no mention in "
            "the clause: a quote continuing the speaker of its paragraph or the one before, "
            "or a statement no rule found a speaker for, given the speaker named in the three "
            "sentences before it), none (no speaker).",
            False,
        ),
        ("kind", "str", "direct, indirect or partial.", False),
        ("text", "str", "The quoted or reported words, without quote marks.", False),
        *_SPAN,
        ("cue", "str", "The reporting verb or phrase (said, told reporters, according to)."),
        ("sentence_id", "int", "Sentence where the quote starts.", False),
        ("topics", "list", "Topics of the quote.", False),
    ),
    "facts": _cols(
        ("fact_id", "int", "Fact number, in text order.", False),
        ("kind", "str", "figure or statement.", False),
        ("value", "float", "Numeric value of a figure (null for statements)."),
        ("value_text", "str", "The number as written (e.g. '137', 'four', 'a dozen')."),
        (
            "qualifier",
            "str",
            "at least, more than, about, nearly, up to, or more ... ('' when exact).",
        ),
        ("unit", "str", "What is counted: people, seats, men, dollars, percent ..."),
        (
            "measure",
            "str",
            "What the figure counts or measures, at most about six words: a measure named in"
            " data/measures.toml (killed, revenue, prison sentence) or a noun phrase of the"
            " article's own words (crop yields, children who are iodine deficient); never a"
            " change word ('' when the article does not say).",
        ),
        (
            "subject",
            "str",
            "Whose quantity it is where the article says: a country, company, group or person"
            " (United States, Acme); '' otherwise.",
        ),
        (
            "change",
            "str",
            "What the number says about the measure: level (an amount), increase, decrease,"
            " share (part of a whole: '40%' of them, 'half of', 'one in four'), difference"
            " (a lead or margin) or range ('between 8 and 9')."
            " Empty for statements.",
        ),
        ("source", "str", "Who asserts it: the outlet or the quoted/reporting speaker.", False),
        ("status", "str", "reported, attributed, unverified or claimed.", False),
        ("text", "str", "The figure's words or the statement (exactly text[start:end]).", False),
        *_SPAN,
        ("sentence_id", "int", "Sentence holding the fact.", False),
        ("topics", "list", "Topics of the fact.", False),
    ),
    "timeline": _cols(
        ("event_id", "int", "Event number, in text order.", False),
        (
            "date",
            "date",
            "Resolved date (ISO YYYY-MM-DD; first day for month/year precision; for approx, the "
            "middle of a vague period: 'last week', 'the 1980s').",
            False,
        ),
        (
            "date_end",
            "date",
            "Last day of the range the expression allows (same as date for a day).",
        ),
        ("precision", "str", "day, week, month, year or approx.", False),
        (
            "date_text",
            "str",
            "The temporal expression as written (exactly text[start:end]).",
            False,
        ),
        *_SPAN,
        (
            "anchor",
            "str",
            "What it was resolved against: publication, explicit, or an event.",
            False,
        ),
        ("resolution", "str", "How the date was worked out, in words."),
        ("event", "str", "Short description of what happened.", False),
        ("actors", "list", "Entities in the event's sentence.", False),
        ("sentence_id", "int", "Sentence holding the expression.", False),
        ("topics", "list", "Topics of the event.", False),
    ),
    "timexes": _cols(
        ("timex_id", "int", "Expression number, in text order.", False),
        ("text", "str", "The temporal expression as written (exactly text[start:end]).", False),
        *_SPAN,
        (
            "type",
            "str",
            "TimeML type: DATE (a day, week, month, season, year ...; 'Sunday night' too, as "
            "TimeBank writes it, with its part of day in the value: 2024-03-24TNI), TIME (a clock "
            "time: '2.40 PM'), DURATION (a length of time: 'for three years') or SET (a "
            "recurrence: 'every week').",
            False,
        ),
        (
            "value",
            "str",
            "TimeML value: a calendar value (2024-03-22, 2024-03, 2024, 2024-W12, 2024-Q1), a "
            "season (2024-WI), a decade (199) or century (19), PRESENT_REF / PAST_REF / FUTURE_REF "
            "for 'now', 'recently', 'soon', a duration (P3Y, P2W, PT2H), or X for what the text "
            "leaves open (XXXX-03: a March of an unknown year).",
            False,
        ),
        (
            "status",
            "str",
            "dated (a calendar date or range: on the timeline when it dates an event), undated "
            "(a duration, recurrence or vague reference with no calendar date) or unresolved "
            "(relative to a publication date that is unknown: give the date to resolve it).",
            False,
        ),
        ("date", "date", "First day of the calendar range (ISO), null when there is none."),
        ("date_end", "date", "Last day of the calendar range, null when there is none."),
        ("precision", "str", "day, week, month, year or approx ('' when undated).", False),
        (
            "anchor",
            "str",
            "What it was resolved against: explicit, publication, a statement or an event; "
            "'none' when nothing in reach dates it.",
            False,
        ),
        ("resolution", "str", "How the value was worked out, in words."),
        ("event_id", "int", "The timeline row it dates (null when not on the timeline)."),
        ("sentence_id", "int", "Sentence holding the expression.", False),
    ),
    "speakers": _cols(
        ("speaker", "str", "Canonical speaker name.", False),
        ("speaker_kind", "str", "person, organization or unknown.", False),
        ("role", "str", "Title or role the article gives the speaker."),
        (
            "aliases",
            "list",
            "Other ways the article names the speaker (surname, pronouns excluded).",
            False,
        ),
        ("quotes", "int", "Number of quotes attributed to the speaker.", False),
        ("direct", "int", "Direct quotes.", False),
        ("indirect", "int", "Indirect (reported) statements.", False),
        ("partial", "int", "Partial quotes.", False),
        ("first_start", "int", "Offset of the speaker's first quote.", False),
    ),
}

TABLE_DESCRIPTIONS: dict[str, str] = {
    "article": "One row describing the article.",
    "paragraphs": "The article's paragraphs with their structural kind.",
    "sentences": "Every sentence, with its paragraph, section and topics.",
    "entities": "People, organisations and places, merged across their mentions.",
    "quotes": "Direct, indirect and partial quotes with their resolved speaker.",
    "facts": "Figures (numbers with what they count) and statements with who asserts them.",
    "timeline": "Temporal expressions resolved to calendar dates, and the events they date.",
    "timexes": "Every temporal expression with its TimeML type and value, dated or not.",
    "speakers": "Everyone quoted, with role, aliases and how often they speak.",
}

# Span tables and the column that must equal text[start:end].
SPAN_TEXT = {
    "paragraphs": "text",
    "sentences": "text",
    "quotes": "text",
    "facts": "text",
    "timeline": "date_text",
    "timexes": "text",
}

_EMPTY_DEFAULTS = {"list": list}


def columns(table: str) -> list[str]:
    return [c.name for c in TABLES[table]]


def list_columns(table: str) -> list[str]:
    return [c.name for c in TABLES[table] if c.dtype == "list"]


_PANDAS_DTYPES = {"int": "Int64", "float": "Float64"}


def _masked_array(values: list, dtype: str):
    """An Int64/Float64 column built from its numbers and a missing-value mask: several times
    cheaper than `pd.array`'s type inference, which dominated small tables. Anything that is not
    plainly a number of the column's kind goes through `pd.array`, with its checks."""
    mask = np.array([v is None or v is pd.NA or v != v for v in values], dtype=bool)
    present = [v for v, m in zip(values, mask, strict=True) if not m]
    if dtype == "int" and all(type(v) is int or isinstance(v, np.integer) for v in present):
        data = np.array([0 if m else v for v, m in zip(values, mask, strict=True)], np.int64)
        return pd.arrays.IntegerArray(data, mask)
    if dtype == "float" and all(isinstance(v, int | float | np.number) for v in present):
        data = np.array([0.0 if m else v for v, m in zip(values, mask, strict=True)], np.float64)
        return pd.arrays.FloatingArray(data, mask)
    return pd.array(values, dtype=_PANDAS_DTYPES[dtype])


def _inferred_str_dtype():
    """The dtype pandas gives a column of Python strings (its `str` dtype since pandas 3), or None
    when it keeps them as objects: `frame` builds such columns in that dtype directly."""
    dtype = pd.DataFrame({"x": np.array(["a", None], dtype=object)})["x"].dtype
    return dtype if isinstance(dtype, pd.StringDtype) else None


_STR_DTYPE = _inferred_str_dtype()


def _column(values: list, dtype: str):
    """One column's array, in the dtype pandas would infer for it from plain objects."""
    if dtype in _PANDAS_DTYPES:
        return _masked_array(values, dtype)
    if dtype in _EMPTY_DEFAULTS:
        values = [_EMPTY_DEFAULTS[dtype]() if v is None else v for v in values]
    elif _STR_DTYPE is not None and _strings(values):
        # What inference makes of strings and Nones, without inferring (a third of a table's
        # cost): the same dtype, None read as its missing value.
        return pd.array(values, dtype=_STR_DTYPE)
    column = np.empty(len(values), dtype=object)
    for i, value in enumerate(values):  # element-wise: lists must stay list cells
        column[i] = value
    return column


def _strings(values: list) -> bool:
    """Only strings and Nones, at least one string (all Nones stay an object column)."""
    seen = False
    for v in values:
        if type(v) is str:
            seen = True
        elif v is not None:
            return False
    return seen


def frame(table: str, rows: Iterable[Mapping]) -> pd.DataFrame:
    """Build a table from row dicts: exact columns in schema order, unknown keys rejected.

    Built column by column in one go (no per-column re-casting, no type inference where the
    column's kind says what pandas would infer): it runs for every table of every article, so it
    must stay cheap next to the parse.
    """
    spec = TABLES[table]
    names = {c.name for c in spec}
    rows = list(rows)
    for row in rows:
        extra = row.keys() - names
        if extra:
            raise KeyError(f"{table}: unknown column(s) {sorted(extra)}")
    data = {col.name: _column([row.get(col.name) for row in rows], col.dtype) for col in spec}
    return pd.DataFrame(data, copy=False)  # the keys are the columns in schema order; all new


def records_json(table: str, rows: Iterable[Mapping]) -> str:
    """The JSON `frame(table, rows).to_json(orient="records", date_format="iso",
    force_ascii=False)` returns, made from the rows without building the frame.

    The batch path stores every table of every article in this form, and the frame cost more than
    the rest of its serialisation: each value is put in the form the frame's column would give it
    (numbers of an int or float column as int or float, missing values as null, a missing list as
    []) and written by the same encoder pandas uses, so the text is the same to the byte. A value
    this does not know how to place (not a plain number, string or list) sends the table through
    the frame instead, with its checks.
    """
    spec = TABLES[table]
    names = {c.name for c in spec}
    rows = list(rows)
    records = []
    for row in rows:
        extra = row.keys() - names
        if extra:
            raise KeyError(f"{table}: unknown column(s) {sorted(extra)}")
        records.append({c.name: row.get(c.name) for c in spec})
    for col in spec:
        if not _plain_json_column(records, col):
            return frame(table, rows).to_json(
                orient="records", date_format="iso", force_ascii=False
            )
    return ujson_dumps(records, ensure_ascii=False, double_precision=10)


def _plain_json_column(records: list[dict], col: Column) -> bool:
    """Put one column's values in `records` in the form its frame column writes them; False
    (records partly changed) when a value needs the frame's own conversion."""
    name = col.name
    if col.dtype in _PANDAS_DTYPES:
        kind = int if col.dtype == "int" else float
        for record in records:
            v = record[name]
            if v is None or v is pd.NA or v != v:
                record[name] = None
            elif type(v) is int or type(v) is float or isinstance(v, np.integer | np.floating):
                if kind is int and not float(v).is_integer():
                    return False
                record[name] = kind(v)
            else:
                return False
        return True
    if col.dtype == "list":
        for record in records:
            v = record[name]
            if v is None:
                record[name] = []
            elif type(v) not in (list, tuple) or not all(_plain(x) for x in v):
                return False
        return True
    return all(record[name] is None or type(record[name]) is str for record in records)


def _plain(value) -> bool:
    """A value the encoder writes the same whatever column holds it (spans are lists of pairs)."""
    if type(value) in (list, tuple):
        return all(_plain(x) for x in value)
    return value is None or type(value) in (str, int, float, bool)


def validate(table: str, df: pd.DataFrame, text: str | None = None) -> list[str]:
    """Return a list of contract violations (empty when the table is valid)."""
    problems = []
    if list(df.columns) != columns(table):
        problems.append(f"{table}: columns {list(df.columns)} != {columns(table)}")
        return problems
    for col in TABLES[table]:
        if not col.nullable and df[col.name].isna().any():
            problems.append(f"{table}.{col.name}: null in a non-null column")
    if text is not None and table in SPAN_TEXT:
        words = SPAN_TEXT[table]
        for row in df.itertuples(index=False):
            start, end, said = row.start, row.end, getattr(row, words)
            if not (0 <= start <= end <= len(text)):
                problems.append(f"{table}: bad span {start}:{end}")
            elif text[start:end] != said:
                problems.append(f"{table}: text[{start}:{end}] != {said!r}")
    if table == "quotes" and text is not None:
        for row in df.itertuples(index=False):
            if (
                pd.notna(row.speaker_start)
                and text[row.speaker_start : row.speaker_end] != row.speaker_mention
            ):
                problems.append(f"quotes: speaker span != {row.speaker_mention!r}")
    return problems
