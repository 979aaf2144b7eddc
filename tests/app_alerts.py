"""Read the alerts an AppTest run shows: `app.alerts` (escaped HTML through `st.html`) and
Streamlit's own `st.error`/`st.warning`/`st.success`/`st.info`, as the text a reader sees."""

from __future__ import annotations

import html
import re

ALERT = re.compile(r'<div class="nd-alert[^"]*" data-alert="(\w+)"[^>]*>(.*?)</div>', re.S)
TEXT = re.compile(r'<span class="nd-alert-text">(.*?)</span>', re.S)


def shown(node, kind: str) -> list[str]:
    """The messages of `kind` under `node` (an AppTest, its sidebar or main), in order:
    Streamlit's native alerts first, then the plain-text ones (their text unescaped)."""
    native = [e.value for e in node.get(kind)]
    plain = []
    for element in node.get("html"):
        for found, inner in ALERT.findall(element.proto.body):
            if found == kind:
                plain += [html.unescape(t) for t in TEXT.findall(inner)]
    return native + plain


def raw_alerts(node, kind: str) -> list[str]:
    """The HTML of each plain-text alert of `kind` (to check what is and is not markup)."""
    return [
        m.group(0)
        for element in node.get("html")
        for m in ALERT.finditer(element.proto.body)
        if m.group(1) == kind
    ]


def html_of(node) -> str:
    """Every `st.html` body under `node` (an AppTest, its sidebar or main), joined by lines."""
    return "\n".join(h.proto.body for h in node.get("html"))
