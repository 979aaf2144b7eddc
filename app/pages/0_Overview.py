"""Overview: what the article is, its key figures, who speaks, when things happened, its topics."""

import streamlit as st

from app import charts, render, view
from app import sidebar as ui

sel = ui.selection()
t, info = sel.tables, sel.info

st.html(
    render.header_html(
        info["title"],
        [
            view.published_line(info),
            view.source_line(info),
            view.reading_line(info),
            view.glance_line(t),
        ],
    )
)
ui.ask_published_date(sel, "overview")
if sel.filters.active:
    counts = view.match_counts(t, sel.filters)
    if view.nothing_matches(counts):
        ui.no_match(sel, "sentences", t.sentences, "sentence")
    else:
        line = f"Filtered by {sel.filters.describe()}: {view.counts_line(counts)} match."
        st.html(render.note_html(line))
if not sel.saved:
    st.info(
        "This article is only open in your session: save it to the library (sidebar) to share its link."
    )

st.subheader("Key figures")
figures = view.key_figures(t, filters=sel.filters)
if figures.empty:
    st.html(  # the filter names a speaker or topic from the article: plain text
        render.note_html(
            f"No figures match {sel.filters.describe()}."
            if sel.filters.active and len(view.key_figures(t))
            else "No figures found in this article."
        )
    )
else:
    ui.key_figure_cards(figures)

left, right = st.columns([1, 1], gap="large")
with left:
    st.subheader("Who speaks")
    st.caption(view.WHO_SPEAKS_HINT)
    if sel.filters.speaker:
        st.html(render.clear_filter_html("speakers", ui.clear_href("speaker")))
    st.html(
        render.who_speaks_html(
            view.speaker_summary(t, sel.colors), ui.filter_href("speaker"), sel.filters.speaker
        )
    )
    st.subheader("Topics")
    st.caption(view.TOPICS_HINT)
    if sel.filters.topic:
        st.html(render.clear_filter_html("topics", ui.clear_href("topic")))
    st.html(
        render.chips_html(
            view.topic_counts(t),
            "No topics were assigned to this article.",
            ui.filter_href("topic"),
            sel.filters.topic,
        )
    )
with right:
    st.subheader("Timeline")
    frame = view.timeline_frame(t, sel.filters, "actor")
    if frame.empty:
        st.caption(view.no_dates_message(t))
    else:
        st.plotly_chart(
            charts.timeline_figure(frame, compact=True, colors=sel.colors), key="overview_timeline"
        )
        st.caption(f"{view.plural(len(frame), 'dated mention')}; the Timeline page lists them.")
