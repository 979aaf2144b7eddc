"""The article's named entities as antecedents: where each is mentioned, the role and the
gender the article gives each person, and small lookups the resolvers share.

Mentions come from the entity clusters (`ctx.entities`), in body, headline and subheading
paragraphs only (not datelines, credits or captions), sorted by offset so the nearest one before
a statement is a bisect away. A person's role is the first title or apposition the article gives
them ("Kremlin spokesman Dmitry Peskov", "Jane Roe, the union's president"); a gender comes from
a first name, a title or role, or a pronoun in the clause the person is the subject of.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from lib.quotes.lexicon import Lexicon
from lib.quotes.speakers.works import is_work_title

PERSON, ORGANIZATION, UNKNOWN = "person", "organization", "unknown"
ORG_LABELS = ("ORG", "GPE", "NORP", "FAC", "LOC")
SUBJECT_DEPS = ("nsubj", "nsubjpass")
DETERMINERS = ("the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her")
GENDER_PRONOUNS = {
    "his": "male",
    "him": "male",
    "himself": "male",
    "her": "female",
    "hers": "female",
    "herself": "female",
}
ROLE_DEPS = ("compound", "amod", "nmod", "poss", "case")
PRONOUN_LOOKBACK_SENTENCES = 4
# Endings of job words ("coordinator", "economist", "librarian", "engineer"): a role ending so
# names a person even when the word lists miss it ("-er" names tools too: "browser").
PERSON_SUFFIXES = ("ator", "ist", "ian", "eer", "man", "woman", "person")
ANTECEDENT_KINDS = ("body", "headline", "subheading")  # not datelines, credits or captions


@dataclass
class Speaker:
    name: str | None
    kind: str
    role: str | None
    mention: str | None
    start: int | None
    end: int | None
    # the gender the statement's own clause gives its speaker ("she said", "Mrs. Hale said",
    # "the senator said she …"), whoever the name turns out to be: see `agreement`
    gender: str | None = None
    # a new number whenever a made speaker is changed in place (any speaker, to another value;
    # numbers from one counter, so no two edits leave the same one, even from two threads):
    # `offsets` indexes speakers by name, role and start, and starts again when this moves
    edits: ClassVar[int] = 0

    def __setattr__(self, key: str, value) -> None:
        if key in self.__dict__ and self.__dict__[key] != value:
            Speaker.edits = next(_EDITS)
        object.__setattr__(self, key, value)


_EDITS = itertools.count(1)


@dataclass
class Mention:
    start: int
    end: int
    entity: dict
    token_i: int
    subject: bool  # subject of a main clause


def possessor(token):
    """The owner in "his lawyer", "the agency's director": a `poss` child, or the `nmod` the
    small model makes of a noun before a curly "’s" ("the office’s director")."""
    for child in token.lefts:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "nmod" and any(c.dep_ == "case" for c in child.children):
            return child
    return bare_apostrophe_owner(token)


def bare_apostrophe_owner(token):
    """The owner in "Fusion GPS’ statement", "the Times' report": a name ending in "s" takes a
    bare apostrophe, which the small model parses as punctuation (the name as an `nmod`), not
    as a possessive. The word before the apostrophe, when it ends in "s" and is a noun."""
    for child in token.lefts:
        if child.dep_ != "punct" or child.text not in ("’", "'") or child.i == 0:
            continue
        owner = token.doc[child.i - 1]
        if owner.text[-1:] in "sS" and owner.pos_ in ("PROPN", "NOUN") and owner.head.i == token.i:
            return owner
    return None


def phrase_head(token):
    """The head of the noun phrase a name stands in: past the name's own words and an
    apposition ("The great-uncle, Lazaro Gonzalez, is fighting": "uncle" is the subject)."""
    while token.dep_ in ("compound", "flat") and token.head is not token:
        token = token.head
    if token.dep_ == "appos" and token.head is not token:
        token = token.head
    return token


def main_subject(token) -> bool:
    """Is the token (part of) the subject of a main clause, not of a reported one?"""
    token = phrase_head(token)
    if token.dep_ not in SUBJECT_DEPS:
        return False
    verb = token.head
    return verb.dep_ == "ROOT" or (verb.dep_ in ("conj", "parataxis") and verb.head.dep_ == "ROOT")


def without_clauses(head) -> list:
    """A noun phrase up to its first relative or participle clause ("external member"), or up
    to an apposition set off by a comma inside it: in "a spokesman for Senator Ann Lee,
    chairman of the panel" the chairman is the senator, not the spokesman."""
    clauses = [c.left_edge.i for c in head.rights if c.dep_ in ("relcl", "acl")]
    asides = [
        t.left_edge.i
        for t in head.subtree
        if t.i > head.i and t.dep_ == "appos" and t.head.i != head.i and t.doc[t.i - 1].text == ","
    ]
    stop = min(clauses + asides, default=None)
    toks = [t for t in head.subtree if stop is None or t.i < stop]
    while toks and toks[-1].is_punct:
        toks.pop()
    return toks


