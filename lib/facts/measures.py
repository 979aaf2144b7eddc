"""What a figure measures, read off the spaCy parse around it.

Called by lib/facts/figures.py for each figure once its kind (count, money, percent, points,
quantity) and unit are known; the cue lists live in data/measures.toml and data/figures.toml
(loaded into `lib.facts.figrules.Rules`, shared with the figure finder). Where cues may sit and
what one names is lib/facts/cues.py; this module chooses among them.
"""

from __future__ import annotations

from lib.facts.amounts import named_by_construction
from lib.facts.constructions import (
    asked,
    bought_thing,
    changed_in,
    container_of,
    degree_of,
    hourly_pay,
    object_set_to,
    part_of_whole,
    picked_from_group,
    plain_noun,
    raised_money,
    share_of_group,
    to_a_level,
    verb_and_object,
    what_they_are,
    whole_picked_from,
)
from lib.facts.cues import cue_entry, cue_positions, in_name
from lib.facts.figrules import Rules, acts_as_verb, inside, noun_phrase, of_object
from lib.facts.groups import who_they_are
from lib.facts.phrases import of_phrase, phrase, with_clause

__all__ = ["phrase"]  # re-exported for lib/facts/counted.py

_PARTITIVES = frozenset(
    (
        "total",
        "number",
        "most",
        "some",
        "all",
        "part",
        "majority",
        "top",
        "rest",
        "tune",
        "equivalent",
    )
)
_SESSIONS = frozenset(("trade", "trading", "dealing", "session"))
_FRACTIONS = frozenset(("half", "third", "quarter", "fifth", "tenth", "percent", "per cent"))
_LEVEL_NOUNS = frozenset(("level", "high", "low", "record", "peak", "value"))


def find_measure(sent, counted, span, r: Rules, kind: str) -> tuple[dict | None, str]:
    """(measure entry, name) for a figure of the given kind (count, money, percent ...).

    In order: a cue on the noun the figure modifies ("137 deaths", "a 25% share"); the noun an
    amount prices ("a $13bn contract" -> contract value, "$20,000 cash payment"); the first cue
    met walking out from the counted noun in the parse, where a generic change (rose, fell) gives
    way to a specific cue on its subject or the counted noun ("profit rose 18%" -> profit) and a
    "to"/"at" object of a change names the level reached ("fell 3% to 9,694")."""
    if asked(counted, span):
        return None, with_clause(counted, span)  # "the 2,000 adults polled": who answered
    if kind in ("count", "") and (named := who_they_are(counted, span)):
        return None, named  # "22 million who qualify": not what they did
    if kind == "count" and (named := what_they_are(counted, span)):
        return None, named  # "120 were children": the children
    if kind == "count" and (named := whole_picked_from(counted, span)):
        return None, named  # "41 of the 120 seats": the seats
    if kind == "count" and (named := picked_from_group(counted, span, r)):
        return None, named  # "lost four of their six games"
    if kind == "count" and (named := container_of(counted, span, r)):
        return None, named  # "two pieces of legislation"
    if kind == "percent" and (named := degree_of(counted, span)):
        return None, named  # "99 percent sure": how sure, no share
    if kind == "percent" and (named := part_of_whole(counted, span)):
        return None, named  # "retirees make up 20% of residents"
    if kind == "percent" and (named := share_of_group(counted, span, r)):
        return None, named  # "40 percent of voters": the voters
    if kind == "money" and raised_money(counted, span, r):
        return None, "money raised"  # "the campaign raised $38 million": no rise of $38m
    named = named_by_construction(counted, span, r, kind) or object_set_to(
        counted, span, kind, r.cue_measure
    )
    if named:
        return None, named  # "$2.5 million for overtime", "lost the vote by 2.9 million"
    found = []
    for tok, role in cue_positions(counted, span, sent):
        entry = cue_entry(tok, role, r, kind)
        if entry is not None:
            found.append((entry, role, tok))
    if found and found[0][1] == "self" and found[0][0].get("generic") and changed_in(counted):
        return None, ""  # "blamed fuel prices for a 40% drop in profits": the profits fell
    if not (found and found[0][1] == "self"):
        priced = _priced_noun(counted, span, r, kind)
        if priced:
            return None, priced
        made_of = _amount_of(counted, span, r, kind)
        if made_of and kind in ("money", ""):
            return None, made_of  # "$3.2 million in assistance": more than the verb says
    level = level_reached(counted, span, r)  # "rose to 31 percent" is a level; "rose 3%" a change
    if found:
        first, role, tok = found[0]
        if first.get("generic"):
            for entry, role, tok in found[1:]:
                if role in ("subject-of-verb", "self", "modifier") and not entry.get("generic"):
                    return entry, _narrowed(entry, role, tok, span, r, kind)
        if level and (first.get("generic") or first["name"] in ("closed", "cancelled")):
            return None, level
        bought = bought_thing(tok) if first["name"] == "pay" else ""
        if bought:
            return None, f"price paid for {bought}"  # "Orbex paid £2m for the site"
        if first.get("generic") and role != "self" and to_a_level(tok):
            return None, ""  # "Brent crude gained $1.32 to $44.45": a price moved, no profit
        if role == "subject" and not first.get("generic") and _named_group(counted, span):
            return None, phrase(counted, span)  # "7,500 National Guard members took part"
        return first, _narrowed(first, role, tok, span, r, kind)
    if level:
        return None, level
    named = _amount_of(counted, span, r, kind) or _of_noun(counted, span, r)
    named = named or _paid_for(counted, span, kind) or hourly_pay(span, kind)
    return None, named or verb_phrase(counted, sent, r)


