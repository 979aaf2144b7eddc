"""Timeline: every dated mention on a calendar axis, with how each date was worked out."""

import streamlit as st

from app import charts, render, view
from app import sidebar as ui

ui.page_setup("Timeline")
sel = ui.sidebar()
t = sel.tables

st.title("Timeline")
ui.ask_published_date(sel, "timeline")
color_by = st.segmented_control(
    "Lanes and colours by", ["actor", "topic"], default="actor", key="lanes", bind="query-params"
)
frame = view.timeline_frame(t, sel.filters, color_by or "actor")
if frame.empty:
    st.info("No dates found in this article.")
    st.stop()

st.caption(
    "Circles are dates known to the day; other shapes are weeks, months, years or approximate "
    "dates, with a bar over the range they allow. Hover for the sentence; select a point to read "
    "its passage."
)
window = charts.focus_range(frame)
show_all = False
if window is not None:
    show_all = st.toggle(
        f"Show all dates ({window[2]} far from the others are outside the view)", key="all_dates"
    )
event = st.plotly_chart(
    charts.timeline_figure(frame, focus=not show_all, colors=sel.colors),
    key="timeline_chart",
    on_select="rerun",
    selection_mode="points",
)
points = event.selection.points if event and event.selection else []
picked = [int(p["customdata"][0]) for p in points if p.get("customdata")]
by_id = t.timeline.set_index("event_id")
sentences = t.sentences.set_index("sentence_id")
for event_id in picked:
    row = by_id.loc[event_id]
    s = sentences.loc[row["sentence_id"]]
    st.html(
        render.passage_html(
            t.text,
            int(s["start"]),
            int(s["end"]),
            int(row["start"]),
            int(row["end"]),
            render.date_title(row.to_dict()),
        )
    )
    st.html(
        render.note_html(
            f"{row['date_text']} → {row['date']} ({row['precision']}): {view.text_or(row['resolution'], 'no explanation recorded')}"
        )
    )

shown = view.filter_table(t, "timeline", sel.filters)
if sel.filters.active:
    st.html(
        render.note_html(f"{len(shown)} of {len(t.timeline)} dates match {sel.filters.describe()}.")
    )
st.dataframe(
    shown[
        [
            "date",
            "date_end",
            "precision",
            "date_text",
            "anchor",
            "resolution",
            "event",
            "actors",
            "topics",
        ]
    ],
    hide_index=True,
    column_config={
        "date_text": st.column_config.TextColumn("as written"),
        "resolution": st.column_config.TextColumn("how it was resolved", width="large"),
        "event": st.column_config.TextColumn("event", width="large"),
    },
)
