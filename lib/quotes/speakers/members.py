"""A member named after the group it was picked from, when the parser missed the apposition:
"One of the so-called Harbour Three, Ann Lee - who … - said": the tagger hangs "Ann Lee" on the
verb, not on "One". The name written right after the "of …" phrase and its comma is the member
who speaks (`groups` takes the apposition when the parse has it)."""

from __future__ import annotations


def member_named_after(token):
    """The head of the proper name right after `token`'s "of …" phrase and a comma, if it hangs
    on the same verb as `token` (or on `token`); None otherwise."""
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None:
        return None
    doc = token.doc
    comma = of.right_edge.i + 1
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return None
    k = comma + 1
    while k + 1 < len(doc) and doc[k + 1].pos_ == "PROPN" and doc[k].pos_ == "PROPN":
        k += 1
    name = doc[k]
    if name.pos_ != "PROPN" or not name.text[:1].isupper() or name.ent_type_ != "PERSON":
        return None
    return name if name.head in (token, token.head) else None
