"""Epithets: a description standing for a person or body the article names.

Wire copy names a source once and describes them everywhere else, before or after the name:
- after: "Senator Jane Roe … the Vermont senator said", "Acme lawyer John Smith … the Acme
  lawyer said", "Jo Park, a retired nurse in Leeds, who said": the person named before whom
  the description fits;
- before: "a senior Republican senator said on Sunday …. Jane Roe, who chairs …, said", "a
  Boston research firm said … Acme Analytics hired …": the person (or body) named in the next
  sentences, the first one there that fits and speaks;
- "an agency spokesman said" after "The Transport Department declined …": the spokesman of the
  body just named ("Transport Department spokesman").

Whether a description fits a person is the one test of `fit` (party, gender, office, place,
body), the test `described` chose with while resolving: a person it named there is never
re-checked here. Where nothing shows the fit,
only a description in the headline or lede is taken for the next person who speaks ("another
member", "a Justice official", "our correspondent" are someone else). The speaker column then
holds the name; the description goes to `role`. Runs over all statements once they are
resolved, so a description is renamed wherever it stands ("the statement said", "he said"
resolved to it). Also: one of a group named in apposition ("One of the members, Professor Ruth
Abney,"), a description that is a named person's role, "a TSA spokesman" after "the Transit
Safety Agency (TSA)", a body described in the lede and named next ("Acme Data hired …"), and
"Jr." keeping its period.
"""

from __future__ import annotations

import bisect
import functools
import re

from lib.quotes.sayers import relative_antecedent
from lib.quotes.speakers.described_bodies import AHEAD_SENTENCES, BodyEpithets
from lib.quotes.speakers.described_people import PersonEpithets
from lib.quotes.speakers.fit import (
    BACK_SENTENCES,
    POST,
    Description,
    PersonFit,
    epithet_heads,
    parties,
    split_words,
)
from lib.quotes.speakers.mentions import ORGANIZATION, PERSON, UNKNOWN
from lib.quotes.speakers.offsets import FoundOrder, RoleHolders
from lib.quotes.speakers.part import ResolverPart
from lib.quotes.speakers.persons import PERSON_SUFFIXES
from lib.quotes.speakers.pronouns import RELATIVE
from lib.quotes.speakers.words import speaker_words
from lib.ruledata import load

ROLE_OF_WORDS = 3  # a description this long that is a person's role stands for them
# Words opening a description of someone else than a person named: "another member".
OTHER_DETERMINERS = frozenset(("another", "other", "one", "some", "our", "my", "your"))
# Post-nominals the tagger cuts the period from ("Henry Smith Jr." comes out "Henry Smith Jr").
_GENERATION_DOT = ("Jr", "Sr")


@functools.cache
def _data() -> dict:
    return load("speakers.toml").get("descriptions", {})


@functools.cache
def unnamed_roles() -> frozenset[str]:
    """Role words of people a body keeps unnamed ("a spokesman", "an official"): never taken
    for the next person named (`nouns` links "the spokesman" to a person given that role)."""
    return frozenset(_data().get("unnamed_roles", []))


@functools.cache
def anonymous_marks() -> frozenset[str]:
    """Words that say a source is kept unnamed ("with knowledge of", "familiar with"): an
    indefinite description with one brings in someone the story will not name."""
    return frozenset(_data().get("anonymous_marks", []))


def research_staff() -> frozenset[str]:
    """People who write a firm's research ("analysts", "economists")."""
    return frozenset(_data().get("research_staff", []))


def naming_verbs() -> frozenset[str]:
    """ "named", "called": a phrase that gives the noun before it a name."""
    return speaker_words().naming_verbs


def name_epithets(found: list, resolver) -> None:
    """Rename in place the statements whose speaker is a description of someone named."""
    Epithets(resolver).settle(found)


