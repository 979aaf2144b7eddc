"""Who a speaker mention refers to: a canonical name, a kind and a role.

A quote's subject may be a full name ("Kremlin spokesman Dmitry Peskov"), a surname ("Peskov"),
a pronoun ("He"), an organisation ("the Kremlin", "The United States") or an unnamed role ("the
judge", "a police spokesman"). Names go through the entity clusters (surname -> full name),
pronouns to the most recent compatible person who was a sentence subject (else the last speaker),
roles to the person the article introduced with that role. Titles stay out of the name and go to
`role`, so "President Vladimir Putin" and "Putin" are one speaker.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from lib.quote_lexicon import Lexicon

PERSON, ORGANIZATION, UNKNOWN = "person", "organization", "unknown"
ORG_LABELS = ("ORG", "GPE", "NORP", "FAC", "LOC")
SUBJECT_DEPS = ("nsubj", "nsubjpass")
# Dependents that belong to a speaker's noun phrase before its head.
NP_LEFT_DEPS = ("compound", "amod", "det", "poss", "nmod", "nummod", "case", "punct", "cc")
DETERMINERS = ("the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her")
PRONOUN_LOOKBACK_SENTENCES = 4
ROLE_DEPS = ("compound", "amod", "nmod", "poss", "case")
# Generic company words that stand for the organisation named just before ("the company said").
GENERIC_ORG = (
    "company",
    "firm",
    "group",
    "bank",
    "carrier",
    "airline",
    "lender",
    "retailer",
    "manufacturer",
    "insurer",
    "operator",
    "club",
    "agency",
    "organisation",
    "organization",
    "party",
    "ministry",
    "department",
    "government",
    "council",
)


@dataclass
class Speaker:
    name: str | None
    kind: str
    role: str | None
    mention: str | None
    start: int | None
    end: int | None


@dataclass
class _Mention:
    start: int
    end: int
    entity: dict
    token_i: int
    subject: bool


class SpeakerResolver:
    """Resolves subject tokens to speakers; call `resolve` in text order (pronouns use history)."""

    def __init__(self, ctx, lex: Lexicon, inside_quote):
        self.ctx, self.lex, self.text = ctx, lex, ctx.text
        self.doc = ctx.doc
        self.inside_quote = inside_quote  # offset -> bool (inside a direct quote)
        self.history: list[tuple[int, Speaker]] = []  # resolved speakers in text order
        self._sent_starts = [s.start for s in ctx.sentences]
        self._index_entities()
        self.gender = {
            e["name"]: self._gender_of(e) for e in ctx.entities if e["label"] == "PERSON"
        }

    # --- indexes -------------------------------------------------------------------------

    def _index_entities(self) -> None:
        mentions = []
        for ent in self.ctx.entities:
            for s, e in ent["spans"]:
                tok = self._token_at(s)
                if tok is None:
                    continue
                head = self.doc[tok].head if self.doc[tok].dep_ == "compound" else self.doc[tok]
                mentions.append(_Mention(s, e, ent, tok, head.dep_ in SUBJECT_DEPS))
        mentions.sort(key=lambda m: m.start)
        self.mentions = mentions
        self._mention_starts = [m.start for m in mentions]
        self.roles: dict[str, str] = {}  # person name -> first role the article gives them
        self.role_holders: list[tuple[int, str, str]] = []  # (offset, role lower, person)
        for m in mentions:
            if m.entity["label"] != "PERSON":
                continue
            role = self._role_near(m)
            if role:
                self.roles.setdefault(m.entity["name"], role)
                self.role_holders.append((m.start, role.lower(), m.entity["name"]))

    def _token_at(self, offset: int) -> int | None:
        doc = self.doc
        if not len(doc):
            return None
        lo, hi = 0, len(doc)
        while lo < hi:
            mid = (lo + hi) // 2
            if doc[mid].idx <= offset:
                lo = mid + 1
            else:
                hi = mid
        return lo - 1 if lo > 0 else None

    def entity_for(self, start: int, end: int) -> _Mention | None:
        i = bisect.bisect_right(self._mention_starts, end) - 1
        while i >= 0 and self.mentions[i].end > start - 200:
            m = self.mentions[i]
            if m.start < end and start < m.end:
                return m
            i -= 1
        return None

    # --- roles and gender ---------------------------------------------------------------

    def _role_near(self, m: _Mention) -> str | None:
        """Title words before a name ("Kremlin spokesman Dmitry Peskov") or its apposition."""
        doc, first = self.doc, self._token_at(m.start)
        last = self._token_at(m.end - 1)
        if first is None or last is None:
            return None
        head = doc[last]
        words = []
        i = first - 1
        while i >= 0 and doc[i].dep_ in ROLE_DEPS and i < doc[i].head.i <= last:
            words.insert(0, doc[i])
            i -= 1
        words = [w for w in words if w.lower_ not in self.lex.honorifics]
        if words:
            return self._span_text(words[0].idx, words[-1].idx + len(words[-1]))
        for child in head.children:
            if child.dep_ == "appos" and child.i > head.i and child.pos_ in ("NOUN", "PROPN"):
                if (
                    self.entity_for(child.idx, child.idx + len(child)) is not None
                    and child.pos_ == "PROPN"
                ):
                    continue
                toks = [t for t in child.subtree if not t.is_punct or t.i < child.right_edge.i]
                toks = [t for t in toks if not (t.i == toks[0].i and t.lower_ in DETERMINERS)]
                if toks:
                    return self._span_text(toks[0].idx, toks[-1].idx + len(toks[-1]))
        return None

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
        role = self.roles.get(ent["name"], "")
        for w in role.lower().split():
            if w in self.lex.gendered_roles:
                return self.lex.gendered_roles[w]
        return None

    # --- resolution ---------------------------------------------------------------------

    def resolve(self, token, at: int, remember: bool = True) -> Speaker:
        """The speaker named by subject `token`, for a statement at offset `at`."""
        speaker = self._resolve(token, at)
        if remember and speaker.name:
            self.history.append((at, speaker))
        return speaker

    def remember(self, at: int, speaker: Speaker) -> None:
        if speaker.name:
            self.history.append((at, speaker))

    def _resolve(self, token, at: int) -> Speaker:
        low = token.lower_
        if low in self.lex.pronouns:
            return self._pronoun(token, at)
        core = self._np_core(token)
        start, end = core[0].idx, core[-1].idx + len(core[-1])
        mention = self.entity_for(start, end)
        person_appos = self._appos_person(token)
        if person_appos is not None:
            ent = person_appos.entity
            role = self._clean_np(core) if token.pos_ == "NOUN" else self.roles.get(ent["name"])
            return Speaker(
                ent["name"], PERSON, role, *self._slice(person_appos.start, person_appos.end)
            )
        if mention is not None and mention.entity["label"] == "PERSON":
            ent = mention.entity
            role = self._role_near(mention) or self.roles.get(ent["name"])
            return Speaker(ent["name"], PERSON, role, *self._slice(mention.start, mention.end))
        head_in_entity = mention is not None and mention.start <= token.idx < mention.end
        if mention is not None and head_in_entity:
            ent = mention.entity
            return Speaker(
                ent["name"], ORGANIZATION, None, *self._slice(mention.start, mention.end)
            )
        if token.pos_ == "PROPN":
            return self._proper_name(core)
        return self._common_noun(token, core, at)

    def _np_core(self, token) -> list:
        """The head with its left modifiers, plus "of/for/at/in" attachments of a noun head."""
        toks = [token]
        for child in token.lefts:
            if child.dep_ in NP_LEFT_DEPS:
                toks.extend(child.subtree)
        if token.pos_ == "NOUN":
            for child in token.rights:
                if child.dep_ == "prep" and child.lower_ in ("of", "for", "at", "in", "from"):
                    toks.extend(child.subtree)
        toks = sorted(set(toks), key=lambda t: t.i)
        lo = toks[0].i
        # keep one contiguous stretch ending at the furthest token
        out = [self.doc[i] for i in range(lo, toks[-1].i + 1)]
        while out and (out[0].is_punct or out[0].lower_ in DETERMINERS) and len(out) > 1:
            out = out[1:]
        while out and out[-1].is_punct and len(out) > 1:
            out = out[:-1]
        return out

    def _appos_person(self, token) -> _Mention | None:
        """ "the Kremlin spokesman, Dmitry Peskov, said": the named apposition."""
        for child in token.children:
            if child.dep_ == "appos":
                m = self.entity_for(child.idx, child.idx + len(child))
                if m is not None and m.entity["label"] == "PERSON" and token.pos_ == "NOUN":
                    return m
        return None

    def _pronoun(self, token, at: int) -> Speaker:
        kind = self.lex.pronouns[token.lower_]
        mention = (token.text, token.idx, token.idx + len(token))
        if kind in ("male", "female"):
            name = self._person_antecedent(kind, at)
            if name:
                return Speaker(name, PERSON, self.roles.get(name), *mention)
        elif kind in ("organization", "plural"):
            found = self._group_antecedent(at, plural=kind == "plural")
            if found:
                return Speaker(found.name, found.kind, found.role, *mention)
        return Speaker(None, UNKNOWN, None, *mention)

    def _compatible(self, name: str, gender: str) -> bool:
        known = self.gender.get(name)
        return known is None or known == gender

    def _person_antecedent(self, gender: str, at: int) -> str | None:
        """Latest compatible person who was a subject in the last few sentences, else the latest
        compatible speaker, else the latest compatible person mentioned at all."""
        s_idx = bisect.bisect_right(self._sent_starts, at) - 1
        floor = self._sent_starts[max(0, s_idx - PRONOUN_LOOKBACK_SENTENCES)] if s_idx >= 0 else 0
        i = bisect.bisect_left(self._mention_starts, at) - 1
        fallback = None
        while i >= 0:
            m = self.mentions[i]
            i -= 1
            if m.entity["label"] != "PERSON" or self.inside_quote(m.start):
                continue
            if not self._compatible(m.entity["name"], gender):
                continue
            if m.start >= floor and m.subject:
                return m.entity["name"]
            fallback = fallback or m.entity["name"]
        for _, spk in reversed(self.history):
            if spk.kind == PERSON and self._compatible(spk.name, gender):
                return spk.name
        return fallback

    def _group_antecedent(self, at: int, plural: bool) -> Speaker | None:
        for _, spk in reversed(self.history):
            if spk.kind == ORGANIZATION or (plural and spk.kind == UNKNOWN):
                return spk
        i = bisect.bisect_left(self._mention_starts, at) - 1
        while i >= 0:
            m = self.mentions[i]
            i -= 1
            if m.entity["label"] in ORG_LABELS and m.subject and not self.inside_quote(m.start):
                return Speaker(m.entity["name"], ORGANIZATION, None, None, None, None)
        return None

    def _proper_name(self, core) -> Speaker:
        """A name the tagger missed: match a known person's surname, else keep it as written."""
        toks = [t for t in core if t.pos_ == "PROPN"]
        if not toks:
            toks = core
        name = self._span_text(toks[0].idx, toks[-1].idx + len(toks[-1]))
        surname = toks[-1].text
        for ent in self.ctx.entities:
            if ent["label"] == "PERSON" and ent["name"].split()[-1] == surname:
                return Speaker(
                    ent["name"],
                    PERSON,
                    self.roles.get(ent["name"]),
                    *self._slice(toks[0].idx, toks[-1].idx + len(toks[-1])),
                )
        first = toks[0].lower_
        kind = (
            PERSON if (first in self.lex.first_names or first in self.lex.honorifics) else UNKNOWN
        )
        words = [t for t in toks if t.lower_ not in self.lex.honorifics]
        if words:
            name = self._span_text(words[0].idx, words[-1].idx + len(words[-1]))
        return Speaker(name, kind, None, *self._slice(toks[0].idx, toks[-1].idx + len(toks[-1])))

    def _common_noun(self, token, core, at: int) -> Speaker:
        """ "the judge", "police", "the company", "a Kremlin spokesman"."""
        lemma = token.lemma_.lower()
        low = token.lower_
        s, e = core[0].idx, core[-1].idx + len(core[-1])
        text = self._clean_np(core)
        definite = any(t.lower_ in ("the", "this", "that") for t in token.lefts)
        if low in self.lex.person_nouns or lemma in self.lex.person_nouns:
            if definite and len(core) <= 3:
                holder = self._role_holder(low, at)
                if holder:
                    return Speaker(holder, PERSON, self.roles.get(holder), *self._slice(s, e))
            return Speaker(
                text, PERSON if token.tag_ != "NNS" else UNKNOWN, None, *self._slice(s, e)
            )
        if low in self.lex.org_nouns or lemma in self.lex.org_nouns:
            if definite and len(core) <= 2:
                org = self._recent_org(low, at)
                if org:
                    return Speaker(org, ORGANIZATION, None, *self._slice(s, e))
            return Speaker(text, ORGANIZATION, None, *self._slice(s, e))
        return Speaker(text, UNKNOWN, None, *self._slice(s, e))

    def _role_holder(self, word: str, at: int) -> str | None:
        for off, role, name in reversed(self.role_holders):
            if off < at and word in role.split():
                return name
        return None

    def _recent_org(self, word: str, at: int) -> str | None:
        i = bisect.bisect_left(self._mention_starts, at) - 1
        generic = None
        while i >= 0:
            m = self.mentions[i]
            i -= 1
            if m.entity["label"] not in ("ORG",):
                continue
            if word in m.entity["name"].lower().split():
                return m.entity["name"]
            if generic is None and word in GENERIC_ORG and word not in ("ministry", "government"):
                generic = m.entity["name"]
        return generic

    # --- text helpers -------------------------------------------------------------------

    def _clean_np(self, core) -> str:
        toks = list(core)
        while len(toks) > 1 and toks[0].lower_ in DETERMINERS:
            toks = toks[1:]
        return self._span_text(toks[0].idx, toks[-1].idx + len(toks[-1]))

    def _span_text(self, start: int, end: int) -> str:
        return self.text[start:end]

    def _slice(self, start: int, end: int) -> tuple[str, int, int]:
        return self.text[start:end], start, end
