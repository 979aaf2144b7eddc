"""Rebuild the blind-gold articles (AQUAINT news, 1998-2000) from a local TimeBank+AQUAINT copy.

The texts belong to their publishers and are never committed: this module turns the TempEval-3
training files (`TBAQ-cleaned/AQUAINT/*.tml`) into plain articles (title, blank line, paragraphs;
wire slugs dropped; the dateline joined to the first paragraph; `` '' as curly quotes), exactly
as the annotators saw them. `bench/blindgold/*/NN.json` record each text's sha256, so a changed
conversion is caught instead of silently scoring against shifted offsets.

The copy is looked for in `$NEWSDASH_CORPORA/tbaq/data/TBAQ-cleaned`, default `../corpora` beside
the checkout (fetch github.com/jspotter/TempEval-3 and copy its `data/TBAQ-cleaned`).
"""

from __future__ import annotations

import html
import os
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = Path(os.environ.get("NEWSDASH_CORPORA", ROOT.parent / "corpora"))
TBAQ = CORPORA / "tbaq" / "data" / "TBAQ-cleaned"
WIRE_NOISE = ("(PROFILE", "AP-NY", "BC-")
DATELINE_ALONE = re.compile(r"[A-Z][A-Za-z .,()'-]*(_|--)")


def tml_path(docid: str) -> Path:
    for sub in ("AQUAINT", "TimeBank"):
        p = TBAQ / sub / f"{docid}.tml"
        if p.exists():
            return p
    raise FileNotFoundError(f"{docid}.tml not found under {TBAQ}")


def article_text(docid: str) -> tuple[str, str]:
    """(text, publication date YYYY-MM-DD) of one TimeML document, as the annotators saw it."""
    raw = tml_path(docid).read_text(encoding="utf-8")
    dct = re.search(r"<DCT>.*?value=\"([^\"]+)\"", raw, re.S).group(1)[:10]
    title_m = re.search(r"<TITLE>(.*?)</TITLE>", raw, re.S)
    title = html.unescape(re.sub(r"<[^>]+>", "", title_m.group(1))).strip() if title_m else ""
    body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S).group(1)
    body = html.unescape(re.sub(r"<[^>]+>", "", body))
    paras = [re.sub(r"\s+", " ", x).strip() for x in re.split(r"\n\s*\n", body)]
    paras = [
        x
        for x in paras
        if x and not x.startswith(WIRE_NOISE) and not re.fullmatch(r"[A-Z0-9 -]+\d{4}\w*", x)
    ]
    paras = [x.replace("``", "\u201c").replace("''", "\u201d") for x in paras]
    merged: list[str] = []
    for x in paras:
        if merged and DATELINE_ALONE.fullmatch(merged[-1]):
            merged[-1] = merged[-1].rstrip("_-").rstrip() + " \u2014 " + x
        else:
            merged.append(x)
    return title + "\n\n" + "\n\n".join(merged) + "\n", dct


def available() -> bool:
    return TBAQ.is_dir()
