"""What the pages share and can test without a browser: filters, colours, legends, chart frames.

Pages stay thin: they read the sidebar's choices, call these functions on the tables of
`lib.pipeline.analyze`, and render. Nothing here imports streamlit, and nothing here builds HTML
(that is `app.render`, which escapes every piece of article text).
"""

from __future__ import annotations

import dataclasses
import html
import io
import re
import zipfile
from dataclasses import dataclass
from datetime import date, timedelta

import pandas as pd

from lib.facts import extract as facts
from lib.quotes.lexicon import lexicon
from lib.quotes.speakers.table import speakers_table

# Okabe-Ito and Tol colours: distinguishable with the common colour-vision deficiencies, and
# readable as text/borders on both the light and the dark theme.
# Twenty colours before one repeats (Okabe-Ito, Tol's muted and vibrant sets).
SPEAKER_PALETTE = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#CC79A7",
    "#D55E00",
    "#56B4E9",
    "#AA4499",
    "#44AA99",
    "#999933",
    "#882255",
    "#6699CC",
    "#DDCC77",
    "#332288",
    "#117733",
    "#EE7733",
    "#33BBEE",
    "#EE3377",
    "#661100",
    "#888800",
    "#AA3377",
)
UNATTRIBUTED = "Unattributed"
UNATTRIBUTED_COLOR = "#8C8C8C"
NO_LANE = "No one named"
NO_TOPIC_LANE = "No topic"
# Which named things may head an actor lane, best first: a speaker, then a person, an
# organisation, a place. Nationalities and other adjectives (NORP: "Russian") never do.
LANE_LABELS = ("PERSON", "ORG", "GPE", "LOC", "FAC")

# Reader layers: label shown to users, and how each mark is drawn besides its colour.
LAYERS: dict[str, str] = {
    "quotes": "Quotes",
    "figures": "Figures",
    "dates": "Dates",
    "entities": "names",
}
# The sidebar's layer toggles (short words, because they also appear in links: ?layers=Dates).
LAYER_OPTIONS: dict[str, str] = {
    "Quotes": "quotes",
    "Figures": "figures",
    "Dates": "dates",
    "Names": "entities",
}
DEFAULT_LAYER_OPTIONS = ("Quotes", "Figures", "Dates")
FURNITURE_LABEL = "Page furniture, not analysed"
LAYER_STYLE = {
    "quotes": "solid border under the words, tinted in the speaker's colour",
    "figures": "double underline",
    "dates": "dashed underline",
    "entities": "dotted underline",
}
ENTITY_GROUPS = {
    "PERSON": "person",
    "ORG": "organisation",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
}
QUOTE_KINDS = ("direct", "indirect", "partial")

# Qualifiers as a reader scans them on a card: "at least 137" -> "≥ 137".
QUALIFIER_SIGNS = {
    "at least": "≥",
    "no fewer than": "≥",
    "more than": ">",
    "over": ">",
    "upwards of": ">",
    "up to": "≤",
    "at most": "≤",
    "no more than": "≤",
    "fewer than": "<",
    "less than": "<",
    "under": "<",
    "about": "≈",
    "around": "≈",
    "approximately": "≈",
    "roughly": "≈",
    "some": "≈",
    "nearly": "almost",
    "almost": "almost",
}
PUBLISHED_HOW = {
    "user": "entered by the user",
    "metadata": "from the article's metadata",
    "dateline": "from the article's dateline",
    "inferred": "inferred from the text",
    "unknown": "not found",
}
DATE_PRECISION_DAYS = {"week": 6, "month": 30, "year": 364}


@dataclass(frozen=True)
class Filters:
    """The sidebar's speaker and topic choice (None = everything)."""

    speaker: str | None = None
    topic: str | None = None

    @property
    def active(self) -> bool:
        return bool(self.speaker or self.topic)

    def describe(self) -> str:
        parts = []
        if self.speaker:
            parts.append(f"speaker {self.speaker}")
        if self.topic:
            parts.append(f"topic {self.topic}")
        return " and ".join(parts)


# ----------------------------------------------------------------------------- small helpers


def plural(n: int, noun: str) -> str:
    """'1 dated mention', '7 dated mentions': a count a reader reads, never 'mention(s)'."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


def present(value) -> bool:
    """True for a real value; False for None, NaN, pd.NA and ''."""
    if value is None:
        return False
    if isinstance(value, (list, tuple, dict)):
        return True
    try:
        if pd.isna(value):
            return False
    except (TypeError, ValueError):
        return True
    return value != ""


def text_or(value, default: str = "") -> str:
    return str(value) if present(value) else default


def as_list(value) -> list:
    if isinstance(value, (list, tuple)):
        return list(value)
    if hasattr(value, "tolist"):
        return list(value.tolist())
    return []


_MARKDOWN_SPECIAL = set("\\`*_{}[]()<>#+-.!|~$:")


def md_escape(s: str) -> str:
    """Article text in a widget label (labels render Markdown): show it literally."""
    return "".join("\\" + ch if ch in _MARKDOWN_SPECIAL else ch for ch in s)


def speaker_label(value) -> str:
    return text_or(value, UNATTRIBUTED)


DOUBTFUL = ("resolved", "inferred")  # `quotes.confidence` values whose speaker is worth a check
MENTION_WIDTH = 24


def doubt_line(quotes: pd.DataFrame) -> str:
    """How many of these quotes have a speaker worth checking (see `speaker_doubt`), for the
    Quotes page's count line; '' when every speaker is named in its own sentence."""
    if quotes.empty:
        return ""
    named = quotes["speaker"].map(present)
    counts = quotes[named]["confidence"].value_counts()
    inferred, resolved = int(counts.get("inferred", 0)), int(counts.get("resolved", 0))
    parts = [f"{inferred} with the speaker inferred"] if inferred else []
    if resolved:
        parts.append(f"{resolved} with the speaker named only by a pronoun or role")
    return f"{' and '.join(parts)}: dashed badges, check before citing." if parts else ""


