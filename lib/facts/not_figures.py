"""What is not a figure: numbers the parse shows to be dates, years, ages, names, model numbers,
group names, denominators, anaphoric or weak "one"s rather than counts.

`_not_a_figure` is the one question lib/facts/figures.py asks; the small tests it is made of
follow it in the order it asks them.
"""

from __future__ import annotations

import re

from lib.facts.ages import (
    is_age_apposition,
    is_age_at,
    is_age_band,
    is_age_bound,
    is_age_decade,
    is_persons_age,
)
from lib.facts.candidates import Candidate, is_plain
from lib.facts.counted import _REPEAT_WORDS, _neighbour, _repeated, multiple
from lib.facts.figrules import Rules
from lib.facts.identifiers import is_code_title, is_model_pair, is_section_mark
from lib.facts.idioms import in_idiom
from lib.facts.numbers import COLLECTIVE
from lib.timeline.date_lists import claimed_days

_FRACTIONS = frozenset(
    [
        "half",
        "halves",
        "third",
        "thirds",
        "quarter",
        "quarters",
        "fifth",
        "fifths",
        "tenth",
        "tenths",
    ]
)
_ENTITY_IDS = frozenset(("ORG", "PRODUCT", "LAW", "EVENT", "FAC", "WORK_OF_ART"))
_ORDINAL_SUFFIXES = frozenset(("th", "st", "nd", "rd"))
_LIST_JOINS = frozenset(("and", "or", ",", "&"))
_QUOTE_MARKS = frozenset(("“", "”", '"', "‘", "’", "'"))


def _not_a_figure(ctx, sent, cand: Candidate, span, prev, after, r: Rules) -> bool:
    """Dates, years, times, durations, ages, denominators and identifiers."""
    plain = is_plain(cand)
    after_word = after.lower_ if after is not None else ""
    checks = (
        plain and _is_year(cand) and not _counts_noun(after, span),
        plain and _is_year(cand) and _dated_noun(span),  # "2005 sales", "restate 2003 results"
        plain and _is_year(cand) and _year_label(span, prev),  # "other 2020 candidates"
        plain and after_word in r.identifier_after,  # "a .45 caliber handgun"
        cand.words and not cand.percent and _is_anaphoric(ctx.doc, span, after),  # "the two were"
        _is_date_word(prev, r),
        plain and cand.start in claimed_days(ctx.text),  # "Feb. 11, 18 and 19": listed days
        _is_date_word(after, r) and not (cand.percent or cand.currency),  # "1.5% Monday" is no date
        after_word == "of" and _is_date_word(_neighbour(ctx.doc, after.i + 1, sent), r),
        plain and after_word in r.time_after,
        plain and bool(r.time_phrase_re.match(ctx.text[cand.end : sent.end])),
        after_word in _FRACTIONS,
        prev is not None
        and not cand.currency
        and not (cand.percent and prev.lower_ == "no")  # "No 58%. Yes 33%.": a poll's answer
        and _names_or_ages(prev, after, plain, cand, r),
        plain and is_age_apposition(ctx, prev, after),  # "Kasich, 9 percent." is no age
        plain and is_persons_age(span, after, r),  # "when she was 22"
        plain and is_age_bound(ctx.doc, prev, after, r),  # "voters under 35"
        is_age_decade(ctx.text, cand) and not (cand.currency or cand.percent),  # "70-something"
        is_age_at(prev, after, cand, r),  # "Dead At 68", "died at 91"
        is_age_band(ctx.doc, cand, prev, after, r),  # "younger voters (18-29)"
        _is_name_part(cand, span, prev, after, r),
        after_word in _ORDINAL_SUFFIXES,  # "the 15,599 th plane"
        plain and cand.value < 10 and _is_list_label(ctx.text, cand),  # "if: 1) the carrier"
        # an enumeration "(3)" in running text
        plain
        and prev is not None
        and prev.text == "("
        and _closes_bracket(ctx.doc, after)
        and cand.value < 10,
        plain
        and not cand.words
        and not _grouped(cand)  # "Dubois 31,000 votes" read as a title: still a count
        and any(t.ent_type_ in _ENTITY_IDS for t in span),
        plain and len(cand.raw) > 1 and cand.raw.startswith("0") and cand.raw.isdigit(),  # "001"
        # ten digits or more with no separators: an identifier (a post's id, a phone number);
        # news writes counts that large with commas or a scale word ("1,200,000,000", "1.2bn")
        plain and len(cand.raw) >= 10 and cand.raw.isdigit(),
        plain and is_section_mark(ctx.text, cand),  # "a 401(k)", "501(c)(3)"
        plain and is_code_title(ctx.text, cand, r),  # "18 U.S. Code § 793"
        plain and is_model_pair(ctx.doc, span),  # "two Nokia handsets - the 3230 and 7710"
        plain and _in_markup(ctx.text, cand),  # '<span style="line-height: 0;">'
        _is_weak_one(cand, span, after, r),
        in_idiom(ctx.text, cand, r),  # "zero tolerance", "one penny", "a family of four"
        cand.value <= 12 and _is_simile(span, prev),  # "fight like two kids": a comparison
        _is_indefinite_speaker(cand, span, r),  # "one poster wrote": someone, no count
        plain and not cand.words and _is_numbered_label(ctx.doc, span, sent, r),  # "posts 542"
        plain
        and after_word in r.vague_nouns
        and not (_repeated(after, ctx.doc) or multiple(after, ctx.doc)),
        span.root.lower_ in _REPEAT_WORDS and not _repeated(span.root, ctx.doc),  # "twice as"
        cand.words and _is_group_name(ctx.doc, span, r),  # "the big three carmakers"
        plain and cand.words and _names_its_noun(span),  # "ground zero", "patient zero"
        _is_denominator(ctx.doc, span, sent),
        # list numbering "1." at the start of a paragraph
        cand.start == sent.paragraph.start and after is not None and after.text in (".", ")"),
        plain and not cand.words and _is_list_item(ctx.text, cand, sent),  # "here. 2. Get the"
        plain and cand.start > 0 and ctx.text[cand.start - 1] == "#",  # "the #3 trending topic"
    )
    return any(checks)


