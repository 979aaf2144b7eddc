"""What a counted group did, and the poll side or whole a share is said against.

Three constructions where the noun next to a figure names no measure by itself, and the words
after it do (called by lib/facts/figures.py once the measure finder left the measure empty or
only the counted noun; word lists in data/figures.toml, loaded by lib/facts/figrules.py):

- `what_they_did`: "300,000 people donated for the first time", "fewer than 20 users blocked":
  a generic noun of people (`generic_counted`) is measured by its verb, as written;
- `what_the_share_did`: "4% of the affected families would lose coverage": a share of a group
  that is the subject of a verb with an object is measured by the group and what it did;
- `who_they_are`: "22 million who qualify for free meals", "the three who agreed to come": a
  count with no noun of its own is of the people its relative clause names;
- `stance_after`: "45 percent in support and 44 percent against": a poll's side right after a
  share (`stances_after`);
- `restated_whole`: "the percentage of people saying they will not vote for him — 52 percent":
  a figure set after a dash or colon beside a noun of how much is that noun's amount, and what
  follows "of" is what it measures;
- `restated_noun`: "a pretty significant tax — 25 percent", "a steep parking fee: $40": a figure
  with no noun of its own set after a dash or colon right behind a noun restates that noun, as
  one a relative clause says the noun is ("an income tax that's 60 percent");
- `gapped_answer`: "52 percent said it was fair, 31 percent unfair and 17 percent unsure": a
  share in a list after one that said something, its verb left out, answers the words after it.
"""

from __future__ import annotations

import re

from lib.facts.figrules import Rules, acts_as_verb, inside
from lib.facts.phrases import phrase

_BETWEEN = frozenset(("aux", "auxpass", "neg", "advmod"))  # "people had already applied"
_RELATIVES = frozenset(("who", "that", "which"))
_TAIL = frozenset(("prt", "dobj", "prep", "acomp", "xcomp", "attr", "oprd"))
_MAX_TAIL = 4
_MAX_GAP = 3
_MAX_WHOLE = 12
_SIDE_END = re.compile(r"[^\S\n]*(?:[,.;:)—–-]|and\b|or\b|\Z)")
_WHEN = frozenset(("DATE", "TIME"))  # "applied as of May": when, not what they did
_APPOS_GAP = frozenset(("—", "–", "-", ":", "--"))
_IS = frozenset(("'s", "’s"))  # "that’s", whose "’s" the parser may not lemmatise as "be"


def what_they_did(counted, span, r: Rules) -> str:
    """'people donated for the first time', 'users blocked': a generic noun of people counted
    with the verb it is the subject of, or the participle or clause after it, and that verb's
    short complement, as written; '' for another noun, a light verb ('300 people have'), or
    words that do not run on from the noun."""
    if inside(counted, span) or counted.lower_ not in r.generic_counted:
        return ""
    verb = _their_verb(counted)
    if verb is None or verb.lemma_.lower() in r.light_verbs:
        return ""
    gap = counted.doc[counted.i + 1 : verb.i]
    if len(gap) > _MAX_GAP or any(not _between(t, verb) for t in gap):
        return ""
    end = _tail_end(verb)
    return counted.doc[counted.i : end + 1].text


def what_the_share_did(span, group: str, r: Rules) -> str:
    """'only 4% of the affected families would lose coverage' -> 'affected families would lose
    coverage': a share of a group (`group`, as the figure finder read it) that is the subject
    of a verb doing something to an object measures those of the group who do it, not the
    group alone. Verbs of saying or thinking are a poll's (lib/facts/polls.py); 'be', a light
    verb ('have'), a change ('fell') or a level ('reached') with no object say no act of their
    own; '' then."""
    holder = span.root
    verb = holder.head
    if holder.dep_ not in ("nsubj", "nsubjpass") or verb.i < holder.i or verb.pos_ != "VERB":
        return ""
    lemma = verb.lemma_.lower()
    said = lemma in r.opinion_verbs or lemma in r.light_verbs or lemma == "be"
    moved = lemma in r.changes or lemma in r.level_verbs  # "40% of the stock fell in value"
    if said or moved and not any(c.dep_ == "dobj" for c in verb.children):
        return ""  # "would lose coverage" is an act on an object, no change of the share
    end = _object_end(verb)
    if end == verb.i:
        return ""  # "4% of the kids left": no object says what they did to what
    first = min([verb.i, *(c.i for c in verb.children if c.dep_ in _BETWEEN and c.i > holder.i)])
    return f"{group} {verb.doc[first : end + 1].text}"