def speaker_check_line(summary_row: dict) -> str:
    """How many of one speaker's quotes to check before citing (`speaker_summary` counts),
    plain text; '' when the speaker is named in every one of them."""
    parts = []
    if summary_row.get("inferred"):
        parts.append(f"{summary_row['inferred']} with the speaker inferred, not named")
    if summary_row.get("via"):
        parts.append(f"{summary_row['via']} named only by a pronoun or role")
    return f"{', '.join(parts)}: check before citing" if parts else ""


def speaker_doubt(quote: dict) -> tuple[str, str] | None:
    """(badge, explanation) when a quote's speaker is not named in its own clause, else None.

    A journalist checks these before citing: `resolved` means the clause says "he", "the
    minister" and the speaker was matched to a name elsewhere; `inferred` means nothing in the
    clause names anyone and the speaker was carried over from the quotes around it (the riskier
    guess). A named (`explicit`) speaker needs no mark, and an unattributed quote says so already.
    Plain text: the pages escape it.
    """
    how = text_or(quote.get("confidence"))
    if how not in DOUBTFUL or not present(quote.get("speaker")):
        return None
    who = speaker_label(quote.get("speaker"))
    if how == "inferred":
        return (
            "speaker inferred",
            f"No one is named in this sentence: {who} is carried over from the quotes around it. "
            "Check before citing.",
        )
    mention = text_or(quote.get("speaker_mention"))
    shown = _short(mention, MENTION_WIDTH) if mention else "a pronoun"
    return (
        f"speaker via “{shown}”",
        f"The sentence names the speaker only as “{mention or 'a pronoun or role'}”, matched to "
        f"{who} named elsewhere in the article. Check before citing.",
    )


# ----------------------------------------------------------------------------- options, colours


def speaker_variants(speakers: pd.DataFrame) -> dict[str, str]:
    """Names that are variants of another speaker's name -> that speaker.

    Two names are variants when they differ only in case ("Prosecutors" / "prosecutors"), when
    one is among the other's aliases, or when one is the other without its first words
    ("Figgins" for "Montell Figgins", "prosecutors" for "Federal prosecutors") and exactly one
    speaker ends that way. The fuller name is kept; between equals, the more quoted one.
    """
    names = [str(n) for n in speakers["speaker"] if present(n)]
    order = {n: i for i, n in enumerate(names)}
    aliases = {
        str(n): {str(x).lower() for x in as_list(a)}
        for n, a in zip(speakers["speaker"], speakers["aliases"], strict=True)
    }

    def fuller(a: str, b: str) -> str:
        return min(a, b, key=lambda n: (-len(n.split()), order[n]))

    out: dict[str, str] = {}
    for a in names:
        low = a.lower()
        longer = [b for b in names if b != a and b.lower().endswith(" " + low)]
        for b in names:
            if b == a:
                continue
            related = (
                b.lower() == low
                or low in aliases.get(b, set())
                or b.lower() in aliases.get(a, set())
                or longer == [b]
            )
            if related and fuller(a, b) == b:
                out.setdefault(a, b)
    for name in out:  # a chain of variants ends at one name
        seen = {name}
        while out[name] in out and out[out[name]] not in seen:
            seen.add(out[name])
            out[name] = out[out[name]]
    return out


def merge_speaker_variants(tables):
    """The tables with each speaker's variants folded into one name (quotes, facts' sources,
    timeline actors), and the speakers table rebuilt from the merged quotes."""
    variants = speaker_variants(tables.speakers)
    if not variants:
        return tables

    def one(name):
        return variants.get(name, name) if isinstance(name, str) else name

    quotes = tables.quotes.assign(speaker=tables.quotes["speaker"].map(one))
    facts_ = tables.facts.assign(source=tables.facts["source"].map(one))
    timeline = tables.timeline.assign(
        actors=tables.timeline["actors"].map(
            lambda a: list(dict.fromkeys(one(x) for x in as_list(a)))
        )
    )
    return dataclasses.replace(
        tables, quotes=quotes, facts=facts_, timeline=timeline, speakers=speakers_table(quotes)
    )


def speaker_options(tables) -> list[str]:
    """Speakers in the speakers table's order (most quoted first)."""
    return [str(s) for s in tables.speakers["speaker"] if present(s)]


def topic_options(tables) -> list[str]:
    """Every topic used by any row, most frequent first (ties alphabetical)."""
    counts: dict[str, int] = {}
    for name in ("sentences", "quotes", "facts", "timeline"):
        for topics in tables.tables()[name]["topics"]:
            for topic in as_list(topics):
                counts[str(topic)] = counts.get(str(topic), 0) + 1
    return sorted(counts, key=lambda t: (-counts[t], t))


def speaker_colors(tables) -> dict[str, str]:
    """One colour per speaker, the same on every page (assigned in speakers-table order)."""
    colors = {
        s: SPEAKER_PALETTE[i % len(SPEAKER_PALETTE)] for i, s in enumerate(speaker_options(tables))
    }
    colors[UNATTRIBUTED] = UNATTRIBUTED_COLOR
    return colors


def speaker_color(colors: dict[str, str], speaker) -> str:
    return colors.get(speaker_label(speaker), UNATTRIBUTED_COLOR)


# ----------------------------------------------------------------------------- filtering


