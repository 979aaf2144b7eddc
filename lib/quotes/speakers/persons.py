"""What the article tells of each person it names: the role it gives them, their gender, and
whether a PERSON-tagged name is a person at all.

A role is the first title or apposition ("Kremlin spokesman Dmitry Peskov", "Jane Roe, the
union's president"); a gender comes from a first name, a title or role, or a pronoun in the
clause the person is the subject of; a person shows by a first name, a title, a role, the
surname used alone or a verb only people do (the small model tags products and places PERSON).
Split from the mention index (`lib.quotes.speakers.mentions`), which builds its `roles`,
`gender` and `seen_as_person` with these readings, because they read the parse around a name,
not the index. Each takes the index (`ix`, a `MentionIndex`) for its doc, text, lexicon and
mentions.
"""

from __future__ import annotations

from lib.officeholders import gender_named, year_of
from lib.quotes.speakers.phrases import (
    DETERMINERS,
    SUBJECT_DEPS,
    name_head,
    phrase_head,
    without_clauses,
)

GENDER_PRONOUNS = {
    "his": "male",
    "him": "male",
    "himself": "male",
    "her": "female",
    "hers": "female",
    "herself": "female",
}
SUBJECT_PRONOUNS = {"he": "male", "she": "female"}
CLAUSE_TOPS = ("ROOT", "conj", "parataxis")  # the verbs a subject's clause hangs from
ROLE_DEPS = ("compound", "amod", "nmod", "poss", "case")
# Endings of job words ("coordinator", "economist", "librarian", "engineer"): a role ending so
# names a person even when the word lists miss it ("-er" names tools too: "browser").
PERSON_SUFFIXES = ("ator", "ist", "ian", "eer", "man", "woman", "person")


def role_near(ix, m) -> str | None:
    """Title words before a name ("Kremlin spokesman Dmitry Peskov") or its apposition; `m` is a
    `Mention` of the index."""
    doc, first = ix.doc, ix.token_at(m.start)
    last = ix.token_at(m.end - 1)
    if first is None or last is None:
        return None
    words = []
    i = first - 1
    while i >= 0 and doc[i].dep_ in ROLE_DEPS and i < doc[i].head.i <= last:
        words.insert(0, doc[i])
        i -= 1
    words = [w for w in words if w.lower_ not in ix.lex.honorifics]
    if words and not words[0].is_punct:
        return ix.text[words[0].idx : words[-1].idx + len(words[-1])]
    head = doc[last]
    for child in head.children:
        if child.dep_ == "appos" and child.i > head.i and child.pos_ == "NOUN":
            toks = without_clauses(child)
            while toks and toks[0].lower_ in DETERMINERS:
                toks = toks[1:]
            if toks:
                return ix.text[toks[0].idx : toks[-1].idx + len(toks[-1])]
    return _role_before(ix, head, first)


def _role_before(ix, head, first: int) -> str | None:
    """ "Elian's paternal grandmother, Mariela, said": the role noun the name is in
    apposition to, before it."""
    role = head.head
    titled = role.tag_ == "NNP" and role.lower_ in ix.lex.titles  # "the Prime Minister
    if head.dep_ != "appos" or (role.tag_ != "NN" and not titled) or role.i > first:
        return None  # of Norway, Henrik Dahl"
    toks = [t for t in role.subtree if t.i < first]
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks.pop()
    while toks and toks[0].lower_ in DETERMINERS:
        toks = toks[1:]
    if not toks or len(toks) > 8 or any(t.text in ".;:" for t in toks):
        return None
    return ix.text[toks[0].idx : toks[-1].idx + len(toks[-1])]