def _is_group_name(doc, span, r: Rules) -> bool:
    """'the Big Three', 'the big four banks': a set phrase naming a group, not a count."""
    i = span.start - 1
    while i >= 0 and doc[i].text in _QUOTE_MARKS:
        i -= 1  # 'the “big five” networks': the phrase set in quote marks
    if i < 1:
        return False
    j = i - 1
    while j >= 0 and doc[j].text in _QUOTE_MARKS:
        j -= 1
    return j >= 0 and doc[j].lower_ == "the" and doc[i].lower_ in r.group_words


def _is_date_word(tok, r: Rules) -> bool:
    """A capitalised month or weekday ('24 March', 'Sept. 11'), not the verb in 'thousands
    march'."""
    if tok is None or not tok.text[:1].isupper():
        return False
    return tok.lower_ in r.dates or tok.lower_.rstrip(".") in r.dates  # "Sept. 11", AP style


def _is_year(cand: Candidate) -> bool:
    raw = cand.raw
    years = cand.upper is None or 1000 <= cand.upper <= 2199  # "between 2014 and 2016"
    return raw.isdigit() and len(raw) == 4 and 1000 <= cand.value <= 2199 and years


def _dated_noun(span) -> bool:
    """A year the parse reads as a date before the noun it dates ('2005 sales', 'its 2003
    results'): the year of the sales, no count of them ('2000 people' is a number)."""
    root = span.root
    recent = 1900 <= int(root.text) <= 2099 if root.text.isdigit() else False
    return recent and root.ent_type_ == "DATE" and root.head.pos_ == "NOUN"


_LABEL_OPENERS = frozenset(("other", "the", "his", "her", "their", "its", "our", "this", "plus"))