def _paid_for(counted, span, kind: str) -> str:
    """'a 60GB edition for US$299', 'starting at $199': money after 'for'/'at' is a price."""
    tok = counted if not inside(counted, span) else span.root
    described = tok.head.head.dep_ == "acl"  # "damage estimated at $2bn" is no price
    if (
        kind == "money"
        and tok.dep_ == "pobj"
        and tok.head.lower_ in ("for", "at")
        and not described
    ):
        return "price"
    return ""


def _narrowed(entry: dict, role: str, tok, span, r: Rules, kind: str) -> str:
    """The article's own noun phrase where it narrows the measure's name ('ozone could reduce
    crop yields by 25%' -> crop yields, not the bond 'yield'); the name otherwise ('the death
    toll rose', where 'death' is itself a cue of the measure)."""
    kinds = any(_names_a_kind(c, r) for c in tok.children if not inside(c, span))
    if role == "self" and tok.pos_ == "NOUN" and kinds and not entry.get("generic"):
        return phrase(tok, span)  # "3,000 Afghan refugees", "40 coal miners": who, as written
    subject = _modified_subject(tok, role, r)
    if subject is not None and _has_no_object(subject.head, r) and not entry.get("generic"):
        return phrase(subject, span)  # "the approval rating is at 78 percent": the whole noun
    agent = role == "subject-of-verb" and not _states_amount(tok.head, r)  # "blazes destroyed"
    if (
        (role != "self" or kind not in ("count", "points"))
        and not agent
        and _own_noun(entry, tok, r)
    ):
        return phrase(tok, span)  # "the death toll", "wages", "a bailout": the article's word
    of = of_phrase(tok, span) if tok.pos_ == "NOUN" and not entry.get("generic") else ""
    if of:
        return of  # "the rate of inflation", "the cost of living"
    if role != "self" and _narrowed_by_words(entry, tok, span, r):
        return phrase(tok, span)  # "a pre-tax profit of £75m", "annual sales of $32bn"
    if role != "subject-of-verb" or tok.pos_ != "NOUN":
        return entry["name"]
    for child in tok.children:
        if child.dep_ != "compound" or child.i > tok.i or in_name(child):
            continue
        if child.lemma_.lower() not in r.cue_measure:  # "voter turnout" stays turnout
            return phrase(tok)
    return entry["name"]


