"""What a share of people said, thought or were: the measure of a poll or survey result.

"16% said none of their cards had been replaced", "41% were optimistic", "a quarter said they
struggled to remember their pin", "34% who said it was improving": the figure is the share of
the people asked, and what it measures is what they said or were, in the article's words
(short, at most six words). Called by lib/facts/figures.py for percentages and fractions; the
verbs of saying and thinking are data (data/figures.toml `opinion_verbs`).
"""

from __future__ import annotations

import re

from lib.facts.doccache import lower_case_lemmas
from lib.facts.figrules import Rules, inside
from lib.facts.subjects import entity_around

_MAX_WORDS = 6
_LEFT_OUT = frozenset(("advcl", "punct", "cc", "conj", "mark", "parataxis", "dep"))
_NO_END = frozenset(("DET", "ADP", "CCONJ", "SCONJ", "AUX", "PART"))
_COMMON = frozenset(("NOUN", "ADJ", "PRON", "NUM"))  # "The majority, 54 percent", "six in 10, 58%"
_QUOTE_MARKS = frozenset(("“", "”", '"', "‘", "’", "'"))
_PRONOUNS = frozenset(("they", "he", "she", "it", "we", "i", "you", "there"))


def what_they_said(counted, span, r: Rules, group: bool = False) -> str:
    """The words a share of people said or were ('none of their cards had been replaced',
    'optimistic', 'backed the plan'); '' when the figure is no subject of such a clause, or
    only modifies its subject ('the 60 percent reduction was misleading' grades no people).

    Any verb with a clause after it reports what they said or thought ('2 percent signaled they
    would support him'); 'have' with an object is what they hold ('13 percent have an
    unfavorable opinion of her'), also for a share of a group named after 'of' (`group`: '60
    percent of respondents have …', whose subject the group is). A share set beside a common
    noun ('The majority, 54 percent, said') or a share said in words ('six in 10 of those
    asked, 58%, said') speaks through that noun, but only by a verb of saying: 'her edge was
    massive: 69 percent' grades no people. A verb denied ('are not familiar with') keeps its
    'not'."""
    if not inside(counted, span) and r.changes.get(counted.lemma_.lower()):
        return ""
    holder = counted if not inside(counted, span) else span.root
    answer = _bracketed_answer(holder, span, r)
    if answer:
        return answer
    beside = holder.dep_ == "appos" and holder.head.i < holder.i and holder.head.pos_ in _COMMON
    holder = holder.head if beside else holder  # "The majority, 54 percent, said …"
    verb = _verb_of(holder)
    if verb is None or not (verb.sent.start <= verb.i < verb.sent.end):
        return ""
    lemma = verb.lemma_.lower()
    if lemma in r.changes or lemma in r.level_verbs and lemma != "be":
        return ""  # "5% fell": a change, no poll result
    said = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.i > verb.i]
    if said and (lemma in r.opinion_verbs or said[0].dep_ == "ccomp"):
        answer = _words(said[0], span)
    elif beside:
        return ""
    else:
        answer = _state_or_choice(verb, holder, span, r, group)
    denied = any(c.dep_ == "neg" for c in verb.children)
    if not answer or not denied:
        return answer
    return (
        f"no {answer}" if lemma in ("have", "hold") else f"not {answer}"
    )  # "34% not having an opinion"


