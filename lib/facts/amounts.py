"""What an amount is, named by the construction that holds it rather than by a cue word.

Read by lib/facts/measures.py `find_measure` before the cue search, since in each of these the
article's own words say what is measured more plainly than a verb cue does:
- a margin after "by" on a verb with an object: 'lost the popular vote by 2.9 million' (the
  popular vote margin), 'could shift voting preferences by 20 percent' (voting preferences);
- money for a purpose: '$2.5 million for overtime', '$1.25 million for the Joint Committee';
- an amount in apposition to a noun: 'the amount collected - $55 million in 2009 and $43
  million in 2013' (amount collected);
- an amount a noun includes: 'donations include $500,000 from Acme and $1 million from Zeta';
- an amount in front of a name it is the size of: 'his $9 billion Clean Water Act' (the act).
`with_purpose` then adds what money a verb moved was for, when the sentence says so: 'spent
$4,000 on office chairs' (spending on office chairs), 'paid $120,000 to settle two lawsuits'.
Word lists are data (data/figures.toml: margin_verbs, part_verbs, spending_verbs).
"""

from __future__ import annotations

from lib.facts.figrules import Rules, inside, of_object
from lib.facts.numbers import COLLECTIVE
from lib.facts.phrases import phrase

_NOT_PURPOSES = frozenset(("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY"))


def named_by_construction(counted, span, r: Rules, kind: str) -> str:
    """The measure a construction names for this figure, '' when none applies."""
    if kind == "money" and (held := held_as(span, r)):
        return held  # "ended June with $2 million on hand": cash on hand
    if kind == "money" and titled_name(counted, span):
        return titled_name(counted, span)  # "his $16 trillion Green New Deal": the plan's size
    if kind in ("money", "percent", "quantity", "") and (threshold := threshold_of(span, r)):
        return threshold  # "a tax on wealth above $50 million": how much wealth
    unit = counted.lower_ in r.after_units  # "by 12 points": a unit, no counted thing
    if not inside(counted, span) and counted.pos_ in ("NOUN", "PROPN") and not unit:
        return ""  # "3,000 refugees": the counted noun says what; these are bare amounts
    holder = counted if not inside(counted, span) else span.root
    margin = margin_of(holder, span, r)
    if margin:
        return margin
    if kind == "count" and holder.lower_ in COLLECTIVE:
        return paid_in(holder, span, r)  # "millions in assets": money, in what it is held
    if kind not in ("money", "quantity", ""):
        return ""  # "two teams, one national ...", "two thirds - 65% - of": no amount named
    if kind == "quantity" and placed_at(counted, span, r):
        return placed_at(counted, span, r)  # "200 feet behind the house": how far, not how much
    first = _first_conjunct(holder)
    return (
        paid_in(holder, span, r)
        or (purpose_of(holder, span) if kind == "money" else "")
        or apposed_to(first, span)
        or included_in(first, r)
    )


def held_as(span, r: Rules) -> str:
    """'finished the quarter with $33 million on hand': an amount followed at once by a phrase
    of holding (data/figures.toml held_after) is money held, named by that phrase; the verb
    ('finished') and the clause's subject say when and whose."""
    doc = span.doc
    for words, measure in r.held_after.items():
        said = words.split()
        end = span.end + len(said)
        if end <= len(doc) and [t.lower_ for t in doc[span.end : end]] == said:
            return measure
    return ""


def threshold_of(span, r: Rules) -> str:
    """'a tax on wealth above $50 million', 'couples with a net worth in excess of $32 million',
    'kept unemployment below 5 percent': an amount after a word of comparison (data/figures.toml
    threshold_words) that follows a noun at once is a threshold of that noun, which says what is
    measured, not the clause's verb ('pay') or the tax the sentence sets. Read off the word
    order, since the parser hangs 'above' on the verb as often as on the noun; a unit ('each
    dollar over'), a number or a date before the word names nothing."""
    doc = span.doc
    for words in r.threshold_words:
        start = span.start - len(words)
        if start < 1 or [t.lower_ for t in doc[start : span.start]] != words:
            continue
        noun = doc[start - 1]
        if noun.pos_ != "NOUN" or noun.like_num or noun.lower_ in r.after_units:
            return ""
        if noun.ent_type_ in _NOT_PURPOSES or noun.lemma_.lower() in r.durations:
            return ""
        return phrase(noun, span)
    return ""


