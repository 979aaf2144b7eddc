"""The shape of a reported clause, read off the parse: is it a clause, a question, a
condition, the writer's own turn of phrase ("That said, …")? Small tests the reported-speech
finder (`lib.quotes.reported`) asks of a verb and its complement."""

from __future__ import annotations

import re

from lib.quotes.sayers import SUBJECT_DEPS, is_subject

# Words opening an indirect question ("declined to say how much ..."): not a statement.
QUESTION_WORDS = ("how", "what", "why", "where", "who", "whom", "whose", "whether", "if")
# Verbs whose object is asked a question ("asked 30 insiders who they think will win").
ASKING = ("ask", "question", "poll", "survey", "quiz")
# Words opening what an explanation tells ("explained how …", "recounted why …").
HOW_WORDS = ("how", "why", "what")
# A reporting verb in these roles is a purpose, a circumstance or a modifier, not a saying.
EMBEDDED_DEPS = ("xcomp", "advcl", "acl", "relcl", "pcomp", "amod")
# "Graham: Trump's plan is unworkable", "Clinton camp to donors: …": up to four words from a
# capital (the speaker), perhaps "to"/"on" and whom they address, a colon, the claim.
_CAPS = r"[A-Z][\w.'’-]*(?: (?!to |on )[\w.'’-]+){0,3}"
NAME_COLON = re.compile(rf"({_CAPS})(?: (?:to|on) [\w.'’-]+(?: [\w.'’-]+){{0,5}})?:[ \t]+(\S)")
MIN_CLAIM_WORDS = 3
# A label before a headline's speaker, set off by a dash: "Exclusive — Palin: …".
LABEL_DASH = re.compile(r"([A-Za-z][A-Za-z' ]{0,24}?)\s*[—–|-]\s+")
# Markers of a condition: a speech verb under them reports nothing ("if X promised …").
HYPOTHETICAL_MARKS = ("if", "unless", "whether")
# Words opening a clause that is a circumstance or a question, not a statement.
CLAUSE_OPENERS = ("asked", "when", "if", "while", "after", "before", "as", "whether")
# The writer's own turn of phrase, "That said, …", "Having said that, …": nobody's saying.
CONCESSIVE_OPENERS = (("that", "said"), ("that", "being", "said"), ("having", "said", "that"))
_CONCESSIVE_REACH = max(map(len, CONCESSIVE_OPENERS))  # the verb is one of an opener's words


def concessive(sent, verb) -> bool:
    """Does the sentence open with "That said," or "Having said that," built on this verb?"""
    if verb.i - sent.start >= _CONCESSIVE_REACH:  # asked of every verb: most are further in
        return False
    for words in CONCESSIVE_OPENERS:
        n = len(words)
        toks = sent[:n]
        if (
            len(sent) > n
            and tuple(t.lower_ for t in toks) == words
            and sent[n].text == ","
            and any(t.i == verb.i for t in toks)
        ):
            return True
    return False


FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")


def adds_to(verb) -> bool:
    """ "The delay adds to the trouble that …": "add to" is to increase, not to say more."""
    return verb.lemma_.lower() == "add" and any(
        c.dep_ == "prep" and c.lower_ == "to" and c.i == verb.i + 1 for c in verb.children
    )


def own_subject(clause) -> bool:
    """A reported clause after its verb has a subject of its own, a "that", or a finite verb
    whose subject was moved out ("a probe the agency said was ongoing"): "said on the radio's
    ''Face the Week''" (a title the parser read as a bare verb) and "said in an interview aired
    Monday" (a participle) report nothing."""
    if any(c.dep_ == "mark" for c in clause.children):
        return True
    if clause.tag_ in FINITE_TAGS or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in clause.children
    ):
        return True
    return any(is_subject(t) for t in clause.subtree)  # "she ’ll veto", misparsed heads


def hypothetical(verb) -> bool:
    """ "if the authorities promised …", "unless she agreed …": a condition, nobody's saying."""
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in HYPOTHETICAL_MARKS for c in verb.children
    )


