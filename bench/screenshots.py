"""Retake the README's screenshots (docs/*.png) of the app on the seed article.

    uv run python bench/screenshots.py [--out docs] [--pages reader timeline figures quotes]

Starts `streamlit run dashboard.py` on a free loopback port with an empty library (so only the
embedded seed is there), drives Debian's chromium headless through Playwright at 1400x1000, waits
until each page's script run is over and its main element painted, and writes `<page>.png`.
Nothing leaves the machine; the server is stopped at the end.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.servers import ROOT, StreamlitServer  # noqa: E402

CHROMIUM = os.environ.get("NEWSDASH_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu"]
VIEWPORT = {"width": 1400, "height": 1000}
# page -> (URL path, the element that shows the page rendered its content)
PAGES = {
    "overview": ("/", ".nd-title"),
    "reader": ("/Reader", ".nd-article"),
    "timeline": ("/Timeline", "[data-testid=stPlotlyChart] .scatterlayer .point"),
    "figures": ("/Figures", "[data-testid=stMetric]"),
    "quotes": ("/Quotes", ".nd-card"),
    "data": ("/Data", "[data-testid=stDownloadButton]"),
    "across": ("/Across", "h1"),
    "corrections": ("/Corrections", "h1"),
}
README_PAGES = ["reader", "timeline", "figures", "overview", "quotes"]
IDLE = "[data-testid=stApp][data-test-script-state=notRunning]"


def settle(page, selector: str) -> None:
    """Wait for the main element, the end of the script run, then the charts' last paint."""
    page.wait_for_selector(selector, state="visible")
    page.wait_for_selector(IDLE, state="attached")
    page.wait_for_timeout(1500)  # plotly and fonts finish painting after the run
    page.wait_for_selector(IDLE, state="attached")


def shoot(base: str, names: list[str], out: Path) -> list[Path]:
    """One screenshot per page name, each from a fresh tab; returns the files written."""
    from playwright.sync_api import sync_playwright

    written = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            ctx = browser.new_context(viewport=VIEWPORT, color_scheme="light")
            ctx.set_default_timeout(120_000)
            for name in names:
                path, selector = PAGES[name]
                page = ctx.new_page()
                page.goto(base + path)
                settle(page, selector)
                if page.locator("[data-testid=stException]").count():
                    raise RuntimeError(f"{name}: the page shows an exception")
                target = out / f"{name}.png"
                page.screenshot(path=str(target))
                written.append(target)
                page.close()
        finally:
            browser.close()
    return written


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "docs")
    ap.add_argument("--pages", nargs="+", choices=sorted(PAGES), default=README_PAGES)
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as library:
        env = {**os.environ, "NEWSDASH_LIBRARY": library}
        cmd = [sys.executable, "-m", "streamlit", "run", "dashboard.py"]
        log = Path(library) / "server.log"
        server = StreamlitServer(cmd, env, log, timeout_s=120)
        try:
            for target in shoot(server.base, args.pages, args.out):
                print(target.relative_to(ROOT) if target.is_relative_to(ROOT) else target)
        finally:
            server.stop()


if __name__ == "__main__":
    main()