def _quote_spans(quotes: pd.DataFrame, speaker: str) -> list[tuple[int, int]]:
    mine = quotes[quotes["speaker"] == speaker] if len(quotes) else quotes
    return [(int(s), int(e)) for s, e in zip(mine["start"], mine["end"], strict=True)]


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def _speaker_mask(df: pd.DataFrame, table: str, speaker: str, quotes: pd.DataFrame) -> pd.Series:
    """Rows belonging to `speaker`: their quotes, what they assert, what is said inside them."""
    spans = _quote_spans(quotes, speaker)
    inside = pd.Series(
        [_inside(int(s), int(e), spans) for s, e in zip(df["start"], df["end"], strict=True)],
        index=df.index,
        dtype=bool,
    )
    if table == "quotes":
        return df["speaker"].eq(speaker).fillna(False).astype(bool)
    if table == "facts":
        return df["source"].eq(speaker).fillna(False).astype(bool) | inside
    if table == "timeline":
        named = df["actors"].map(lambda actors: speaker in as_list(actors)).astype(bool)
        return named | inside
    return inside


def match_mask(df: pd.DataFrame, table: str, filters: Filters, quotes: pd.DataFrame) -> pd.Series:
    """Boolean mask of the rows of a span table that match the speaker and topic filters."""
    mask = pd.Series(True, index=df.index, dtype=bool)
    if df.empty:
        return mask
    if filters.speaker:
        mask &= _speaker_mask(df, table, filters.speaker, quotes)
    if filters.topic and "topics" in df.columns:
        mask &= df["topics"].map(lambda topics: filters.topic in as_list(topics)).astype(bool)
    return mask


def filter_table(tables, table: str, filters: Filters) -> pd.DataFrame:
    df = tables.tables()[table]
    return df[match_mask(df, table, filters, tables.quotes)]


def kinds_note(kinds, of_kinds: pd.DataFrame) -> str:
    """Why the Quotes page shows nothing because of its kind pills ('' when it is not):
    no kind chosen, or none of the article's quotes of the kinds chosen."""
    if not kinds:
        return "No kind of quote is chosen: pick one or more above."
    if of_kinds.empty:
        return f"This article has no {' or '.join(kinds)} quotes: pick another kind above."
    return ""


def quotes_of_kinds(quotes: pd.DataFrame, kinds) -> pd.DataFrame:
    kinds = list(kinds or [])
    return quotes[quotes["kind"].isin(kinds)] if len(quotes) else quotes


def match_counts(tables, filters: Filters) -> dict[str, tuple[int, int]]:
    """(matching, total) per span table, for the 'showing 3 of 12 quotes' line."""
    out = {}
    for table in ("quotes", "facts", "timeline", "sentences"):
        df = tables.tables()[table]
        out[table] = (int(match_mask(df, table, filters, tables.quotes).sum()), len(df))
    return out


def no_match_line(tables, filters: Filters, table: str, rows: pd.DataFrame, noun: str) -> str:
    """Why a filtered list is empty: how many `rows` (of span table `table`) there are, and with
    a speaker and a topic both chosen, what each gives on its own, so the reader sees which
    filter to drop ('speaker X alone: 1; topic Y alone: 0')."""
    if len(rows) == 1:
        line = f"The one {noun} does not match {filters.describe()}."
    else:
        line = f"None of the {plural(len(rows), noun)} matches {filters.describe()}."
    if filters.speaker and filters.topic:
        alone = [
            f"{one.describe()} alone: {int(match_mask(rows, table, one, tables.quotes).sum())}"
            for one in (Filters(speaker=filters.speaker), Filters(topic=filters.topic))
        ]
        both = "; ".join(alone)
        line += f" {both[0].upper()}{both[1:]}."
    return line


def nothing_matches(counts: dict[str, tuple[int, int]]) -> bool:
    """True when the filters leave no quote, fact, date or sentence (`match_counts`)."""
    return not any(matching for matching, _ in counts.values())


def counts_line(counts: dict[str, tuple[int, int]]) -> str:
    names = {"quotes": "quotes", "facts": "facts", "timeline": "dates", "sentences": "sentences"}
    return " · ".join(f"{m} of {t} {names[k]}" for k, (m, t) in counts.items())


# ----------------------------------------------------------------------------- overview pieces


def published_line(info: dict) -> str:
    how = PUBLISHED_HOW.get(text_or(info.get("published_source"), "unknown"), "")
    if not present(info.get("published")):
        return "Publication date unknown (not found in the text or metadata)"
    return f"Published {info['published']} ({how})"


PASTED_NAME = "pasted.txt"  # the file name a pasted article is read (and saved) under
FILE_SUFFIXES = (".txt", ".md", ".html", ".htm")


def outlet(info: dict) -> str:
    """The article's outlet, '' when the source is only the file it was read from (a pasted
    text is 'pasted.txt'): a citation names an outlet, never a file name."""
    source = text_or(info.get("source"))
    return "" if source == PASTED_NAME or source.lower().endswith(FILE_SUFFIXES) else source


def source_line(info: dict) -> str:
    """Where the article comes from: its outlet, else what the reader gave (never 'pasted.txt')."""
    source = text_or(info.get("source"))
    if not source:
        return "Source unknown"
    if source == PASTED_NAME:
        return "Pasted text (no outlet given)"
    if source.lower().endswith(FILE_SUFFIXES):
        return f"From the file {source} (no outlet given)"
    return f"Source: {source}"


def date_unknown(info: dict) -> bool:
    """No publication date from the reader, the metadata or the text."""
    return not present(info.get("published"))