def gender_of(ix, ent: dict) -> str | None:
    """The gender the article gives a person: a courtesy title right before a mention ("Ms.
    Warren": the article's own word, surer than a first-name list that reads the bare surname
    "Warren" as a man's name), else the public record of an officeholder of that name in the
    article's year (`lib.officeholders`: "Warren" in 2019 is the senator, a woman), else by
    first name (for a one-word name, either comes after the pronoun of its own verb's clause:
    `_verb_pronoun_evidence`), a title or role word before a mention or in
    their role, else a pronoun in a clause they are the subject of; for a full name, else the
    pronoun their own reported clause takes them up with, else what US birth records say of its
    first word (`data/given_names.toml`: a prior the article's own words override, as "Lindsey
    Graham said he …" does)."""
    courtesy = _courtesy_title(ix, ent)
    if courtesy is not None:
        return courtesy
    words = ent["name"].split()
    first = words[0].lower()
    record = gender_named(ent["name"], year_of(ix.ctx.article))
    if len(words) == 1 and (record or first in ix.lex.first_names):
        return _verb_pronoun_evidence(ix, ent) or record or ix.lex.first_names[first]
    if record:
        return record
    if first in ix.lex.first_names:
        return ix.lex.first_names[first]
    for s, _ in ent["spans"]:
        before = ix.text[max(0, s - 40) : s].lower().split()
        for w in reversed(before[-3:]):
            g = ix.lex.honorifics.get(w) or ix.lex.gendered_roles.get(w.strip(",."))
            if g in ("male", "female"):
                return g
    for w in ix.roles.get(ent["name"], "").lower().split():
        if w in ix.lex.gendered_roles:
            return ix.lex.gendered_roles[w]
    evidence = _pronoun_evidence(ix, ent)
    if evidence is None and len(words) > 1:  # "Bernie Sanders"; never "Warren" alone
        return _taken_up(ix, ent) or _given_name_prior(ix, ent, first)
    return evidence


def _taken_up(ix, ent: dict) -> str | None:
    """The gender of the pronoun a person's own reported clause takes them up with ("Graham said
    he still wants …"): weaker than the evidence above ("Hale said she …" may speak of another
    woman), so read only where the article says nothing surer."""
    for m in ix.mentions_of(ent):
        if m.subject:
            gender = taken_up_as(ix, name_head(ix.doc[m.token_i]))
            if gender:
                return gender
    return None


def _given_name_prior(ix, ent: dict, first: str) -> str | None:
    """What US birth records say of a full name's first word, unless the next sentence takes the
    person up with the other pronoun ("Dock manager Ola Brekke said the cranes were idle. He said
    …": Ola is mostly a woman's name in the US, not in Norway). That weak sign is read only
    against the prior: on its own it would give a gender to everyone a stray "he" follows."""
    prior = ix.lex.given_names.get(first)
    if prior is None:
        return None
    for m in ix.mentions_of(ent):
        said = _next_sentence_pronoun(ix, ent, m) if m.subject else None
        if said:
            return said
    return prior


def _next_sentence_pronoun(ix, ent: dict, m) -> str | None:
    """ "Brekke said … . He said …": the next sentence's first subject outside quote marks, when
    it is "he" or "she" and the sentence of the mention (a subject) names no other person
    outside them."""
    sent = ix.doc[m.token_i].sent
    if ix.in_marks(m.start) or sent.end >= len(ix.doc):
        return None
    for k in range(ix.mentions_before(sent.start_char), ix.mentions_before(sent.end_char)):
        o = ix.mentions[k]  # the mentions in the sentence, found by bisection, not a scan
        other = o.entity["label"] == "PERSON" and o.entity["name"] != ent["name"]
        if other and not ix.in_marks(o.start):
            return None
    for t in ix.doc[sent.end].sent:
        if t.ent_type_ == "PERSON" and not ix.in_marks(t.idx):
            return None
        if t.dep_ in SUBJECT_DEPS and not ix.in_marks(t.idx):
            return SUBJECT_PRONOUNS.get(t.lower_)
    return None


def taken_up_as(ix, token) -> str | None:
    """ "Hale said she …": the gender of the pronoun that is the subject of the clause reported
    by subject `token`'s verb (not one in quoted words)."""
    for clause in token.head.children:
        if clause.dep_ not in ("ccomp", "xcomp"):
            continue
        for t in clause.children:
            if t.dep_ in SUBJECT_DEPS and not ix.in_marks(t.idx):
                gender = SUBJECT_PRONOUNS.get(t.lower_)
                if gender:
                    return gender
    return None


def _courtesy_title(ix, ent: dict) -> str | None:
    """The gender of a courtesy title (data/speakers.toml [honorifics]: "Mr.", "Ms.") written
    right before one of the person's mentions, if any."""
    for s, _ in ent["spans"]:
        before = ix.text[max(0, s - 12) : s].lower().split()
        g = ix.lex.honorifics.get(before[-1]) if before else None
        if g in ("male", "female"):
            return g
    return None


