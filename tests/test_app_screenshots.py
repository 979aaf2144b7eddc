"""The README's screenshots are the ones `bench/screenshots.py` takes: every image it shows is a
page the script shoots by default, at the script's window size, so retaking them is one command."""

from __future__ import annotations

import re
import struct

from bench import screenshots
from tests.paths import ROOT


def test_every_readme_screenshot_is_retaken_by_the_script_at_its_size():
    shown = re.findall(r"\]\(docs/(\w+)\.png\)", (ROOT / "README.md").read_text("utf-8"))
    assert shown and sorted(shown) == sorted(screenshots.README_PAGES)
    for name in shown:
        head = (ROOT / "docs" / f"{name}.png").read_bytes()[:24]
        assert head[:8] == b"\x89PNG\r\n\x1a\n"
        width, height = struct.unpack(">II", head[16:24])
        assert (width, height) == (screenshots.VIEWPORT["width"], screenshots.VIEWPORT["height"])
