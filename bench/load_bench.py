"""Server cost of concurrent Reader sessions, and whether a heavy analysis starves other readers.

    uv run python bench/load_bench.py [--sessions 20] [--shape quotes|paragraphs] [--probes 5]

One `streamlit run dashboard.py` on 127.0.0.1 with NEWSDASH_LIBRARY in a temporary folder (one
article saved there through `app.library` first, so nothing touches the repository's library),
and ONE headless chromium with a browser context per session, so the browsers' cost is one
process beside the server's. A session's time runs from navigation to the Reader's article
(`.nd-article`) being in the page with the saved article's words in it. Every loop is bounded and
every wait has a timeout; the server and the browser are stopped at the end. Prints:

  warm-up        the first Reader of each article (analysis or store read included)
  load <article> --sessions concurrent new sessions on the Reader: p50 / p95 / max, errors,
                 server RSS (the server and its child processes) before / peak during / after,
                 and the server's CPU seconds (children included) over the run
  isolation      one session uploads ~190 KB of a pathological shape through the sidebar's
                 "Add an article" form; while its analysis runs, --probes new sessions open the
                 saved article's Reader one after another: each probe's time beside the idle
                 time, and how long the heavy analysis took (or that it was still running)
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from servers import StreamlitServer, cpu_s, descendants, rss_mb  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
SEED_WORDS = "Crocus City Hall"  # in the seed article's text
SAVED = ROOT / "tests" / "articles" / "disaster-evia-wildfire.txt"
SAVED_WORDS = "Evia"
ARTICLE = ".nd-article"
TIMEOUT_MS = 240_000  # per session; --timeout
START_TIMEOUT_S = 120
ISOLATION_TARGET_S = 2.0
MAX_CHARS = 190_000  # under the app's 200,000-character limit


# ----------------------------------------------------------------------------- inputs


def pathological(shape: str, chars: int = MAX_CHARS) -> str:
    """A text of about `chars` characters in one of the shapes that are slow to analyse."""
    if shape == "paragraphs":  # 10,000 short paragraphs
        unit = "Crews met at {i}.\n\n"
        count = min(10_000, chars // len(unit.format(i=1_000)))
        return "Short notes\n\n" + "".join(unit.format(i=i) for i in range(count))
    # dense straight quote marks: every few words opens or closes a quotation
    unit = '"We will go," she said. "Now," he said, "or "never"." '
    body = "".join(unit for _ in range(chars // len(unit)))
    paras = [body[i : i + 900] for i in range(0, len(body), 900)]
    return "Dense quotes\n\n" + "\n\n".join(paras)


# ----------------------------------------------------------------------------- server process

SERVE_FLAG = "--serve-timing-runs-to"


def serve_timed(runs_path: str, argv: list[str]) -> None:
    """Run the Streamlit CLI in this process, each script run timed on the server: one JSON line
    per run (wall start/end, the script thread's CPU seconds, page and query), so the page's
    server cost is measured apart from the browser that asked for it."""
    import threading

    from streamlit.runtime.scriptrunner import script_runner
    from streamlit.web.cli import main as streamlit_main

    original = script_runner.ScriptRunner._run_script
    lock = threading.Lock()

    def timed(self, rerun_data):
        start, cpu = time.time(), time.thread_time()
        try:
            return original(self, rerun_data)
        finally:
            record = {
                "session": self._session_id,
                "start": start,
                "seconds": time.time() - start,
                "cpu": time.thread_time() - cpu,
                "page": rerun_data.page_name,
                "query": rerun_data.query_string,
            }
            with lock, open(runs_path, "a") as out:
                out.write(json.dumps(record) + "\n")

    script_runner.ScriptRunner._run_script = timed
    sys.argv = ["streamlit", *argv]
    streamlit_main(prog_name="streamlit")


def browser_cpu(server: Server) -> float:
    """CPU seconds of this bench's other child processes: the browser (and its driver)."""
    server_tree = set(descendants(server.proc.pid))
    mine = [p for p in descendants(os.getpid()) if p not in server_tree and p != os.getpid()]
    return cpu_s(-1, mine)


class Server(StreamlitServer):
    """`streamlit run dashboard.py` on loopback, its library in `folder`, each script run
    timed (see `serve_timed`)."""

    def __init__(self, folder: Path):
        self.runs_path = folder.parent / "script-runs.jsonl"
        cmd = [sys.executable, str(Path(__file__).resolve()), SERVE_FLAG, str(self.runs_path)]
        cmd += ["run", "dashboard.py"]
        env = {k: v for k, v in os.environ.items() if k != "NEWSDASH_DATABASE_URL"}
        env["NEWSDASH_LIBRARY"] = str(folder)
        super().__init__(cmd, env, folder.parent / "server.log", START_TIMEOUT_S)

    def rss(self) -> float:
        return rss_mb(descendants(self.proc.pid))

    def script_runs(self, since: float, until: float, query: str | None = None) -> list[dict]:
        """The server's script runs that started in [since, until] (wall clock), optionally
        only those whose URL query contains `query`."""
        if not self.runs_path.exists():
            return []
        runs = [json.loads(line) for line in self.runs_path.read_text().splitlines() if line]
        return [
            r
            for r in runs
            if since <= r["start"] <= until and (query is None or query in r["query"])
        ]

    def wait_runs(
        self, since: float, until: float, query: str | None = None, count: int = 1
    ) -> list[dict]:
        """As `script_runs`, waiting (up to 30 s) for `count` of them: a run is written when it
        ends, which can be after the browser has shown what it sent."""
        deadline = time.monotonic() + 30
        while True:
            runs = self.script_runs(since, until, query)
            if len(runs) >= count or time.monotonic() > deadline:
                return runs
            time.sleep(0.2)

    def cpu(self) -> float:
        return cpu_s(self.proc.pid, descendants(self.proc.pid))

    def processes(self) -> int:
        return len(descendants(self.proc.pid))


class RssSampler:
    """Peak RSS of the server tree, sampled every `every` seconds while in use."""

    def __init__(self, server: Server, every: float = 0.25):
        self.server, self.every, self.peak = server, every, 0.0
        self._task: asyncio.Task | None = None

    async def _run(self) -> None:
        for _ in range(100_000):  # bounded; cancelled when the measured run ends
            self.peak = max(self.peak, self.server.rss())
            await asyncio.sleep(self.every)

    async def __aenter__(self):
        self._task = asyncio.create_task(self._run())
        return self

    async def __aexit__(self, *exc):
        self._task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._task
        self.peak = max(self.peak, self.server.rss())


# ----------------------------------------------------------------------------- browser sessions


@dataclass
class Opened:
    seconds: float
    context: object
    page: object
    error: str | None = None
    started: float = 0.0  # wall clock, to find the server's script run of this session


async def new_page(browser):
    context = await browser.new_context(viewport={"width": 1400, "height": 1000})
    context.set_default_timeout(TIMEOUT_MS)
    return context, await context.new_page()


async def open_reader(browser, url: str, words: str) -> Opened:
    """A new session on the Reader: seconds from navigation to the article with `words` in it."""
    context, page = await new_page(browser)
    wall, started = time.time(), time.perf_counter()
    error = None
    try:
        await page.goto(url, wait_until="commit")
        await page.wait_for_function(
            "([sel, words]) => { const a = document.querySelector(sel);"
            " return a && a.textContent.includes(words); }",
            arg=[ARTICLE, words],
            timeout=TIMEOUT_MS,
        )
    except Exception as err:  # noqa: BLE001 - timeouts and crashes are counted, not raised
        error = f"{type(err).__name__}: {str(err).splitlines()[0][:120]}"
    return Opened(time.perf_counter() - started, context, page, error, wall)


@dataclass
class LoadResult:
    label: str
    times: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    wall: float = 0.0
    cpu: float = 0.0
    rss_before: float = 0.0
    rss_peak: float = 0.0
    rss_after: float = 0.0
    server_runs: list[dict] = field(default_factory=list)
    browser_cpu: float = 0.0


async def load(browser, server: Server, url: str, words: str, sessions: int, label: str):
    result = LoadResult(label)
    result.rss_before = server.rss()
    cpu, other = server.cpu(), browser_cpu(server)
    wall, started = time.time(), time.perf_counter()
    async with RssSampler(server) as sampler:
        opened = await asyncio.gather(*(open_reader(browser, url, words) for _ in range(sessions)))
    result.wall = time.perf_counter() - started
    result.server_runs = server.wait_runs(wall, time.time(), count=sessions)
    result.cpu = server.cpu() - cpu
    result.browser_cpu = browser_cpu(server) - other
    result.rss_peak = sampler.peak
    for o in opened:
        if o.error:
            result.errors.append(o.error)
        else:
            result.times.append(o.seconds)
        await o.context.close()
    await asyncio.sleep(3)  # let the server drop the closed sessions
    result.rss_after = server.rss()
    return result


# ----------------------------------------------------------------------------- heavy analysis

# The add-article form's outcome: its Title box (analysed), or an error or warning (refused,
# timed out).
DONE_JS = """() => {
    const side = document.querySelector('[data-testid=stSidebar]');
    if (!side) return null;
    const labels = [...side.querySelectorAll('[data-testid=stTextInput] label')];
    if (labels.some(l => l.textContent.trim() === 'Title')) return 'analysed';
    // errors and warnings only (role=alert): an info box may be a progress state
    const alert = side.querySelector(
        '[data-testid=stAlertContainer][role=alert], [data-testid=stException]');
    if (alert) return 'message: ' + alert.textContent.trim().slice(0, 100);
    if (document.querySelector('[data-testid=stException]')) return 'exception';
    return null;
}"""


async def start_heavy_upload(browser, base: str, text: str, shape: str):
    """Open the Overview, upload `text` through the sidebar form; returns (context, page, t0)."""
    context, page = await new_page(browser)
    await page.goto(base + "/")
    await page.wait_for_selector(".nd-title")
    await (
        page.locator("[data-testid=stSidebar] [data-testid=stExpander] summary")
        .filter(has_text="Add an article")
        .click()
    )
    started, wall = time.perf_counter(), time.time()
    await page.locator("[data-testid=stSidebar] input[type=file]").set_input_files(
        {"name": f"{shape}.txt", "mimeType": "text/plain", "buffer": text.encode("utf-8")}
    )
    return context, page, started, wall


async def heavy_state(page) -> str | None:
    try:
        return await page.evaluate(DONE_JS)
    except Exception as err:  # noqa: BLE001 - a crashed page is an outcome too
        return f"page error: {type(err).__name__}"


async def isolation(
    browser, server: Server, args, saved_url: str, saved_id: str, idle: list[Opened]
) -> None:
    text = pathological(args.shape)
    print(
        f"isolation: uploading {len(text):,} characters of '{args.shape}' "
        f"({len(text.encode()) / 1000:.0f} KB) in one session"
    )
    rss_before, cpu = server.rss(), server.cpu()
    async with RssSampler(server, every=0.5) as sampler:
        context, page, t0, heavy_wall = await start_heavy_upload(
            browser, server.base, text, args.shape
        )
        await asyncio.sleep(args.head_start)
        state = await heavy_state(page)
        if state:
            print(f"  the heavy analysis ended before the probes started ({state}): no measure")
        probes = []
        for _ in range(args.probes if not state else 0):
            o = await open_reader(browser, saved_url, SAVED_WORDS)
            running = await heavy_state(page) is None
            await o.context.close()
            probes.append((o, running, time.perf_counter() - t0))
        for o, running, at in probes:
            verdict = "ok" if o.error is None and o.seconds <= ISOLATION_TARGET_S else "SLOW"
            runs = server.wait_runs(o.started, o.started + o.seconds, saved_id)
            on_server = f"{runs[0]['seconds']:.2f} s" if runs else "n/a"
            print(
                f"  probe Reader (saved article) {o.seconds:6.2f} s in the browser, {on_server} "
                f"script run on the server, at {at:5.1f} s into the analysis (still "
                f"{'running' if running else 'FINISHED'}); {o.error or verdict} "
                f"(target {ISOLATION_TARGET_S:.0f} s)"
            )
        waited = 0.0
        while state is None and waited < args.heavy_cap:
            await asyncio.sleep(1)
            waited = time.perf_counter() - t0
            state = await heavy_state(page)
        heavy_s = time.perf_counter() - t0
    if idle:
        runs = [r for o in idle for r in server.wait_runs(o.started, o.started + o.seconds)]
        print(
            f"  idle Reader (saved article), same server: {fmt([o.seconds for o in idle])} s in "
            f"the browser, {fmt([r['seconds'] for r in runs])} s script runs on the server"
        )
    outcome = state or f"still running after {args.heavy_cap:.0f} s (cap), not waited for"
    print(f"  heavy session: {outcome} after {heavy_s:.1f} s from the upload")
    heavy_runs = []
    for _ in range(60 if state else 0):  # its record is written when the run ends
        heavy_runs = [r for r in server.script_runs(heavy_wall - 1, time.time()) if not r["query"]]
        if heavy_runs:
            break
        await asyncio.sleep(0.5)
    if heavy_runs:
        longest = max(heavy_runs, key=lambda r: r["seconds"])
        print(
            f"  heavy session's longest script run on the server: {longest['seconds']:.1f} s "
            f"(script-thread CPU {longest['cpu']:.1f} s)"
        )
    print(
        f"  server RSS {rss_before:.0f} MB before, {sampler.peak:.0f} MB peak, "
        f"CPU {server.cpu() - cpu:.1f} s; {server.processes()} server processes now"
    )
    await context.close()


# ----------------------------------------------------------------------------- report


def quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def fmt(values: list[float]) -> str:
    return ", ".join(f"{v:.2f}" for v in values)


def report(r: LoadResult, sessions: int) -> None:
    ok = r.times
    line = f"load {r.label:6} {sessions} concurrent sessions: {len(ok)} rendered, {len(r.errors)} errors"
    if ok:
        line += (
            f"; p50 {quantile(ok, 0.5):.2f} s, p95 {quantile(ok, 0.95):.2f} s, max {max(ok):.2f} s"
            f" (min {min(ok):.2f} s); all done in {r.wall:.1f} s"
        )
    print(line)
    runs = [x["seconds"] for x in r.server_runs]
    if runs:
        print(
            f"             server side: {len(runs)} script runs, p50 {quantile(runs, 0.5):.2f} s, "
            f"p95 {quantile(runs, 0.95):.2f} s, max {max(runs):.2f} s; script-thread CPU "
            f"{sum(x['cpu'] for x in r.server_runs):.1f} s"
        )
    print(
        f"             server RSS {r.rss_before:.0f} MB before, {r.rss_peak:.0f} MB peak during, "
        f"{r.rss_after:.0f} MB after; server CPU {r.cpu:.1f} s "
        f"({r.cpu / max(1, sessions):.2f} s per session); the browser's CPU {r.browser_cpu:.1f} s"
    )
    for err in sorted(set(r.errors))[:3]:
        print(f"             error: {err}")


async def run(args) -> None:
    from playwright.async_api import async_playwright

    from app import library

    if not Path(CHROMIUM).exists():
        sys.exit(f"{CHROMIUM} is not installed (apt-get install chromium)")
    tmp = Path(tempfile.mkdtemp(prefix="load-bench-"))
    folder = tmp / "library"
    folder.mkdir()
    meta = json.loads(SAVED.with_suffix(".json").read_text("utf-8"))
    saved = library.save_article(SAVED.read_bytes(), SAVED.name, meta, folder)
    print(
        f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} "
        "(shared: times are noisy); loopback only"
    )
    server = Server(folder)
    try:
        seed_url = f"{server.base}/Reader"
        saved_url = f"{server.base}/Reader?article={saved.article_id}"
        async with async_playwright() as p:
            browser = await p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                print(f"server start   {server.start_s:.1f} s; RSS {server.rss():.0f} MB")
                for label, url, words in (
                    ("seed", seed_url, SEED_WORDS),
                    ("saved", saved_url, SAVED_WORDS),
                ):
                    o = await open_reader(browser, url, words)
                    await o.context.close()
                    if o.error:
                        raise RuntimeError(f"{label} Reader failed: {o.error}\n{server.log_tail()}")
                    print(f"warm-up {label:6} first Reader {o.seconds:.2f} s")
                idle = []
                for _ in range(3):
                    o = await open_reader(browser, saved_url, SAVED_WORDS)
                    await o.context.close()
                    if o.error is None:
                        idle.append(o)
                if not args.isolation_only:
                    for label, url, words in (
                        ("seed", seed_url, SEED_WORDS),
                        ("saved", saved_url, SAVED_WORDS),
                    ):
                        report(await load(browser, server, url, words, args.sessions, label),
                               args.sessions)  # fmt: skip
                if not args.no_isolation:
                    await isolation(browser, server, args, saved_url, saved.article_id, idle)
            finally:
                await browser.close()
    finally:
        server.stop()
        shutil.rmtree(tmp, ignore_errors=True)


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == SERVE_FLAG:
        serve_timed(sys.argv[2], sys.argv[3:])
        return
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sessions", type=int, default=20)
    ap.add_argument("--shape", choices=("quotes", "paragraphs"), default="quotes")
    ap.add_argument("--probes", type=int, default=5, help="Reader probes during the analysis")
    ap.add_argument("--head-start", type=float, default=3.0, help="seconds before the probes")
    ap.add_argument("--heavy-cap", type=float, default=180.0, help="longest wait for it (s)")
    ap.add_argument("--no-isolation", action="store_true")
    ap.add_argument("--isolation-only", action="store_true")
    ap.add_argument("--timeout", type=float, default=240.0, help="per session (s)")
    args = ap.parse_args()
    global TIMEOUT_MS
    TIMEOUT_MS = int(max(10.0, min(args.timeout, 600.0)) * 1000)
    args.sessions = max(1, min(args.sessions, 50))  # bounded loops
    args.probes = max(1, min(args.probes, 20))
    args.heavy_cap = max(1.0, min(args.heavy_cap, 900.0))
    asyncio.run(run(args))


if __name__ == "__main__":
    main()
