"""Figures: the numbers the article reports, what they count, and who asserts them."""

import streamlit as st

from app import charts, view
from app import sidebar as ui

sel = ui.selection()
t = sel.tables

st.title("Figures")
frame = view.figures_frame(t, sel.filters)
if frame.empty:
    st.info("No figures found in this article.")
    st.stop()

shown = frame[frame["matches"]]
if shown.empty:  # only a filter empties it: say why, offer the wider views, and stop
    ui.no_match(sel, "facts", t.facts[t.facts["kind"] == "figure"], "figure")
    st.stop()
ui.key_figure_cards(view.key_figures(t, filters=sel.filters))
if sel.filters.active:
    st.caption(f"{len(shown)} of {len(frame)} figures match {sel.filters.describe()}.")
if shown["value"].notna().any():
    st.plotly_chart(charts.figures_figure(shown), key="figures_chart")
if view.status_line(shown["status"]):
    st.caption(view.status_line(shown["status"]))
st.dataframe(
    view.figures_table(shown),
    hide_index=True,
    column_config={
        "figure": st.column_config.TextColumn("figure"),
        "counts": st.column_config.TextColumn("what it counts"),
        "source": st.column_config.TextColumn("according to"),
        "status": st.column_config.TextColumn("status", width="medium"),
        "sentence": st.column_config.TextColumn("sentence", width="large"),
    },
)
