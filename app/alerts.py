"""Alerts (error, warning, success, info) that may quote outside text, shown as plain text.

`st.error` and its kin render their message as Markdown: a file name, a web address, a
server's reply or an input error quoting the input could plant a link or markup there, and
escaping Markdown by hand is easy to miss. An alert here is escaped HTML through `st.html`, so
every character of the message is shown as written and nothing in it is interpreted.

The look follows Streamlit's alerts (a tinted box with rounded corners), theme-neutral like the
rest of the app: the text keeps the theme's own text colour and only the tint, the left border
and the icon carry the kind, so the text's contrast is the theme's (well above 4.5:1 on the
light and the dark theme; tests/test_alerts.py computes it). Errors and warnings are announced
at once to screen readers (role="alert"); success and information politely (role="status").
"""

from __future__ import annotations

import html
from dataclasses import dataclass

import streamlit as st


@dataclass(frozen=True)
class Kind:
    tint: str  # the box's background: the kind's colour at low opacity over the theme
    edge: str  # the left border
    icon: str  # a symbol before the text (hidden from screen readers: the role says it)
    role: str


KINDS = {
    "error": Kind("rgba(255, 43, 43, .09)", "#D93025", "\u2716", "alert"),
    "warning": Kind("rgba(255, 193, 7, .12)", "#B26B00", "\u26a0", "alert"),
    "success": Kind("rgba(33, 195, 84, .10)", "#1E8E3E", "\u2714", "status"),
    "info": Kind("rgba(28, 131, 225, .10)", "#1A73E8", "\u2139", "status"),
}
BOX = (
    "display:flex;gap:.6rem;align-items:flex-start;padding:.75rem 1rem;margin:0 0 .6rem 0;"
    "border-radius:.5rem;border-left:4px solid {edge};background:{tint};color:inherit;"
    "font-size:.95rem;line-height:1.5;overflow-wrap:anywhere;white-space:pre-wrap"
)


def alert_html(kind: str, message: str) -> str:
    """The alert as HTML: the message escaped, so markup or Markdown in it shows as written."""
    k = KINDS[kind]
    style = BOX.format(edge=k.edge, tint=k.tint)
    return (
        f'<div class="nd-alert nd-alert-{kind}" data-alert="{kind}" role="{k.role}" '
        f'style="{style}"><span aria-hidden="true" style="font-weight:700">{k.icon}</span>'
        f'<span class="nd-alert-text">{html.escape(message, quote=True)}</span>'
        "</div>"
    )


def alert(kind: str, message: str) -> None:
    """Show `message` as a plain-text alert in the current container (sidebar, column, main)."""
    st.html(alert_html(kind, message))


def error(message: str) -> None:
    alert("error", message)


def warning(message: str) -> None:
    alert("warning", message)


def success(message: str) -> None:
    alert("success", message)


def info(message: str) -> None:
    alert("info", message)
