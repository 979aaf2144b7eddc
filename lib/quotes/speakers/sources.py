"""Sources that speak for themselves: "according to the bill summary", "lab tests show".

A record, a web page or a test result is cited as the source of a statement as often as a
person is. When the resolver finds nobody behind it (no author in its own phrase, none named
for an earlier one of its kind), the source is the speaker in the article's own words, as a
reader would name it ("bill summary", "LinkedIn page", "tests"), rather than no speaker at all:
the reader can still filter by it, and an author named later is not guessed at.

Two places make a noun such a source (`data/speakers.toml` [sources]):
- it follows "according to" ("according to the budget summary"): whatever is cited so is the
  source, unless it is a person or a people word (those resolve elsewhere) or its phrase holds
  a name (then the name is the source, or the parse ran it on into the statement);
- it is the subject of the saying, a word for a record or a document (`own_words`, the
  document nouns and works of `data/cues.toml`), and not one particular document: "lab tests
  reveal", "websites say", "a leaked letter says"; but "the memo said" stays unattributed, as
  the article named that memo's author whether or not the resolver found it.
Statements that are nobody's act ("figures show …" with nobody behind the figures) are dropped
before this runs, so a source never turns an event into a statement.
"""

from __future__ import annotations

import functools

from lib.quotes.speakers.mentions import UNKNOWN, Speaker
from lib.quotes.speakers.part import ResolverPart
from lib.quotes.speakers.phrases import SUBJECT_DEPS
from lib.quotes.speakers.words import speaker_words
from lib.ruledata import load

# Words that open a source's phrase without naming it: articles, demonstratives, possessives.
_OPENERS = frozenset(
    ("the", "a", "an", "this", "that", "these", "those", "such", "his", "her", "its", "their")
)
# Entity types that are amounts or times, never sources ("according to Tuesday's figures" is
# the figures; the date alone is no source).
_NOT_SOURCES = ("DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL")
DEFINITE = ("the", "this", "that", "these", "those")
LONGEST = 6
# How far back "another" and "the other" look for the "one …" they contrast with: the sentence
# and the two before it (a quote between them is a sentence or two), and never past 200 tokens.
CONTRAST_SENTENCES = 3
CONTRAST_WINDOW = 200
_CLAUSES = ("relcl", "acl")  # clauses inside a source's "of" phrase: "… call released earlier"
_BREAKS = (",", "—", "–", "(")  # marks that end a source's "of" phrase
# Prepositions that say where vague people are from ("some in the crowd", "others on Twitter").
WHERE_FROM = ("in", "on", "among", "at", "inside", "within")
# Vague words that speak alone: "others" are others of the people just named.
SPEAK_BARE = (
    "others",
)  # words of a source's own phrase kept whole; a longer one is named by its head


@functools.cache
def own_words() -> frozenset[str]:
    """Nouns for records and documents that may speak for themselves as a saying's subject."""
    return frozenset(load("speakers.toml").get("sources", {}).get("own_words", ()))


@functools.cache
def drawn_up() -> frozenset[str]:
    """Words for what somebody drew up or wrote at length ("her plan states", "his memoir
    says"): like a statement, one speaks for the author the article gives it."""
    return frozenset(load("speakers.toml").get("sources", {}).get("drawn_up", ()))


@functools.cache
def law_heads() -> frozenset[str]:
    """Last words of a law's name ("Clery Act", "Title IX"): what a document is filed under."""
    return frozenset(load("speakers.toml").get("sources", {}).get("law_heads", ()))


def law_name(token) -> bool:
    """A capitalised law's name ending at `token` ("the Clery Act report"): a law, not a
    body, so never the author of the document it is named on."""
    return token.pos_ == "PROPN" and token.lower_ in law_heads()


@functools.cache
def filings() -> frozenset[str]:
    """Words for one court filing ("a filing", "the memo"): any of them names the same filing."""
    return frozenset(load("speakers.toml").get("sources", {}).get("filings", ()))


@functools.cache
def issued() -> frozenset[str]:
    """Nouns for what somebody puts out to speak for them besides statement nouns ("the ad",
    "a video"): documents whose author speaks through them."""
    return frozenset(load("speakers.toml").get("sources", {}).get("issued", ()))


