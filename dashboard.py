"""The app's entrypoint: the pages (`st.navigation`), the shared sidebar, then the chosen page.

The article picker and the filters are created here, once, before the page runs: widgets of the
entrypoint persist across pages and stay bound to the URL, so `/Timeline?speaker=Dmitry+Peskov`
opens that view and switching pages keeps it. Each page reads the analysed article and the
choices with `app.sidebar.selection()`.

The page scripts live in `app/pages/`, not in a top-level `pages/` folder: Streamlit treats a
`pages/` folder beside the entrypoint as a legacy (v1) multipage app until the first
`st.navigation` call of the process, so the first visitor of a shared `/Reader` link on a fresh
server (and every AppTest rerun) would run the page file alone, without this entrypoint.
"""

from app import sidebar as ui

page = ui.navigation()
ui.page_setup(page.title)
ui.forget_other_pages_params(page.title)
ui.sidebar(page.title)
page.run()
