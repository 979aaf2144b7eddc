"""Stage 1, ingestion: bytes in, an `Article` out.

- `formats`: text, Markdown and HTML into one canonical text, with the input limits.
- `structure`: paragraphs typed (headline, dateline, caption, credit, subheading, body).
- `published`: the publication date from metadata, dateline or the text's own dates.
- `fetch`: a safe fetcher for a URL (public addresses only, bounded time and size).
"""