def unresolved_dates(tables) -> pd.DataFrame:
    """Relative dates ('on Tuesday', 'last week') that wait for the publication date: the
    timexes rows with status 'unresolved', as (expression, sentence) in text order."""
    timexes = getattr(tables, "timexes", None)
    if timexes is None or timexes.empty:
        return pd.DataFrame(columns=["Expression", "Sentence"])
    rows = timexes[timexes["status"] == "unresolved"]
    sentences = tables.sentences.set_index("sentence_id")["text"]
    return pd.DataFrame(
        {
            "Expression": rows["text"].tolist(),
            "Sentence": [sentences.get(i, "") for i in rows["sentence_id"]],
        }
    )


def unknown_date_notice(tables) -> str:
    """What the reader should know when the publication date is unknown (plain text)."""
    n = len(unresolved_dates(tables))
    waiting = (
        f" {n} relative date{'s' if n != 1 else ''} (such as 'on Tuesday' or 'last week') "
        f"{'are' if n != 1 else 'is'} listed as unresolved instead of placed on the timeline."
        if n
        else ""
    )
    return f"The publication date is unknown: {_why_no_date(tables)}.{waiting} Give the date to place every date relative to it."


def _why_no_date(tables) -> str:
    """Why no publication date was found: no dateline at all, or one that gives no year (a
    wire story pasted without its page: "DHAKA, July 14 (Reuters) -"), quoted so the reader
    sees what the text does give."""
    p = tables.paragraphs
    datelines = [str(t) for t in p[p["kind"] == "dateline"]["text"]] if not p.empty else []
    if datelines:
        line = _short(" ".join(datelines[0].split()), 60)
        return f"the dateline “{line}” gives no full date and no metadata gives it"
    return "the text has no dateline and no metadata gives it"


def reader_date_line(tables) -> str:
    """The Reader's one line when the publication date is unknown and relative dates wait for
    it (they are not marked in the text): how many, the first few as written, where to give
    the date. Plain text (it quotes the article); '' when nothing waits."""
    if not date_unknown(tables.info()):
        return ""
    waiting = unresolved_dates(tables)
    if waiting.empty:
        return ""
    shown = list(dict.fromkeys(str(x) for x in waiting["Expression"]))
    named = ", ".join(f"“{x}”" for x in shown[:3]) + (", …" if len(shown) > 3 else "")
    n = len(waiting)
    return (
        f"{plural(n, 'relative date')} ({named}) {'are' if n != 1 else 'is'} not marked: "
        "the publication date is unknown."
    )


NO_DATES = "No dates found in this article."


def no_dates_message(tables) -> str:
    """Why the timeline is empty: no dates at all, or relative dates ('on Tuesday') waiting for
    the publication date, which a pasted story usually lacks. Counts only, no article text."""
    n = len(unresolved_dates(tables))
    if not n:
        return NO_DATES
    dates = f"{n} relative date{'s' if n != 1 else ''}"
    return (
        f"No date can be placed yet: {dates} (such as 'on Tuesday' or 'last week') "
        f"{'wait' if n != 1 else 'waits'} for the publication date. Give it above to build the timeline."
    )


def progress_line(size: int, elapsed: float, estimate: float | None) -> str:
    """How far a running analysis is: its size, the time so far and, once earlier analyses
    gave the speed, the time left (plain text)."""
    so_far = f"{size / 1000:,.0f} kB, {elapsed:.0f} s so far"
    if estimate is None:
        return f"{so_far}; Cancel stops it."
    left = estimate - elapsed
    if left < 1:
        return f"{so_far}; longer than the analyses before it took. Cancel stops it."
    return f"{so_far}, about {_duration(left)} left; Cancel stops it."


def ready_line(title: str) -> str:
    """What the main area says once a new article is read but not opened yet (plain text)."""
    return (
        f"“{text_or(title, 'Untitled article')}” is read: check its title and publication date "
        "under Add an article in the sidebar, then press Open (or Save to library)."
    )


def _duration(seconds: float) -> str:
    return f"{seconds:.0f} s" if seconds < 90 else f"{seconds / 60:.0f} min"


def reading_line(info: dict) -> str:
    minutes = float(info.get("reading_minutes") or 0)
    shown = "under a minute" if minutes < 1 else f"{minutes:.0f} min read"
    return f"{int(info.get('word_count') or 0):,} words · {shown}"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def glance_line(tables) -> str:
    """The story at a glance, under its title: quotes and speakers (how many to check), figures,
    dates and the span they cover (and those waiting for the publication date). Plain text."""
    q = tables.quotes
    speakers = len(speaker_options(tables))
    quotes = (
        f"{_plural(len(q), 'quote')} from {_plural(speakers, 'speaker')}" if len(q) else "no quotes"
    )
    inferred = int((q["confidence"] == "inferred").sum()) if len(q) else 0
    via = int((q["confidence"] == "resolved").sum()) if len(q) else 0
    doubts = [f"{inferred} with the speaker inferred"] if inferred else []
    if via:
        doubts.append(f"{via} named only by a pronoun or role")
    if doubts:
        quotes += f" ({', '.join(doubts)})"
    f = tables.facts
    figures = int((f["kind"] == "figure").sum()) if len(f) else 0
    parts = [quotes, _plural(figures, "figure") if figures else "no figures"]
    days = pd.to_datetime(tables.timeline["date"], errors="coerce").dropna()
    dates = _plural(len(tables.timeline), "date") if len(tables.timeline) else "no dates"
    if len(days):
        first, last = days.min().strftime("%b %Y"), days.max().strftime("%b %Y")
        dates += f", {first}" if first == last else f", {first} to {last}"
    waiting = len(unresolved_dates(tables))
    if waiting:
        dates += f" ({waiting} waiting for the publication date)"
    return "At a glance: " + " · ".join([*parts, dates])


def qualifier_sign(qualifier) -> str:
    q = text_or(qualifier).strip().lower()
    return QUALIFIER_SIGNS.get(q, q)