def _bracketed_answer(holder, span, r: Rules) -> str:
    """A share in brackets after the answer it counts, inside what people said or thought:
    'say it should be a top (33%) or a low priority (16%)' counts the answer before it (top,
    low priority); 'or not done at all (31%)' a verb's answer (not done at all); a pair of
    groups' shares, 'more likely than renters to think the board is failing (64% vs. 22%)',
    the whole clause said (board failing). The second of the pair is the same answer. '' when
    the share is in no brackets, or the answer in no clause of saying or thinking."""
    if holder.dep_ == "pobj" and holder.head.lower_ in _AGAINST:
        holder = holder.head.head  # "(64% vs. 22%)": the 22% answers as the 64% does
    doc = holder.doc
    opened = holder.left_edge.i - 1
    if opened < 0 or doc[opened].text != "(" or holder.dep_ not in ("appos", "npadvmod"):
        return ""
    answer = holder.head
    if answer.i > holder.i or answer.dep_ in ("nsubj", "nsubjpass"):
        return ""  # "A majority (53%) of adults believe …": the subject's verb says
    clause = _said_clause(answer, r)
    if clause is None:
        return ""
    if any(c.dep_ == "pobj" and c.head.lower_ in _AGAINST for c in holder.subtree):
        return _words(clause, span)  # "(71% vs. 12%)": two groups, one thing said
    if answer.pos_ in ("VERB", "AUX"):
        return _words(answer, span)
    left = [c for c in answer.lefts if c.dep_ in ("amod", "compound", "advmod", "neg", "nmod")]
    words = [t for c in left for t in c.subtree] + [answer]
    return doc[min(t.i for t in words) : answer.i + 1].text  # "important priority"


def _said_clause(tok, r: Rules):
    """The clause a word is part of that is said or thought: the nearest complement of a
    verb of saying or thinking above it in its sentence ('think [the House is acting …]'),
    else None."""
    while tok.head.i != tok.i:
        head = tok.head
        said = head.lemma_.lower() in r.opinion_verbs and head.pos_ == "VERB"
        if said and tok.dep_ in ("ccomp", "xcomp"):
            return tok
        tok = head
    return None


def _state_or_choice(verb, holder, span, r: Rules, group: bool) -> str:
    """What a share of people are ('41% were optimistic'), hold ('have a favorable opinion of
    her': the object) or chose ('60% backed the plan'). Of a group named after 'of' only what
    they hold or chose: '30 percent of nurses earn less', 'one in 10 posts was vacant' count
    the nurses and the posts."""
    lemma = verb.lemma_.lower()
    if lemma == "be":
        state = [c for c in verb.children if c.dep_ in ("acomp", "attr") and c.i > verb.i]
        return _words(state[0], span) if state and not group else ""
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    if lemma in ("have", "hold") and objects:
        return _words(objects[0], span)  # "13 percent have an unfavorable opinion of her"
    chose = objects or [c for c in verb.children if c.dep_ == "prep" and c.i > verb.i]
    if verb.pos_ == "VERB" and chose and lemma in r.opinion_verbs:  # "approve of the plan"
        return _words(verb, span, skip=holder)  # "60% backed the plan"
    said = any(c.dep_ in ("ccomp", "xcomp", "acomp", "attr", "oprd") for c in verb.children)
    if verb.pos_ == "VERB" and lemma in r.stance_verbs and not said:
        return verb.text  # "49% who disapprove": the side taken is the answer
    return ""


def _verb_of(holder):
    """The verb a share is the subject of, directly ('16% said') or through 'who' ('34% who
    said')."""
    if holder.dep_ in ("nsubj", "nsubjpass"):
        return holder.head
    for child in holder.children:
        if child.dep_ == "relcl" and any(
            c.dep_ == "nsubj" and c.lower_ == "who" for c in child.children
        ):
            return child
    return None


