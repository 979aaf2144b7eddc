"""Timeline: the article's events in date order (what, when, who, the sentence), with a chart
as the overview. The selected event (`?event=`) and "show all dates" (`?all_dates=`) are in the
URL, so a shared link opens the same view."""

import streamlit as st

from app import alerts, charts, render, view
from app import sidebar as ui

sel = ui.selection()
t = sel.tables

st.title("Timeline")
ui.ask_published_date(sel, "timeline")
if view.timeline_frame(t, sel.filters).empty:  # nothing to lay out: no lane control either
    alerts.info(view.no_dates_message(t))
    st.stop()
color_by = st.segmented_control(
    "Lanes and colours by", ["actor", "topic"], default="actor", key="lanes", bind="query-params"
)
frame = view.timeline_frame(t, sel.filters, color_by or "actor")

st.caption(
    "The chart is an overview: circles are dates known to the day; other shapes are weeks, "
    "months, years or approximate dates, with a bar over the range they allow. Select a point "
    "to read its passage; every event is listed below in date order."
)
window = charts.focus_range(frame)
show_all = False
if window is not None:
    show_all = st.toggle(
        f"Show all dates ({window[2]} far from the others are outside the view)",
        key="all_dates",
        bind="query-params",
    )


def _remember_pick() -> None:
    """A point picked on the chart goes into the URL (`?event=3`); clearing it removes it."""
    state = st.session_state.get("timeline_chart")
    points = state.selection.points if state and state.selection else []
    picked = [int(p["customdata"][0]) for p in points if p.get("customdata")]
    if picked:
        st.query_params[ui.EVENT_PARAM] = str(picked[0])
    else:
        st.query_params.pop(ui.EVENT_PARAM, None)


st.plotly_chart(
    charts.timeline_figure(frame, focus=not show_all, colors=sel.colors),
    key="timeline_chart",
    on_select=_remember_pick,
    selection_mode="points",
)
selected = ui.selected_event(set(frame["event_id"]))
if selected is not None:
    row = frame[frame["event_id"] == selected].iloc[0]
    lo = int(row["sentence_start"])
    st.subheader("Selected")
    st.html(
        render.passage_html(
            t.text,
            lo,
            lo + len(row["sentence"]),
            int(row["start"]),
            int(row["end"]),
            render.date_title(t.timeline.set_index("event_id").loc[selected].to_dict()),
        )
    )
    st.html(
        render.note_html(
            f"{row['date_text']} → {row['when']} ({row['precision']}): "
            f"{view.text_or(row['resolution'], 'no explanation recorded')}"
        )
    )

st.subheader("Events in date order")
shown = frame[frame["matches"]]
if shown.empty:
    ui.no_match(sel, "timeline", t.timeline, "date")
else:
    if sel.filters.active:
        line = f"{len(shown)} of {len(frame)} dates match {sel.filters.describe()}."
        st.html(render.note_html(line))
    st.html(render.timeline_list_html(shown, t, sel.colors, selected))

with st.expander("All dates as a table"):
    st.dataframe(
        view.filter_table(t, "timeline", sel.filters).sort_values(["date", "start"])[
            list(view.TIMELINE_TABLE)
        ],
        hide_index=True,
        column_config={
            "event": st.column_config.TextColumn("event", width="large"),
            "date_text": st.column_config.TextColumn("as written"),
            "resolution": st.column_config.TextColumn("how it was resolved", width="large"),
        },
    )
