"""Speakers named by a noun phrase that is not (only) a tagged entity: names the tagger missed,
roles ("the judge", "a police spokesman"), bodies ("the ministry", "police"), people speaking for
a body ("analysts at Capital Economics"), appositions ("the operator, Halvorsen Container
Terminals,") and a person named at the end of a long role phrase.

A definite role or body goes to whoever the article introduced with it (the person given that
role, the organisation described so, or the one just named); otherwise the words stay as written.
"""

from __future__ import annotations

from lib.entities import left_out_given_name
from lib.quotes.lexicon import person_shaped
from lib.quotes.speakers.body_nouns import BodyNouns
from lib.quotes.speakers.described import WORD_LABELS, introduced
from lib.quotes.speakers.fit import epithet_heads
from lib.quotes.speakers.joint import second_description
from lib.quotes.speakers.mentions import ORG_LABELS, ORGANIZATION, PERSON, UNKNOWN, Mention, Speaker
from lib.quotes.speakers.persons import PERSON_SUFFIXES
from lib.quotes.speakers.phrases import DETERMINERS, own_phrase, role_of, without_clauses
from lib.quotes.speakers.words import apostrophe_surname, owned_name, speaker_words

NP_LEFT_DEPS = ("compound", "amod", "det", "poss", "nmod", "nummod", "case", "punct", "cc")
POSSESSIVE = {"his": "male", "her": "female", "its": "organization"}
# Endings of words for people ("voter", "respondent", "employee"), and of things that
# share them ("statement", "darkness").
DESCRIPTION_WORDS = 8  # a longer phrase is a clause the parser hung on the group
# Parts of speech before a name that make it whom a role serves, not its holder.
SERVED_POS = ("ADP", "DET", "PRON", "CCONJ", "VERB", "AUX", "PART")


