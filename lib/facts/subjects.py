"""The thing a figure measures and whose it is, in the article's words.

`thing_measured` gives a change word or bare verb way to the noun phrase measured ("ozone could
reduce crop yields by 25 percent" -> crop yields) with its subject (whose quantity);
`compared` and `antecedent` are the small readings lib/facts/figures.py also uses. Moved out of
lib/facts/measures.py, which finds the measure itself and the change (`change_of`).
"""

from __future__ import annotations

from lib.facts.cues import RELATIVE
from lib.facts.figrules import Rules, acts_as_verb, inside
from lib.facts.phrases import _MAX_WORDS, phrase

_CLAUSE_SUBJECTS = ("nsubj", "nsubjpass")
_BODIES = frozenset(("government", "administration", "army", "military", "police", "parliament"))
_SUM_VERBS = frozenset(("total", "amount", "number"))
_SUBJECT_ENTITIES = frozenset(("GPE", "ORG", "PERSON", "NORP", "LOC", "FAC", "PRODUCT"))


def thing_measured(counted, span, sent, r: Rules, kind: str = "") -> tuple[str, str]:
    """(noun phrase, subject) for what a figure is of, from the article's words.

    'a 10 per cent increase in iodine intake' -> iodine intake (the change noun's object);
    '427 fugitives located' -> fugitives (a count names its own noun);
    'ozone could reduce crop yields by 25 percent' -> crop yields (a change verb's object);
    'the Nasdaq fell 3.44%' -> Nasdaq (the subject of a change or a copula). A verb that only
    reports the figure ('the FBI located 427', 'Kudrin said 500 billion') names no measure."""
    holder = counted if not inside(counted, span) else span.root
    if _is_change_word(holder, r):
        obj = _prep_object(holder, ("in", "of"), span) or _possessor(holder)
        if obj is not None:  # "a 9% fall in exports", "the Dow's 340-point fall"
            return _phrase_and_subject(obj, span, None, r)
    moved = _moved_noun(holder)
    if moved is not None:  # "with the Nikkei down 1%", "consumption up just 0.2%"
        return _phrase_and_subject(moved, span, None, r)
    verb, tok = _governing_verb(holder, span, sent, r)
    changed = kind == "" and verb is not None and verb.lemma_.lower() in r.changes
    if (kind == "count" or changed) and holder is counted and _is_common_plural(counted):
        # "Acme's 500 workers": workers; "Netflix added 2.7 million subscribers": not Netflix
        return _phrase_and_subject(counted, span, verb, r)
    owner = _possessor(holder)
    if owner is not None and _entity(owner) and inside(holder, span):
        return _entity(owner), _entity(owner)  # "Yanukovich's 44%": the named owner's share
    what = compared(span, sent)
    if what:
        return what, ""
    described = _described_noun(verb, holder, span, r)
    if described is not None:  # "turnout listed at 100%", "drove claims over 150,000"
        return _phrase_and_subject(described, span, verb, r)
    if tok is not None:  # "a drop of 25% in sales": a change noun on the way up
        own = _prep_object(holder, ("in",), span) if holder.dep_ == "pobj" else None
        own = own or _in_right_after(span)  # "a fall of 8% in yields", "in" read on the verb
        obj = _what(own) or _what(_prep_object(tok, ("in", "of"), span)) or _possessor(tok)
        obj = obj or _compounded(tok, span)
        if obj is not None:
            return _phrase_and_subject(obj, span, verb, r)
    if verb is not None and (tok is not None or _is_change_word(holder, r)):
        # "Bank of America fared worse, with a fall of 17.38%", "US stocks see 9% drop"
        noun = _clause_subject(verb, holder, span)
        if noun is not None and not _is_change_word(noun, r):
            return _phrase_and_subject(noun, span, verb, r)
    if verb is None or not _states_a_level(verb, r):
        return "", _phrase_and_subject(holder, span, verb, r)[1] if verb is not None else ""
    noun = _added_to(verb, holder, span) or _changed_noun(verb, holder, span, r)
    if noun is not None and noun.pos_ == "PRON":
        noun = antecedent(noun)  # "It fell 3%": what the sentence before was about
    gap = noun is not None and r.changes.get(noun.lemma_.lower()) == "difference"
    if noun is None or (_is_change_word(noun, r) and not gap):
        return "", ""  # "the rise fell back"; but "Labour's lead fell to 3 points" is the lead
    return _phrase_and_subject(noun, span, verb, r)


