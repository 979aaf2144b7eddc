"""Reader: the article as published, with quotes, figures, dates and names marked."""

import streamlit as st

from app import render, view
from app import sidebar as ui

sel = ui.selection()
t = sel.tables

if sel.filters.active:
    counts = view.match_counts(t, sel.filters)
    if view.nothing_matches(counts):  # all of it dimmed: say why and how to widen it
        ui.no_match(sel, "sentences", t.sentences, "sentence")
    else:
        line = f"Filtered by {sel.filters.describe()}: {view.counts_line(counts)} match."
        st.html(render.note_html(f"{line} Dimmed text does not match."))
if view.reader_date_line(t):  # relative dates wait for the date: not marked, say where to give it
    date_link = [("Give the publication date on the Timeline page", ui.page_href("Timeline"))]
    st.html(render.note_links_html(view.reader_date_line(t), date_link))
picked = ui.selected_quote(set(t.quotes["quote_id"]))
if picked is not None:  # a Quotes card's "Read it in the article": its words, and the way back
    quote = view.quote_row(t, picked)
    links = [("Show it in the article", f"#nd-q-{picked}")]
    links.append(("Back to its card on the Quotes page", ui.quote_href("Quotes")(picked)))
    st.html(render.picked_quote_html(t, quote, links, lead="Quote from the Quotes page"))
st.html(render.legend_html(view.legend(t, sel.layers, sel.colors, sel.filters)))
find = st.text_input(
    "Find in the article",
    key="find",
    bind="query-params",
    placeholder="A word or phrase",
    icon=":material/search:",
)
if find and find.strip():
    st.html(render.find_note_html(find.strip(), len(view.find_spans(t.text, find))))

article_col, side_col = st.columns([5, 2], gap="large")
with article_col:
    st.html(render.article_html(t, sel.layers, sel.colors, sel.filters, find or "", picked))
with side_col:
    st.subheader("Quotes")
    matches = view.match_mask(t.quotes, "quotes", sel.filters, t.quotes)
    with st.container(height=640 if len(t.quotes) > 6 else "content"):
        to_card = ui.quote_href("Quotes")
        st.html(
            render.quote_list_html(
                t.quotes, sel.colors, matches, tables=t, quote=picked, card_href=to_card
            )
        )
