"""A role in the lede, the person in the next paragraph: "Scotland's health secretary has
warned that …" then "Ada Okafor said …" (and likewise a body: "an anti-fraud agency has said"
then "Anti-fraud consultancy Fraudwatch says").

News ledes (British ones above all) describe the speaker by role and name her in the next
paragraph. The role is that person when the first statement of the next paragraph is credited
to a person by name, and the article gives that person no role of another kind. Every statement
credited to the same role phrase ("the health secretary said", which resolution already joins
to the lede's role) is then hers, with the role kept in `role`.
"""

from __future__ import annotations

from lib.quotes.speakers.mentions import ORGANIZATION, PERSON, UNKNOWN
from lib.quotes.speakers.words import speaker_words

_HELD_FOR = ("for", "of", "at", "to", "with", "from", "in")


def name_lede_roles(found: list, paragraphs, lex) -> None:
    """Rename in place the speakers holding the lede's role (see module). A wire story often
    sets its lede and the next sentences in one paragraph ("…, a senior senator said on
    Sunday. Ann Lee, who sits on the committee, said …"): there the lede is the paragraph's
    first sentence and the person is named in the second."""
    body = [p for p in paragraphs if p.kind == "body"]
    if not body:
        return
    sents = _sentences(found, body[0])
    if len(sents) >= 2 and _name_lede(found, sents[0], sents[1], lex):
        return
    if len(body) >= 2:
        _name_lede(found, (body[0].start, body[0].end), (body[1].start, body[1].end), lex)


def _sentences(found: list, para) -> list[tuple[int, int]]:
    """(start, end) of the sentences of paragraph `para`, from the parse the statements'
    subjects come from."""
    doc = next((f.subject.doc for f in found if f.subject is not None), None)
    if doc is None:
        return []
    return [(s.start_char, s.end_char) for s in doc.sents if para.start <= s.start_char < para.end]


def _name_lede(found: list, lede: tuple[int, int], second: tuple[int, int], lex) -> bool:
    """Rename the role (or body) credited in `lede` to the person (or body) credited by name in
    the first statement of `second`; whether it did."""
    in_lede = [f.speaker for f in found if lede[0] <= f.start < lede[1] and f.speaker]
    roles = [s.name for s in in_lede if _role_phrase(s, lex)]
    bodies = [s.name for s in in_lede if _body_phrase(s, lex)]
    nxt = next((f for f in found if second[0] <= f.start < second[1]), None)
    if nxt is None:
        return False
    if roles and _named_person(nxt.speaker):
        person = nxt.speaker
        if person.role and _head(person.role) != _head(roles[0]):
            return False  # "Ada Okafor, the club's chairwoman, said": another role, another person
        _rename(found, roles[0], person.name, PERSON)
        return True
    if bodies and _named_body(nxt.speaker):
        _rename(found, bodies[0], nxt.speaker.name, ORGANIZATION)
        return True
    return False


def _rename(found: list, role: str, name: str, kind: str) -> None:
    for f in found:
        s = f.speaker
        if s is not None and s.name == role:
            s.name, s.kind, s.role = name, kind, s.role or (role if kind == PERSON else None)


def _role_phrase(speaker, lex) -> bool:
    """ "Scotland's justice minister", "the club's coach": a role and no name."""
    if speaker.kind not in (PERSON, UNKNOWN) or not speaker.name:
        return False
    words = speaker.name.split()
    head = _head(speaker.name)
    if head not in lex.titles and head not in lex.person_nouns and head not in lex.gendered_roles:
        return False
    parties = speaker_words().party_members  # "a prominent Republican senator"
    return all(
        w.islower()
        or w.lower() in lex.titles
        or w.lower() in parties
        or w.endswith(("'s", "’s", "'", "’"))
        for w in words
    )


def _body_phrase(speaker, lex) -> bool:
    """ "an anti-fraud agency", "a watchdog": a kind of body and no name."""
    if speaker.kind not in (ORGANIZATION, UNKNOWN) or not speaker.name:
        return False
    words = speaker.name.split()
    return words[-1].lower() in lex.org_nouns and all(w.islower() for w in words)


def _named_body(speaker) -> bool:
    """A body credited by its name in the statement's own clause."""
    if speaker is None or speaker.kind != ORGANIZATION or not speaker.name or not speaker.mention:
        return False
    return speaker.name[:1].isupper() and speaker.name.split()[-1] in speaker.mention.split()


def _named_person(speaker) -> bool:
    """A person credited by name in the statement's own clause (not "she" or an inherited one)."""
    if speaker is None or not speaker.name or not speaker.mention:
        return False
    words = speaker.name.split()
    untagged_name = (
        speaker.kind == UNKNOWN and len(words) > 1 and all(w[:1].isupper() for w in words)
    )
    if speaker.kind != PERSON and not untagged_name:
        return False  # "Eluned Price said" with the name untagged is still a name
    return words[-1] in speaker.mention.split()


def _head(role: str) -> str:
    """The role's own word: the last before what it is held for ("attorney" of "attorney for
    the congressman", "chairwoman" of "the club's chairwoman")."""
    words = role.lower().split()
    cut = next((i for i, w in enumerate(words) if i and w in _HELD_FOR), len(words))
    return words[cut - 1].strip(",.")