def _modified_subject(tok, role: str, r: Rules):
    """The subject noun a cue only modifies ('approval' in 'the approval rating is at 78
    percent'): the noun with its modifier is what is measured, not the cue's name (support); a
    noun the measure is only read through ('the unemployment rate', 'poll numbers') is None."""
    noun = tok.head
    if role != "subject-of-verb" or tok.dep_ != "compound" or noun.pos_ != "NOUN":
        return None
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.lemma_.lower() in r.container_nouns:
        return None
    return noun


def _has_no_object(verb, r: Rules) -> bool:
    """A verb that states its subject's amount and takes no object ('the rating is at 78
    percent', 'the rating rose 5 points'); not 'the rescue team left behind 4,000 cars'."""
    objects = any(c.dep_ == "dobj" for c in verb.children)
    return verb.lemma_ == "be" or _states_amount(verb, r) and not objects


def _narrowed_by_words(entry: dict, tok, span, r: Rules) -> bool:
    """The measure's own noun with words that say which kind ('pre-tax profit', 'operating
    profit', 'full-year revenue'): the reader's measure is the whole phrase."""
    if tok.pos_ != "NOUN" or entry.get("generic") or entry["name"] in r.duration_measures:
        return False
    lemma = tok.lemma_.lower()
    if lemma not in {c.partition("/")[0] for c in entry.get("cues", ())}:
        return False
    return any(
        child.dep_ in ("amod", "compound")
        and child.i < tok.i
        and not inside(child, span)
        and not in_name(child)
        and not child.like_num
        and child.pos_ in ("ADJ", "NOUN", "VERB")
        for child in tok.children
    )


def _states_amount(verb, r: Rules) -> bool:
    """A verb whose subject is the amount ('wages rose', 'the toll stands at', 'fraud totalled',
    'turnout was'), not a doer ('blazes destroyed 50,000 hectares')."""
    lemma = verb.lemma_.lower()
    return lemma in r.changes or lemma in r.level_verbs or lemma == "be"


def _own_noun(entry: dict, tok, r: Rules) -> bool:
    """A cue that is a noun other than the measure's name ('wages' for pay, 'the death toll' for
    killed, 'a bailout' for funding): the article's noun says what is measured in the words a
    reader looks for; the name stays for verbs ('were killed'), for a noun that is the name
    itself ('profit') and for penalties and durations, which the figure finder reads by name.
    A counted noun ('11 suspects') is already the unit: there the name says more; a
    noun the measure was only read through ('the unemployment rate', a crowd in a protest
    story) keeps the name."""
    name = entry["name"]
    if tok.pos_ != "NOUN" or entry.get("generic") or name in r.duration_measures:
        return False
    if name in r.change_nouns:
        return False  # "a value of 9,936", "the 5000 mark": a level, named by what it is of
    lemma = tok.lemma_.lower()
    cues = {c.partition("/")[0] for c in entry.get("cues", ())}
    own_cue = lemma in cues or tok.lower_ in cues  # "earnings" is its own cue
    named = any(lemma.startswith(w[:4]) or w.startswith(lemma[:4]) for w in name.split())
    return own_cue and not named


def _names_a_kind(child, r: Rules) -> bool:
    """A modifier that says which kind of the counted thing: a nationality or group ('Afghan
    refugees') or a noun ('coal miners'); not a cue of its own ('death toll') or a number."""
    if child.i > child.head.i or child.dep_ not in ("amod", "compound") or not child.is_alpha:
        return False
    if child.lemma_.lower() in r.cue_measure or in_name(child) and child.ent_type_ != "NORP":
        return False
    return child.ent_type_ == "NORP" or child.pos_ == "NOUN"