@functools.cache
def issuing_verbs() -> frozenset[str]:
    """Verbs whose subject puts a document out ("the campaign released an ad", "the letter,
    which the union sent"): the subject is its author."""
    return frozenset(load("speakers.toml").get("sources", {}).get("issuing_verbs", ()))


@functools.cache
def acts() -> dict[str, frozenset[str]]:
    """Verb -> the documents its act brings in ("sue" -> "lawsuit"): its subject wrote them."""
    table = load("speakers.toml").get("sources", {}).get("acts", {})
    return {verb: frozenset(words) for verb, words in table.items()}


@functools.cache
def received_from() -> frozenset[str]:
    """Verbs of receiving a document: "received from the mayor" names who sent it."""
    return frozenset(load("speakers.toml").get("sources", {}).get("received_from", ()))


@functools.cache
def adverts() -> frozenset[str]:
    """Words for one advert ("a video", "the ad"): any of them names the same advert."""
    return frozenset(load("speakers.toml").get("sources", {}).get("adverts", ()))


@functools.cache
def pieces() -> frozenset[str]:
    """Words for one news piece ("a story", "the article"): any of them names the same piece."""
    return frozenset(load("speakers.toml").get("sources", {}).get("pieces", ()))


def credit_own_sources(found, sources: OwnSources) -> None:
    """Give the statements left without a speaker whose subject is such a source the source in
    its own words. Run after the statements that are nobody's act are dropped ("figures show"
    with nobody behind the figures is no statement) and outside the resolver's history: a
    document is never what a later "it" or "they" stands for."""
    for f in found:
        if f.subject is None or (f.speaker is not None and f.speaker.name):
            continue
        own = sources.speaker(f.subject) or sources.vague_group(f.subject)
        if own is not None:
            f.speaker = own


class OwnSources(ResolverPart):
    """Sources with nobody found behind them, named in their own words."""

    def vague_group(self, token) -> Speaker | None:
        """ "But others said …", "Some in the crowd said …": people the article describes only
        so speak under that description (with where they are from, when it says), not as
        nobody. A bare "some" or "many" says too little to be a speaker; "others" says that they
        are others of the people just named."""
        low = token.lower_
        if self.lex.pronouns.get(low) != "vague":
            return None
        where = next(
            (c for c in token.children if c.dep_ == "prep" and c.lower_ in WHERE_FROM), None
        )
        if where is None and low not in SPEAK_BARE:
            return None
        end = where.right_edge if where is not None else token
        if end.i - token.i >= LONGEST:
            end = token
        s, e = token.idx, end.idx + len(end)
        return Speaker(self.text[s:e], UNKNOWN, None, *self.ix.slice(s, e))

    def contrasted(self, token) -> Speaker | None:
        """ "one user wrote … Another said", "one of the women said … the other said": a word
        standing alone for one more of what was just picked out with "one" speaks under that
        noun ("another user", "other woman"; data/speakers.toml [groups] contrastive). None
        when nothing was picked out so in the words just before."""
        if token.lower_ not in speaker_words().contrastive or token.dep_ not in SUBJECT_DEPS:
            return None
        if any(c.dep_ in ("compound", "amod", "prep") for c in token.children):
            return None  # "another official said": the noun is its own
        picked = _picked_before(token)
        if not picked:
            return None
        s, e = token.idx, token.idx + len(token)
        return Speaker(f"{token.lower_} {picked}", UNKNOWN, None, *self.ix.slice(s, e))

    def _names_someone(self, noun) -> bool:
        """Does the phrase of `noun` hold a person's or a body's name? Then that name is the
        source (resolved elsewhere, or the parse ran the name on into the statement)."""
        return any(t.ent_type_ in ("PERSON", "ORG") for t in noun.subtree if t.i < noun.i)

    def speaker(self, token) -> Speaker | None:
        """The source `token` heads as its own speaker, or None when it is no such source (a
        person, a body, a pronoun, a name: see module)."""
        if token.pos_ != "NOUN" or token.ent_type_ in _NOT_SOURCES:
            return None
        words = {token.lower_, token.lemma_.lower()}
        people = self.lex.person_nouns | self.lex.people_nouns | self.lex.gendered_roles.keys()
        if words & people or token.lower_ in self.lex.pronouns:
            return None
        if _cited_by_according_to(token):
            if self._names_someone(token):
                return None  # "according to Penske future Saturn vehicles": a parse run on
        elif not words & (self.lex.nouns | self.lex.works | own_words() | issued()) or _definite(
            token
        ):
            return None  # "the memo said": a document the article gave an author for
        s, e = own_phrase(token)
        return Speaker(self.text[s:e], UNKNOWN, None, *self.ix.slice(s, e))


