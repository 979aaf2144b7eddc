"""The across-articles page's filters, summaries and chart, testable without a browser.

Reads a `lib.across.Corpus` (every saved article's quotes, figures and timeline in one table
each) and never imports streamlit. Filters:
- speaker: quotes by that speaker, figures and statements they assert (`source`), timeline
  events naming them among the actors;
- topic and outlet: rows tagged with the topic, rows from articles of that outlet;
- date range: quotes and figures by their article's publication date, timeline events by the
  date they happened (a timeline of March shows what happened in March, whoever reported it).
Every label that reaches plotly is HTML-escaped (plotly renders a subset of HTML in labels).
"""

from __future__ import annotations

import dataclasses
import html
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlencode

import pandas as pd
import plotly.express as px
import plotly.graph_objects as go

from app.charts import AXIS_LABEL_CHARS
from app.view import short_label, speaker_doubt
from lib.across import Corpus

# The table each view shows (after the link column), by the label of its control.
VIEWS: dict[str, list[str]] = {
    "Quotes": [
        "published",
        "outlet",
        "speaker",
        "check",
        "corrected",
        "kind",
        "text",
        "cue",
        "title",
    ],
    "Figures and statements": [
        "published",
        "outlet",
        "kind",
        "value_text",
        "unit",
        "measure",
        "source",
        "corrected",
        "status",
        "text",
        "title",
    ],
    "Timeline": ["date", "event", "date_text", "precision", "outlet", "title"],
}
DEFAULT_VIEW = "Quotes"
READER_PATH = "/Reader"  # the reader page's address (st.navigation names it after its file)
TOP_SPEAKERS = 15
NO_SPEAKER = "Unattributed"
NO_OUTLET = "no outlet given"  # as the article pages say it ("Pasted text (no outlet given)")
# An uploaded or pasted article's "source" is its file name ("pasted.txt"): no outlet.
FILE_SUFFIXES = (".txt", ".md", ".html", ".htm")


@dataclass(frozen=True)
class Filters:
    speaker: str | None = None
    topic: str | None = None
    outlet: str | None = None
    since: date | None = None
    until: date | None = None

    @property
    def active(self) -> bool:
        return any((self.speaker, self.topic, self.outlet, self.since, self.until))

    def describe(self) -> str:
        parts = []
        if self.speaker:
            parts.append(f"speaker {self.speaker}")
        if self.topic:
            parts.append(f"topic {self.topic}")
        if self.outlet:
            parts.append(f"outlet {self.outlet}")
        if self.since or self.until:
            since = self.since.isoformat() if self.since else "the start"
            until = self.until.isoformat() if self.until else "now"
            parts.append(f"dates from {since} to {until}")
        return ", ".join(parts)


@dataclass(frozen=True)
class Options:
    speakers: list[str]  # most quoted first
    topics: list[str]
    outlets: list[str]
    first: date | None  # earliest publication or event date
    last: date | None


def named_outlets(corpus: Corpus) -> Corpus:
    """The corpus with a file name in place of an outlet ('pasted.txt', 'council.html') left
    empty: the article pages say 'no outlet given' for those, and the outlet filter and the
    timeline's lanes offered 'pasted.txt' as if it were a newspaper."""

    def clean(df: pd.DataFrame) -> pd.DataFrame:
        if "outlet" not in df.columns or df.empty:
            return df
        named = df["outlet"].fillna("").astype(str)
        return df.assign(outlet=named.where(~named.str.lower().str.endswith(FILE_SUFFIXES), ""))

    return dataclasses.replace(
        corpus,
        articles=clean(corpus.articles),
        quotes=clean(corpus.quotes),
        facts=clean(corpus.facts),
        timeline=clean(corpus.timeline),
    )


