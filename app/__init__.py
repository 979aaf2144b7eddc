"""The Streamlit app's own modules (the data layer, `lib/`, never imports these or Streamlit).

- `sidebar`: the shared sidebar and page scaffolding.
- `view`: tables into what a page shows (Streamlit-free).
- `render`: escaped HTML for article text, cards and lists.
- `charts`: plotly figures.
- `library`: saved articles.
- `cache`: cached analysis per article.
"""
