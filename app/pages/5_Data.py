"""Data: every table behind the pages, with column descriptions and downloads."""

from functools import partial

import streamlit as st

from app import alerts, view
from app import sidebar as ui
from lib import schema
from lib.pipeline import to_bytes

FORMATS = {
    "CSV": ("csv", "text/csv"),
    "JSON": ("json", "application/json"),
    "Parquet": ("parquet", "application/vnd.apache.parquet"),
}

sel = ui.selection()
t = sel.tables
stem = f"article-{sel.info['article_id']}"

st.title("Data")
st.caption(
    "The complete tables for this article (filters are not applied). Offsets point into the article text."
)
everything = st.container(horizontal=True)
everything.download_button(
    "All tables (zip of CSV)",
    data=partial(view.zip_tables, t.tables(), to_bytes, stem),
    file_name=f"{stem}-tables.zip",
    mime="application/zip",
    on_click="ignore",
    key="dl_all_zip",
    icon=":material/folder_zip:",
)
if sel.filters.active:
    everything.download_button(
        f"The filtered view: {view.md_escape(sel.filters.describe())} (zip of CSV)",
        data=partial(
            view.zip_tables, view.filtered_tables(t, sel.filters), to_bytes, f"{stem}-filtered"
        ),
        file_name=f"{stem}-filtered.zip",
        mime="application/zip",
        on_click="ignore",
        key="dl_filtered_zip",
        icon=":material/filter_alt:",
    )
names = list(schema.TABLES)
for tab, name in zip(st.tabs([f"{n} ({len(t.tables()[n])})" for n in names]), names, strict=True):
    with tab:
        df = t.tables()[name]
        st.caption(schema.TABLE_DESCRIPTIONS[name])
        if df.empty:
            alerts.info(f"The {name} table is empty for this article.")
        else:
            st.dataframe(
                df,
                hide_index=True,
                key=f"data_{name}",
                column_config={
                    c.name: st.column_config.Column(help=c.description) for c in schema.TABLES[name]
                },
            )
        buttons = st.container(horizontal=True)
        for label, (fmt, mime) in FORMATS.items():
            buttons.download_button(
                label,
                data=partial(to_bytes, df, fmt, name),  # built on click, not on every run
                file_name=f"{stem}-{name}.{fmt}",
                mime=mime,
                on_click="ignore",
                key=f"dl_{name}_{fmt}",
                icon=":material/download:",
            )
        with st.expander("Columns"):
            st.dataframe(
                [
                    {"column": c.name, "type": c.dtype, "description": c.description}
                    for c in schema.TABLES[name]
                ],
                hide_index=True,
            )