class Epithets(PersonEpithets, BodyEpithets, ResolverPart):
    """Descriptions resolved to the person or body the article names (see module)."""

    def settle(self, found: list) -> None:
        self.found = found
        self.fits = PersonFit(self.r, [f.speaker for f in found])
        self._role_holders = RoleHolders([f.speaker for f in found])  # for `_role_of`
        self._order = FoundOrder(found)  # for `_restated`, `_reporting`
        named: dict[str, tuple[str, str, str]] = {}  # description -> (name, kind, role)
        for f in found:
            s = f.speaker
            if s is None or not s.name or s.start in self.r.newcomers:
                continue  # "an activist … The activist said": not the activist named before
            if s.name not in named:
                target = self._target(s)
                if target is None:
                    continue
                named[s.name] = target
            s.name, s.kind, s.role = named[s.name]

    def _target(self, s) -> tuple[str, str, str] | None:
        owner = self._role_of(s)
        if owner is not None:
            return owner, PERSON, s.name
        member = self._member_named(s)
        if member is not None:
            return member, PERSON, self.ix.roles.get(member)
        introduced = self._introduced_as(s)
        if introduced is not None:
            return introduced
        firm = self._firm_of_analysts(s)
        if firm is not None:
            return firm, ORGANIZATION, s.name
        d = self.description(s)
        if d is None:
            return None
        return self._described(s, d) or self._restated(s, d)

    def _restated(self, s, d: Description) -> tuple[str, str, str] | None:
        """ "Senior senator: 'Let him work'" over "…, a prominent Republican senator said": a
        headline's description is the same description in the next sentences."""
        if self.fits.bodies(d):
            return None  # "Foreign Ministry spokesman" names its body: not a headline's "senator"
        here = self._sentence(s.start)
        for f in self._order.from_mention_after(s.end or s.start):
            t = f.speaker
            if t is None or not t.name or t.start is None or t.start <= (s.end or s.start):
                continue
            if self._sentence(t.start) > here + AHEAD_SENTENCES:
                return None
            other = self.description(t) if t.name != d.name else None
            if other is not None and set(other.heads) & set(d.heads):
                target = self._described(t, other)
                return (target[0], target[1], d.name) if target else None
        return None

    def _described(self, s, d: Description) -> tuple[str, str, str] | None:
        if d.body:
            org = self._body(s, d)
            return (org, ORGANIZATION, None) if org else None
        if d.heads[-1] in unnamed_roles():
            spoke = self._spokesman_of(s, d)
            return (spoke, s.kind, d.name) if spoke else None
        if not d.definite and set(d.words) & anonymous_marks():
            return None  # "a person with knowledge of the plans": a source kept unnamed
        person = self._person(s, d)
        return (person, PERSON, d.name) if person else None

    # --- what a description is ------------------------------------------------------------

    def description(self, s) -> Description | None:
        """The speaker's words as a description, None when they name someone (a capitalised
        head, a person's name among them) or are no description of a person or a body."""
        if s.start is None or s.kind not in (PERSON, UNKNOWN, ORGANIZATION):
            return None
        heads, before, after = split_words(s.name)
        if not heads:
            return None
        if any(not h.islower() for h in heads):
            if not self._written_as_title(s, heads, before):
                return None
            before = [w.lower() if self._title_word(w) else w for w in before]
        heads = [h.lower() for h in heads]
        after_noun = heads[-1] == "general" and bool(before) and _plural(before[-1])
        if any(_plural(h) for h in heads) or after_noun:
            return None  # "officials", "senators", "attorneys general": a group, not one person
        if self._names_someone(s):
            return None
        body = all(h in self.lex.org_nouns for h in heads)
        if not body and not all(self._person_word(h) for h in heads):
            return None
        det = self._determiner(s)
        if before and before[0].lower() in OTHER_DETERMINERS:
            det = before[0].lower()  # the speaker's own words open with it: "Another member"
        if det not in ("the", "a", "an", ""):
            return None  # "our correspondent", "another member", "his spokesman": not ours
        if before and self.ix.sent_starts[self._sentence(s.start)] == s.start:
            before = [before[0].lower(), *before[1:]]  # a capital that only opens the sentence
        return Description(
            s.name,
            heads,
            before,
            after,
            det == "the",
            body,
            self._opening(s.start),
            self._in_headline(s.start),
        )

    def _written_as_title(self, s, heads: list[str], before: list[str]) -> bool:
        """A role written with capitals and no name ("Moldova’s Prosecutor General said", a
        headline's "Republican Congresswoman Demands …"): every capitalised word of it is a
        title or a role word, or a place, a people or a party before them ("Moldova’s")."""
        if self._names_someone(s):
            return False
        for w in before:
            if w.islower() or self._title_word(w):
                continue
            owner = w.removesuffix("’s").removesuffix("'s")
            if not (self._place(owner) or owner.lower() in parties() or self._people(owner)):
                return False
        return all(self._title_word(h) for h in heads)

    def _title_word(self, word: str) -> bool:
        low = word.lower()
        return low in self.lex.titles or low in self.lex.person_nouns or low in epithet_heads()

    def _people(self, word: str) -> bool:
        return word.lower().strip(".") in self.fits.peoples

    def _in_headline(self, at: int) -> bool:
        para = self.ctx.article.paragraph_at(at)
        return para is not None and para.kind == "headline"

    def _person_word(self, word: str) -> bool:
        lex = self.lex
        return (
            word in lex.person_nouns
            or word in lex.titles
            or word in lex.gendered_roles
            or word in parties()
            or word in epithet_heads()
            or word.endswith(PERSON_SUFFIXES)
        )

    def _names_someone(self, s) -> bool:
        """A person's name among the words ("Republican Senator Jo Ames")."""
        m = self.ix.entity_for(s.start, s.end or s.start)
        if m is None or m.entity["label"] != "PERSON":
            return False
        if m.start >= s.start + _complement_at(s.name):
            return False  # "an assistant to Rick Perry": whose assistant, not who speaks
        return m.entity["name"].lower() not in parties()  # the tagger's "Republican" person

    def _determiner(self, s) -> str:
        """The word that opens the description's phrase: "the" ("the Vermont senator", "the
        company's lawyer"), "a", "another", "our" …; "" for none (a headline's "Republican
        senator")."""
        i = self.ix.token_at(s.start)
        if i is None:
            return ""
        antecedent = _relative_antecedent(self.doc[i])
        if antecedent is not None:  # "a response from the president, who said": his words'
            return next(
                (_determiner_word(t) for t in antecedent.lefts if t.dep_ in ("det", "poss")), ""
            )
        k = i - 1
        while k >= 0 and self.doc[k].idx >= self._sentence_start(s.start):
            tok = self.doc[k]
            if tok.lower_ in ("this", "that") or tok.tag_ == "POS":
                return "the"
            if tok.pos_ in ("DET", "PRON") or tok.lower_ in OTHER_DETERMINERS:
                return tok.lower_
            if tok.is_punct or tok.pos_ in ("VERB", "AUX", "ADP", "CCONJ", "SCONJ"):
                return ""
            k -= 1
        return ""

    def _opening(self, at: int) -> bool:
        """In the headline or the first sentences of the story, where wire copy describes the
        source it names next."""
        para = self.ctx.article.paragraph_at(at)
        if para is not None and para.kind == "headline":
            return True
        body = next((p for p in self.ctx.article.paragraphs if p.kind == "body"), None)
        return body is not None and self._sentence(at) < self._sentence(body.start) + 2

    def _sentence_start(self, at: int) -> int:
        k = self._sentence(at)
        return self.ix.sent_starts[k] if k >= 0 else 0

    def _sentence(self, at: int) -> int:
        return self.ix.sentence_index(at)

    def _place(self, word: str) -> bool:
        return self.fits.place(word)

    # --- people ---------------------------------------------------------------------------

    def _role_of(self, s) -> str | None:
        """ "Jo Park, a retired nurse in Leeds, who said": the one person the article gives the
        words as a role (of three words or more: a bare "spokesman" may be another's)."""
        if s.kind not in (PERSON, UNKNOWN) or len(s.name.split()) < ROLE_OF_WORDS:
            return None
        key = s.name.lower()
        people = {n for n, role in self.ix.roles.items() if role and role.lower() == key}
        people |= self._role_holders.people(key, other_than=s.name)
        return people.pop() if len(people) == 1 else None

    def _member_named(self, s) -> str | None:
        """ "One of those members, a professor of ecology Ruth Abney, told …": the person the
        apposition names, not the group she is picked from (the parser hangs the apposition on
        "One" and its head is a role, so the group word came out as the speaker)."""
        i = self.ix.token_at(s.start) if s.start is not None else None
        if i is None or s.kind not in (PERSON, UNKNOWN) or not s.name.islower():
            return None
        if (s.mention or "").lower() in self.lex.pronouns:
            return None  # "he said" for "a man at the ceremony": the words are not here
        group = self.doc[min(i + len(s.name.split()) - 1, len(self.doc) - 1)]
        one = group.head.head if group.dep_ == "pobj" and group.head.lower_ == "of" else None
        if one is None or one.pos_ != "NUM":
            return None
        for appos in (c for c in one.children if c.dep_ == "appos"):
            people = [
                m
                for t in appos.subtree
                if (m := self.ix.entity_for(t.idx, t.idx + len(t))) is not None
                and m.entity["label"] == "PERSON"
            ]
            if people:
                return people[-1].entity["name"]
        return None

    def _introduced_as(self, s) -> tuple[str, str, str] | None:
        """ "A neighbour named Rosa Delgado …" and then "the neighbour said": the name the article
        gave the description when it brought it in ("a pair of designers called Studio Venn" …
        "the designers said"): the nearest such introduction before, in the last BACK_SENTENCES."""
        if s.start is None or s.end is None or s.kind not in (PERSON, UNKNOWN):
            return None
        if not s.name.islower() or self._determiner(s) != "the":
            return None
        first, last = self.ix.token_at(s.start), self.ix.token_at(s.end - 1)
        if first is None or last is None:
            return None
        noun = self.doc[last].lemma_.lower()
        floor = self.ix.sent_starts[max(0, self._sentence(s.start) - BACK_SENTENCES)]
        same = self.ix.tokens_with_lemma(noun)  # not every token back to the floor: per statement
        for k in range(bisect.bisect_left(same, first) - 1, -1, -1):
            tok = self.doc[same[k]]
            if tok.idx < floor:
                return None
            if tok.pos_ == "NOUN":
                name = self._given_name(tok)
                if name is not None:
                    return (*name, s.name)
        return None

    def _firm_of_analysts(self, s) -> str | None:
        """ "Barclays analysts wrote to clients": a firm's research staff write its research note,
        so the firm speaks (data/speakers.toml [descriptions] `research_staff`); a party's or a
        person's strategists ("GOP strategists", "Clinton aides") are no firm."""
        words = s.name.split()
        if s.start is None or len(words) < 2 or words[-1] not in research_staff():
            return None
        firm = " ".join(words[:-1])
        m = self.ix.entity_for(s.start, s.start + len(firm))
        if m is not None:  # tagged: a company, not a person, party or place
            whole = m.start == s.start and self.text[m.start : m.end] == firm
            return m.entity["name"] if whole and m.entity["label"] == "ORG" else None
        first, last = self.ix.token_at(s.start), self.ix.token_at(s.start + len(firm) - 1)
        if first is None or last is None:
            return None
        toks = self.doc[first : last + 1]  # untagged: proper nouns that name no party
        if all(t.pos_ == "PROPN" and t.lower_ not in parties() for t in toks):
            return firm
        return None

    def _given_name(self, tok) -> tuple[str, str] | None:
        """The (name, kind) a "named"/"called" phrase on `tok` gives it, if any."""
        for verb in tok.children:
            if verb.dep_ != "acl" or verb.lemma_.lower() not in naming_verbs():
                continue
            for word in verb.children:
                if word.dep_ not in ("oprd", "dobj", "attr") or word.pos_ != "PROPN":
                    continue
                m = self.ix.entity_for(word.idx, word.idx + len(word))
                if m is not None and m.entity["label"] == "PERSON":
                    return m.entity["name"], PERSON
                if m is not None and m.entity["label"] in ("ORG", "NORP", "FAC", "WORK_OF_ART"):
                    return m.entity["name"], ORGANIZATION
        return None


