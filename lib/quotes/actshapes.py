"""Small tests on the parse that the speech-act finder (`lib.quotes.acts`) asks of a verb, its
subject and its complements: is the subject a kind of people, does the verb describe rather than
report, is a clause a "that" complement, an indirect question, an infinitive."""

from __future__ import annotations

from lib.quotes.marks import MARKS
from lib.quotes.parse import SUBJECT_DEPS

# Tags of a relative pronoun ("who", "that", "which"): the subject of a relative clause that
# describes its noun; any other subject speaks in the clause itself.
RELATIVE_TAGS = ("WP", "WDT", "WP$")
# Words opening an indirect question ("asked if …", "wondered how …").
QUESTION_OPENERS = ("if", "whether", "how", "why", "what", "when", "where", "who", "which")


def generic(noun) -> bool:
    """ "Economists believe …", "most people think …": a bare common noun, no determiner, owner
    or name in it, stands for a kind of people, not a source the article names."""
    if noun.pos_ != "NOUN":
        return False
    if any(c.dep_ in ("det", "poss", "nummod") for c in noun.children):
        return False
    return not any(t.pos_ == "PROPN" for t in noun.subtree)


def described(title) -> bool:
    """ "a Democratic congresswoman", "the state's senior senator", "Senator Holt": a title with
    a name, an owner or a description of its own picks out one person the article speaks of;
    "the President" or "the senator" alone is a bare title that names nobody here."""
    if any(c.dep_ in ("compound", "poss", "appos") for c in title.children):
        return True
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in title.children)
    return indefinite or any(c.dep_ == "amod" for c in title.children)


def describes(verb, lex) -> bool:
    """Is the verb (or the verb it is coordinated with) a restrictive relative clause on a
    common noun for people ("a union that has endorsed Sanders", "voters who praised the
    plan")? Then it picks out which ones, it does not report what they said. "Ann Lee, who
    endorsed Sanders" (set off by a comma, on a name) does report it, and so does a statement
    or a work ("an editorial that accuses …", "polls showing …")."""
    node = verb
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    head = node.head
    if node.dep_ not in ("relcl", "acl") or head.pos_ != "NOUN":
        return False
    if {head.lower_, head.lemma_.lower()} & (lex.nouns | lex.works):
        return False
    first = node.left_edge
    return first.i == 0 or first.nbor(-1).text != ","


def opens_with_that(clause) -> bool:
    """A complement clause: "that" as its marker (a relative "that" is a subject or object)."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) and any(
        c.dep_ in SUBJECT_DEPS for c in clause.children
    )


def subject_of(subject, verb, preps: frozenset[str] = frozenset()) -> bool:
    """`subject` is the verb's own, or that of the verb it continues ("and called for …",
    "vowed to press for …", "began by criticizing …": a gerund after one of `preps`, data
    verbs.gerund_adjunct_preps), not of another clause the parser hung the verb on."""
    if subject.dep_ == "pobj" and subject.head.dep_ == "mark" and subject.head.head.i == verb.i:
        return True  # "after the governor accused …" misparsed (`sayers.subject_on_marker`)
    node = verb
    for _ in range(4):
        if subject.head.i == node.i:
            return subject.dep_ == "nsubj"
        if _gerund_adjunct(node, preps):
            node = node.head.head
            continue
        if node.dep_ not in ("conj", "xcomp", "advcl") or node.head.i == node.i:
            return False
        node = node.head
    return False


def _gerund_adjunct(node, preps: frozenset[str]) -> bool:
    """ "(began) by criticizing", "(opened) after praising": a gerund under a preposition of
    `preps` hung on a verb, whose subject does the gerund too (English subject control)."""
    prep = node.head
    return (
        node.dep_ == "pcomp"
        and node.tag_ == "VBG"
        and prep.dep_ == "prep"
        and prep.lower_ in preps
        and prep.head.pos_ in ("VERB", "AUX")
    )


def scare_quoted(words) -> bool:
    """One word between quote marks ("the “smart” bins"): the writer's distance, not a quote."""
    return any(
        a.text in MARKS and b.text in MARKS and b.i == a.i + 2
        for a, b in zip(words, words[2:], strict=False)
    )


