"""Speakers a wire story calls back by a description instead of the name it just gave.

American wire copy names a source once and then describes them:
- "“…,” said Committee Chairman Orvald Pike. “…,” the Ohio Republican told reporters": "the"
  with a party word (and a place or an adjective) is the person just named, as "he" would be;
- "In a letter the agency's chief counsel said …" then "…, said Chief Counsel Dorinda Voss": a
  role held in a body is the person who speaks next with that role;
- "her lawyer said" then "said attorney Emil Brandt": one job under another word;
- "several current and former officials said …" then "these people said": the sources described
  before, not a speaker called "people".
The word lists are in data/speakers.toml, table `descriptions`.
"""

from __future__ import annotations

import re

from lib.officeholders import FORMER
from lib.quotes.sayers import age_word, naming_with_object
from lib.quotes.speakers.fit import SHOWN, Description, PersonFit, office_ranks, split_words
from lib.quotes.speakers.mentions import ORG_LABELS, ORGANIZATION, PERSON, UNKNOWN, Speaker
from lib.quotes.speakers.part import ResolverPart
from lib.quotes.speakers.phrases import possessor
from lib.quotes.speakers.words import owned_name, speaker_words

# Entity labels of words that are also surnames ("English", "French", "Welsh", "German")
WORD_LABELS = ("NORP", "LANGUAGE")
# An age standing for a person: "78-year-old", "five-year-old" (not "a year-old program").
AGED = re.compile(r"(?:\d+|[a-z]+)-(?:year|month)-old", re.I)