def _words(head, span, skip=None) -> str:
    """The clause under `head` as written, without its linking word, a leading pronoun subject
    or auxiliary ('that they had received new cards' -> received new cards), nor a clause
    joined on ('…, while 30% said …'); cut to six words. A 'not' stays: 'said they did not
    have an opinion' measures no opinion."""
    out = sorted(_clause_tokens(head, span, skip), key=lambda t: t.i)
    while out and (
        out[0].dep_ in ("mark", "aux", "auxpass")
        or (out[0].dep_ == "det" and head.pos_ == "NOUN")  # "have an unfavorable opinion"
        or (out[0].lower_ == "that" and out[0].i == head.left_edge.i)  # "said that fuel …"
        or (out[0].lower_ in _PRONOUNS and out[0].dep_ in ("nsubj", "nsubjpass", "expl"))
    ):
        out = out[1:]
    contiguous = []
    for tok in out:
        if contiguous and _gapped(contiguous[-1], tok):
            break  # a clause joined on; a quote mark around a word ("“definitely”") is no gap
        contiguous.append(tok)
    if len(contiguous) > _MAX_WORDS:
        contiguous = _headline(contiguous, head)  # "the mayor's plan is too costly"
    words = contiguous[:_MAX_WORDS]
    while words and (words[-1].pos_ in _NO_END or _cut_off(words[-1], words)):
        words = words[:-1]  # "none of their cards had been" -> none of their cards
    if not words:
        return ""
    if any(_gapped(a, b) for a, b in zip(words, words[1:], strict=False)):
        return _joined(words)  # a clause said in headline style
    first = words[0].i
    if (
        first > 0
        and head.doc[first - 1].text == "“"
        and "”" in head.doc[first : words[-1].i + 1].text
    ):
        first -= 1  # 'would “definitely” support him': the opening mark with its closing one
    said = head.doc[first : words[-1].i + 1].text
    return "not" + said[3:] if said[:3] in ("n't", "n’t") else said  # "don't know" -> not know


def _cut_off(word, words: list) -> bool:
    """A last word that only leads to a noun the cut left out ('with its', 'of the United',
    'Mr.'): an owner's pronoun, or a modifier whose head comes after it and is not kept; an
    owner named stays ('said that of Sen. Cruz')."""
    if word.dep_ == "poss":
        return word.pos_ == "PRON"  # "of Sen. Cruz('s campaign)": a named owner stays
    lead = word.dep_ in ("compound", "amod", "det", "nummod", "poss")
    return lead and word.head.i > word.i and word.head not in words


def _gapped(a, b) -> bool:
    """Words `a` and `b` stand apart in the text, by more than quote marks."""
    return any(t.text not in _QUOTE_MARKS and not t.is_space for t in a.doc[a.i + 1 : b.i])


def _joined(words: list) -> str:
    """Words with gaps between them, each run as written, the runs joined by a space; a 'n't'
    left without its auxiliary reads 'not'."""
    runs: list[list] = [[words[0]]]
    for a, b in zip(words, words[1:], strict=False):
        if _gapped(a, b):
            runs.append([b])
        else:
            runs[-1].append(b)
    texts = [r[0].doc[r[0].i : r[-1].i + 1].text for r in runs]
    return " ".join("not" + t[3:] if t[:3] in ("n't", "n’t") else t for t in texts)


def _headline(tokens: list, head) -> list:
    """A clause too long to quote whole, said as a headline says it: without its subject's
    determiner or owner ('the mayor's transit plan' -> transit plan), its auxiliaries and a
    linking 'be' ('should be a top priority' -> a top priority), so that what was said about
    the subject fits ('transit plan too expensive', 'road repair a top priority')."""
    dropped: set[int] = set()
    for child in head.children:
        denied = child.i + 1 < len(child.doc) and child.doc[child.i + 1].dep_ == "neg"
        if child.dep_ in ("aux", "auxpass") and not denied:  # "won't change" stays
            dropped.add(child.i)
        elif child.dep_ in ("nsubj", "nsubjpass"):
            for mod in child.children:
                if mod.dep_ in ("det", "poss", "predet") and mod.i < child.i:
                    dropped.update(t.i for t in mod.subtree)
    there = any(c.dep_ == "expl" for c in head.children)
    if head.lemma_.lower() == "be" and not there:
        dropped.add(head.i)  # "there are political motives" keeps its verb
    return [t for t in tokens if t.i not in dropped]


def _clause_tokens(head, span, skip, top=True):
    """The tokens under `head`; a clause joined on with "and" is left out, a noun's ("chip and
    pin") kept; below the share's own verb only what follows it ("In the survey, 60% backed")."""
    yield head
    verb = head.pos_ in ("VERB", "AUX")
    for child in head.children:
        joined = child.dep_ in ("conj", "cc") and not verb
        if (child.dep_ in _LEFT_OUT and not joined) or inside(child, span) or child is skip:
            continue
        if skip is not None and top and child.i < head.i:
            continue
        yield from _clause_tokens(child, span, skip, top=False)


