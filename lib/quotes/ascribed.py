"""A sentence ascribed to a source by an "as" clause: "As Reuters noted, Warren has offered no
evidence", "The plan will fail, as the mayor warned in March", "As he put it, …". The "as"
clause names who said it and the main clause is what they said; news writes it so to vouch for
a fact through its source. A helper of `lib.quotes.reported`.

The verbs are data (`data/cues.toml` verbs.as_source): verbs of saying that stand alone after
"as" with their subject. Not "as she spoke" or "as they talked" (a time: the speaking goes on
while something else happens), not "as expected" (nobody named), not "as he said he would" (a
promise kept: the clause under the verb is what he said, not the main clause).
"""

from __future__ import annotations

from lib.quotes.parse import Found, QuoteParse

# Who can hold the "as" clause's saying: not the writer or the reader ("as I said", "as you
# know").
OWN_VOICES = ("i", "we", "you", "one")
# Conjunctions that may open the sentence before the "as" clause and link it to the one before.
LINKING = ("and", "but", "yet", "so")


def as_noted(p: QuoteParse, sent, verb) -> Found | None:
    """The main clause of "As X noted, <main clause>" or "<main clause>, as X noted": said by X."""
    if verb.lemma_.lower() not in p.lex.as_source or verb.dep_ != "advcl":
        return None
    mark = next((c for c in verb.children if c.dep_ == "mark"), None)
    if mark is None or mark.lower_ != "as" or mark.i != verb.left_edge.i:
        return None
    if any(c.dep_ in ("ccomp", "xcomp", "nsubjpass", "auxpass", "neg") for c in verb.children):
        return None  # "as he said he would", "as was reported", "as he did not say"
    if not _says_alone(verb):
        return None  # "as the president said goodbye": an object of its own, a time
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or subject.lower_ in OWN_VOICES or p.inside_quote(subject.idx):
        return None
    if _says_itself(p, sent.root):
        return None  # "As X reported: Blahous argues that …": Blahous's, relayed by X
    lo, hi = _main_clause(sent, verb)
    if hi - lo < 2 or not any(t.pos_ in ("VERB", "AUX") for t in p.doc[lo : hi + 1]):
        return None
    start, end = p.trim(lo, hi)
    if start is None or p.quoted_share(start, end) > 0.5:
        return None  # a direct quote: the quote finder has it
    return Found("indirect", start, end, cue=p.cue_text(verb), subject=subject)


def _says_itself(p: QuoteParse, main) -> bool:
    """Is the main clause a saying with its own speaker ("Blahous argues that …", "it called
    him a “fool”")? Then the outlet "as" names only relays it, and the statement is the
    subject's, found as any other."""
    if not (p.lex.is_speech(main) or main.lemma_.lower() in p.lex.naming):
        return False
    return any(c.dep_ == "nsubj" and not p.inside_quote(c.idx) for c in main.children)


def _says_alone(verb) -> bool:
    """No object but "it" ("as he put it"): the "as" stands for what was said."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    return all(o.lower_ == "it" for o in objects) and (
        verb.lemma_.lower() != "put" or len(objects) == 1
    )


def _main_clause(sent, verb) -> tuple[int, int]:
    """The sentence without the "as" clause and the comma that sets it off: after it when the
    clause opens the sentence, before it when it closes the sentence after a comma (without
    one, "as violent as he suggested" is a comparison); empty when it sits between (its main
    clause is then cut in two: left alone)."""
    first, last = verb.left_edge.i, verb.right_edge.i
    if first == _opening(sent):
        lo = last + 1
        while lo < sent[-1].i and sent.doc[lo].text == ",":
            lo += 1
        return lo, sent[-1].i
    if last >= sent[-1].i - 1 and first > sent[0].i and sent.doc[first - 1].text == ",":
        return sent[0].i, first - 1  # "…, as the mayor warned": not "as violent as he said"
    return 0, -1


def _opening(sent) -> int:
    """Where the sentence's own words open: after a conjunction that only links it to the
    sentence before ("And as other reports have noted, …", "But as the mayor warned, …")."""
    first = sent[0]
    if first.dep_ == "cc" and first.lower_ in LINKING and len(sent) > 1:
        return first.i + 1
    return first.i
