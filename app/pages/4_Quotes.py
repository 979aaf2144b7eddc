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
of_kinds = view.quotes_of_kinds(t.quotes, kinds)
shown = view.quotes_of_kinds(view.filter_table(t, "quotes", sel.filters), kinds)
st.caption(f"{len(shown)} of {len(t.quotes)} quotes shown. {view.doubt_line(shown)}")
if view.kinds_note(kinds, of_kinds):  # no kind chosen, or none of them in the article
    st.html(render.note_html(view.kinds_note(kinds, of_kinds)))
elif shown.empty:  # then only the speaker or topic filter empties it
    ui.no_match(sel, "quotes", of_kinds, "quote")
picked = ui.selected_quote(set(t.quotes["quote_id"]))
if picked is not None:  # the Reader's "Back to its card": say which, and where it is
    there = picked in set(shown["quote_id"])
    links = [("Go to its card", f"#nd-card-{picked}")] if there else []
    if not there:  # e.g. a dimmed quote of the Reader's list: its card is one click away
        links.append(("Show its card without the filters", ui.clear_href(*ui.QUOTE_FILTERS)))
    links.append(("Read it in the article", ui.quote_href("Reader")(picked)))
    lead = "Quote from the Reader" if there else "Quote from the Reader (hidden by the filters)"
    st.html(render.picked_quote_html(t, view.quote_row(t, picked), links, lead=lead))
if not shown.empty:
    st.plotly_chart(
        charts.quotes_figure(view.quote_counts_frame(t, shown), sel.colors), key="quotes_chart"
    )

if not shown.empty:
    rows = {int(r["quote_id"]): r for r in shown.to_dict("records")}
    linked = picked in rows  # a quote the Reader sent here is the one to cite, ready to copy
    with st.expander("Cite a quote", icon=":material/content_copy:", expanded=linked):
        pick = st.selectbox(
            "Quote",
            list(rows),
            index=list(rows).index(picked) if linked else 0,
            format_func=lambda i: view.quote_choice(rows[i]),
            key="cite",
        )
        st.caption("The citation below has a copy button (top right of the box).")
        st.code(view.citation(rows[pick], sel.info), language=None, wrap_lines=True)

list_col, speakers_col = st.columns([2, 1], gap="large")
with list_col:
    st.subheader("What was said")
    order = st.segmented_control(
        "Order", view.QUOTE_ORDERS, default=view.QUOTE_ORDERS[0], key="order", bind="query-params"
    )
    to_reader = ui.quote_href("Reader")
    if shown.empty:
        st.html(render.empty_html("No quotes shown (see above)."))
    elif order == "by speaker":
        groups = view.quotes_by_speaker(t, shown)
        st.html(render.quote_groups_html(t, groups, sel.colors, to_reader, picked))
    else:
        st.html(render.quote_cards_html(t, shown, sel.colors, to_reader, picked))
# Keyed so that on a phone, where the columns stack, CSS puts the speakers above the quotes.
with speakers_col.container(key="quote_speakers"):
    st.subheader("Speakers")
    if sel.filters.speaker:
        st.html(render.clear_filter_html("speakers", ui.clear_href("speaker")))
    summary = view.speaker_summary(t, sel.colors)
    st.html(render.speaker_cards_html(summary, ui.filter_href("speaker"), sel.filters.speaker))