def _priced_noun(counted, span, r: Rules, kind: str) -> str:
    """What an amount is of, named after its noun: 'a $13 billion contract' / 'a contract worth
    $13 billion' -> 'contract value', '$20,000 cash payment' -> 'cash payment', '$13.4 billion in
    federal loans' -> 'loans', 'twenty tonnes of test equipment' -> 'test equipment'."""
    if kind not in ("money", "percent", "quantity", ""):
        return ""
    if not inside(counted, span) and counted.pos_ == "NOUN" and counted.lower_ not in r.after_units:
        if counted.lemma_.lower() in r.value_nouns:
            return f"{noun_phrase(counted)} value"
        if kind == "percent" and plain_noun(counted, r):
            return phrase(counted, span)  # "a 2.5% target", "a 10% discount": what it is of
        return noun_phrase(counted) if kind == "money" else ""
    tok = span.root
    for _ in range(3):
        head = tok.head
        if head.i == tok.i:
            break
        if head.lemma_.lower() in r.worth_words or head.lower_ in r.worth_words:
            noun = head.head
            if noun.i != head.i and noun.pos_ == "NOUN":
                return f"{noun_phrase(noun)} value"
            return ""
        if head.pos_ != "ADP":
            break
        tok = head
    return ""


def _amount_of(counted, span, r: Rules, kind: str) -> str:
    """'$13.4 billion in federal loans' -> 'loans', 'twenty tonnes of test equipment' -> 'test
    equipment': what an amount is made of, when no cue named it."""
    if kind not in ("money", "quantity", ""):
        return ""  # "" is a scaled number ("3.2 million in assistance"): money or a count
    holder = counted if not inside(counted, span) else span.root
    for child in holder.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "of"):
            for obj in child.children:
                when = obj.ent_type_ in ("DATE", "TIME") or obj.lemma_ in _SESSIONS
                if obj.dep_ == "pobj" and obj.pos_ == "NOUN" and obj.lower_ not in r.after_units:
                    return "" if when else noun_phrase(obj)  # "115p in morning trade": when
    if holder.dep_ == "dobj" and kind == "money":  # "send $1 billion a year in remittances"
        for child in holder.head.children:
            if child.dep_ == "prep" and child.lower_ == "in" and child.i > holder.i:
                for obj in child.children:
                    named = obj.tag_ == "NNS" or obj.lemma_.lower() in r.cue_measure  # "revenue"
                    if obj.dep_ == "pobj" and named and obj.lower_ not in r.after_units:
                        return noun_phrase(obj)
    return ""


def _of_noun(counted, span, r: Rules) -> str:
    """'a crew of six', 'a fleet of 30 aircraft': the noun the count belongs to."""
    tok = counted if not inside(counted, span) else span.root
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "of":
        return ""
    own = of_object(tok)
    if own is not None and not inside(own, span):
        return noun_phrase(own)  # "the deletion of millions of documents": documents
    noun = prep.head
    if noun.pos_ != "NOUN" or noun.lemma_.lower() in _PARTITIVES or noun.lower_ in r.after_units:
        return ""  # "12% of its 53 officers" belongs to no "%"
    if noun.like_num or noun.lemma_.lower() in _FRACTIONS:
        return ""  # "two thirds of the 1,000 people asked": the people are no thirds
    return _ranked(noun) + noun_phrase(noun)


def _ranked(noun) -> str:
    """'the second choice of 19%', 'the first pick of 30 percent': an ordinal before the noun
    says which rank of the noun the figure holds ('second choice', not any choice); its words
    with a space after, else ''."""
    ranks = [c for c in noun.children if c.dep_ == "amod" and c.ent_type_ == "ORDINAL"]
    return f"{ranks[0].lower_} " if ranks and ranks[0].i < noun.i else ""


