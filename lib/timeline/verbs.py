"""What the parse says of a verb: its auxiliaries, its tense, the finite verb above it, and
whether it is a plan, a speech act, a denial, an order or a future seen from the past.

Split from the tense reading (lib/timeline/direction.py) because these are answers about one
verb token of the parse, with no date in them: `direction_of` weighs them against the date and
the words before it, and other readers of the timeline (the tagger, a passage's year, a count
back from a clause, the days of statements, the dates that are not dates) ask them on their own
without the tense decision. Word lists are data: data/temporal.toml's [tense] table.
"""

from __future__ import annotations

from lib.timeline.patterns import Mention, Tables, tables
from lib.timeline.timex import Timex


def _words(key: str) -> frozenset:
    """A word list of data/temporal.toml's [tense] table (tense and cue rules are data)."""
    return tables().tense_words[key]


# Verbs whose tense says nothing on their own; look further up the parse.
NONFINITE_TAGS = ("VBG", "VB", "TO")


def _root_token(ctx, m: Mention | Timex):
    span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _is_verb(tok) -> bool:
    """A verb of the parse that is a word: a dash the tagger took for one ("Warren ― who ... ―
    criticized", read as a present-tense root) has no tense to tell."""
    return tok.pos_ in ("VERB", "AUX") and any(ch.isalpha() for ch in tok.text)


def _governing_verb(tok):
    """The verb (or event noun's verb) the expression attaches to; finite if possible."""
    node, steps = tok, 0
    while node.head.i != node.i and steps < 10:
        node, steps = node.head, steps + 1
        if _is_verb(node):
            if (
                node.tag_ in NONFINITE_TAGS
                and not _aux(node)
                and node.head.i != node.i
                and node.dep_ != "ROOT"
            ):
                continue
            return node
    return node


def _aux(verb) -> list[str]:
    return [c.text.lower() for c in verb.children if c.dep_ in ("aux", "auxpass")]


def _is_speech(tok, t: Tables) -> bool:
    return tok.lemma_.lower() in t.tense["speech_lemmas"]


def _is_past(verb) -> bool:
    auxes = _aux(verb)
    return verb.tag_ == "VBD" or (  # "has closed", "was rebuilding"
        verb.tag_ in ("VBN", "VBG") and bool(_words("past_aux").intersection(auxes))
    )


def _finite_above(verb):
    """The first finite verb up the parse from a non-finite one (None at the root)."""
    node, steps = verb, 0
    while node.head.i != node.i and steps < 6:
        node, steps = node.head, steps + 1
        if node.pos_ in ("VERB", "AUX") and node.tag_ not in NONFINITE_TAGS + ("VBN",):
            return node
        modals = _words("forward_aux") | _words("future_in_past_aux")
        if node.pos_ in ("VERB", "AUX") and modals.intersection(_aux(node)):
            return node  # "would be": the modal carries the tense
        if node.pos_ in ("VERB", "AUX") and node.tag_ == "VBN" and _aux(node):
            return node
    return None


def _be_to(verb) -> bool:
    """'is to resume', 'are to meet': a present 'be' with a 'to' infinitive sets a plan."""
    if verb.tag_ != "VB" or "to" not in _aux(verb) or verb.dep_ != "xcomp":
        return False
    be = verb.head
    return be.lemma_ == "be" and be.tag_ in ("VBZ", "VBP")


