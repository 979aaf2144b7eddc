"""The owner of a thing a relative clause is about: "Trump's letter to Erdogan, in which he told
the Turkish president …", "Lee's speech, where she said …". The subject of such a clause is the
person who owns the thing, whoever is named between: the parser often hangs the clause on the
nearer name ("Erdogan") or breaks the noun phrase, so the phrase is read back word by word.

Only a clause opened by a preposition and "which" ("in which", "by which") or by "where": a bare
"which" may be the clause's own subject ("Cole's use of the study, which he said was an effort
to blame teachers": the "he" is the senator who criticised it, not Cole).
"""

from __future__ import annotations

OWNER_REACH = 15  # words back from "in which" to the owned thing ("X's letter to Y in which he")
PLACE_RELATIVES = ("where", "whereby")  # open such a clause on their own


def owner_of_relative(part, token, gender: str) -> str | None:
    """The person who owns the thing the relative clause of subject pronoun `token` is about,
    when the clause opens as above and that person may be `gender`; else None. `part`: a
    section of the speaker resolver (its doc, mention index and person mentions)."""
    opening = _clause_opening(part.doc, token)
    if opening is None:
        return None
    for t in reversed(part.doc[max(token.sent.start, opening - OWNER_REACH) : opening]):
        if t.pos_ in ("VERB", "AUX"):
            return None
        m = part.person_mention(t) if t.dep_ == "poss" and t.head.pos_ == "NOUN" else None
        if m is not None:  # not "his" of "to his rival Mark Osei": no owner named there
            name = m.entity["name"]
            return name if part.ix.compatible(name, gender) else None
    return None


def _clause_opening(doc, token) -> int | None:
    """Where the relative clause of subject `token` opens ("in" of "in which he", "where" of
    "where she"), or None when no such clause opens right before it."""
    k = token.i - 1
    if token.dep_ != "nsubj" or k < 1:
        return None
    word = doc[k].lower_
    if word in PLACE_RELATIVES:
        return k
    if word == "which" and doc[k - 1].pos_ == "ADP":
        return k - 1
    return None
