"""Word lists the speaker resolver reads beyond the shared lexicon (data/speakers.toml)."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from lib.ruledata import load


@dataclass(frozen=True)
class SpeakerWords:
    partitive: frozenset[str]  # "one of", "thousands of": members picked out of a group
    document_parts: frozenset[str]  # "a version of the letter": a part of a document
    org_name_ends: frozenset[str]  # "… Relations", "… Holdings": the last word of a body's name
    unsigned_sources: frozenset[str]  # "press reports": where documents come from, no issuer


@functools.cache
def speaker_words() -> SpeakerWords:
    data = load("speakers.toml")
    groups, roles = data.get("groups", {}), data["roles"]
    return SpeakerWords(
        partitive=frozenset(groups.get("partitive", [])),
        document_parts=frozenset(groups.get("document_parts", [])),
        unsigned_sources=frozenset(groups.get("unsigned_sources", [])),
        org_name_ends=frozenset(roles.get("org_name_ends", [])) | frozenset(roles["organization"]),
    )
