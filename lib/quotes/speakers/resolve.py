"""Who a speaker mention refers to: a canonical name, a kind and a role.

A quote's subject may be a full name ("Kremlin spokesman Dmitry Peskov"), a surname ("Peskov"),
a pronoun ("He", "It"), a relative pronoun ("Judge Ashworth, who said"), an organisation ("the
Kremlin", "The United States"), an unnamed role ("the judge", "a police spokesman"), a
description ("the 21-year-old") or people speaking for a body ("analysts at Capital Economics").
Names go through the entity clusters (surname -> full name). "He"/"she" go to the nearest
compatible person, sentence by sentence back from the pronoun, where a main-clause subject beats
an object and a known gender (first name, title, "won her first title") beats an unknown one;
"it"/"they" likewise to the nearest organisation or body. Beyond a few sentences the last
speaker wins. Roles go to the person the article introduced with that role; titles stay out of
the name and go to `role`, so "President Vladimir Putin" and "Putin" are one speaker.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass

from lib.quotes.lexicon import Lexicon

PERSON, ORGANIZATION, UNKNOWN = "person", "organization", "unknown"
ORG_LABELS = ("ORG", "GPE", "NORP", "FAC", "LOC")
SUBJECT_DEPS = ("nsubj", "nsubjpass")
# Dependents that belong to a speaker's noun phrase before its head.
NP_LEFT_DEPS = ("compound", "amod", "det", "poss", "nmod", "nummod", "case", "punct", "cc")
DETERMINERS = ("the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her")
RELATIVE = ("who", "which", "that")
GENDER_PRONOUNS = {
    "his": "male",
    "him": "male",
    "himself": "male",
    "her": "female",
    "hers": "female",
    "herself": "female",
}
POSSESSIVE = {"his": "male", "her": "female", "its": "organization"}
# Prepositions naming who issued a document ("a statement by/from X", "a report in X").
DOCUMENT_PREPS = ("by", "from", "of", "in")
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


@dataclass
class _Mention:
    start: int
    end: int
    entity: dict
    token_i: int
    subject: bool  # subject of a main clause


def _main_subject(token) -> bool:
    """Is the token (part of) the subject of a main clause, not of a reported one?"""
    while token.dep_ in ("compound", "flat") and token.head is not token:
        token = token.head
    if token.dep_ not in SUBJECT_DEPS:
        return False
    verb = token.head
    return verb.dep_ == "ROOT" or (verb.dep_ in ("conj", "parataxis") and verb.head.dep_ == "ROOT")


def _without_clauses(head) -> list:
    """A noun phrase up to its first relative or participle clause ("external member")."""
    stop = min((c.left_edge.i for c in head.rights if c.dep_ in ("relcl", "acl")), default=None)
    toks = [t for t in head.subtree if stop is None or t.i < stop]
    while toks and toks[-1].is_punct:
        toks.pop()
    return toks


class SpeakerResolver:
    """Resolves subject tokens to speakers; call `resolve` in text order (pronouns use history)."""

    def __init__(self, ctx, lex: Lexicon, inside_quote, quoted: Iterable[tuple[int, int]] = ()):
        self.ctx, self.lex, self.text = ctx, lex, ctx.text
        self.doc = ctx.doc
        self.inside_quote = inside_quote  # offset -> bool (inside a direct quote)
        # every quoted stretch, partial ones too: a name in quote marks ("“Wayne’s World”") is
        # somebody's words or a title, never the antecedent of a later "he"
        self._quoted = sorted(quoted)
        self._quoted_starts = [s for s, _ in self._quoted]
        self.history: list[tuple[int, Speaker]] = []  # resolved speakers in text order
        self._sent_starts = ctx.sentence_starts
        self._index_entities()
        self.gender = {
            e["name"]: self._gender_of(e) for e in ctx.entities if e["label"] == "PERSON"
        }
        self.seen_as_person = {
            e["name"] for e in ctx.entities if e["label"] == "PERSON" and self._person_signs(e)
        }

    # --- indexes -------------------------------------------------------------------------

    def _index_entities(self) -> None:
        mentions = []
        for ent in self.ctx.entities:
            for s, e in ent["spans"]:
                tok = self._token_at(s)
                para = self.ctx.article.paragraph_at(s)
                if tok is None or para is None or para.kind not in ANTECEDENT_KINDS:
                    continue
                mentions.append(_Mention(s, e, ent, tok, _main_subject(self.doc[tok])))
        mentions.sort(key=lambda m: m.start)
        self.mentions = mentions
        self._mention_starts = [m.start for m in mentions]
        self.roles: dict[str, str] = {}  # person name -> first role the article gives them
        self.role_holders: list[tuple[int, str, str]] = []  # (offset, role lower, person)
        for m in mentions:
            para = self.ctx.article.paragraph_at(m.start)
            if m.entity["label"] != "PERSON" or para.kind != "body":
                continue
            role = self._role_near(m)
            if role:
                self.roles.setdefault(m.entity["name"], role)
                self.role_holders.append((m.start, role.lower(), m.entity["name"]))

    def _token_at(self, offset: int) -> int | None:
        doc = self.doc
        lo, hi = 0, len(doc)
        while lo < hi:
            mid = (lo + hi) // 2
            if doc[mid].idx <= offset:
                lo = mid + 1
            else:
                hi = mid
        return lo - 1 if lo > 0 else None

    def entity_for(self, start: int, end: int) -> _Mention | None:
        """The entity mention overlapping [start, end), if any."""
        i = bisect.bisect_left(self._mention_starts, end) - 1
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
                toks = _without_clauses(child)
                while toks and toks[0].lower_ in DETERMINERS:
                    toks = toks[1:]
                if toks:
                    return self.text[toks[0].idx : toks[-1].idx + len(toks[-1])]
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
        for m in self.mentions:
            if m.entity is not ent:
                continue
            tok = self.doc[m.token_i]
            while tok.dep_ in ("compound", "flat") and tok.head is not tok:
                tok = tok.head
            if tok.dep_ in SUBJECT_DEPS and tok.head.lemma_.lower() in self.lex.person_verbs:
                return True
        return False

    def _pronoun_evidence(self, ent: dict) -> str | None:
        """ "Marta Kowalska won her first title": a possessive or object pronoun in the clause a
        person is the subject of, before any other person is named."""
        for m in self.mentions:
            if m.entity is not ent or not m.subject:
                continue
            verb = self.doc[m.token_i]
            while verb.dep_ not in ("ROOT", "conj", "parataxis") and verb.head is not verb:
                verb = verb.head
            for t in verb.subtree:
                if t.i <= m.token_i or t.ent_type_ == "PERSON":
                    continue
                gender = GENDER_PRONOUNS.get(t.lower_)
                if gender and not self.inside_quote(t.idx):
                    return gender
        return None

    # --- resolution ---------------------------------------------------------------------

    def resolve(self, token, at: int) -> Speaker:
        """The speaker named by subject `token`, for a statement at offset `at`."""
        speaker = self._resolve(token, at)
        self.remember(at, speaker)
        return speaker

    def remember(self, at: int, speaker: Speaker) -> None:
        if speaker.name:
            self.history.append((at, speaker))

    def _resolve(self, token, at: int) -> Speaker:
        low = token.lower_
        if low in RELATIVE and token.head.dep_ == "relcl":
            return self._resolve(token.head.head, at)  # "Judge Ashworth, who said ..."
        if low in self.lex.pronouns:
            return self._pronoun(token, at)
        if self._is_document(token):
            author = self._author(token)
            if author is None:  # "the statement said": a document speaks for nobody we know,
                earlier = self._earlier_author(token)  # unless an earlier line named its author
                where = self._slice(token.idx, token.idx + len(token))
                if earlier is not None:
                    return Speaker(earlier.name, earlier.kind, earlier.role, *where)
                return Speaker(None, UNKNOWN, None, *where)
            return self._resolve(author, at)
        core = self._np_core(token)
        start, end = core[0].idx, core[-1].idx + len(core[-1])
        if token.pos_ == "NOUN" and token.lemma_.lower() in self.lex.works:
            author = self._author(token)  # "A study by X found"
            if author is not None and not self._is_document(author):
                return self._resolve(author, at)
            earlier = self._earlier_author(token)  # "… The study said"
            if earlier is not None:
                return Speaker(earlier.name, earlier.kind, earlier.role, *self._slice(start, end))
        named = self._appos_name(token)
        if named is not None:
            ent = named.entity
            if ent["label"] == "PERSON":
                role = self._clean_np(core) or self.roles.get(ent["name"])
                return Speaker(ent["name"], PERSON, role, *self._slice(named.start, named.end))
            return Speaker(ent["name"], ORGANIZATION, None, *self._slice(named.start, named.end))
        person = self._person_after_role(token, core)
        if person is not None:  # "Chief investment officer at Fort Pitt Group Charlie Smith"
            role = self.text[start : person.start].rstrip(" ,")
            return Speaker(
                person.entity["name"], PERSON, role or None, *self._slice(person.start, person.end)
            )
        mention = self.entity_for(start, end)
        head_in_entity = mention is not None and mention.start <= token.idx < mention.end
        if mention is not None and not head_in_entity and token.pos_ == "NOUN":
            mention = None  # "Delaney's campaign" is not Delaney
        if mention is not None and mention.entity["label"] == "PERSON":
            ent = mention.entity
            role = self._role_near(mention) or self.roles.get(ent["name"])
            return Speaker(ent["name"], PERSON, role, *self._slice(mention.start, mention.end))
        if mention is not None and head_in_entity:
            ent = mention.entity
            return Speaker(
                ent["name"], ORGANIZATION, None, *self._slice(mention.start, mention.end)
            )
        if token.pos_ == "PROPN" and token.text[:1].isupper():
            return self._proper_name(core)
        if token.text[:1].isupper() and token.i > 0 and self._known_name(token.text):
            return self._proper_name([token])  # "Jobs said" with "Jobs" tagged a plural noun
        return self._common_noun(token, core, at)

    def _known_name(self, word: str) -> bool:
        return any(
            ent["name"] == word or word in ent["aliases"]
            for ent in self.ctx.entities
            if ent["label"] in ("PERSON", "ORG")
        )

    def _is_document(self, token) -> bool:
        """A statement, report or memo: words somebody issued, never the somebody."""
        return token.pos_ == "NOUN" and (
            token.lower_ in self.lex.nouns or token.lemma_.lower() in self.lex.nouns
        )

    def _author(self, noun):
        """Who issued a document: "Boeing's statement", "a statement by/from Boeing", "a report
        in Ars Technica", "company statistics", "a memo given by X", or the subject of the verb
        it is the object of ("the group released a statement saying ...")."""
        for child in noun.children:
            if child.dep_ == "poss" and child.lower_ not in POSSESSIVE:
                return child
            if child.dep_ == "compound" and (
                child.pos_ == "PROPN" or child.lower_ in self.lex.org_nouns
            ):
                return child
        for child in noun.children:
            if child.dep_ != "prep" or child.lower_ not in DOCUMENT_PREPS:
                continue
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is None or pobj.ent_type_ in ("DATE", "TIME"):
                continue
            if child.lower_ in ("in", "of") and pobj.pos_ != "PROPN":
                continue  # "a report in March", "a study of 11,800 pupils"
            return pobj
        for child in noun.children:
            if child.dep_ == "acl":
                agent = next((c for c in child.children if c.dep_ == "agent"), None)
                pobj = agent and next((c for c in agent.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
        verb = noun.head if noun.dep_ == "dobj" else None
        for _ in range(3):  # "…, releasing a statement saying": the subject of the main verb
            if verb is None or verb.pos_ not in ("VERB", "AUX"):
                return None
            subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
            if subject is not None:
                return None if self._is_document(subject) else subject
            verb = verb.head if verb.dep_ in ("advcl", "conj", "xcomp") else None
        return None

    def _earlier_author(self, noun) -> Speaker | None:
        """ "the report" with no author of its own: the author of the latest earlier report
        ("a report by X", "X's report", "X said in a report", "X released a report"). A work
        (study, survey, report …) may be named by another work word ("a survey by X … the
        study"); other documents only by the same word."""
        if not any(t.lower_ in ("the", "this", "that") for t in noun.lefts):
            return None  # "a report" is another one
        lemma = noun.lemma_.lower()
        same = self.lex.works if lemma in self.lex.works else frozenset((lemma,))
        for t in reversed(self.doc[: noun.i]):
            if t.pos_ != "NOUN" or t.lemma_.lower() not in same or self._in_marks(t.idx):
                continue
            author = self._author(t) or self._said_in(t)
            if author is None or author.i == t.i or self._is_document(author):
                continue
            found = self._resolve(author, t.idx)
            if found.name:
                return found
        return None

    def _said_in(self, noun):
        """ "X said in a report": the subject of the saying the document is the setting of."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in ("in", "with", "through"):
            return None
        verb = prep.head
        if verb.pos_ not in ("VERB", "AUX") or not self.lex.is_cue(verb):
            return None
        return next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)

    def _person_after_role(self, token, core) -> _Mention | None:
        """A person named at the end of a long role phrase: the role's holder, not the role."""
        if token.pos_ != "NOUN" or len(core) < 4:
            return None
        if token.lower_ not in self.lex.person_nouns and token.lemma_ not in self.lex.person_nouns:
            return None
        end = core[-1].idx + len(core[-1])
        m = self.entity_for(end - 1, end)
        if m is not None and m.entity["label"] == "PERSON" and m.end == end and m.start > token.idx:
            return m
        # the tagger may glue the name to the employer ("Norvale Holdings Daniel Osei"): a known
        # first name followed by capitalised words up to the end starts the person's name
        tail = [t for t in core if t.i > token.i]
        for k, t in enumerate(tail[:-1]):
            rest = tail[k:]
            if t.lower_ in self.lex.first_names and all(x.pos_ == "PROPN" for x in rest):
                start = t.idx
                name = self.text[start:end]
                return _Mention(start, end, {"name": name, "label": "PERSON"}, t.i, False)
        return None

    def _np_core(self, token) -> list:
        """The head with its left modifiers, plus "of/for/at/in" attachments of a noun head."""
        toks = {token}
        for child in token.lefts:
            if child.dep_ in NP_LEFT_DEPS:
                toks.update(child.subtree)
        if token.pos_ == "NOUN":
            for child in token.rights:
                if child.dep_ == "prep" and child.lower_ in ("of", "for", "at", "in", "from"):
                    pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                    if pobj is not None and pobj.pos_ == "PROPN":  # "embassy in Moscow"
                        toks.update(child.subtree)
        ordered = sorted(toks, key=lambda t: t.i)
        out = [self.doc[i] for i in range(ordered[0].i, ordered[-1].i + 1)]
        while len(out) > 1 and (out[0].is_punct or out[0].lower_ in DETERMINERS):
            out = out[1:]
        while len(out) > 1 and out[-1].is_punct:
            out = out[:-1]
        return out

    def _appos_name(self, token) -> _Mention | None:
        """The named apposition of a common noun: "the Kremlin spokesman, Dmitry Peskov, said",
        "The operator, Halvorsen Container Terminals, said"."""
        if token.pos_ != "NOUN":
            return None
        named = [c for c in token.children if c.dep_ == "appos"]
        tail = [t for t in token.subtree if not t.is_punct]
        last = tail[-1] if tail else token
        first = last
        while first.i - 1 > token.i and self.doc[first.i - 1].pos_ == "PROPN":
            first = self.doc[first.i - 1]  # "the general secretary of Unite, Tony Woodley"
        if last.i > token.i and last.pos_ == "PROPN" and self.doc[first.i - 1].text == ",":
            named.append(last)  # "The military body that oversees aid, COGAT, denied ..."
        found = [self.entity_for(c.idx, c.idx + len(c)) for c in named]
        people = [m for m in found if m is not None and m.entity["label"] == "PERSON"]
        if people:  # "the general secretary of the union Unite, Tony Woodley": the person
            return people[0]
        for child in named:
            m = self.entity_for(child.idx, child.idx + len(child))
            if m is not None and m.entity["label"] in ("PERSON", *ORG_LABELS):
                return m
            if m is None and child.pos_ == "PROPN":  # a name the tagger missed: "firm IDC"
                names = [t for t in child.subtree if t.pos_ == "PROPN"]
                s, e = names[0].idx, names[-1].idx + len(names[-1])
                label = "PERSON" if token.lower_ in self.lex.person_nouns else "ORG"
                return _Mention(s, e, {"name": self.text[s:e], "label": label}, child.i, False)
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

    def _in_marks(self, offset: int) -> bool:
        i = bisect.bisect_right(self._quoted_starts, offset) - 1
        return self.inside_quote(offset) or (i >= 0 and offset < self._quoted[i][1])

    def _compatible(self, name: str, gender: str) -> bool:
        known = self.gender.get(name)
        return known is None or gender == "any" or known == gender

    def _floor(self, at: int) -> int:
        """Where the antecedent search stops: the start of the sentence PRONOUN_LOOKBACK_SENTENCES
        before the one holding `at`."""
        s_idx = bisect.bisect_right(self._sent_starts, at) - 1
        return self._sent_starts[max(0, s_idx - PRONOUN_LOOKBACK_SENTENCES)] if s_idx >= 0 else 0

    def _person_antecedent(self, gender: str, at: int) -> str | None:
        """The compatible person named nearest before `at`, sentence by sentence: in each sentence
        a main-clause subject beats an object, and a known gender beats an unknown one. Beyond a
        few sentences, the latest compatible speaker, else the latest compatible person at all."""
        s_idx = bisect.bisect_right(self._sent_starts, at) - 1
        i = bisect.bisect_left(self._mention_starts, at) - 1
        fallback = None
        for back in range(PRONOUN_LOOKBACK_SENTENCES + 1):
            lo = self._sent_starts[s_idx - back] if s_idx - back >= 0 else 0
            ranked = []
            while i >= 0 and self.mentions[i].start >= lo:
                m = self.mentions[i]
                i -= 1
                name = m.entity["name"]
                if m.entity["label"] != "PERSON" or self._in_marks(m.start):
                    continue
                if gender != "any" and name not in self.seen_as_person:
                    continue  # a product or place the tagger called a person
                if self._compatible(name, gender):
                    known = self.gender.get(name) == gender
                    ranked.append((not m.subject, not known, -m.start, name))
                    fallback = fallback or name
            if ranked:
                name = min(ranked)[3]
                if gender in ("male", "female"):
                    self.gender.setdefault(name, gender)  # later pronouns see this decision
                return name
            if s_idx - back <= 0:
                break
        for _, spk in reversed(self.history):
            doubtful = spk.name in self.gender and spk.name not in self.seen_as_person
            if spk.kind == PERSON and self._compatible(spk.name, gender) and not doubtful:
                return spk.name
        while i >= 0 and fallback is None:
            m = self.mentions[i]
            i -= 1
            if m.entity["label"] == "PERSON" and self._in_marks(m.start):
                continue
            if gender != "any" and m.entity["name"] not in self.seen_as_person:
                continue
            if m.entity["label"] == "PERSON" and self._compatible(m.entity["name"], gender):
                fallback = m.entity["name"]
        return fallback

    def _group_antecedent(self, at: int, plural: bool) -> Speaker | None:
        """ "It said": the latest organisation that was a main-clause subject lately, else the
        last organisation (or group) that spoke."""
        s_idx = bisect.bisect_right(self._sent_starts, at) - 1
        for back in range(PRONOUN_LOOKBACK_SENTENCES + 1):
            if s_idx - back < 0:
                break
            sentence = self.ctx.sentences[s_idx - back].span
            subjects = [
                t
                for t in sentence
                if t.idx < at
                and t.dep_ in SUBJECT_DEPS
                and not self.inside_quote(t.idx)
                and t.lower_ not in self.lex.pronouns
                and t.lower_ not in RELATIVE
            ]
            # main-clause subjects first ("Norsk Battery, in which Volvo holds a stake, ..."),
            # then the nearest ("The government has offered 4.5%, which it says ...")
            for t in sorted(subjects, key=lambda t: (not _main_subject(t), -t.i)):
                group = self._group_subject(t, at, plural)
                if group is not None:
                    return Speaker(group.name, group.kind, group.role, None, None, None)
        for _, spk in reversed(self.history):
            if spk.kind == ORGANIZATION or (plural and spk.kind == UNKNOWN):
                return spk
        return None

    def _group_subject(self, token, at: int, plural: bool) -> Speaker | None:
        """A subject that "it"/"they" can stand for: a named organisation or a body noun."""
        m = self.entity_for(token.idx, token.idx + len(token))
        if m is not None and m.entity["label"] in ("ORG", "GPE"):
            return Speaker(m.entity["name"], ORGANIZATION, None, None, None, None)
        named = self._appos_name(token)
        if named is not None and named.entity["label"] != "PERSON":
            return Speaker(named.entity["name"], ORGANIZATION, None, None, None, None)
        lemma = token.lemma_.lower()
        is_body = token.pos_ == "NOUN" and (
            lemma in self.lex.org_nouns or token.lower_ in self.lex.org_nouns
        )
        is_people = plural and token.tag_ == "NNS" and lemma in self.lex.person_nouns
        if m is None and (is_body or is_people):
            found = self._common_noun(token, self._np_core(token), at)
            return found if found.name else None
        return None

    def _proper_name(self, core) -> Speaker:
        """A name the tagger missed: a known entity or surname, else the name as written."""
        toks = [t for t in core if t.pos_ == "PROPN"] or list(core)
        s, e = toks[0].idx, toks[-1].idx + len(toks[-1])
        name = self.text[s:e]
        for ent in self.ctx.entities:
            if ent["name"].lower() == name.lower() or name in ent["aliases"]:
                kind = PERSON if ent["label"] == "PERSON" else ORGANIZATION
                return Speaker(ent["name"], kind, self.roles.get(ent["name"]), *self._slice(s, e))
        for ent in self.ctx.entities:
            if ent["label"] == "PERSON" and ent["name"].split()[-1] == toks[-1].text:
                return Speaker(ent["name"], PERSON, self.roles.get(ent["name"]), *self._slice(s, e))
        first = toks[0].lower_
        kind = (
            PERSON if (first in self.lex.first_names or first in self.lex.honorifics) else UNKNOWN
        )
        words = [t for t in toks if t.lower_ not in self.lex.honorifics]
        if words:
            name = self.text[words[0].idx : words[-1].idx + len(words[-1])]
        return Speaker(name, kind, None, *self._slice(s, e))

    def _common_noun(self, token, core, at: int) -> Speaker:
        """ "the judge", "police", "the company", "analysts at Capital Economics"."""
        lemma = token.lemma_.lower()
        low = token.lower_
        s, e = core[0].idx, core[-1].idx + len(core[-1])
        text = self._clean_np(core)
        definite = any(t.lower_ in ("the", "this", "that") for t in token.lefts)
        if definite and len(core) <= 2:
            earlier = self._earlier_speaker(low, at)
            if earlier is not None:  # "Mr Hughes's family ..." then "the family said"
                return Speaker(earlier.name, earlier.kind, earlier.role, *self._slice(s, e))
            if self._describes_a_person(token):  # "the Kazakh said", "the 21-year-old said"
                name = self._person_antecedent("any", at)
                if name:
                    return Speaker(name, PERSON, self.roles.get(name), *self._slice(s, e))
        if low in self.lex.person_nouns or lemma in self.lex.person_nouns:
            org = self._employer(token)
            if org is not None:
                role = token.text if token.tag_ != "NNS" else None
                return Speaker(org[0], ORGANIZATION, role, *self._slice(s, e))
            if definite and len(core) <= 3:
                holder = self._role_holder(low, at)
                if holder:
                    return Speaker(holder, PERSON, self.roles.get(holder), *self._slice(s, e))
            kind = PERSON if token.tag_ != "NNS" else UNKNOWN
            return Speaker(text, kind, None, *self._slice(s, e))
        if low in self.lex.org_nouns or lemma in self.lex.org_nouns:
            owner = next(
                (t for t in token.lefts if t.dep_ == "poss" and t.lower_ in POSSESSIVE), None
            )
            if owner is not None:  # "His office said" -> "Jonas Eklund's office"
                who = (
                    self._person_antecedent(POSSESSIVE[owner.lower_], owner.idx)
                    if POSSESSIVE[owner.lower_] != "organization"
                    else None
                )
                if who:
                    return Speaker(f"{who}'s {token.text}", ORGANIZATION, None, *self._slice(s, e))
            bare = len(core) == 1 and not any(t.dep_ == "det" for t in token.lefts)
            if (definite and len(core) <= 2) or bare:  # "the ministry", "police"
                words = [t.lower_ for t in core if t.lower_ not in DETERMINERS]
                org_name = None
                if definite and len(words) == 1 and words[0] in self.lex.generic_org:
                    # "NPD Group, a research firm, … The firm"; "Consumer Reports declined …
                    # The group": the body described so, else the one that was just the subject
                    org_name = self._described_org(words[0], at) or self._subject_org(at)
                org_name = org_name or self._recent_org(
                    words, at, named_only=bare or len(words) > 1
                )
                if org_name:
                    return Speaker(org_name, ORGANIZATION, None, *self._slice(s, e))
            return Speaker(text, ORGANIZATION, None, *self._slice(s, e))
        return Speaker(text, UNKNOWN, None, *self._slice(s, e))

    def _employer(self, token) -> tuple[str, int, int] | None:
        """The organisation unnamed people speak for: "economists at ING", "a spokesman for X"."""
        if token.tag_ != "NNS" and not any(t.lower_ in ("a", "an") for t in token.lefts):
            return None
        for child in token.rights:
            if child.dep_ == "prep" and child.lower_ in ("at", "for", "from", "of", "with"):
                for pobj in child.children:
                    if pobj.dep_ != "pobj":
                        continue
                    m = self.entity_for(pobj.idx, pobj.idx + len(pobj))
                    if m is not None and m.entity["label"] in ORG_LABELS:
                        return m.entity["name"], m.start, m.end
                    if pobj.pos_ == "PROPN" and m is None:  # a name the tagger missed
                        names = [t for t in pobj.subtree if t.pos_ == "PROPN"]
                        s, e = names[0].idx, names[-1].idx + len(names[-1])
                        return self.text[s:e], s, e
        return None

    def _role_holder(self, word: str, at: int) -> str | None:
        for off, role, name in reversed(self.role_holders):
            if off < at and word in role.split():
                return name
        return None

    def _earlier_speaker(self, word: str, at: int) -> Speaker | None:
        for _, spk in reversed(self.history):
            if spk.name and spk.name.lower().split()[-1] == word and " " in spk.name:
                return spk
        return None

    def _describes_a_person(self, token) -> bool:
        """A nationality or an age standing for someone just named: "the Kazakh", "the 21-year-old"."""
        if token.text.endswith("-old"):
            return True
        m = self.entity_for(token.idx, token.idx + len(token))
        return m is not None and m.entity["label"] == "NORP"

    def _subject_org(self, at: int) -> str | None:
        """The organisation that was the subject of a finite verb in this or the previous
        sentence (a main-clause one first): "the group" stands for it rather than for a company
        merely named in passing."""
        s_idx = bisect.bisect_right(self._sent_starts, at) - 1
        lo = self._sent_starts[max(0, s_idx - 1)] if s_idx >= 0 else 0
        i = bisect.bisect_left(self._mention_starts, at) - 1
        subjects = []  # (not a main-clause subject, -start, name)
        while i >= 0 and self.mentions[i].start >= lo:
            m = self.mentions[i]
            i -= 1
            tok = self.doc[m.token_i]
            while tok.dep_ in ("compound", "flat") and tok.head is not tok:
                tok = tok.head
            finite = tok.head.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(
                c.dep_ in ("aux", "auxpass") and c.tag_ != "TO" for c in tok.head.children
            )
            named_org = (
                m.entity["label"] == "ORG"
                and not self._in_marks(m.start)
                and not self._thing_like(m.entity)
            )
            if tok.dep_ in SUBJECT_DEPS and named_org and finite:
                subjects.append((not m.subject, -m.start, m.entity["name"]))
        return min(subjects)[2] if subjects else None

    def _described_org(self, word: str, at: int) -> str | None:
        """The organisation an earlier apposition calls `word`: "NPD Group, a market research
        firm" is "the firm"."""
        lo = self._floor(at)
        i = bisect.bisect_left(self._mention_starts, at) - 1
        while i >= 0 and self.mentions[i].start >= lo:
            m = self.mentions[i]
            i -= 1
            if m.entity["label"] != "ORG":
                continue
            tok = self.doc[m.token_i]
            while tok.dep_ in ("compound", "flat") and tok.head is not tok:
                tok = tok.head
            near = [c for c in tok.children if c.dep_ == "appos"]
            if tok.dep_ == "appos":
                near.append(tok.head)
            if any(n.lemma_.lower() == word or n.lower_ == word for n in near):
                return m.entity["name"]
        for t in self.doc[self._token_at(lo) or 0 : self._token_at(at) or 0]:
            # a name the tagger missed: "Harbor Analytics, a market research firm, said …"
            if t.dep_ == "appos" and t.lemma_.lower() == word and t.head.pos_ == "PROPN":
                m = self.entity_for(t.head.idx, t.head.idx + len(t.head))
                if m is not None:
                    return m.entity["name"]
                names = [x for x in t.head.lefts if x.dep_ == "compound" and x.pos_ == "PROPN"]
                first = names[0] if names else t.head
                return self.text[first.idx : t.head.idx + len(t.head)]
        return None

    def _recent_org(self, words: list[str], at: int, named_only: bool = False) -> str | None:
        """ "the ministry" -> the latest organisation with those words in its name; "the company"
        -> the latest organisation named at all (not "the power company": that is another)."""
        word = words[-1]
        i = bisect.bisect_left(self._mention_starts, at) - 1
        generic = None
        while i >= 0:
            m = self.mentions[i]
            i -= 1
            if m.entity["label"] not in ("ORG", "GPE"):
                continue
            if set(words) <= set(m.entity["name"].lower().split()):
                return m.entity["name"]
            if named_only or m.entity["label"] != "ORG":
                continue
            if generic is None and word in self.lex.generic_org and not self._thing_like(m.entity):
                generic = m.entity["name"]
        return generic

    def _thing_like(self, ent: dict) -> bool:
        """A one-word ORG mostly written "the X" ("the iPhone", "the Dreamliner") is a product
        or a building the tagger called an organisation: never "the company". Acronyms ("the
        BBC", "the IMF") are bodies."""
        name = ent["name"]
        if " " in name or name.isupper():
            return False
        spans = ent["spans"]
        the = sum(self.text[max(0, s - 4) : s].lower() == "the " for s, _ in spans)
        return 2 * the >= len(spans)

    # --- text helpers -------------------------------------------------------------------

    def _clean_np(self, core) -> str:
        toks = list(core)
        while len(toks) > 1 and toks[0].lower_ in DETERMINERS:
            toks = toks[1:]
        return self.text[toks[0].idx : toks[-1].idx + len(toks[-1])]

    def _slice(self, start: int, end: int) -> tuple[str, int, int]:
        return self.text[start:end], start, end
