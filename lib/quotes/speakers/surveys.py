"""Shares of the people a poll asked, as speakers: "65% of those questioned said …", "a
majority said …", "nearly a quarter said …", "Most respondents said …".

A share is no speaker: the people it is a share of are. The group is the "of …" phrase of the
share ("of the 1,000 people interviewed" gives "people interviewed", numbers and determiners
dropped, "in each country" too); a share with none is a share of the group last named so, else,
in an article that reports a poll, of the respondents. A people noun with a share in front
("Most respondents") is the noun alone. Words: `data/speakers.toml` [surveys].
"""

from __future__ import annotations

import functools
import re

from lib.quotes.speakers.mentions import UNKNOWN
from lib.ruledata import load

RELATIVE = ("who", "that", "which")
_WORD = re.compile(r"[A-Za-z]+")
_DROP_DEPS = ("det", "nummod", "prep", "punct", "relcl", "advmod", "quantmod", "poss")


@functools.cache
def _words() -> tuple[frozenset[str], frozenset[str], str]:
    cfg = load("speakers.toml").get("surveys", {})
    return (
        frozenset(cfg.get("shares", ())),
        frozenset(cfg.get("poll_words", ())),
        cfg.get("respondents", "respondents"),
    )


def name_poll_shares(found: list, text: str) -> None:
    """Rename in place the speakers of statements whose subject is a share (see module)."""
    shares, poll_words, respondents = _words()
    polled = any(w.lower() in poll_words for w in _WORD.findall(text))
    last_group: str | None = None
    for f in found:
        token = getattr(f, "subject", None)
        if token is None or f.speaker is None or _named(f.speaker.name):
            continue  # "One of them, Ana Ruiz, said": the member named speaks
        if token.lower_ in RELATIVE and token.head.dep_ == "relcl":
            token = token.head.head  # "34% who said …": the share the clause is about
        maker = _aggregator(token, shares)
        if maker is not None:  # "a rolling average of national polls by Harbor Data"
            f.speaker.name, f.speaker.kind = maker, UNKNOWN
            continue
        group = _group(token, shares)
        if group is None and _is_share(token, shares) and (polled or last_group):
            group = last_group or respondents
        if group is None:
            continue
        last_group = group
        s = f.speaker
        s.name, s.kind = _in_named_poll(group, text[: f.start], poll_words), UNKNOWN


# A poll named by its sponsor: "Retail Decisions' survey", "the Daily Herald poll", "a survey by
# Harbor Research".
_SPONSOR = r"[A-Z][\w&.-]*(?: (?:of |for |&)?[A-Z][\w&.-]*)*"
_NAMED_POLL = re.compile(
    rf"(?P<a>{_SPONSOR})(?:'s|’s|'|’)? (?P<w>survey|poll)\b|\b(?P<w2>survey|poll) by (?P<b>{_SPONSOR})"
)


def _in_named_poll(group: str, before: str, poll_words: frozenset[str]) -> str:
    """ "people interviewed" after "Retail Decisions' survey …": a group named only by having
    been asked is the people asked in that survey ("people interviewed in the Retail Decisions survey"), so that the shares of two
    polls in one article are not one speaker. The group as it is when no poll was named."""
    asked = group.split()[-1]
    if asked not in poll_words or not asked.endswith("ed"):
        return group  # "voters", "respondents": a group named by its own noun
    last = next(reversed(list(_NAMED_POLL.finditer(before))), None)
    if last is None:
        return group
    sponsor = (last.group("a") or last.group("b")).removeprefix("The ").removeprefix("A ")
    if sponsor in ("The", "A", "An", "This", "That"):
        return group
    return f"{group} in the {sponsor} {last.group('w') or last.group('w2')}"


def _named(name: str | None) -> bool:
    """Does the speaker already hold a name (a capitalised word past the first)?"""
    words = (name or "").split()
    if len(words) == 1:  # "Majority said" opening a sentence is no name
        return words[0][:1].isupper() and words[0].lower() not in _words()[0]
    return any(w[:1].isupper() for w in words[1:])


def _is_share(token, shares: frozenset[str]) -> bool:
    return (
        token.lower_ in shares
        or token.lemma_.lower() in shares
        or token.ent_type_ == "PERCENT"
        or (token.like_num and token.pos_ == "NUM")
    )


