"""Overview: what the article is, its key figures, who speaks, when things happened, its topics."""

import streamlit as st

from app import charts, render, view
from app import sidebar as ui

ui.page_setup("Overview")
sel = ui.sidebar()
t, info = sel.tables, sel.info

st.html(
    render.header_html(
        info["title"],
        [
            view.published_line(info),
            f"Source: {view.text_or(info.get('source'), 'unknown')}",
            view.reading_line(info),
        ],
    )
)
ui.ask_published_date(sel, "overview")
if not sel.saved:
    st.info(
        "This article is only open in your session: save it to the library (sidebar) to share its link."
    )

st.subheader("Key figures")
figures = view.key_figures(t)
if figures.empty:
    st.caption("No figures found in this article.")
else:
    ui.key_figure_cards(figures)

left, right = st.columns([1, 1], gap="large")
with left:
    st.subheader("Who speaks")
    st.html(render.who_speaks_html(view.speaker_summary(t, sel.colors)))
    st.subheader("Topics")
    st.html(render.chips_html(view.topic_counts(t), "No topics were assigned to this article."))
with right:
    st.subheader("Timeline")
    frame = view.timeline_frame(t, sel.filters, "actor")
    if frame.empty:
        st.caption("No dates found in this article.")
    else:
        st.plotly_chart(
            charts.timeline_figure(frame, compact=True, colors=sel.colors), key="overview_timeline"
        )
        st.caption(f"{len(frame)} dated mention(s); open the Timeline page for details.")
