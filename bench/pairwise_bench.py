"""Judge a speaker change blind, on stories nobody annotated: the pairwise check of round 20.

    uv run python bench/pairwise_bench.py dump OUT.json [--stories 300] [--seed 2]
    uv run python bench/pairwise_bench.py items BEFORE.json AFTER.json DIR
    uv run python bench/pairwise_bench.py score DIR

A rule that moves one row of a blind set says little either way; the pool of 2019 US stories
(`fresh_texts.us_pool`) holds thousands no set has drawn. `dump` writes the statements' speakers
of `--stories` of them (a seeded sample, none of any drawn set) for the code checked out; run it
before and after a change. `items` writes DIR/items.md, one item per statement whose speaker
changed: the passage with the statement marked ⟦…⟧ and the two speakers as X and Y in a seeded
random order (the key goes to DIR/key.json, which the judge must not open). A helper who never
saw the rules answers each item X, Y, both or neither in DIR/answers.json. `score` prints how
often the new speaker was the right one, the old one, both and neither.

Round 20, a lone surname taken as a person's from the public record: 64 changes on 300
stories; new right 40, old right 4, both 18, neither 2. The texts belong to their publishers:
they are read from the local copy and the items stay outside the repository.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import fresh_texts  # noqa: E402

BEFORE_CHARS, AFTER_CHARS = 700, 250  # the passage around a statement


def sample(stories: int, seed: int) -> list[str]:
    """`stories` keys of 2019 pool stories no drawn set holds, in a seeded order."""
    taken = fresh_texts.drawn_keys(fresh_texts.US_DRAW_ORDER)
    pool = fresh_texts.us_pool()
    keys = sorted(
        k for k, s in pool.items() if s["published"].startswith("2019") and k not in taken
    )
    random.Random(seed).shuffle(keys)
    return keys[:stories]


def dump(out: Path, stories: int, seed: int) -> None:
    import lib

    pool, rows = fresh_texts.us_pool(), {}
    for key in sample(stories, seed):
        story = pool[key]
        published = dt.date.fromisoformat(story["published"][:10])
        table = lib.analyze(f"{story['title']}\n\n{story['content']}\n", published=published)
        rows[key] = [
            [q["start"], q["end"], q["speaker"] if isinstance(q["speaker"], str) else None]
            for q in table.quotes.to_dict("records")
        ]
    out.write_text(json.dumps(rows), encoding="utf-8")
    print(f"{sum(map(len, rows.values()))} statements of {len(rows)} stories written to {out}")


def changes(before: dict, after: dict) -> list[tuple[str, int, int, str | None, str | None]]:
    """(story, start, end, old speaker, new speaker) of each statement whose speaker changed
    (a statement found by one side only counts, with no speaker on the other)."""
    out = []
    for key in sorted(set(before) & set(after)):
        old = {(s, e): sp for s, e, sp in before[key]}
        new = {(s, e): sp for s, e, sp in after[key]}
        for span in sorted(set(old) | set(new)):
            if old.get(span) != new.get(span):
                out.append((key, *span, old.get(span), new.get(span)))
    return out


def items(before: Path, after: Path, folder: Path, seed: int = 20) -> None:
    pool, rng = fresh_texts.us_pool(), random.Random(seed)
    found = changes(json.loads(before.read_text()), json.loads(after.read_text()))
    folder.mkdir(parents=True, exist_ok=True)
    lines, key = [], []
    for n, (story, start, end, old, new) in enumerate(found, 1):
        text = f"{pool[story]['title']}\n\n{pool[story]['content']}\n"
        lo, hi = max(0, start - BEFORE_CHARS), min(len(text), end + AFTER_CHARS)
        passage = f"{text[lo:start]}⟦{text[start:end]}⟧{text[end:hi]}"
        sides = [("old", old or "(no speaker)"), ("new", new or "(no speaker)")]
        rng.shuffle(sides)
        key.append({"id": n, "X": sides[0][0], "Y": sides[1][0]})
        lines += [f"## Item {n}\n", "Passage (the statement is between ⟦ and ⟧):\n", passage, ""]
        lines += [f"X: {sides[0][1]}", f"Y: {sides[1][1]}", ""]
    (folder / "items.md").write_text("\n".join(lines), encoding="utf-8")
    (folder / "key.json").write_text(json.dumps(key), encoding="utf-8")
    print(f"{len(found)} items written to {folder / 'items.md'}")


def score(folder: Path) -> dict[str, int]:
    key = json.loads((folder / "key.json").read_text())
    answers = json.loads((folder / "answers.json").read_text())
    counts = {"new right": 0, "old right": 0, "both": 0, "neither": 0, "unanswered": 0}
    for item in key:
        answer = answers.get(str(item["id"]))
        if answer in ("X", "Y"):
            counts[f"{item[answer]} right"] += 1
        else:
            counts[answer if answer in ("both", "neither") else "unanswered"] += 1
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("--stories", type=int, default=300)
    d.add_argument("--seed", type=int, default=2)
    i = sub.add_parser("items")
    i.add_argument("before", type=Path)
    i.add_argument("after", type=Path)
    i.add_argument("folder", type=Path)
    s = sub.add_parser("score")
    s.add_argument("folder", type=Path)
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.out, args.stories, args.seed)
    elif args.command == "items":
        items(args.before, args.after, args.folder)
    else:
        print("  ".join(f"{k} {v}" for k, v in score(args.folder).items()))


if __name__ == "__main__":
    main()