def _year_label(span, prev) -> bool:
    """A recent year written without a comma after a determiner, a possessive or another number,
    before a plural noun, labels the noun ('other 2020 candidates', 'the school's 300-plus 2017
    graduates'): news style writes a count of thousands with a comma ('2,020 candidates')."""
    root = span.root
    if prev is None or not root.text.isdigit() or not 1900 <= int(root.text) <= 2099:
        return False
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is None or after.tag_ != "NNS":
        return False
    return prev.lower_ in _LABEL_OPENERS or prev.tag_ in ("POS", "PRP$") or prev.like_num


def _counts_noun(after, span) -> bool:
    """'2000 people' and 'a 1709-child survey' count; 'in 2008' names a year."""
    if after is None:
        return False
    doc = span.doc
    glued = span.end < len(doc) and doc[span.end].text in ("-", "–") and after.i == span.end + 1
    return after.tag_ == "NNS" or (glued and after.pos_ == "NOUN")


def _is_simile(span, prev) -> bool:
    """'let them fight like two kids', 'behave like three strangers': a small number after
    'like' on a verb describes how, it counts nothing in the story ('something like 500 people
    came' is an estimate: there 'like' follows no verb)."""
    if prev is None or prev.lower_ != "like" or prev.dep_ != "prep" or prev.head.pos_ != "VERB":
        return False
    noun = span.root.head
    return span.root.dep_ == "nummod" and noun.dep_ == "pobj" and noun.head.i == prev.i


def _is_anaphoric(doc, span, after) -> bool:
    """'the two were prepared to fight', 'the three left': a group named before, no count;
    'the millions of voters who ...' names a number of them."""
    if span.start == 0 or doc[span.start - 1].lower_ != "the":
        return False
    if span.root.lower_ in COLLECTIVE and after is not None and after.lower_ == "of":
        return False
    if after is not None and after.pos_ == "ADV" and after.i + 1 < len(doc):
        after = doc[after.i + 1]  # "the two also interacted"; not "the two most senior aides"
    return after is None or after.pos_ in ("VERB", "AUX", "PUNCT", "ADP", "CCONJ")


def _closes_bracket(doc, after) -> bool:
    """')' right after the number, or '.)' ('Ted Cruz (4.)': a place in a list)."""
    if after is None:
        return False
    if after.text == ".":
        return after.i + 1 < len(doc) and doc[after.i + 1].text == ")"
    return after.text == ")"


def _is_name_part(cand: Candidate, span, prev, after, r: Rules) -> bool:
    """'the Big Three', 'Standard & Poor's 500 index', 'Nikkei 225 indexes': the number is part
    of a name, not a count."""
    if prev is None:
        return False
    if cand.words:  # a capitalised number word inside a capitalised name
        titled = span[0].text[:1].isupper() and not span[0].is_sent_start
        proper = after is not None and (after.pos_ == "PROPN" or after.ent_type_ in _ENTITY_IDS)
        named_after = proper and after.text[:1].isupper()  # "Nations" of an EVENT
        determined = prev.pos_ == "DET" or prev.tag_ == "POS"  # "this Six Nations"
        if titled and named_after and (determined or after.tag_ == "NNPS"):
            return True  # "the Three Amigos", "this year's Six Nations": a name
        return titled and prev.text[:1].isupper() and not prev.is_sent_start
    possessive = prev.tag_ == "POS" and prev.i > 0 and prev.doc[prev.i - 1].pos_ == "PROPN"
    after = _past_plus(after)  # "Acme's 2,000-plus workers": the workers are counted
    if is_plain(cand) and possessive and (after is None or after.pos_ not in ("NOUN", "ADJ")):
        return True  # "the Standard & Poor's 500 plunged": the index's name ends in a number
    named = prev.pos_ == "PROPN" or (prev.tag_ == "POS" and prev.i > 0)
    return is_plain(cand) and named and after is not None and after.lower_ in r.index_nouns


def _past_plus(after):
    """The word after a '-plus' or '+' glued to a number ('300-plus graduates'), else after."""
    doc = after.doc if after is not None else None
    i = after.i if after is not None else 0
    while doc is not None and i < len(doc) and doc[i].text in ("-", "+", "plus"):
        i += 1
    return doc[i] if doc is not None and i < len(doc) and i != after.i else after


