"""Antecedents of pronouns besides the people the tagger names, for `pronouns`.

A news story often brings a speaker in without a name the tagger knows, and its later "he",
"she" or "they" stand for that speaker all the same:

- "A speaker at the memorial sent a message to Omar. “…,” he said": a person introduced by an
  indefinite description ("a man", "a witness", "one official") as a main-clause subject is who
  the pronoun is, ahead of a name in object position; the description is the speaker;
- "Tlaib described how she processed it. She said …": a bare surname as a main-clause subject,
  one the tagger did not take for a person, is the person when the clause or an earlier
  decision gives it the pronoun's gender;
- "Democrats denounced the pick. They pointed out …", "his grandchildren responded, “…,” they
  said": a plural subject naming people (a party or nationality, a people word, people named
  together) is who "they" are, before an organisation further back.

And one name that is no antecedent though the parser makes it a subject: the person addressed
in a question ("Sharon, how unusual was her testimony? She …"). The small word-shape helpers
the pronoun search shares (`after_colon`, `introduced_new`) live here too.
"""

from __future__ import annotations

from lib.quotes.lexicon import person_shaped
from lib.quotes.speakers.mentions import ORGANIZATION, PERSON, UNKNOWN, Speaker
from lib.quotes.speakers.part import ResolverPart
from lib.quotes.speakers.persons import SUBJECT_PRONOUNS, clause_pronoun
from lib.quotes.speakers.phrases import main_subject
from lib.quotes.speakers.words import speaker_words

# the words of a name's noun phrase ("Fellow “Squad” member Rep.") before the name itself
PHRASE_POS = ("PROPN", "NOUN", "ADJ", "DET", "PUNCT", "SPACE")
# Determiners that bring a new person in ("a man", "an aide", "one official", "another voter").
INDEFINITE = ("a", "an", "one", "another")


