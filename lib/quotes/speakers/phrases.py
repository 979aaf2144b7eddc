"""Where a word stands in the parse around a name: the head of the noun phrase a name is part
of, its owner ("his lawyer", "Fusion GPS’ statement"), whether it is a main clause's subject,
and a noun phrase cut before its clauses.

Stateless readings of the spaCy parse, shared by the mention index (`lib.quotes.speakers.mentions`)
and every resolver. Split from the index because they need no article: a token and its tree.
"""

from __future__ import annotations

from lib.quotes.lexicon import lexicon
from lib.quotes.sayers import tag_verb, tagged_name
from lib.quotes.speakers.words import speaker_words

SUBJECT_DEPS = ("nsubj", "nsubjpass")
TIME_LABELS = ("DATE", "TIME")
DETERMINERS = ("the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her")


def possessor(token):
    """The owner in "his lawyer", "the agency's director": a `poss` child, or the `nmod` the
    small model makes of a noun before a curly "’s" ("the office’s director")."""
    for child in token.lefts:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "nmod" and any(c.dep_ == "case" for c in child.children):
            return child
    return bare_apostrophe_owner(token)


def bare_apostrophe_owner(token):
    """The owner in "Fusion GPS’ statement", "the Times' report": a name ending in "s" takes a
    bare apostrophe, which the small model parses as punctuation (the name as an `nmod`), not
    as a possessive. The word before the apostrophe, when it ends in "s" and is a noun."""
    for child in token.lefts:
        if child.dep_ != "punct" or child.text not in ("’", "'") or child.i == 0:
            continue
        owner = token.doc[child.i - 1]
        if owner.text[-1:] in "sS" and owner.pos_ in ("PROPN", "NOUN") and owner.head.i == token.i:
            return owner
    return None


def name_head(token):
    """The token a name's words hang from ("Marsh" of "Lindsey Marsh")."""
    while token.dep_ in ("compound", "flat") and token.head.i != token.i:
        token = token.head
    return token


def phrase_head(token):
    """The head of the noun phrase a name stands in: past the name's own words and an
    apposition ("The great-uncle, Lazaro Gonzalez, is fighting": "uncle" is the subject)."""
    token = name_head(token)
    if token.dep_ == "appos" and token.head.i != token.i:
        token = token.head
    return token


def main_subject(token) -> bool:
    """Is the token (part of) the subject of a main clause, not of a reported one?"""
    last = token
    while last.dep_ in ("compound", "flat") and last.head.i > last.i:
        last = last.head  # the name's last word, which the tag follows
    tagged = tag_verb(last)
    if tagged is not None:  # "McCain, R-Ariz., said": the tagged name, whatever the parse
        return main_verb(tagged)
    token = phrase_head(token)
    if token.dep_ not in SUBJECT_DEPS:
        return False
    verb = token.head
    tagged = tagged_name(verb)
    if tagged is not None and tagged.i != token.i:
        return False  # the parse's subject of a verb a tagged lawmaker's name stands before
    return main_verb(verb)


def main_verb(verb) -> bool:
    return verb.dep_ == "ROOT" or (verb.dep_ in ("conj", "parataxis") and verb.head.dep_ == "ROOT")


def without_clauses(head) -> list:
    """A noun phrase up to its first relative or participle clause ("external member"), or up
    to an apposition set off by a comma inside it: in "a spokesman for Senator Ann Lee,
    chairman of the panel" the chairman is the senator, not the spokesman; or up to the first
    of the saying's own circumstances the parser hung on the noun (`saying_adjuncts`); without
    a reflexive that only stresses the head (`intensive`)."""
    clauses = [c.left_edge.i for c in head.rights if c.dep_ in ("relcl", "acl")]
    clauses += saying_adjuncts(head)
    asides = [
        t.left_edge.i
        for t in head.subtree
        if t.i > head.i and t.dep_ == "appos" and t.head.i != head.i and t.doc[t.i - 1].text == ","
    ]
    stop = min(clauses + asides, default=None)
    toks = [t for t in head.subtree if (stop is None or t.i < stop) and not intensive(t, head)]
    while toks and toks[-1].is_punct:
        toks.pop()
    return toks


def intensive(token, head) -> bool:
    """ "The women themselves have not filed …": a reflexive pronoun in a noun phrase only
    stresses its head; it is never a word of what the phrase names ("women", not "women
    themselves")."""
    return (
        token.head.i == head.i
        and token.pos_ == "PRON"
        and token.lower_.endswith(("self", "selves"))
    )


