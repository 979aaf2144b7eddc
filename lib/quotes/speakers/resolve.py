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

The work is split along the kinds of mention: `mentions` (the entity index, roles, gender),
`pronouns` ("he", "it", "they"), `nouns` (names the tagger missed, roles, bodies, appositions)
and `documents` ("the statement said", "a report by X"). This module dispatches between them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from lib.quotes.lexicon import Lexicon
from lib.quotes.sayers import relative_antecedent
from lib.quotes.speakers.callbacks import Callbacks
from lib.quotes.speakers.crews import Crews
from lib.quotes.speakers.described import WORD_LABELS, Described
from lib.quotes.speakers.documents import Documents
from lib.quotes.speakers.groups import Groups
from lib.quotes.speakers.held import HeldRoles
from lib.quotes.speakers.kin import Relatives
from lib.quotes.speakers.later import NamedLater
from lib.quotes.speakers.mentions import ORGANIZATION, PERSON, UNKNOWN, MentionIndex, Speaker
from lib.quotes.speakers.newcomers import newcomer
from lib.quotes.speakers.nouns import CommonNouns
from lib.quotes.speakers.offsets import HistoryIndex
from lib.quotes.speakers.persons import role_near
from lib.quotes.speakers.pronouns import RELATIVE, Pronouns
from lib.quotes.speakers.shapes import (
    acronym,
    capitalised,
    capitalised_run,
    listable,
    named_member,
    possessive_pronoun,
    relative_teller,
    resident_of,
    speaker_like,
)
from lib.quotes.speakers.sources import OwnSources
from lib.quotes.speakers.surnames import SharedSurnames
from lib.quotes.speakers.titles import Titles
from lib.quotes.speakers.words import apostrophe_surname, speaker_words

__all__ = ["ORGANIZATION", "PERSON", "UNKNOWN", "Speaker", "SpeakerResolver"]


