"""The writer's bracketed notes on a quoted text: "(emphasis added)", "[emphasis mine]".

A reporting verb inside brackets that close right after it ("Per the plan (emphasis added): …",
"Here is the memo [emphasis added throughout]: …") before a colon tells the reader how the writer set the
words that follow; it is nobody's saying, so the words after it are not its statement.
"""

from __future__ import annotations

CLOSERS = {")": "(", "]": "["}
AFTER = 2  # tokens after the verb before its bracket closes ("added throughout]")


def bracketed_aside(verb) -> bool:
    """Is `verb` with its subject alone in brackets, opened right before the subject and closed
    within `AFTER` tokens of the verb, before a colon? ("(The plan was dropped, officials
    said.)" holds its statement; "Lee won (the AP reported)" says what came before.)"""
    doc = verb.doc
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i > verb.i or subject.left_edge.i == 0:
        return False
    opener = doc[subject.left_edge.i - 1].text
    for t in doc[verb.i + 1 : min(verb.i + 1 + AFTER, verb.sent.end)]:
        if t.text[:1] in CLOSERS:
            colon = ":" in t.text or (t.i + 1 < len(doc) and doc[t.i + 1].text == ":")
            return CLOSERS[t.text[:1]] == opener and colon
    return False