def _picked_before(token) -> str:
    """What "one" picked out in the sentences just before `token` (`CONTRAST_SENTENCES`, at
    most `CONTRAST_WINDOW` tokens): "one user" -> "user", "one Arizona transit sign" ->
    "Arizona transit sign", "one of the women" -> "woman" (one of them: the word in the
    singular). Empty when nothing was."""
    doc = token.doc
    starts = 0
    for t in reversed(doc[max(0, token.i - CONTRAST_WINDOW) : token.i]):
        starts += t.is_sent_start
        if starts > CONTRAST_SENTENCES:
            break
        if t.lower_ != "one":
            continue
        of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        group = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if group is not None and group.tag_ == "NNS":
            return group.lemma_.lower()
        noun = t.head
        if t.dep_ == "nummod" and noun.pos_ == "NOUN" and noun.i > t.i and noun.tag_ == "NN":
            return doc[t.i + 1 : noun.i + 1].text
    return ""


def _definite(noun) -> bool:
    """ "the memo", "this letter", "his filing": one particular document, whose author the
    article names (found or not); "tests", "a leaked letter", "some reports" are not."""
    return any(t.dep_ == "poss" or (t.dep_ == "det" and t.lower_ in DEFINITE) for t in noun.lefts)


def own_phrase(noun) -> tuple[int, int]:
    """Where a source is named in its own words: "according to his LinkedIn page" -> "LinkedIn
    page", "such press reports" -> "press reports": the noun and the words before it in its
    phrase, without articles, demonstratives and possessive pronouns; a long phrase by the head
    and its compounds. Its "of" phrase is part of the name (`of_phrase_end`)."""
    words = [t for t in noun.subtree if t.i <= noun.i and not t.is_punct]
    while words and words[0].lower_ in _OPENERS:
        words = words[1:]
    if not words or len(words) > LONGEST or any(t.lower_ in _OPENERS for t in words[1:]):
        words = [t for t in noun.lefts if t.dep_ == "compound"] + [noun]
    return words[0].idx, of_phrase_end(noun)


def of_phrase_end(noun) -> int:
    """Where a described source's name ends: after its "of" phrase ("a summary of the leaders’
    call released earlier revealed" is the "summary of the leaders’ call": "summary" alone says
    nothing of which one), before any clause in it that only tells more ("released earlier", a
    relative clause) or a comma, and a short one only (a longer one is the parser hanging the
    rest of the sentence on it). A counting word is no source ("a number of", "a lot of":
    data/speakers.toml [groups] partitive), so it keeps its own end."""
    end = noun.idx + len(noun)
    if noun.lower_ in speaker_words().partitive:
        return end
    of = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None or of.i != noun.i + 1:
        return end
    words = list(of.subtree)
    stops = [t.left_edge.i for t in words if t.dep_ in _CLAUSES and t.i > of.i]
    stops += [t.i for t in words if t.text in _BREAKS]
    stop = min(stops, default=of.right_edge.i + 1)
    kept = [t for t in words if t.i < stop]
    while kept and kept[-1].is_punct:
        kept.pop()
    if len(kept) < 2 or len(kept) > LONGEST:
        return end
    return kept[-1].idx + len(kept[-1])


def _cited_by_according_to(token) -> bool:
    """Is `token` the head of the phrase after "according to"?"""
    first = token.left_edge
    doc = token.doc
    return (
        first.i >= 2 and doc[first.i - 1].lower_ == "to" and doc[first.i - 2].lower_ == "according"
    )
