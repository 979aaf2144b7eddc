"""Command line: `python -m lib analyze FILE [--published DATE] [--out DIR] [--format F]`.

Bad input exits with code 2 and one clear line on stderr; output files appear whole or not at all.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from lib.errors import InputError

EXIT_BAD_INPUT = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m lib", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("analyze", help="turn an article file into tables")
    p.add_argument("file", help="article file (.txt, .md, .html) or - for standard input")
    p.add_argument("--published", help="publication date YYYY-MM-DD (overrides what is found)")
    p.add_argument("--out", default="out", help="output folder (default: out)")
    p.add_argument("--format", default="json", choices=("json", "csv", "parquet"))
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
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
        print(f"error: {err}", file=sys.stderr)
        return EXIT_BAD_INPUT
    written = tables.save(args.out, args.format)
    for path in written:
        print(path)
    return 0