def spell_as_written(speakers: list, text: str) -> None:
    """ "Henry Smith Jr." keeps the period the article gives it (the tagger cuts it off with the
    sentence's full stop). Runs after `canonical`, which matches short forms on the name."""
    dotted: dict[str, str] = {}
    for s in speakers:
        if s is None or not s.name or s.kind != PERSON or not s.name.endswith(_GENERATION_DOT):
            continue
        if s.name not in dotted:
            written = re.search(_as_written(s.name) + r"\.", text) is not None
            dotted[s.name] = s.name + "." if written else s.name
        s.name = dotted[s.name]


def _as_written(name: str) -> str:
    """A pattern for the name as the article may spell it: `canonical` made its apostrophes
    plain ("O'Neill" is written "O’Neill" too)."""
    return re.escape(name).replace("'", "['’‘]")


_COMPLEMENT = re.compile(r"\s(?:" + "|".join(sorted(POST)) + r")\s")


def _complement_at(name: str) -> int:
    """Where a description's complement opens ("to Rick Perry" in "assistant to Rick Perry"):
    the offset of its first word of `POST` after the head, else the name's length."""
    m = _COMPLEMENT.search(name)
    return m.start() + 1 if m else len(name)


def _plural(word: str) -> bool:
    """ "officials", "attorneys" (of "attorneys general", whose head "general" follows its
    noun), not "boss" or "census": a plural written with "s"."""
    w = word.lower()
    return w.endswith("s") and not w.endswith(("ss", "us"))


def _relative_antecedent(token):
    """The common noun a relative pronoun's clause describes ("the president, who said":
    president; `sayers.relative_antecedent`, as the resolver reads it), or None when `token` is
    no such pronoun or the clause is about a name."""
    if token.lower_ not in RELATIVE or token.head.dep_ != "relcl":
        return None
    noun = relative_antecedent(token.head)
    return noun if noun.pos_ == "NOUN" else None


def _determiner_word(token) -> str:
    """A determiner or possessive as `_determiner` names it: "the" for "this", "that" and a
    possessive ("the company's lawyer"), else the word itself."""
    if token.lower_ in ("this", "that") or token.dep_ == "poss":
        return "the"
    return token.lower_
