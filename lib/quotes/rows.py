"""The rows of the `quotes` table from the statements found, speakers resolved (`finder`).

A speaker named with a role once keeps that role on every row ("Kremlin spokesman Dmitry Peskov"
… "Peskov said"), and each row says how sure its attribution is (`confidence`). A statement no rule
found a speaker for takes the speaker named in the few sentences before it, as a guess marked
`inferred` (the reader shows it as "Name (?)"): an empty speaker is always wrong, and news copy
mostly goes on with whoever was just quoted ("Rose said: … I said that this is alarming").
"""

from __future__ import annotations

from lib.quotes.parse import Found
from lib.quotes.speakers.canonical import plain_marks
from lib.quotes.speakers.resolve import UNKNOWN, Speaker

#: sentences back a statement no rule found a speaker for may take the latest named speaker
GUESS_SENTENCES = 3


def statement_rows(found: list[Found], ctx, lex, roles: dict[str, str]) -> list[dict]:
    """One row per statement, numbered in the order given; `roles`: the resolver's roles by
    speaker name, for a speaker whose statements never name one."""
    rows = []
    first_role: dict[str, str] = {}
    for f in found:
        if f.speaker and f.speaker.name and f.speaker.role:
            first_role.setdefault(f.speaker.name, f.speaker.role)
    last: tuple[int, Speaker] | None = None  # the latest named speaker, by sentence
    for f in found:
        spk = f.speaker or Speaker(None, UNKNOWN, None, None, None, None)
        here = ctx.sentence_index(f.start)
        guessed = False
        if not spk.name and last is not None and here - last[0] <= GUESS_SENTENCES:
            guessed = _no_document_source(spk, lex)
        if guessed and last is not None:  # the words that stand for the speaker stay as written
            spk = Speaker(last[1].name, last[1].kind, last[1].role, spk.mention, spk.start, spk.end)
        elif spk.name and spk.name[:1].isupper():
            last = (here, spk)  # a name, never a description ("analysts") handed on
        role = spk.role
        if spk.name and not role:
            role = first_role.get(spk.name) or roles.get(spk.name)
        rows.append(
            {
                "quote_id": len(rows),
                "speaker": spk.name,
                "speaker_mention": spk.mention,
                "speaker_start": spk.start,
                "speaker_end": spk.end,
                "speaker_kind": spk.kind if spk.name else UNKNOWN,
                "role": role,
                "confidence": "inferred" if f.inherited or guessed else _confidence(spk, lex),
                "kind": f.kind,
                "text": ctx.text[f.start : f.end],
                "start": f.start,
                "end": f.end,
                "cue": f.cue,
                "sentence_id": ctx.sentences[ctx.sentence_index(f.start)].sentence_id,
            }
        )
    return rows


def _no_document_source(spk: Speaker, lex) -> bool:
    """Nothing the statement names as its source is a document: a document no author was
    found for ("The pair of reports said") speaks for nobody the article named before, so it
    is left without a guess."""
    words = plain_marks((spk.mention or "").lower()).split()
    return not words or words[-1] not in lex.works and words[-1].removesuffix("s") not in lex.works


def _confidence(spk: Speaker, lex) -> str:
    """explicit / resolved / inferred / none: see the quotes table in lib/schema.py."""
    if not spk.name:
        return "none"
    if not spk.mention:
        return "inferred"
    mention = plain_marks(spk.mention.lower())  # "O’Brien" and "O'Brien" are one spelling
    if mention in lex.pronouns or mention in ("who", "which", "that"):
        return "resolved"
    name = plain_marks(spk.name.lower())
    last = name.split()[-1]
    return "explicit" if last in mention.split() or mention in name else "resolved"
