"""People named together where the parse loses the list, read from the words (`groups` asks).

- "Ann Lee from State and Tom Ruiz, an expert at the Pentagon, told": the parser hangs the
  second person inside the first one's place ("State and Tom"); both are the subject.
- "Eisenhower and his future secretary of state, John Foster Dulles, criticized": a joined role
  named in apposition is that person, wherever the parse hangs the apposition.
- "Ann Lee and her campaign said": the possessive of a joined body is the person listed first,
  not a man or woman named sentences before ("Hunter Biden" for "Biden and his campaign").
- "CNN and advocacy group the Marlow Foundation announced": a joined common noun with a body's
  name right after it is that body's description; the body is the item, not "advocacy group".
- "Ann Lee of the Treasury and Tom Ruiz said": a list item that goes on past the person's name
  with where she is from is she, not "Ann Lee of the Treasury" (nor the Treasury).
- "The Idaho senator and former tycoon said": a second description of one person, no second
  speaker (`second_description`).
"""

from __future__ import annotations

from lib.quotes.speakers.mentions import ORGANIZATION, Speaker
from lib.quotes.speakers.part import ResolverPart
from lib.quotes.speakers.words import owned_name

PLACED_BY = ("of", "from", "at")  # "Ann Lee from State and Tom Ruiz": where the first one is
OWNERS = {"his": "male", "her": "female"}  # "Ann Lee and her campaign": the list's first person


class JointWords(ResolverPart):
    """Lists of people read from the words around a subject."""

    def placed_then_named(self, token) -> list:
        """ "Ann Lee from State and Tom Ruiz": read from the words when the parse lost the
        list: a person, "of"/"from"/"at", a name of a place or body (capitalised words, not a
        person), "and", at most a title, then a person (not an owner: "and Tom Ruiz's aide"),
        before the subject's verb. The last word of that person's name, or nothing."""
        m = self.person_mention(token)
        if m is None:
            return []
        k = self.ix.token_at(m.end - 1)
        if k is None or k + 2 >= len(self.doc) or self.doc[k + 1].lower_ not in PLACED_BY:
            return []
        k = place = k + 2
        while k < len(self.doc) and self._place_word(self.doc[k]):
            k += 1
        if k >= len(self.doc) or self.doc[k].lower_ != "and" or k == place:
            return []
        verb = token.head.i if token.dep_ in ("nsubj", "nsubjpass") else len(self.doc)
        for j in range(k + 1, min(k + 4, verb)):
            b = self.person_mention(self.doc[j])
            if b is not None:
                last = self.ix.token_at(b.end - 1)
                owner = (
                    last is None or last + 1 >= len(self.doc) or self.doc[last + 1].tag_ == "POS"
                )
                return [] if owner or last >= verb else [self.doc[last]]
            if self.doc[j].pos_ != "PROPN":
                return []
        return []

    def first_listed(self, token):
        """ "Ann Lee of the Treasury and Tom Ruiz said": the parser may take the name after
        "and" for the subject and the first person for a modifier of it; the subject is then the
        list, from its first name (`placed_then_named` read backwards). `token` otherwise."""
        m = self.person_mention(token)
        k = self.ix.token_at(m.start) if m is not None else None
        if k is None or k < 4 or self.doc[k - 1].lower_ != "and":
            return token
        k -= 2
        while k > 0 and self._place_word(self.doc[k]):
            k -= 1
        if self.doc[k].lower_ not in PLACED_BY or k < 1:
            return token
        first = self.doc[k - 1]
        if self.person_mention(first) is None or token not in self.placed_then_named(first):
            return token
        return first

    def _place_word(self, token) -> bool:
        """A word of a place's or body's name after "of"/"from"/"at": "State", "the Pentagon"."""
        if token.lower_ == "the":
            return True
        return (
            token.pos_ == "PROPN"
            and token.text[:1].isupper()
            and self.person_mention(token) is None
        )

    def placed(self, start: int, end: int) -> bool:
        """ "Ann Lee of the Treasury": a list item that opens with a person's name and goes on
        with where she is from; the item is she."""
        m = self.ix.entity_for(start, start + 1)
        if m is None or m.start != start or m.entity["label"] != "PERSON" or m.end >= end:
            return False
        rest = self.text[m.end : end].split()
        return bool(rest) and rest[0] in PLACED_BY

    def named_by_apposition(self, noun, first):
        """ "Eisenhower and his future secretary of state, John Foster Dulles, criticized": a
        joined role with a person in apposition is that person, whether the parse hangs the
        name on the role or on the list's `first` name (right after the role and a comma);
        `noun` itself otherwise."""
        if noun.pos_ != "NOUN":
            return noun
        last = noun.right_edge.i
        while last > noun.i and self.doc[last].is_punct:
            last -= 1
        named = [c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        named += [
            c
            for c in first.children
            if c.dep_ == "appos"
            and c.left_edge.i > last + 1  # only the role's comma between
            and all(t.is_punct for t in self.doc[last + 1 : c.left_edge.i])
        ]
        return next(
            (c for c in named if c.pos_ == "PROPN" and self.person_mention(c) is not None), noun
        )

    def described_body(self, noun):
        """ "CNN and civil rights group the Marlow Foundation": a joined body noun ("group")
        followed at once by a name the tagger reads as a body ("the Marlow Foundation") is the
        description before the name, and the name (its last word) is the item; `noun` itself
        otherwise."""
        doc = self.doc
        if noun.pos_ != "NOUN" or not self._body_noun(noun) or noun.i + 1 >= len(doc):
            return noun
        i = noun.i + 1
        if doc[i].lower_ == "the" and i + 1 < len(doc):
            i += 1
        last = i
        while last + 1 < len(doc) and doc[last + 1].pos_ == "PROPN":
            last += 1
        run = doc[i : last + 1]
        if not run or any(t.pos_ != "PROPN" or t.ent_type_ != "ORG" for t in run):
            return noun
        return doc[last]

    def _body_noun(self, noun) -> bool:
        return noun.lower_ in self.lex.org_nouns or noun.lemma_.lower() in self.lex.org_nouns

    def owned_by_first(self, conj, first: Speaker) -> Speaker | None:
        """ "Ann Lee and her campaign said": a body noun joined to a name and owned by "his" or
        "her" belongs to that name (`first`, already resolved), whose gender it must not
        contradict; the general pronoun search would take the person named last before, often
        a relative spoken of just before ("Hunter Biden" for "Biden and his campaign")."""
        owner = next((t for t in conj.lefts if t.dep_ == "poss"), None)
        gender = OWNERS.get(owner.lower_) if owner is not None else None
        if gender is None or not first.name or conj.pos_ != "NOUN":
            return None
        if conj.i < 2 or self.doc[owner.i - 1].lower_ != "and":
            return None  # "Lee and the chair of his party": not the list's owner
        if not self._body_noun(conj) or not self.ix.compatible(first.name, gender):
            return None
        name = owned_name(first.name, self.ix.surname(first.name), conj.text)
        return Speaker(name, ORGANIZATION, None, *self.ix.slice(owner.idx, conj.idx + len(conj)))


def second_description(token) -> bool:
    """A singular noun joined by "and" to a singular noun before it, with no determiner of its
    own ("The Idaho senator and former tycoon said"): a second description of the one person
    the first names, not a second speaker. "The senator and the tycoon" are two."""
    return (
        token.dep_ == "conj"
        and token.tag_ == "NN"
        and token.head.tag_ == "NN"
        and not any(t.dep_ in ("det", "poss") for t in token.lefts)
    )
