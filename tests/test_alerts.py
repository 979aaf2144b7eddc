"""The plain-text alert (`app.alerts`): escaped, announced, and readable on both themes."""

from __future__ import annotations

import html
import re

import pytest

from app import alerts

# Streamlit's default themes: the page background and the text colour alerts inherit.
THEMES = {"light": ((255, 255, 255), (49, 51, 63)), "dark": ((14, 17, 23), (250, 250, 250))}


def _rgba(css: str) -> tuple[tuple[float, ...], float]:
    r, g, b, a = (float(x) for x in re.findall(r"[\d.]+", css))
    return (r, g, b), a


def _over(top, alpha: float, base) -> tuple[float, ...]:
    return tuple(t * alpha + b * (1 - alpha) for t, b in zip(top, base, strict=True))


def _luminance(rgb) -> float:
    def channel(v: float) -> float:
        v /= 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a, b) -> float:
    x, y = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (x + 0.05) / (y + 0.05)


@pytest.mark.parametrize("kind", list(alerts.KINDS))
def test_every_kind_escapes_its_message_and_is_announced(kind):
    message = 'Refused <img src=x onerror="alert(1)"> [Click](https://phish.example) **now** & co'
    box = alerts.alert_html(kind, message)
    assert "<img" not in box and "](" in box  # markup escaped; Markdown is inert in st.html
    text = re.search(r'<span class="nd-alert-text">(.*?)</span>', box).group(1)
    assert html.unescape(text) == message
    assert f'data-alert="{kind}"' in box
    assert f'role="{"alert" if kind in ("error", "warning") else "status"}"' in box
    assert "color:inherit" in box  # the theme's own text colour


@pytest.mark.parametrize("theme", list(THEMES))
@pytest.mark.parametrize("kind", list(alerts.KINDS))
def test_alert_text_has_contrast_of_at_least_4_5_on_both_themes(kind, theme):
    """The text colour (the theme's) over the kind's tint laid on the theme's background."""
    page, text = THEMES[theme]
    style = re.search(r'style="([^"]+)"', alerts.alert_html(kind, "x")).group(1)
    tint, alpha = _rgba(re.search(r"background:(rgba\([^)]+\))", style).group(1))
    box = _over(tint, alpha, page)
    assert contrast(text, box) >= 4.5, (kind, theme, contrast(text, box))
