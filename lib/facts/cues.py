"""Where a figure's measure may be named and what a cue word there names.

`cue_positions` walks out from the counted noun through the parse (the noun itself, its
modifiers, the verbs and subjects above it, a few words after the number), nearest first;
`cue_entry` looks one of those words up in data/measures.toml (`lib.facts.figrules.Rules`) with
its role, reading two-word cues, names that measure nothing and the doer of a killing. Split
out of lib/facts/measures.py, which chooses among the cues found and the constructions read
before them (lib/facts/amounts.py, lib/facts/constructions.py).
"""

from __future__ import annotations

from lib.facts.constructions import bare_participle, earner
from lib.facts.doccache import lower_case_lemmas
from lib.facts.figrules import Rules, acts_as_verb, inside, of_object
from lib.facts.phrases import of_phrase

RELATIVE = frozenset(("which", "that", "who"))
_NAME_ENTITIES = frozenset(("GPE", "LOC", "ORG", "PERSON", "NORP", "FAC", "PRODUCT", "EVENT"))


def cue_positions(counted, span, sent):
    """Tokens that may name the measure, nearest first, with the counted noun's role."""
    if not inside(counted, span):
        yield counted, "self"  # "137 deaths", "1,100 jobs"
    for child in counted.children:
        # a compound names the kind of thing counted ("two prison officers" are no sentence,
        # "four security officials" no security measure); adjectives and clauses say more
        if child.dep_ in ("amod", "acl", "relcl") and not inside(child, span):
            yield child, "modifier"
    obj = of_object(counted)
    if obj is not None:
        yield obj, "modifier"
    tok, role = counted, _role(counted)
    passed = {counted.i}
    for _ in range(5):
        head = tok.head
        if head.i == tok.i or not (sent.span.start <= head.i < sent.span.end):
            break
        if tok.dep_ == "conj" and head.pos_ in ("NOUN", "PROPN", "NUM"):
            # "cut 30,000 jobs and 14 plants": the plants share the verb, not the jobs
            tok, role = head, _role(head)
            passed.add(head.i)
            continue
        yield head, role
        for child in head.children:
            if child.dep_ == "prt":
                yield child, role  # "went up by 0.16%"
            if child.dep_ in ("acomp", "oprd") and tok.dep_ in ("nsubj", "nsubjpass"):
                yield child, "window"  # "millions were left homeless", "were found dead"
        if acts_as_verb(head) or head.dep_ == "ROOT":
            # the object before the subject: "the bill would raise the minimum wage to $15"
            # sets the wage, whatever the bill is
            doers = sorted(head.children, key=lambda c: c.dep_ != "dobj")
            for child in doers:  # "the death toll rose to 137", "put the crowd at"
                if child.dep_ in ("nsubj", "nsubjpass", "dobj") and child.i not in passed:
                    if child.lower_ in RELATIVE and head.dep_ == "relcl":
                        child = head.head  # "inflation, which fell to 3.2%"
                    yield child, "subject-of-verb"
                    for grand in child.children:
                        if grand.dep_ == "compound":
                            yield grand, "subject-of-verb"
            if head.dep_ not in ("pcomp", "xcomp") and not bare_participle(head):
                break  # "barred him from holding ... for 10 years"; "sales rose, reaching $2bn"
        elif head.pos_ == "NOUN" and tok.dep_ == "pobj" or tok.pos_ == "ADP":
            for child in head.children:  # "sales figures of $152 billion"
                if child.dep_ == "compound" and head.pos_ == "NOUN":
                    yield child, "modifier"
        role = _role(head) if head.pos_ != "ADP" else role
        passed.add(head.i)
        tok = head
    for t in sent.span.doc[span.end : min(sent.span.end, span.end + 3)]:
        if t.is_punct or t.pos_ == "CCONJ" or t.dep_ == "prep" and t.head.i < span.start:
            break  # "invest millions into winning seats": the verb's phrase, not the figure's
        if t.pos_ in ("VERB", "ADJ"):  # "137 dead", "182 injured"
            yield t, "window"