def options(corpus: Corpus) -> Options:
    speakers = corpus.quotes["speaker"].dropna()
    ranked = speakers.value_counts().sort_index(kind="stable").sort_values(ascending=False)
    topics = set()
    for table in (corpus.quotes, corpus.facts, corpus.timeline):
        topics.update(t for ts in table["topics"] for t in ts)
    days = pd.concat([_days(corpus.articles["published"]), _days(corpus.timeline["date"])])
    outlets = sorted({o for o in corpus.articles["outlet"] if o})
    return Options(
        speakers=list(ranked.index),
        topics=sorted(topics),
        outlets=outlets,
        first=days.min().date() if len(days) else None,
        last=days.max().date() if len(days) else None,
    )


def kinds_for(view: str) -> tuple[str, ...]:
    """The corpus tables a view needs: the charts read quotes and timeline; facts only when shown."""
    return (
        ("quotes", "facts", "timeline")
        if view == "Figures and statements"
        else ("quotes", "timeline")
    )


def summary_line(corpus: Corpus, f: Filters) -> str:
    line = f"{len(corpus.articles)} saved articles"
    if corpus.stale:
        line += f" ({corpus.stale} analysed by an older release: analyze-many refreshes them)"
    return line + (f"; showing {f.describe()}." if f.active else ".")


def _days(values: pd.Series) -> pd.Series:
    return pd.to_datetime(values, errors="coerce", format="ISO8601").dropna()


def filter_rows(corpus: Corpus, table: str, f: Filters) -> pd.DataFrame:
    """The rows of one corpus table (quotes, facts or timeline) that match every filter."""
    df = getattr(corpus, table)
    keep = pd.Series(True, index=df.index)
    if f.speaker:
        if table == "quotes":
            keep &= df["speaker"] == f.speaker
        elif table == "facts":
            keep &= df["source"] == f.speaker
        else:
            keep &= df["actors"].map(lambda actors: f.speaker in actors)
    if f.topic:
        keep &= df["topics"].map(lambda topics: f.topic in topics)
    if f.outlet:
        keep &= df["outlet"] == f.outlet
    if f.since or f.until:
        day = pd.to_datetime(df["date" if table == "timeline" else "published"], errors="coerce")
        if f.since:
            keep &= day >= pd.Timestamp(f.since)
        if f.until:
            keep &= day <= pd.Timestamp(f.until)
    return df[keep.fillna(False).astype(bool)]


def reader_link(article_id: str) -> str:
    return f"{READER_PATH}?{urlencode({'article': article_id})}"


def with_links(df: pd.DataFrame) -> pd.DataFrame:
    """The rows with a `reader` column: the link that opens each row's article in the reader."""
    return df.assign(reader=df["article_id"].map(reader_link))


def nothing_saved_line(entries) -> str:
    """What to do when no analysis is stored: save articles, or (when some are saved but were
    never opened, so never analysed: files put in the library folder by hand) open one, or
    analyse an archive from the command line. Static text, Markdown allowed."""
    saved = sum(1 for e in entries if not e.bundled)
    how = "analyse an archive with `python -m lib analyze-many FOLDER --db URL`."
    if saved:
        return (
            f"No saved analyses yet: the library's {saved} saved "
            f"article{'s are' if saved != 1 else ' is'} analysed when first opened: open "
            f"{'them' if saved != 1 else 'it'} in the sidebar, or {how}"
        )
    return f"No saved analyses yet: save articles to the library, or {how}"


def with_checks(quotes: pd.DataFrame) -> pd.DataFrame:
    """The quotes with a `check` column beside the speaker: the article pages' doubt badge
    ("speaker inferred", "speaker via “he”": `app.view.speaker_doubt`), '' for a speaker named in
    the quote's own sentence. Across hundreds of articles a guessed speaker would otherwise
    read as one who was named."""
    badges = [speaker_doubt(r) for r in quotes.to_dict("records")]
    return quotes.assign(check=[b[0] if b else "" for b in badges])