def level_reached(counted, span, r: Rules) -> str:
    """'fell 3% to 9,694.73', 'closed at 8,579', 'below 9,000': the level reached, named after
    the verb's subject when it says what ('shares fell to 2.73' -> share price)."""
    tok = counted if not inside(counted, span) else span.root
    prep = tok.head
    if prep.lower_ == "of" and prep.head.lemma_.lower() in _LEVEL_NOUNS:
        tok, prep = prep.head, prep.head.head  # "gained 2% to a level of $2.69"
    if tok.dep_ != "pobj" or prep.pos_ != "ADP":
        return ""
    verb = prep.head
    moved = verb.lower_ in ("down", "up")  # "shares were up 2% at 115p": a level after a move
    if moved and verb.head.i != verb.i:
        verb = verb.head  # "took the share price down to 5.13", "down 2.95% to 1807.99"
    changed = moved or (
        verb.pos_ == "VERB"
        and (verb.lemma_.lower() in r.level_verbs or verb.lower_ in r.level_verbs)
    )
    if not (prep.lower_ in r.level_bounds or (prep.lower_ in r.level_preps and changed)):
        return ""
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass", "dobj") and of_object(child) is None:
            name = r.level_subjects.get(child.lemma_.lower())  # not "the share of voters"
            if name:
                return name
    return "level"


def _named_group(noun, span) -> bool:
    """A counted noun a name narrows ('National Guard members'): the group, as written."""
    names = [c for c in noun.lefts if c.dep_ == "compound" and c.ent_type_ in ("ORG", "NORP")]
    return not inside(noun, span) and noun.pos_ == "NOUN" and bool(names)


def verb_phrase(counted, sent, r: Rules) -> str:
    """Fallback measure: what the counted thing does, kept short
    ('four heading towards Ukraine' -> 'heading towards Ukraine', 'songs downloaded from the
    iTunes store' -> 'downloaded'); light verbs ('has', 'holds') name nothing."""
    verb = None
    if acts_as_verb(counted):
        verb = counted
    elif acts_as_verb(counted.head) and counted.dep_ == "dobj":
        verb = counted.head
        return "" if verb.lemma_.lower() in r.light_verbs else verb.text  # "opened 1,650 shelters"
    elif acts_as_verb(counted.head) and counted.dep_ in ("nsubj", "nsubjpass", "nummod"):
        verb = counted.head
    elif counted.dep_ == "pobj" and counted.head.dep_ == "agent":
        verb = counted.head.head  # "watched by 10 million people": what they did
    done = verb_and_object(verb, counted, sent)
    if done:
        return done  # "9,519 took the exam", "2,000 signed the petition": what they did
    if verb is not None and verb.lemma_ == "be":
        for child in verb.children:
            if child.dep_ == "acomp" and child.i > verb.i and child.pos_ == "ADJ":
                return child.text  # "one in 10 posts was vacant"
    if (
        verb is None
        or verb.lemma_.lower() in r.light_verbs
        or not (sent.span.start <= verb.i < sent.span.end)
    ):
        return ""
    words = [verb]
    for child in verb.children:
        if child.i > verb.i and child.dep_ == "prt":
            words.append(child)  # "pushed back"
    for child in verb.children:
        if child.i > verb.i and child.dep_ == "prep":
            tail = list(child.subtree)
            if len(tail) <= 2 and not any(t.is_punct or t.like_num for t in tail):
                words.extend(tail)  # "heading towards Ukraine", not "... from the iTunes store"
            break
    words.sort(key=lambda t: t.i)
    if words[-1].i - words[0].i + 1 != len(words):
        words = words[:1]
    return sent.span.doc[words[0].i : words[-1].i + 1].text


# --- change (a measure's phrase: lib/facts/phrases.py) -----------------------------------------


def change_of(counted, span, sent, r: Rules) -> str:
    """'increase', 'decrease' or 'difference' when a change word governs the figure ('fell 3%',
    'a 25% drop', 'a lead of 5 points'); '' for a plain amount."""
    holder = counted if not inside(counted, span) else span.root
    for tok, _role in cue_positions(counted, span, sent):
        if holder.dep_ == "nsubj" and tok.i == holder.head.i and holder.pos_ in ("NOUN", "NUM"):
            continue  # "15 shells fell near the posts": what the things did, no change of 15
        change = r.changes.get(tok.lemma_.lower()) or r.changes.get(tok.lower_)
        if change:
            return change
    return ""