class Described(ResolverPart):
    """Descriptions that stand for a source the article named or described just before."""

    def __init__(self, resolver):
        super().__init__(resolver)
        self.fits = PersonFit(resolver)

    def party_member(self, token, core, at: int) -> Speaker | None:
        """ "the Ohio Republican told reporters": the person named before it fits (`_fitting`)."""
        words = speaker_words()
        if token.lower_ not in words.party_members or token.tag_ in ("NNS", "NNPS"):
            return None
        if not any(t.lower_ == "the" and t.dep_ == "det" for t in token.lefts):
            return None
        # by position: a token of the parse is a new object each time it is read, and the head
        # itself may be the tagger's person "Democrat" ("the New Jersey Democrat said")
        if any(self._person(t) for t in core if t.i != token.i):
            return None  # "the Republican Susan Collins": the name speaks
        s, e = self.ix.np_bounds(core)  # the mention: "Ohio Republican"
        name = self._fitting(self.text[s:e], at)
        if not name:
            return None
        role = self.ix.roles.get(name) or self.text[s:e]
        return Speaker(name, PERSON, role, *self.ix.slice(s, e))

    def placed(self, token, core, at: int) -> Speaker | None:
        """ "the Wisconsin senator said": the person the role stands for (`placed_person`),
        the person introduced with that role first when the description fits them. The
        description is the role of one the article gives none."""
        people = self.lex.person_nouns | self.lex.titles
        if token.lower_ not in people or self.r.nouns.appos_name(token) is not None:
            return None  # "the Hungarian foreign minister, Ana Bel, said": the name speaks
        holder = self.r.nouns.role_holder(token.lower_, at)
        name = self.placed_person(token, core, at, holder)
        if not name:
            return None
        s, e = self.ix.np_bounds(core)
        role = self.ix.roles.get(name) or self.text[s:e]
        return Speaker(name, PERSON, role, *self.ix.slice(s, e))

    def role_taker(self, token, at: int) -> str | None:
        """ "The senator said": the person introduced with the role most recently, unless the
        person just named (as a pronoun there would take up: the main subject before) is shown
        to hold it too ("Sen. Ann Lee (D-Mass.) … Lee recalled beating Sen. Tom Ruiz. The
        senator said she …" is Ann Lee). A rank before the role ("the vice president") is
        looked up with it: the person introduced as "President" holds another office; so is
        "former" (the sitting president is not "the former president")."""
        rank = next((t.lower_ for t in token.lefts if t.lower_ in office_ranks()), None)
        holder = self.r.nouns.role_holder(rank or token.lower_, at)
        if holder is None or (rank and token.lower_ not in self._role_words(holder)):
            return None
        near = self.r.pronouns.person_antecedent("any", at)
        former = next((t.lower_ for t in token.lefts if t.lower_ in FORMER), None)
        words = " ".join(w for w in (former, rank, token.text) if w)  # "former vice president"
        if near and near != holder and self.fits.fit(_definite(words), near) == SHOWN:
            return near
        return holder

    def _role_words(self, name: str) -> list[str]:
        return (self.ix.roles.get(name) or "").lower().split()

    def placed_person(self, token, core, at: int, holder: str | None = None) -> str | None:
        """ "the Wisconsin senator said", "the Democratic congressman from Michigan": a role
        narrowed by a place, a party or a body stands for a person the article has named, not
        for an unnamed one (who would be "a senator"). A body's role ("the Acme lawyer") is
        the person the article gave a role at that body; a place's or party's, the person named
        before whom the description fits (`_fitting`). `holder`, the person introduced with
        the role, comes first when it fits."""
        if token.tag_ != "NN" or not any(t.lower_ == "the" for t in token.lefts):
            return None
        if any(self._person(t) for t in core if t.i != token.i):
            return None
        mods = [t for t in token.lefts if t.dep_ in ("compound", "amod") and t.text[:1].isupper()]
        mods += [c for p in _from_places(token) for c in p.children if c.dep_ == "pobj"]
        labels = {t.ent_type_ for t in mods}
        if not mods:
            return None
        if labels & {"GPE", "NORP"}:
            return self._fitting(self._words(token), at, holder)
        body = " ".join(t.text for t in mods if t.pos_ == "PROPN")
        if not body:
            return None
        if holder and self.fits.fit(_definite(self._words(token)), holder) is not None:
            return holder
        at_body = [n for n, role in self.ix.roles.items() if role and body in role]
        return at_body[-1] if len(set(at_body)) == 1 else None

    def _words(self, token) -> str:
        """The description's words without its determiner: "Democratic congressman from Maine"."""
        lefts = [t for t in token.lefts if t.dep_ not in ("det", "poss", "predet", "punct")]
        start = lefts[0].left_edge.idx if lefts else token.idx
        end = max(
            [token.idx + len(token)]
            + [p.right_edge.idx + len(p.right_edge) for p in _from_places(token)]
        )
        return self.text[start:end]

    def _fitting(self, words: str, at: int, first: str | None = None) -> str | None:
        """The person named before `at` whom the description fits (`PersonFit.person_before`):
        `first` (the person introduced with the role) or else the person in focus, when it
        fits (`Pronouns.focus`: whom the "she" with the floor was taken for, else whom a
        pronoun there would stand for); else one it is shown to fit; else the nearest it fits."""
        d = _definite(words)
        if not d.heads:
            return None
        nearest = first or self.r.pronouns.focus(at)
        return self.fits.person_before(d, at, nearest)

    def generic_employer(self, token, at: int) -> str | None:
        """ "an agency spokesman", "a company lawyer": a person's body named by its kind only
        is the body of that kind the article named before (as "the agency said" is)."""
        if token.tag_ != "NN":
            return None
        kinds = [
            c for c in token.lefts if c.dep_ == "compound" and c.lower_ in self.lex.generic_org
        ]
        if len(kinds) != 1 or not any(t.lower_ in ("a", "an", "the") for t in token.lefts):
            return None
        word = kinds[0].lower_
        return self.r.nouns.described_org(word, at) or self.r.nouns.recent_org([word], at)

    def describes_a_person(self, token) -> bool:
        """A nationality or an age standing for someone just named: "the Kazakh", "the
        21-year-old"; or a past participle standing alone as the subject, "the accused", "the
        deceased": a word with no noun of its own describes the person the story is about (an
        adjective does not: "the other" is someone else)."""
        if token.text.endswith("-old"):
            return True
        if token.tag_ == "VBN" and token.dep_ in ("nsubj", "nsubjpass"):
            return True
        m = self.ix.entity_for(token.idx, token.idx + len(token))
        return m is not None and m.entity["label"] == "NORP"

    def aged(self, token) -> tuple[int, int] | None:
        """ "the 78-year-old": the offsets of a definite description by age alone, `token`
        its last word "old" (the tagger splits it into five tokens, and may hang the age on the
        verb as an adjective, so its parse says nothing of "the")."""
        if token.i < 5 or not age_word(token):  # "old" after "year-" or "month-"
            return None
        first = self.doc[token.i - 4]
        if self.doc[token.i - 5].lower_ not in ("the", "this"):
            return None
        end = token.idx + len(token)
        return (first.idx, end) if AGED.fullmatch(self.text[first.idx : end]) else None

    def so_named(self, token, at: int) -> Speaker | None:
        """ "Someone named Ann Lee told reporters", "a woman called Ann Lee said": the subject
        is the person its "named"/"called" phrase names (their role: what the subject says)."""
        for verb in token.children:
            naming = speaker_words().naming_verbs
            if verb.dep_ != "acl" or verb.lemma_.lower() not in naming:
                continue
            if naming_with_object(verb, naming):
                continue  # "The first lady called Trump a “tornado”": she names him
            for name in verb.children:
                if name.dep_ in ("oprd", "dobj", "attr") and name.pos_ == "PROPN":
                    found = self.r.speaker_of(name, at)
                    if found.name and found.kind == PERSON:
                        role = None if token.pos_ == "PRON" else token.text
                        return Speaker(
                            found.name, PERSON, role, found.mention, found.start, found.end
                        )
        return None

    def others_than(self, token) -> Speaker | None:
        """ "Twenty states refused and others said …": "others" set against a plural subject
        of the verb before are others of that kind ("other states")."""
        if token.lower_ != "others" or token.dep_ not in ("nsubj", "nsubjpass"):
            return None
        verb = token.head
        if verb.dep_ != "conj":
            return None
        first = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if first is None or first.pos_ != "NOUN" or first.tag_ != "NNS":
            return None
        where = self.ix.slice(token.idx, token.idx + len(token))
        return Speaker(f"other {first.lower_}", UNKNOWN, None, *where)

    def called_back(self, token, at: int) -> Speaker | None:
        """ "these people said": the latest plural source described, not named, before."""
        words = speaker_words()
        if token.lower_ not in words.called_back:
            return None
        if not any(t.lower_ in words.called_back_determiners for t in token.lefts):
            return None
        where = self.ix.slice(token.idx, token.idx + len(token))
        for _, earlier in reversed(self.r.history):
            described = earlier.kind == UNKNOWN and _plural_description(earlier.name or "")
            if described and earlier.start is not None and earlier.start < at:
                return Speaker(earlier.name, earlier.kind, earlier.role, *where)
        return None

    def _person(self, token) -> bool:
        mention = self.ix.entity_for(token.idx, token.idx + len(token))
        return mention is not None and mention.entity["label"] == "PERSON"

    def surname_of_one(self, toks) -> bool:
        """One word that is the surname of exactly one person the article named in full."""
        if len(toks) != 1:
            return False
        word = toks[0].text
        people = {
            e["name"]
            for e in self.ctx.entities
            if e["label"] == "PERSON"
            and len(e["name"].split()) > 1
            and e["name"].split()[-1] == word
        }
        return len(people) == 1

    def company_part(self, token) -> str | None:
        """The name of a company's part: "its Google unit", "the Lexus division" (the tagger
        often misses such a name: a capitalised compound is taken as it is written)."""
        if token.lower_ not in speaker_words().corporate_parts:
            return None
        names = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if not names:
            return None
        m = self.ix.entity_for(names[0].idx, names[-1].idx + len(names[-1]))
        if m is not None:
            return m.entity["name"] if m.entity["label"] in ORG_LABELS else None
        return self.text[names[0].idx : names[-1].idx + len(names[-1])]

    def account_owner(self, token, at: int) -> Speaker | None:
        """ "the Swing Left Twitter account wrote", "Lee's Facebook page said", "the party's
        official account posted": a social-media account speaks for its owner, the name before
        the platform or the possessive (data/speakers.toml [descriptions] accounts), not for the
        platform ("Twitter")."""
        words = speaker_words()
        if token.pos_ != "NOUN" or token.lower_ not in words.accounts:
            return None
        span = self.doc[token.left_edge.i : token.i]
        platform = next((t for t in span if t.lower_ in words.platforms), None)
        marked = any(t.lower_ in words.account_marks for t in span)
        owner = possessor(token) or _of_owner(token)
        if owner is not None and (platform is not None or marked):
            return self.r.speaker_of(owner, at)
        if platform is None:
            return None
        where = self.ix.slice(token.left_edge.idx, token.idx + len(token))
        k = platform.i
        while k > token.left_edge.i and self.doc[k - 1].pos_ == "PROPN":
            k -= 1
        if k == platform.i:  # "a Twitter account": the account as described, no owner named
            words = self.doc[platform.i : token.i + 1]
            return Speaker(words.text, UNKNOWN, None, *where)
        s, e = self.doc[k].idx, platform.idx
        name = self.text[s:e].strip()
        m = self.ix.entity_for(s, s + len(name))
        kind = PERSON if m is not None and m.entity["label"] == "PERSON" else ORGANIZATION
        if m is not None and m.entity["label"] in ("PERSON", *ORG_LABELS):
            name = m.entity["name"]
        return Speaker(name, kind, None, *where)

    def owned_body(self, token) -> str | None:
        """A person's office or staff, by the name the article gives in full: "Cuomo’s office"
        after "Andrew Cuomo" is "Andrew Cuomo's office"."""
        owner = possessor(token)
        if owner is None or owner.pos_ != "PROPN":
            return None
        m = self.ix.entity_for(owner.idx, owner.idx + len(owner))
        if m is None or m.entity["label"] != "PERSON":
            return None
        return owned_name(m.entity["name"], self.ix.surname(m.entity["name"]), token.text)


def _definite(words: str) -> Description:
    """A definite description of a person from its words ("Ohio Republican")."""
    heads, before, after = split_words(words)
    return Description(words, [h.lower() for h in heads], before, after, definite=True)


def _from_places(token) -> list:
    """ "the congressman from Maine": the "from" phrases naming a place."""
    return [
        p
        for p in token.rights
        if p.dep_ == "prep"
        and p.lower_ == "from"
        and any(c.dep_ == "pobj" and c.ent_type_ == "GPE" for c in p.children)
    ]


def introduced(token) -> bool:
    """A source brought in with "a"/"an": "a source close to Romney", "an aide"."""
    return any(t.lower_ in ("a", "an") for t in token.lefts)


def _plural_description(name: str) -> bool:
    """ "several current and former officials", "people familiar with the talks": a described
    plural source (its head word ends in -s, or is "people")."""
    words = name.lower().split()
    return len(words) > 1 and (words[-1].endswith("s") or "people" in words)


def _of_owner(token):
    """The owner named after the account: "the Facebook page of Harbour Watch"."""
    for prep in token.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            owner = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if owner is not None and owner.pos_ == "PROPN":
                return owner
    return None