NO_MEASURE = facts.NO_MEASURE  # what the figures table says when the article does not


def figure_value(row) -> str:
    """'≥ 137' from qualifier 'at least' and value_text '137'; 'down 25%' for a decrease."""
    number = text_or(row.get("value_text")) or _plain_number(row.get("value"))
    sign = qualifier_sign(row.get("qualifier"))
    return " ".join(w for w in (facts.change_sign(row), sign, number) if w)


def figure_label(row) -> str:
    """What the figure counts and whose, for cards and hovers: 'people killed', 'capacity
    (seats)', 'crop yields (United States)'; 'measure not stated' when the article says not."""
    return facts.figure_heading(row)


def figure_sentence(row) -> str:
    """The figure as a sentence: 'Crop yields (United States): down 25% — per the researchers'."""
    return facts.figure_sentence(row)


def _plain_number(value) -> str:
    if not present(value):
        return ""
    value = float(value)
    return f"{value:,.0f}" if value.is_integer() else f"{value:,g}"


def key_figures(tables, n: int = 4, filters: Filters | None = None) -> pd.DataFrame:
    """The headline figures, ranked by `lib.facts.extract.key_figures` (casualties, then
    headline numbers), among those that match the filters."""
    headline = tables.paragraphs[tables.paragraphs["kind"] == "headline"]
    headline_end = int(headline["end"].max()) if len(headline) else None
    found = tables.facts
    if filters is not None and filters.active and len(found):
        found = found[match_mask(found, "facts", filters, tables.quotes)]
    return facts.key_figures(found, n=n, headline_end=headline_end).head(n)


def speaker_summary(tables, colors: dict[str, str]) -> list[dict]:
    """Who speaks and how often, for the overview and the legend."""
    rows = []
    q = tables.quotes
    inferred, via = (
        (q[q["confidence"] == how]["speaker"].value_counts().to_dict() if len(q) else {})
        for how in ("inferred", "resolved")
    )
    for r in tables.speakers.to_dict("records"):
        rows.append(
            {
                "speaker": r["speaker"],
                "role": text_or(r.get("role")),
                "aliases": [str(a) for a in as_list(r.get("aliases"))],
                "kind": text_or(r.get("speaker_kind")),
                "quotes": int(r["quotes"]),
                "direct": int(r["direct"]),
                "indirect": int(r["indirect"]),
                "partial": int(r["partial"]),
                "color": colors.get(r["speaker"], UNATTRIBUTED_COLOR),
                "inferred": int(inferred.get(r["speaker"], 0)),
                "via": int(via.get(r["speaker"], 0)),  # named only by a pronoun or role
            }
        )
    unattributed = int(tables.quotes["speaker"].isna().sum()) if len(tables.quotes) else 0
    if unattributed:
        kinds = tables.quotes[tables.quotes["speaker"].isna()]["kind"].value_counts()
        rows.append(
            {
                "speaker": UNATTRIBUTED,
                "role": "speaker not resolved",
                "aliases": [],
                "kind": "unknown",
                "quotes": unattributed,
                **{k: int(kinds.get(k, 0)) for k in QUOTE_KINDS},
                "color": UNATTRIBUTED_COLOR,
                "inferred": 0,
                "via": 0,
            }
        )
    return rows


WHO_SPEAKS_HINT = "Quotes per speaker. Select a name to show only that speaker on every page."
TOPICS_HINT = "Sentences per topic. Select a topic to show only what is about it on every page."


def topic_counts(tables) -> list[tuple[str, int]]:
    """Topics with the number of sentences tagged with them."""
    counts: dict[str, int] = {}
    for topics in tables.sentences["topics"]:
        for t in as_list(topics):
            counts[str(t)] = counts.get(str(t), 0) + 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


DOUBT_LEGEND = "speaker inferred, not named: check before citing"
LEGEND_SPEAKERS = 8  # more would bury the article under its legend; the side list has them all


def legend(tables, layers, colors: dict[str, str], filters: Filters) -> list[dict]:
    """Legend entries for the reader: one per active layer, and the most quoted speakers."""
    entries = []
    counts = {
        "quotes": len(tables.quotes),
        "figures": int((tables.facts["kind"] == "figure").sum()) if len(tables.facts) else 0,
        "dates": len(tables.timeline),
        "entities": int(tables.entities["label"].isin(list(ENTITY_GROUPS)).sum())
        if len(tables.entities)
        else 0,
    }
    for layer in layers:
        if layer not in LAYERS:
            continue
        entries.append(
            {
                "layer": layer,
                "label": LAYERS[layer],
                "style": LAYER_STYLE[layer],
                "count": counts[layer],
            }
        )
    furniture = int((tables.paragraphs["kind"] == "furniture").sum())
    if furniture:  # the page's words inside the story, dimmed in the reader (app/render.py)
        entries.append(
            {"layer": "furniture", "label": FURNITURE_LABEL, "style": "dimmed", "count": furniture}
        )
    if "quotes" in layers:
        summary = speaker_summary(tables, colors)
        shown = summary[:LEGEND_SPEAKERS]
        chosen = [r for r in summary if r["speaker"] == filters.speaker]
        if chosen and chosen[0] not in shown:
            shown.append(chosen[0])
        for row in shown:
            dimmed = bool(filters.speaker) and row["speaker"] != filters.speaker
            entries.append(
                {
                    "layer": "speaker",
                    "label": row["speaker"],
                    "color": row["color"],
                    "count": row["quotes"],
                    "dimmed": dimmed,
                }
            )
        rest = len(summary) - len(shown)
        if rest > 0:
            entries.append({"layer": "more", "label": f"{rest} more speakers", "count": rest})
        inferred = (
            int((tables.quotes["confidence"] == "inferred").sum()) if len(tables.quotes) else 0
        )
        if inferred:  # what the tag's "(?)" means, where the reader meets it
            entries.append(
                {"layer": "doubt", "label": DOUBT_LEGEND, "style": "Name (?)", "count": inferred}
            )
    return entries