class Antecedents(ResolverPart):
    """Unnamed and untagged antecedents, ranked like the mentions of
    `Pronouns.person_antecedent`: (not a subject, gender not known, -offset, name)."""

    def __init__(self, resolver):
        super().__init__(resolver)
        # descriptions offered as a pronoun's person: people by their own words, whom a later
        # pronoun of the passage goes on to when they are out of the sentences searched
        self.described: set[str] = set()
        self._owners: dict[str, list[str]] | None = None  # `_surname_owners`
        self._places: dict[str, bool] = {}  # `_placed`

    def people_subject(self, token, at: int) -> Speaker | None:
        """The people plural subject `token` names, for "they": a party or nationality
        ("Democrats", "Palestinians"), a plural people word ("grandchildren", "critics"), or
        people named together ("Mike Lee and Tom Ruiz")."""
        if token.ent_type_ == "PERSON" and any(
            c.dep_ == "conj" and c.ent_type_ == "PERSON" for c in token.children
        ):
            first = self.r.speaker_of(token, at)  # "Mike Lee and Tom Ruiz visited the site"
            found = self.r.groups.joined(token, first, at)
            return found if found.name and found.kind == PERSON and " and " in found.name else None
        if token.tag_ not in ("NNS", "NNPS") or token.lower_ in self.lex.pronouns:
            return None
        words = {token.lower_, token.lemma_.lower()}
        people = self.lex.person_nouns | self.lex.people_nouns
        if token.ent_type_ != "NORP" and not (token.pos_ == "NOUN" and words & people):
            return None
        if token.pos_ == "NOUN":  # "The aides, led by Terry Sullivan,": the aides
            found = self.r.nouns.speaker(token, self.r.nouns.np_core(token), at)
        else:
            found = self.r.speaker_of(token, at)
        return found if found.name and found.kind in (PERSON, ORGANIZATION, UNKNOWN) else None

    def candidates(self, s_idx: int, at: int, gender: str, clause_gender) -> list[tuple]:
        """The main-clause subjects of sentence `s_idx` (before `at`) that a pronoun of `gender` may
        stand for besides tagged names: an indefinite description of a person in the pronoun's
        sentence or the one told before it (a new person is taken up at once, not sentences later; a
        named subject of the same sentence still goes first; one whose own clause holds the
        pronoun speaks of another), and a bare surname the tagger missed. `clause_gender(token)`
        is the gender the subject's own clause gives it (`Pronouns.clause_gender`)."""
        if s_idx < 0 or gender not in ("male", "female"):
            return []
        near = self._next_told(s_idx, at)
        k = self.ix.token_at(at)
        pronoun = self.doc[k] if k is not None else None
        out = []
        for t in self.ctx.sentences[s_idx].span:
            fronted = self._fronted(t, gender) if t.idx < at else None
            if fronted:  # "While Ocasio-Cortez was silent, she …": the one the "she" takes up
                out.append((False, False, -t.idx, fronted))
                continue
            if t.idx >= at or t.dep_ != "nsubj" or not main_subject(t):
                continue
            if self.ix.in_marks(t.idx) or self.inside_quote(t.idx):
                continue
            said = clause_gender(t)
            if said not in (None, gender):
                continue  # "A woman said she …" is no "he"
            described = self._described(t, at, gender) if near else None
            if described and pronoun is not None and t.head in pronoun.ancestors:
                continue  # "a speechwriter said she demanded …": she is another
            if described:
                out.append((False, True, -t.idx, described))  # a named subject goes first
                continue
            name = self._untagged(t, at, gender, said)
            if name:
                out.append((False, said != gender, -t.idx, name))
        return out

    def addressed(self, token, end: int) -> bool:
        """ "Sharon, how unusual was her testimony?": a name (first word `token`, ending at
        `end`) set off by a comma at the start of a question, or closing one ("…, Sharon?"), is
        the person spoken to, "you" and not a "she" or "he" of the passage, though the small
        parser takes it for the question's subject. Read from the words next to the name and
        the sentence's ends only (no scan: a sentence may list thousands of names)."""
        k = self.ix.sentence_index(token.idx)
        span = self.ctx.sentences[k].span if k >= 0 else None
        if span is None or len(span) == 0:
            return False
        last = span[-1] if not span[-1].is_space or len(span) < 2 else span[-2]
        after = self.ix.token_at(end)  # the token at or after the name's end
        if last.text != "?" or after is None:
            return False
        if self.doc[after].idx < end:  # the name's last word: the next one follows it
            after += 1
        nxt = self.doc[after] if after < len(self.doc) else None
        first = span[0] if not span[0].is_space or len(span) < 2 else span[1]
        opens = token.i == first.i and nxt is not None and nxt.text == ","
        before = self.doc[token.i - 1] if token.i > 0 else None
        closes = before is not None and before.text == "," and nxt is not None and nxt.i == last.i
        return opens or closes

    def _next_told(self, s_idx: int, at: int) -> bool:
        """Is the pronoun at `at` in the sentence after `s_idx` in the writer's voice (or in
        `s_idx` itself)? Sentences of a quote between them do not count: "A man confronted
        Lee. “We were promised a bridge. Nobody asked us,” he said"."""
        here = self.ix.sentence_index(at)
        for k in range(s_idx + 1, here):
            words = [t for t in self.ctx.sentences[k].span if not t.is_punct and not t.is_space]
            if words and not self.ix.in_marks(words[0].idx):
                return False
        return True

    def _described(self, token, at: int, gender: str) -> str | None:
        """ "A speaker at the memorial", "a man", "one official": a singular person word
        brought in by an indefinite determiner, of no other gender than the pronoun's; the
        description (what the resolver names it by) is the speaker."""
        if token.pos_ != "NOUN" or token.tag_ != "NN" or not self._person_word(token):
            return None
        if not any(c.dep_ in ("det", "nummod") and c.lower_ in INDEFINITE for c in token.lefts):
            return None
        if self.lex.gendered_roles.get(token.lower_) not in (None, gender):
            return None
        found = self.r.speaker_of(token, at)
        if not found.name or found.kind not in (PERSON, UNKNOWN):
            return None
        self.described.add(found.name)
        return found.name

    def _person_word(self, token) -> bool:
        """A word for a person: a role or people word of data/speakers.toml, or one built like
        a person noun ("speaker", "bystander", "commenter") that is no body, work, document
        or group word."""
        words = {token.lower_, token.lemma_.lower()}
        known = self.lex.person_nouns | self.lex.people_nouns | self.lex.gendered_roles.keys()
        if words & known:
            return True
        things = self.lex.org_nouns | self.lex.works | self.lex.nouns | speaker_words().partitive
        if words & things or self.r.documents.is_document(token):
            return False  # "a letter from Lee", "a number of voters", "a center": no person
        return person_shaped(token.lemma_.lower())

    def _untagged(self, token, at: int, gender: str, said: str | None) -> str | None:
        """ "Tlaib described how she …": a capitalised one-word name the tagger left without
        an entity, whose clause gives it the pronoun's gender or whom an earlier pronoun of
        that gender was taken for; or one it took for a body or a place (`_mistagged`)."""
        if token.pos_ != "PROPN" or not token.text[:1].isupper():
            return None
        if any(c.dep_ == "compound" for c in token.lefts) or token.dep_ == "compound":
            return None  # part of a longer name or phrase
        m = self.ix.entity_for(token.idx, token.idx + len(token))
        if token.ent_type_ or m is not None:
            return self._mistagged(token, m, gender, said)
        if said != gender and self.ix.gender.get(token.text) != gender:
            return None
        return token.text

    def _mistagged(self, token, m, gender: str, said: str | None) -> str | None:
        """ "Gabbard criticized a host who had called her …. She called …", "Pressley veered
        from her fellow members", "Biden tried to share in the credit": the small model often
        tags a surname used alone as an organisation or a place (data/speakers.toml
        [names] mistagged_labels). Such a subject is the person a "he"/"she"
        stands for when the sentence itself gives it the pronoun's gender (its own clause's
        "her"/"his", `persons.clause_pronoun`; "said she") or the word is the surname only
        of people of that gender the article names; then it goes before a name in object
        position or sentences back. A body never has "her" or "his". The person is the one
        full name of that surname, else the word."""
        words = speaker_words()
        if (
            m is None
            or m.entity["label"] not in words.mistagged_labels
            or m.entity["name"] != token.text
        ):
            return None
        if self._placed(m.entity):
            return None  # "came to Clarkston … Clarkston became his home": a place
        owners = self._surname_owners().get(token.text, [])
        linking = token.head.lemma_.lower() in words.linking_verbs  # "became his home"
        told = said == gender or (not linking and clause_pronoun(self.ix, token) == gender)
        if not told and not (owners and all(self.ix.gender.get(o) == gender for o in owners)):
            return None
        return owners[0] if len(owners) == 1 else token.text

    def _fronted(self, token, gender: str) -> str | None:
        """ "While Ocasio-Cortez has been silent on social media, she made waves": a name the
        tagger took for a body or a place (data/speakers.toml [names] mistagged_labels), the
        subject of a clause set before the main clause whose subject is "he"/"she" of `gender`,
        is whom that pronoun takes up: a person of its gender (the full name the word is the
        surname of, when the article names one), not a body ("while the ministry …, she" is
        written only when she is someone else, and a body is no "she")."""
        verb = token.head
        if token.dep_ != "nsubj" or token.pos_ != "PROPN" or verb.dep_ != "advcl":
            return None
        if verb.i > verb.head.i or self.ix.in_marks(token.idx):
            return None
        if not any(
            c.dep_ == "nsubj" and c.i > verb.i and SUBJECT_PRONOUNS.get(c.lower_) == gender
            for c in verb.head.children
        ):
            return None
        m = self.ix.entity_for(token.idx, token.idx + len(token))
        if m is None or m.entity["label"] not in speaker_words().mistagged_labels:
            return None
        name = m.entity["name"]
        if len(name.split()) != 1 or self._placed(m.entity):
            return None  # "While Harbor Bank lent …": a body's own name
        owners = self._surname_owners().get(name, [])
        return owners[0] if len(owners) == 1 else name

    def _placed(self, entity: dict) -> bool:
        """Is the name written anywhere as the object of a preposition of place ("in
        Clarkston", "at Tyndall")? Then it is a place, whatever its clause says; a person is rarely "in"
        anyone. Read once per name (a name may be written thousands of times)."""
        key = entity["name"]
        if key not in self._places:
            places = speaker_words().place_prepositions
            ks = (self.ix.token_at(s) for s, _ in entity["spans"])
            self._places[key] = any(k and self._object_of(k, places) for k in ks)
        return self._places[key]

    def _object_of(self, k: int, prepositions) -> bool:
        """Is token `k` the object of one of `prepositions` right before it ("in Clarkston";
        not "at Trump-owned courses", where the name only qualifies the object)?"""
        before = self.doc[k - 1]
        return before.lower_ in prepositions and self.doc[k].head.i == before.i

    def _surname_owners(self) -> dict[str, list[str]]:
        """Surname -> the PERSON names of the article that end in it, built once (a lookup per
        subject, not a scan of every entity per pronoun)."""
        if self._owners is None:
            self._owners = {}
            for ent in self.ctx.entities:
                if ent["label"] == "PERSON" and " " in ent["name"]:
                    owners = self._owners.setdefault(self.ix.surname(ent["name"]), [])
                    owners.append(ent["name"])
        return self._owners


