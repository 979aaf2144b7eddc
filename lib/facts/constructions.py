"""Small readings of a construction around a figure, used by lib/facts/measures.py to find
what a figure measures: a survey's sample ('the 1,000 people interviewed'), a change named after
'in' ('a 40% drop in profits'), what was paid for ('paid £2m for the site'), a level a price moved
to, a noun a percentage describes, a person who earns, a bare -ing clause. Split out of
measures.py to keep each module short; each function reads one construction and says why.
"""

from __future__ import annotations

from lib.facts.figrules import Rules, inside, of_object
from lib.facts.groups import who_clause
from lib.facts.phrases import phrase, with_clause

_ASKING = frozenset(("poll", "survey", "interview", "question", "ask", "sample", "quiz"))


def asked(counted, span) -> bool:
    """A counted noun with a participle of asking after it ('1,000 people interviewed', 'the
    2,000 adults polled'): a survey's sample, not the support a poll measures."""
    if inside(counted, span) or counted.pos_ != "NOUN":
        return False
    return any(
        c.dep_ == "acl" and c.i == counted.i + 1 and c.tag_ == "VBN" and c.lemma_ in _ASKING
        for c in counted.children
    )


def raised_money(counted, span, r: Rules) -> bool:
    """Money that is the object of raising ('raised $38 million', 'has taken in more than $229
    million', 'a goal of raising 64 million dollars'): a fund-raising total, not a rise; 'raise
    the minimum wage to $15' raises the wage, to a level the money names."""
    holder = counted if not inside(counted, span) else span.root
    if holder.dep_ == "nummod" and holder.head.lower_ == "record":
        holder = holder.head  # "raised a record $90 million": "record" parsed as the noun
    verbs = [holder.head] if holder.dep_ == "dobj" else []
    verbs += _bracketed_doer(holder)  # "that raised by Sanders ($25.3 million), Warren (...)"
    # "the $3 million she raised in June": the amount is what the clause raised
    verbs += [c for c in holder.children if c.dep_ == "relcl" and _lacks_object(c)]
    return any(_raising(verb, r) for verb in verbs)


def _bracketed_doer(holder) -> list:
    """An amount in brackets after a name ('raised by Sanders ($25.3 million), Warren ($24.6
    million)') is what the name did: the verb the name is the doer of (the first of a list of
    names), read through 'by'."""
    if holder.dep_ != "appos":
        return []
    name = holder.head
    while name.dep_ == "conj" and name.head.i != name.i:
        name = name.head  # "Warren" in "by Sanders (...), Warren (...)"
    prep = name.head
    if name.dep_ != "pobj" or prep.dep_ not in ("agent", "prep") or prep.head.pos_ != "VERB":
        return []
    return [prep.head]


def _raising(verb, r: Rules) -> bool:
    lemma = verb.lemma_.lower()
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), "")
    return lemma in r.raising_verbs or f"{lemma} {particle}" in r.raising_verbs


def _lacks_object(verb) -> bool:
    """A relative clause whose object is the noun it hangs on ('the $3m she raised')."""
    return not any(c.dep_ == "dobj" and c.lower_ not in ("which", "that") for c in verb.children)