def _names_or_ages(prev, after, plain: bool, cand: Candidate, r: Rules) -> bool:
    """'aged 35', 'Flight 370', 'Boeing 737 crashed': the word before makes it a name."""
    word = prev.lower_.rstrip(".")
    if prev.text == "." and prev.i > 0:  # "No. 1" split into "No" "."
        word = prev.doc[prev.i - 1].lower_
    if word == "of" and prev.i > 0 and prev.doc[prev.i - 1].lower_ in r.age_before:
        return True  # "at the age of 56"
    if word in r.age_before or word in r.identifier_before or prev.lower_ in r.identifier_before:
        return True
    if word in ("and", ",", "or") and _listed_after_age(prev, r):
        return True  # "two men, aged 23 and 31": the 31 is an age too
    if plain and not cand.words and _is_model_name(prev.text):
        return after is None or after.tag_ != "NNS"  # "iPhone 4", "iOS 4", "A4 5"
    proper = plain and prev.pos_ == "PROPN" and not cand.words and not _grouped(cand)
    if proper and after is not None and after.lower_ in r.schedule_words:
        return True  # "on SiriusXM Patriot 125 weekdays": a channel's number, then when
    return proper and (after is None or after.tag_ != "NNS")  # "FTSE 100 index", not "... 30 jets"


# digits in groups of three: "31,000", "1,250,000.5"
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")


def _grouped(cand: Candidate) -> bool:
    """A number written with thousands separators is an amount: names, models and identifiers
    ('Flight 370', 'Boeing 737', 'FTSE 100', a case number) are never written '31,000', so a
    name before it ('Ramirez won 40,000 votes, Dubois 31,000') makes it no part of the name."""
    return bool(_GROUPED.fullmatch(cand.raw))


def _listed_after_age(join, r: Rules) -> bool:
    """The number before a list joint ('aged 23 and [31]', 'aged 19, [20] and 22') is an age."""
    i = join.i - 1
    doc = join.doc
    while i >= 0 and (doc[i].like_num or doc[i].text == ","):
        if doc[i].like_num and i > 0 and doc[i - 1].lower_ in r.age_before:
            return True
        i -= 1
    return False


def _is_model_name(word: str) -> bool:
    """Product-style names: inner capitals ('iPhone', 'iOS') or letters with digits ('A380')."""
    inner_cap = any(c.isupper() for c in word[1:]) and any(c.islower() for c in word)
    mixed = any(c.isdigit() for c in word) and any(c.isalpha() for c in word)
    return inner_cap or mixed


def _is_weak_one(cand: Candidate, span, after, r: Rules) -> bool:
    """'one of the suspects', 'one had a bandage': 'one' counts only before a noun, or where
    the sentence counts it (`counted_one`)."""
    if not (cand.words and cand.value == 1 and len(span) == 1 and span[0].lower_ == "one"):
        return False
    if _one_of_a_pair(span):
        return True  # "better results for one candidate than the other": which, not how many
    if counted_one(span, r):
        return False
    noun = span.root.head if span.root.dep_ == "nummod" else None
    described = after is not None and after.pos_ == "ADJ"  # not "by one percentage point"
    if described and noun is not None and noun.lower_ in r.weak_one:
        return True  # "at one particular time": the noun after the adjectives frames
    return after is None or after.pos_ not in ("NOUN", "ADJ") or after.lower_ in r.weak_one


_PAIR_WINDOW = 12


def _one_of_a_pair(span) -> bool:
    """'one candidate than the other', 'one side ... the other': 'one' set against 'the other'
    later in its sentence picks one of two; it counts nothing."""
    doc = span.doc
    end = min(span.root.sent.end, span.end + _PAIR_WINDOW)
    words = [t.lower_ for t in doc[span.end : end]]
    return any(a == "the" and b == "other" for a, b in zip(words, words[1:], strict=False))


_NOT_COUNTING = frozenset(("no", "the", "every", "each", "any", "which", "that", "this"))


