"""Who says it when the parse does not say: the subject-finding rules `QuoteParse.subject` falls
back on, kept apart from the quote parse itself.

A reporting verb's subject is usually its `nsubj`; these helpers cover the ways the small model's
parse hides or fakes it: a count of occasions in the subject's place ("several times described"),
a date beside the verb ("reported Tuesday that"), a finite verb hung on a name as its clause
("The Harbor Times, which …, reported"), the one quoted by a paper ("quoted X as saying"), a name a
relative clause describes before the verb ("Beck, who …, last week said"; the clause may end
in a quoted word of its own: "Jones, who called her a “legend,” suggested"), a subordinate
clause's subject ("a day after the governor accused …"), a main verb read as a relative clause,
and a lawmaker's name before a party-state tag ("McCain, R-Ariz., said"), which is the verb's
subject whatever the parse made of the words before it.
"""

from __future__ import annotations

import re

from lib.quotes.lexicon import lexicon

SUBJECT_DEPS = ("nsubj", "nsubjpass")
DASHES = ("—", "–", "-", "--")  # a dash as the small model tokenises it
TIME_WORDS = ("time", "times", "occasion", "occasions")
CLOSING_MARKS = ("”", '"', "’", "'")


def is_subject(token) -> bool:
    return token.dep_ in (*SUBJECT_DEPS, "expl", "csubj")


def times_word(token) -> bool:
    """ "several times", "on occasion": a count of occasions in the subject's place, never a
    sayer. A name is no such word: "The New York Times reported"."""
    return token.lemma_.lower() in TIME_WORDS and token.pos_ != "PROPN" and token.text.islower()


def finite_on_noun(verb) -> bool:
    """A finite verb the parser hung on a noun as a clause of it ("The Harbor Times, which first
    reported the closure, reported Tuesday that …" read as "Times … reported" with "reported"
    an `acl`): a name's clause is a participle or an infinitive, so a verb in the past or present
    tense after the name's own relative clause and its comma is the main verb, and the name its
    subject."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ in ("VBD", "VBZ", "VBP")
        and verb.head.pos_ == "PROPN"
        and verb.head.i < verb.i
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
        and any(c.dep_ == "relcl" for c in verb.head.children)
    )


DAY_WORDS = frozenset(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today")
    + ("yesterday", "tonight", "tomorrow")
)


def quoted_as_saying(node):
    """ "quoted one of his advisers as saying …", "cited officials as saying …", "reported him
    as telling the mayor: “…”": the one quoted, the object of the quoting verb (data/cues.toml
    verbs.quoting_as), says it; the paper that quotes only reports it."""
    if node.dep_ != "pcomp" or node.head.lower_ != "as" or node.head.dep_ != "prep":
        return None
    quoting = node.head.head
    if quoting.lemma_.lower() not in lexicon().quoting_as:
        return None
    return next((c for c in quoting.children if c.dep_ == "dobj" and c.i < node.i), None)


# a lawmaker's party and state after the name: ", R-Ariz.,", "(D-Hawaii)", "(R-NC)", ", D-N.Y.,"
PARTY_TAG = re.compile(
    r"\s*(?:,\s*[RDI]-[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?\s*,"
    r"|\(\s*[RDI]-[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?\s*\),?)\s*"
)
TAG_TOKENS = 8  # tokens a party-state tag spans at most: ", R - N.C. ,"
# a description set off after the tag: "(I-Vt.), a 2020 presidential candidate, tweeted"
TAG_ASIDE = re.compile(r"(?:an?|the)\s[^,;:“”\"()]{1,80},\s*")
ASIDE_TOKENS = 16  # tokens such a description spans at most


def tagged_name(verb):
    """The name a party-state tag follows right before the verb: "McCain, R-Ariz., said",
    "Rep. Tulsi Gabbard (D-Hawaii) argued". The tag is only ever put after a lawmaker's name,
    and a name so tagged and then followed by a verb is that verb's subject, whatever the parse
    made of the words before it (a run-in headline glued before the sentence gives a wrong
    `nsubj`). A description may follow the tag, set off by commas, before the verb (`TAG_ASIDE`:
    "Sen. Bernie Sanders (I-Vt.), a 2020 presidential candidate, tweeted")."""
    doc = verb.doc
    for j in range(verb.i - 2, max(-1, verb.i - TAG_TOKENS - ASIDE_TOKENS - 1), -1):
        name = doc[j]
        if name.pos_ != "PROPN" or not name.text[:1].isupper() or not _tag_opens(doc, j + 1):
            continue
        after = _text_after(name, verb.i)
        tag = PARTY_TAG.match(after)
        if tag is None:
            continue
        rest = after[tag.end() :]
        if not rest or TAG_ASIDE.fullmatch(rest):
            return name  # "McCain, R-Ariz., said"; "Sanders (I-Vt.), a candidate, tweeted"
    return None


def _tag_opens(doc, k: int) -> bool:
    """Does a tag's "(" or "," stand at token `k` (past a token of spaces), as `PARTY_TAG`
    needs right after the name? Read before the text after the name is joined up."""
    if doc[k].is_space and k + 1 < len(doc):
        k += 1
    return doc[k].text in ("(", ",")


def _text_after(name, stop: int) -> str:
    """The text from the end of `name` to the start of token `stop`, read from the few tokens
    between (never `doc.text`, which spaCy joins anew from every token on each call)."""
    return name.whitespace_ + "".join(t.text_with_ws for t in name.doc[name.i + 1 : stop])


def tag_verb(name):
    """The verb right after a party-state tag on `name` ("McCain, R-Ariz., said"), or None:
    the tagged name is its subject (`tagged_name`), the mention index's main-clause subject."""
    doc = name.doc
    if name.pos_ != "PROPN":
        return None
    stop = min(len(doc), name.i + TAG_TOKENS + 2)
    m = PARTY_TAG.match(_text_after(name, stop))
    if m is None:
        return None
    end = name.idx + len(name.text) + m.end()
    for t in doc[name.i + 1 : stop]:
        if t.idx >= end:
            if t.idx != end or t.pos_ not in ("VERB", "AUX"):
                return None
            return t.head if t.dep_ in ("aux", "auxpass") else t  # "(D-Mass.) had been talking"
    return None


