"""What a figure counts and the words around its number: the counted noun and its unit, the
qualifiers before and after it ("about", "more than", "or more"), and repetition ("arrested
twice" is how often, "twice as many" a multiplier).

Moved out of lib/facts/figures.py (which reads top-down from `find_figures`); the word lists
are data (data/figures.toml, data/units.toml through lib/facts/figrules.py).
"""

from __future__ import annotations

import re

from lib.facts.candidates import Candidate
from lib.facts.figrules import (
    Rules,
    acts_as_verb,
    hyphen_bounds,
    inside,
    noun_phrase,
    of_object,
    rules,
)
from lib.facts.measures import phrase

_REPEAT_WORDS = frozenset(("times", "twice", "thrice"))
# Words after "twice"/"N times" that make it a multiplier, not a count of occurrences.
_MULTIPLIER_NEXT = frozenset(
    ("as", "more", "less", "fewer", "the", "a", "an", "that", "than", "over", "its", "their")
)


def _repeated(tok, doc) -> bool:
    """'arrested twice', 'has expanded three times before': how often something happened, not a
    multiplier ('twice as many', 'three times the size', 'four times higher'), nor how often
    someone was somewhere ('has been there twice', 'being on the ballot twice')."""
    if tok is None or tok.lower_ not in _REPEAT_WORDS:
        return False
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is not None and (nxt.lower_ in _MULTIPLIER_NEXT or nxt.tag_ in ("JJR", "RBR")):
        return False
    verb = _repeated_verb(tok)
    return verb is not None and verb.lemma_ != "be"  # "I've been with him twice": no event


def multiple(tok, doc) -> bool:
    """'make 300 times more than their employees', 'between 50 and 100 times as much as', 'ten
    times the size': a number of times before a comparison is a multiple the article claims, a
    figure in its own right ('twice as likely' stays a manner of speaking)."""
    if tok is None or tok.lower_ != "times" or tok.i == 0:
        return False
    if not (doc[tok.i - 1].like_num or doc[tok.i - 1].lower_ == "half"):
        return False  # "one and a half times the rate"
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return nxt is not None and (nxt.lower_ in _MULTIPLIER_NEXT or nxt.tag_ in ("JJR", "RBR"))


_DEGREE = frozenset(("more", "less", "fewer", "as"))
_DETERMINERS = frozenset(("the", "its", "their", "his", "her", "a", "an", "that"))
# comparatives of mere size: "four times higher" says more of the subject (prices), no quality
_SIZE_ONLY = frozenset(("higher", "lower", "greater", "larger", "bigger", "smaller", "high", "low"))


def multiplied(tok, doc) -> str:
    """What a multiple multiplies, in the words right after 'times': '15,000 times more
    powerful' -> more powerful, 'four times higher' -> higher, 'three times the size' -> size,
    'ten times more money' -> money. The multiplier's own comparison names the measure before
    the sentence's subject does (the Mac Pro is not what is multiplied, its power is); '' where
    the comparison names nothing ('300 times more than their workers', 'as much as'), so the
    verb's measure stays."""
    j = tok.i + 1
    degree = j < len(doc) and doc[j].lower_ in _DEGREE
    j += 1 if degree else 0
    if j >= len(doc) or doc[j].lower_ in ("much", "many", "than", "as", "that"):
        return ""
    word = doc[j]
    if word.pos_ in ("ADJ", "ADV") and word.is_alpha and word.lower_ not in _SIZE_ONLY:
        return doc[tok.i + 1 : j + 1].text.lower()  # "more powerful", "higher", "as fast"
    if degree and word.pos_ == "NOUN":
        return phrase(word)  # "three times more money"
    if not degree and word.lower_ in _DETERMINERS:
        for noun in doc[j + 1 : min(len(doc), j + 4)]:
            if noun.pos_ == "NOUN":
                return phrase(noun)  # "three times the size", "ten times the national average"
    return ""


# Participles that open a list of examples, never the event repeated: "called her twice
# including during an interview" is parsed with "twice" on "including".
_LISTING = frozenset(("including", "excluding", "notably"))


def _repeated_verb(tok):
    head = tok.head
    for _ in range(2):
        if acts_as_verb(head) and head.lower_ not in _LISTING:
            return head
        head = head.head
    return None


def _times_measure(tok) -> str:
    """'times arrested', 'times denied visas', 'times found guilty': what happened each time
    (a multiple with no verb, 'ten times the size', is a multiple)."""
    verb = _repeated_verb(tok)
    if verb is None:
        return "multiple"
    words = [verb] + [
        c
        for c in verb.children
        if c.i > verb.i
        and c.i != tok.i
        and c.lower_ not in _LISTING
        and (c.dep_ in ("prt", "acomp", "oprd", "dobj") or _particle(c, verb))
    ]
    parts = []
    for w in sorted(words, key=lambda t: t.i):
        parts.append(phrase(w) if w.dep_ == "dobj" and w.pos_ == "NOUN" else w.lower_)
    return "times " + " ".join(p for p in parts if p)


def _particle(tok, verb) -> bool:
    """'turned around' parsed as an adverb right after its verb."""
    return (
        tok.dep_ == "advmod"
        and tok.i == verb.i + 1
        and tok.lower_ in ("around", "down", "back", "up", "out", "off")
    )