_NAMES = frozenset(("PERSON", "ORG", "NORP", "GPE"))
_STANDING_PREPS = frozenset(("at", "with", "to", "by", "on"))
_AGAINST = frozenset(("to", "versus", "vs", "vs.", "against"))


def standing(
    counted, span, r: Rules, measure: str, subject: str, bare_verb: str, change: str = ""
) -> tuple[str, str]:
    """A named candidate's or party's percentage in a poll or an election story ('Carson trails
    them at 13 percent', 'Toomey has 45%', 'Del Beccaro at 8 percent', 'Cruz rose three points'):
    support in the poll, or a share of the vote, for that name; a lead ('Trump leads Cruz by 9
    points') is the poll lead or vote lead of the leader. Only where nothing better was read: the
    measure is empty, a sign or the word 'percent', the name itself or the bare verb
    ('received'). (measure, name), or two empty strings."""
    holder = counted if not inside(counted, span) else span.root
    named = bool(measure) and all(w[:1].isupper() for w in measure.split())  # "Cruz"
    symbol = not any(c.isalpha() for c in measure)  # "%": a sign names nothing
    symbol = symbol or measure.lower() in {t.lower_ for t in span}  # nor the word "percent"
    race = _race_position(holder, measure)  # "leading the field with 30 percent"
    if not (named or symbol or race or measure in (subject, bare_verb)):
        return "", ""  # "Councillor Joan Pike", "Cruz" (led by): a name is no measure
    owned = any(c.dep_ == "poss" and _is_name(c) for c in holder.children)  # "to Ray's 41%"
    if _other_side(holder) and not owned:  # "preferred Clinton 51 percent to 24 percent"
        base = _story_word(holder.doc, r) if subject == "" or named else ""
        return base, ""
    name = _candidate(holder, r)
    base = _story_word(holder.doc, r)
    if not name:  # "No one in the field garnered two percent": a verb alone is no measure
        alone = measure == bare_verb == holder.head.text and holder.dep_ == "dobj"
        # not "consider a strike", "9 percent are unsure", nor an answer: "37% disagree"
        return (base, "") if base and alone else ("", "")
    points = counted.lower_.startswith("point") or span.root.lower_.startswith("point")
    if base and change == "difference" and points:  # "leads Cruz by 9 points": a lead
        return f"{base.split()[0]} lead of {name}", name
    return (f"{base} for {name}", name) if base else ("", "")


def _race_position(holder, measure: str) -> bool:
    """The measure read is the place a share was won with, not what it counts: a share after
    'with' or 'at' on a verb, and the measure only the verb and its object ('Rhee leading the
    field with 30 percent', 'has a solid lead … now at 31%', 'won the seat with 56 percent')."""
    if holder.dep_ != "pobj" or holder.head.lower_ not in ("with", "at") or not measure:
        return False
    verb = holder.head.head
    if verb.dep_ == "pobj" and verb.head.dep_ == "prep":
        verb = verb.head.head  # "… and Obi in second place with 19 percent"
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    words = {verb.lower_} | {
        t.lower_ for c in verb.children if c.dep_ == "dobj" for t in c.subtree if t.i < holder.i
    }
    return set(measure.lower().split()) <= words


def _story_word(doc, r: Rules) -> str:
    """'poll support' in a story about a poll or survey, 'vote share' in one about a vote."""
    lemmas = {lemma.lower() for lemma in lower_case_lemmas(doc)}
    if lemmas & r.poll_words:
        return "poll support"
    if lemmas & r.vote_words:
        return "vote share"
    return ""


def _other_side(holder) -> bool:
    """The second of two percentages set against each other ('51 percent to 24 percent',
    '51 percent versus 38 percent'): the share of the side the sentence does not name."""
    doc = holder.doc
    prep = holder.head if holder.dep_ == "pobj" else None
    if prep is None or prep.lower_ not in _AGAINST or prep.i < 1:
        return False
    return doc[prep.i - 1].lower_ in ("percent", "%", "per cent") or doc[prep.i - 1].like_num