def _object_end(verb) -> int:
    """Where a verb's act ends: its direct object's noun when the words up to it are the
    object's own ('lose [their free] eligibility', not '… for free or discounted lunch'),
    else the short complement of `_tail_end`; the verb itself when its object is no noun
    ('earn less': an amount compared, no act on a thing)."""
    for obj in verb.children:
        if obj.dep_ != "dobj" or obj.i < verb.i:
            continue
        if obj.pos_ not in ("NOUN", "PROPN"):
            return verb.i  # "30% of nurses earn less": how much, no act on a thing
        between = verb.doc[verb.i + 1 : obj.i]
        if len(between) <= _MAX_TAIL and all(
            t.head.i == verb.i and t.dep_ == "prt" or obj.left_edge.i <= t.i for t in between
        ):
            return obj.i
    return _tail_end(verb)


def who_they_are(counted, span) -> str:
    """'22 million who qualify for free meals', 'of the three who agreed to come': a number
    with no noun of its own whose relative clause ('who', 'that') says which people it counts;
    that clause from its verb, as written ('qualify', 'agreed to come'), else ''. The clause
    must run on from the number: 'the 12 (on the list) who …' is left to the parse above."""
    holder = span.root
    if not inside(counted, span) or not (holder.like_num or holder.pos_ == "NUM"):
        return ""  # "22 kids who qualify": the noun says what is counted
    for verb in holder.children:
        if verb.dep_ != "relcl" or verb.i < span.end or verb.pos_ not in ("VERB", "AUX"):
            continue
        relative = [c for c in verb.children if c.lower_ in _RELATIVES and c.i == span.end]
        gap = verb.doc[span.end + 1 : verb.i]
        if relative and all(_between(t, verb) for t in gap) and len(gap) <= _MAX_GAP:
            end = _tail_end(verb)
            bare = end == verb.i and verb.lemma_.lower() in ("be", "have")
            return "" if bare else verb.doc[verb.i : end + 1].text  # "who were" says nothing
    return ""


def who_clause(noun) -> str:
    """'people who even believe he should be impeached': a plural noun followed at once by a
    relative clause is the group that clause names; the noun, the relative word and the
    clause's verb with its short complement ('people who even believe'), as written, so a
    clause too long to quote whole still says which people. '' when no such clause follows."""
    doc = noun.doc
    if noun.i + 1 >= len(doc) or doc[noun.i + 1].lower_ not in _RELATIVES:
        return ""
    for verb in noun.children:
        if verb.dep_ != "relcl" or verb.pos_ not in ("VERB", "AUX"):
            continue
        gap = doc[noun.i + 1 : verb.i]
        if len(gap) > _MAX_GAP or not all(_between(t, verb) for t in gap):
            return ""
        end = _tail_end(verb)
        if end == verb.i and verb.lemma_.lower() in ("be", "have"):
            return ""  # "people who are": the clause says nothing yet
        return doc[noun.i : end + 1].text
    return ""


def _their_verb(counted):
    """The verb after a noun of people: the one it is the subject of ('people donated'), or a
    participle or relative clause on it ('users blocked', 'students who attend')."""
    head = counted.head
    subject = counted.dep_ in ("nsubj", "nsubjpass") and head.i > counted.i
    if subject and acts_as_verb(head) and head.sent.start <= counted.i:
        return head
    for child in counted.children:
        if child.dep_ in ("acl", "relcl") and child.i > counted.i and child.pos_ == "VERB":
            return child
    return None


def _between(tok, verb) -> bool:
    """A word that may stand between the noun and its verb: an auxiliary, 'not', an adverb
    or the relative pronoun of the clause ('who')."""
    if tok.is_punct or tok.head.i != verb.i:
        return False
    return tok.dep_ in _BETWEEN or tok.lower_ in _RELATIVES