def is_clause(head) -> bool:
    """A clause: headed by a verb, or by a contracted auxiliary the tagger mistook for a noun,
    with a subject of its own ("says he’ll work": the small model tags the curly "’ll" NOUN).
    "found him guilty" has a subject too, but no verb: a verdict, not a clause."""
    if head.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in head.children):
        # "held all markets closed": an object and its state, not a clause; but "denied it
        # intended to …" is a past tense the tagger read as a participle (a pronoun subject
        # and a complement of its own)
        return _past_misread(head)
    if head.pos_ in ("VERB", "AUX"):
        return True
    return head.text[:1] in "’'" and any(c.dep_ in SUBJECT_DEPS for c in head.children)


def asks(clause) -> bool:
    """ "said how much it cost", "said whether …": an indirect question, not a statement. "said
    if elected he would …" is a statement with a condition: its "if" opens a clause inside the
    reported one, not the reported clause itself. A "who" before the verb is the relative
    pronoun moved out of the clause ("his son, who he said will join the campaign"): the
    clause is what the relative clause's subject said of the person, no question."""
    first = clause.left_edge
    if first.lower_ not in QUESTION_WORDS or _moved_relative(clause, first):
        return False
    return first.lower_ != "if" or first.head.i == clause.i


def _moved_relative(clause, first) -> bool:
    """The wh-word before the verb of a relative clause ("who he said will …"). Not when the
    noun is who is asked ("we ask 30 insiders who they think will win"): a question the parser
    read as a relative clause."""
    verb = clause.head
    if verb.dep_ != "relcl" or first.i >= verb.i:
        return False
    return verb.head.head.lemma_.lower() not in ASKING


def subtree_ids(token) -> set[int]:
    return {t.i for t in token.subtree}


def _past_misread(head) -> bool:
    """A past tense the tagger read as a participle: an active subject of its own and a
    complement ("denied it intended to …", "said the group previously considered depicting …",
    "noted the two leaders signed onto the accord"). No clause said: an object and its state
    after a verb that takes one (`OBJECT_STATE_VERBS`: "held all markets closed until Friday";
    there only an object or clause of the participle's own, or a pronoun subject, tells a past
    tense), an agent ("found themselves targeted by …": a passive), or a reflexive or a relative
    pronoun for subject ("the arguments that they believe worked …")."""
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    if not subjects or any(c.dep_ == "agent" for c in head.children):
        return False
    if any(c.tag_ in ("WDT", "WP") or c.lower_.endswith(("self", "selves")) for c in subjects):
        return False
    pronoun = any(c.lower_ in SUBJECT_PRONOUNS for c in subjects)
    state = head.head.lemma_.lower() in OBJECT_STATE_VERBS and not pronoun
    complements = ("dobj", "xcomp", "ccomp") if state else ("dobj", "xcomp", "ccomp", "prep")
    return any(c.dep_ in complements for c in head.children)


SUBJECT_PRONOUNS = ("i", "he", "she", "we", "they", "it")
# Verbs that take an object and its state ("held the markets closed", "found the door locked",
# "declared the area sealed off"): after them a participle is that state, not a past tense.
OBJECT_STATE_VERBS = (
    "hold", "keep", "find", "leave", "declare", "consider", "deem", "judge", "rule", "pronounce",
    "call", "get", "have", "want", "see", "need", "like", "prefer",
)  # fmt: skip


def of_a_thing(verb, lex) -> bool:
    """ "calling the move a “grave strategic mistake” that threatens to bring “terror to our
    shores”": a cue word in a relative clause whose "that"/"which" stands for a thing that
    cannot speak (a mistake, a plan) says what the thing does, not who speaks; a fragment under
    it is the words of the saying above (the caller's), as the first fragment is. "a group
    that warned “…”" and "a report that says “…”" keep their speaker. A "that" after a noun
    built like a person noun ("a donor that …", but also "an error that …") is left alone."""
    if verb.dep_ != "relcl":
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ != "WDT":
        return False
    if subject.lower_ == "which":  # never a person: only a name or a known body word speaks
        return not lex.known_speaker(verb.head)
    return not lex.can_speak(verb.head)