class SpeakerResolver:
    """Resolves subject tokens to speakers; call `resolve` in text order (pronouns use history)."""

    def __init__(self, ctx, lex: Lexicon, inside_quote, quoted: Sequence[tuple[int, int]] = ()):
        self.ctx, self.lex, self.text, self.doc = ctx, lex, ctx.text, ctx.doc
        self.index = MentionIndex(ctx, lex, inside_quote, quoted)
        self.history: list[tuple[int, Speaker]] = []  # resolved speakers in text order
        # the history by mention offset and by last word (`offsets`), one view for every part
        self.spoken = HistoryIndex(self.history)
        self.pronouns = Pronouns(self)
        self.nouns = CommonNouns(self)
        self.documents = Documents(self)
        self.sources = OwnSources(self)
        self.groups = Groups(self)
        self.crews = Crews(self)
        self.later = NamedLater(self)
        self.titles = Titles(self)
        self.surnames = SharedSurnames(self)
        self.held = HeldRoles(self)
        self.described = Described(self)
        self.relatives = Relatives(self)
        self.callbacks = Callbacks(self)
        self._resolving: set[int] = set()  # tokens `speaker_of` is inside of (see there)
        self.newcomers: set[int | None] = set()  # mentions of somebody new (`newcomers`)

    @property
    def roles(self) -> dict[str, str]:
        """Person name -> the first role the article gives them."""
        return self.index.roles

    def resolve(self, token, at: int, quoted: str | None = None) -> Speaker:
        """The speaker named by subject `token`, for a statement at offset `at` (`quoted`: the
        words of a direct quote the subject's verb attributes)."""
        token = self.groups.possessed_by_list(token) or token  # "Ohio and Utah’s governors"
        token = self.groups.joint.first_listed(token)  # "Ann Lee of Ohio and [Tom Ruiz]"
        speaker = self.groups.joined(token, self.speaker_of(token, at), at)
        speaker = self.surnames.which(speaker, token, at)
        if token.lower_ in RELATIVE and not acronym(token) and speaker.name:
            # "Trump, who has threatened …": like "he", the clause names its speaker by a
            # pronoun resolved to the noun before it; the mention is the clause's own word
            where = self.index.slice(token.idx, token.idx + len(token))
            if speaker.start in self.newcomers:
                self.newcomers.add(where[1])
            speaker = Speaker(speaker.name, speaker.kind, speaker.role, *where)
        if quoted and token.lower_ in self.lex.pronouns:
            speaker = self.pronouns.quote_about_another(speaker, token, quoted, at)
        if (
            speaker.name
            and not speaker_like(speaker.name, token)
            and not self._name_tagged_otherwise(token)
        ):
            speaker = Speaker(None, UNKNOWN, None, speaker.mention, speaker.start, speaker.end)
        gender = self.pronouns.clause_gender(token) if speaker.name else None
        if gender:  # "the senator said she …": for `agreement` to check the name against
            speaker = dataclasses.replace(speaker, gender=gender)
        self.remember(at, speaker)
        return speaker

    def _name_tagged_otherwise(self, token) -> bool:
        """ "Gabbard, while stressing …, said": a capitalised word the article gives as a name
        speaks even where the tagger took it for an adverb or a determiner."""
        return token.text[:1].isupper() and self.index.known_name(token.text)

    def remember(self, at: int, speaker: Speaker) -> None:
        if speaker.name:
            self.history.append((at, speaker))

    def _owns_statement(self, token) -> bool:
        """ "his suggestion that …", "its claim that …": a possessive of data/speakers.toml
        [possessives] on a statement noun names who made the statement. On another noun ("said
        his name was Mason") it is part of what was said, and names nobody. A document's
        possessive ("her plan states") is read in `_speaker_of` instead: round 13 tried it here
        and lowered a blind set; round 21's document rule lowered none (second US 0.68 -> 0.69)."""
        if token.lower_ not in speaker_words().possessives or token.dep_ != "poss":
            return False
        noun = token.head
        return noun.lower_ in self.lex.nouns or noun.lemma_.lower() in self.lex.nouns

    @staticmethod
    def _view_owner(token):
        """The owner of a view held ("his theories", "Lee's ideology": data/speakers.toml
        [held_views]) that stands as a statement's source: a view is held, never said, so what
        it is said to include is its owner's. None for any other noun, or one with no owner."""
        if token.pos_ != "NOUN" or token.lemma_.lower() not in speaker_words().held_views:
            return None
        return next((c for c in token.children if c.dep_ == "poss"), None)

    def _name_before_determiner(self, mention, token) -> list:
        """The name's own words when the tagger ran a name on into the next phrase ("Rathbun
        the Scientology"): a name has no "the" after its first word. Empty when it is whole."""
        if mention is None or not mention.start <= token.idx < mention.end:
            return []
        words = self.doc[
            self.index.token_at(mention.start) : self.index.token_at(mention.end - 1) + 1
        ]
        cut = next(
            (t.i for t in words if t.i > words.start and t.lower_ in ("the", "a", "an")), None
        )
        if cut is None or token.i >= cut:
            return []
        name = [t for t in self.doc[words.start : cut]]
        return name if capitalised(name) else []

    def _relative_antecedent(self, head, relative, at: int) -> Speaker:
        """ "Judge Ashworth, who said": the noun the relative clause hangs on. After a list
        ("Govs. Ann Lee and Tom Ruiz, who say") every name in it speaks, wherever the parser
        hung the clause; a clause right after one name ("Lee, who said …, and Ruiz") is hers.
        So with groups named by plural nouns: "opposed by developers and farmers who said" is
        both groups, as "Developers and farmers said" is."""
        first = head
        while first.dep_ == "conj" and listable(first.head) and first.head.i != first.i:
            first = first.head
        names = [first, *self.groups.conjuncts(first)]
        if len(names) > 1 and all(listable(t) and t.i < relative.i for t in names):
            joined = self.groups.joined(first, self.speaker_of(first, at), at)
            if joined.name:
                return joined
        member = named_member(head)
        if member is not None:  # "Sen. Ann Lee, one of the mayor's critics who called …": Lee
            return self.speaker_of(member, at)
        return self.speaker_of(head, at)

    def speaker_of(self, token, at: int) -> Speaker:
        """The speaker `token` names, without recording it (documents resolve their authors
        through this). A poll speaks under its sponsor's name: "A Daily Herald poll found" and
        then "the poll found" are "Daily Herald poll" (data/speakers.toml, `surveys.sponsored`).

        Rules hand a token on to another (a place to the people it places, a document to its
        author); two of them can hand back and forth ("polls from Quinnipiac": the polls' author
        is Quinnipiac, whose "from" makes it a place of the polls), so a token met again inside its
        own resolution names nobody rather than recursing without end."""
        if token.i in self._resolving:
            return Speaker(
                None, UNKNOWN, None, *self.index.slice(token.idx, token.idx + len(token))
            )
        self._resolving.add(token.i)
        try:
            speaker = self._speaker_of(token, at)
        finally:
            self._resolving.discard(token.i)
        word = token.lemma_.lower()
        if token.pos_ != "NOUN" or word not in speaker_words().sponsored or not speaker.name:
            return speaker
        if speaker.name.lower().endswith((word, token.lower_)) or speaker.kind == PERSON:
            return speaker
        return Speaker(
            f"{speaker.name} {word}", UNKNOWN, None, speaker.mention, speaker.start, speaker.end
        )

    def _outlet(self, token, at: int) -> Speaker | None:
        """ "the paper", "the outlet": the news outlet named before (`news_body`), asked before
        the documents, for which "paper" is a study."""
        if token.pos_ != "NOUN":
            return None
        core = self.nouns.np_core(token)
        outlet = self.nouns.news_body(token, core, at)
        if outlet is None:
            return None
        return Speaker(outlet, ORGANIZATION, None, *self.index.slice(*self.index.np_bounds(core)))

    def _speaker_of(self, token, at: int) -> Speaker:
        resident = resident_of(token)
        if resident is not None and (
            self.documents.is_document(resident) or resident.lemma_.lower() in self.lex.works
        ):
            resident = None  # "polls from Quinnipiac": where the polls come from, their author
        if resident is not None:  # "Josh Ware of Garland, Texas, told": the man, not Texas
            return self.speaker_of(resident, at)
        account = self.described.account_owner(token, at)
        if account is not None:  # "the Swing Left Twitter account wrote": Swing Left
            return account
        others = self.described.others_than(token)
        if others is not None:  # "20 states refused and others said": other states
            return others
        contrasted = self.sources.contrasted(token)
        if contrasted is not None:  # "one user wrote … Another said": another user
            return contrasted
        so_named = self.described.so_named(token, at)
        if so_named is not None:  # "Someone named Ann Lee told reporters"
            return so_named
        low = token.lower_
        if low.strip(".") in self.lex.post_nominals and token.i > 0:
            before = self.doc[token.i - 1]  # "barrister Tom Molomby SC told": the name speaks
            if before.pos_ == "PROPN" and before.text[:1].isupper():
                return self.speaker_of(before, at)
        if low in RELATIVE and acronym(token):
            return self.nouns.proper_name([token])  # "WHO said": the body, not "who"
        if low in RELATIVE:
            verb = token.head  # "the tenants, who live here and who have said ...": the first
            while verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:  # relative
                verb = verb.head  # clause's verb ("who are fighting to keep … and who said")
            if verb.dep_ == "relcl":
                return self._relative_antecedent(relative_antecedent(verb), token, at)
        example = self.groups.example(token)
        if example is not None:  # "papers such as the Ledger and the Courier": every one
            cited = self.groups.joined(example, self.speaker_of(example, at), at)
            own = example.head.head.i == token.i  # not "…, including X" at the clause's end
            if own and cited.name and cited.end is not None:  # the group with its examples
                start = min(token.left_edge.idx, cited.start or token.idx)
                return Speaker(
                    cited.name, cited.kind, cited.role, *self.index.slice(start, cited.end)
                )
            return cited
        counted = self.crews.counted(token)
        if counted is not None:  # "Lee and Ruiz wrote … Both said": the two named
            return counted
        group = self.groups.member(token) or self.groups.document(token)
        if group is not None:  # "one of them, Rosa Delgado", "a version of the letter"
            return self.speaker_of(group, at)
        teller = relative_teller(token) if low in self.lex.pronouns else None
        if teller is not None:  # "Lee praised her aide, who she said …": Lee, not the aide
            return self.speaker_of(teller, at)
        if low in self.lex.pronouns or self._owns_statement(token):
            return self.pronouns.speaker(token, at)  # "he said", "his suggestion that …"
        owner = self._view_owner(token)
        if owner is not None:  # "His conspiracy theories included a claim that …": his
            own = owner.lower_ in speaker_words().possessives or owner.lower_ in self.lex.pronouns
            return self.pronouns.speaker(owner, at) if own else self.speaker_of(owner, at)
        outlet = self._outlet(token, at)
        if outlet is not None:  # "the paper reported": the newspaper named before, no study
            return outlet
        if self.documents.is_document(token):
            owned = self.documents.owners_body(token)
            if owned is not None:  # "Trump's campaign ad says": the Trump campaign
                return owned
            mine = possessive_pronoun(token, self.lex.org_nouns)
            if mine is not None:  # "her plan states": the woman the pronoun stands for
                return self.pronouns.speaker(mine, at)
            author = self.documents.author(token)
            if author is None and self.documents.unsigned(token):
                return self.documents.itself(token)  # "press reports say"
            if author is None and self.documents.cited_work(token):
                return self.documents.itself(token)  # "X cited a federal study that found"
            if author is None:  # "the statement said": a document speaks for nobody we know,
                earlier = self.documents.earlier_author(token)  # unless an earlier line named one
                where = self.index.slice(token.idx, token.idx + len(token))
                if earlier is not None:
                    return Speaker(earlier.name, earlier.kind, earlier.role, *where)
                return Speaker(None, UNKNOWN, None, *where)
            run = self.documents.untagged_name(author)
            if run:  # "Fusion GPS’ statement" with "Fusion GPS" tagged nothing
                return self.nouns.proper_name(run)
            # "Ann Lee and Tom Ruiz have filed a lawsuit … The lawsuit says": both wrote it
            return self.groups.joined(author, self.speaker_of(author, at), at)
        core = self.nouns.np_core(token)
        start, end = core[0].idx, core[-1].idx + len(core[-1])
        if token.pos_ == "NOUN" and token.lemma_.lower() in self.lex.works:
            author = self.documents.author(token)  # "A study by X found"
            if author is not None and not self.documents.is_document(author):
                return self.speaker_of(author, at)
            earlier = self.documents.earlier_author(token)  # "… The study said"
            if earlier is not None:
                return Speaker(
                    earlier.name, earlier.kind, earlier.role, *self.index.slice(start, end)
                )
        fresh = newcomer(self.index, self.lex, token)
        if fresh is not None:  # "… by an immigration activist. The activist said": that one
            self.newcomers.add(fresh.start)  # no epithet of a person named before
            return fresh
        relative = self.relatives.speaker(token, at)
        if relative is not None:  # "the widow of Sen. Tom Hale said": the widow, not Hale
            return relative
        described = (
            self.described.party_member(token, core, at)
            or self.described.called_back(token, at)
            or self.described.placed(token, core, at)
        )
        if described is not None:  # "the Ohio Republican said", "these people said"
            return described
        crew = self.crews.list_in_apposition(token)
        if crew is not None:  # "the two lawyers, Ann Lee and Tom Ruiz,": both, not the first
            return Speaker(crew.name, PERSON, None, *self.index.slice(start, end))
        named = self.nouns.appos_name(token)
        if named is not None:
            ent = named.entity
            if ent["label"] == "PERSON":
                role = self.index.clean_np(core) or self.index.roles.get(ent["name"])
                return Speaker(ent["name"], PERSON, role, *self.index.slice(named.start, named.end))
            return Speaker(
                ent["name"], ORGANIZATION, None, *self.index.slice(named.start, named.end)
            )
        person = self.nouns.person_after_role(token, core)
        if person is not None:  # "Chief investment officer at Fort Pitt Group Charlie Smith"
            role = self.text[start : person.start].rstrip(" ,")
            return Speaker(
                person.entity["name"],
                PERSON,
                role or None,
                *self.index.slice(person.start, person.end),
            )
        mention = self.index.entity_for(start, end)
        glued = self._name_before_determiner(mention, token)
        if glued:  # "According to Rathbun the Scientology property …": one name, not three words
            return self.nouns.proper_name(glued)
        head_in_entity = mention is not None and mention.start <= token.idx < mention.end
        if mention is not None and not head_in_entity and token.pos_ == "NOUN":
            mention = None  # "Delaney's campaign" is not Delaney
        if mention is not None and mention.entity["label"] == "PERSON":
            ent = mention.entity
            role = role_near(self.index, mention) or self.index.roles.get(ent["name"])
            return Speaker(ent["name"], PERSON, role, *self.index.slice(mention.start, mention.end))
        if (
            mention is not None
            and head_in_entity
            and mention.entity["label"] in WORD_LABELS
            and self.described.surname_of_one(list(core))
        ):  # "Leandra English … English said": a surname the tagger took for a language
            return self.nouns.proper_name(core)
        if mention is not None and head_in_entity:
            ent = mention.entity
            return Speaker(
                ent["name"], ORGANIZATION, None, *self.index.slice(mention.start, mention.end)
            )
        if token.pos_ == "PROPN" and token.text[:1].isupper():
            titled = self.titles.holder(core, at)  # "The President said": who holds it
            return titled if titled is not None else self.nouns.proper_name(core)
        if token.text[:1].isupper() and token.i > 0 and self.index.known_name(token.text):
            return self.nouns.proper_name([token])  # "Jobs said" with "Jobs" tagged a plural noun
        if apostrophe_surname(token.text):  # "“…,” O’Rourke said": tagged a noun, no entity
            return self.nouns.proper_name(core)
        run = self._capitalised_mid_sentence(token)
        if run:  # "…, Axios reports that …"
            return self._run_name(run)
        return self.nouns.speaker(token, core, at)

    def _run_name(self, run) -> Speaker:
        """A known entity or surname the run names, else the whole run as written ("Pay Our
        Interns", not the one word of it the tagger made a proper noun)."""
        named = self.nouns.proper_name(run)
        if named.start == run[0].idx or named.kind == PERSON:
            return named
        where = self.index.slice(run[0].idx, run[-1].idx + len(run[-1]))
        return Speaker(where[0], UNKNOWN, None, *where)

    def _capitalised_mid_sentence(self, token) -> list:
        """A capitalised word inside a sentence is a name, whatever the tagger made of it
        ("While Bloomberg waits, Axios reports that …" with "Axios" tagged a common noun and
        no entity): the writer capitalises it for nothing else. Not a word of the lexicon
        ("the Government said" is the government the article names), nor one at a sentence's
        start or after a colon, where every word is capitalised. Only a verb's own subject: a
        word reached through a relative pronoun or a document may name what a document is about
        ("released a Housing for All plan which asserts": the plan's author speaks). The
        capitalised run around the word (`capitalised_run`), or [] for none."""
        if token.is_sent_start or not token.text[:1].isupper():
            return []
        if token.dep_ not in ("nsubj", "nsubjpass", "conj"):
            return []
        run = capitalised_run(token)
        if run[0].i == 0 or run[0].is_sent_start:
            return []
        if self.doc[run[0].i - 1].text in (":", "“", '"', "\n"):
            return []
        return [] if any(self.lex.known_speaker(t) for t in run) else run
