"""Who has the floor when "he"/"she" looks back a sentence: the person who spoke, not a person
named in what they reported (`lib.quotes.speakers.pronouns` ranks by these).

"Ann Berg, whose ancestor …, said Lee is “right …” “…,” she wrote": news copy goes on with the
speaker. The subject of the reported clause (Lee) is only what Berg spoke of, so it ranks below a
main-clause subject; and a speaker whose name the parse hung as no subject at all ("… drew
criticism from conservatives, Ann Berg, whose …, said": Berg as the object of "from") ranks
above it, as the subject she really is."""

from __future__ import annotations

from lib.quotes.speakers.mentions import PERSON
from lib.quotes.speakers.phrases import SUBJECT_DEPS, phrase_head

# Clauses whose missing subject is the main verb's subject ("Asked about Ryan, he said",
# "After meeting Ryan, he said"), and the dependencies that give a clause a subject of its own
# ("When police asked Ryan, he said": then Ryan may be the "he").
CLAUSES = ("advcl", "pcomp")
OWN_SUBJECT = ("nsubj", "nsubjpass", "csubj", "expl")
# Clauses under a sentence's main verb: a name in one does not take the floor (`in_side_clause`).
SIDE_CLAUSES = ("advcl", "relcl", "acl", "ccomp", "csubj", "pcomp")


def speakers_named(spoken, lo: int, at: int) -> list[tuple[int, int]]:
    """Where a person named as a statement's speaker is written, from `lo` to `at` (`spoken`:
    the resolver's speakers by offset)."""
    return [
        (spk.start, spk.end)
        for spk in spoken.starting_in(lo, at)
        if spk.kind == PERSON and spk.start is not None and spk.end is not None
    ]


def spoke_unparsed(doc, m, spoke: list[tuple[int, int]]) -> bool:
    """Is mention `m` the name of a statement's speaker (`spoke`) that the parse hung as no
    subject at all? A speaker parsed as any subject keeps that subject's rank: "whereas Ruiz
    acknowledged …", "When Ruiz accused Lee, she said" do not give Ruiz the floor."""
    if phrase_head(doc[m.token_i]).dep_ in SUBJECT_DEPS:
        return False
    return any(a <= m.start < b for a, b in spoke)


def nested_sayer(doc, lex, m, spoke: list[tuple[int, int]]) -> bool:
    """Is mention `m` a statement's speaker (`spoke`) who is the subject of a verb of saying in a
    clause under another ("The Ledger reported that spokeswoman Ann Lee said …", "Berg said Lee
    told him …")? The inner sayer speaks the words a "she said" after them continues: she
    ranks with the subjects of reported clauses, above names that only turn up in them."""
    head = phrase_head(doc[m.token_i])
    if head.dep_ not in SUBJECT_DEPS or not lex.is_speech(head.head):
        return False
    return any(a <= m.start < b for a, b in spoke)


def reported(doc, lex, m) -> bool:
    """Is mention `m` the subject of a clause reported by a verb of saying ("Berg said Lee is
    right")?"""
    verb = phrase_head(doc[m.token_i]).head
    return verb.dep_ == "ccomp" and lex.is_speech(verb.head)


def name_as_modifier(token) -> bool:
    """Is the name at `token` only a modifier of a common noun ("the Cruise video", "a Biden
    ally")? It names a thing about the person, not the person in the sentence: a pronoun after
    it takes up a person named in the sentence before such a modifier."""
    last = token
    while last.dep_ in ("compound", "flat") and last.head.i > last.i and last.head.pos_ == "PROPN":
        last = last.head
    return last.dep_ == "compound" and last.head.pos_ == "NOUN"


def member_group(token):
    """The group subject `token` is said to be one of ("Ocasio-Cortez was among four Democratic
    members of Congress to testify …", "Lee is one of the senators who …"): the plural noun
    after "among" or "one of" on its copula. A "they" after it stands for that group, not for
    the one member."""
    verb = token.head
    if token.dep_ != "nsubj" or verb.lemma_ != "be":
        return None
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "among":
            heads = [g for g in c.children if g.dep_ == "pobj"]
        elif c.dep_ == "attr" and c.lower_ == "one":
            heads = [g for p in c.children if p.lower_ == "of" for g in p.children]
        else:
            continue
        return next((g for g in heads if g.tag_ == "NNS"), None)
    return None


def controlled(doc, m, k: int | None) -> bool:
    """ "When asked about Ryan, he said …", "After meeting Ryan, she said …": a name in a
    clause with no subject of its own, hung on the verb whose subject is the pronoun at token
    `k`, is what that pronoun's person was asked about or met: the clause's missing subject is
    the pronoun, and a plain name in it is someone else (one's self would be "himself")."""
    if k is None or doc[k].dep_ not in SUBJECT_DEPS:
        return False
    verb = doc[k].head
    if phrase_head(doc[m.token_i]).dep_ in SUBJECT_DEPS:
        return False  # "Assuming that Clinton wins, she will …": a subject of its own
    path = [doc[m.token_i]]
    while path[-1].head.i not in (path[-1].i, verb.i):
        path.append(path[-1].head)
    if path[-1].head.i != verb.i or path[-1].i == verb.i:
        return False  # not in a clause of the pronoun's verb
    clause = path[-2] if path[-1].dep_ == "prep" and len(path) > 1 else path[-1]
    return clause.dep_ in CLAUSES and not any(c.dep_ in OWN_SUBJECT for c in clause.children)


def in_side_clause(token) -> bool:
    """Is `token` inside a clause under the sentence's main verb ("when Obama was president",
    "after Ben Hale left office"), not a word of the main clause itself (an object, or a
    prepositional phrase on it: "hours after reaction from Rep. Ilhan Omar")?"""
    while token.dep_ != "ROOT" and token.head.i != token.i:
        if token.dep_ in SIDE_CLAUSES:
            return True
        token = token.head
    return False