def top_speakers(quotes: pd.DataFrame, n: int = TOP_SPEAKERS) -> pd.DataFrame:
    """Who is quoted most: quotes, articles quoting them, and their quotes by kind."""
    cols = ["speaker", "quotes", "articles", "direct", "indirect", "partial"]
    said = quotes[quotes["speaker"].notna()]
    if said.empty:
        return pd.DataFrame(columns=cols)
    kinds = pd.crosstab(said["speaker"], said["kind"])
    out = pd.DataFrame(
        {
            "quotes": said.groupby("speaker").size(),
            "articles": said.groupby("speaker")["article_id"].nunique(),
        }
    )
    for kind in ("direct", "indirect", "partial"):
        out[kind] = kinds.get(kind, 0)
    out = out.reset_index().sort_values(["quotes", "speaker"], ascending=[False, True])
    return out[cols].head(n).reset_index(drop=True)


def speakers_figure(top: pd.DataFrame) -> go.Figure:
    """Quotes per speaker (most quoted at the top), stacked by kind."""
    long = top.melt(
        id_vars=["speaker", "articles"],
        value_vars=["direct", "indirect", "partial"],
        var_name="kind",
        value_name="count",
    )
    long["label"] = long["speaker"].map(html.escape)
    fig = px.bar(
        long,
        x="count",
        y="label",
        color="kind",
        pattern_shape="kind",
        orientation="h",
        category_orders={"label": [html.escape(s) for s in top["speaker"]]},
        pattern_shape_map={"direct": "", "indirect": "/", "partial": "."},
        custom_data=["articles"],
    )
    fig.update_traces(hovertemplate="%{y}: %{x} %{fullData.name} (in %{customdata[0]} articles)")
    fig.update_layout(
        height=max(220, 70 + 30 * len(top)),
        xaxis_title="quotes",
        yaxis_title=None,
        barmode="stack",
        margin={"l": 8, "r": 8, "t": 8, "b": 8},
        legend={"orientation": "h", "y": -0.2, "title": None},
    )
    labels = [html.escape(s) for s in top["speaker"]]
    short = [html.escape(short_label(s, AXIS_LABEL_CHARS)) for s in top["speaker"]]
    fig.update_yaxes(tickmode="array", tickvals=labels, ticktext=short)
    return fig


def timeline_points(timeline: pd.DataFrame) -> pd.DataFrame:
    """Dated events sorted by date, with an escaped hover naming the article they come from."""
    cols = ["date", "event", "date_text", "precision", "title", "outlet", "article_id", "hover"]
    if timeline.empty:
        return pd.DataFrame(columns=cols)
    df = timeline.assign(date=pd.to_datetime(timeline["date"], errors="coerce"))
    df = df[df["date"].notna()].sort_values(["date", "article_id", "event_id"], kind="stable")
    df["hover"] = [
        f"<b>{d:%Y-%m-%d}</b> ({html.escape(str(p))})<br>{html.escape(str(e))[:140]}"
        f"<br><i>{html.escape(str(t))[:90]}</i>"
        for d, p, e, t in zip(df["date"], df["precision"], df["event"], df["title"], strict=True)
    ]
    return df[cols].reset_index(drop=True)


def timeline_figure(points: pd.DataFrame) -> go.Figure:
    """Every dated event on one axis, one row per outlet (the article's title on hover)."""
    lanes = points["outlet"].map(lambda o: html.escape(o or NO_OUTLET))
    fig = go.Figure(
        go.Scattergl(
            x=points["date"],
            y=lanes,
            mode="markers",
            marker={"size": 9, "opacity": 0.7},
            hovertext=points["hover"],
            hoverinfo="text",
        )
    )
    fig.update_layout(
        height=max(220, 90 + 28 * lanes.nunique()),
        margin={"l": 8, "r": 8, "t": 8, "b": 8},
        yaxis_title=None,
        xaxis_title=None,
    )
    return fig