# ----------------------------------------------------------------------------- timeline


# The Timeline page's table, in the order a fact-checker reads a date: the date, the words
# it was read from, how it was resolved (against what), then what happened and who.
TIMELINE_TABLE = (
    "date",
    "date_text",
    "resolution",
    "precision",
    "date_end",
    "event",
    "actors",
    "anchor",
    "topics",
)


def _parse_day(value) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except (TypeError, ValueError):
        return None


def lane_of(
    row, color_by: str, ranks: dict[str, int] | None = None, prefer: str | None = None
) -> str:
    """The lane of a dated event: its first topic, or its most telling actor.

    Actors are ranked by `ranks` (see `actor_ranks`); the filtered speaker, when among the
    event's actors, is its lane, so a speaker's events sit in that speaker's lane.
    """
    if color_by == "topic":
        topics = as_list(row.get("topics"))
        return str(topics[0]) if topics else NO_TOPIC_LANE
    actors = [str(a) for a in as_list(row.get("actors"))]
    if prefer and prefer in actors:
        return prefer
    if ranks is not None:
        actors = [a for a in actors if a in ranks]
        actors.sort(key=lambda a: ranks[a])
    return actors[0] if actors else NO_LANE


def actor_ranks(tables) -> dict[str, int]:
    """Names that may head an actor lane, with their rank (lower is better): speaking people,
    other speakers, then people, organisations and places; adjectives ("Russian") never."""
    sp = tables.speakers
    ranks = {
        str(s): 0 if kind == "person" else 1
        for s, kind in zip(sp["speaker"], sp["speaker_kind"], strict=True)
        if present(s)
    }
    ents = tables.entities
    for name, label in zip(ents["name"], ents["label"], strict=True):
        if label in LANE_LABELS and str(name) not in ranks:
            ranks[str(name)] = 2 + LANE_LABELS.index(label)
    return ranks


def when_label(day: date, end: date, precision: str) -> str:
    """A reader's date: '22 Mar 2024', 'March 2024', '2008', 'about 8 Mar 2024'."""
    if precision == "year":
        return str(day.year)
    if precision == "month":
        return day.strftime("%B %Y")
    label = f"{day.day} {day.strftime('%b %Y')}"
    if precision == "week":
        return f"week of {label}"
    if precision == "approx":
        return f"about {label}"
    if end != day:
        return f"{label} to {end.day} {end.strftime('%b %Y')}"
    return label


def timeline_frame(tables, filters: Filters, color_by: str = "topic") -> pd.DataFrame:
    """One plottable row per dated event; a range runs from date to date_end.

    Hover strings and lane names are HTML-escaped here, because plotly renders a subset of HTML
    tags in hover labels, tick labels and legends, and all of them come from the article.
    """
    tl = tables.timeline
    cols = [
        "event_id",
        "date",
        "date_end",
        "span_days",
        "lane",
        "precision",
        "date_text",
        "event",
        "resolution",
        "anchor",
        "sentence",
        "actors",
        "when",
        "start",
        "end",
        "sentence_start",
        "label",
        "matches",
        "hover",
    ]
    if tl.empty:
        return pd.DataFrame(columns=cols)
    sentences = dict(zip(tables.sentences["sentence_id"], tables.sentences["text"], strict=True))
    starts = dict(zip(tables.sentences["sentence_id"], tables.sentences["start"], strict=True))
    matches = match_mask(tl, "timeline", filters, tables.quotes)
    ranks = actor_ranks(tables)
    rows = []
    for r, ok in zip(tl.to_dict("records"), matches, strict=True):
        day = _parse_day(r["date"])
        if day is None:
            continue
        end = _parse_day(r.get("date_end")) or day
        if end == day and r["precision"] in DATE_PRECISION_DAYS:
            end = day + timedelta(days=DATE_PRECISION_DAYS[r["precision"]])
        end = max(end, day)
        span_days = (end - day).days
        sentence = text_or(sentences.get(r["sentence_id"]))
        lane = lane_of(r, color_by, ranks, filters.speaker)
        event = text_or(r.get("event"))
        rows.append(
            {
                "event_id": int(r["event_id"]),
                "date": pd.Timestamp(day),
                "date_end": pd.Timestamp(end),
                "span_days": span_days,
                "lane": html.escape(lane),
                "precision": r["precision"],
                "date_text": r["date_text"],
                "event": event,
                "resolution": text_or(r.get("resolution")),
                "anchor": text_or(r.get("anchor")),
                "sentence": sentence,
                "actors": [str(a) for a in as_list(r.get("actors")) if str(a) in ranks],
                "when": when_label(day, end, str(r["precision"])),
                "start": int(r["start"]),
                "end": int(r["end"]),
                "sentence_start": int(starts.get(r["sentence_id"], r["start"])),
                "label": html.escape(_short(event or str(r["date_text"]), 28)),
                "matches": bool(ok),
                "hover": _hover(r, day, end, sentence),
            }
        )
    frame = pd.DataFrame(rows, columns=cols)
    return frame.sort_values(["date", "start"], kind="stable").reset_index(drop=True)


def _short(s: str, width: int) -> str:
    return s if len(s) <= width else s[:width].rsplit(" ", 1)[0] + "…"


