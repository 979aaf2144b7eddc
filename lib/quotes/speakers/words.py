"""Word lists the speaker resolver reads beyond the shared lexicon (data/speakers.toml)."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from lib.ruledata import load


@dataclass(frozen=True)
class SpeakerWords:
    partitive: frozenset[str]  # "one of", "thousands of": members picked out of a group
    document_parts: frozenset[str]  # "a version of the letter": a part of a document
    org_name_ends: frozenset[str]  # "… Relations", "… Holdings": the last word of a body's name
    unsigned_sources: frozenset[str]  # "press reports": where documents come from, no issuer
    press_at_large: frozenset[str] = frozenset()  # "media reports": no body's, their own source
    contrastive: frozenset[str] = frozenset()  # "another said" after "one user wrote"
    party_members: frozenset[str] = frozenset()  # "the Texas Republican": a person just named
    called_back: frozenset[str] = frozenset()  # "these people said": sources described before
    called_back_determiners: frozenset[str] = frozenset()  # "these", "those", "same"
    corporate_parts: frozenset[str] = frozenset()  # "unit", "division": a company's named part
    accounts: frozenset[str] = frozenset()  # "account", "feed": speaks for its owner
    platforms: frozenset[str] = frozenset()  # "twitter": names an account
    account_marks: frozenset[str] = frozenset()  # "official": "its official account"
    sponsored: frozenset[str] = frozenset()  # "poll": a work named with its sponsor
    naming_verbs: frozenset[str] = frozenset()  # "someone named Ann Lee": the name follows
    led_bodies: frozenset[str] = frozenset()  # "administration": named by the leader's surname
    pairs: frozenset[str] = frozenset()  # "the pair said": the two people named together
    apostrophe_prefixes: frozenset[str] = frozenset()  # "O’Rourke": "o" before the apostrophe
    possessives: Mapping[str, str] = field(default_factory=dict)  # "his" -> "he"
    held_views: frozenset[str] = frozenset()  # "theory": "his theories included a claim"
    subordinators: frozenset[str] = frozenset()  # "after it reported": "it" is the main clause's
    mistagged_labels: frozenset[str] = frozenset()  # "ORG": a label a bare surname may get
    linking_verbs: frozenset[str] = frozenset()  # "become": "X became his home"
    place_prepositions: frozenset[str] = frozenset()  # "in": "in Clarkston" is a place
    adjunct_prepositions: frozenset[str] = frozenset()  # "during": a circumstance, never a role's
    occasion_prepositions: frozenset[str] = frozenset()  # "on", "in", "at": before an occasion
    occasions: frozenset[str] = frozenset()  # "phone", "interview": the occasion of a saying
    occasion_roles: frozenset[str] = frozenset()  # "guest": "a guest on the show" is who it is


@functools.cache
def speaker_words() -> SpeakerWords:
    data = load("speakers.toml")
    groups, roles = data.get("groups", {}), data["roles"]
    described = data.get("descriptions", {})
    return SpeakerWords(
        partitive=frozenset(groups.get("partitive", [])),
        document_parts=frozenset(groups.get("document_parts", [])),
        unsigned_sources=frozenset(groups.get("unsigned_sources", [])),
        press_at_large=frozenset(groups.get("press_at_large", [])),
        contrastive=frozenset(groups.get("contrastive", [])),
        org_name_ends=frozenset(roles.get("org_name_ends", [])) | frozenset(roles["organization"]),
        party_members=frozenset(described.get("party_members", [])),
        called_back=frozenset(described.get("called_back", [])),
        called_back_determiners=frozenset(described.get("called_back_determiners", [])),
        corporate_parts=frozenset(described.get("corporate_parts", [])),
        accounts=frozenset(described.get("accounts", [])),
        platforms=frozenset(described.get("platforms", [])),
        account_marks=frozenset(described.get("account_marks", [])),
        naming_verbs=frozenset(described.get("naming_verbs", [])),
        adjunct_prepositions=frozenset(described.get("adjunct_prepositions", [])),
        occasion_prepositions=frozenset(described.get("occasion_prepositions", [])),
        occasions=frozenset(described.get("occasions", []))
        | frozenset(described.get("platforms", [])),
        occasion_roles=frozenset(described.get("occasion_roles", [])),
        sponsored=frozenset(data.get("surveys", {}).get("sponsored", [])),
        led_bodies=frozenset(groups.get("led_bodies", [])),
        pairs=frozenset(groups.get("pairs", [])),
        apostrophe_prefixes=frozenset(data["names"].get("apostrophe_prefixes", [])),
        possessives=MappingProxyType(dict(data.get("possessives", {}))),
        held_views=frozenset(data.get("held_views", {}).get("nouns", [])),
        subordinators=frozenset(data.get("subordinate", {}).get("conjunctions", [])),
        mistagged_labels=frozenset(data["names"].get("mistagged_labels", [])),
        linking_verbs=frozenset(data["names"].get("linking_verbs", [])),
        place_prepositions=frozenset(data["names"].get("place_prepositions", [])),
    )


def apostrophe_surname(word: str) -> bool:
    """ "O’Rourke", "D'Souza": a prefix of data/speakers.toml [names] apostrophe_prefixes, an
    apostrophe and a capitalised stem. The small tagger reads the curly form as a common noun
    and tags no person, so the shape is what tells a family name."""
    head, mark, stem = word.replace("’", "'").partition("'")
    return (
        bool(mark)
        and head[:1].isupper()
        and head.lower() in speaker_words().apostrophe_prefixes
        and stem[:1].isupper()
        and stem[1:].isalpha()
        and stem[1:].islower()
    )


def owned_name(person: str, surname: str, body: str) -> str:
    """The name of a person's office, staff or government: "Ann Lee's office", but "the Lee
    administration" is called by the surname alone (data/speakers.toml [groups] led_bodies)."""
    if body.lower() in speaker_words().led_bodies:
        return f"{surname} {body}"
    return f"{person}'s {body}"
