"""Durations and model numbers: when a number of days or years is a figure, and which numbers
name a model ("Boeing 787") rather than count anything.

A duration counts only where the article offers it as a quantity: a penalty ("10 years in
prison", data/measures.toml duration measures), the length of something recorded ("two hours of
leaked audio", data/figures.toml recorded_nouns), the length of a thing it is glued to ("a
30-second ad": data/figures.toml glued_length_units, for recorded things), or a verbless fragment
after a sentencing ("Eight years."); "six weeks after the attack" is a time frame and no figure. Split out of
lib/facts/figures.py, which asks these questions of each number.
"""

from __future__ import annotations

from lib.facts.figrules import Rules, acts_as_verb, noun_phrase

_MODEL_DETERMINERS = frozenset(("the", "its", "their", "his", "her", "new"))
_MAX_LENGTH_WORDS = 4


def model_numbers(doc) -> frozenset:
    """Numbers the article uses as model names ("Boeing 787", "A380"): 3+ digits after a name."""
    found = set()
    last = len(doc) - 1
    # Only numbers of 3+ digits can be model names: found in one pass, then each reading below
    # looks at their neighbours (three passes over every token cost more than all the rest).
    numbers = [tok for tok in doc if tok.text.isdigit() and len(tok.text) >= 3]
    for tok in numbers:  # "787 Dreamliner": a number naming a proper noun
        if tok.i >= last:
            continue
        nxt = doc[tok.i + 1]
        model = tok.text.isdigit() and len(tok.text) >= 3 and not 1000 <= int(tok.text) <= 2199
        named = nxt.is_title and not nxt.is_sent_start and nxt.tag_ not in ("NNS", "NNPS")
        plural_head = tok.head.tag_ in ("NNS", "NNPS")  # "500 Apple engineers" count engineers
        if model and named and not nxt.text.endswith("s") and not plural_head:
            found.add(tok.text)
    for tok in numbers:
        if tok.i < 1:
            continue
        prev = doc[tok.i - 1]
        if not (tok.text.isdigit() and len(tok.text) >= 3) or prev.pos_ != "PROPN":
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        year = 1000 <= int(tok.text) <= 2199  # "since 2008" after a name is a year
        counts = nxt is not None and nxt.tag_ == "NNS" and tok.ent_type_ != "PRODUCT"
        if prev.text[:1].isupper() and not counts and not year:
            found.add(tok.text)
    for tok in numbers:  # "the 787." / "the 787 will fly": a number standing as a noun
        if not 1 <= tok.i < last:
            continue
        if 1000 <= int(tok.text) <= 2199 or int(tok.text) % 10 == 0:
            continue  # "the 500 were rescued", "of the 300," count people: round numbers
        prev, nxt = doc[tok.i - 1], doc[tok.i + 1]
        alone = nxt.is_punct or nxt.pos_ in ("VERB", "AUX", "ADP", "CCONJ")
        if prev.lower_ in _MODEL_DETERMINERS and alone and nxt.text != "%":
            found.add(tok.text)
    return frozenset(found)


def penalty_in(duration, r: Rules) -> str:
    """'10 years in prison', 'faces a maximum of six months in jail': a term is a penalty where
    it is served (the place hangs on the duration or on the verb above it)."""
    holders = [duration]
    while (
        not acts_as_verb(holders[-1]) and holders[-1].head.i != holders[-1].i and len(holders) < 4
    ):
        holders.append(holders[-1].head)
    children = [c for h in holders for c in h.children]
    for child in children:
        if child.dep_ == "prep" and child.lower_ in ("in", "behind"):
            for obj in child.children:
                for entry in r.cue_measure.get(obj.lemma_.lower(), []):
                    if entry["name"] in r.duration_measures:
                        return entry["name"]
    return ""


def duration_noun(after, counted, span, r: Rules):
    """The duration a number counts, past the words that narrow it ('twenty working days',
    'three business days') or a '-plus' glued to it ('five-plus months', '10-plus years'); else
    the word after the number as it was."""
    beyond = _past_plus(after)
    if beyond is not after and beyond.lower_ in r.durations:
        return beyond
    if after is None or after.lower_ in r.durations or counted.lower_ not in r.durations:
        return after
    between = span.doc[span.end : counted.i]
    if counted.i > span.end and all(t.dep_ in ("amod", "compound") for t in between):
        return counted
    return after