def person_signs(ix, ent: dict) -> bool:
    """Is a PERSON entity seen as a person anywhere (a first name, title or role, the surname
    used alone, a verb only people do)? The small model tags products and places PERSON
    ("Safari", "Dreamliner"); those must not stand behind "he"/"she"."""
    name = ent["name"]
    if ix.gender.get(name) in ("male", "female"):
        return True
    role_words = {w.strip(",.").lower() for w in ix.roles.get(name, "").split()}
    lex = ix.lex
    if role_words & lex.role_words or any(w.endswith(PERSON_SUFFIXES) for w in role_words):
        return True  # "the union leader", not "Launchpad, a new screen for apps"
    words = name.split()
    if len(words) > 1 and words[-1] in ent["aliases"]:
        return True  # "Steve Jobs" … "Jobs said"
    for m in ix.mentions_of(ent):
        name_tok = name_head(ix.doc[m.token_i])
        tok = phrase_head(name_tok)
        if tok is not name_tok and _names_a_person(ix, tok):
            return True  # "Another cousin, Georgina Cid, said"
        if any(c.dep_ == "appos" and _names_a_person(ix, c) for c in name_tok.children):
            return True  # "Georgina Cid, a cousin, said"
        if tok.dep_ in SUBJECT_DEPS and _person_verb(ix, tok.head):
            return True
    return False


def _names_a_person(ix, tok) -> bool:
    lex, low = ix.lex, tok.lemma_.lower()
    words = lex.person_nouns | lex.people_nouns | lex.gendered_roles.keys()
    return tok.pos_ == "NOUN" and (low in words or tok.lower_ in words)


def _person_verb(ix, verb) -> bool:
    """A verb only a person is the subject of, or a verb of saying in the article's own
    voice ("Cid said"): a product or a place the tagger called a person does not speak."""
    if verb.lemma_.lower() in ix.lex.person_verbs:
        return True
    return ix.lex.is_speech(verb) and not ix.inside_quote(verb.idx)


def _pronoun_evidence(ix, ent: dict) -> str | None:
    """ "Marta Kowalska won her first title": a possessive or object pronoun in the clause a
    person is the subject of, before any other person is named."""
    for m in ix.mentions_of(ent):
        if m.subject:
            gender = clause_pronoun(ix, ix.doc[m.token_i])
            if gender:
                return gender
    return None


def _verb_pronoun_evidence(ix, ent: dict) -> str | None:
    """ "Omar tweeted a video of her endorsement": the gender of a pronoun in the clause of the
    verb a one-word name is the subject of (any verb, a reported clause's too: the small model
    often hangs a clause before a colon and a quote under the quote's verb). News copy names a
    person by the surname alone, so a one-word name that a first-name list knows ("Omar",
    "Jordan", "Ali") is more often someone's surname; what the article's own pronoun says of
    the person goes first (see `gender_of`)."""
    for m in ix.mentions_of(ent):
        token = ix.doc[m.token_i]
        if token.dep_ == "nsubj" and not ix.in_marks(m.start):
            gender = clause_pronoun(ix, token, own_verb=True)
            if gender:
                return gender
    return None


def clause_pronoun(ix, subject, own_verb: bool = False) -> str | None:
    """The gender of the first possessive or object pronoun after `subject` in the clause it is
    the subject of ("Pressley veered from her fellow members", "Gabbard criticized a host who
    had called her"), outside what the clause reports and outside quote marks, and before
    another person is named: what the sentence itself says of its subject, whatever the
    tagger called the name. With `own_verb`, the clause of the subject's own verb only."""
    verb = subject.head if own_verb else subject
    while not own_verb and verb.dep_ not in CLAUSE_TOPS and verb.head.i != verb.i:
        verb = verb.head
    reported = {t.i for c in verb.children if _other_clause(c) for t in c.subtree}
    for t in verb.subtree:
        if t.i <= subject.i or t.i in reported:
            continue  # "X said Hungary was returning to her habitat": not X's gender
        if t.ent_type_ == "PERSON" and t.ent_iob_ == "B":
            return None  # "X criticized Hillary Clinton for her remarks": hers, not X's
        if _intensive(t):
            continue  # "X heard it from the governor herself": the governor's gender
        gender = GENDER_PRONOUNS.get(t.lower_)
        if gender and not ix.in_marks(t.idx):
            return gender
    return None


def _other_clause(child) -> bool:
    """A clause under a subject's verb that is not about the subject: what it reports ("X said
    Hungary was returning to her habitat") or a clause joined on with a subject of its own ("X
    spoke, and it was confirmed she would come")."""
    if child.dep_ == "ccomp":
        return True
    return child.dep_ == "conj" and any(c.dep_ in SUBJECT_DEPS for c in child.children)


def _intensive(token) -> bool:
    """ "the governor herself", "Ann Lee herself": a reflexive right after a noun stands for that
    noun (an emphasis), never for the clause's subject further back."""
    if token.lower_ not in ("himself", "herself") or token.i == 0:
        return False
    return token.doc[token.i - 1].pos_ in ("NOUN", "PROPN")