def saying_adjuncts(head) -> list[int]:
    """Where the circumstances of a saying start inside a noun phrase: "said a senior official
    on the phone with reporters", "an official with the Command in an interview last week",
    "a spokesman at a press conference", "an aide on condition of anonymity". A describing phrase
    is its head with its own complements ("an official with the Command", "spokeswoman for the
    agency"); the place, medium, occasion or time of the saying belong to its verb, wherever
    the parser hangs them (data/speakers.toml [descriptions] occasion_prepositions, occasions,
    adjunct_prepositions). A date or time after the head ("last week", "on Tuesday") is one. Only
    a subject after its verb ("said a senior official on the phone") is read so: the parser hangs
    the verb's adjuncts on it there, while a subject before its verb ("A man at the ceremony
    said") carries its own identifying phrase."""
    words = speaker_words()
    if head.lower_ in words.occasion_roles:
        return []  # "a commenter on her post", "a guest on the show": who they are
    if not (head.dep_ in SUBJECT_DEPS and head.head.i < head.i):
        return []  # "A man at the ceremony said"; "according to a source on the call" (no verb)
    starts = []
    for t in head.subtree:
        if t.i <= head.i:
            continue
        if t.dep_ == "prep" and _adjunct_prep(t, words):
            starts.append(t.i)
        elif t.dep_ in ("npadvmod", "tmod") and t.ent_type_ in TIME_LABELS:
            starts.append(t.left_edge.i)
    return starts


def _adjunct_prep(prep, words) -> bool:
    """ "during the call", "on Twitter", "in an interview", "on Tuesday": a preposition that
    only ever sets a circumstance, or one of place or medium whose object is an occasion or
    medium of saying, or a date."""
    low = prep.lower_
    if low in words.adjunct_prepositions:
        return True
    if low not in words.occasion_prepositions:
        return False
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None:
        return False
    return obj.ent_type_ in TIME_LABELS or obj.lemma_.lower() in words.occasions


def titled_after(body):
    """ "a letter by Harbor Teachers Union (HTU) President Ann Lee": a person written right after
    a body's name (past its bracketed short form) with a title between, one to three capitalised
    words no entity, is the one who wrote or said it; the body only says whose president she
    is. `body` itself otherwise (a comma between, no title, no person)."""
    doc, i = body.doc, body.i + 1
    if i < len(doc) and doc[i].text == "(":
        close = next((t.i for t in doc[i : i + 5] if t.text == ")"), None)
        i = close + 1 if close is not None else len(doc)
    j = i
    while j < min(len(doc), i + 3) and _title_word(doc[j]):
        j += 1
    if j == i or j >= len(doc) or doc[j].ent_type_ != "PERSON":
        return body
    while j + 1 < len(doc) and doc[j + 1].ent_type_ == "PERSON" and doc[j + 1].pos_ == "PROPN":
        j += 1
    return doc[j]


def _title_word(token) -> bool:
    return token.pos_ == "PROPN" and not token.ent_type_ and token.text[:1].isupper()


def role_of(role, pobj) -> bool:
    """ "chief of staff", "director of communications", "head of security": a role word whose
    "of" takes a bare common noun (no article, no modifier) is one role, never cut to "chief"
    ("his chief of staff" is "Ann Lee's chief of staff"). Not "head of the agency", whose
    article makes a body of its own."""
    if (
        pobj.head.lower_ != "of"
        or pobj.tag_ not in ("NN", "NNS")
        or any(True for _ in pobj.children)
    ):
        return False
    return role.lower_ in lexicon().role_words


#: marks that close a phrase before the head a parse hangs it on; never inside a name's own
#: left words ("co-founder", "Gov.", "National FFA (Future Farmers of America) Organization")
PHRASE_ENDS = (",", "—", "–", ":")


def own_phrase(tokens: list, head) -> list:
    """The words of a noun phrase from the last phrase-closing mark before its head, without
    the year a date left there: "— Ann Lee (@annlee) November 21, 2019 Ruiz added" (a post's
    signature line run into the next sentence, which the parser hangs on "Ruiz") is Ruiz's
    phrase, not Ann Lee's."""
    cut = [t.i for t in tokens if t.i < head.i and t.text in PHRASE_ENDS]
    if not cut:
        return tokens
    out = [t for t in tokens if t.i > cut[-1]]
    while len(out) > 1 and out[0].like_num and len(out[0].text) == 4:
        out = out[1:]
    return out
