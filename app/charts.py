"""Plotly figures for the pages, built from `app.view` frames.

No template is set: Streamlit's plotly theme follows the app's light or dark theme. Every label
that comes from the article is HTML-escaped before it reaches plotly (plotly renders a subset of
HTML tags in labels and hovers).
"""

from __future__ import annotations

import html

import pandas as pd
import plotly.express as px
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from app import view

COMPACT_HEIGHT = 230
# Marker shape per date precision, so exactness is visible without colour.
PRECISION_SYMBOLS = {
    "day": "circle",
    "week": "diamond",
    "month": "square",
    "year": "triangle-up",
    "approx": "circle-open",
}
STATUS_COLORS = {
    "reported": "#7F7F7F",
    "attributed": "#BCBD22",
    "unverified": "#FF9DA6",
    "claimed": "#9D755D",
}
# Lanes that are not speakers: muted tones, so they do not pass for a speaker's colour.
LANE_COLORS = ["#7F7F7F", "#A0785A", "#5F9EA0", "#B07AA1", "#9C9C5E", "#6B8EAD", "#C08F6A"]
# The top margin keeps plotly's toolbar above the plot area, so it never covers the top lane.
_MARGIN = {"l": 8, "r": 8, "t": 36, "b": 8}
NOTE_MARGIN = 62  # top margin when a note names the dates outside the view: toolbar, then note
LABELLED_POINTS = 24  # up to this many events, each point carries a short label
# A speaker or lane name longer than this is cut on the axis (whole words, "…"), the full name
# stays in the hover: 'Irving Independent School District and Irving Police Department' took
# the plot's whole width on a phone and was cut at its start.
AXIS_LABEL_CHARS = 26
QUOTE_PATTERNS = {"direct": "", "indirect": "/", "partial": "."}  # kind is never colour alone
LEGEND_GREY = "#8A8A8A"


def _short_axis_labels(fig: go.Figure, labels: list[str]) -> None:
    """Show each category of the y axis by a short name; `labels` are plotly labels (escaped
    article text, `view.plot_label`), so they are cut unescaped and escaped again."""
    short = [
        html.escape(view.short_label(html.unescape(label), AXIS_LABEL_CHARS)) for label in labels
    ]
    fig.update_yaxes(tickmode="array", tickvals=labels, ticktext=short)


def _legend_below(fig: go.Figure) -> go.Figure:
    """Legends under the plot keep the plot area wide on a phone."""
    fig.update_layout(
        margin=_MARGIN,
        legend={
            "orientation": "h",
            "yanchor": "top",
            "y": -0.18,
            "xanchor": "left",
            "x": 0,
            "title": None,
        },
    )
    return fig