class CommonNouns(BodyNouns):
    """Noun-phrase speakers: proper names, roles, bodies and appositions."""

    def np_core(self, token) -> list:
        """The head with its left modifiers, plus "of/for/at/in" attachments of a noun head."""
        toks = {token}
        for child in token.lefts:
            if child.dep_ in NP_LEFT_DEPS:
                toks.update(child.subtree)
        if token.pos_ == "NOUN":
            for child in token.rights:
                if child.dep_ == "prep" and child.lower_ in ("of", "for", "at", "in", "from"):
                    pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                    if pobj is not None and (pobj.pos_ == "PROPN" or role_of(token, pobj)):
                        toks.update(child.subtree)  # "embassy in Moscow", "chief of staff"
        ordered = sorted(toks, key=lambda t: t.i)
        out = own_phrase([self.doc[i] for i in range(ordered[0].i, ordered[-1].i + 1)], token)
        while len(out) > 1 and (out[0].is_punct or out[0].lower_ in DETERMINERS):
            out = out[1:]
        while len(out) > 1 and out[-1].is_punct:
            out = out[:-1]
        return out

    def appos_name(self, token) -> Mention | None:
        """The named apposition of a common noun: "the Kremlin spokesman, Dmitry Peskov, said",
        "The operator, Halvorsen Container Terminals, said". A title the tagger took for a name
        heads its holder too ("Former Vice President Joe Biden … compared": the parser hangs
        "Biden" on "President" as an apposition): a name always wins over a role in its own
        phrase, so the person named there speaks, not the office."""
        if token.pos_ == "PROPN" and self.role_word(token):
            return self._titled_person(token)
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
        found = [self.ix.entity_for(c.idx, c.idx + len(c)) for c in named + self._held_by(token)]
        people = [m for m in found if m is not None and m.entity["label"] == "PERSON"]
        if people:  # "the general secretary of the union Unite, Tony Woodley": the person
            return people[0]
        for child in named:
            m = self.ix.entity_for(child.idx, child.idx + len(child))
            if m is not None and m.entity["label"] in ("PERSON", *ORG_LABELS):
                return m
            if m is None and child.pos_ == "PROPN":  # a name the tagger missed: "firm IDC"
                names = [t for t in child.subtree if t.pos_ == "PROPN"]
                s, e = names[0].idx, names[-1].idx + len(names[-1])
                label = "PERSON" if token.lower_ in self.lex.person_nouns else "ORG"
                return Mention(s, e, {"name": self.text[s:e], "label": label}, child.i, False)
        return None

    def _titled_person(self, title) -> Mention | None:
        """The person named in apposition right after a title ("Vice President Joe Biden")."""
        for c in title.children:
            if c.dep_ != "appos" or c.i <= title.i or self.doc[c.left_edge.i - 1].i != title.i:
                continue  # only the name written right after the title, with no comma
            m = self.ix.entity_for(c.idx, c.idx + len(c))
            if m is not None and m.entity["label"] == "PERSON":
                return m
        return None

    def _held_by(self, token) -> list:
        """ "The U.S. ambassador to Poland, Dan Fried, who …": the parser hangs the name on the
        place the role serves; a person there holds the role (a body there is the place's)."""
        if not self.role_word(token):
            return []
        return [
            c
            for prep in token.children
            if prep.dep_ == "prep"
            for pobj in prep.children
            if pobj.dep_ == "pobj"
            for c in pobj.children
            if c.dep_ == "appos"
        ]

    def person_after_role(self, token, core) -> Mention | None:
        """A person named at the end of a role or description: "CEO of the Refugee Council
        Enver Solomon told", "American academic and professor Marc Lamont Hill commented",
        "according to Afghan Ambassador to the United States Hamdullah Mohib". The named person
        speaks; the words before the name are their role. A name after "for", "of", "the" or
        "and" is whom the role serves ("a lawyer for Jeffrey Epstein"), never the speaker."""
        run = self._name_run(token)
        if not run or self.person_mention(token) is not None:
            return None  # "Mayor Ann Lee and council chief Tom Ruiz": Lee is no role of Ruiz
        words = self.doc[token.left_edge.i : run[0].i]
        paired = self._paired_roles(words)
        if not paired and not any(self.role_word(t) for t in words):
            return None
        m = self._person_in_run(run)
        if m is None:
            return None
        k = self.ix.token_at(m.start) - 1
        while k > token.i and self._title_word(self.doc[k]):
            k -= 1  # "the widow of Sen. John McCain": the title is the served person's
        if self.doc[k].pos_ == "CCONJ":
            k = self.ix.token_at(m.start) - 1  # "Mr and Mrs Hale": one couple's title
        before = self.doc[k]
        if (before.pos_ in SERVED_POS or before.tag_ == "POS") and not paired:
            return None  # "a lawyer for Jeffrey Epstein", "the wife of …", "aides and Jo Smith"
        return m

    def _paired_roles(self, words) -> bool:
        """ "Painter and sculptor James Van Nuys", "Actor and activist Ann Lee": roles joined by
        "and" right before a name are all the named person's, whatever the lexicon knows of
        them (a word built like a person noun: `person_shaped`) and whatever the parser makes
        of the second one (often a verb taking the name as its object). The words must be
        roles and the coordinator only, the last one a role: "aides and Jo Smith" is two."""
        if len(words) < 3 or not any(t.dep_ == "cc" or t.pos_ == "CCONJ" for t in words):
            return False
        if words[-1].pos_ == "CCONJ" or words[-1].is_punct:
            return False
        return all(t.pos_ == "CCONJ" or self.role_word(t) or person_shaped(t.lower_) for t in words)

    def _title_word(self, tok) -> bool:
        """A title or honorific written before a name ("Sen.", "President", "Mrs")."""
        low = tok.lower_.rstrip(".")
        return low in self.lex.honorifics or low in self.lex.titles or tok.lower_ in self.lex.titles

    def role_word(self, tok) -> bool:
        """A word naming what a person is or does ("CEO", "professor", "economist")."""
        lex, low = self.lex, tok.lower_
        words = lex.role_words
        return low in words or tok.lemma_.lower() in words or low.endswith(PERSON_SUFFIXES)

    def _name_run(self, token) -> list:
        """The capitalised proper nouns ending the phrase `token` heads, after `token`, outside
        its relative clauses and passive participles: the phrase before its first comma ("said
        lobbyist and strategist Charlie Black, Manafort's partner"; "Painter and sculptor James
        Van Nuys, who created the statue, told …"), else the whole phrase ("One of his former
        supporters who backs Randolph, former Rep. Pat Schroeder"). In "The aides, led by
        campaign manager Terry Sullivan, told …" the name is the clause's, not the phrase's."""
        inside = {i for c in token.subtree if _clause(c, token) for i in _clause_words(c)}
        kept = [t.i for t in token.subtree if t.i > token.i and t.i not in inside]
        commas = [i for i in kept if self.doc[i].text in (",", ";")]
        for last in [commas[0] - 1] if commas else []:
            run = self._run_ending(token, last, inside)
            if run:
                return run
        return self._run_ending(token, max(kept, default=token.i), inside)

    def _run_ending(self, token, last: int, inside: set[int]) -> list:
        """The proper nouns ending at `last` (past punctuation and clauses), after `token`."""
        while last > token.i and (self.doc[last].is_punct or last in inside):
            last -= 1
        run = []
        k = last
        while k > token.i and self.doc[k].pos_ == "PROPN" and self.doc[k].text[:1].isupper():
            run.insert(0, self.doc[k])
            k -= 1
        return run

    def _person_in_run(self, run) -> Mention | None:
        """The person's name at the end of a run of proper nouns: a tagged person (with the
        untagged capitalised words glued before it: "Enver" in "Council Enver Solomon"), else a
        known first name and what follows it ("Norvale Holdings Daniel Osei")."""
        end = run[-1].idx + len(run[-1])
        m = self.ix.entity_for(end - 1, end)
        if m is not None and m.entity["label"] == "PERSON" and m.end == end:
            if m.start < run[0].idx:
                return None
            k = self.ix.token_at(m.start) - 1
            first = k + 1
            width = len(m.entity["name"].split())
            while k >= run[0].i and self._bare_name_word(self.doc[k], width):
                first = k
                k -= 1
            if first == self.ix.token_at(m.start):
                return m
            start = self.doc[first].idx
            name = self.text[start:end]
            return Mention(start, end, {"name": name, "label": "PERSON"}, first, False)
        for t in run[:-1]:
            if t.lower_ in self.lex.first_names:
                name = self.text[t.idx : end]
                return Mention(t.idx, end, {"name": name, "label": "PERSON"}, t.i, False)
        return self._name_after_body(run) or self._known_surname_ends(run)

    def _known_surname_ends(self, run) -> Mention | None:
        """ "general secretary of Unison Martin Fenwick", the tagger gluing the body and the
        name into one organisation: when the run ends in a surname the article gives a person
        elsewhere ("Mr Fenwick said"), the last two words are that person's given name and
        surname."""
        if len(run) < 3 or not self._person_surname(run[-1].text):
            return None
        name = run[-2:]
        if any(self.role_word(t) for t in name) or name[0].lower_ in self.lex.honorifics:
            return None
        s, e = name[0].idx, name[-1].idx + len(name[-1])
        return Mention(s, e, {"name": self.text[s:e], "label": "PERSON"}, name[0].i, False)

    def _name_after_body(self, run) -> Mention | None:
        """ "… of the Council on Islamic Relations Alia Salem": two or three capitalised words
        after the word that ends a body's name are the person's name, not more of the body's."""
        ends = speaker_words().org_name_ends
        k = len(run) - 1
        while k >= 0 and run[k].lower_ not in ends:
            k -= 1
        name = run[k + 1 :]
        if k < 0 or not 2 <= len(name) <= 3 or any(self.role_word(t) for t in name):
            return None
        s, e = name[0].idx, name[-1].idx + len(name[-1])
        return Mention(s, e, {"name": self.text[s:e], "label": "PERSON"}, name[0].i, False)

    def _bare_name_word(self, tok, width: int) -> bool:
        """A capitalised word in no entity and no role: part of the tagged name of `width`
        words after it, when that name lacks a given name (`left_out_given_name`)."""
        return (
            tok.pos_ == "PROPN"
            and tok.text[:1].isupper()
            and self.ix.entity_for(tok.idx, tok.idx + len(tok)) is None
            and not self.role_word(tok)
            and left_out_given_name(tok, width)
        )

    def _entities_by_name(self):
        """(name -> the entities of that name or alias, in table order; last word -> the
        entities whose name ends with it): `proper_name` reads these, not every entity twice
        per speaker (a text of thousands of names made that quadratic)."""
        key = (id(self.ctx.entities), len(self.ctx.entities))
        if getattr(self, "_name_index", (None,))[0] != key:
            named: dict[str, list[int]] = {}
            last: dict[str, list[dict]] = {}
            for n, ent in enumerate(self.ctx.entities):
                for form in {ent["name"].lower(), *ent["aliases"]}:
                    named.setdefault(form, []).append(n)
                last.setdefault((ent["name"].split() or [""])[-1], []).append(ent)
            self._name_index = (key, named, last)
        _, named, last = self._name_index
        ents = self.ctx.entities

        def by_name(name: str) -> list[dict]:
            found = set(named.get(name.lower(), ())) | set(named.get(name, ()))
            return [ents[n] for n in sorted(found)]

        return by_name, last

    def proper_name(self, core) -> Speaker:
        """A name the tagger missed: a known entity or surname, else the name as written."""
        toks = [t for t in core if t.pos_ == "PROPN"] or list(core)
        s, e = toks[0].idx, toks[-1].idx + len(toks[-1])
        name = self.text[s:e]
        surname = self.r.described.surname_of_one(toks)
        by_name, by_last = self._entities_by_name()
        for ent in by_name(name):
            if ent["label"] in WORD_LABELS and surname:
                continue  # "English said" after "Leandra English": the surname, below
            if ent["name"].lower() == name.lower() or name in ent["aliases"]:
                kind = PERSON if ent["label"] == "PERSON" else ORGANIZATION
                return Speaker(
                    ent["name"], kind, self.ix.roles.get(ent["name"]), *self.ix.slice(s, e)
                )
        for ent in by_last.get(toks[-1].text, ()):
            if ent["label"] == "PERSON" and ent["name"].split()[-1] == toks[-1].text:
                return Speaker(
                    ent["name"], PERSON, self.ix.roles.get(ent["name"]), *self.ix.slice(s, e)
                )
        first = toks[0].lower_
        person = first in self.lex.first_names or first in self.lex.honorifics
        kind = PERSON if person or apostrophe_surname(toks[-1].text) else UNKNOWN
        words = [t for t in toks if t.lower_ not in self.lex.honorifics]
        if words:
            name = self.text[words[0].idx : words[-1].idx + len(words[-1])]
        return Speaker(name, kind, None, *self.ix.slice(s, e))

    def speaker(self, token, core, at: int) -> Speaker:
        """ "the judge", "police", "the company", "analysts at Capital Economics"."""
        lemma = token.lemma_.lower()
        low = token.lower_
        s, e = core[0].idx, core[-1].idx + len(core[-1])
        text = self.ix.clean_np(core)
        # "company statistics": a body word naming a document's author is "the company"
        definite = any(t.lower_ in ("the", "this", "that") for t in token.lefts) or (
            token.dep_ == "compound" and self.r.documents.is_document(token.head)
        )
        crew = self.r.crews.named_crew(token)
        if crew is not None:  # "the physicians" after "Drs. Ann Lee and Tom Ruiz said"
            return Speaker(crew.name, PERSON, text, *self.ix.slice(s, e))
        fuller = self.r.callbacks.fuller(token, at) if definite else None
        if fuller is not None:  # "the unnamed official" after "an official with the Navy"
            return fuller
        aged = self.r.described.aged(token)  # "the 78-year-old": five tokens, one description
        if aged:
            s, e = aged
        if aged or (definite and len(core) <= 2):
            earlier = self._earlier_speaker(low, at) if not aged else None
            if earlier is not None:  # "Mr Hughes's family ..." then "the family said"
                return Speaker(earlier.name, earlier.kind, earlier.role, *self.ix.slice(s, e))
            if aged or self.r.described.describes_a_person(token):
                # "the Kazakh said", "the 21-year-old said his …": the person in focus
                said = self.r.pronouns.clause_gender(token) or "any"
                name = self.r.pronouns.person_antecedent(said, at)
                if name:
                    return Speaker(name, PERSON, self.ix.roles.get(name), *self.ix.slice(s, e))
        part_of = self.r.described.company_part(token)
        if part_of:  # "Alphabet Inc’s Google unit told regulators": Google
            return Speaker(part_of, ORGANIZATION, None, *self.ix.slice(s, e))
        people = self.lex.person_nouns | self.lex.gendered_roles.keys()  # "grandmother"
        if low in people or lemma in people:
            body = self.r.described.generic_employer(token, at)
            if body is not None:  # "an agency spokesman" after "the State Department"
                return Speaker(f"{body} {token.text}", PERSON, None, *self.ix.slice(s, e))
            org = self._employer(token)
            if org is not None:
                role = token.text if token.tag_ != "NNS" else None
                return Speaker(org[0], ORGANIZATION, role, *self.ix.slice(s, e))
            if definite and len(core) <= 3 and token.tag_ != "NNS":  # not "the ministers"
                holder = self.r.described.role_taker(token, at) or self.r.held.doer(token, at)
                if holder:
                    return Speaker(holder, PERSON, self.ix.roles.get(holder), *self.ix.slice(s, e))
            holder = self._kin_of_named(token) or self.r.later.role_holder(token)
            if holder:  # "Elian's father" when the article named "X, Elian's father"
                return Speaker(holder, PERSON, text, *self.ix.slice(s, e))
            owned = self.r.held.for_pronoun(token, text, s, e)
            if owned is not None:  # "His spokesman said" -> "Tom Hale's spokesman"
                return owned
            members = self.r.crews.members_named(token, at)
            if members is not None:  # "the governors" named as "Ann Lee … and Tom Ruiz …"
                return Speaker(members.name, PERSON, text, *self.ix.slice(s, e))
            if token.tag_ == "NNS":  # "lawyers for the relatives in Miami": the description
                return Speaker(self._description(token, text), UNKNOWN, None, *self.ix.slice(s, e))
            return Speaker(self._unnamed(token, text), PERSON, None, *self.ix.slice(s, e))
        if low in self.lex.org_nouns or lemma in self.lex.org_nouns:
            owner = next(
                (t for t in token.lefts if t.dep_ == "poss" and t.lower_ in POSSESSIVE), None
            )
            if owner is not None:  # "His office said" -> "Jonas Eklund's office"
                who = (
                    self.r.pronouns.person_antecedent(POSSESSIVE[owner.lower_], owner.idx)
                    if POSSESSIVE[owner.lower_] != "organization"
                    else None
                )
                if who:
                    name = owned_name(who, self.ix.surname(who), token.text)
                    return Speaker(name, ORGANIZATION, None, *self.ix.slice(s, e))
            owned = self.r.described.owned_body(token)
            if owned:  # "Cuomo’s office said" -> "Andrew Cuomo's office"
                return Speaker(owned, ORGANIZATION, None, *self.ix.slice(s, e))
            bare = not definite and len(core) == 1 and not any(t.dep_ == "det" for t in token.lefts)
            kind = self.kind_body(token, core, at) if definite else None
            if kind:  # "the German bank" after "Deutsche Bank", the one bank named
                return Speaker(kind, ORGANIZATION, None, *self.ix.slice(s, e))
            described = self._described_body(token, core, definite, at)
            if described:  # "the storied civil liberties group" after "the ACLU"
                return Speaker(described, ORGANIZATION, None, *self.ix.slice(s, e))
            if (definite and len(core) <= 2) or bare:  # "the ministry", "police"
                words = [t.lower_ for t in core if t.lower_ not in DETERMINERS]
                org_name = None
                if definite and len(words) == 1 and words[0] in self.lex.generic_org:
                    # "NPD Group, a research firm, … The firm"; "Consumer Reports declined …
                    # The group": the body described so, else the one that was just the subject
                    org_name = self.described_org(words[0], at) or self._subject_org(at)
                org_name = org_name or self.recent_org(words, at, named_only=bare or len(words) > 1)
                if org_name:
                    return Speaker(org_name, ORGANIZATION, None, *self.ix.slice(s, e))
            return Speaker(text, ORGANIZATION, None, *self.ix.slice(s, e))
        # "the retired neurosurgeon said": a description, for `epithets` to name (a second one
        # joined to a first, "the senator and former hopeful", is the same person)
        epithet = (low in epithet_heads() or lemma in epithet_heads()) and token.dep_ != "conj"
        named = self.ix.entity_for(token.head.idx, token.head.idx + len(token.head))
        if epithet and token.dep_ == "compound" and named and named.entity["label"] == "PERSON":
            return self.r.speaker_of(token.head, at)  # "said retired neurosurgeon Ben Carson"
        if not self.lex.can_speak(token) and not epithet:  # "acceptance said": no speaker
            return Speaker(None, UNKNOWN, None, *self.ix.slice(s, e))
        if second_description(token):  # "the Idaho senator and former tycoon": one person
            return Speaker(None, UNKNOWN, None, *self.ix.slice(s, e))
        return Speaker(self._unnamed(token, text), UNKNOWN, None, *self.ix.slice(s, e))

    def _employer(self, token) -> tuple[str, int, int] | None:
        """The organisation unnamed people speak for: "economists at ING", "a spokesman for X"."""
        if token.tag_ != "NNS" and not any(t.lower_ in ("a", "an") for t in token.lefts):
            return None
        for child in token.rights:
            if child.dep_ == "prep" and child.lower_ in ("at", "for", "from", "of", "with"):
                for pobj in child.children:
                    if pobj.dep_ != "pobj":
                        continue
                    m = self.ix.entity_for(pobj.idx, pobj.idx + len(pobj))
                    if m is not None and m.entity["label"] in ORG_LABELS:
                        return m.entity["name"], m.start, m.end
                    if pobj.pos_ == "PROPN" and m is None:  # a name the tagger missed
                        names = [t for t in pobj.subtree if t.pos_ == "PROPN"]
                        s, e = names[0].idx, names[-1].idx + len(names[-1])
                        return self.text[s:e], s, e
        return None

    def _kin_of_named(self, token) -> str | None:
        """ "Elian Gonzalez's father said": the person the article gives that role, with the
        possessor's name in it ("Juan Miguel Gonzalez, Elian's father")."""
        owner = next((t for t in token.lefts if t.dep_ == "poss" and t.pos_ == "PROPN"), None)
        if owner is None:  # "the grandmother of Elian Gonzalez"
            owner = next(
                (
                    c
                    for p in token.rights
                    if p.dep_ == "prep" and p.lower_ == "of"
                    for c in p.children
                    if c.dep_ == "pobj" and c.pos_ == "PROPN"
                ),
                None,
            )
        if owner is None:
            return None
        names = {t.lower_ for t in owner.subtree if t.pos_ == "PROPN"}
        return self.r.held.holder_for(token, names) or self.r.relatives.relative(token, owner)

    def _unnamed(self, token, text: str) -> str:
        """ "a source close to Romney": one introduced with "a" keeps what says who it is; a
        role keeps its "of" phrase, which says which office it is ("The Navy's chief of
        information", "the director of communications", "the head of the agency"): "chief"
        alone is no one's job."""
        if introduced(token):
            return self._description(token, text)
        end = token.idx + len(token)
        office = self._office(token)
        if office is None or not self.text.endswith(text, 0, end):
            return text  # no "of" phrase, or one the words already hold ("embassy in Moscow")
        tail = [t for t in without_clauses(token) if t.i >= office.i]
        if not tail or len(tail) > DESCRIPTION_WORDS:
            return text
        return self.text[end - len(text) : tail[-1].idx + len(tail[-1])]

    def _office(self, token):
        """The "of" phrase of a singular role word ("chief of staff"), or None."""
        if token.tag_ != "NN" or not self.role_word(token):
            return None
        return next((c for c in token.rights if c.dep_ == "prep" and c.lower_ == "of"), None)

    def _description(self, token, text: str) -> str:
        """A group's words with what says whose they are ("lawyers for the relatives in
        Miami", "elected officials in and around Miami"), without clauses; short ones only."""
        toks = without_clauses(token)
        while len(toks) > 1 and toks[0].lower_ in DETERMINERS:
            toks = toks[1:]
        if not toks or len(toks) > DESCRIPTION_WORDS or toks[0].i > token.i:
            return text
        return self.text[toks[0].idx : toks[-1].idx + len(toks[-1])]

    def role_holder(self, word: str, at: int) -> str | None:
        return self.ix.role_holder_before(word, at)

    def _earlier_speaker(self, word: str, at: int) -> Speaker | None:
        """ "the family" after "Mr Hughes's family"; "the minister" after a resolved "Scotland's
        justice minister"; "the papers" after "two U.S. newspapers" (the name or the words used
        end with `word`, a compound's last part counting when it is a word of its own)."""
        return self.r.spoken.latest_ending_in(word)


def _clause(word, head) -> bool:
    """A relative clause or a passive participle ("led by X") inside `head`'s phrase: the names
    in it are other people than the phrase's own ("going by the handle X" names the head)."""
    if word.i == head.i:
        return False
    passive = word.tag_ == "VBN" and any(c.dep_ == "agent" for c in word.children)
    return word.dep_ == "relcl" or (word.dep_ == "acl" and passive)


def _clause_words(clause) -> range:
    """The clause's words up to its first comma: a clause ends there, whatever the parser
    hangs on it after ("who still backs Randolph, former Rep. Pat Schroeder," names the
    subject, though parsed as Randolph's apposition)."""
    words = list(clause.subtree)
    end = next((t.i for t in words if t.text == "," and t.i > clause.i), words[-1].i + 1)
    return range(words[0].i, end)
