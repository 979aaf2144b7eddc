"""Documents as subjects: "the statement said", "a report by X found", "Boeing's statement".

A statement, report, memo, advert or lawsuit is words somebody issued, never the somebody: the
speaker is its author, wherever the article gives it: a modifier ("Boeing's statement", "the
Trump campaign ad"), "from/by X" ("a letter signed by 40 senators"), a clause on the document
("the ad, released by the campaign", "the letter, which the union sent", "a letter it received
from the firm"), or the verb it is the object of ("the group released a statement saying"). For
"the report" with no author of its own, the author of the latest earlier report of that kind,
or the doer of the act that brought it in ("the board sued the state … The lawsuit says"); "it
said" after the document spoke is the same document (`pronouns`). With no author anywhere,
one particular document ("the memo said") names nobody and a general one speaks for itself
("a court document says": `sources`). The word lists are data/speakers.toml [sources].
"""

from __future__ import annotations

from lib.quotes.parse import named_object
from lib.quotes.speakers.mentions import ORGANIZATION, UNKNOWN, Speaker
from lib.quotes.speakers.part import ResolverPart
from lib.quotes.speakers.phrases import SUBJECT_DEPS, bare_apostrophe_owner
from lib.quotes.speakers.sources import (
    acts,
    adverts,
    drawn_up,
    filings,
    issued,
    issuing_verbs,
    law_name,
    own_phrase,
    own_words,
    pieces,
    received_from,
)
from lib.quotes.speakers.words import owned_name, speaker_words

DOCUMENT_PREPS = ("by", "from", "of", "in")
SETTINGS = ("in", "through", "via")  # "X said in a letter": X wrote it (see `_setting`)
POSSESSIVE = ("his", "her", "its")  # not an author here: shapes.possessive_pronoun reads them
NAMED_POLLS = ("poll", "survey")  # last words of a poll's own name
# "warned Erdogan not to be a “fool” in a letter": the dependencies climbed from the word the
# parser hung a document's "in" on up to the saying it is the setting of (`_saying_above`).
CLIMB_DEPS = ("attr", "conj", "xcomp", "oprd", "acomp", "dobj")
CLIMB_STEPS = 5


#: verbs whose subject wrote the document that is their object ("Lee wrote a column in …")
WRITING_VERBS = frozenset(("write", "pen", "author", "co-author", "coauthor"))


def _penned(noun) -> bool:
    """Is the document the object of a verb of writing with a subject of its own?"""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in WRITING_VERBS:
        return False
    return any(c.dep_ == "nsubj" for c in verb.children)