def _tail_end(verb) -> int:
    """Where the verb's phrase ends: after a particle, an object or a prepositional phrase
    of at most four words that runs on from it ('donated for the first time'); else the
    verb itself ('applied as of May' keeps 'applied': a date says when)."""
    end = verb.i
    for child in sorted(verb.children, key=lambda t: t.i):
        if child.i <= end:
            continue
        tail = list(child.subtree)
        runs_on = tail[0].i == end + 1 and tail[-1].i - tail[0].i + 1 == len(tail)
        clean = not any(t.is_punct or t.pos_ == "NUM" or t.ent_type_ in _WHEN for t in tail)
        if child.dep_ not in _TAIL or not runs_on or not clean or len(tail) > _MAX_TAIL:
            break
        end = tail[-1].i
        if child.dep_ != "prt":
            break  # one complement: "blocked due to harassment", not every phrase after it
    return end


def stance_after(text: str, end: int, sent_end: int, r: Rules) -> str:
    """'in support', 'against': the side of a poll written right after a share and closed by
    punctuation, 'and' or 'or' ('45 percent in support and 44 percent against'); ''
    otherwise ('40 percent against the plan' is read by the parse)."""
    rest = text[end:sent_end]
    stripped = rest.lstrip(" \t")
    if len(stripped) == len(rest):
        return ""
    for side in r.stances_after:
        if stripped.lower().startswith(side) and _SIDE_END.match(stripped, len(side)):
            return stripped[: len(side)]
    return ""


def restated_whole(span, r: Rules) -> str:
    """'the percentage of people saying they will not vote for him — 52 percent': a figure in
    apposition, after a dash or a colon, to a noun of how much (data/figures.toml
    of_whole_nouns) measures what follows "of" (at most twelve words, as written); a noun
    of what it is of ('the share of adults who cycle: 41%', of_owner_nouns) keeps its noun."""
    holder = span.root
    noun = holder.head
    if holder.dep_ != "appos" or noun.i >= holder.i or noun.pos_ != "NOUN":
        return ""
    lemma = noun.lemma_.lower()
    if lemma not in r.of_whole_nouns and lemma not in r.of_owner_nouns:
        return ""
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if prep is None or prep.i != noun.i + 1:
        return ""
    first = holder.left_edge.i
    doc = noun.doc
    last = first - 1
    while last > prep.i and doc[last].text in _APPOS_GAP:
        last -= 1
    if last == first - 1 or last <= prep.i or last - prep.i > _MAX_WHOLE:
        return ""  # no dash or colon before the figure, or a long clause
    if any(t.is_punct for t in doc[prep.i + 1 : last + 1]):
        return ""
    start = prep.i + 1 if lemma in r.of_whole_nouns else noun.i
    return doc[start : last + 1].text


def restated_noun(counted, span, kind: str, r: Rules) -> str:
    """'a pretty significant tax — 25 percent', 'charges a steep parking fee — $40 — for
    visitors', 'a stiff new levy: 8 percent': a percentage, an amount of money or a bare number
    set in apposition right after a dash or colon behind a common noun restates that noun, which
    is what it measures (before a word the walk out from the figure meets, 'for visitors' or the
    verb 'pay'). A figure with a noun of its own ('a blunt estimate: 300 jobs') counts that noun;
    a change ('a sharp drop — 12 percent') or a noun of how much ('the percentage of …',
    `restated_whole`) is read elsewhere. A relative clause may say the same ('an income tax
    that's 60 percent', `_said_to_be`). A noun with a number of its own ('nearly two thirds -
    65%', 'won by 11 points – 49 percent to 38') is restated by the figure, not measured, and a
    doer after 'by' ('collected by the city's agencies – $5 million') says who, not what."""
    holder = span.root
    own = inside(counted, span) or kind in ("percent", "money")
    noun = _restated(holder) or _said_to_be(span)
    if not own or noun is None or noun.pos_ != "NOUN":
        return ""
    lemma = noun.lemma_.lower()
    if lemma in r.change_nouns or lemma in r.changes or noun.ent_type_ in _WHEN:
        return ""
    if any(c.dep_ == "nummod" for c in noun.children) or _doer(noun):
        return ""  # "by 11 points – 49 percent to 38": a figure restating a figure
    if lemma in r.of_whole_nouns or lemma in r.of_owner_nouns:
        return ""
    return phrase(noun, span)


