"""Command line: `python -m lib analyze FILE [--published DATE] [--out DIR] [--format F]`.

Also `python -m lib analyze-many FOLDER_OR_GLOB --db URL [--jobs N] [--scheduler tcp://HOST:8786]`:
every article into the store, resumable (see `lib.batch`).

Bad input exits with code 2 and one clear line on stderr; output files appear whole or not at all.
"""

from __future__ import annotations

import argparse
import os
import sys
import unicodedata
from pathlib import Path

from lib.errors import InputError

EXIT_BAD_INPUT = 2
EXIT_SOME_REFUSED = 1
EXIT_INTERRUPTED = 130
DATABASE_ENV = "NEWSDASH_DATABASE_URL"


def plain(message: str) -> str:
    """A message as the characters it holds: control and format characters (a file name with
    a terminal escape, a newline, a bidi override) written as escapes, so outside text cannot
    recolour, rewrite or reorder the terminal line it is printed on."""
    return "".join(
        ch.encode("unicode_escape").decode() if unicodedata.category(ch)[0] == "C" else ch
        for ch in message
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m lib", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("analyze", help="turn an article file into tables")
    p.add_argument("file", help="article file (.txt, .md, .html) or - for standard input")
    p.add_argument("--published", help="publication date YYYY-MM-DD (overrides what is found)")
    p.add_argument("--out", default="out", help="output folder (default: out)")
    p.add_argument("--format", default="json", choices=("json", "csv", "parquet"))
    m = sub.add_parser("analyze-many", help="analyse a folder or glob of articles into the store")
    m.add_argument("target", help="a folder, a glob pattern (quote it) or one article file")
    m.add_argument("--db", help=f"database URL (default: ${DATABASE_ENV})")
    m.add_argument("--jobs", type=int, default=1, help="local worker processes (default: 1)")
    m.add_argument("--scheduler", help="Dask scheduler address (tcp://HOST:8786) to run on")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "analyze-many":
        return analyze_many(args)
    from lib.ingest.formats import load_article, load_file
    from lib.pipeline import analyze

    try:
        if args.file == "-":
            article = load_article(sys.stdin.buffer.read(), filename="stdin")
        else:
            path = Path(args.file)
            if not path.is_file():
                raise InputError(f"No such file: {args.file}")
            article = load_file(path)
        tables = analyze(article, published=args.published)
    except InputError as err:
        print(f"error: {plain(str(err))}", file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        written = tables.save(args.out, args.format)
    except OSError as err:  # a file where the folder should be, a full disk: nothing written
        reason = err.strerror or type(err).__name__
        print(f"error: Could not write the tables to {plain(args.out)}: {reason}.", file=sys.stderr)
        return EXIT_BAD_INPUT
    for path in written:
        print(plain(str(path)))
    return 0


def analyze_many(args: argparse.Namespace) -> int:
    """Run `lib.batch.run` and print its summary; exit 1 if any article was refused."""
    url = args.db or os.environ.get(DATABASE_ENV, "").strip()
    if not url:
        print(f"error: give --db URL or set {DATABASE_ENV}", file=sys.stderr)
        return EXIT_BAD_INPUT
    if args.jobs < 1:
        print("error: --jobs must be 1 or more", file=sys.stderr)
        return EXIT_BAD_INPUT
    from lib import batch
    from lib.store import StoreError, open_store

    try:
        store = open_store(url)
        summary = batch.run(args.target, store, jobs=args.jobs, scheduler=args.scheduler)
    except (InputError, StoreError) as err:
        print(f"error: {plain(str(err))}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:  # before any article was sent (reading the files)
        print("interrupted before any article was analysed", file=sys.stderr)
        return EXIT_INTERRUPTED
    except OSError as err:  # the Dask scheduler cannot be reached
        print(f"error: {plain(f'{args.scheduler or args.target}: {err}')}", file=sys.stderr)
        return EXIT_BAD_INPUT
    for line in summary.lines():
        print(plain(line))
    if summary.interrupted:
        return EXIT_INTERRUPTED
    return EXIT_SOME_REFUSED if summary.refused else 0
