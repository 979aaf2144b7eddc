"""The article's named entities as antecedents: where each is mentioned, the role and the
gender the article gives each person, and small lookups the resolvers share.

Mentions come from the entity clusters (`ctx.entities`), in body, headline and subheading
paragraphs only (not datelines, credits or captions), sorted by offset so the nearest one before
a statement is a bisect away. A person's role is the first title or apposition the article gives
them ("Kremlin spokesman Dmitry Peskov", "Jane Roe, the union's president"); a gender comes from
a first name, a title or role, or a pronoun in the clause the person is the subject of (those
readings are `lib.quotes.speakers.persons`; where a word stands in the parse around a name,
`lib.quotes.speakers.phrases`).
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from lib.quotes.lexicon import Lexicon
from lib.quotes.speakers.persons import gender_of, person_signs, role_near
from lib.quotes.speakers.phrases import DETERMINERS, SUBJECT_DEPS, main_subject
from lib.quotes.speakers.works import is_work_title

PERSON, ORGANIZATION, UNKNOWN = "person", "organization", "unknown"
ORG_LABELS = ("ORG", "GPE", "NORP", "FAC", "LOC")
PRONOUN_LOOKBACK_SENTENCES = 4
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
            e["name"]: gender_of(self, e) for e in ctx.entities if e["label"] == "PERSON"
        }
        self.seen_as_person = {
            e["name"] for e in ctx.entities if e["label"] == "PERSON" and person_signs(self, e)
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
        self._by_entity: dict[int, list[Mention]] | None = None  # `mentions_of`
        for m in mentions:
            para = self.ctx.article.paragraph_at(m.start)
            if m.entity["label"] != "PERSON" or para.kind != "body":
                continue
            role = role_near(self, m)
            if role:
                self.roles.setdefault(m.entity["name"], role)
                self.role_holders.append((m.start, role.lower(), m.entity["name"]))

    def _work_title(self, ent: dict) -> bool:
        """A PERSON-tagged name written anywhere as a work's title (`titles`) is that work,
        unless it speaks elsewhere: "said Stern, who was promoting his memoir Howard Stern
        Comes Again" names a person whose name is also in a title."""
        if ent["label"] != "PERSON":
            return False
        titled = False
        for s, e in ent["spans"]:
            first, last = self.token_at(s), self.token_at(e - 1)
            if first is None:
                continue
            if is_work_title(self.doc, first, last or first, self.lex):
                titled = True
            elif self._speaks(self.doc[last or first]):
                return False
        return titled

    def _speaks(self, token) -> bool:
        """Is the name ending at `token` the subject of a verb of saying?"""
        return token.dep_ in SUBJECT_DEPS and self.lex.is_speech(token.head)

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

    def sentence_index(self, at: int) -> int:
        """Index of the sentence holding offset `at` (the last one starting at or before it); -1
        before the first. The one bisect of `sent_starts` every resolver makes."""
        return bisect.bisect_right(self.sent_starts, at) - 1

    def mentions_before(self, at: int) -> int:
        """How many mentions start before offset `at`: `mentions[k - 1]` is the latest one
        before it, `mentions[k]` the first at or after it."""
        return bisect.bisect_left(self.mention_starts, at)

    def mentions_through(self, at: int) -> int:
        """How many mentions start at or before offset `at`: `mentions[k]` is the first one
        after it."""
        return bisect.bisect_right(self.mention_starts, at)

    def entity_for(self, start: int, end: int) -> Mention | None:
        """The entity mention overlapping [start, end), if any."""
        i = self.mentions_before(end) - 1
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

    def mentions_of(self, ent: dict) -> list[Mention]:
        """The entity's mentions in text order, grouped once: a scan of every mention per
        person made thousands of named people quadratic (the adversarial "name_list")."""
        if self._by_entity is None:
            self._by_entity = {}
            for m in self.mentions:
                self._by_entity.setdefault(id(m.entity), []).append(m)
        return self._by_entity.get(id(ent), [])

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
        k = self.sentence_index(body.start) + 1
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
        s_idx = self.sentence_index(at)
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