def bought_thing(verb) -> str:
    """What 'paid ... for' bought ('paid £2m for the site' -> site), else ''."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "pay":
        return ""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "for" and child.i > verb.i:
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN"):
                    words = verb.doc[obj.left_edge.i : obj.i + 1]  # "the site", "the striker"
                    short = len(words) <= 4 and not any(t.like_num for t in words)
                    return words.text if short else obj.text
    return ""


def changed_in(noun) -> bool:
    """A change noun that names what changed after 'in' ('a 40% drop in profits', 'a 5% rise
    in sales'): that noun, not a cue further up the sentence, is what the figure measures; a
    time ('a 0.6% rise in November') says when, not what."""
    return noun.pos_ == "NOUN" and any(
        child.dep_ == "prep"
        and child.lower_ == "in"
        and any(
            obj.dep_ == "pobj"
            and obj.pos_ in ("NOUN", "PROPN")
            and obj.ent_type_ not in ("DATE", "TIME")
            for obj in child.children
        )
        for child in noun.children
    )


def to_a_level(verb) -> bool:
    """A change verb with a 'to'/'at' amount ('gained $1.32 to $44.45'): a level moved."""
    return any(
        child.dep_ == "prep"
        and child.lower_ in ("to", "at")
        and any(obj.dep_ == "pobj" and obj.like_num for obj in child.children)
        for child in verb.children
    )


_AMOUNTS = ("MONEY", "PERCENT", "QUANTITY", "CARDINAL")


def object_set_to(counted, span, kind: str, cues) -> str:
    """The object a verb sets to an amount ('raise the minimum wage to $15', 'depleting his cash
    on hand to $9 million', 'cut the library budget to $1.2m'): the verb's object is what reaches
    the level, before its subject ('the bill would raise ...') or a verb further out does.
    Only for an amount of money, a percentage or a quantity with no noun of its own (a count
    'to 17' after 'gave instructions to canvassers' is no level), an object that is a common
    noun (not 'him', not a name, not an amount) and a 'to' that follows no amount ('led Trump
    47 percent to 39 percent' sets two results side by side, no level)."""
    if kind not in ("money", "percent", "quantity") or not inside(counted, span):
        return ""
    holder = span.root
    prep = holder.head
    if holder.dep_ != "pobj" or prep.lower_ != "to" or prep.head.pos_ != "VERB":
        return ""  # "at" places more often than it sets: "trails the field at 11 percent"
    before = prep.doc[prep.i - 1] if prep.i > 0 else prep
    if before.like_num or before.ent_type_ in _AMOUNTS or before.text == "%":
        return ""  # "36 percent to 51 percent", "232 to 196"
    obj = next((c for c in prep.head.children if c.dep_ == "dobj" and c.i < prep.i), None)
    if obj is None or obj.pos_ != "NOUN" or obj.ent_type_ in ("DATE", "TIME", *_AMOUNTS):
        return ""
    if any(t.like_num for t in obj.subtree):
        return ""  # "favored Trump 46 percent to 32 percent": the object is an amount too
    if obj.lemma_.lower() in cues or obj.lower_ in cues:
        return ""  # "cut its lending rate to 3.5%": a cue names it (interest rate)
    return phrase(obj, span)


def plain_noun(noun, r: Rules) -> bool:
    """A common noun a percentage describes that is neither a change nor a unit ('a 2.5%
    target'; not 'a 3% rise', 'a 5% stake' read by its cue)."""
    lemma = noun.lemma_.lower()
    return (
        noun.tag_ in ("NN", "NNS")
        and lemma not in r.change_nouns
        and lemma not in r.changes
        and noun.ent_type_ not in ("DATE", "TIME")  # "0.7% month on month": when, not what
        and not noun.is_punct
    )


_PERSONS = frozenset(("i", "you", "he", "she", "we", "they", "those", "anyone", "someone"))


def earner(verb, r: Rules) -> bool:
    """A verb of earning whose subject is a person or people: their pay, no profit. The
    subject may be a personal pronoun ('I make $20 an hour') or the noun an -ing clause hangs
    on ('managers earning $30,000', 'those earning over $250,000')."""
    if verb.pos_ != "VERB":
        return False
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        return _a_person(verb.head, r)
    for child in verb.children:
        if child.dep_ == "nsubj":
            return _a_person(child, r)
    return False


def _a_person(tok, r: Rules) -> bool:
    person = (tok.ent_type_ == "PERSON" and tok.pos_ == "PROPN") or tok.ent_type_ == "NORP"
    return person or tok.lemma_.lower() in r.earner_nouns or tok.lower_ in _PERSONS


def bare_participle(verb) -> bool:
    """'revenue tripled, exceeding $86m': an -ing clause without a subject of its own says
    more about its main clause's subject."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def verb_and_object(verb, counted, sent) -> str:
    """A count that is the doer, with the verb's short object: 'took the exam', 'signed the
    petition' (even a light verb says what they did with its object); '' otherwise."""
    if verb is None or counted.dep_ != "nsubj" or not (sent.span.start <= verb.i < sent.span.end):
        return ""
    for child in verb.children:
        if child.dep_ != "dobj" or child.pos_ != "NOUN" or child.i < verb.i:
            continue
        words = list(child.subtree)
        if len(words) > 3 or any(t.like_num or t.is_punct for t in words):
            return ""
        if words[0].i != verb.i + 1 and not all(
            t.dep_ == "prt" for t in verb.doc[verb.i + 1 : words[0].i]
        ):
            return ""
        return verb.doc[verb.i : words[-1].i + 1].text
    return ""


def degree_of(counted, span) -> str:
    """A percentage that says how much of a quality ('100 percent friendly', '99 percent
    sure', '80% complete'): the adjective it grades is what it measures; a comparison ('30%
    cheaper', '20% more efficient') says how much more of what is compared."""
    holder = counted if not inside(counted, span) else span.root
    head = holder.head
    quality = head.tag_ == "JJ" or (head.tag_ == "VBN" and head.dep_ == "acomp")  # "finished"
    graded = holder.dep_ in ("npadvmod", "advmod") and quality and head.i > holder.i
    compared = any(c.lower_ in ("more", "less") for c in head.children)  # "20% more efficient"
    return head.text if graded and not compared else ""


_GAPS = frozenset(("lead", "margin", "gap", "edge", "advantage"))
_SIDES = frozenset(("ahead", "behind"))


def lead_named(counted, span) -> str:
    """A lead or margin a figure is the size of ('had a lead of 1.5 points over Moore', 'an
    18-point lead over Cruz', 'a margin of 3 points', 'a five point lead'): the noun, with whom
    it is over; points set before 'ahead' or 'behind' ('three points behind Doe') are that
    side of the race."""
    holder = counted if not inside(counted, span) else span.root
    noun = _gap_noun(counted, span, holder)
    if noun is None or noun.pos_ != "NOUN":
        return race_side(counted, span)
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("over", "against") and child.i > holder.i:
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs and objs[0].pos_ == "PROPN":
                return f"{noun.text} over {objs[0].text}"
    return noun.text


def _gap_noun(counted, span, holder):
    """The lead or margin noun a figure sizes: the counted noun itself ('a lead of 5', parsed
    with the noun counted), the noun before 'of' ('a lead of 1.5 points'), or the noun the
    points modify ('a 12-point lead', 'a five point margin', 'a point lead': the points are
    the lead's size, what is measured is the lead); None else."""
    if holder.dep_ == "pobj" and holder.head.lower_ == "of":
        owner = holder.head.head
        return owner if owner.lemma_.lower() in _GAPS else None
    if not inside(counted, span) and counted.lemma_.lower() in _GAPS:
        return counted
    points = _points_word(counted, span)
    if points is None:
        return None
    owner = points.head
    modifies = points.dep_ in ("compound", "amod", "nmod") and owner.i > points.i
    return owner if modifies and owner.lemma_.lower() in _GAPS else None


def race_side(counted, span) -> str:
    """Points set right before 'ahead' or 'behind' ('three points ahead of Ray', 'a point
    behind Doe'): how far that side of a race is from the other, 'ahead of Ray', 'behind Doe'
    (the side alone when no name follows); '' else."""
    points = _points_word(counted, span)
    if points is None or points.i + 1 >= len(points.doc):
        return ""
    side = points.doc[points.i + 1]
    if side.lower_ not in _SIDES:
        return ""
    of = [c for c in side.children if c.dep_ == "prep" and c.lower_ == "of"]
    holder = of[0] if of else side
    names = [c for c in holder.children if c.dep_ == "pobj" and c.pos_ == "PROPN"]
    if not names:
        return side.lower_
    return f"{side.lower_} of {names[0].text}" if of else f"{side.lower_} {names[0].text}"


def _points_word(counted, span):
    """The word 'point(s)' a figure counts: the counted noun ('three points'), or the last word
    of a figure that says it ('a point', 'a single percentage point'); None else."""
    tok = counted if not inside(counted, span) else span[-1]
    return tok if tok.lemma_.lower() == "point" else None


def container_of(counted, span, r: Rules) -> str:
    """A count of containers or portions named with what they hold ('two pieces of
    legislation', 'three rounds of talks', '40 bags of cocaine'): the whole phrase, since the
    container alone ('pieces') says nothing."""
    if inside(counted, span) or counted.lemma_.lower() not in r.container_counts:
        return ""
    for child in counted.children:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i == counted.i + 1:
            objs = [c for c in child.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
            if objs and objs[0].i - counted.i <= 4:
                return counted.doc[counted.i : objs[0].i + 1].text
    return ""


def share_of_group(counted, span, r: Rules) -> str:
    """A percentage of a group named after 'of' ('40 percent of voters', '72 percent of
    Hispanics', '12% of the workers surveyed'): what the figure counts is that group, as
    written, not a cue the group's noun or the verb happens to carry ('voter' is a cue of votes,
    'won' of a win). Only a plural noun: a mass noun ('35% of the vote', 'of its revenue',
    'of the population') names the measure's own quantity and is read by its cue."""
    holder = counted if not inside(counted, span) else span.root
    obj = of_object(holder)
    if obj is None or inside(obj, span) or obj.tag_ not in ("NNS", "NNPS"):
        return ""
    if obj.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT") or obj.lower_ in r.after_units:
        return ""  # "20% of the time", "half of the dollars": no group
    named = with_clause(obj, span)
    if named == phrase(obj, span):
        return who_clause(obj) or named  # a clause too long to quote whole: its verb says who
    return named


_CONSTITUTING = frozenset(("account", "comprise", "constitute", "make", "represent", "form"))


def part_of_whole(counted, span) -> str:
    """The subject a share is made up of ('older voters accounted for 45% of the ballots',
    'retirees make up 20 percent of the residents'): the subject is what is counted, the
    group after 'of' only the whole; '' when the share is no such object."""
    holder = counted if not inside(counted, span) else span.root
    verb = holder.head.head if holder.dep_ == "pobj" else holder.head
    if holder.dep_ not in ("dobj", "pobj", "attr") or verb.lemma_.lower() not in _CONSTITUTING:
        return ""
    if verb.lemma_.lower() == "make" and not any(c.lower_ == "up" for c in verb.children):
        return ""  # "made 20% of its sales abroad" is no part
    if holder.dep_ == "pobj" and holder.head.lower_ != "for":
        return ""  # "accounts for ... in 20% of cases"
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
    return phrase(subjects[0]) if subjects else ""


_SEQUENCE = frozenset(("past", "last", "first", "next", "remaining", "previous", "final", "recent"))


def picked_from_group(counted, span, r: Rules) -> str:
    """A bare count a verb takes out of a group named after it ('lost four of their six
    games', 'has won 12 of the past 15 primaries', 'arrested nine of the 20 protesters'): the
    group's noun with the verb ('games lost'), not the verb's subject or the verb alone.
    Words of sequence ('the past 15 primaries') and superlatives say which ones, not what; a
    vague plural ('thousands of workers') counts its noun, picked from no group."""
    if not inside(counted, span):
        return ""
    holder = span.root
    while holder.dep_ == "conj" and holder.head.pos_ != "VERB":
        holder = holder.head  # "lost three matches and four out of their six games"
    verb = holder.head
    taken = holder.dep_ == "dobj" or holder.dep_ == "conj" and holder.pos_ == "NUM"
    if not taken or verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN"):
        return ""
    if verb.lemma_.lower() in r.light_verbs:
        return ""  # "took 12 of the 15 seats", "has four of the seven": no act named
    group = _group_after(span.root)
    if group is None or inside(group, span) or group.tag_ not in ("NNS", "NNPS"):
        return ""
    if not span.root.like_num or not any(c.dep_ in ("det", "poss") for c in group.children):
        return ""  # "drafted thousands of workers": the workers are counted, not picked
    kinds = [
        c
        for c in group.lefts
        if c.dep_ in ("compound", "amod")
        and not c.like_num
        and c.lower_ not in _SEQUENCE
        and c.tag_ != "JJS"  # "three of the largest crowds": which ones, not what
    ]
    words = [*kinds, group]
    contiguous = words[-1].i - words[0].i + 1 == len(words)
    named = " ".join(
        w.text if w.pos_ == "PROPN" or w.ent_type_ == "NORP" else w.lower_ for w in words
    )
    particle = "".join(f" {c.lower_}" for c in verb.children if c.dep_ == "prt")
    return f"{named if contiguous else group.lower_} {verb.lower_}{particle}"


def whole_picked_from(counted, span) -> str:
    """The number of a whole a part is taken from ('won 41 of the 120 seats', 'five of the
    seven judges voted', 'lost 12 of its 30 matches'): the whole counts its noun; the verb
    tells what the part did, not what the whole is. The noun comes after 'of' or 'out of' on
    the part's number, and the figure is the number on that noun."""
    if inside(counted, span) or span.root.dep_ != "nummod" or span.root.head.i != counted.i:
        return ""
    if counted.dep_ != "pobj" or counted.tag_ not in ("NNS", "NNPS"):
        return ""
    of = counted.head
    part = of.head.head if of.head.lower_ == "out" else of.head
    if of.lower_ != "of" or not part.like_num or part.i >= span.root.i:
        return ""
    return phrase(counted, span)


def _group_after(number):
    """The noun after 'of' or 'out of' on a bare number ('four out of their six games')."""
    for child in number.children:
        if child.dep_ == "prep" and child.lower_ == "out":
            child = next((c for c in child.children if c.lower_ == "of"), child)
        if child.dep_ in ("prep", "pcomp") and child.lower_ == "of":
            objs = [o for o in child.children if o.dep_ == "pobj"]
            if objs:
                return objs[0]
    return None


def what_they_are(counted, span) -> str:
    """A bare count that is the subject of 'be' with a plural noun after it ('120 were
    children', 'about 2,000 are veterans'): the noun says what the people counted are; no
    word further off (the shelter, the report) does. So too for a count taken from a group
    ('640 of the inmates released were repeat offenders'): what they are, not a word on the
    group ('released') nor one on the predicate noun ('were convicted sex offenders')."""
    group = _group_after(span.root)
    bare = inside(counted, span) or (group is not None and group.i == counted.i)
    if not bare or span.root.dep_ not in ("nsubj", "nsubjpass"):
        return ""
    verb = span.root.head
    if verb.lemma_ != "be":
        return _participle_noun(verb, span)
    attrs = [c for c in verb.children if c.dep_ == "attr" and c.i > verb.i]
    if not attrs or attrs[0].tag_ not in ("NNS", "NNPS") or inside(attrs[0], span):
        return ""
    return phrase(attrs[0], span)


def _participle_noun(verb, span) -> str:
    """'were convicted sex offenders', which the parser reads as a passive verb with an object
    (or as an adjective that keeps the passive's subject): a passive takes no object, so the
    participle is an adjective on the plural noun after it, and the words from the participle
    to that noun say what the subject is."""
    passive = any(c.dep_ == "auxpass" and c.lemma_ == "be" for c in verb.children)
    nouns = [c for c in verb.children if c.dep_ == "dobj"]
    nouns += [verb.head] if verb.dep_ == "amod" and verb.head.i > verb.i else []
    if verb.tag_ != "VBN" or not passive or not nouns or nouns[0].tag_ not in ("NNS", "NNPS"):
        return ""
    noun = nouns[0]
    between = verb.doc[verb.i + 1 : noun.i]
    if inside(noun, span) or any(t.dep_ not in ("compound", "amod") for t in between):
        return ""
    return verb.doc[verb.i : noun.i + 1].text


def hourly_pay(span, kind: str) -> str:
    """Money by the hour ('struggling on $10 an hour', 'getting $15 per hour'): a wage, even
    where no word of paying or earning says so; read only when nothing else named the money."""
    doc = span.doc
    after = [t.lower_ for t in doc[span.end : min(len(doc), span.end + 2)]]
    by_the_hour = len(after) == 2 and after[0] in ("an", "a", "per") and after[1] == "hour"
    return "hourly pay" if kind == "money" and by_the_hour else ""


_BY_THE = frozenset(("a", "an", "per", "each", "every"))


def by_the_period(span, r: Rules):
    """The period word an amount is counted by ('$83,000 a month', '$300 billion per year', '5
    million barrels a day'): such an amount is a rate, and the figure's words run to its period
    (a month's pay is no one-off sum); None when none follows ('a year ago' is a date)."""
    doc = span.doc
    at = span.end
    if at + 1 < len(doc) and doc[at].pos_ == "NOUN" and doc[at + 1].lower_ in _BY_THE:
        at += 1  # "5 million barrels a day", "three pounds per month": past the unit's noun
    if at + 1 >= len(doc) or doc[at].lower_ not in _BY_THE:
        return None
    period = doc[at + 1]
    framed = at + 2 < len(doc) and doc[at + 2].lower_ in r.duration_frames  # "a year ago"
    word = period.lower_
    return period if word in r.durations and not word.endswith("s") and not framed else None