class Documents(ResolverPart):
    """Authors of documents that appear as the subject of a saying."""

    def is_document(self, token) -> bool:
        """A statement, report or memo, or a news piece ("the column says": data/speakers.toml
        [sources] pieces): words somebody issued, never the somebody. A word for people as
        well, described as people ("sources familiar with the talks", "diplomatic sources"), is
        the people; bare ("sources say") it stays the unnamed source it was."""
        words = {token.lower_, token.lemma_.lower()}
        if token.pos_ != "NOUN" or not words & (
            self.lex.nouns | own_words() | issued() | drawn_up() | pieces()
        ):
            return False
        if not words & (self.lex.person_nouns | self.lex.people_nouns):
            return True
        return not any(c.dep_ in ("amod", "prep", "acl", "relcl") for c in token.children)

    def author(self, noun):
        """Who issued a document: "Boeing's statement", "a statement by/from Boeing", "a report
        in Ars Technica", "company statistics", "a memo given by X" (not "a letter seen by X":
        who saw a document did not write it), or the subject of the verb it is the object of
        ("the group released a statement saying ..."). A law named on a document is what it was
        filed under, never who wrote it ("the Clery Act report" is the school's or the
        department's)."""
        unsigned = self.unsigned(noun)
        for child in noun.children:
            if child.dep_ == "poss" and child.lower_ not in POSSESSIVE and not law_name(child):
                return child
        owner = bare_apostrophe_owner(noun)  # "Fusion GPS’ statement"
        if owner is not None:
            return owner
        for child in noun.children:
            if (
                child.dep_ == "compound"
                and not unsigned
                and (child.pos_ == "PROPN" or child.lower_ in self.lex.org_nouns)
                and not law_name(child)
            ):
                return child
        for child in noun.children:
            if child.dep_ != "prep" or child.lower_ not in DOCUMENT_PREPS:
                continue
            pobj = named_object(child)
            if pobj is None or pobj.ent_type_ in ("DATE", "TIME"):
                continue
            if child.lower_ in ("in", "of") and pobj.pos_ != "PROPN":
                continue  # "a report in March", "a study of 11,800 pupils"
            if child.lower_ == "in" and _penned(noun):
                continue  # "Lee wrote a column in the Star": hers, the paper only ran it
            return pobj
        stray = _stray_by(noun)
        if stray is not None:  # "referring to a paper by psychologists Ann Lee and Tom Ruiz"
            return stray
        for child in noun.children:
            issuer = self.issued_in_clause(child)
            if issuer is not None:  # "the ad, released by the campaign", "which X sent"
                return issuer
        writer = self.written_in(noun)
        if writer is not None:  # "she resigned in a letter stating …"
            return writer
        verb = noun.head if noun.dep_ == "dobj" else None
        if verb is not None and self.read_not_written(noun):
            return None  # "DeVos cited a study that argued": not DeVos's study
        if verb is not None and not self.issued_by_verb(noun, verb):
            return None  # "CNN refused to air the ad": not CNN's ad
        sender = self._sent_from(verb)
        if sender is not None:  # "the paper published a letter from the grandmothers"
            return sender
        for _ in range(3):  # "…, releasing a statement saying": the subject of the main verb
            if verb is None or verb.pos_ not in ("VERB", "AUX"):
                return None
            subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
            if subject is not None:
                return None if self.is_document(subject) else subject
            verb = verb.head if verb.dep_ in ("advcl", "conj", "xcomp") else None
        return None

    def owners_body(self, noun) -> Speaker | None:
        """ "Trump's campaign ads", "the Marlow campaign ad": a body word between a name and
        the document says the body issued it (the campaign, not the candidate), named as the
        article names that body ("the Trump campaign"), else as the person's ("Ann Lee's
        campaign"). None otherwise."""
        body = next(
            (
                c
                for c in noun.lefts
                if c.dep_ == "compound" and c.pos_ == "NOUN" and c.lower_ in self.lex.org_nouns
            ),
            None,
        )
        if body is None or self.unsigned(noun):
            return None  # "Florida state records": from a place, by nobody named
        owners = [
            c
            for c in (*noun.lefts, *body.lefts)
            if c.i < body.i and c.dep_ in ("poss", "compound") and c.pos_ == "PROPN"
        ]
        if not owners:
            return None
        owner = max(owners, key=lambda c: c.i)
        m = self.ix.entity_for(owner.idx, owner.idx + len(owner))
        if m is None or m.entity["label"] not in ("PERSON", "ORG"):
            return None
        who = m.entity["name"]
        name = f"{who} {body.text}"
        if m.entity["label"] == "PERSON":
            name = self._body_by_surname(who, body.text) or owned_name(
                who, self.ix.surname(who), body.text
            )
        return Speaker(name, ORGANIZATION, None, *self.ix.slice(m.start, body.idx + len(body)))

    def _body_by_surname(self, person: str, body: str) -> str | None:
        """ "Trump campaign" when the article itself calls the body so ("the Trump campaign
        ad", "from the Trump campaign"), as a reader would; None when it never does."""
        name = f"{self.ix.surname(person)} {body}"
        seen = self.__dict__.setdefault("_named_in_text", {})  # one text search per name
        if name not in seen:
            seen[name] = name in self.text
        return name if seen[name] else None

    def issued_in_clause(self, clause):
        """The author a clause on a document names: the agent of a participle or a passive
        relative clause ("the ad, released by the campaign", "a letter, which was signed by 40
        senators"; not "a letter seen by Sky News": who saw it did not write it), or the subject
        of a relative clause whose verb issues it ("the letter, which the union sent")."""
        if clause.dep_ not in ("acl", "relcl"):
            return None
        sender = self.received_from(clause)
        if sender is not None:  # "a letter the council received from the mayor"
            return sender
        lemma = clause.lemma_.lower()
        if lemma in self.lex.reader_verbs:
            return None
        agent = next((c for c in clause.children if c.dep_ == "agent"), None)
        pobj = agent and next((c for c in agent.children if c.dep_ == "pobj"), None)
        if pobj is not None:
            return pobj
        relative = any(c.dep_ == "dobj" and c.lower_ in ("which", "that") for c in clause.children)
        if clause.dep_ != "relcl" or not relative or lemma not in issuing_verbs():
            return None
        return next((c for c in clause.children if c.dep_ == "nsubj"), None)

    @staticmethod
    def received_from(clause):
        """ "a letter the council received from the mayor", "a letter it said it got from the
        firm": who a document came from, by a verb of receiving it (data/speakers.toml
        [sources] received_from) in the clause on the document or in what that clause says."""
        for verb in (clause, *(c for c in clause.children if c.dep_ == "ccomp")):
            if verb.lemma_.lower() not in received_from():
                continue
            for prep in verb.children:
                if prep.dep_ == "prep" and prep.lower_ == "from":
                    pobj = named_object(prep)
                    if pobj is not None and pobj.pos_ in ("PROPN", "NOUN"):
                        return pobj
        return None

    def issued_by_verb(self, noun, verb) -> bool:
        """May the subject of the verb a document is the object of be its author? For statement
        nouns, any verb but reading ("the group released a statement", "issued a warning"); for
        adverts, videos and lawsuits (`issued`), only a verb of issuing one, not refused or
        denied ("the campaign released an ad", "the group is running ads"; not "CNN refused
        to air the ad", "Facebook kept the video up")."""
        words = {noun.lower_, noun.lemma_.lower()}
        if not words & issued() or words & self.lex.nouns:
            return True
        if any(c.dep_ == "neg" for c in verb.children):
            return False  # "the station did not run the ad"
        head = verb.head
        if verb.dep_ == "xcomp" and {head.lower_, head.lemma_.lower()} & self.lex.refusal:
            return False  # "CNN refused to air the ad"
        return verb.lemma_.lower() in issuing_verbs()

    def written_in(self, noun):
        """ "X resigned in a letter", "X wrote in a memo", "X hit back with a new ad": the active
        subject of the verb the document is the setting of wrote it (not "X was named in a
        report": passive; not "X is in the report")."""
        prep = noun.head
        if noun.dep_ != "pobj" or not _setting(noun, prep):
            return None
        verb = prep.head
        if verb.pos_ != "VERB" or verb.lemma_.lower() == "be":
            return None
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or self.is_document(subject):
            return None
        return subject

    def read_not_written(self, noun) -> bool:
        """A document that is the object of a verb of reading or citing ("cited a study",
        "obtained a memo"): the verb's subject read it, someone else wrote it."""
        verb = noun.head
        return noun.dep_ == "dobj" and verb.lemma_.lower() in self.lex.reader_verbs

    def cited_work(self, noun) -> bool:
        """A work (a study, a survey, a report: cues.toml [nouns] works) someone cited or read:
        with no author of its own, the work itself speaks ("cited a federal study that found").
        A letter someone received stays unattributed: its sender is who speaks."""
        return noun.lemma_.lower() in self.lex.works and self.read_not_written(noun)

    def untagged_name(self, owner) -> list:
        """The capitalised words ending at a document's owner that the tagger left untagged
        ("Fusion GPS" parsed as two common nouns before "’ statement"); empty otherwise."""
        if owner.pos_ == "PROPN" or not owner.text[:1].isupper() or owner.is_sent_start:
            return []
        if self.ix.entity_for(owner.idx, owner.idx + len(owner)) is not None:
            return []
        run = [owner]
        while run[0].i > run[0].sent.start:
            before = self.doc[run[0].i - 1]
            if not before.text[:1].isupper() or before.head.i not in (run[0].i, owner.head.i):
                break
            run.insert(0, before)
        return run

    def unsigned(self, noun) -> bool:
        """ "press reports", "Florida state records": documents named by where they come from,
        a place or the press at large, not by who issued them; they speak for themselves."""
        mods = [t for t in noun.subtree if t.i < noun.i and t.dep_ == "compound"]
        sources = speaker_words().unsigned_sources
        return bool(mods) and all(
            t.ent_type_ in ("GPE", "LOC", "NORP") or t.lower_ in sources for t in mods
        )

    def itself(self, noun) -> Speaker:
        """The document as its own speaker, in the words the article uses ("press reports")."""
        s, e = own_phrase(noun)
        return Speaker(self.text[s:e], UNKNOWN, None, *self.ix.slice(s, e))

    @staticmethod
    def _sent_from(verb):
        """ "X published a letter from Y": the parser hangs "from Y" on the verb; Y wrote it."""
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            return None
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ == "from":
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None and pobj.pos_ in ("PROPN", "NOUN") and not pobj.ent_type_:
                    return pobj
                if pobj is not None and pobj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
                    return pobj
        return None

    def earlier_author(self, noun) -> Speaker | None:
        """ "the report" with no author of its own: the author of the latest earlier report
        ("a report by X", "X's report", "X said in a report", "X released a report"). A work
        (study, survey, report …) may be named by another work word ("a survey by X … the
        study"), a news piece by another piece word ("X published a story … the article"), a
        court filing by another filing word ("X said in a filing … the memo"); other documents
        only by the same word. An earlier one with no author that was a statement's speaker
        itself ("a Harbor Institute study argued … the findings show") is that speaker."""
        bare_plural = noun.tag_ == "NNS" and not any(t.dep_ == "det" for t in noun.lefts)
        if not bare_plural and not any(t.lower_ in ("the", "this", "that") for t in noun.lefts):
            return None  # "a report" is another one
        lemma = noun.lemma_.lower()
        same = next(
            (kin for kin in (self.lex.works, pieces(), filings(), adverts()) if lemma in kin),
            frozenset((lemma,)),
        )
        floor = self.ix.floor(noun.idx) if bare_plural else 0  # "Records also show": lately
        if bare_plural:
            return self._walk_back(noun, lemma, same, floor, None)
        walked = self.__dict__.setdefault("_walked", {})  # (noun, word) -> what its walk found
        if (noun.i, lemma) not in walked:
            walked[(noun.i, lemma)] = self._walk_back(noun, lemma, same, 0, walked)
        return walked[(noun.i, lemma)]

    def _walk_back(self, noun, lemma: str, same, floor: int, walked: dict | None):
        """`earlier_author`'s walk from `noun` back to `floor`. Past an earlier document of the
        same word that names nobody, the rest of the walk is that document's own: its answer
        (`walked`) is taken, so "The ad said …" in every sentence reads the text once. A bare
        plural ("Records show", `walked` None) reads only lately, back to `floor`."""
        bare_plural = walked is None
        spoke = self._spoken_at(floor, noun.idx)
        for t in reversed(self.doc[: noun.i]):
            if t.idx < floor:
                break
            named = self._named_work(t, same)
            if named is not None:  # "A Harbor University Poll showed … The survey found"
                return named
            actor = self._made_by_act(t, lemma)
            if actor is not None:  # "The board sued the state … The lawsuit says"
                return actor
            if t.pos_ != "NOUN" or t.lemma_.lower() not in same or self.ix.in_marks(t.idx):
                continue
            if bare_plural and t.tag_ != "NNS":
                continue  # "Posts on the board" are not "the post by X" before them
            if self.unsigned(t):
                return self.itself(t)
            owned = self.owners_body(t)
            if owned is not None:  # "Trump's campaign ads … The ads claim"
                return owned
            author = self.author(t) or self._said_in(t)
            if author is None and t.idx in spoke:
                return spoke[t.idx]  # "The study also claimed …" resolved before
            if author is not None and author.i != t.i and not self.is_document(author):
                run = self.untagged_name(author)
                found = self.r.nouns.proper_name(run) if run else self._authors(author, t.idx)
                if found.name:
                    return found
            if walked is not None and (t.i, lemma) in walked and t.lemma_.lower() == lemma:
                return walked[(t.i, lemma)]  # the rest of the walk is t's, done before
        return None

    def _spoken_at(self, lo: int, hi: int) -> dict[int, Speaker]:
        """Offset of each word of a resolved speaker's mention -> that speaker, for the mentions
        that reach into [lo, hi), the stretch the walk back reads (every mention's words, per
        document noun, made the statements stage quadratic on "polls said" sentences)."""
        out: dict[int, Speaker] = {}
        # `lo` is 0 or a sentence start, and a mention never runs across a sentence's start: the
        # mentions reaching into [lo, hi) are those starting there (history order kept).
        for s in self.r.spoken.starting_in(lo, hi):
            if s.start is not None and s.end is not None:
                for t in self.doc[
                    self.ix.token_at(s.start) or 0 : (self.ix.token_at(s.end - 1) or 0) + 1
                ]:
                    out[t.idx] = s
        return out

    def _named_work(self, token, same) -> Speaker | None:
        """A poll named by a proper name that ends in "Poll" or "Survey" ("the Harbor University
        Poll"): the poll speaks under its name. (Other work words end outlets' names: "World
        Report" is a magazine, not a report.)"""
        if token.pos_ != "PROPN" or token.lower_ not in same or self.ix.in_marks(token.idx):
            return None
        if token.lower_ not in NAMED_POLLS:
            return None
        first = token.i
        while first > 0 and self.doc[first - 1].pos_ == "PROPN":
            if not first - 1 < self.doc[first - 1].head.i <= token.i:
                break
            first -= 1
        if first == token.i:
            return None
        s, e = self.doc[first].idx, token.idx + len(token)
        return Speaker(self.text[s:e], UNKNOWN, None, *self.ix.slice(s, e))

    def _made_by_act(self, verb, lemma: str) -> Speaker | None:
        """ "The board sued the state", "Lee tweeted on Friday": a verb whose act brings in a
        document of word `lemma` (data/speakers.toml [sources.acts]) names its author, its
        active subject, for "the lawsuit", "the tweet" after it."""
        if verb.pos_ != "VERB" or lemma not in acts().get(verb.lemma_.lower(), ()):
            return None
        if self.ix.in_marks(verb.idx):
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or self.is_document(subject):
            return None
        found = self._authors(subject, subject.idx)
        return found if found.name else None

    def _authors(self, author, at: int) -> Speaker:
        """The speaker `author` names, with those coordinated with it ("Ann Lee and Tom Ruiz
        filed a lawsuit": the lawsuit is both of theirs)."""
        return self.r.groups.joined(author, self.r.speaker_of(author, at), at)

    def _said_in(self, noun):
        """ "X said in a report": the subject of the saying the document is the setting of,
        also where the parser hung the setting on a word of what was said ("Trump warned
        Erdogan not to be a “fool” in a letter": on "fool"; `_saying_above`)."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in ("in", "with", "through"):
            return None
        verb = self._saying_above(prep.head)
        if verb is None:
            return None
        return next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)

    def _saying_above(self, word):
        """The saying `word` is, or the one whose complement it sits in: up from a noun or a
        verb with no subject of its own through complements and conjuncts (CLIMB_DEPS), to
        the first word that is a cue. None when the climb meets anything else first."""
        for _ in range(CLIMB_STEPS):
            if word.pos_ in ("VERB", "AUX") and self.lex.is_cue(word):
                return word
            if word.dep_ not in CLIMB_DEPS or word.head.i == word.i:
                return None
            if any(c.dep_ in SUBJECT_DEPS for c in word.children):
                return None  # a clause of its own: its setting is its subject's
            word = word.head
        return None


def _stray_by(noun):
    """The name in "a paper by X" when the parser hangs the "by" on a verb above the document
    ("referring to a 2017 paper by psychologists Ann Lee and Tom Ruiz"): a "by" right after the
    noun, on one of its heads, whose object is a person's or a body's name."""
    if noun.i + 1 >= len(noun.doc):
        return None
    prep = noun.doc[noun.i + 1]
    if prep.lower_ != "by" or prep.dep_ != "prep" or prep.head not in noun.ancestors:
        return None
    pobj = named_object(prep)
    if pobj is None or pobj.pos_ != "PROPN" or pobj.ent_type_ not in ("PERSON", "ORG"):
        return None
    return pobj


def _setting(noun, prep) -> bool:
    """Is document `noun` the setting its preposition `prep` makes it of a verb, the words its
    subject put out: "in a letter", "through a memo", "via a statement", and "with" a document
    brought in there ("hit back with a new ad", "responded with a statement"; not "disagreed
    with the memo", someone else's that the text was already about)?"""
    if prep.lower_ in SETTINGS:
        return True
    return prep.lower_ == "with" and any(
        t.dep_ == "det" and t.lower_ in ("a", "an") for t in noun.lefts
    )