def short_label(s: str, width: int) -> str:
    """`s` cut to at most `width` characters at a word boundary, with "…" (a chart's axis)."""
    if len(s) <= width:
        return s
    cut = s[: width - 1]
    if not s[width - 1].isspace():  # the cut falls inside a word: drop that word
        cut = cut.rsplit(" ", 1)[0]
    cut = cut.rstrip(" ,;:-–")
    return (cut or s[: width - 1]) + "…"


def _hover(r: dict, day: date, end: date, sentence: str) -> str:
    when = day.isoformat() if end == day else f"{day.isoformat()} to {end.isoformat()}"
    lines = [
        f"<b>{html.escape(when)}</b> ({html.escape(str(r['precision']))})",
        f"“{html.escape(str(r['date_text']))}”: {html.escape(text_or(r.get('resolution')))}",
        *_wrap(html.escape(sentence), 70),
    ]
    return "<br>".join(lines)


def _wrap(s: str, width: int) -> list[str]:
    lines, line = [], ""
    for word in s.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    if line:
        lines.append(line)
    return lines[:8] + (["…"] if len(lines) > 8 else [])


def plot_label(value) -> str:
    """Article text used as a plotly label (legend, axis, bar name): escaped, see timeline_frame."""
    return html.escape(text_or(value, UNATTRIBUTED))


# ----------------------------------------------------------------------------- figures, quotes


# The Figures page's table, in the order a journalist checks a number: what it is, what it
# counts, who says so, in which sentence; the parsed parts (qualifier, measure, value, unit) last.
# On a laptop the first five fit without scrolling sideways.
FIGURE_TABLE = (
    "figure",
    "counts",
    "source",
    "status",
    "sentence",
    "qualifier",
    "measure",
    "value",
    "unit",
)


# What each `facts.status` means to a reader (lib.schema: reported, attributed, unverified,
# claimed; data/statements.toml has the cues), for the Figures page's legend.
STATUS_MEANINGS = {
    "reported": "the article states it",
    "attributed": "the article gives it as a source's words",
    "unverified": "the article says it could not be verified",
    "claimed": "a claim (of responsibility, for one) the article reports",
}


def status_line(statuses) -> str:
    """'Who says so: reported = the article states it · …' for the statuses shown, in the
    order of `STATUS_MEANINGS`; '' when none of them is known."""
    present_ = {text_or(s) for s in statuses}
    parts = [f"{name} = {meaning}" for name, meaning in STATUS_MEANINGS.items() if name in present_]
    return f"Who says so: {' · '.join(parts)}." if parts else ""


def figures_table(frame: pd.DataFrame) -> pd.DataFrame:
    """The rows of `figures_frame` as the Figures page shows them (see FIGURE_TABLE); a figure
    whose source is a speaker worth checking says so in its status ("attributed · speaker via
    “he”: check"), as the quote cards' dashed badges do."""
    table = frame[list(FIGURE_TABLE)].reset_index(drop=True)
    checks = frame["check"].reset_index(drop=True)
    table["status"] = [
        f"{status} · {check}: check" if check else status
        for status, check in zip(table["status"], checks, strict=True)
    ]
    return table


def figure_checks(tables, figs: pd.DataFrame) -> list[str]:
    """Per figure, the doubt badge (`speaker_doubt`) of the quote it sits in when the figure's
    source is that quote's speaker, else '': "1,650 shelters, says X" rests on X being the one
    who said it, which a pronoun or a carried-over speaker leaves open."""
    q = tables.quotes
    out = []
    for r in figs.to_dict("records"):
        around = (
            q[(q["start"] <= r["start"]) & (q["end"] >= r["end"]) & (q["speaker"] == r["source"])]
            if len(q) and present(r.get("source"))
            else q.iloc[0:0]
        )
        doubts = [d for d in map(speaker_doubt, around.to_dict("records")) if d]
        out.append(doubts[0][0] if doubts else "")
    return out


def figures_frame(tables, filters: Filters) -> pd.DataFrame:
    """Figures with their sentence, for the Figures page's chart and table."""
    facts = tables.facts
    figs = facts[facts["kind"] == "figure"] if len(facts) else facts
    if figs.empty:
        return pd.DataFrame(
            columns=[
                "fact_id",
                "figure",
                "counts",
                "qualifier",
                "measure",
                "reads",
                "value",
                "unit",
                "source",
                "status",
                "sentence",
                "check",
                "matches",
            ]
        )
    sentences = dict(zip(tables.sentences["sentence_id"], tables.sentences["text"], strict=True))
    matches = match_mask(figs, "facts", filters, tables.quotes)
    out = pd.DataFrame(
        {
            "fact_id": figs["fact_id"].astype(int),
            "figure": [figure_value(r) for r in figs.to_dict("records")],
            "counts": [figure_label(r) for r in figs.to_dict("records")],
            "qualifier": figs["qualifier"].map(text_or),
            "measure": figs["measure"].map(lambda m: text_or(m, NO_MEASURE)),
            "reads": [figure_sentence(r) for r in figs.to_dict("records")],
            "value": figs["value"].astype("Float64"),
            "unit": figs["unit"].map(lambda u: text_or(u, "count")),
            "source": figs["source"].map(text_or),
            "status": figs["status"].map(text_or),
            "sentence": figs["sentence_id"].map(lambda i: text_or(sentences.get(i))),
            "check": figure_checks(tables, figs),
            "matches": matches.to_numpy(),
        }
    )
    return out.reset_index(drop=True)


QUOTE_ORDERS = ("article order", "by speaker")


def quotes_by_speaker(tables, quotes: pd.DataFrame) -> list[tuple[str, pd.DataFrame]]:
    """The quotes grouped by speaker, most quoted first (the order of the speaker cards), each
    group in article order; unattributed quotes last."""
    if quotes.empty:
        return []
    label = quotes["speaker"].map(speaker_label)
    order = [*speaker_options(tables), UNATTRIBUTED]
    order += [s for s in dict.fromkeys(label) if s not in order]
    return [(s, quotes[label == s]) for s in order if (label == s).any()]


