"""What a subject token's shape says about the speaker it may name, read by the resolver
(`resolve.SpeakerResolver`): a word that can be no speaker, a capitalised run that is one name,
the name a "one of" group stands beside, the person a place stands after, the teller in a
relative clause, a document's possessive pronoun. Token walks only, no state: split from
`resolve.py`, which holds the order the rules are asked in.
"""

from __future__ import annotations

from lib.quotes.speakers.pronouns import RELATIVE

# Marks that never stand in a name: markup ("<", "IMG SRC=") and quotation marks.
NOT_IN_NAMES = frozenset('<>=|{}[]“”"«»')
# A word standing for itself with these parts of speech is no speaker ("n't", "his", "what").
FUNCTION_POS = ("PRON", "DET", "PART", "AUX", "ADV", "SCONJ", "ADP", "CCONJ", "NUM", "X", "PUNCT")
OWNERS = ("his", "her", "its", "their")  # possessive pronouns that own a document
# Entity types that are amounts or times, never speakers ("April said", "30 percent").
NOT_SPEAKER_ENTS = ("DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL")


def speaker_like(name: str, token) -> bool:
    """Could `name`, found for subject `token`, be a speaker? Not markup or punctuation, not a
    function word or an amount standing for itself."""
    if not any(ch.isalpha() for ch in name) or any(ch in NOT_IN_NAMES for ch in name):
        return False
    if any(ch.isdigit() for ch in name) and ":" in name:
        return False  # "9:52PMBush": a live blog's time stamp glued to a name
    itself = name.lower() == token.lower_
    if (
        itself
        and not acronym(token)
        and (token.pos_ in FUNCTION_POS or token.ent_type_ in NOT_SPEAKER_ENTS)
    ):
        return False
    return not (itself and not name[:1].isalnum())


def capitalised_run(token) -> list:
    """The capitalised words around `token` in its sentence ("Pay Our Interns released"):
    one name, where the tagger made a verb or a common noun of some of them."""
    sent, lo, hi = token.sent, token.i, token.i
    while lo > sent.start and token.doc[lo - 1].text[:1].isupper():
        lo -= 1
    while hi + 1 < sent.end and token.doc[hi + 1].text[:1].isupper():
        hi += 1
    return list(token.doc[lo : hi + 1])


def named_member(noun):
    """The name a group noun's "one of" stands beside ("Sen. Ann Lee, one of the few lawmakers
    who said …"): the clause tells what the group did, and the one named in it did it too; the
    article credits her, not "the few lawmakers"."""
    one = noun  # the parser hangs the clause on "one" or on the group noun after "of"
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        one = noun.head.head
    if one.lower_ != "one" or one.dep_ != "appos" or one.head.pos_ != "PROPN":
        return None
    return one.head


def acronym(token) -> bool:
    return len(token.text) > 1 and token.text.isupper()


def listable(token) -> bool:
    """A name or a plural noun, which a list of speakers sharing one clause is made of."""
    return token.pos_ == "PROPN" or (token.pos_ == "NOUN" and token.tag_ == "NNS")


def capitalised(tokens) -> bool:
    return bool(tokens) and all(t.text[:1].isupper() for t in tokens)


def resident_of(token):
    """The person a place stands after ("Ann Lee of Garland, Texas"; "two of the volunteers,
    one from Reno and another from Elko, who said"): a parse that makes the place the subject
    of the saying, or what a "who" hangs on, means the people it says where they are from.
    None for a place that is not in such a phrase."""
    if token.ent_type_ not in ("GPE", "LOC"):
        return None
    place = token
    while place.dep_ in ("appos", "conj", "compound") and place.head.i != place.i:
        place = place.head
    if place.dep_ != "pobj" or place.head.lower_ not in ("of", "from"):
        return None
    owner = place.head.head
    while owner.dep_ == "appos" and owner.pos_ in ("NUM", "PRON") and owner.head.i != owner.i:
        owner = owner.head  # "one from Reno" stands for "two of the volunteers"
    if owner.pos_ == "NUM":
        owner = next(
            (
                c
                for p in owner.children
                if p.dep_ == "prep" and p.lower_ == "of"
                for c in p.children
                if c.dep_ == "pobj"
            ),
            None,
        )
    if owner is None or owner.pos_ not in ("PROPN", "NOUN") or owner.ent_type_ in ("GPE", "LOC"):
        return None
    return owner


def relative_teller(pronoun):
    """ "Biden defended his son Hunter, who he said will join the campaign": a pronoun saying
    something in a relative clause is not the noun the clause is about (the "who" stands for
    that one) but, in news style, the subject of the main clause."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or pronoun.tag_ != "PRP" or verb.dep_ != "relcl":
        return None
    if pronoun.i == 0 or pronoun.nbor(-1).lower_ not in RELATIVE:
        return None  # only right after the relative word: "who he said", "which she called"
    noun, main = verb.head, verb.head.head
    if main is noun or main.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in main.children if c.dep_ == "nsubj" and c.i < noun.i), None)
    if subject is None or not (subject.pos_ == "PROPN" or subject.tag_ == "PRP"):
        return None
    return subject  # a pronoun there is resolved in turn ("said he would deport refugees, who
    # he speculates are …": the "he" of the main clause)


def possessive_pronoun(noun, body_words):
    """The possessive pronoun a noun is owned by ("her plan", "their report"), or None; None
    too where a body word stands between ("his campaign website": the campaign's, read as a
    body's document)."""
    if any(c.dep_ == "compound" and c.lower_ in body_words for c in noun.lefts):
        return None
    own = _owner_among(noun.children)
    if own is None and noun.dep_ == "compound" and noun.head.i == noun.i + 1:
        own = _owner_among(noun.head.lefts)  # "“…,” her plan states": the verb read as a noun
    return own


def _owner_among(tokens):
    """The possessive pronoun among `tokens` ("her" of "her plan"), or None."""
    return next((c for c in tokens if c.dep_ == "poss" and c.lower_ in OWNERS), None)
