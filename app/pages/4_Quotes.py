"""Quotes: who says what, how often, and in which words."""

import streamlit as st

from app import charts, render, view
from app import sidebar as ui

sel = ui.selection()
t = sel.tables

st.title("Quotes")
if t.quotes.empty:
    st.info("No quotes found in this article.")
    st.stop()

kinds = st.pills(
    "Kinds of quote",
    list(view.QUOTE_KINDS),
    selection_mode="multi",
    default=list(view.QUOTE_KINDS),
    key="kinds",
    bind="query-params",
    help="Direct: the speaker's words in quote marks · Indirect: reported speech · Partial: a quoted phrase inside reported speech.",
)
shown = view.quotes_of_kinds(view.filter_table(t, "quotes", sel.filters), kinds)
st.caption(f"{len(shown)} of {len(t.quotes)} quotes shown. {view.doubt_line(shown)}")
if shown.empty:
    st.info("No quotes match these filters.")
else:
    st.plotly_chart(
        charts.quotes_figure(view.quote_counts_frame(t, shown), sel.colors), key="quotes_chart"
    )

if not shown.empty:
    with st.expander("Cite a quote", icon=":material/content_copy:"):
        rows = {int(r["quote_id"]): r for r in shown.to_dict("records")}
        pick = st.selectbox(
            "Quote", list(rows), format_func=lambda i: view.quote_choice(rows[i]), key="cite"
        )
        st.caption("The citation below has a copy button (top right of the box).")
        st.code(view.citation(rows[pick], sel.info), language=None, wrap_lines=True)

list_col, speakers_col = st.columns([2, 1], gap="large")
with list_col:
    st.subheader("What was said")
    order = st.segmented_control(
        "Order", view.QUOTE_ORDERS, default=view.QUOTE_ORDERS[0], key="order", bind="query-params"
    )
    if order == "by speaker":
        st.html(render.quote_groups_html(t, view.quotes_by_speaker(t, shown), sel.colors))
    else:
        st.html(render.quote_cards_html(t, shown, sel.colors))
# Keyed so that on a phone, where the columns stack, CSS puts the speakers above the quotes.
with speakers_col.container(key="quote_speakers"):
    st.subheader("Speakers")
    if sel.filters.speaker:
        st.html(render.clear_filter_html("speakers", ui.clear_href("speaker")))
    summary = view.speaker_summary(t, sel.colors)
    st.html(render.speaker_cards_html(summary, ui.filter_href("speaker"), sel.filters.speaker))