def counted_one(span, r: Rules) -> bool:
    """A 'one' the sentence counts: 'at least one of the donors' (a lower bound is a count),
    'the mayor cancelled one campaign stop' (one thing done, a verb's object), 'we bought 30
    tablets and only one has broken' (one out of a number counted before it). 'One of them
    said', 'no one came', 'at one point' pick out or frame; they count nothing."""
    tok = span.root
    if len(span) != 1 or tok.lower_ != "one":
        return False
    doc = span.doc
    if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in ("or", "to"):
        return False  # "one or two points": the low end of a rough range, read as a whole
    if [t.lower_ for t in doc[max(0, tok.i - 2) : tok.i]] == ["at", "least"]:
        return True
    noun = tok.head
    if tok.dep_ == "nummod" and noun.pos_ == "NOUN" and noun.dep_ == "dobj":
        weak = noun.lower_ in r.weak_one or noun.lower_ in r.durations
        return noun.head.pos_ == "VERB" and not weak
    if tok.dep_ == "nummod" and noun.pos_ == "NOUN" and noun.dep_ == "pobj":
        return _one_in_a_phrase(tok, noun, r)  # "a blockage in one artery"
    if tok.dep_ not in ("nsubj", "nsubjpass") or any(c.lower_ == "of" for c in tok.children):
        return False
    if tok.i > 0 and doc[tok.i - 1].lower_ in _NOT_COUNTING:
        return False
    dated = ("DATE", "TIME", "ORDINAL")
    return any(t.like_num and t.ent_type_ not in dated for t in doc[tok.sent.start : tok.i])


def _one_in_a_phrase(tok, noun, r: Rules) -> bool:
    """'a blockage in one artery', 'settled with one former staffer', 'with one click': 'one'
    before the noun of a phrase on a counting preposition (data/figures.toml one_preps) counts
    it; a framing noun ('in one case', 'by one measure', 'at one point': weak_one_nouns), a part
    of something ('in one corner of the room') or a determiner before it ('the one man') does
    not."""
    doc = tok.doc
    if noun.head.lower_ not in r.one_preps or noun.i < tok.i:
        return False
    if tok.i > 0 and doc[tok.i - 1].lower_ in _NOT_COUNTING:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return False  # "in one corner of the room": a part of something picked out
    return noun.lower_ not in r.weak_one and noun.lower_ not in r.durations


def _is_indefinite_speaker(cand: Candidate, span, r: Rules) -> bool:
    """'One commenter wrote', 'with one analyst saying': 'one' before a singular noun that speaks
    picks out someone, it counts nothing ('one person died' still counts)."""
    if not (cand.words and cand.value == 1 and span[0].lower_ == "one"):
        return False
    doc = span.doc
    noun = doc[span.end] if span.end < len(doc) else None
    while noun is not None and noun.dep_ in ("amod", "compound") and noun.head.i > noun.i:
        noun = noun.head  # "one senior official"
    if noun is None or noun.tag_ != "NN" or noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return noun.head.lemma_.lower() in r.speaker_verbs


def _is_numbered_label(doc, span, sent, r: Rules) -> bool:
    """'police posts 542 and 543', 'gates 3 and 4': a list of bare numbers right after a plural
    noun names the items, it counts nothing (a count stands before its noun: '542 posts')."""
    i, listed = span.start - 1, False
    while i >= sent.span.start and (doc[i].like_num or doc[i].lower_ in _LIST_JOINS):
        if not (doc[i].like_num or doc[i + 1].like_num):
            return False  # ", and 15 fell": a new clause, not the list going on
        listed = listed or doc[i].lower_ in _LIST_JOINS
        i -= 1  # back over the earlier labels of the list: "542 and [543]"
    after = doc[span.end] if span.end < sent.span.end else None
    nxt = doc[span.end + 1] if span.end + 1 < sent.span.end else None
    if after is not None and after.lower_ in _LIST_JOINS and nxt is not None and nxt.like_num:
        listed = True  # "[542] and 543"
    if i < sent.span.start or not listed or not doc[i + 1].like_num:
        return False  # "300 people, 12 of them children": a count after a comma
    word = doc[i].lower_
    labels = doc[i].tag_ == "NNS" and word not in r.after_units and word not in r.durations
    return labels and (after is None or after.pos_ not in ("NOUN", "PROPN"))