def asks_question(clause) -> bool:
    """An indirect question: opened by "if", "whether" or a wh-word, with a verb of its own."""
    first = clause.left_edge
    return first.lower_ in QUESTION_OPENERS and clause.pos_ in ("VERB", "AUX")


def names_it(c, only_as: bool = False) -> bool:
    """What an object is called: "a disgrace" (oprd), "reckless" (xcomp, ccomp), "as reckless"
    (the only form `only_as` verbs take, with something after "as")."""
    as_phrase = c.dep_ == "prep" and c.lower_ == "as" and any(True for _ in c.children)
    if only_as:
        return as_phrase
    return c.dep_ in ("oprd", "xcomp", "ccomp", "acomp") or as_phrase


def action_end(verb, what) -> int:
    """Where a request ends: after what is asked for, or after the act asked of it when the
    parser hung that on the verb ("called for a prosecutor to oversee the inquiry", "urging
    Congress to act": the "to" clause right after the noun is part of the request)."""
    hi = what.right_edge.i
    for c in verb.children:
        if c.dep_ in ("xcomp", "advcl") and c.left_edge.i == hi + 1 and is_infinitive(c):
            return c.right_edge.i
    return hi


def is_infinitive(clause) -> bool:
    return clause.pos_ in ("VERB", "AUX") and any(c.tag_ == "TO" for c in clause.children)


def gerund(clause, verb) -> bool:
    """ "admitted lying to the board", "acknowledged settling with a tenant": a gerund right
    after the verb is what was admitted, said in other words."""
    return clause.tag_ == "VBG" and clause.i == verb.i + 1


def paired_clauses(verb, obj) -> list:
    """ "expressed shock and dismay that the board …": the "that" clause hung on the word paired
    with the object by "and" or "or" (the parser may take it for a verb) is the feeling's
    content too."""
    doc = obj.doc
    link = obj.right_edge.i + 1
    if link + 1 >= len(doc) or doc[link].lower_ not in ("and", "or"):
        return []
    pair = doc[link + 1]
    if pair.dep_ != "conj" or pair.head.i not in (verb.i, obj.i):
        return []
    return [c for c in pair.children if c.dep_ in ("ccomp", "acl") and opens_with_that(c)]


def that_after(clause, obj) -> bool:
    """A clause with a subject of its own (perhaps after "that") the parser hung on the verb
    right after its object ("expressed relief the bill kept the credit")."""
    return (
        clause.dep_ == "ccomp"
        and clause.left_edge.i == obj.right_edge.i + 1
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    )


def argued_after(verb, lex) -> bool:
    """ "voiced outrage, arguing (that) the plan …": a saying participle after the verb with
    a clause of its own, which is the statement (its own row)."""
    return any(
        c.dep_ in ("advcl", "conj", "xcomp")
        and c.i > verb.i
        and c.tag_ == "VBG"
        and lex.is_speech(c)
        and any(x.dep_ == "ccomp" and x.i > c.i for x in c.children)
        for c in verb.children
    )


def listeners_of(lex, obj, prep) -> bool:
    """ "told a crowd of about 200 people": an "of" phrase on the listener that counts people or
    says who they are belongs to the listener, it is not what they were told."""
    if prep.head.i != obj.i or prep.lower_ != "of":
        return False
    pobj = next((x for x in prep.children if x.dep_ == "pobj"), None)
    if pobj is None:
        return False
    counted = any(x.dep_ == "nummod" or x.like_num for x in pobj.subtree)
    return counted or a_person(lex, pobj)


def a_person(lex, noun) -> bool:
    """A person or people, named or by a word for them ("his father", "voters")."""
    if noun.ent_type_ == "PERSON":
        return True
    words = {noun.lower_, noun.lemma_.lower()}
    return bool(words & (lex.person_nouns | lex.people_nouns | lex.gendered_roles.keys()))
