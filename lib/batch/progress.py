"""A one-line progress bar on stderr: `[#####.....] 52/120  done 40  skipped 10  refused 2  3.1/s`.

Redrawn in place on a terminal; elsewhere (a log file, CI) a line every PLAIN_EVERY articles so
the log stays short.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

WIDTH = 30
PLAIN_EVERY = 25


class Progress:
    def __init__(self, total: int, stream: TextIO | None = None):
        self.total = total
        self.stream = stream or sys.stderr
        self.counts = {"done": 0, "skipped": 0, "refused": 0}
        self.started = time.perf_counter()
        self.tty = bool(getattr(self.stream, "isatty", lambda: False)())

    def add(self, outcome: str, n: int = 1) -> None:
        self.counts[outcome] += n
        seen = sum(self.counts.values())
        if self.tty or seen == self.total or seen % PLAIN_EVERY == 0:
            self.draw()

    def draw(self) -> None:
        seen = sum(self.counts.values())
        filled = WIDTH * seen // max(self.total, 1)
        rate = self.counts["done"] / max(time.perf_counter() - self.started, 1e-9)
        counts = "  ".join(f"{k} {v}" for k, v in self.counts.items())
        line = (
            f"[{'#' * filled}{'.' * (WIDTH - filled)}] {seen}/{self.total}  {counts}  {rate:.1f}/s"
        )
        self.stream.write(("\r" + line) if self.tty else (line + "\n"))
        self.stream.flush()

    def close(self) -> None:
        if self.tty:
            self.stream.write("\n")
            self.stream.flush()