def _is_denominator(doc, span, sent) -> bool:
    """'9 out of 10 members', 'one in 10 posts': the 10 is the base of a ratio, not a count."""
    i = span.start
    if i - 2 < sent.span.start:
        return False
    before, prep = doc[i - 2], doc[i - 1]
    out_of = before.lower_ == "out" and prep.lower_ == "of"
    if prep.lower_ == "the" and before.lower_ == "of" and i - 3 >= sent.span.start:
        # "9 of the 12 largest cities": a ranked set, no fact; "141 of the 300 seats" is one
        nxt = doc[span.end] if span.end < sent.span.end else None
        return doc[i - 3].like_num and nxt is not None and nxt.tag_ == "JJS"
    return out_of or (prep.lower_ == "in" and (before.like_num or before.lower_ == "one"))


_TAG_OPEN = re.compile(r"<[A-Za-z/][^<>\n]*$")  # an HTML tag opened on this line, not closed
_MARKUP_WINDOW = 400


def _in_markup(text: str, cand: Candidate) -> bool:
    """'<span style="width: 0px; line-height: 0;" class="...">' left in pasted web copy: a
    number inside an HTML tag is an attribute's value, no figure; the tag is read back at most
    a few hundred characters, so each number costs the same."""
    before = text[max(0, cand.start - _MARKUP_WINDOW) : cand.start]
    if not _TAG_OPEN.search(before):
        return False
    after = text[cand.end : cand.end + _MARKUP_WINDOW]
    closing, opening = after.find(">"), after.find("<")
    if closing == -1 or (opening != -1 and opening < closing):
        return False
    return "\n" not in after[:closing]  # a tag is one line; a stray '<' before prose is none


def correction_note(text: str, sent, r: Rules) -> bool:
    """'(This version of the story corrects the figure to $1.02 million ...)': an editor's note
    on the story, whose numbers are the story's own said again or the wrong ones."""
    opening = text[sent.start : sent.start + 60].lstrip(" (").lower()
    return opening.startswith(r.correction_openings)


def _is_list_label(text: str, cand: Candidate) -> bool:
    """'if: 1) the carrier ... and 2) the country': a one-digit label closed by a bracket that
    no bracket opened."""
    if text[cand.end : cand.end + 1] != ")":
        return False
    before = text[max(0, cand.start - 40) : cand.start]
    return before.rfind("(") <= before.rfind(")")


_ITEM_AFTER = re.compile(r"[.)]\s+[\"“‘'(]?[A-Z]")
_SENTENCE_ENDS = (".", "!", "?", ":", ";")
_ITEM_WINDOW = 12


def _is_list_item(text: str, cand: Candidate, sent) -> bool:
    """'we can all do two things here. 1. Donate anything ... 2. Get the hashtag': a number of
    one or two digits standing alone between a sentence's end and a full stop or bracket before
    a capital opens an item of a list run into the paragraph (pasted posts, numbered points); a
    count is never written so ('rose to 3. The bank' has no sentence end before it)."""
    if len(cand.raw) > 2 or not _ITEM_AFTER.match(text, cand.end):
        return False
    start = max(sent.paragraph.start, cand.start - _ITEM_WINDOW)  # a few characters: linear
    before = text[start : cand.start].rstrip()
    if not before:
        return start == sent.paragraph.start  # the paragraph opens with the item
    return before.endswith(_SENTENCE_ENDS)


def _names_its_noun(span) -> bool:
    """'ground zero', 'patient zero', 'square one': a number word set right after a singular
    noun it modifies names that noun; a count comes before what it counts ('zero patients')."""
    root = span.root
    head = root.head
    return root.dep_ == "nummod" and head.i == span.start - 1 and head.tag_ == "NN"