def _restated(holder):
    """The noun a figure is set beside after a dash or colon, in apposition, else None."""
    noun = holder.head
    if holder.dep_ != "appos" or noun.i >= holder.i:
        return None
    first = holder.left_edge.i
    return noun if first == noun.i + 2 and noun.doc[noun.i + 1].text in _APPOS_GAP else None


def _said_to_be(span):
    """'an income tax that's 60 percent', 'a levy which is 3 percent on homes': the noun right
    before a relative pronoun and a form of 'be' that the figure follows, read off the word
    order, as the parser may hang the figure on the main verb."""
    doc = span.doc
    first = span.start
    copula = first >= 3 and (doc[first - 1].lemma_ == "be" or doc[first - 1].lower_ in _IS)
    if not copula or doc[first - 2].lower_ not in _RELATIVES:
        return None
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.pos_ in ("ADJ", "NOUN", "PROPN"):
        return None  # "a state that is 95 percent white": how white, not the state
    noun = doc[first - 3]
    return noun if doc[first - 2].tag_ == "WDT" else None


def _doer(noun) -> bool:
    """The noun after a passive's 'by' ('collected by the agencies'): who did it."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "by" and noun.head.head.tag_ == "VBN"


_ANSWER_STOPS = frozenset((",", ";", ".", "and", "or", "while", "but", ")", "—", "–"))
_NOT_ANSWERS = frozenset(("VERB", "AUX", "ADP", "SCONJ", "NUM", "PUNCT"))
_MAX_ANSWER = 4


def gapped_answer(doc, row: dict, earlier: dict | None, r: Rules, chained: bool = False) -> str:
    """'52 percent said it was fair, 31 percent unfair and 17 percent unsure', 'found 40%
    describing it as a failure, 25% a success': a percentage in a list after a share that said
    something (its next word a verb of saying, thinking or choosing), with no verb of its own,
    answers the few words after it, closed by a comma, 'and' or the sentence's end (a leading
    'a'/'the' left out). '' when the words after it hold a verb (not a participle: '34% not
    having an opinion'), a preposition ('31 percent of men'), a number or a date ('40% last
    year'), or only words of scope ('three percent each', data/figures.toml scope_words)."""
    if earlier is None or row["unit"] != "percent" or earlier["unit"] != "percent":
        return ""
    between = doc.text[earlier["end"] : row["start"]]
    if not (chained or _said_by_next_verb(doc, earlier, r) and "," in between):
        return ""  # "said 52 percent to 31 percent": no list; `chained`: "…, 31% unfair and"
    i = _token_after(doc, row["start"], row["end"])
    words = []
    while i < len(doc) and doc[i].lower_ not in _ANSWER_STOPS and len(words) <= _MAX_ANSWER:
        words.append(doc[i])
        i += 1
    closed = i >= len(doc) or doc[i].lower_ in _ANSWER_STOPS or doc[i].is_sent_start
    if not words or len(words) > _MAX_ANSWER or not closed:
        return ""
    if any(_no_answer(w) for w in words) or all(w.lower_ in r.scope_words for w in words):
        return ""  # "saw three percent each": no answer
    if words[0].dep_ == "det" and len(words) > 1:
        words = words[1:]
    return doc[words[0].i : words[-1].i + 1].text


def _no_answer(word) -> bool:
    """A word no gapped answer holds: a verb other than a participle ('34% not having an
    opinion' answers), a preposition, a number or a date."""
    if word.pos_ == "VERB" and word.tag_ == "VBG":
        return False
    return word.pos_ in _NOT_ANSWERS or word.like_num or word.ent_type_ in ("DATE", "TIME")


def _said_by_next_verb(doc, figure: dict, r: Rules) -> bool:
    """The word after a share is a verb of saying, thinking or choosing ('52 percent said',
    '40% describing')."""
    i = _token_after(doc, figure["start"], figure["end"])
    return i < len(doc) and doc[i].pos_ == "VERB" and doc[i].lemma_.lower() in r.opinion_verbs


def _token_after(doc, start: int, end: int) -> int:
    """The index of the first token after the characters start:end."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.end if span is not None else len(doc)