def timeline_figure(
    df: pd.DataFrame,
    *,
    compact: bool = False,
    focus: bool = True,
    colors: dict[str, str] | None = None,
) -> go.Figure:
    """Events on a date axis, one lane per topic or actor; ranges drawn as bars.

    With `focus`, events far from the rest (see `focus_range`) are left out, so the others do
    not collapse into one point; the Timeline page offers a toggle to show them. A lane named
    after a speaker takes the speaker's colour, as on every other page.
    """
    window = focus_range(df) if focus else None
    hidden = df.iloc[0:0]
    if window is not None:
        inside = (df["date_end"] >= window[0]) & (df["date"] <= window[1])
        df, hidden = df[inside], df[~inside]
        # A range that starts before the view keeps its bar, but its point (and label) would
        # hang off the plot's left edge.
        df = df.assign(label=df["label"].where(df["date"] >= window[0], ""))
    lanes = list(dict.fromkeys(df["lane"]))
    labelled = not compact and len(df) <= LABELLED_POINTS
    if labelled:
        df = _spread_labels(df)
    fig = px.scatter(
        df,
        x="date",
        y="lane",
        color="lane",
        symbol="precision",
        symbol_map=PRECISION_SYMBOLS,
        color_discrete_map={view.plot_label(k): v for k, v in (colors or {}).items()},
        color_discrete_sequence=LANE_COLORS,
        custom_data=["event_id", "hover"],
        category_orders={"lane": lanes},
        text="label" if labelled else None,
    )
    fig.update_traces(
        hovertemplate="%{customdata[1]}<extra></extra>",
        marker={
            "size": 9 if compact else 12,
            "line": {"width": 1, "color": "rgba(128,128,128,.9)"},
        },
    )
    if labelled:
        position = dict(zip(df["event_id"], df["textpos"], strict=True))
        for trace in fig.data:
            trace.textposition = [position[int(c[0])] for c in trace.customdata]
            trace.textfont = {"size": 11}
    colors = {t.name.rsplit(", ", 1)[0]: t.marker.color for t in fig.data}
    for trace in fig.data:  # events outside the filter stay visible but faint
        lane = trace.name.rsplit(", ", 1)[0]
        rows = df[(df["lane"] == lane) & (df["event_id"].isin([c[0] for c in trace.customdata]))]
        trace.marker.opacity = [1.0 if m else 0.25 for m in rows["matches"]]
    for r in df[df["span_days"] > 0].itertuples():  # an approximate date: a bar over its range
        fig.add_trace(
            go.Scatter(
                x=[r.date, r.date_end],
                y=[r.lane, r.lane],
                mode="lines",
                line={"width": 7, "color": colors.get(r.lane, "#888")},
                opacity=0.45 if r.matches else 0.15,
                hoverinfo="skip",
                showlegend=False,
            )
        )
    height = COMPACT_HEIGHT if compact else max(340, 90 + 46 * len(lanes))
    fig.update_layout(height=height, showlegend=False, xaxis_title=None, yaxis_title=None)
    fig.update_xaxes(type="date")
    fig.update_yaxes(automargin=True)
    _short_axis_labels(fig, lanes)
    if window is not None:
        fig.update_xaxes(range=list(window[:2]))
        fig.add_annotation(
            text=_outside_note(hidden),
            xref="paper",
            yref="paper",
            x=0,
            y=1,
            yanchor="bottom",
            xanchor="left",
            showarrow=False,
            yshift=6,
            font={"size": 11},
        )
    fig = _legend_below(fig)
    if window is not None:  # the note sits under the toolbar (always shown on a phone)
        fig.update_layout(margin={**_MARGIN, "t": NOTE_MARGIN})
    return fig


def _spread_labels(df: pd.DataFrame) -> pd.DataFrame:
    """One label per lane and day ('+1' for the others there), alternating above and below
    along a lane, so neighbouring labels do not print over each other."""
    df = df.sort_values(["lane", "date", "event_id"]).copy()
    same = df.groupby(["lane", "date"])["event_id"].transform("size")
    first = ~df.duplicated(["lane", "date"])
    df["label"] = [
        (f"{label} +{n - 1}" if n > 1 else label) if keep else ""
        for label, n, keep in zip(df["label"], same, first, strict=True)
    ]
    nth = first.astype(int).groupby(df["lane"]).cumsum()
    side = _label_sides(df["date"])
    df["textpos"] = [("top " if i % 2 else "bottom ") + s for i, s in zip(nth, side, strict=True)]
    return df


EDGE_SHARE = 0.2  # labels of points this close to either end of the axis grow inwards


def _label_sides(dates: pd.Series) -> list[str]:
    """Where a point's label runs: centred, or away from the nearer end of the axis, so the
    first and last events' labels are not cut by the plot's edge (on a phone above all)."""
    lo, hi = dates.min(), dates.max()
    span = (hi - lo) / pd.Timedelta(days=1) if len(dates) else 0
    if not span:
        return ["center"] * len(dates)
    share = [(d - lo) / pd.Timedelta(days=1) / span for d in dates]
    return [
        "left" if x > 1 - EDGE_SHARE else "right" if x < EDGE_SHARE else "center" for x in share
    ]


def _outside_note(hidden: pd.DataFrame) -> str:
    """'Not shown: 2008 (1 date far from the others)': the far dates are named, not dropped."""
    years = sorted({d.year for d in hidden["date"]})
    when = ", ".join(str(y) for y in years[:4]) + ("…" if len(years) > 4 else "")
    n = len(hidden)
    return f"Not shown: {when} ({n} date{'s' if n != 1 else ''} far from the others)"


