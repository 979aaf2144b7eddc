"""Figures: the numbers the article reports, what they count, and who asserts them."""

import streamlit as st

from app import charts, render, view
from app import sidebar as ui

sel = ui.selection()
t = sel.tables

st.title("Figures")
frame = view.figures_frame(t, sel.filters)
if frame.empty:
    st.info("No figures found in this article.")
    st.stop()

key = view.key_figures(t, filters=sel.filters)
if key.empty:
    st.html(render.note_html(f"No key figures match {sel.filters.describe()}."))  # names
else:
    ui.key_figure_cards(key)

shown = frame[frame["matches"]]
if sel.filters.active:
    st.caption(f"{len(shown)} of {len(frame)} figures match the filters.")
if shown.empty:
    st.info("No figures match these filters.")
elif shown["value"].notna().any():
    st.plotly_chart(charts.figures_figure(shown), key="figures_chart")
st.dataframe(
    view.figures_table(shown),
    hide_index=True,
    column_config={
        "figure": st.column_config.TextColumn("figure"),
        "counts": st.column_config.TextColumn("what it counts"),
        "source": st.column_config.TextColumn("according to"),
        "sentence": st.column_config.TextColumn("sentence", width="large"),
    },
)