def _added_to(verb, holder, span):
    """'would add $1.5 trillion to the national debt': the amount is added to the debt, not
    to whoever adds it (the parse may hang the 'to' on the amount: 'add trillions to U.S. debt')."""
    if verb.lemma_.lower() != "add" or holder.dep_ != "dobj":
        return None
    return _prep_object(verb, ("to",), span) or _prep_object(holder, ("to",), span)


def _moved_noun(holder):
    """The noun an 'up'/'down' of the figure hangs on, with no verb between ('with the Nikkei
    down 1%', 'private consumption up just 0.2%'): what moved."""
    moved = holder.head
    if holder.dep_ == "npadvmod" and moved.pos_ in ("NOUN", "PROPN"):
        ups = [c for c in moved.children if c.lower_ in ("up", "down") and c.i < holder.i]
        return moved if ups else None  # "consumption up 0.2%" parsed onto the noun itself
    if moved.lower_ not in ("up", "down"):
        return None
    for child in moved.children:  # "with retail sales up 0.3%", "up" parsed as their verb
        if child.dep_ == "nsubj" and child.pos_ in ("NOUN", "PROPN") and child.i < moved.i:
            return child
    if moved.dep_ not in ("advmod", "amod"):
        return None
    noun = moved.head
    return noun if noun.pos_ in ("NOUN", "PROPN") and noun.i < moved.i else None


def value_lost(counted, span, sent, r: Rules) -> tuple[str, str]:
    """(noun phrase, subject) when what 'lost' an amount is a value, not its owner: 'equity
    values lost $1 trillion', 'the stock lost 5%' measure the value; 'Acme lost $2bn' is
    Acme's loss (''), as is 'the bank lost $2bn'."""
    holder = counted if not inside(counted, span) else span.root
    verb, _tok = _governing_verb(holder, span, sent, r)
    if verb is None or verb.lemma_.lower() not in r.losing_verbs:
        return "", ""
    if holder.dep_ == "nsubj" and holder.head.i == verb.i and not inside(holder, span):
        return _what_they_lost(verb), ""  # "3 million people lost power": no value fell
    noun = _clause_subject(verb, holder, span)
    if noun is None or noun.lemma_.lower() not in r.losing_values:
        return "", ""
    return _phrase_and_subject(noun, span, verb, r)


def _what_they_lost(verb) -> str:
    """'lost power', 'lost their jobs': the verb and its object, when short."""
    for child in verb.children:
        if child.dep_ == "dobj" and child.pos_ == "NOUN" and child.i - verb.i <= 3:
            return verb.doc[verb.i : child.i + 1].text
    return ""


def _described_noun(verb, holder, span, r: Rules):
    """The noun a figure is stated of when the verb only places it: a participle clause on the
    noun ('voter turnout listed in excess of 100%', 'damage estimated at $2bn') or an object
    carried past a bound ('drove asylum claims over 150,000')."""
    if verb is None or holder.dep_ != "pobj":
        return None
    own_subject = any(c.dep_ in _CLAUSE_SUBJECTS for c in verb.children)  # "the fact that X rose"
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ == "NOUN" and not own_subject:
        return verb.head if not inside(verb.head, span) else None
    if holder.head.lower_ in r.carried_past and holder.head.head.i == verb.i:
        for child in verb.children:
            counted = any(c.dep_ == "nummod" for c in child.children)  # "gained 12 cents to"
            if child.dep_ == "dobj" and child.pos_ == "NOUN" and not inside(child, span):
                return None if counted else child
    return None


def doer_of(tok) -> str:
    """The named subject of the clause a word hangs in, up over its verb chain: 'Lazaro
    Gonzalez was found guilty of driving drunk twice' -> Lazaro Gonzalez; '' for no name."""
    head = tok
    for _ in range(6):
        if head.head.i == head.i:
            break
        head = head.head
        if acts_as_verb(head):
            for child in head.children:
                if child.dep_ in _CLAUSE_SUBJECTS:
                    return _entity(child)
    return ""


def _compounded(change, span):
    """'GM automobile sales plunge by 45%' (a headline parsed as one noun phrase): the noun
    compounded onto the change word is what changed."""
    for child in reversed(list(change.children)):
        if child.dep_ == "compound" and child.i < change.i and not inside(child, span):
            hyphened = any(t.text in ("-", "–") for t in child.children)  # "an all-time high"
            return child if child.pos_ == "NOUN" and not hyphened else None
    return None