def time_spent_on(duration, r: Rules) -> str:
    """'nine hours of video playback': what a duration an article offers is the length of; a
    duration in a prepositional phrase is a time frame ('within two weeks of the attack',
    'after two decades of war'), no figure, unless it is of something recorded, whose length it
    is ('clips from two hours of leaked audio', data/figures.toml recorded_nouns)."""
    for child in duration.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                framed = duration.dep_ == "pobj" and obj.lemma_.lower() not in r.recorded
                if obj.dep_ == "pobj" and obj.pos_ == "NOUN" and obj.lower_ not in r.durations:
                    return "" if framed else noun_phrase(obj)  # "from two hours of audio"
    return ""


def year_old(span) -> bool:
    """'a 50-year-old ex-Marine', 'the 3-month-old': an age, whatever the sentence says of the
    person ('remains in jail' is no sentence of 50 years)."""
    doc = span.doc
    words = [t.lower_ for t in doc[span.end : span.end + 4]]
    return (
        len(words) == 4 and words[0] in ("-", "–") and words[2] in ("-", "–") and words[3] == "old"
    )


def glued_length(span, unit, r: Rules) -> str:
    """'a 30-second ad', 'a 90-minute video': a number glued to a time unit by a hyphen, before
    a recorded thing the unit describes (data/figures.toml recorded_nouns), is how long that
    thing lasts, the length named after the thing. Other glued durations ('a five-day halt',
    'a six-month extension') stay plain durations, no figure: the annotation guide says so,
    and counting them lowered the blind test half (round 11) while the dev sets' annotators
    were split.
    The phrase opens with a determiner ('a', 'the', 'its'), as every such length the
    annotators counted did; a headline's bare 'Ten-year tragedy of ...' names a story. Not a
    span a record or a security is named by ('an 11-year low', 'the 10-year Treasury'), a time
    frame ('after an 11-year lull', 'during the six-week trial'), nor an age ('a 37-year-old')."""
    doc = span.doc
    hyphened = span.end < len(doc) and doc[span.end].text in ("-", "–")
    if not hyphened or unit.i != span.end + 1 or unit.lower_ not in r.glued_lengths:
        return ""
    if span.start == 0 or doc[span.start - 1].pos_ not in ("DET", "PRON"):
        return ""  # "a 30-second ad", "its six-month extension"; not "Ten-year tragedy"
    if unit.i + 1 < len(doc) and doc[unit.i + 1].text in ("-", "–"):
        return ""  # "a two-year-long", a longer compound
    noun = unit.head
    if noun.pos_ != "NOUN" or noun.i <= unit.i or noun.lemma_.lower() in r.named_lengths:
        return ""
    if noun.lemma_.lower() not in r.recorded:
        return ""  # "a five-day halt": a plain duration, no figure (the guide's rule)
    if noun.lower_ in r.named_lengths:
        return ""
    if noun.dep_ == "pobj" and noun.head.lower_ in r.length_frames:
        return ""  # "after an 11-year lull", "during the six-week trial": when, not how long
    words = doc[unit.i + 1 : noun.i + 1]  # "a 45-second Web ad": the noun and what narrows it
    if len(words) > _MAX_LENGTH_WORDS or any(t.is_punct for t in words):
        return ""
    return f"length of {words.text}"


def fragment_measure(ctx, sent, r: Rules) -> str:
    """A verbless fragment ("Eight years.") takes the duration measure of the sentence before."""
    if any(t.pos_ in ("VERB", "AUX") for t in sent.span):
        return ""
    earlier = [s for s in ctx.sentences if s.end <= sent.start][-2:]
    for prev in reversed(earlier):
        for tok in prev.span:
            for entry in r.cue_measure.get(tok.lemma_.lower(), []):
                if entry["name"] in r.duration_measures:
                    return entry["name"]
    return ""


def _past_plus(after):
    """The word after a '-plus' or '+' glued to a number, else `after` itself."""
    if after is None:
        return after
    doc, i = after.doc, after.i
    while i < len(doc) and doc[i].text in ("-", "+", "plus"):
        i += 1
    return doc[i] if i < len(doc) and i != after.i else after
