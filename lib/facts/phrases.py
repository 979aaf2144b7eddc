"""A measure's phrase: the noun that names what a figure measures, as the article writes it.

`phrase` keeps the words that narrow the noun ('crop yields', 'Procter & Gamble's stock') and
reads through nouns of how much ('the number of patients waiting' -> patients waiting). Moved
out of lib/facts/measures.py (which finds the measure) to keep each module short; measures.py
re-exports `phrase` for lib/facts/subjects.py and lib/facts/counted.py.
"""

from __future__ import annotations

from lib.facts.doccache import whose_or_when_words
from lib.facts.figrules import hyphen_bounds, inside, rules

_OWNER_ENTITIES = frozenset(("ORG", "GPE", "PERSON", "NORP"))
_PHRASE_LEFT = frozenset(("compound", "amod", "poss", "nmod", "case", "npadvmod"))
_MAX_WORDS = 6


def phrase(noun, span=None) -> str:
    """The noun with the words that narrow it, as written: 'crop yields', 'Procter & Gamble's
    stock', 'benchmark crude'; determiners and numbers dropped, at most six words. 'The number
    of people waiting' is the people waiting, 'the value of the pound' the value of the pound
    (`of_phrase`)."""
    of = of_phrase(noun, span)
    if of:
        return of
    keep = _left_words(noun, span) + _named_owner(noun, span)
    words = sorted(keep + [noun], key=lambda t: t.i)
    while words and (words[0].pos_ in ("DET", "PRON", "ADP", "CCONJ", "PUNCT")):
        words = words[1:]
    words = words[-_MAX_WORDS - 2 :] if _named_owner(noun, span) else words[-_MAX_WORDS:]
    if not words:
        return ""
    doc = noun.doc
    words = _with_name_numbers(words, span)
    nxt = doc[words[-1].i + 1] if words[-1].i + 1 < len(doc) else None
    name_number = nxt is not None and nxt.like_num and nxt.dep_ == "nummod"
    if name_number and nxt.head.i == noun.i and noun.pos_ == "PROPN" and not _in_span(nxt, span):
        words.append(nxt)  # "the FTSE 100", "the Nikkei 225": the number ends the name
    lo, hi = (words[0].i, words[-1].i) if _contiguous(words) else (noun.i, noun.i)
    lo, hi = hyphen_bounds(doc, lo, hi)  # "asylum-seekers", not "seekers"
    text = doc[lo : hi + 1].text
    first = words[0]
    named = first.pos_ == "PROPN" or (first.ent_type_ == "NORP" and not first.is_sent_start)
    if not named and not _acronym(first.text):  # "Afghan refugees", "MPs" keep their capital
        text = text[:1].lower() + text[1:]
    return text


def of_phrase(noun, span) -> str:
    """'the number of people waiting for treatment' -> people waiting for treatment, 'the
    proportion of pupils getting top grades' -> pupils getting top grades: a noun that only
    says how much (data/figures.toml of_whole_nouns) gives way to what follows "of"; 'the
    value of the pound', 'the cost of living' (of_owner_nouns) keep both; '' otherwise."""
    r = rules()
    lemma = noun.lemma_.lower()
    if lemma not in r.of_whole_nouns and lemma not in r.of_owner_nouns:
        return ""
    obj = next(
        (
            o
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ == "of" and c.i > noun.i
            for o in c.children
            if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN") and not _in_span(o, span)
        ),
        None,
    )
    if obj is None:
        return ""
    if lemma in r.of_whole_nouns:
        return with_clause(obj, span, noun)
    left = [t.i for t in _left_words(noun, span)] + [noun.i]
    words = noun.doc[min(left) : obj.i + 1]
    while words and words[0].pos_ in ("DET", "PRON"):
        words = words[1:]
    if not words or len(words) > _MAX_WORDS or any(_in_span(t, span) for t in words):
        return ""
    return words.text[:1].lower() + words.text[1:]  # "the total cost of the scheme"


