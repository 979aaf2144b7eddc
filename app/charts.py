"""Plotly figures for the pages, built from `app.view` frames.

No template is set: Streamlit's plotly theme follows the app's light or dark theme. Every label
that comes from the article is HTML-escaped before it reaches plotly (plotly renders a subset of
HTML tags in labels and hovers).
"""

from __future__ import annotations

import pandas as pd
import plotly.express as px
import plotly.graph_objects as go

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
_MARGIN = {"l": 8, "r": 8, "t": 8, "b": 8}


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
    if window is not None:
        df = df[(df["date_end"] >= window[0]) & (df["date"] <= window[1])]
    lanes = list(dict.fromkeys(df["lane"]))
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
    )
    fig.update_traces(
        hovertemplate="%{customdata[1]}<extra></extra>",
        marker={
            "size": 9 if compact else 12,
            "line": {"width": 1, "color": "rgba(128,128,128,.9)"},
        },
    )
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
    if window is not None:
        fig.update_xaxes(range=list(window[:2]))
    return _legend_below(fig)


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
        pattern_shape_map={"direct": "", "indirect": "/", "partial": "."},
    )
    fig.update_traces(hovertemplate="%{y}: %{x} quote(s)<extra></extra>")
    fig.update_layout(
        height=max(220, 70 + 36 * len(order)),
        xaxis_title=None,
        yaxis_title=None,
        barmode="stack",
    )
    fig.update_xaxes(dtick=1)
    fig = _legend_below(fig)
    # Legend: only the kind patterns matter (speakers are on the axis).
    seen = set()
    for trace in fig.data:
        kind = trace.name.split(", ")[-1]
        trace.legendgroup = kind
        trace.showlegend = kind not in seen
        trace.name = kind
        seen.add(kind)
    return fig


def figures_figure(df: pd.DataFrame) -> go.Figure:
    """One bar per figure, grouped by what it measures; a log axis when values span decades."""
    data = df[df["value"].notna()].copy()
    data["label"] = data["reads"].map(view.plot_label)  # "Crop yields: down 25%"
    data["measure_label"] = data["measure"].map(view.plot_label)
    data["value"] = data["value"].astype(float)
    fig = px.bar(
        data,
        x="value",
        y="measure_label",
        color="status",
        orientation="h",
        barmode="group",
        custom_data=["label"],
        pattern_shape="status",
        color_discrete_map=STATUS_COLORS,
    )
    fig.update_traces(hovertemplate="%{customdata[0]}<extra></extra>")
    values = data["value"]
    log = len(values) > 1 and values.min() > 0 and values.max() / values.min() > 200
    fig.update_layout(
        height=max(240, 70 + 34 * data["measure_label"].nunique()),
        xaxis_title=None,
        yaxis_title=None,
    )
    if log:
        fig.update_xaxes(type="log", dtick=1)
    return _legend_below(fig)