def _first_conjunct(tok):
    """'$55 million in 2009 and $43 million in 2013': the second amount hangs where the first
    does."""
    while tok.dep_ == "conj" and tok.head.i != tok.i and tok.head.like_num:
        tok = tok.head
    return tok


def margin_of(holder, span, r: Rules) -> str:
    """'shift voting preferences by 20 percent' -> voting preferences; a result verb ('lost the
    popular vote by 2.9 million', 'won the primary by 9 points') -> the popular vote margin.
    The verb's object is what moved or what was won; a name as object ('beat Smith by 5
    points') says over whom, and is left to the lead readers."""
    prep = holder.head
    if holder.dep_ != "pobj" or prep.lower_ != "by" or prep.head.pos_ != "VERB":
        return ""
    after = _word_after(span)
    split = any(t.lower_ in ("to", "-", "–") for t in prep.subtree)
    if split or (after is not None and after.lower_ in ("to", "-", "–")):
        return ""  # "approved the bond by 61% to 39%": a split of the vote, no margin
    verb = prep.head
    objs = [c for c in verb.children if c.dep_ == "dobj" and c.i < prep.i and c.pos_ == "NOUN"]
    if not objs:
        return _result_margin(verb, prep, r)
    name = phrase(objs[-1])  # the nearest: "lost the state primary" may parse as two objects
    if not name:
        return ""
    return f"{name} margin" if verb.lemma_.lower() in r.margin_verbs else name


def _result_margin(verb, prep, r: Rules) -> str:
    """'Beruff lost by 54 points', 'won them by double digits', 'beat Smith by 5 points': a win
    or a loss with no common noun won ('the primary') is the margin itself; a verb of leading
    ('leads by 9 points') is a poll's lead, for the poll readers."""
    if verb.lemma_.lower() not in r.result_verbs:
        return ""
    return "margin of defeat" if verb.lemma_.lower() == "lose" else "margin of victory"


def paid_in(holder, span, r: Rules) -> str:
    """'paid $166,000 in public money', 'the $1.02 million it received in fees and expenses',
    'millions in assets', '$253 million in grants': the form money took, after "in" on the
    amount or on the verb that moved it, when the noun is one money takes (data/figures.toml
    money_forms; 'invested $5bn in companies' names where it went, not what it was)."""
    verbs = [holder.head] if holder.dep_ == "dobj" else []
    verbs += [c for c in holder.children if c.dep_ == "relcl"]  # "the $3m it received in fees"
    for owner in (holder, *verbs):
        for child in owner.children:
            if child.dep_ != "prep" or child.lower_ != "in" or child.i < holder.i:
                continue
            for obj in child.children:
                form = _money_form(obj, span, r) if obj.dep_ == "pobj" else ""
                if form:
                    return form
    return ""


def _money_form(obj, span, r: Rules) -> str:
    """A form money takes ('in grants'), or the currency of one ('caused billions in dollars of
    economic damage': the dollars are the damage's), else ''."""
    if obj.lemma_.lower() in r.money_forms:
        return phrase(obj, span)
    inner = of_object(obj) if obj.lower_ in r.money_units else None
    if inner is None or inner.lemma_.lower() not in r.money_forms:
        return ""
    return f"{obj.lower_} of {phrase(inner, span)}"