def with_clause(noun, span, whole=None) -> str:
    """The noun's phrase with a short clause right after it ('people waiting for treatment',
    'waste sent to landfill'; the parse may hang the clause on the whole, 'the number'), when
    the whole stays within six words."""
    text = phrase(noun, span)
    for child in [*noun.children, *(whole.children if whole is not None else ())]:
        if child.dep_ in ("acl", "relcl") and child.i > noun.i:
            tail = list(child.subtree)
            contiguous = tail[0].i == noun.i + 1 and _contiguous(tail)
            clean = not any(t.is_punct or t.like_num or _in_span(t, span) for t in tail)
            if contiguous and clean and len(text.split()) + len(tail) <= _MAX_WORDS:
                return f"{text} {noun.doc[tail[0].i : tail[-1].i + 1].text}"
    return text


def _left_words(noun, span) -> list:
    out = []
    for child in noun.children:
        if child.i > noun.i or child.dep_ not in _PHRASE_LEFT or child.like_num:
            continue
        if span is not None and inside(child, span):
            continue
        if _an_amount(child) or any(_in_span(t, span) for t in child.subtree):
            continue  # "its $17m profit", "a 40m-euro deal": an amount is no word of the name
        out.append(child)
        out.extend(t for t in child.subtree if t.i != child.i and not t.like_num)
    return out


_AMOUNT_ENTITIES = frozenset(("MONEY", "PERCENT", "QUANTITY"))


def _an_amount(word) -> bool:
    """A modifier that is itself an amount ('$17m' on 'profit', '5%' on 'stake'); a number in
    a name ('the Russell 2000 index') is no amount."""
    return word.ent_type_ in _AMOUNT_ENTITIES or any(
        t.tag_ == "$" or t.text == "%" for t in word.subtree
    )


def _named_owner(noun, span) -> list:
    """'stock for the Procter & Gamble company', 'shares of Acme': an "of"/"for" phrase that
    names the owner narrows a market word; it stays in the measure, as written."""
    for child in noun.children:
        if child.dep_ != "prep" or child.i < noun.i or child.lower_ not in ("of", "for"):
            continue
        for obj in child.children:
            named = obj.ent_type_ in _OWNER_ENTITIES or any(
                t.ent_type_ in _OWNER_ENTITIES for t in obj.children if t.i < obj.i
            )
            if obj.dep_ == "pobj" and named and not any(_in_span(t, span) for t in obj.subtree):
                return [child, *obj.subtree]
    return []


def _with_name_numbers(words: list, span) -> list:
    """'the Standard & Poor's 500 index': a number inside the name, between the kept words, is
    part of the measure (the figure's own number never is)."""
    doc = words[0].doc
    gaps = [doc[i] for i in range(words[0].i, words[-1].i + 1) if doc[i] not in words]
    if gaps and all(t.like_num and t.ent_type_ != "" and not _in_span(t, span) for t in gaps):
        return sorted(words + gaps, key=lambda t: t.i)
    return words


def _in_span(tok, span) -> bool:
    return span is not None and inside(tok, span)


def _contiguous(words) -> bool:
    return words[-1].i - words[0].i + 1 == len(words)


def _acronym(word: str) -> bool:
    """'UN', 'MPs', 'CEOs': two capitals or more, written as they are."""
    return sum(c.isupper() for c in word) >= 2


def only_a_name(measure: str, sent, unit: str = "") -> bool:
    """Whether a measure is nothing but a person's or a place's name or a date ('Buttigieg'
    where a gapped clause, 'Warren $24.6 million and Buttigieg $19.1 million', is parsed with
    the name as the amount's verb; 'Sanders' for '$33 million on hand'; 'fiscal 2015' for a
    count). A person or a date is whose the figure is or when, never what it counts: the
    measure is better left to the clause the figure shares (lib/facts/carry.py). Names of
    organisations stay ('the Nasdaq' closing at a level, money 'for the Joint Committee on
    Inaugural Ceremonies'), as do people words ('Democrats') and a name the figure counts
    ('three Boston Marathons', its unit); shares and points in a poll are a candidate's own
    ('Clinton 45%') and are not read here. Words are judged over the whole article
    (`whose_or_when_words`), once."""
    words = measure.lower().split()
    if not words or (unit and words[-1] == unit.lower().split()[-1]):
        return False
    return whose_or_when_words(sent.span.doc).issuperset(words)
