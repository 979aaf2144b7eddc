"""The app in headless Chromium: time to a rendered reader, filter changes, memory, 20-session load.

    uv run python bench/app_bench.py [--cold 3] [--warm 7] [--filters 7] [--sessions 20]

Everything is on loopback (a `streamlit run` server on 127.0.0.1, Debian's chromium driven by
Playwright) and every loop is bounded. "Rendered" means the reader's article (`.nd-article`) is in
the page and the script run is over (`[data-testid=stApp][data-test-script-state=notRunning]`);
a session showing `stException` or timing out counts as an error. Prints:
  server start       process start to /_stcore/health answering
  cold reader        first session on a fresh server (model load and analysis included), per server
  warm reader        a new browser session on a server that has served one (cached analysis)
  filter change      choosing another speaker in the sidebar to the reader re-rendered
  server RSS         after 1 session, with --sessions sessions open, and after they close
  load               --sessions concurrent new sessions on the Reader: p50 / p95 / max, errors
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from servers import StreamlitServer, cpu_s, rss_mb  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("NEWSDASH_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
]
READY = "[data-testid=stApp][data-test-script-state=notRunning]"
ARTICLE = ".nd-article"
TIMEOUT_MS = 120_000
START_TIMEOUT_S = 90


class Server(StreamlitServer):
    """One `streamlit run dashboard.py` on loopback with a throw-away library folder."""

    def __init__(self, library: Path):
        cmd = [sys.executable, "-m", "streamlit", "run", "dashboard.py"]
        env = {**os.environ, "NEWSDASH_LIBRARY": str(library)}
        log = library.parent / f"server-{time.monotonic_ns()}.log"
        super().__init__(cmd, env, log, START_TIMEOUT_S)

    def rss(self) -> float:
        return rss_mb([self.proc.pid])

    def cpu(self) -> float:
        return cpu_s(self.proc.pid, [self.proc.pid])


async def open_reader(browser, url: str):
    """A new session on the Reader: (seconds to rendered, page, context, error or None)."""
    context = await browser.new_context(viewport={"width": 1400, "height": 1000})
    context.set_default_timeout(TIMEOUT_MS)
    page = await context.new_page()
    started = time.perf_counter()
    error = None
    try:
        await page.goto(url)
        await page.wait_for_selector(ARTICLE, state="attached")
        await page.wait_for_selector(READY, state="attached")
        if await page.locator("[data-testid=stException]").count():
            error = "stException on the page"
    except Exception as err:  # timeouts and crashes are counted, not raised
        error = f"{type(err).__name__}: {str(err).splitlines()[0][:120]}"
    return time.perf_counter() - started, page, context, error


async def change_speaker(page, round_no: int) -> float:
    """Pick another speaker in the sidebar; seconds until the reader shows the new filter."""
    box = page.locator("[data-testid=stSidebar] [data-testid=stSelectbox]").filter(
        has_text="Speaker"
    )
    before = await page.inner_html(ARTICLE)
    await box.click()
    options = page.get_by_role("option")
    count = await options.count()
    if count == 0:
        raise RuntimeError("the Speaker box has no options on this article")
    option = options.nth(round_no % count)
    started = time.perf_counter()
    await option.click()
    await page.wait_for_function(
        """(before) => {
            const a = document.querySelector('.nd-article');
            const app = document.querySelector('[data-testid=stApp]');
            return a && a.innerHTML !== before
                && app.getAttribute('data-test-script-state') === 'notRunning';
        }""",
        arg=before,
        timeout=TIMEOUT_MS,
    )
    return time.perf_counter() - started


def quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


async def run(args) -> None:
    from playwright.async_api import async_playwright

    executable = CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium")
    if not executable:
        sys.exit("Debian chromium is not installed (apt-get install chromium)")
    folder = Path(tempfile.mkdtemp(prefix="app-bench-"))
    print(f"machine: {os.cpu_count()} CPUs, shared with other work; loopback only; medians")
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        starts, colds = [], []
        server = None
        for i in range(args.cold):
            if server:
                server.stop()
            server = Server(folder / f"library-{i}")
            starts.append(server.start_s)
            seconds, page, context, error = await open_reader(browser, f"{server.base}/Reader")
            if error:
                server.stop()
                tail = Path(server.log.name).read_text(errors="replace").splitlines()[-8:]
                raise RuntimeError(f"cold reader failed: {error}\n" + "\n".join(tail))
            colds.append(seconds)
            await context.close()
        rss_after_1 = server.rss()

        warms = []
        warm_cpu = server.cpu()
        for _ in range(args.warm):
            seconds, page, context, error = await open_reader(browser, f"{server.base}/Reader")
            if error:
                raise RuntimeError(f"warm reader failed: {error}")
            warms.append(seconds)
            await context.close()
        warm_cpu = (server.cpu() - warm_cpu) / args.warm

        seconds, page, context, error = await open_reader(browser, f"{server.base}/Reader")
        filters = [await change_speaker(page, k) for k in range(args.filters)]
        await context.close()

        rss_before_load = server.rss()
        load_cpu = server.cpu()
        started = time.perf_counter()
        results = await asyncio.gather(
            *(open_reader(browser, f"{server.base}/Reader") for _ in range(args.sessions))
        )
        wall = time.perf_counter() - started
        load_cpu = server.cpu() - load_cpu
        rss_open = server.rss()
        for _, _, context, _ in results:
            await context.close()
        await asyncio.sleep(3)  # let the server notice the closed sessions
        rss_closed = server.rss()
        await browser.close()
        server.stop()

    ok = [s for s, _, _, err in results if err is None]
    errors = [err for _, _, _, err in results if err]
    print(f"server start       {statistics.median(starts):6.2f} s   (runs: {fmt(starts)})")
    print(
        f"cold reader        {statistics.median(colds):6.2f} s   (one per fresh server: {fmt(colds)})"
    )
    print(
        f"warm reader        {statistics.median(warms):6.2f} s   (new sessions: {fmt(warms)}); "
        f"server CPU {warm_cpu:.2f} s per session"
    )
    print(
        f"filter change      {statistics.median(filters):6.2f} s   (speaker picks: {fmt(filters)})"
    )
    print(
        f"server RSS         {rss_after_1:6.0f} MB after 1 session, "
        f"{rss_before_load:.0f} MB after {1 + args.warm + 1} sequential sessions, "
        f"{rss_open:.0f} MB with {args.sessions} concurrent sessions open, "
        f"{rss_closed:.0f} MB after they closed"
    )
    if ok:
        print(
            f"load               {args.sessions} concurrent sessions: {len(ok)} rendered, "
            f"{len(errors)} errors; p50 {quantile(ok, 0.5):.2f} s, p95 {quantile(ok, 0.95):.2f} s, "
            f"max {max(ok):.2f} s; all done in {wall:.2f} s, of which the server used "
            f"{load_cpu:.1f} CPU-s (the browser's {args.sessions} pages share the machine's cores)"
        )
    for err in sorted(set(errors))[:5]:
        print(f"                   error: {err}")
    shutil.rmtree(folder, ignore_errors=True)


def fmt(values: list[float]) -> str:
    return ", ".join(f"{v:.2f}" for v in values)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cold", type=int, default=3, help="fresh servers, one cold session each")
    ap.add_argument("--warm", type=int, default=7)
    ap.add_argument("--filters", type=int, default=7)
    ap.add_argument("--sessions", type=int, default=20)
    args = ap.parse_args()
    for name in ("cold", "warm", "filters", "sessions"):
        setattr(args, name, max(1, min(getattr(args, name), 50)))  # bounded loops
    asyncio.run(run(args))


if __name__ == "__main__":
    main()