def _candidate(holder, r: Rules) -> str:
    """The name a percentage stands for: the owner ('Cruz's 20%'), a name after 'for' ('12% for
    Ray'), the noun it is set against
    ('Tom Del Beccaro at 8 percent', 'backed Trump, 57 percent'), the subject of the verb it
    hangs on ('Carson trails them at 13 percent', 'Clinton had 36 percent'), the agent of a
    passive one ('followed by Ray at 18%') or the one a verb
    of preferring names ('troops preferred Clinton 51 percent', 'Trump was favored 46%')."""
    for child in holder.children:  # "Cruz's 20%"; "favored Trump 46 percent" read as one noun
        if child.dep_ in ("poss", "nmod") and child.i < holder.i and _is_name(child):
            return _name(child)
    named_for = _for_name(holder)
    if named_for:
        return named_for
    tok = holder
    if tok.dep_ == "pobj" and tok.head.lower_ in _STANDING_PREPS:
        tok = tok.head
    head = tok.head
    if head.i == tok.i:
        return ""
    if _is_name(head) and tok.dep_ in ("prep", "appos"):  # "Del Beccaro at 8, Unz at 6 percent"
        named = [c for c in head.children if c.dep_ == "appos" and c.i < tok.i and _is_name(c)]
        return _name(named[-1] if named else head)
    gapped = _gapped_name(tok, head) if tok.dep_ == "prep" else ""
    if gapped:  # "… and Biden at 21%", whether the 'at' hangs on a verb or a noun
        return gapped
    placed = head.dep_ == "pobj" and head.head.dep_ == "prep" and tok.dep_ == "prep"
    if placed and head.head.head.pos_ in ("VERB", "AUX"):  # "… and Obi in second place with 19%"
        gapped = _gapped_name(head.head, head.head.head)
        if gapped:
            return gapped
    if head.pos_ in ("VERB", "AUX") and tok.dep_ in ("prep", "dobj", "attr", "npadvmod"):
        gapped = _gapped_name(tok, head)
        if gapped:
            return gapped
        doer = head.head if head.dep_ == "xcomp" else head  # "Holt continues to have a lead"
        for child in doer.children:
            if child.dep_ == "nsubj" and _is_name(child):
                return _name(child)
        by = [n for c in head.children if c.dep_ == "agent" for n in c.children if _is_name(n)]
        if by and by[0].i < tok.i:
            return _name(by[0])  # "followed by Ray at 18%": the one who follows
        if not any(c.dep_ == "nsubj" for c in head.children) and _is_name(head.doc[head.i - 1]):
            return _name(head.doc[head.i - 1])  # "…, Sen. Kamala Harris was at 4%", mis-parsed
        if head.lemma_.lower() in r.opinion_verbs:
            for child in head.children:
                if child.dep_ in ("dobj", "nsubjpass") and _is_name(child):
                    return _name(child)
    return ""


def _for_name(holder) -> str:
    """'16% for Doe, 12% for Ray', 'showed 16% for Doe': the name after a 'for' right after the
    share, wherever the parse hangs the 'for' (on the share, its verb or its preposition); ''
    else."""
    doc = holder.doc
    after = doc[holder.i + 1] if holder.i + 1 < len(doc) else None
    if after is None or after.lower_ != "for":
        return ""
    names = [c for c in after.children if c.dep_ == "pobj" and _is_name(c)]
    return _name(names[0]) if names else ""


def _gapped_name(tok, verb) -> str:
    """'Doe was at 4% and Ray at 3%', 'Ray stood at 22% and Holt at 9%': a second share hung on
    the first one's verb, its own name said in the gapped clause before it. The name nearest
    before the preposition, after the share before it; '' when no share sits between the verb
    and this one (then the verb's subject is the name)."""
    doc = tok.doc
    between = doc[verb.i + 1 : tok.i]
    shares = [t for t in between if t.text == "%" or t.lower_ in ("percent", "points")]
    if verb.i > tok.i or not shares:
        return ""
    for i in range(tok.i - 1, shares[-1].i, -1):
        if _is_name(doc[i]) and doc[i].dep_ != "compound":
            return _name(doc[i])
    return ""