class MentionIndex:
    """Entity mentions in text order, with the roles and genders the article gives people."""

    def __init__(self, ctx, lex: Lexicon, inside_quote, quoted: Sequence[tuple[int, int]] = ()):
        self.ctx, self.lex, self.text = ctx, lex, ctx.text
        self.doc = ctx.doc
        self.inside_quote = inside_quote  # offset -> bool (inside a direct quote)
        # every quoted stretch, partial ones too: a name in quote marks ("“Wayne’s World”") is
        # somebody's words or a title, never the antecedent of a later "he"
        self._quoted = sorted(quoted)
        self._quoted_starts = [s for s, _ in self._quoted]
        self.sent_starts = ctx.sentence_starts
        self._by_lemma: dict[str, list[int]] | None = None  # see tokens_with_lemma
        self._salience: dict[str, tuple[bool, int]] | None = None  # see salience
        self._index_entities()
        self.gender = {
            e["name"]: self._gender_of(e) for e in ctx.entities if e["label"] == "PERSON"
        }
        self.seen_as_person = {
            e["name"] for e in ctx.entities if e["label"] == "PERSON" and self._person_signs(e)
        }

    def _index_entities(self) -> None:
        mentions = []
        self._works = works = {id(e) for e in self.ctx.entities if self._work_title(e)}
        for ent in self.ctx.entities:
            for s, e in ent["spans"]:
                tok = self.token_at(s)
                para = self.ctx.article.paragraph_at(s)
                if tok is None or para is None or para.kind not in ANTECEDENT_KINDS:
                    continue
                if id(ent) in works:
                    continue  # "published the bestselling Fading Light": a work, no person
                mentions.append(Mention(s, e, ent, tok, main_subject(self.doc[tok])))
        mentions.extend(self._untagged_surnames(mentions))
        mentions.sort(key=lambda m: m.start)
        self.mentions = mentions
        self.mention_starts = [m.start for m in mentions]
        self.roles: dict[str, str] = {}  # person name -> first role the article gives them
        self.role_holders: list[tuple[int, str, str]] = []  # (offset, role lower, person)
        self._holders_by_word: dict[str, tuple[list[int], list[str]]] | None = None
        self._by_entity: dict[int, list[Mention]] | None = None  # `_mentions_of`
        for m in mentions:
            para = self.ctx.article.paragraph_at(m.start)
            if m.entity["label"] != "PERSON" or para.kind != "body":
                continue
            role = self.role_near(m)
            if role:
                self.roles.setdefault(m.entity["name"], role)
                self.role_holders.append((m.start, role.lower(), m.entity["name"]))

    def _work_title(self, ent: dict) -> bool:
        """A PERSON-tagged name written anywhere as a work's title (`titles`) is that work."""
        if ent["label"] != "PERSON":
            return False
        for s, e in ent["spans"]:
            first, last = self.token_at(s), self.token_at(e - 1)
            if first is not None and is_work_title(self.doc, first, last or first, self.lex):
                return True
        return False

    def _untagged_surnames(self, tagged: list[Mention]) -> list[Mention]:
        """ "Rathbun requested donations …" where the tagger saw no name: a word spelt like the
        surname of exactly one person the article names elsewhere is that person (a pronoun
        after it must find them), unless it stands as an adjective or another function word.
        Likewise a one-word person's name the tagger gave elsewhere ("Trump himself" untagged
        after "Trump said"). A post-nominal is no surname: "Heath" may be "Ann Heath" or "Tom
        Heath Sr."."""
        owners: dict[str, list[dict]] = {}
        for ent in self.ctx.entities:
            if id(ent) in self._works:
                continue
            last = self.surname(ent["name"])  # "Heath" is "Tom Heath Sr." too
            if ent["label"] == "PERSON" and last[:1].isupper():
                owners.setdefault(last, []).append(ent)
        taken = sorted((m.start, m.end) for m in tagged)
        found = []
        for tok in self.doc:
            ents = owners.get(tok.text)
            if not ents or len(ents) > 1:
                continue
            if tok.pos_ not in ("PROPN", "NOUN", "VERB"):
                continue  # "Young people say" when a Jane Young is named
            if " " not in ents[0]["name"] and (tok.pos_ == "VERB" or not tok.text[:1].isupper()):
                continue  # a one-word name the tagger gave elsewhere, as a capitalised noun
            k = bisect.bisect_right(taken, (tok.idx, float("inf"))) - 1
            if k >= 0 and taken[k][0] <= tok.idx < taken[k][1]:
                continue  # inside another name
            para = self.ctx.article.paragraph_at(tok.idx)
            if para is None or para.kind not in ANTECEDENT_KINDS:
                continue
            end = tok.idx + len(tok)
            found.append(Mention(tok.idx, end, ents[0], tok.i, main_subject(tok)))
        return found

    def token_at(self, offset: int) -> int | None:
        doc = self.doc
        lo, hi = 0, len(doc)
        while lo < hi:
            mid = (lo + hi) // 2
            if doc[mid].idx <= offset:
                lo = mid + 1
            else:
                hi = mid
        return lo - 1 if lo > 0 else None

    def entity_for(self, start: int, end: int) -> Mention | None:
        """The entity mention overlapping [start, end), if any."""
        i = bisect.bisect_left(self.mention_starts, end) - 1
        while i >= 0 and self.mentions[i].end > start - 200:
            m = self.mentions[i]
            if m.start < end and start < m.end:
                return m
            i -= 1
        return None

    def role_holder_before(self, word: str, at: int) -> str | None:
        """The person of the latest role before `at` with `word` among its words. By word and
        offset (`role_holders` is in text order): a walk back over every role per description
        made an article of thousands of named roles quadratic."""
        if self._holders_by_word is None:
            self._holders_by_word = {}
            for off, role, name in self.role_holders:
                for w in set(role.split()):
                    offs, names = self._holders_by_word.setdefault(w, ([], []))
                    offs.append(off)
                    names.append(name)
        offs, names = self._holders_by_word.get(word, ([], []))
        k = bisect.bisect_left(offs, at)
        return names[k - 1] if k else None

    def role_near(self, m: Mention) -> str | None:
        """Title words before a name ("Kremlin spokesman Dmitry Peskov") or its apposition."""
        doc, first = self.doc, self.token_at(m.start)
        last = self.token_at(m.end - 1)
        if first is None or last is None:
            return None
        words = []
        i = first - 1
        while i >= 0 and doc[i].dep_ in ROLE_DEPS and i < doc[i].head.i <= last:
            words.insert(0, doc[i])
            i -= 1
        words = [w for w in words if w.lower_ not in self.lex.honorifics]
        if words and not words[0].is_punct:
            return self.text[words[0].idx : words[-1].idx + len(words[-1])]
        head = doc[last]
        for child in head.children:
            if child.dep_ == "appos" and child.i > head.i and child.pos_ == "NOUN":
                toks = without_clauses(child)
                while toks and toks[0].lower_ in DETERMINERS:
                    toks = toks[1:]
                if toks:
                    return self.text[toks[0].idx : toks[-1].idx + len(toks[-1])]
        return self._role_before(head, first)

    def _role_before(self, head, first: int) -> str | None:
        """ "Elian's paternal grandmother, Mariela, said": the role noun the name is in
        apposition to, before it."""
        role = head.head
        titled = role.tag_ == "NNP" and role.lower_ in self.lex.titles  # "the Prime Minister
        if head.dep_ != "appos" or (role.tag_ != "NN" and not titled) or role.i > first:
            return None  # of Norway, Henrik Dahl"
        toks = [t for t in role.subtree if t.i < first]
        while toks and (toks[-1].is_punct or toks[-1].is_space):
            toks.pop()
        while toks and toks[0].lower_ in DETERMINERS:
            toks = toks[1:]
        if not toks or len(toks) > 8 or any(t.text in ".;:" for t in toks):
            return None
        return self.text[toks[0].idx : toks[-1].idx + len(toks[-1])]

    def _gender_of(self, ent: dict) -> str | None:
        first = ent["name"].split()[0].lower()
        if first in self.lex.first_names:
            return self.lex.first_names[first]
        for s, _ in ent["spans"]:
            before = self.text[max(0, s - 40) : s].lower().split()
            for w in reversed(before[-3:]):
                g = self.lex.honorifics.get(w) or self.lex.gendered_roles.get(w.strip(",."))
                if g in ("male", "female"):
                    return g
        for w in self.roles.get(ent["name"], "").lower().split():
            if w in self.lex.gendered_roles:
                return self.lex.gendered_roles[w]
        return self._pronoun_evidence(ent)

    def _person_signs(self, ent: dict) -> bool:
        """Is a PERSON entity seen as a person anywhere (a first name, title or role, the surname
        used alone, a verb only people do)? The small model tags products and places PERSON
        ("Safari", "Dreamliner"); those must not stand behind "he"/"she"."""
        name = ent["name"]
        if self.gender.get(name) in ("male", "female"):
            return True
        role_words = {w.strip(",.").lower() for w in self.roles.get(name, "").split()}
        lex = self.lex
        if role_words & (lex.person_nouns | lex.titles | lex.gendered_roles.keys()) or any(
            w.endswith(PERSON_SUFFIXES) for w in role_words
        ):
            return True  # "the union leader", not "Launchpad, a new screen for apps"
        words = name.split()
        if len(words) > 1 and words[-1] in ent["aliases"]:
            return True  # "Steve Jobs" … "Jobs said"
        for m in self._mentions_of(ent):
            name_tok = self.doc[m.token_i]
            while name_tok.dep_ in ("compound", "flat") and name_tok.head is not name_tok:
                name_tok = name_tok.head
            tok = phrase_head(name_tok)
            if tok is not name_tok and self._names_a_person(tok):
                return True  # "Another cousin, Georgina Cid, said"
            if any(c.dep_ == "appos" and self._names_a_person(c) for c in name_tok.children):
                return True  # "Georgina Cid, a cousin, said"
            if tok.dep_ in SUBJECT_DEPS and self._person_verb(tok.head):
                return True
        return False

    def _mentions_of(self, ent: dict) -> list[Mention]:
        """The entity's mentions in text order, grouped once: a scan of every mention per
        person made thousands of named people quadratic (the adversarial "name_list")."""
        if self._by_entity is None:
            self._by_entity = {}
            for m in self.mentions:
                self._by_entity.setdefault(id(m.entity), []).append(m)
        return self._by_entity.get(id(ent), [])

    def _names_a_person(self, tok) -> bool:
        lex, low = self.lex, tok.lemma_.lower()
        words = lex.person_nouns | lex.people_nouns | lex.gendered_roles.keys()
        return tok.pos_ == "NOUN" and (low in words or tok.lower_ in words)

    def _person_verb(self, verb) -> bool:
        """A verb only a person is the subject of, or a verb of saying in the article's own
        voice ("Cid said"): a product or a place the tagger called a person does not speak."""
        if verb.lemma_.lower() in self.lex.person_verbs:
            return True
        return self.lex.is_speech(verb) and not self.inside_quote(verb.idx)

    def _pronoun_evidence(self, ent: dict) -> str | None:
        """ "Marta Kowalska won her first title": a possessive or object pronoun in the clause a
        person is the subject of, before any other person is named."""
        for m in self._mentions_of(ent):
            if not m.subject:
                continue
            verb = self.doc[m.token_i]
            while verb.dep_ not in ("ROOT", "conj", "parataxis") and verb.head is not verb:
                verb = verb.head
            reported = {t.i for c in verb.children if _other_clause(c) for t in c.subtree}
            for t in verb.subtree:
                if t.i <= m.token_i or t.ent_type_ == "PERSON" or t.i in reported:
                    continue  # "X said Hungary was returning to her habitat": not X's gender
                if _intensive(t):
                    continue  # "X heard it from the governor herself": the governor's gender
                gender = GENDER_PRONOUNS.get(t.lower_)
                if gender and not self.in_marks(t.idx):
                    return gender
        return None

    def salience(self, name: str) -> tuple[bool, int]:
        """How much the article is about the entity `name`: whether it is a main-clause
        subject of the headline or of the story's first sentence (what the story is about),
        then how often it is named. Compared between candidates, the larger wins."""
        if self._salience is None:
            lede_end = self._lede_end()
            self._salience = {}
            for m in self.mentions:
                top, count = self._salience.get(m.entity["name"], (False, 0))
                para = self.ctx.article.paragraph_at(m.start)
                opening = para is not None and (para.kind == "headline" or m.start < lede_end)
                self._salience[m.entity["name"]] = (top or (opening and m.subject), count + 1)
        return self._salience.get(name, (False, 0))

    def _lede_end(self) -> int:
        """Where the story's first sentence ends (0 when there is no body)."""
        body = next((p for p in self.ctx.article.paragraphs if p.kind == "body"), None)
        if body is None:
            return 0
        k = bisect.bisect_right(self.sent_starts, body.start)
        return self.sent_starts[k] if k < len(self.sent_starts) else len(self.text)

    def in_marks(self, offset: int) -> bool:
        i = bisect.bisect_right(self._quoted_starts, offset) - 1
        return self.inside_quote(offset) or (i >= 0 and offset < self._quoted[i][1])

    def compatible(self, name: str, gender: str) -> bool:
        known = self.gender.get(name)
        return known is None or gender == "any" or known == gender

    def floor(self, at: int) -> int:
        """Where the antecedent search stops: the start of the sentence PRONOUN_LOOKBACK_SENTENCES
        before the one holding `at`."""
        s_idx = bisect.bisect_right(self.sent_starts, at) - 1
        return self.sent_starts[max(0, s_idx - PRONOUN_LOOKBACK_SENTENCES)] if s_idx >= 0 else 0

    def known_name(self, word: str) -> bool:
        """Is `word` a name the article gives, or the surname of a person it names ("Heath"
        after "Tom Heath Sr.", with the tagger taking the bare word for a noun)?"""
        return any(
            ent["name"] == word
            or word in ent["aliases"]
            or (ent["label"] == "PERSON" and self.surname(ent["name"]) == word)
            for ent in self.ctx.entities
            if ent["label"] in ("PERSON", "ORG")
        )

    def surname(self, name: str) -> str:
        """The last word of a person's name that is no post-nominal ("Heath" of "Tom Heath
        Sr.")."""
        words = name.split()
        while len(words) > 2 and words[-1].strip(".,").lower() in self.lex.post_nominals:
            words.pop()
        return words[-1] if words else name

    def thing_like(self, ent: dict) -> bool:
        """A one-word ORG mostly written "the X" ("the iPhone", "the Dreamliner") is a product
        or a building the tagger called an organisation: never "the company". Acronyms ("the
        BBC", "the IMF") are bodies."""
        name = ent["name"]
        if " " in name or name.isupper():
            return False
        spans = ent["spans"]
        the = sum(self.text[max(0, s - 4) : s].lower() == "the " for s, _ in spans)
        return 2 * the >= len(spans)

    def clean_np(self, core) -> str:
        start, end = self.np_bounds(core)
        return self.text[start:end]

    def np_bounds(self, core) -> tuple[int, int]:
        """Offsets of a noun phrase's words without its leading determiners ("the", "a")."""
        toks = list(core)
        while len(toks) > 1 and toks[0].lower_ in DETERMINERS:
            toks = toks[1:]
        return toks[0].idx, toks[-1].idx + len(toks[-1])

    def slice(self, start: int, end: int) -> tuple[str, int, int]:
        return self.text[start:end], start, end

    def tokens_with_lemma(self, lemma: str) -> list[int]:
        """Indices of the tokens whose lowercased lemma is `lemma`, in order (built once): the
        latest "the Unite union" before a statement was found by walking the whole text back
        from it, once per statement, which made many short paragraphs quadratic."""
        if self._by_lemma is None:
            self._by_lemma = {}
            for t in self.doc:
                self._by_lemma.setdefault(t.lemma_.lower(), []).append(t.i)
        return self._by_lemma.get(lemma, [])


def _other_clause(child) -> bool:
    """A clause under a subject's verb that is not about the subject: what it reports ("X said
    Hungary was returning to her habitat") or a clause joined on with a subject of its own ("X
    spoke, and it was confirmed she would come")."""
    if child.dep_ == "ccomp":
        return True
    return child.dep_ == "conj" and any(c.dep_ in SUBJECT_DEPS for c in child.children)


def _intensive(token) -> bool:
    """ "the governor herself", "Ann Lee herself": a reflexive right after a noun stands for that
    noun (an emphasis), never for the clause's subject further back."""
    if token.lower_ not in ("himself", "herself") or token.i == 0:
        return False
    return token.doc[token.i - 1].pos_ in ("NOUN", "PROPN")