def purpose_of(holder, span) -> str:
    """'$2.5 million for overtime for the Capitol Police', '$1.25 million for the Joint
    Committee': what money is for, after a "for" right behind the amount (the parse may hang
    that "for" on a noun before it); a time ('$10 for two hours') or another amount names no
    purpose."""
    preps = [c for c in holder.children if c.dep_ == "prep" and c.lower_ == "for"]
    after = _word_after(span)
    misplaced = after is not None and after.dep_ == "prep" and after.head.pos_ == "NOUN"
    if misplaced and after.lower_ == "for":  # "paid $168,000 for" stays with the verb
        preps.append(after)
    for prep in preps:
        if prep.i < holder.i:
            continue
        for obj in prep.children:
            obj = _participle_noun(obj)  # a "dobj" only as the participle's noun
            if obj.dep_ not in ("pobj", "dobj") or obj.pos_ not in ("NOUN", "PROPN"):
                continue
            head_words = [t for t in obj.subtree if t.i <= obj.i]  # not a clause after it
            if any(t.ent_type_ in _NOT_PURPOSES or t.like_num for t in head_words):
                return ""  # "for three hours downtown", "for 2019": when, or how many
            purpose = _with_short_tail(obj, span)
            paid = holder.dep_ == "dobj" and holder.head.lemma_.lower() == "pay"
            return f"{holder.head.text} for {purpose}" if paid else purpose  # "paid for work"
    return ""


