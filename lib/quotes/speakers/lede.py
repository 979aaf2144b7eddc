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


def name_lede_roles(found: list, paragraphs, lex) -> None:
    """Rename in place the speakers holding the lede's role (see module)."""
    body = [p for p in paragraphs if p.kind == "body"]
    if len(body) < 2:
        return
    lede, second = body[0], body[1]
    roles = [
        f.speaker.name
        for f in found
        if lede.start <= f.start < lede.end and f.speaker and _role_phrase(f.speaker, lex)
    ]
    bodies = [
        f.speaker.name
        for f in found
        if lede.start <= f.start < lede.end and f.speaker and _body_phrase(f.speaker, lex)
    ]
    nxt = next((f for f in found if second.start <= f.start < second.end), None)
    if nxt is None:
        return
    if roles and _named_person(nxt.speaker):
        person = nxt.speaker
        if person.role and _head(person.role) != _head(roles[0]):
            return  # "Ada Okafor, the club's chairwoman, said": another role, another person
        _rename(found, roles[0], person.name, PERSON)
    elif bodies and _named_body(nxt.speaker):
        _rename(found, bodies[0], nxt.speaker.name, ORGANIZATION)


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
    head = words[-1].lower()
    if head not in lex.titles and head not in lex.person_nouns and head not in lex.gendered_roles:
        return False
    return all(
        w.islower() or w.lower() in lex.titles or w.endswith(("'s", "’s", "'", "’")) for w in words
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
    return role.split()[-1].lower().strip(",.")
