"""Pronoun speakers: "he"/"she" to the nearest compatible person, "it"/"they" to the nearest
organisation or body.

Sentence by sentence back from the pronoun (a few sentences at most), a main-clause subject beats
an object and a known gender beats an unknown one; beyond that the last compatible speaker wins.
A gender decided here is remembered, so later pronouns agree with it.

News copy's convention decides the rest: a pronoun after a quote is the person who has the
floor, not the last name in reach. An earlier "she" is continued only until another woman is
named as a subject; a name in a subjectless clause of the pronoun's own verb ("When asked about
Ryan, he said") is what the person was asked about; "it said" after "the memo said" is the memo.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Container

from lib.quotes.speakers.antecedents import Antecedents, after_colon, introduced_new
from lib.quotes.speakers.chains import THIRD_PERSON, Chains
from lib.quotes.speakers.content import inside, own_content
from lib.quotes.speakers.fit import same_role
from lib.quotes.speakers.floor import (
    controlled,
    in_side_clause,
    member_group,
    name_as_modifier,
    nested_sayer,
    reported,
    speakers_named,
    spoke_unparsed,
)
from lib.quotes.speakers.mentions import (
    ORGANIZATION,
    PERSON,
    PRONOUN_LOOKBACK_SENTENCES,
    UNKNOWN,
    Speaker,
)
from lib.quotes.speakers.offsets import People
from lib.quotes.speakers.part import ResolverPart
from lib.quotes.speakers.persons import taken_up_as
from lib.quotes.speakers.phrases import SUBJECT_DEPS, main_subject, phrase_head
from lib.quotes.speakers.relatives import owner_of_relative
from lib.quotes.speakers.subordinate import main_clause_body
from lib.quotes.speakers.words import speaker_words

RELATIVE = ("who", "which", "that")
_WORDS = re.compile(r"[a-z]+")
FOCUS_SENTENCES = 2  # how far back a pronoun subject keeps the floor for a description


class Pronouns(ResolverPart):
    """Pronouns resolved against the mention index and the speakers so far."""

    def __init__(self, resolver):
        super().__init__(resolver)
        self.unnamed = Antecedents(resolver)  # descriptions, untagged names, plural people
        self.chains = Chains(resolver)  # an earlier "he" of the passage that a later continues

    def speaker(self, token, at: int) -> Speaker:
        """The speaker pronoun `token` stands for; a possessive ("his suggestion that …") as its
        pronoun would ("he"), data/speakers.toml [possessives]."""
        word = speaker_words().possessives.get(token.lower_, token.lower_)
        kind = self.lex.pronouns[word]
        mention = (token.text, token.idx, token.idx + len(token))
        if kind in ("male", "female"):
            name = owner_of_relative(self, token, kind) or self.person_antecedent(
                kind, at, own_content(token, self.lex)
            )
            if name:
                return Speaker(name, PERSON, self.ix.roles.get(name), *mention)
        elif kind in ("organization", "plural"):
            found = main_clause_body(self, token, at) if kind == "organization" else None
            found = found or self.group_antecedent(at, plural=kind == "plural")
            if found:
                return Speaker(found.name, found.kind, found.role, *mention)
        return Speaker(None, UNKNOWN, None, *mention)

    def clause_gender(self, token) -> str | None:
        """The gender the clause gives the speaker named by subject `token`: "she"/"he" itself,
        a courtesy title before the name ("Mrs. Hale"), or the pronoun that takes the speaker
        up as the reported clause's subject ("Hale said she …", "the senator said she …")."""
        own = self.lex.pronouns.get(token.lower_)
        if own in THIRD_PERSON:
            return own
        if token.i > 0:
            title = self.lex.honorifics.get(self.doc[token.i - 1].lower_)
            if title in THIRD_PERSON:
                return title
        return taken_up_as(self.ix, token)

    def quote_about_another(self, found: Speaker, token, quoted: str, at: int) -> Speaker:
        """ "Doyle was found in his cell. “He was calm when I saw him,” he said": a quote that
        speaks of a third person of the pronoun's gender is not that person's own words. When
        the nearest person (`found`) has not spoken lately and another compatible person spoke
        in this paragraph or the one before (the lawyer, the witness), the words are theirs."""
        gender = self.lex.pronouns.get(token.lower_)
        if gender not in THIRD_PERSON or not found.name:
            return found
        if not set(_WORDS.findall(quoted.lower())) & THIRD_PERSON[gender]:
            return found
        floor = self._previous_paragraph_start(at)
        recent = []
        for off, spk in reversed(self.r.history):  # in text order: stop at the floor
            if off < floor:
                break
            if off < at:
                recent.insert(0, spk)
        if any(spk.name == found.name for spk in recent) or self._just_spoke(found.name, at):
            return found
        for spk in reversed(recent):
            if spk.kind == PERSON and self.ix.compatible(spk.name, gender):
                role = spk.role or self.ix.roles.get(spk.name)
                return Speaker(spk.name, PERSON, role, found.mention, found.start, found.end)
        return found

    def _just_spoke(self, name: str, at: int) -> bool:
        """ "Rep. Ann Lee also condemned the advert. “Burning her picture is hateful,” she
        wrote": the person is named in this sentence or the one before as the subject of a
        verb of saying (condemned, criticised, told): she has the floor, whomever her words
        speak of."""
        s_idx = self.ix.sentence_index(at)
        lo = self.ix.sent_starts[max(0, s_idx - 1)] if s_idx >= 0 else 0
        i = self.ix.mentions_before(lo)
        while i < len(self.ix.mentions) and self.ix.mentions[i].start < at:
            m = self.ix.mentions[i]
            i += 1
            if m.entity["name"] != name or self.ix.in_marks(m.start):
                continue
            head = phrase_head(self.doc[m.token_i])
            verb = head.head if head.dep_ == "nsubj" else after_colon(head, m.end)
            said = verb is not None and (
                self.lex.is_speech(verb) or verb.lemma_.lower() in self.lex.object_speech
            )
            if said:  # "told", "condemned" (not "Doyle was found in …": acted on)
                return True
        return False

    def _previous_paragraph_start(self, at: int) -> int:
        paragraphs = [p for p in self.ctx.article.paragraphs if p.kind == "body"]
        starts = [p.start for p in paragraphs]
        k = bisect.bisect_right(starts, at) - 1
        return starts[max(0, k - 1)] if starts else 0

    def person_antecedent(
        self, gender: str, at: int, content: tuple[tuple[int, int], ...] = ()
    ) -> str | None:
        """The compatible person named nearest before `at`, sentence by sentence: in each sentence
        a main-clause subject beats an object, and a known gender beats an unknown one. Beyond a
        few sentences, the latest compatible speaker, else the latest compatible person at all.
        Never one named in `content`, the words the pronoun's own statement attributes
        (`lib.quotes.speakers.content`)."""
        s_idx = self.ix.sentence_index(at)
        i = self.ix.mentions_before(at) - 1
        fallback = None
        people = self._people(at)
        for back in range(PRONOUN_LOOKBACK_SENTENCES + 1):
            lo = self.ix.sent_starts[s_idx - back] if s_idx - back >= 0 else 0
            ranked = self._unnamed_subjects(lo, at, gender)
            ranked += self._described_subject(s_idx - back, at, gender, people)
            ranked += self.unnamed.candidates(s_idx - back, at, gender, self.clause_gender)
            bound = self.chains.pronoun_subject(s_idx - back, gender, at)
            if bound is not None and not self.chains.taken_over(bound.idx, at, gender):
                earlier = self.chains.chained(bound.idx, bound.idx + 1, gender)
                if earlier:
                    return earlier  # "… she called it absurd. “…,” she said": the same "she"
                k = self.ix.sentence_index(lo) + 1
                hi = self.ix.sent_starts[k] if k < len(self.ix.sent_starts) else at
                chained = self.chains.chained(lo, min(hi, at), gender)
                if chained and not ranked:
                    return chained
            spoke = speakers_named(self.r.spoken, lo, at)
            while i >= 0 and self.ix.mentions[i].start >= lo:
                m = self.ix.mentions[i]
                i -= 1
                name = m.entity["name"]
                if m.entity["label"] != "PERSON" or self._quoted(m.start, content):
                    continue
                subject = m.subject or after_colon(self.doc[m.token_i], m.end) is not None
                floor = back > 0 and spoke_unparsed(self.doc, m, spoke)
                if bound is not None and not subject:
                    continue  # "he said Ryan", "Asked about Ryan, he said": not the "he"
                if back == 0 and controlled(self.doc, m, self.ix.token_at(at)):
                    continue  # "When asked about Ryan, he said": the "he" was asked
                if self.unnamed.addressed(self.doc[m.token_i], m.end):
                    continue  # "Sharon, how unusual was it? She …": Sharon is "you"
                if gender != "any" and name not in people:
                    continue  # a product or place the tagger called a person
                if self.ix.compatible(name, gender):
                    known = self.ix.gender.get(name) == gender
                    rank = 0.75 if subject and reported(self.doc, self.lex, m) else not subject
                    rank = 0.5 if floor and not subject else rank
                    rank = (
                        0.75 if rank == 1 and nested_sayer(self.doc, self.lex, m, spoke) else rank
                    )
                    rank = 1.5 if rank == 1 and name_as_modifier(self.doc[m.token_i]) else rank
                    ranked.append((rank, not known, -m.start, name))
                    fallback = fallback or name
            if ranked:
                best = min(ranked)
                held = self._floor_held(lo, gender, -best[2]) if back and best[0] >= 1 else None
                name = held or best[3]
                if gender in ("male", "female"):
                    self.ix.gender.setdefault(name, gender)  # later pronouns see this decision
                return name
            if s_idx - back <= 0:
                break
        for _, spk in reversed(self.r.history):
            doubtful = spk.name in self.ix.gender and spk.name not in self.ix.seen_as_person
            doubtful = doubtful and spk.name not in self.unnamed.described  # "a man": a person
            if spk.kind == PERSON and self.ix.compatible(spk.name, gender) and not doubtful:
                return spk.name
        while i >= 0 and fallback is None:
            m = self.ix.mentions[i]
            i -= 1
            if m.entity["label"] == "PERSON" and self._quoted(m.start, content):
                continue
            if gender != "any" and m.entity["name"] not in people:
                continue
            if m.entity["label"] == "PERSON" and self.ix.compatible(m.entity["name"], gender):
                fallback = m.entity["name"]
        return fallback

    def _floor_held(self, lo: int, gender: str, named: int) -> str | None:
        """For a he/she: the person who spoke in the sentence before the one starting at `lo`,
        when that sentence's best candidate, named at offset `named` as no subject, stands in a
        side clause ("Vance insisted that … . But that was in 2014, when Ben Hale was mayor. On
        Sunday he said …": a name in a side clause does not take the floor from the speaker)."""
        k = self.ix.token_at(named)
        if gender not in THIRD_PERSON or k is None or not in_side_clause(self.doc[k]):
            return None
        k = self.ix.sentence_index(lo) - 1
        floor = self.ix.sent_starts[k] if k >= 0 else lo
        for at, spk in reversed(self.r.history):
            if at < floor:
                break
            if at < lo and spk.kind == PERSON and spk.name and self.ix.compatible(spk.name, gender):
                return spk.name
        return None

    def focus(self, at: int) -> str | None:
        """The person a description of no gender stands for (`chained_focus`), else the
        nearest person (`person_antecedent`)."""
        return self.chained_focus(at) or self.person_antecedent("any", at)

    def chained_focus(self, at: int) -> str | None:
        """The person who has the floor through a pronoun ("She said she wants one less child.
        “…,” the freshman Democrat said"): the one the "she" or "he" that is the main-clause
        subject of this sentence or of the FOCUS_SENTENCES before was taken for as a speaker
        (`Chains.chained`), while nobody of that gender has been named as a subject since."""
        s_idx = self.ix.sentence_index(at)
        for back in range(FOCUS_SENTENCES + 1):
            for gender in THIRD_PERSON:
                bound = self.chains.pronoun_subject(s_idx - back, gender, at)
                if bound is None or self.chains.taken_over(bound.idx, at, gender):
                    continue
                name = self.chains.chained(bound.idx, bound.idx + 1, gender)
                if name:
                    return name
        return None

    def _quoted(self, offset: int, content: tuple[tuple[int, int], ...]) -> bool:
        """Inside quote marks, an embedded post or `content`, the words the pronoun's own
        statement attributes: no antecedent of its speaker."""
        return self.ix.in_marks(offset) or inside(content, offset)

    def _people(self, at: int) -> Container[str]:
        """Names seen as a person's (`MentionIndex.seen_as_person`), and those of the people who
        spoke by name before `at` ("Co-host Meghan Lane … noting that …"): a product or a place
        says nothing."""
        return People(self.ix.seen_as_person, self.r.spoken, at)

    def _unnamed_subjects(self, lo: int, at: int, gender: str) -> list[tuple]:
        """ "The spokesman said … “…,” he said": a person the article speaks of only by a role
        ("the spokesman", "an agency official") who spoke as a main-clause subject from `lo`
        on (before `at`) is who a later "he" is, as a named person would be. Ranked like the
        mentions of `person_antecedent`."""
        out = []
        for spk in self.r.spoken.starting_in(lo, at):
            if self._one_of(spk, gender):  # "“…,” one of the women said. “…,” she said"
                out.append((False, True, -spk.start, spk.name))
                continue
            if spk.kind != PERSON and not self._body_person(spk):
                continue
            if not self._role_only(spk) or not self._role_gender_fits(spk, gender):
                continue
            tok = self.ix.token_at(spk.start)
            head = self.doc[tok] if tok is not None else None
            while head is not None and head.dep_ in ("compound", "amod", "det", "poss"):
                head = head.head
            if head is not None and main_subject(head):
                out.append((False, True, -spk.start, spk.name))
        return out

    def _one_of(self, spk: Speaker, gender: str) -> bool:
        """A speaker picked out of a group as the main-clause subject, "one of the women said":
        one person, who has the floor for a later "she" as a named one would, though the
        speaker column names the group. The group's word must not clash with the pronoun
        ("one of the men" is no "she")."""
        tok = self.ix.token_at(spk.start) if spk.start is not None else None
        if tok is None:
            return False
        group = phrase_head(self.doc[tok])
        of = group.head
        if group.dep_ != "pobj" or of.lower_ != "of" or of.head.lower_ != "one":
            return False
        said = self.lex.gendered_roles.get(group.lemma_.lower())
        return main_subject(of.head) and (gender == "any" or said in (None, gender))

    def _described_subject(self, s_idx: int, at: int, gender: str, people) -> list[tuple]:
        """ "The senator criticised Cole’s use of the study, which he said was …": a sentence
        whose main-clause subject is "the" + a role ("the senator", "the congresswoman") has as
        its subject the person named before who holds that role (`_role_holder`), as a name
        would be; a person named only as the object's owner (Cole) no longer wins the "he" for
        want of a named subject. A name the description itself carries ("the foreign minister,
        Janos Martonyi,") is who it is. Ranked like the mentions of `person_antecedent`."""
        if s_idx < 0 or gender not in THIRD_PERSON:
            return []
        roles = self.lex.role_words
        out = []
        for t in self.ctx.sentences[s_idx].span:
            if t.idx >= at or t.pos_ != "NOUN" or t.lower_ not in roles:
                continue
            if t.dep_ not in SUBJECT_DEPS or not main_subject(t) or self.ix.in_marks(t.idx):
                continue
            if not any(d.dep_ == "det" and d.lower_ in ("the", "this") for d in t.lefts):
                continue  # "a senator said": someone new
            said = self.lex.gendered_roles.get(t.lower_)
            if said not in (None, gender):
                continue
            named = self.r.speaker_of(t, at)  # "the foreign minister, Janos Martonyi,": his
            named_person = named.kind == PERSON and named.name in self.ix.seen_as_person
            name = named.name if named_person else None  # not "the 57-year-old scientist"
            name = name or self._role_holder(t.lower_, gender, t.idx)
            if name and name in people and self.ix.compatible(name, gender):
                out.append((False, self.ix.gender.get(name) != gender, -t.idx, name))
        return out

    def _role_holder(self, role: str, gender: str, at: int) -> str | None:
        """The person named nearest before `at` (a few sentences back) whom the article gives
        `role` (`PersonFit.profile`: "Sen. Tom Ruiz" for "the senator") and whose gender the
        pronoun agrees with."""
        floor = self.ix.floor(at)
        i = self.ix.mentions_before(at) - 1
        while i >= 0 and self.ix.mentions[i].start >= floor:
            m = self.ix.mentions[i]
            i -= 1
            name = m.entity["name"]
            if m.entity["label"] != "PERSON" or not self.ix.compatible(name, gender):
                continue
            if any(same_role(role, w) for w in self.r.described.fits.profile(name)):
                return name
        return None

    def _body_person(self, spk: Speaker) -> bool:
        """ "A spokeswoman for the Interior Department said …. She said": a body credited
        through the person who spoke for it (its `role` a person's role word) is who a later
        "she" is; the statement is the body's, as the first one was."""
        words = (spk.role or "").split()
        return spk.kind == ORGANIZATION and bool(words) and words[-1] in self.lex.person_nouns

    def _role_words(self, spk: Speaker) -> str:
        """The words that say what the speaker is: the role of a body's spokesperson, else
        the name."""
        return (spk.role if self._body_person(spk) else spk.name) or ""

    def _role_only(self, spk: Speaker) -> bool:
        """A speaker named by a role and no person's name ("State Department spokesman")."""
        last = self._role_words(spk).split()[-1:] or [""]
        word = last[0]
        roles = self.lex.role_words
        return (
            word.islower()
            and word in roles
            and not any(
                m.entity["label"] == "PERSON"
                for m in [self.ix.entity_for(spk.start, spk.end or spk.start)]
                if m is not None
            )
        )

    def _role_gender_fits(self, spk: Speaker, gender: str) -> bool:
        said = self.lex.gendered_roles.get((self._role_words(spk).split() or [""])[-1])
        return gender == "any" or said is None or said == gender

    def group_antecedent(self, at: int, plural: bool) -> Speaker | None:
        """ "It said": the latest organisation that was a main-clause subject lately, else the
        last organisation (or group) that spoke."""
        s_idx = self.ix.sentence_index(at)
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
                and t.lower_ not in RELATIVE
            ]
            # main-clause subjects first ("Norsk Battery, in which Volvo holds a stake, ..."),
            # then one not brought in by "a" ("… in which a state school punishes a student"),
            # then the nearest ("The government has offered 4.5%, which it says ...")
            for t in sorted(subjects, key=lambda t: (not main_subject(t), introduced_new(t), -t.i)):
                if not plural and t.tag_ == "NNS":
                    continue  # "Many committees said … . It called …": "it" is never many
                if not plural and self._document_said(t):
                    found = self.r.speaker_of(t, at)  # "The memo said … . …, it said"
                    return Speaker(found.name, found.kind, found.role, None, None, None)
                group = self._group_subject(t, at, plural)
                if group is not None:
                    return Speaker(group.name, group.kind, group.role, None, None, None)
        for _, spk in reversed(self.r.history):
            if not plural and self._spoke_as_many(spk):
                continue  # "Many countries said …. It describes …": "it" is never a plural
            if spk.kind == ORGANIZATION or (plural and spk.kind == UNKNOWN):
                return spk
        return None

    def _spoke_as_many(self, spk: Speaker) -> bool:
        """Was `spk` named as many ("many countries", "the agencies", "they")? Its mention's
        last word is a plural common noun or a plural pronoun. Plural names stay singular
        ("the United States", "Democrats" are proper nouns): only common nouns count, as a
        name is singular or plural by what it names."""
        mention = (spk.mention or "").lower()
        if mention in self.lex.pronouns:
            return self.lex.pronouns[mention] == "plural"
        k = self.ix.token_at(spk.end - 1) if spk.end is not None else None
        return k is not None and self.doc[k].tag_ == "NNS"

    def _document_said(self, token) -> bool:
        """ "The memo said his assets were large. … , it said": a document that was the
        main-clause subject of a saying, or of any verb that quotes ("“…,” the ad begins. “…,”
        it continues"), is what a later "it said" goes on quoting; "it" stands
        for the document, whose speaker is its author (or nobody the article names), not for
        an organisation named further back."""
        return (
            main_subject(token)
            and token.lower_ not in self.lex.pronouns
            and self.r.documents.is_document(token)
            and (self.lex.is_speech(token.head) or self._quoting(token))
        )

    def _quoting(self, token) -> bool:
        """Is document `token` the active subject of a verb that quotes ("the ad begins", "the
        letter continues")? Not of a passive one: "the video is called …" names it."""
        return token.dep_ == "nsubj" and self.lex.is_cue(token.head)

    def _group_subject(self, token, at: int, plural: bool) -> Speaker | None:
        """A subject that "it"/"they" can stand for: a body that spoke as that subject before
        ("The estate said … “…,” it said": whatever "the estate" was taken for), a named
        organisation or a body noun."""
        token = (member_group(token) if plural else None) or token  # "X was among N Ys"
        spoke = self._spoke_as(token, at, plural)
        if spoke is not None or token.lower_ in self.lex.pronouns:
            return spoke  # "It describes itself as … “…,” it says": the same "it"
        named = self.unnamed.people_subject(token, at) if plural else None
        if named is not None:  # "Democrats denounced it. They said …": the people
            return named
        m = self.ix.entity_for(token.idx, token.idx + len(token))
        if m is not None and m.entity["label"] in ("ORG", "GPE"):
            return Speaker(m.entity["name"], ORGANIZATION, None, None, None, None)
        named = self.r.nouns.appos_name(token)
        if named is not None and named.entity["label"] != "PERSON":
            return Speaker(named.entity["name"], ORGANIZATION, None, None, None, None)
        lemma = token.lemma_.lower()
        is_body = (
            token.pos_ == "NOUN"
            and (lemma in self.lex.org_nouns or token.lower_ in self.lex.org_nouns)
            and (plural or token.tag_ != "NNS")  # "the agencies" is never an "it"
        )
        people = self.lex.person_nouns | self.lex.people_nouns  # "the relatives", "officials"
        is_people = plural and token.tag_ == "NNS" and (lemma in people or token.lower_ in people)
        if m is None and (is_body or is_people):
            found = self.r.nouns.speaker(token, self.r.nouns.np_core(token), at)
            return found if found.name else None
        return None

    def _spoke_as(self, token, at: int, plural: bool) -> Speaker | None:
        """The organisation (or, for "they", the group or the people listed) that subject
        `token` (before `at`) was resolved to when it spoke, if it did: "Curators Lia Moro and
        Gus Fenn said organizers wanted … “…,” they said" is the two curators, who have the
        floor, not the organizers their words were about."""
        kinds = (ORGANIZATION, UNKNOWN) if plural else (ORGANIZATION,)
        for off, spk in reversed(self.r.history):
            several = plural and spk.kind == PERSON and " and " in (spk.name or "")
            if off >= at or spk.start is None or spk.end is None:
                continue
            if spk.kind not in kinds and not several:  # "Lee and Ruiz said …": "they" are them
                continue
            if spk.start <= token.idx < spk.end:
                return Speaker(spk.name, spk.kind, spk.role, None, None, None)
        return None
