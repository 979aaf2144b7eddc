"""A poll named by its word alone speaks for the body the article says took it.

"Poll: Governor Leads" in a headline, "The poll, taken May 1-3, shows …", "the survey's results
show …": a statement whose speaker is only the word "poll" or "survey" (no sponsor before it,
no "by X", no earlier poll it stands for) is the finding of a poll somebody took, and the
article usually says who, somewhere else: in a name before a poll word ("the last two Harbor
University polls", "Harbor University Polling Analyst Ann Lee"), after "poll from/by"
("a poll by Harbor Research"), as the one who asked ("Harbor also asked 600 voters …"), or as
a polling firm the article quotes ("According to Marlow Analytics: …", a body whose name ends
in a word of data/speakers.toml [surveys] `makers`). The first of these in the article is the
body that took the poll the article is about; the bare word "Poll" is never a speaker. With none
the word stays as it was.
"""

from __future__ import annotations

import functools

from lib.quotes.clauses import ASKING
from lib.quotes.speakers.mentions import ORGANIZATION
from lib.ruledata import load

MAKER_PREPS = ("by", "from")
NAME_JOINERS = ("of", "for", "&")  # inside a body's name: "Club for Growth", "Bank of Harbor"


@functools.cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    cfg = load("speakers.toml").get("surveys", {})
    return frozenset(cfg.get("unnamed", ())), frozenset(cfg.get("makers", ()))


def name_pollsters(found: list, doc) -> None:
    """Rename in place the speakers of `found` that are a bare poll word (see module)."""
    unnamed = _words()[0]
    bare = [f for f in found if f.speaker is not None and _bare(f.speaker.name, unnamed)]
    if not bare:
        return
    maker = _first_maker(doc, found, unnamed)
    if maker is None:
        return
    for f in bare:
        f.speaker.name, f.speaker.kind = maker, ORGANIZATION


def _bare(name: str | None, unnamed: frozenset[str]) -> bool:
    """ "Poll", "the survey": a poll word and nothing else."""
    words = (name or "").lower().split()
    if words[:1] in (["the"], ["a"], ["an"]):
        words = words[1:]
    return len(words) == 1 and words[0] in unnamed


def _first_maker(doc, found: list, unnamed: frozenset[str]) -> str | None:
    """The name of the first body the article shows taking a poll, by character offset."""
    makers = [*_named_on_polls(doc, unnamed), *_askers(doc), *_quoted_firms(found)]
    return min(makers)[1] if makers else None


def _named_on_polls(doc, unnamed: frozenset[str]):
    """(offset, name) for "Harbor University polls", "Harbor University Polling Analyst" (the
    capitalised words right before a poll word) and "a poll by/from Harbor Research"."""
    for t in doc:
        if t.lower_ not in unnamed and t.lower_ != "polling":
            continue
        run = _capitalised_before(t)
        if run:
            yield run[0].idx, _text(run)
        for prep in t.children:
            if prep.dep_ == "prep" and prep.lower_ in MAKER_PREPS:
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if obj is not None and _maker_word(obj):
                    run = [w for w in obj.subtree if w.dep_ != "det" and w.i <= obj.i]
                    yield run[0].idx, _text(run)


def _capitalised_before(token) -> list:
    """The body's name right before `token`: capitalised proper nouns, joined inside the name
    by "of", "for" or "&" ("a Club for Harbor Growth poll"), none of them a date, a place or a
    people ("the October poll", "a New Hampshire poll")."""
    doc, i = token.doc, token.i - 1
    while i >= 0 and (_maker_word(doc[i]) or _joins_name(doc, i)):
        i -= 1
    run = list(doc[i + 1 : token.i])
    return run if run and _maker_word(run[0]) else []


def _joins_name(doc, i: int) -> bool:
    """ "for" in "Club for Harbor Growth": a joiner inside a body's name, between its words."""
    word = doc[i]
    return (
        word.lower_ in NAME_JOINERS
        and word.ent_type_ == "ORG"
        and i > 0
        and _maker_word(doc[i - 1])
    )


def _maker_word(token) -> bool:
    """A word of a body's name: a proper noun the tagger reads as an organisation ("Harbor
    University"), never a date, a place or a people, nor a headline's capitalised word."""
    return token.pos_ == "PROPN" and token.ent_type_ == "ORG"


def _askers(doc):
    """(offset, name) for "Harbor also asked 600 voters": a named body asking people."""
    for t in doc:
        if t.pos_ != "VERB" or t.lemma_.lower() not in ASKING:
            continue
        subject = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subject is not None and _maker_word(subject):
            run = [c for c in subject.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
            yield (run or [subject])[0].idx, _text([*run, subject])


def _quoted_firms(found: list):
    """(offset, name) for a polling firm quoted in the article ("According to Marlow
    Analytics: …"): a body whose name's last word is a pollster's (`makers`)."""
    makers = _words()[1]
    for f in found:
        s = f.speaker
        if s is None or not s.name or s.kind != ORGANIZATION or s.start is None:
            continue
        last = s.name.split()[-1]
        if last[:1].isupper() and s.name[:1].isupper() and last.lower() in makers:
            yield s.start, s.name  # a firm's name, not "some polls"


def _text(tokens: list) -> str:
    doc = tokens[0].doc
    return doc[tokens[0].i : tokens[-1].i + 1].text