def _role(tok) -> str:
    return "subject" if tok.dep_ == "nsubj" else "object"


def cue_entry(tok, role: str, r: Rules, kind: str = "count") -> dict | None:
    if role != "self" and in_name(tok):
        return None  # "South Korea", "Pay Corp" name things; they measure nothing
    lemma = tok.lemma_.lower()
    for child in tok.children:  # two-word cues: "take part", "take seat", "home to"
        if child.dep_ in ("prt", "dobj", "prep") and child.i > tok.i:
            if child.dep_ == "dobj" and of_phrase(child, None):
                continue  # "cut its rate of growth": the growth, not an interest rate
            entry = _first_fit(r.cue_measure.get(f"{lemma} {child.lemma_.lower()}"), kind, tok)
            if entry is not None:
                return entry
    for child in tok.children:  # "work force"
        if child.dep_ == "compound":
            entry = _first_fit(r.cue_measure.get(f"{child.lemma_.lower()} {lemma}"), kind, tok)
            if entry is not None:
                return entry
    if role == "self":
        entry = _first_fit(r.self_measure.get(lemma), kind, tok)
        if entry is not None:
            return entry
    if role == "subject":
        agent = r.agent_measure.get(lemma)
        if agent is not None and _fits(agent, kind, tok):
            return agent
    if lemma in r.container_nouns:
        for child in tok.children:  # "the unemployment rate", "sales figures": the modifier says
            if child.dep_ in ("compound", "amod") and child.i < tok.i and not in_name(child):
                entry = _first_fit(r.cue_measure.get(child.lemma_.lower()), kind, child)
                if entry is not None and not entry.get("generic"):
                    return entry
    entries = r.cue_measure.get(lemma) or r.cue_measure.get(tok.lower_)
    if lemma in r.verb_cues and tok.pos_ != "VERB":
        entries = None
    entry = _first_fit(entries, kind, tok)
    if entry is not None and entry.get("generic") and role == "modifier":
        return None  # "water-dropping planes" are not a fall
    if entry is not None and role == "subject" and "_agent" in entry and _active_with_object(tok):
        return entry["_agent"]  # "three gunmen killed 20 people": the three are attackers
    if entry is not None and "_context" in entry and _article_mentions(tok.doc, entry):
        return entry["_context"]  # a crowd in a story about a protest is protesters
    if entry is not None and entry["name"] == "profit" and earner(tok, r):
        return _first_fit(r.cue_measure.get("earner"), kind, tok) or entry  # "women earn less"
    return entry


def _fits(entry: dict, kind: str, tok) -> bool:
    if kind and "kinds" in entry and kind not in entry["kinds"]:
        return False
    return not entry.get("verb_only") or tok.pos_ == "VERB"


def _first_fit(entries, kind: str, tok) -> dict | None:
    for entry in entries or ():
        if _fits(entry, kind, tok):
            return entry
    return None


def in_name(tok) -> bool:
    """Part of a named entity; a lone capitalised first word ('Turnout was 46%') is not."""
    if tok.ent_type_ not in _NAME_ENTITIES:
        return False
    doc = tok.doc
    multi = tok.ent_iob_ == "I" or (tok.i + 1 < len(doc) and doc[tok.i + 1].ent_iob_ == "I")
    return multi or not tok.is_sent_start


def _article_mentions(doc, entry: dict) -> bool:
    """Whether a lower-case word of the article has one of the entry's context lemmas."""
    words = entry["context_cues"]
    return not lower_case_lemmas(doc).isdisjoint(words)


def _active_with_object(verb) -> bool:
    children = list(verb.children)
    return any(c.dep_ == "dobj" for c in children) and not any(
        c.dep_ == "auxpass" for c in children
    )