def introduced_new(token) -> bool:
    """A noun brought into the text by "a"/"an" in a clause of its own: something new, less
    likely what a later "it" or "they" takes up than a body the text was already about."""
    return any(t.dep_ == "det" and t.lower_ in ("a", "an") for t in token.lefts)


def after_colon(token, end: int):
    """A name that opens a clause set after a colon or semicolon and is followed by its verb
    ("…, she wrote: Fellow member Rep. Ann Lee (D-MI) also condemned it"): a sentence of its
    own in the writer's voice, whose subject the small model often hangs anywhere. Read from
    the words, not the parse: only words of the name's phrase between the colon and the name,
    and a verb next after it (past a bracket and an adverb), which is returned (else None)."""
    doc = token.doc
    i = token.i - 1
    while i >= 0 and doc[i].text not in (":", ";") and doc[i].pos_ in PHRASE_POS:
        i -= 1
    if i < 0 or doc[i].text not in (":", ";"):
        return None
    j = token.i
    while j < len(doc) and doc[j].idx < end:
        j += 1  # past the name
    depth = 0
    while j < len(doc):
        t = doc[j]
        depth += (t.text == "(") - (t.text == ")")
        if depth == 0 and t.pos_ in ("VERB", "AUX"):
            return t
        if depth == 0 and t.text != ")" and t.pos_ not in ("ADV", "SPACE"):
            return None
        j += 1
    return None
