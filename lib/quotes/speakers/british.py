"""Speaker conventions of British news copy, settled over all statements before `canonical`
makes the names agree: courtesy titles before surnames (`honorifics`), short forms of bodies
(`shortforms`), a role in the lede named in the next paragraph (`lede`), shares of a poll's
respondents (`surveys`), "our correspondent" (`reporters`) and relatives named by first name
after a family word (`kin`). One entry point, so the
statement finder has one hook."""

from __future__ import annotations

from lib.quotes.speakers.honorifics import expand_honorifics
from lib.quotes.speakers.kin import with_family_names
from lib.quotes.speakers.lede import name_lede_roles
from lib.quotes.speakers.reporters import name_own_reporters
from lib.quotes.speakers.shortforms import expand_short_forms
from lib.quotes.speakers.surveys import name_poll_shares


def settle_british(found: list, text: str, paragraphs, lex, people: tuple[str, ...]) -> None:
    """Rename the speakers of `found` (statements in text order) in place."""
    speakers = [f.speaker for f in found if f.speaker is not None and f.speaker.name]
    expand_honorifics(speakers, people, lex)
    expand_short_forms(speakers, text)
    with_family_names(speakers, text, people)
    name_lede_roles(found, paragraphs, lex)
    name_poll_shares(found, text)
    name_own_reporters(found, paragraphs)