def _neighbour(doc, i: int, sent):
    return doc[i] if sent.span.start <= i < sent.span.end else None


def _word_before(doc, span, sent):
    """The word before the number, past a no-break space ('Nov.\xa027', common in pasted web
    copy, is parsed as 'Nov.', a space token, '27'): the month still dates the number."""
    i = span.start - 1
    while i >= sent.span.start and doc[i].is_space:
        i -= 1
    return _neighbour(doc, i, sent)


def _word_after(doc, span, sent):
    """First word after the number, past a no-break space, a glued hyphen ("five-year") or a
    percent sign."""
    j = span.end
    while j < sent.span.end and doc[j].is_space:
        j += 1  # "40\xa0people": the space is no word
    if j < sent.span.end and doc[j].text in ("-", "–", "%"):
        j += 1
    return doc[j] if j < sent.span.end else None


def _qualifier_before(text: str, sent_start: int, num_start: int, r: Rules) -> tuple[int, str]:
    window = text[max(sent_start, num_start - 40) : num_start]
    m = r.qual_before_re.search(window)
    if not m:
        return num_start, ""
    start = num_start - len(window) + m.start("q")
    return start, re.sub(r"\s+", " ", m["q"].lower())


def _qualifier_after(text: str, num_end: int, sent_end: int, r: Rules) -> tuple[int, str]:
    m = r.qual_after_re.match(text[num_end:sent_end])
    if not m:
        return num_end, ""
    q = re.sub(r"\s+", " ", m["q"].lower())
    return num_end + m.end("q"), "or more" if q == "+" else q


def _counted_token(span):
    """The noun the number counts ('137 people' -> people), else the number's own head word."""
    root = span.root
    head = root.head
    if (
        root.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod")
        and head.i >= span.end
        and (head.pos_ in ("NOUN", "PROPN") or head.text == "%")
        and not acts_as_verb(head)
    ):
        return _past_hyphened(head, span)
    return root


def _past_hyphened(noun, span):
    """'15 high-profile past investigations', '40 low-income families': a hyphened modifier the
    parse takes for the counted noun ('profile', 'income') gives way to the noun it modifies; a
    unit so glued ('150,000 square-foot', '13 straight-day') is what the number counts."""
    doc, r = noun.doc, rules()
    word = noun.lower_
    if word in r.after_units or word in r.compound or _plural(word, r) in r.durations:
        return noun
    hyphened = noun.i >= span.end + 2 and doc[noun.i - 1].text in ("-", "–")
    owner = noun.head
    if not hyphened or noun.dep_ not in ("nmod", "compound", "amod") or owner.i <= noun.i:
        return noun
    return owner if owner.pos_ == "NOUN" and not acts_as_verb(owner) else noun


def _unit(doc, cand: Candidate, span, counted, r: Rules) -> tuple[str, str]:
    """(unit, measure implied by the unit, e.g. '6,200-seat' -> seats, capacity)."""
    if cand.currency:
        return r.currency_before.get(cand.currency.lower().strip(), "money"), ""
    if cand.percent:
        return ("percentage points" if "point" in cand.percent else "percent"), ""
    if cand.glued_unit:
        return cand.glued_unit, ""
    if cand.degrees:
        return ("degrees Celsius" if cand.degrees == "C" else "degrees Fahrenheit"), "temperature"
    prev = doc[span.start - 1] if span.start > 0 else None
    if prev is not None and prev.lower_ in r.before_units:
        return r.before_units[prev.lower_]
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.text in ("-", "–") and span.end + 1 < len(doc):
        glued = doc[span.end + 1]
        if glued.lower_ in r.compound:
            return _group_size(glued, span, *r.compound[glued.lower_])
        if glued.pos_ == "NOUN":
            return _plural(glued.lower_, r), ""
    after = [t.text.lower() for t in doc[span.end : min(len(doc), span.end + 3)]]
    for n in (3, 2, 1):
        key = " ".join(after[:n])
        if len(after) >= n and key in r.after_units:
            return r.after_units[key], ""
    if not inside(counted, span) and counted.pos_ in ("NOUN", "PROPN"):
        return (noun_phrase(counted) if counted.pos_ == "NOUN" else counted.text), ""
    obj = of_object(counted)  # "hundreds of people", "four of the suspects"
    if obj is not None:
        first, last = hyphen_bounds(doc, obj.i, obj.i)  # "thousands of asylum-seekers"
        return doc[first : last + 1].text.lower(), ""
    return "", ""


def _group_size(glued, span, unit: str, measure: str) -> tuple[str, str]:
    """'a 30-strong squad', 'a 12-man jury', 'the 27-nation bloc': the size of the group the
    glued word describes, named by the group ('squad size'); (unit, measure) as given else."""
    group = glued.head
    if measure == "size" and group.pos_ == "NOUN" and group.i > glued.i:
        return unit, f"{group.lower_} size"
    return unit, measure


def _plural(word: str, r: Rules) -> str:
    if word in r.plurals:
        return r.plurals[word]
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word if word.endswith("s") else word + "s"
