"""An "it" that opens a time or reason clause hung on the main verb: "The senator criticised The
Boston Globe after it reported that …", "The board sued the firm because it had said …".

English takes the subject of such a clause from the main clause it hangs on, not from a body named
sentences before: the sentence's own subject when that is a body, else the body that is the main
verb's object. Left to the general search, "it" would skip the object (only subjects are looked
at) and go back to an organisation of an earlier sentence. The conjunctions are data
(data/speakers.toml [subordinate])."""

from __future__ import annotations

from lib.quotes.speakers.mentions import Speaker
from lib.quotes.speakers.words import speaker_words

SUBJECTS = ("nsubj", "nsubjpass")
OBJECTS = ("dobj", "dative")


def main_clause_token(token):
    """The verb of the main clause when `token` ("it") is the subject of an adverbial clause that
    a conjunction of [subordinate] opens and that hangs on that verb; else None."""
    verb = token.head
    if token.dep_ not in SUBJECTS or verb.dep_ != "advcl" or verb.head.i == verb.i:
        return None
    marks = [c.lower_ for c in verb.children if c.dep_ == "mark"]
    if not marks or marks[0] not in speaker_words().subordinators:
        return None
    return verb.head


def main_clause_body(part, token, at: int) -> Speaker | None:
    """The body that "it" (`token`) in such a clause stands for: the main verb's subject when it
    names a body, else its object (`part`: the resolver's Pronouns section, whose
    `_group_subject` tells a body from a person)."""
    main = main_clause_token(token)
    if main is None:
        return None
    for deps in (SUBJECTS, OBJECTS):
        for t in main.children:
            if t.dep_ in deps and t.i < token.i and not part.inside_quote(t.idx):
                found = part._group_subject(t, at, False)
                if found is not None and found.name:
                    return found
    return None