def _participle_noun(obj):
    """'$3 million for competitively awarded grants': the parse may read a participle before a
    noun as a verb with the noun as its object ('awarded' the object of 'for', 'grants' its
    object). The participle only describes the noun, which is what the money is for; the noun
    stands in for the object of 'for' (`obj` itself when it is no such participle)."""
    if obj.dep_ != "pcomp" or obj.tag_ != "VBN":
        return obj
    nouns = [c for c in obj.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    if not nouns or nouns[0].i != obj.i + 1 and nouns[0].left_edge.i != obj.i + 1:
        return obj  # "for spent fuel from the plant": a verb with its object further on
    return nouns[0]


def _with_short_tail(noun, span) -> str:
    """The noun's phrase with a short prepositional tail right after it ('work on a dossier',
    'repairs to the bridge'), when the tail's noun is within three words."""
    name = phrase(noun, span)
    doc = noun.doc
    prep = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if prep is None or prep.dep_ != "prep" or prep.head.i != noun.i or prep.lower_ == "for":
        return name
    objs = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
    if not objs or objs[0].i - prep.i > 3 or name != noun.text.lower():
        return name
    tail = doc[prep.i : objs[0].i + 1]
    if any(t.like_num or t.is_punct or t.ent_type_ in _NOT_PURPOSES for t in tail):
        return name
    return f"{name} {tail.text}"


def _word_after(span):
    """The first word after the figure's span, past spaces ('$2.5\xa0million\xa0for')."""
    for tok in span.doc[span.end : span.end + 3]:
        if not tok.is_space:
            return tok
    return None


def apposed_to(holder, span) -> str:
    """'the amount collected by Obama's two committees - $55 million': the amount is in
    apposition to the noun phrase, read up to its head noun ('amount collected')."""
    if holder.dep_ != "appos":
        return ""
    noun = holder.head
    for _ in range(3):  # "the amount collected by [the committees]": up to the phrase's head
        prep = noun.head if noun.dep_ == "pobj" else None
        above = prep.head if prep is not None else None
        if above is not None and above.dep_ == "acl" and above.head.pos_ == "NOUN":
            above = above.head
        if above is None or above.pos_ != "NOUN" or above.i > noun.i:
            break
        noun = above
    if noun.pos_ != "NOUN" or noun.like_num:
        return ""
    name = phrase(noun, span)
    for child in noun.children:  # "the amount collected": the participle says which amount
        if child.dep_ == "acl" and child.i == noun.i + 1 and child.tag_ == "VBN":
            return f"{name} {child.text}"
    return name


def included_in(holder, r: Rules) -> str:
    """'Donations include $500,000 from Chevron': an amount a noun includes is one of them;
    so is one after 'including' ('continued lending to Mr. Trump, including $170 million in
    2014', 'pledged aid, including $2 billion in loans'): a part of that noun or of the verb's
    object."""
    part_of = _including_what(holder, r)
    if part_of is not None:
        return _part_name(part_of, None)
    verb = holder.head
    if holder.dep_ != "dobj" or verb.lemma_.lower() not in r.part_verbs:
        return ""
    for child in verb.children:
        if child.dep_ == "nsubj" and child.pos_ == "NOUN":
            return phrase(child)
    return ""


def _including_what(holder, r: Rules):
    """What an amount after 'including' is a part of: a form money takes that it hangs on
    ('lending to Mr. Trump, including $170m', 'pledged grants, including $2bn'; data/figures.toml
    money_forms), else the gerund whose object that is ('kept financing the developer, including
    $60m': the financing, not the developer). None when neither."""
    prep = holder.head
    if holder.dep_ != "pobj" or prep.lower_ != "including" or prep.head.i == prep.i:
        return None
    owner = prep.head
    if owner.pos_ == "VERB" and owner.tag_ != "VBG":
        objs = [c for c in owner.children if c.dep_ == "dobj" and c.i < prep.i]
        owner = objs[0] if objs else owner
    if owner.tag_ == "VBG":
        return owner  # "kept lending, including $170m": the lending
    if owner.pos_ == "NOUN" and (
        owner.lemma_.lower() in r.money_forms or owner.lower_.endswith("ing")
    ):
        return owner
    verb = owner.head
    return verb if owner.dep_ == "dobj" and verb.tag_ == "VBG" else None


def _part_name(owner, span) -> str:
    """A gerund ('financing') as written; a noun with the words that narrow it."""
    return owner.lower_ if owner.tag_ == "VBG" else phrase(owner, span)


_LENGTHS = frozenset(("length", "distance"))
_MAX_PLACE_WORDS = 5


def placed_at(unit, span, r: Rules) -> str:
    """'buried one foot below ground 200 feet behind the house', '30 km south of Baghdad': a
    length followed at once by a word of place (data/figures.toml spatial_words) says where
    something is: its depth, height or distance, with the place when a short phrase names it
    ('depth below ground', 'distance behind the Slepian home')."""
    if inside(unit, span) or r.dimensions.get(r.after_units.get(unit.lower_, "")) not in _LENGTHS:
        return ""
    doc = unit.doc
    word = doc[unit.i + 1] if unit.i + 1 < len(doc) else None
    name = r.spatial_words.get(word.lower_, "") if word is not None else ""
    if not name:
        return ""
    end = word.i
    for tok in doc[word.i + 1 : word.i + 1 + _MAX_PLACE_WORDS]:
        if tok.dep_ == "pobj" and tok.head.i in (word.i, word.i + 1) and tok.pos_ != "NUM":
            end = tok.i  # "below ground", "south of Baghdad"
            break
    place = doc[word.i : end + 1]
    if end == word.i or any(t.like_num or t.is_punct for t in place):
        return name  # "30 feet high", "two miles away": the dimension says it all
    return f"{name} {place.text}"


def titled_name(noun, span) -> str:
    """'his $9 billion Clean Water Act', 'a $2 trillion Medicare Plus plan' parsed as a name: an
    amount in front of a name of two or more capitalised words is that thing's size, and the
    name says what it is; a cue inside the name ('Deal' for a price) does not."""
    if inside(noun, span) or noun.pos_ != "PROPN" or span.root.head.i != noun.i:
        return ""
    if span.root.dep_ != "nummod":
        return ""
    words = noun.doc[span.end : noun.i]  # the name's words between the amount and its head
    if not words or any(not t.is_alpha or not t.text[:1].isupper() for t in words):
        return ""
    return noun.doc[span.end : noun.i + 1].text


def with_purpose(measure: str, counted, span, r: Rules, kind: str) -> str:
    """Money a verb moved, with what it went to where the sentence says: 'spent $4,000 on office
    chairs' -> spending on office chairs, 'paid $120,000 to settle two lawsuits' -> pay to settle
    lawsuits, 'commit $5 billion over ten years to end child hunger'. The measure a cue gave
    (spending, pay) says how the money moved; a reader looks for what it was for."""
    if kind != "money":
        return measure
    amount = counted if inside(counted, span) else span.root
    holder = _first_conjunct(amount)
    verb = holder.head
    gapped = holder.dep_ == "conj" and holder.like_num  # "give $9 to A, but only $5 to B"
    if not (holder.dep_ == "dobj" or gapped) or verb.pos_ != "VERB":
        return measure
    purpose = (
        _spent_on(verb, amount, span, r)
        or (measure in r.given_measures and _given_to(verb, amount, span, r))
        or _to_clause(verb, holder, span)
    )
    if not purpose or purpose in measure:
        return measure
    return f"{measure or verb.text} {purpose}"


_NAMED_BY_RULES = frozenset(("money raised",))  # lib/facts/measures.py names these itself
_SOURCE_BRIDGE = frozenset(("AUX", "VERB", "PART", "ADV"))
_NAMED = frozenset(("PERSON", "GPE", "ORG", "NORP", "LOC", "FAC"))


def with_source(measure: str, span, kind: str, r: Rules) -> str:
    """Money with where it comes from, when the words right after it say: '$700 million would
    come from projects in U.S. territories', 'another $1.8 billion coming from projects on
    overseas bases', 'raked in $1.5 billion from an investment deal'. The source says what the
    amount is (the projects' money), with the measure a cue gave ('money raised from ...').
    Read off the word order (the amount, at most three verb words, 'from'), since the parse
    of such clauses often hangs the amount elsewhere; a number ('to $5 from $3'), a date or a
    name ('from Texas', 'from Koch': where or who, no kind of money) is no source. A measure
    in the article's own words ('pledges include $250,000 from a bank') keeps them: the source
    goes only with none or with a measure's plain name ('funding', 'money raised')."""
    if kind != "money" or "from" in measure.split():
        return measure
    if measure and measure not in r.measure_names and measure not in _NAMED_BY_RULES:
        return measure
    doc = span.doc
    i = span.end
    while i < min(len(doc), span.end + 3) and doc[i].pos_ in _SOURCE_BRIDGE:
        i += 1
    if i >= len(doc) or doc[i].lower_ != "from":
        return measure
    objs = [c for c in doc[i].children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
    if not objs or objs[0].like_num or objs[0].ent_type_ in _NOT_PURPOSES | _NAMED:
        return measure
    source = f"from {_with_short_tail(objs[0], span)}"
    return f"{measure} {source}" if measure else source


def _spent_on(verb, amount, span, r: Rules) -> str:
    """'spent $300 on a haircut': after a spending verb, 'on' names what the money bought (on
    the amount itself in 'spent $8m on roads and $2m on parks')."""
    if verb.lemma_.lower() not in r.spending_verbs:
        return ""
    for prep in [*amount.children, *verb.children]:
        if prep.dep_ == "prep" and prep.lower_ == "on" and prep.i > amount.i:
            for obj in prep.children:
                if obj.dep_ in ("pcomp", "pobj") and obj.tag_ == "VBG":
                    return f"on {obj.text}"  # "spent $2 million on lobbying"
                if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN"):
                    when = obj.ent_type_ in _NOT_PURPOSES  # "spent $2m on Monday"
                    return "" if when else f"on {phrase(obj, span)}"
    return ""


def _given_to(verb, amount, span, r: Rules) -> str:
    """'gave $5m to the foundation', 'can give only $5,600 to a candidate': after a giving verb,
    'to' names who received the money (on the amount itself in 'gave $2m to A and $1m to B');
    not the last piece of a hyphened word ('to the clean-up' parses 'up' as the object)."""
    if verb.lemma_.lower() not in r.giving_verbs:
        return ""
    for prep in [*amount.children, *verb.children]:
        if prep.dep_ in ("prep", "dative") and prep.lower_ == "to" and prep.i > amount.i:
            for obj in prep.children:
                glued = obj.i > 0 and obj.doc[obj.i - 1].text in ("-", "–")
                if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN") and not glued:
                    return f"to {phrase(obj, span)}"
            return ""
    return ""


def _to_clause(verb, holder, span) -> str:
    """'paid $2m to settle the claims': an infinitive after the amount says what for (the
    verb and the head of its object)."""
    for clause in verb.children:
        if clause.dep_ not in ("advcl", "xcomp") or clause.pos_ != "VERB" or clause.i < holder.i:
            continue
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            continue
        objs = [c for c in clause.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")]
        return f"to {clause.text} {phrase(objs[0], span)}" if objs else ""
    return ""
