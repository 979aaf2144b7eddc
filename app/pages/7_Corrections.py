"""Corrections: fix a quote's speaker, merge two speakers, mark a quote, figure or date wrong.

Stored beside the saved article's analysis (never in it): every page shows them from the next
run on, they survive a restart and a re-analysis, and the exports carry them.
"""

import streamlit as st

from app import alerts, library
from app import corrections as fix
from app import sidebar as ui
from lib.errors import InputError
from lib.store import StoreError

sel = ui.selection()
t = sel.tables
st.title("Corrections")
entry = library.resolve(sel.article_id, library.list_articles())
if entry is None or entry.bundled or entry.store is None:
    alerts.info(fix.why_not_correctable(entry))
    st.stop()


def store(correction) -> None:
    try:
        library.correct(entry, correction, t.text)
    except (InputError, StoreError) as err:
        st.session_state["_correction_msg"] = ("error", str(err))
        return
    st.session_state["_correction_msg"] = ("success", f"Saved: {correction.describe()}")


msg = st.session_state.pop("_correction_msg", None)
if msg:
    # The message quotes names a reader typed: shown literally, never as Markdown.
    alerts.alert("success" if msg[0] == "success" else "error", msg[1])

left, right = st.columns(2, gap="large")
with left:
    st.subheader("Who said it")
    quotes = fix.quote_choices(t.quotes)
    if quotes:
        picked = st.selectbox("Quote", list(quotes), key="fix_quote")
        name = st.text_input("Said by", key="fix_name", placeholder="The speaker's full name")
        if st.button("Fix the speaker", key="fix_speaker", disabled=not name.strip()):
            store(fix.speaker_fix(quotes[picked], name))
            st.rerun()
    else:
        st.caption("No quotes in this article.")
    st.subheader("One speaker under two names")
    names = fix.speakers(t)
    if len(names) >= 2:
        away = st.selectbox("This name", names, key="merge_away")
        into = st.selectbox("is the same as", [n for n in names if n != away], key="merge_into")
        if st.button("Merge", key="merge"):
            store(fix.merge(into, away))
            st.rerun()
    else:
        st.caption("Fewer than two speakers in this article.")
with right:
    st.subheader("Not what the analysis says")
    what = st.segmented_control("Kind", list(fix.WRONG_TABLES), default="Quote", key="wrong_kind")
    rows = fix.wrong_choices(t, what or "Quote")
    if rows:
        bad = st.selectbox("Row", list(rows), key="wrong_row")
        if st.button("Mark as wrong", key="mark_wrong"):
            store(fix.mark_wrong(what or "Quote", rows[bad]))
            st.rerun()
    else:
        st.caption("Nothing of this kind in this article.")

st.subheader("Corrections of this article")
made = entry.store.list_corrections(entry.article_id)
if not made:
    st.caption("None yet.")
for c in made:
    row = st.container(horizontal=True)
    row.text(c.describe())
    if row.button("Remove", key=f"remove_{c.id}"):
        entry.store.remove_correction(entry.article_id, c.id)
        st.rerun()