def _group(token, shares: frozenset[str]) -> str | None:
    """The people a share is of: "of the people interviewed" under the share (through shares of
    shares, "an average of 44% of respondents"), or the noun a share word modifies ("Most
    respondents")."""
    if not _is_share(token, shares):
        if token.pos_ == "NOUN" and token.tag_ == "NNS":
            mods = [c for c in token.children if c.dep_ in ("amod", "nummod", "det")]
            if any(_is_share(c, shares) for c in mods):
                return _phrase(token)  # "Most respondents", "65% voters"
        return None
    for _ in range(4):
        pobj = _of_object(token)
        if pobj is None:
            return None
        if not _is_share(pobj, shares):
            people = pobj.pos_ == "NOUN" or pobj.lower_ == "those"  # not "of them"
            return _phrase(pobj) if people else None
        token = pobj
    return None


def _aggregator(token, shares: frozenset[str]) -> str | None:
    """Who made an average of polls: "a rolling average of national polls by Harbor Data",
    "the Harbor Data average of polls". An average of polls is no share of people asked; the
    name of its maker (by-phrase on the average or the polls, or a name in front of the
    average) speaks. None for any other share."""
    polls = _of_object(token) if _is_share(token, shares) else None
    if polls is None or polls.lemma_.lower() not in ("poll", "survey"):
        return None
    for noun in (token, polls):
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "by":
                maker = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if maker is not None and maker.text[:1].isupper():  # a name, tagged or not
                    return _name_run(maker)
    names = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return token.doc[names[0].left_edge.i : names[-1].i + 1].text if names else None


def _name_run(head) -> str:
    """A proper name's words: the head and the proper-noun compounds before it."""
    run = [c for c in head.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [head]
    doc = head.doc
    return doc[run[0].i : head.i + 1].text


def _of_object(token):
    """The object of the share's "of" ("of the people interviewed"), if any."""
    prep = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return None if prep is None else next((c for c in prep.children if c.dep_ == "pobj"), None)


def _phrase(head) -> str:
    """The group's words: the head noun and the participles and compounds on it ("people
    interviewed", "those questioned"), without numbers, determiners or a place ("in 13
    countries")."""
    keep = [head]
    for c in head.children:
        if c.dep_ in ("acl", "amod", "compound") and c.dep_ not in _DROP_DEPS:
            if c.dep_ == "amod" and c.lower_ in _words()[0]:
                continue
            if c.dep_ == "acl" and any(g.dep_ in ("dobj", "prep") for g in c.children):
                continue  # "people living in cities": a clause, not a label
            keep.append(c)
    keep.sort(key=lambda t: t.i)
    return " ".join(_as_written(t) for t in keep)


def _as_written(token) -> str:
    """A word of a group's label as the article writes it ("U.S. adults", "Republican
    voters"), lower-cased only where a sentence's capital is all its capital ("Voters")."""
    if token.is_sent_start and token.pos_ != "PROPN":
        return token.lower_
    return token.text


def is_share_of_people(token) -> bool:
    """ "Fifty-one percent of U.S. adults", "a majority", "Most Americans": a share or count
    of people asked, never a speaker of its own (see module)."""
    shares = _words()[0]
    if _is_share(token, shares):
        return True
    return token.tag_ in ("NNS", "NNPS") and any(_is_share(c, shares) for c in _modifiers(token))


def is_poll(token) -> bool:
    """ "a Gallup poll", "the survey", "those questioned": a word saying people were asked."""
    return token.lemma_.lower() in _words()[1] or token.lower_ in _words()[1]


def counted_people(token) -> bool:
    """ "About 40 rabbis", "Thousands": people counted, not a share of those asked."""
    shares = _words()[0]
    if token.lower_ in shares or token.lemma_.lower() in shares or token.ent_type_ == "PERCENT":
        return False
    return token.like_num or any(c.like_num and c.ent_type_ != "PERCENT" for c in _modifiers(token))


def _modifiers(token) -> list:
    """The words that size a noun ("most", "40", "a"): its adjectives, numbers and determiner."""
    return [c for c in token.children if c.dep_ in ("amod", "nummod", "det")]