def quote_counts_frame(tables, quotes: pd.DataFrame) -> pd.DataFrame:
    """Quotes per speaker and kind, long format, for a stacked bar chart."""
    if quotes.empty:
        return pd.DataFrame(columns=["speaker", "kind", "quotes"])
    df = quotes.assign(speaker=quotes["speaker"].map(speaker_label))
    out = df.groupby(["speaker", "kind"], sort=False).size().reset_index(name="quotes")
    order = {s: i for i, s in enumerate([*speaker_options(tables), UNATTRIBUTED])}
    out["_o"] = out["speaker"].map(lambda s: order.get(s, len(order)))
    return out.sort_values(["_o", "kind"]).drop(columns="_o").reset_index(drop=True)


def quote_row(tables, quote_id: int) -> dict:
    """One quote of the article, by id, as a record."""
    q = tables.quotes
    return q[q["quote_id"] == quote_id].iloc[0].to_dict()


def quote_passage(tables, quote: dict) -> tuple[int, int]:
    """The offsets of the sentence(s) a quote sits in (the quote's own when none is found)."""
    s = tables.sentences
    start, end = int(quote["start"]), int(quote["end"])
    around = s[(s["start"] < end) & (s["end"] > start)] if not s.empty else s
    if around.empty:
        return start, end
    return min(start, int(around["start"].min())), max(end, int(around["end"].max()))


def sentence_context(tables, quote: dict) -> str:
    """The sentence(s) a quote sits in, for the quote list's context line."""
    s = tables.sentences
    if s.empty:
        return ""
    around = s[(s["start"] < quote["end"]) & (s["end"] > quote["start"])]
    return " ".join(str(t) for t in around["text"])


# ----------------------------------------------------------------------------- tools


# First words that already say what kind of complement a paraphrase is: "vowed to challenge",
# "asked whether", "explained how"; "that" in front of them would be ungrammatical.
OWN_COMPLEMENT = ("that", "to", "whether", "if", "how", "why", "what", "when", "where", "who")


def said_lead(cue, words: str) -> str:
    """How a paraphrase is introduced: its cue ("said" when none), then "that" unless the words
    already start their own complement ("vowed to …", "said that …", "asked whether …")."""
    verb = text_or(cue, "said").strip()
    first = words.strip().split(" ", 1)[0].lower()
    return verb if first in OWN_COMPLEMENT else f"{verb} that"


def source_cue(cue) -> bool:
    """True for a cue the source follows ("according to", "in the words of", "as reported by":
    `data/cues.toml`'s `source_after`): such a paraphrase reads "<words>, according to <who>",
    never "according to that <words>"."""
    words = tuple(text_or(cue).lower().split())
    return bool(words) and words in lexicon().source_after


def source_after_line(cue, words: str, who: str) -> tuple[str, str]:
    """(words, "according to <who>") for a `source_cue` paraphrase, the words without the
    comma or colon that led into the source in the article."""
    return words.strip().rstrip(",;:").rstrip(), f"{text_or(cue).strip()} {who}"


def citation(quote: dict, info: dict) -> str:
    """A quote as a reader would cite it, plain text: the words (quote marks for a direct
    quote only), who, in which article, where and when it was published."""
    who = speaker_label(quote.get("speaker"))
    role = text_or(quote.get("role"))
    if role:
        who = f"{who}, {role}"
    kind = text_or(quote.get("kind"))
    words = str(quote["text"]).strip()
    if kind == "indirect" and source_cue(quote.get("cue")):
        said = "{}, {} (indirect quote)".format(*source_after_line(quote.get("cue"), words, who))
    elif kind == "indirect":
        said = f"{who} {said_lead(quote.get('cue'), words)} {words} (indirect quote)"
    elif kind == "partial":
        said = f"{who}, in part: “{words}”"
    else:
        said = f"“{words}” – {who}"
    where = [f"“{text_or(info.get('title'), 'Untitled article')}”"]
    if outlet(info):
        where.append(outlet(info))
    if present(info.get("url")):
        where.append(str(info["url"]))
    if present(info.get("published")):
        where.append(f"published {info['published']}")
    return f"{said}. In: {', '.join(where)}."


def quote_choice(quote: dict, width: int = 70) -> str:
    """A quote as an option in a picker: 'Dmitry Peskov (direct): The investigation …'."""
    words = _short(str(quote["text"]), width)
    return f"{speaker_label(quote.get('speaker'))} ({quote['kind']}): {words}"


def zip_tables(frames: dict[str, pd.DataFrame], to_bytes, stem: str, fmt: str = "csv") -> bytes:
    """Every table in one zip file (`<stem>-<table>.<fmt>`), serialised by `to_bytes`."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, df in frames.items():
            zf.writestr(f"{stem}-{name}.{fmt}", to_bytes(df, fmt, name))
    return buf.getvalue()


FILTERED_TABLES = ("sentences", "quotes", "facts", "timeline")


def filtered_tables(tables, filters: Filters) -> dict[str, pd.DataFrame]:
    """The rows the pages show under the filters, per span table (the view to download)."""
    return {name: filter_table(tables, name, filters) for name in FILTERED_TABLES}


def find_spans(text: str, query: str, limit: int = 500) -> list[tuple[int, int]]:
    """Where `query` occurs in the article, ignoring case and runs of spaces."""
    words = query.split()
    if not words:
        return []
    pattern = re.compile(r"\s+".join(re.escape(w) for w in words), re.IGNORECASE)
    return [m.span() for m in pattern.finditer(text)][:limit]