def described_before(verb):
    """The name a relative clause or a described apposition describes, right before the verb
    the parse left without a subject: "Beck, who supported Cruz in the primaries, last week
    said …", "Ann Lee, a former counsel under the Bush administration, said …" (a name inside
    the clause or the apposition is never the sayer). Dates and commas between the clause and
    the verb are skipped."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None  # "The bluster that propelled him, denouncing …": a participle's own
    i = verb.i - 1
    doc = verb.doc
    while i >= 0 and (
        comma_or_dash(doc[i]) or when(doc[i]) or doc[i].ent_type_ in ("DATE", "TIME")
    ):
        i -= 1
    if i >= 1 and doc[i].text in CLOSING_MARKS and comma_or_dash(doc[i - 1]):
        i -= 2  # "Jones, who referred to her as a “legend,” suggested": the clause's own quote
    if i < 0:
        return None
    for node in (doc[i], *doc[i].ancestors):
        if node.dep_ == "relcl" and node.head.pos_ in ("PROPN", "NOUN") and node.head.i < i:
            return relative_antecedent(node) if node.right_edge.i == i else None
        if node.dep_ == "appos" and node.head.pos_ == "PROPN" and _description(node):
            return node.head if node.right_edge.i == i and node.head.i < node.i else None
    return _name_before_aside(verb, i)


def _description(appos) -> bool:
    """An apposition that describes: a common noun ("a former counsel"), or a title the tagger
    read as a name behind "a" ("a former acting Solicitor General"; "Japan, The Wall Street
    Journal and …" is a list of names)."""
    if appos.pos_ == "NOUN":
        return True
    return appos.pos_ == "PROPN" and any(c.lower_ in ("a", "an") for c in appos.children)


ASIDE_WORDS = 25  # tokens of an aside between a sentence's opening name and its verb, at most


def _name_before_aside(verb, last: int):
    """ "Gabbard, while stressing that she is not an isolationist, said …": a sentence that opens
    with a name, then an aside set off by commas, then the verb. The parser may take the name
    for an adverb and leave the verb without a subject; the name opening the sentence is still
    who speaks (never a word of the aside, nor of what was said). None unless the words before
    the aside's comma are the sentence's first words and all capitalised."""
    doc = verb.doc
    if doc[last + 1].text not in (",", "—", "–"):
        return None
    start = verb.sent.start
    k = last
    while k > start and doc[k].text != "," and last - k < ASIDE_WORDS:
        k -= 1
    if doc[k].text != "," or k == start or k - start > 4:
        return None
    name = doc[start:k]
    if not all(t.text[:1].isupper() and not t.is_punct for t in name):  # "Rep. Ocasio-Cortez"
        return None
    return doc[k - 1]


def relative_antecedent(clause):
    """The noun a relative clause set off by a comma describes: the one right before that comma.
    The parser may hang the clause on an earlier name the nearer one stands in apposition to
    ("the segment with Burnett, Jones, who …": two people; "the senator, Ann Lee, who …": one,
    better named), and the clause is about the nearer. A lawmaker's party-state tag before the
    comma ("Rep. Ann Lee, D-Md., who …", "Sen. Tom Ruiz (R-Ky.), who …") is never what the
    clause describes: the name it is put after is."""
    head = clause.head
    first = clause.left_edge.i
    if first >= 1 and clause.doc[first - 1].text != ",":
        return _named_before_which(clause, head) or head
    if first < 2:
        return head
    tagged = tagged_name(clause.doc[first])
    if tagged is not None:  # "Rep. Jamie Raskin, D-Md., who joked": a party-state tag is
        return tagged  # no one; the clause is about the lawmaker it follows
    near = clause.doc[first - 2]
    if near.pos_ == "PROPN" and near.dep_ == "appos" and near.head.i == head.i:
        return near
    return head


def _named_before_which(clause, head):
    """ "launched in partnership with Harbor Bank which has claimed …": with no comma the
    parser may hang a "which" clause on the common noun further back; the body named right
    before "which", inside that noun's phrase, is what the clause is about."""
    which = clause.doc[clause.left_edge.i]
    near = clause.doc[which.i - 1]
    if which.lower_ != "which" or head.pos_ != "NOUN" or near.pos_ != "PROPN":
        return None
    if near.ent_type_ not in ("ORG", "GPE", "NORP") or near.i == head.i:
        return None
    return near if head.left_edge.i <= near.i <= head.right_edge.i else None


def comma_or_dash(token) -> bool:
    """Punctuation that may close a relative clause; a closing quotation mark may not (the
    clause before it is quoted words), unless a comma beside it closes the clause
    (`described_before`)."""
    return token.text in (",", "—", "–", "-")


def when(token) -> bool:
    """A word that dates the saying ("reported Tuesday that", "said last week"): beside the
    verb where the parse lost the subject, it is never the sayer."""
    return token.ent_type_ in ("DATE", "TIME") or token.lower_ in DAY_WORDS


def subject_on_marker(verb):
    """ "…, a day after the regional governor accused them of …": the small model reads the
    subordinate clause's subject as the object of "after" (a preposition) and hangs both on the
    verb. A noun between the marker and the verb is that clause's subject."""
    if verb.dep_ != "advcl":
        return None
    for mark in verb.children:
        if mark.dep_ != "mark" or mark.i > verb.i:
            continue
        noun = next((c for c in mark.children if c.dep_ == "pobj" and c.i < verb.i), None)
        if noun is not None and noun.pos_ in ("NOUN", "PROPN", "PRON") and not capacity(noun):
            return noun
    return None


def capacity(token) -> bool:
    """ "Lee, as mayor, called for …", "Biden, as vice president, …": a bare role after "as"
    (no article) is the capacity someone acted in, never who speaks ("as the governor said"
    has its article and is a saying)."""
    if token.dep_ != "pobj" or token.head.lower_ != "as":
        return False
    return not any(c.dep_ in ("det", "poss") for c in token.children)


def main_verb_as_relative(verb):
    """ "Jones, who won the seat this week, on Thursday called on …": after an aside on a name
    the small model may read the main verb as a second relative clause of that name. A relative
    clause with no subject and no relative word of its own is that misreading; the name is
    the subject."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in ("PROPN", "NOUN"):
        return None
    if any(is_subject(c) or c.tag_ in ("WDT", "WP", "WP$", "WRB") for c in verb.children):
        return None
    between = verb.doc[verb.head.i + 1 : verb.i]
    return verb.head if any(t.text == "," for t in between) else None


def described_name(token):
    """The name a noun just before the verb describes, when the parse lost the subject:
    "“…,” Ann Lee and Tom Ruiz, assistant secretary of the Army for civil works, wrote" leaves
    "works" beside the verb, deep in the apposition of the last name; who wrote is the name the
    apposition (and any "of"/"for"/"at" phrase inside it) hangs on, and a name joined to
    another by "and" leads back to the first, so the whole list speaks. `token` itself when it
    is in no such phrase, or the phrase hangs on no name."""
    node, climbed = token, token
    while node.dep_ in ("pobj", "prep", "appos", "conj") and node.head.i != node.i:
        if node.dep_ == "appos" and node.ent_type_ == "PERSON" == node.head.ent_type_:
            break  # "with Burnett, Jones, who …": two people side by side, not one described
        node = node.head
        if node.pos_ not in ("NOUN", "PROPN", "ADP"):
            break  # the phrase ends ("wrote in a column" hangs on the verb)
        if node.pos_ == "PROPN" and node.ent_type_ == "PERSON":
            climbed = node
    return climbed if climbed.i < token.i else token


def naming_with_object(verb, naming) -> bool:
    """ "The former first lady called Trump a “corrupt human tornado”", "Painter, the former
    ethics lawyer, described the announcement as “unacceptable”": the small model reads a verb
    of naming (`naming`: its lemmas, data: verbs.naming and naming_as) right after a noun as a
    participle of that noun, as in "a woman called Ann Lee". Such a participle gives the noun
    one name; a verb with both an object and what the object is called (two names: "called
    Trump a tornado"; an object and an "as" phrase: "described it as …") is the noun's own
    verb, the noun its subject, and the object the one named, never the speaker."""
    if verb.dep_ != "acl" or verb.head.i > verb.i or verb.lemma_.lower() not in naming:
        return False
    if verb.tag_ not in ("VBN", "VBD"):
        return False  # "the bluster … denouncing Mexicans as …": a true participle
    objects = [c for c in verb.children if c.dep_ in ("dobj", "oprd")]
    as_phrase = any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)
    return len(objects) >= 2 or bool(objects) and as_phrase


# Parts of speech a sayer's noun phrase set off by a comma before its verb is made of ("the
# Journal and the Times", "Sen. Ann Lee's office"); a space is a non-breaking one in web copy.
_PHRASE_POS = ("PROPN", "NOUN", "DET", "ADJ", "CCONJ", "PART", "NUM", "SPACE")
PHRASE_WORDS = 12  # at most this many words in such a phrase


def postposed_subject(verb):
    """ "…, The Wall Street Journal and The New York Times reported Wednesday.": a reporting verb
    after a clause and a comma, its sayers between the comma and it, which the parser coordinated
    with the clause before (the sayers an apposition or a list of its last noun, the verb a
    `conj` of its main verb). A verb coordinated with another has "and" or "but" right before it,
    never a noun; so a noun phrase there, back to the comma, is the verb's own subject: its first
    noun the parser hung outside the phrase (the rest of a list hangs on that one). Adverbs may
    stand between ("the Times also reported"). The parser may also leave the verb a clause of
    the main verb or a root of its own, with no subject (`loose_finite`)."""
    if not loose_finite(verb) or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    doc = verb.doc
    last = verb.i - 1
    while last >= 0 and doc[last].pos_ in ("ADV", "SPACE"):
        last -= 1
    if last < 1 or doc[last].pos_ not in ("PROPN", "NOUN"):
        return None
    first = last
    while first - 1 >= 0 and doc[first - 1].pos_ in _PHRASE_POS and last - first < PHRASE_WORDS:
        first -= 1
    if first < 1 or doc[first - 1].text != "," or doc[first - 1].i < verb.sent.start:
        return None
    if any(when(t) for t in doc[first : last + 1]):
        return None  # "Beck, who …, last week said": the date of the saying, not its sayer
    return next(
        (
            t
            for t in doc[first : last + 1]
            if t.pos_ in ("PROPN", "NOUN") and not first <= t.head.i <= last
        ),
        None,
    )


def loose_finite(verb) -> bool:
    """A verb in the past or present tense the parser hung on the clause before it as a
    coordinated verb or an adverbial clause with no conjunction of its own ("as", "after" would
    make it a circumstance), or left a root of its own: how it reads "…, the Dispatch reported."
    after a long clause."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or any(c.dep_ == "mark" for c in verb.children):
        return False
    return verb.dep_ in ("conj", "advcl", "ROOT")


def subject_clause(verb):
    """The verb itself, or for a verb with no subject of its own hung on another ("wrote in
    response to Lee announcing …", "said, citing …"), the nearest verb above it that has one."""
    node = verb
    for _ in range(4):
        if any(c.dep_ in SUBJECT_DEPS for c in node.children):
            return node
        if node.dep_ not in ("advcl", "xcomp", "pcomp", "pobj", "prep", "conj", "acl"):
            return node
        node = node.head
    return verb


def names_same(subject, tagged) -> bool:
    """Is the parse's subject the tagged lawmaker or the noun his name stands in apposition to
    ("The nominee, Sen. Tim Kaine (D-Va.), promised")? Then the parse is right as it is."""
    return subject.i == tagged.i or (tagged.dep_ == "appos" and tagged.head.i == subject.i)


def subject_candidates(verb):
    """The verb's children, and the subject the small model may hang on its auxiliary instead
    ("The accused has in the last week gone on …": "accused" the subject of "has")."""
    yield from verb.children
    for aux in verb.children:
        if aux.dep_ in ("aux", "auxpass") and aux.i < verb.i:
            yield from (c for c in aux.children if c.dep_ in SUBJECT_DEPS)


def medium_verb(participle):
    """The verb a statement noun is the medium of, for a participle on the noun: "saying in an
    interview published Wednesday that …" hangs the clause on "published", a participle of
    "interview"; an interview, a letter or a post one speaks *in* is where the words were said,
    never who said them, so the sayer is the subject of the verb the "in"/"on" phrase hangs on.
    None when the noun is in no such phrase ("released a statement saying …" is the
    statement's author's) or the verb on it is no participle ("in order to hold …")."""
    noun = participle.head
    prep = noun.head
    if participle.tag_ not in ("VBN", "VBG"):
        return None
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("in", "on", "during"):
        return None
    verb = prep.head
    return verb if verb.pos_ in ("VERB", "AUX") and verb.i < noun.i else None


def clause_participle(verb) -> bool:
    """A participle hung on the clause before it ("…, publishing a book called X and insisting
    that …", "said Ann Lee, explaining that …"): it takes that clause's subject, so a noun
    right before it is an object of that clause ("X"), never its sayer. Not a participle on a
    noun ("the media declaring …"), whose noun is who acts."""
    return verb.tag_ == "VBG" and verb.dep_ in ("advcl", "conj") and verb.head.i < verb.i


def past_dateline(subject):
    """ "ALTOONA, Iowa — Former Vice President Joe Biden said …": a dateline run into the
    sentence is parsed as the subject, with the sayer hung on it as an apposition after the
    dash; the place opening the sentence is no sayer there, the person after the dash is. Any
    other subject is kept."""
    if subject.ent_type_ == "PERSON" or subject.i != subject.sent.start:
        return subject
    for c in subject.children:
        gap = subject.doc[subject.i + 1 : c.left_edge.i]
        person = c.ent_type_ == "PERSON"
        if c.dep_ == "appos" and person and any(t.text in DASHES for t in gap):
            return c
    return subject


#: Words that rank one of a group by when or whether it acted: "the first to call for …".
RANKS = frozenset(("first", "last", "only", "latest"))


def first_to_act(node):
    """The subject of "X was the first candidate to call for …", "X and Y appeared to be the
    first of the contenders to call for …": an infinitive on "the first / last / only (noun)"
    that is predicated of a subject says what that subject did. None for anything else ("the
    first bill to pass", which no verb predicates of anyone)."""
    if node.dep_ not in ("relcl", "acl") or not to_infinitive(node):
        return None
    ranked = node.head
    if ranked.lower_ not in RANKS and not any(c.lower_ in RANKS for c in ranked.lefts):
        return None
    if ranked.dep_ != "attr":
        return None
    verb = ranked.head
    while verb.dep_ == "xcomp" and verb.head.i != verb.i:  # "appeared to be the first"
        verb = verb.head
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def to_infinitive(verb) -> bool:
    """A verb with its own "to" ("to call for", "to announce")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def age_word(token) -> bool:
    """ "old" ending "the 64-year-old said": the small model may hang the age on the verb as
    an adjective; it is the subject, a person described by age."""
    doc = token.doc
    return (
        token.lower_ == "old"
        and token.i >= 2
        and doc[token.i - 1].text == "-"
        and doc[token.i - 2].lemma_.lower() in ("year", "month")
    )