FOCUS_DAYS = 365  # events this far from the median date are outliers for the default view


def focus_range(df: pd.DataFrame) -> tuple[pd.Timestamp, pd.Timestamp, int] | None:
    """(start, end, hidden) around most events, when a few distant ones ('since 2008') would
    squash the rest into one point; None when everything fits."""
    if len(df) < 3:
        return None
    middle = df["date"].median()
    near = df[(df["date"] - middle).abs() <= pd.Timedelta(days=FOCUS_DAYS)]
    hidden = len(df) - len(near)
    if near.empty or hidden == 0:
        return None
    lo, hi = near["date"].min(), near["date_end"].max()
    pad = pd.Timedelta(days=max(2, (hi - lo).days // 8))
    return lo - pad, hi + pad, hidden


QUOTES_LEGEND = "Quotes per speaker, by kind:"


def quotes_figure(counts: pd.DataFrame, colors: dict[str, str]) -> go.Figure:
    """Quotes per speaker, stacked by kind (kind also drawn as a pattern: not colour alone)."""
    df = counts.assign(label=counts["speaker"].map(view.plot_label))
    color_map = {view.plot_label(s): c for s, c in colors.items()}
    order = list(dict.fromkeys(df["label"]))
    fig = px.bar(
        df,
        x="quotes",
        y="label",
        color="label",
        pattern_shape="kind",
        orientation="h",
        color_discrete_map=color_map,
        category_orders={"label": order, "kind": list(view.QUOTE_KINDS)},
        pattern_shape_map=QUOTE_PATTERNS,
    )
    fig.update_traces(hovertemplate="%{y}<br>quotes: %{x}<extra></extra>")
    fig.update_layout(
        height=max(220, 70 + 36 * len(order)),
        xaxis_title=None,
        yaxis_title=None,
        barmode="stack",
    )
    fig.update_xaxes(dtick=1)
    _short_axis_labels(fig, order)
    fig = _legend_below(fig)
    fig.update_layout(legend_title_text=QUOTES_LEGEND)  # the axes carry no title: say what counts
    # Legend: only the kind patterns matter (speakers are on the axis), drawn in a neutral
    # grey: in the first speaker's colour they read as "blue = indirect".
    kinds = []
    for trace in fig.data:
        kind = trace.name.split(", ")[-1]
        trace.legendgroup, trace.showlegend, trace.name = kind, False, kind
        kinds += [kind] if kind not in kinds else []
    for kind in sorted(kinds, key=list(view.QUOTE_KINDS).index):
        fig.add_trace(
            go.Bar(
                x=[None],
                y=[None],
                orientation="h",
                name=kind,
                legendgroup=kind,
                marker={"color": LEGEND_GREY, "pattern": {"shape": QUOTE_PATTERNS[kind]}},
                hoverinfo="skip",
            )
        )
    return fig


TINY_BAR = 0.01  # a bar under 1% of its panel's longest is labelled by a text trace
LEGEND_GAP_PX = 44  # from the bottom of the figures chart's plot area to its legend
FIGURE_ROOM = 1.3  # each figures panel's axis runs to 1.3 x its largest value


def figures_figure(df: pd.DataFrame) -> go.Figure:
    """One bar per figure, labelled with its value, in one panel per unit (people, seats,
    dollars…), each panel on its own linear axis: seats and deaths never share an axis."""
    data = df[df["value"].notna()].copy()
    data["value"] = data["value"].astype(float)
    data["what"] = _unique(
        [view.plot_label(c) for c in data["counts"]]
    )  # one bar per figure, even when two count the same thing
    units = list(dict.fromkeys(data["unit"]))
    sizes = [int((data["unit"] == u).sum()) for u in units]
    height = max(240, 60 + 40 * len(data) + 80 * len(units))
    fig = make_subplots(
        rows=len(units),
        cols=1,
        row_heights=[n / sum(sizes) for n in sizes],
        subplot_titles=[view.plot_label(u) for u in units],
        vertical_spacing=min(0.3, 75 / height) if len(units) > 1 else 0,
    )
    shown: set[str] = set()
    for row, unit in enumerate(units, start=1):
        part = data[data["unit"] == unit]
        _label_tiny_bars(fig, part, row)
        for status, bars in part.groupby("status", sort=False):
            fig.add_trace(
                go.Bar(
                    x=bars["value"].tolist(),
                    y=bars["what"].tolist(),
                    orientation="h",
                    name=view.plot_label(status or "unspecified"),
                    legendgroup=status,
                    showlegend=status not in shown,
                    marker={"color": STATUS_COLORS.get(status, "#7F7F7F")},
                    text=[view.plot_label(f) for f in bars["figure"]],
                    customdata=bars["fact_id"].tolist(),
                    # inside a bar when it fits (the longest bar's label would run off the
                    # chart's right edge outside it: 'down almost 2.9 milli'), else after it
                    textposition=_text_positions(bars, _tiny(part)),
                    # full size after a short bar ("≥ 42" beside 170 million) and not shrunk
                    # to the bar's thickness, where it was too small to read
                    constraintext="inside",
                    cliponaxis=False,
                    hovertemplate="%{text} %{y}<extra></extra>",
                ),
                row=row,
                col=1,
            )
            shown.add(status)
    fig.update_layout(
        height=height,
        # each bar has its own row (`_unique` labels): grouping by status would halve every
        # bar's thickness for an empty slot beside it
        barmode="overlay",
        xaxis_title=None,
        yaxis_title=None,
    )
    fig.update_xaxes(rangemode="tozero")
    for row, unit in enumerate(units, start=1):  # room after the bars for the outside labels
        values = data.loc[data["unit"] == unit, "value"]
        low, high = min(0.0, values.min() * FIGURE_ROOM), max(0.0, values.max() * FIGURE_ROOM)
        fig.update_xaxes(range=[low, high if high > low else low + 1], row=row, col=1)
    fig.update_yaxes(autorange="reversed")  # the article's order, top to bottom
    fig = _legend_below(fig)
    # just under the last panel's ticks, however tall the chart (a fraction of a tall chart
    # left the legend hundreds of pixels below the bars)
    fig.update_layout(legend_y=-LEGEND_GAP_PX / height)
    fig.update_layout(legend_title_text="Who says so:")  # the page's caption explains each
    return fig


def _tiny(part: pd.DataFrame) -> pd.Series:
    """The bars of one panel too short to draw (42 beside 170 million rounds to no pixel)."""
    widest = part["value"].abs().max()
    return part["value"].abs() < TINY_BAR * widest


def _text_positions(bars: pd.DataFrame, tiny: pd.Series) -> str | list[str]:
    """Inside a bar when it fits, else after it ("auto"); none on a bar `_label_tiny_bars`
    labels (a bar of a pixel or two would get its label twice, overlapping)."""
    if not tiny.loc[bars.index].any():
        return "auto"
    return ["none" if t else "auto" for t in tiny.loc[bars.index]]


def _label_tiny_bars(fig: go.Figure, part: pd.DataFrame, row: int) -> None:
    """Plotly draws no text for a bar that rounds to zero pixels: the smallest figure of a
    panel ("≥ 42" killed beside a population of 170 million) went unlabelled. Write those
    values as text at the bar's end instead."""
    tiny = part[_tiny(part)]
    if tiny.empty:
        return
    fig.add_trace(
        go.Scatter(
            x=tiny["value"].tolist(),
            y=tiny["what"].tolist(),
            mode="text",
            text=[  # an en space off the bar's pixel, on its outer side
                f"\u2002{view.plot_label(f)}" if v >= 0 else f"{view.plot_label(f)}\u2002"
                for f, v in zip(tiny["figure"], tiny["value"], strict=True)
            ],
            textposition=["middle left" if v < 0 else "middle right" for v in tiny["value"]],
            showlegend=False,
            hovertemplate="%{text} %{y}<extra></extra>",
            cliponaxis=False,
        ),
        row=row,
        col=1,
    )


def _unique(labels: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for label in labels:
        seen[label] = seen.get(label, 0) + 1
        out.append(label if seen[label] == 1 else f"{label} ({seen[label]})")
    return out