def _possessor(noun):
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ in ("NOUN", "PROPN"):
            return child
    return None


def _clause_subject(verb, holder, span):
    for child in verb.children:
        if child.dep_ in _CLAUSE_SUBJECTS and child.i != holder.i and not inside(child, span):
            noun = antecedent(child) if child.pos_ == "PRON" else child
            return noun if noun is not None and noun.pos_ in ("NOUN", "PROPN") else None
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head  # "Reynolds showing gains of 4.5%": the noun the clause is on
    return None


def _is_common_plural(tok) -> bool:
    """'427 fugitives', 'ten Republicans': a counted noun, not a name ('Boeing 787')."""
    return tok.pos_ == "NOUN" or tok.tag_ == "NNPS"


def compared(span, sent) -> str:
    """'20% more fuel efficient', '20 percent less fuel per passenger': what is compared."""
    doc = span.doc
    i = span.end
    if i < sent.span.end and doc[i].text in ("%", "percent", "per"):
        i += 2 if doc[i].lower_ == "per" else 1
    if i >= sent.span.end or doc[i].lower_ not in ("more", "less", "fewer", "higher", "lower"):
        return ""
    words = []
    for tok in doc[i + 1 : min(sent.span.end, i + 1 + _MAX_WORDS)]:
        if tok.pos_ not in ("NOUN", "ADJ", "PROPN") and not (words and tok.lower_ == "per"):
            break
        words.append(tok)
    return doc[words[0].i : words[-1].i + 1].text if words else ""


def antecedent(pron):
    """The noun a subject pronoun ('it', 'they') stands for: the nearest earlier clause subject
    that is a noun, in the same sentence or the one before."""
    if pron.lower_ not in ("it", "they", "its", "their"):
        return None
    sent = pron.sent
    earlier = [t for t in sent if t.i < pron.i]
    if sent.start > 0:
        earlier = list(pron.doc[sent.start - 1].sent) + earlier
    for tok in reversed(earlier):
        if tok.dep_ in _CLAUSE_SUBJECTS and tok.pos_ in ("NOUN", "PROPN"):
            return tok
    return None


def _states_a_level(verb, r: Rules) -> bool:
    """A change ('fell', 'cut'), a level reached ('closed at') or a copula ('was 46%')."""
    lemma = verb.lemma_.lower()
    return lemma in r.changes or lemma in r.level_verbs or lemma == "be"


def _is_change_word(tok, r: Rules) -> bool:
    return tok.lemma_.lower() in r.change_nouns or tok.lower_ in r.change_nouns


def _governing_verb(holder, span, sent, r: Rules):
    """(verb the figure hangs on, change noun met on the way) within a few steps up."""
    tok, change_noun = holder, None
    for _ in range(6):  # "remained above its November 20, 2008 low of 1316.12"
        head = tok.head
        if head.i == tok.i or not (sent.span.start <= head.i < sent.span.end):
            return None, change_noun
        if acts_as_verb(head):
            return head, change_noun
        if head.pos_ == "NOUN" and change_noun is None and _is_change_word(head, r):
            change_noun = head
        tok = head
    return None, change_noun


def _changed_noun(verb, holder, span, r: Rules):
    """A change verb's object ('reduce crop yields by 25%'), else the clause's subject ('sales
    fell 5%', 'turnout was 46%'); relative pronouns stand for the noun they follow."""
    children = list(verb.children)
    if r.changes.get(verb.lemma_.lower()) and holder.dep_ != "dobj":
        for child in children:
            counted = any(c.dep_ == "nummod" for c in child.children)  # "gained 12 cents"
            if child.dep_ == "dobj" and not inside(child, span) and child.i != holder.i:
                if counted:
                    continue
                return child
    for child in children:
        if child.dep_ in _CLAUSE_SUBJECTS and child.i != holder.i and not inside(child, span):
            if child.lower_ in RELATIVE and verb.dep_ == "relcl":
                return verb.head
            if child.pos_ == "NUM" and _named_number(child):
                return child  # "the Standard & Poor's 500 plunged": an index named with a number
            return child if child.pos_ in ("NOUN", "PROPN", "PRON") else None
    if verb.lemma_.lower() in _SUM_VERBS:
        return None  # "Totaling $180bn, the Fed arranged …": a sum names its own subject or none
    head = verb.head
    if verb.dep_ == "pcomp" and head.dep_ == "prep":
        head = head.head  # "reached 2020.90 points after gaining 1.59%": the same subject
    if verb.dep_ in ("xcomp", "ccomp", "conj", "advcl", "pcomp") and head.i != verb.i:
        return _changed_noun(head, holder, span, r) if acts_as_verb(head) else None
    return None


