"""The writer's bracketed notes on a quoted text: "(emphasis added)", "[emphasis mine]".

A reporting verb inside brackets that close right after it ("Per the plan (emphasis added): …",
"Here is the memo [emphasis added throughout]: …") tells the reader how the writer set the
words that follow; it is nobody's saying, so the words after it are not its statement.
"""

from __future__ import annotations

CLOSERS = {")": "(", "]": "["}
AFTER = 2  # tokens after the verb before its bracket closes ("added throughout]")


def bracketed_aside(verb) -> bool:
    """Is `verb` inside brackets opened in its sentence and closed within `AFTER` tokens of it?"""
    doc = verb.doc
    sent = verb.sent
    for t in doc[verb.i + 1 : min(verb.i + 1 + AFTER, sent.end)]:
        closer = t.text[:1]
        if closer not in CLOSERS:
            continue
        opener = CLOSERS[closer]
        before = doc[sent.start : verb.i]
        last_open = max((b.i for b in before if b.text.startswith(opener)), default=None)
        last_close = max((b.i for b in before if b.text.startswith(closer)), default=-1)
        return last_open is not None and last_open > last_close
    return False