def _denied(verb) -> bool:
    """'could not be reached', 'neither he nor she could be located': the verb or its subject
    negated."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(w.lower_ in _words("denial_words") for s in subjects for w in s.subtree)


def _committed_in_past(verb) -> bool:
    """'vowed to enact tariffs from Sept. 1', 'promised to return on Friday': a to-infinitive
    right under a past verb of commitment ([tense] commit_lemmas) is a future seen from that
    past moment, as "would" is: after the vow, not before the telling."""
    above = verb.head
    if above is verb or not _is_verb(above) or not _is_past(above):
        return False
    return above.lemma_.lower() in _words("commit_lemmas")


def _told_in_past(plan) -> bool:
    """A plan stated in the past ("was due to", "planned for", "had been scheduled"): the day
    may be gone by now. 'Due' and other adjectives take the tense of their 'be'."""
    if plan.pos_ == "ADJ":
        be = plan.head if plan.dep_ == "acomp" else None
        return be is not None and be.tag_ == "VBD"
    if plan.tag_ == "VBD":
        return True
    if plan.tag_ == "VB" and "to" in _aux(plan):  # "failed to agree on": the tense above
        finite = _finite_above(plan)
        return finite is not None and _is_past(finite)
    if plan.tag_ == "VBN":
        auxes = _aux(plan)
        return not auxes or bool(_words("past_aux").intersection(auxes))
    return False


def _planned(verb, t: Tables):
    """A scheduled or intended event: 'is set to begin', 'plans to', 'an event to be held'.
    The word that makes it a plan (the verb or adjective of planning, else `verb`), or None.
    Up to three infinitives may stand between them ("is planning to use its list to urge people
    to attend a rally on Wednesday": the plan dates the rally ahead)."""
    node = verb
    for _ in range(4):
        lemma = node.lemma_.lower()
        if lemma in _words("schedule_lemmas") and not _phrasal(node):
            return node
        if node.i != verb.i and lemma in _words("intent_lemmas"):
            return node
        if "to" not in _aux(node) or node.head.i == node.i:
            return None
        if node.head.pos_ in ("NOUN", "PROPN") or node.dep_ == "ROOT":
            return verb  # "an event to be held on ...", headline "markets to remain closed"
        node = node.head
        if any(a in t.tense["forward_aux"] + ["would"] for a in _aux(node)):
            return verb
    return None


def _phrasal(verb) -> bool:
    """'set up the commission', 'set out the terms': a verb with a particle is another verb,
    no plan ('is set to begin' has none)."""
    return any(c.dep_ == "prt" for c in verb.children)


def _participle_under_a_future(verb, t: Tables) -> bool:
    """A past participle that only describes a noun ("shares tendered", "goods shipped") has no
    tense of its own: under a future ("will buy all shares tendered through Nov. 17") its dates
    lie ahead; elsewhere it is a thing done, and the past rule keeps it behind."""
    if verb.tag_ != "VBN" or verb.dep_ != "acl" or _aux(verb):
        return False
    if verb.lemma_.lower() in _words("schedule_lemmas"):  # "the vote set for Friday": a plan
        return False
    finite = _finite_above(verb)
    return finite is not None and bool(set(_aux(finite)) & set(t.tense["forward_aux"]))


def _under_a_future(verb, t: Tables) -> bool:
    """A time clause ('when they opened', 'once it reopens') of a clause told as future: it
    shares that clause's time, whatever its own tense."""
    if verb.dep_ != "advcl" or verb.head.i == verb.i:
        return False
    marks = {c.lower_ for c in verb.children if c.dep_ in ("mark", "advmod")}
    if not marks.intersection(_words("time_clause_marks")):
        return False
    forward = t.tense["forward_aux"] + t.tense["future_in_past_aux"]
    return any(a in forward for a in _aux(verb.head))


def _under_since(root, verb) -> bool:
    """'since taking office in January', 'since he left in May': what happened since a moment
    lies before the telling, whatever the tense around it (a verb between the date and the
    clause's verb, opened by 'since')."""
    node, steps = root, 0
    while node.i != verb.i and node.head.i != node.i and steps < 10:
        node, steps = node.head, steps + 1
        if node.pos_ not in ("VERB", "AUX"):
            continue
        if node.dep_ == "pcomp" and node.head.lower_ == "since":
            return True
        if any(c.lower_ == "since" and c.dep_ == "mark" for c in node.lefts):  # marks lead
            return True
    return False


def _imperative(verb) -> bool:
    """A bare verb opening its sentence with no subject ('Watch the show Sunday', 'Tune in on
    Friday') bids the reader do it: a day it names lies ahead."""
    if verb.tag_ != "VB" or verb.dep_ != "ROOT" or _aux(verb):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return False
    first = next((t for t in verb.sent if t.is_alpha), None)
    return first is not None and first.i == verb.i


def _looks_ahead(verb) -> bool:
    """A clause told as future or as an expectation ('will', 'could', 'fear', 'expect')."""
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return False
    modals = _words("forward_aux") | _words("future_in_past_aux") | {"going"}
    if modals.intersection(_aux(verb)):
        return True
    plans = _words("act_dated_lemmas") | _words("intent_lemmas") | _words("schedule_lemmas")
    return verb.lemma_.lower() in plans