def _named_number(tok) -> bool:
    return any(c.dep_ in ("poss", "compound") and c.pos_ == "PROPN" for c in tok.children)


def _in_right_after(span):
    """The noun after an 'in' that follows the figure at once, wherever the parse hung it."""
    doc = span.doc
    end = span.end + (span.end < len(doc) and doc[span.end].lower_ in ("percent", "%"))
    if end + 1 >= len(doc) or doc[end].lower_ != "in":
        return None
    obj = [c for c in doc[end].children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
    return obj[0] if obj else None


def _what(obj):
    """A noun that says what changed; not when or where ('a rise of 5% in March')."""
    if obj is None or obj.ent_type_ in ("DATE", "TIME", "GPE", "LOC"):
        return None
    return obj


def _prep_object(tok, preps: tuple, span):
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN") and not inside(obj, span):
                    return obj
    return None


def _phrase_and_subject(noun, span, verb, r: Rules) -> tuple[str, str]:
    if verb is not None and verb.lemma_.lower() in r.reporting_verbs:
        verb = None  # "the Red Cross counted 300 homes": the counter owns nothing
    noun = _named_in_apposition(noun, span)
    return phrase(noun, span), subject_of(noun, verb, span)


def _named_in_apposition(noun, span):
    """'Aircraft components maker TransDigm jumped 13.7%', 'the retailer Macy's fell 4%': a
    description followed at once by a name in apposition; the name is what moved, the
    description only says what it is."""
    if noun.pos_ != "NOUN":
        return noun
    for child in noun.children:
        named = child.pos_ == "PROPN" and child.ent_type_ in _SUBJECT_ENTITIES
        if child.dep_ == "appos" and child.i == noun.i + 1 and named and not inside(child, span):
            return child
    return noun


def subject_of(noun, verb, span) -> str:
    """Whose quantity: a name inside the measure ('Procter & Gamble's stock'), the clause's
    named subject ('Acme sold 5m phones'), or the place it is in ('yields in the United
    States'); '' when the article does not say."""
    candidates = [
        t for t in noun.subtree if t.i != noun.i and t.dep_ in ("poss", "compound", "nmod")
    ]
    if verb is not None:
        candidates += [c for c in verb.children if c.dep_ in _CLAUSE_SUBJECTS and c.i != noun.i]
        if verb.dep_ == "xcomp":  # "the Kenyan government planned to pay ...": its subject
            candidates += [c for c in verb.head.children if c.dep_ in _CLAUSE_SUBJECTS]
    for holder in (noun, verb):
        if holder is not None:
            candidates += [
                obj
                for prep in holder.children
                if prep.dep_ == "prep" and prep.lower_ in ("in", "for", "at")
                for obj in prep.children
                if obj.dep_ == "pobj"
            ]
    for tok in candidates:
        if span is not None and inside(tok, span):
            continue
        if tok.dep_ == "poss" and tok.pos_ == "PRON":
            tok = antecedent(tok) or tok  # "Accenture saw its shares plunge": Accenture's
        ent = _entity(tok)
        if ent:
            return ent
    return ""


def _entity(tok) -> str:
    if tok.pos_ == "PROPN" and not tok.ent_type_ and tok.dep_ in _CLAUSE_SUBJECTS:
        return tok.text  # a name the small model did not tag ("firm Accenture saw ...")
    if tok.pos_ == "NOUN" and tok.lower_ in _BODIES:
        named = [c for c in tok.children if c.i < tok.i and c.ent_type_ in ("GPE", "NORP", "ORG")]
        if named:  # "the U.S. government", "the Kenyan government": a named body
            return tok.doc[named[0].left_edge.i : tok.i + 1].text
    if tok.ent_type_ not in _SUBJECT_ENTITIES:
        return ""
    ent = entity_around(tok)
    words = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
    text = tok.doc[words[0].i : words[-1].i + 1].text if words else ent.text
    return text[:-2] if text.endswith(("'s", "’s")) else text


def entity_around(tok):
    """The entity span holding `tok` (which has an entity type), read from the IOB tags around
    it: `doc.ents` builds every entity of the document, once per figure on a long text."""
    doc, start, end = tok.doc, tok.i, tok.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]
