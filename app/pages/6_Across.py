"""Across articles: every saved article's quotes, figures and timeline together."""

import streamlit as st

from app import across, alerts, library, render
from lib.across import Corpus, fingerprint, read_corpus
from lib.store import StoreError


@st.cache_resource(max_entries=4, show_spinner="Reading the saved analyses…")
def corpus(url: str, key: tuple, kinds: tuple) -> Corpus:
    # `key` (how many analyses, the latest save) changes with every save: the cache stays fresh.
    # A resource, not cache_data: no copy of thousands of rows per run (pages never modify it).
    return across.named_outlets(read_corpus(library.store(create=False), kinds))


st.title("Across articles")
show = (
    st.segmented_control(
        "Show", list(across.VIEWS), default=across.DEFAULT_VIEW, key="show", bind="query-params"
    )
    or across.DEFAULT_VIEW
)
try:
    store = library.store(create=False)
    data = corpus(store.url, fingerprint(store), across.kinds_for(show)) if store else None
except StoreError as err:
    alerts.error(f"The library cannot be read: {err}")
    st.stop()
if data is None or data.articles.empty:
    alerts.info(across.nothing_saved_line(library.list_articles()))
    st.stop()

opts = across.options(data)
c1, c2, c3, c4, c5 = st.columns([3, 2, 2, 1.4, 1.4])


def pick(column, label: str, choices: list[str], key: str, everything: str) -> str | None:
    """One filter: a selectbox bound to the URL (`key` is its query parameter), empty = all."""
    return column.selectbox(
        label, choices, index=None, key=key, bind="query-params", placeholder=everything
    )


f = across.Filters(
    speaker=pick(c1, "Speaker", opts.speakers, "quoted", "All speakers"),
    topic=pick(c2, "Topic", opts.topics, "about", "All topics"),
    outlet=pick(c3, "Outlet", opts.outlets, "outlet", "All outlets"),
    since=c4.date_input("From", value=None, key="since", bind="query-params"),
    until=c5.date_input("To", value=None, key="until", bind="query-params"),
)
st.html(render.note_html(across.summary_line(data, f)))  # filter names come from articles
for line in data.skipped:
    alerts.warning(line)  # names an article and quotes a decoder error: plain text

quotes = across.filter_rows(data, "quotes", f)
timeline = across.filter_rows(data, "timeline", f)
left, right = st.columns([1, 1], gap="large")
with left:
    st.subheader("Who is quoted most")
    top = across.top_speakers(quotes)
    if top.empty:
        st.caption("Nobody is quoted in these articles.")
    else:
        st.plotly_chart(across.speakers_figure(top), key="across_speakers")
with right:
    st.subheader("Timeline across articles")
    points = across.timeline_points(timeline)
    if points.empty:
        st.caption("No dated events in these articles.")
    else:
        st.plotly_chart(across.timeline_figure(points), key="across_timeline")

rows = {
    "Quotes": across.with_checks(quotes),
    "Figures and statements": across.filter_rows(data, "facts", f),
    "Timeline": points,
}[show]
st.subheader(show)
st.caption(f"{len(rows)} rows; each opens its article in the reader.")
st.dataframe(
    across.with_links(rows)[["reader", *across.VIEWS[show]]],
    hide_index=True,
    column_config={
        "reader": st.column_config.LinkColumn("article", display_text="open in reader"),
        "text": st.column_config.TextColumn(width="large"),
        "event": st.column_config.TextColumn(width="large"),
        "check": st.column_config.TextColumn(
            "check", help="The speaker is not named in the quote's own sentence: check it."
        ),
    },
)