def _is_name(tok) -> bool:
    """A capitalised name; the small model tags some ('Trump' as an ORG noun) loosely."""
    named = tok.pos_ == "PROPN" or tok.ent_type_ in _NAMES
    return named and tok.text[:1].isupper() and tok.ent_type_ not in ("DATE", "PERCENT")


def _name(tok) -> str:
    """The whole named entity a token is part of ('Marco Rubio', not 'Rubio')."""
    if tok.ent_iob_ not in ("B", "I"):
        return tok.text
    ent = entity_around(tok)
    if any(t.like_num for t in ent):
        return tok.text  # "Trump 46 percent to" read as one name: the word alone
    return ent.text.removeprefix("the ").removesuffix("'s").removesuffix("’s")


# "58% to 35%", "51 percent versus 44 percent": the next (or the last) of a pair of percentages
_PERCENT = r"\d+(?:\.\d+)?\s?(?:%|percent\b|per cent\b)"
_PAIR_NEXT = re.compile(rf"\s+(?:to|versus|vs\.?)\s+{_PERCENT}", re.I)
_PAIR_LAST = re.compile(rf"{_PERCENT}\s+(?:to|versus|vs\.?)\s+$", re.I)
_CLAUSE_STOPS = frozenset(("(", ")", ";", ":"))
_VERB_WINDOW = 12


def matchup(text: str, span, r: Rules) -> tuple[str, str] | None:
    """'Dalton leads 58% to 35%', 'the poll shows Dalton defeating Kirwan 51 percent to 44
    percent', 'Dalton beats him by 9 points - 50 percent to 41 percent': a pair of percentages
    after a verb of a contest (data/figures.toml matchup_verbs) gives each side's support, the
    first the subject's, the second the object's (an unnamed side, 'him', has support alone);
    'poll support' or 'vote share' as the story is about a poll or a vote, else 'support'.
    (measure, side's name), or None when the percentage is no side of such a pair."""
    first = bool(_PAIR_NEXT.match(text, span.end_char))
    last = bool(_PAIR_LAST.search(text[max(0, span.start_char - 30) : span.start_char]))
    if first == last:
        return None  # no pair; or the middle of a list '5% to 10% to 20%'
    verb = _contest_verb(span, r)
    if verb is None:
        return None
    name = _side(verb, "nsubj", -1) if first else _side(verb, "dobj", 1)
    base = _story_word(span.doc, r) or "support"
    return (f"{base} for {name}" if name else base), name


def _contest_verb(span, r: Rules):
    """The verb of a contest the pair follows in its clause ('leads', 'defeating'), else None."""
    doc = span.doc
    sent_start = span.sent.start
    for i in range(span.start - 1, max(sent_start, span.start - _VERB_WINDOW) - 1, -1):
        tok = doc[i]
        if tok.text in _CLAUSE_STOPS:
            return None
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in r.matchup_verbs:
            return tok
    return None


def _side(verb, dep: str, step: int) -> str:
    """The name on one side of a contest verb: its subject (`dep` nsubj, else the word before
    it) or its object (dobj, else the word after it); '' when that side is no name ('him')."""
    for child in verb.children:
        if child.dep_ == dep and _is_name(child):
            return _name(child)
    if dep == "nsubj" and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return _side(verb.head, dep, step)  # "beats him … and defeats Ortiz": Dalton's
    i = verb.i + step
    doc = verb.doc
    while 0 <= i < len(doc) and step < 0 and doc[i].pos_ in ("ADV", "AUX", "PART"):
        i += step  # "Trump is also beating Biden": the name before the adverbs
    near = doc[i] if 0 <= i < len(doc) else None
    return _name(near) if near is not None and _is_name(near) else ""
