"""`python -m lib.store`: migrate a store, import a library folder, list or redo stale analyses.

  python -m lib.store upgrade [--db URL]
  python -m lib.store import FOLDER [--db URL]
  python -m lib.store stale [--db URL]
  python -m lib.store reanalyse [--db URL]

Without --db the store is $NEWSDASH_DATABASE_URL, else the SQLite file in the library folder
($NEWSDASH_LIBRARY, else library/).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from lib.store import Store, StoreError, configured_url, normalise_url
from lib.store.importer import import_folder
from lib.store.refresh import reanalyse_stale

ROOT = Path(__file__).resolve().parents[2]


def default_folder() -> Path:
    configured = os.environ.get("NEWSDASH_LIBRARY", "").strip()
    return Path(configured).expanduser() if configured else ROOT / "library"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m lib.store", description=__doc__.split("\n")[0])
    parser.add_argument("command", choices=["upgrade", "import", "stale", "reanalyse"])
    parser.add_argument("folder", nargs="?", help="the library folder to import (import only)")
    parser.add_argument("--db", help="database URL (default: the configured store)")
    args = parser.parse_args(argv)
    if args.command == "import" and not args.folder:
        parser.error("import needs the folder to import")
    url = normalise_url(args.db) if args.db else configured_url(default_folder())
    try:
        store = Store(url)
        if args.command == "upgrade":
            print(f"{store!r} is at the newest schema.")
        elif args.command == "import":
            report = import_folder(store, Path(args.folder))
            for name, why in report.refused:
                print(f"refused {name}: {why}", file=sys.stderr)
            print(report.summary())
        elif args.command == "stale":
            for article_id in store.stale_analyses():
                print(article_id)
        else:
            report = reanalyse_stale(store)
            for article_id, why in report.failed:
                print(f"failed {article_id}: {why}", file=sys.stderr)
            print(report.summary())
    except StoreError as err:
        print(err, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
