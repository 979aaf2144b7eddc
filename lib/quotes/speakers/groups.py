"""Speakers named through a group: members picked out of it, examples of it, and several
subjects sharing one verb.

- "One of the tenants, Rosa Delgado, said", "thousands of nurses chanted": a number or a share
  picks members out of a group; the members speak (the named one, else the group), never the
  number ("One", "thousands").
- "other papers such as the Daily Ledger reported": the named example speaks.
- "Both the water board and the fire service said": every subject speaks; the speaker is the
  names joined ("Harlow Water Board and Harlow Fire Service"), so each is credited.
- "a Spanish version of the letter said": a part or rendering of a document speaks for the
  document's author.

Plural roles and counts that take up people named together elsewhere ("the officials", "both")
are `lib.quotes.speakers.crews`.
"""

from __future__ import annotations

import re

from lib.quotes.speakers.canonical import split_role
from lib.quotes.speakers.joint import JointWords
from lib.quotes.speakers.members import member_named_after
from lib.quotes.speakers.mentions import ORGANIZATION, PERSON, UNKNOWN, Speaker
from lib.quotes.speakers.part import ResolverPart
from lib.quotes.speakers.words import speaker_words

NAME_POS = ("PROPN", "NOUN", "PRON", "NUM")
# Clauses of their own, past which a subject's examples are never looked for.
CLAUSES = ("ccomp", "relcl", "advcl", "conj", "parataxis", "csubj", "acl", "nsubj", "nsubjpass")
# One capitalised name in a list: capitalised words, joined by "of", "the", "for", "de" or "&".
# A list item may open with a lowercase word of standing ("former HUD Secretary Julian Castro").
_NAME = (
    r"(?:(?:former|then|acting|outgoing|ex)[\s-]+)?"
    r"[A-Z][\w'’.-]*(?:\s+(?:(?:of|the|for|de|&)\s+)*[A-Z][\w'’.-]*)*"
)
_ITEM = re.compile(_NAME)
_LIST = re.compile(_NAME + r"(?:,\s+" + _NAME + r")*,?\s+and\s+" + _NAME)
NAMED = ("ORG", "PERSON", "GPE", "NORP", "FAC", "LOC", "WORK_OF_ART", "EVENT", "LAW")


class Groups(ResolverPart):
    """Subjects that name their speakers through a group or a list."""

    def __init__(self, resolver):
        super().__init__(resolver)
        self.joint = JointWords(resolver)

    def member(self, token):
        """The token naming who speaks when `token` picks members out of a group: the named
        apposition ("One of them, Rosa Delgado"), else the group after "of" ("thousands of
        nurses", "tens of thousands of nurses"). None when `token` is no such word."""
        if token.lower_ not in speaker_words().partitive and token.pos_ != "NUM":
            return None
        if token.pos_ == "PROPN" or token.ent_type_ in NAMED:
            return None  # "the Group of Seven" is a name
        for child in token.children:
            if child.dep_ == "appos" and child.pos_ == "PROPN":
                return child
            if child.dep_ == "appos" and child.pos_ == "NOUN":
                named = self._person_ending(child)  # "One of them, union head Ann Lee,"
                if named is not None:
                    return named
        named = member_named_after(token)  # the apposition the parser missed
        if named is not None:
            return named
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None and pobj.pos_ in NAME_POS:
                    return pobj
        return None

    def example(self, token):
        """ "other papers such as the Daily Ledger", "other shops - including Penrose Books and
        Tilly Toys -": the named examples of a plural noun (with the others in a list,
        `joined`)."""
        if token.pos_ != "NOUN" or token.tag_ != "NNS":
            return None
        for child in token.children:
            if child.dep_ != "prep" or child.lower_ not in ("as", "including"):
                continue
            such = any(c.lower_ == "such" for c in child.children)
            if child.lower_ == "as" and not such and self.doc[child.i - 1].lower_ != "such":
                continue
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.pos_ == "PROPN":
                return pobj
        return self._example_later(token)

    def _example_later(self, token):
        """ "Other artists have asked the campaign not to use their music, including Rihanna
        and Axl Rose": the examples a writer puts at the end of the clause, where the parser
        hangs them on a singular noun or a verb of the subject's own clause. Those cannot hold
        people; the plural subject does. Not past another clause ("…, who said it, including")
        nor on a noun for people or bodies, which has members of its own ("asked the council,
        including Mayor Ann Hale, to act")."""
        if token.dep_ not in ("nsubj", "nsubjpass") or not self.lex.can_speak(token):
            return None
        todo = [c for c in token.head.children if c.i > token.i]
        while todo:
            t = todo.pop()
            if t.dep_ in CLAUSES or self._has_members(t):
                continue  # "asked the council, including Mayor Ann Hale": the council's
            if t.dep_ == "prep" and t.lower_ == "including":
                pobj = next((c for c in t.children if c.dep_ == "pobj"), None)
                return pobj if pobj is not None and pobj.pos_ == "PROPN" else None
            todo.extend(t.children)
        return None

    def _has_members(self, token) -> bool:
        """A noun for people or a body ("the council", "voters", "Democrats"): examples after
        it are its own. A word merely ending like one ("music") is not."""
        if token.pos_ not in ("NOUN", "PROPN"):
            return False
        lex, words = self.lex, {token.lower_, token.lemma_.lower()}
        known = lex.person_nouns | lex.people_nouns | lex.org_nouns | lex.generic_org
        if words & known or token.ent_type_ in ("PERSON", "ORG", "NORP"):
            return True
        return token.tag_ == "NNS" and lex.can_speak(token)

    def document(self, token):
        """ "a Spanish version of the letter": the document a part or rendering is of."""
        parts = speaker_words().document_parts
        if token.pos_ != "NOUN" or not {token.lower_, token.lemma_.lower()} & parts:
            return None
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None and self.r.documents.is_document(pobj):
                    return pobj
        return None

    def joined(self, token, speaker: Speaker, at: int) -> Speaker:
        """ "Both the water board and the fire service said": the speakers of every
        coordinated subject, joined. Conjuncts that name nobody ("and others") add nothing."""
        if not speaker.name:
            return speaker
        listed = self._listed(token)
        if listed is not None:
            return listed
        others = []
        for conj in self._joined_to(token):
            conj = self.joint.named_by_apposition(conj, token)  # "A and his aide, Tom Ruiz,": Ruiz
            conj = self.joint.described_body(
                conj
            )  # "A and advocacy group the Marlow Fund": the fund
            if speaker.start is not None and speaker.start <= conj.idx < (speaker.end or 0):
                continue  # already in the speaker's words ("attorneys -- and even officials")
            found = self.joint.owned_by_first(conj, speaker) or self.r.speaker_of(conj, at)
            named = [speaker.name] + [s.name for _, s in others]
            if found.name and not any(found.name in n for n in named):  # not already in
                others.append((conj, found))  # the words ("Marks & Spencer" from "Spencer")
        if not others:
            return speaker
        names = [speaker.name] + [s.name for _, s in others]
        name = ", ".join(names[:-1]) + " and " + names[-1]
        kinds = {speaker.kind} | {s.kind for _, s in others}
        kind = kinds.pop() if len(kinds) == 1 else UNKNOWN
        start = speaker.start if speaker.start is not None else token.idx
        last = others[-1][1]
        end = last.end if last.end is not None else others[-1][0].idx + len(others[-1][0])
        end = max(end, speaker.end or end)
        kind = kind if kind in (PERSON, ORGANIZATION) else UNKNOWN
        return Speaker(name, kind, None, *self.ix.slice(start, end))

    def _joined_to(self, token) -> list:
        """The subjects joined to `token` by "and": its conjuncts, and for a person placed by
        "of"/"from"/"at" ("Ann Lee from State and Tom Ruiz, an expert at the Pentagon, told"),
        the next person, which the parse hangs inside the place's phrase."""
        placed = self.listed_after_place(token) or self.joint.placed_then_named(token)
        return sorted({*self.conjuncts(token), *placed}, key=lambda t: t.i)

    def _listed(self, token) -> Speaker | None:
        """ "Morrisons, Woolworths, House of Fraser and Big Food said": a list of capitalised
        names read from its words, each name as written unless an entity mention covers it
        exactly (then its full name). The parse and the tagger often split or glue such lists
        ("House" / "Fraser", "Morrisons, Woolworths" as one body); the commas and the "and"
        do not. None when the subject is no such list, or opens with a pronoun: "He and Biden
        pledged" is the man "he" stands for and Biden (`joined`), not "He and Joe Biden"."""
        if token.pos_ == "PRON":
            return None
        proper = [t for t in token.subtree if t.pos_ == "PROPN" and t.i >= token.i]
        if not proper or proper[-1].i == token.i:
            return None
        first = token.left_edge if token.left_edge.i <= token.i else token
        while first.i < token.i and first.lower_ in ("the", "both", "a", "an"):
            first = self.doc[first.i + 1]
        last = proper[-1]
        start, end = first.idx, last.idx + len(last)
        items = _list_items(self.text, start, end)
        if items is None:
            return None
        if any(self.text[a:b].lower() in self.lex.pronouns for a, b in items):
            return None  # "He and Biden said": a pronoun is resolved, never read as a name
        names, labels, placed = [], set(), False
        for a, b in items:
            role, name = split_role(self.text[a:b], self.lex)
            if name.lower() in self.lex.titles:
                return None  # "Mr and Mrs Hale said": one name shared, no list of names
            a = b - len(name)  # "Chancellor Ines Varga": the name without the title
            a = self._person_at_end(a, b)  # "former HUD Secretary Julian Castro": the name
            m = self.ix.entity_for(a, b)
            exact = m is not None and (m.start, m.end) == (a, b)
            if m is not None and not exact and self.joint.placed(a, b):
                m = self.ix.entity_for(a, a + 1)  # "Ann Lee of Ohio": she, not Ohio
                exact = placed = True
            names.append(m.entity["name"] if m is not None and exact else name)
            labels.add(
                m.entity["label"] if m is not None and m.start <= a and b <= m.end or exact else ""
            )
        if len(set(names)) < len(names) or (placed and labels != {"PERSON"}):
            return None  # "Ann Lee of Ohio and Utah": her places, not a list of speakers
        kind = (
            PERSON
            if labels == {"PERSON"}
            else ORGANIZATION
            if labels and labels <= {"ORG", "GPE", "NORP"}
            else UNKNOWN
        )
        name = ", ".join(names[:-1]) + " and " + names[-1]
        return Speaker(name, kind, None, *self.ix.slice(start, end))

    def _person_at_end(self, a: int, b: int) -> int:
        """Where the person named at the end of list item `a`-`b` begins, past a description
        before the name that the title list does not split off ("Former Ohio Rep. Ann Lee",
        "former HUD Secretary Julian Castro"); `a` when no person's name ends the item."""
        m = self.ix.entity_for(b - 1, b)
        if m is None or m.end != b or m.entity["label"] != "PERSON" or m.start <= a:
            return a
        return m.start

    def possessed_by_list(self, token):
        """ "New York and Ohio’s governors said": the parser makes the first name the subject
        and the possessed noun its conjunct; the noun is the subject, the list its owner."""
        if token.pos_ != "PROPN":
            return None
        for conj in token.children:
            if conj.dep_ != "conj" or conj.pos_ != "NOUN":
                continue
            owner = next((c for c in conj.lefts if c.dep_ in ("poss", "nmod")), None)
            if owner is not None and any(c.dep_ == "case" for c in owner.children):
                return conj
        return None

    def listed_after_place(self, token) -> list:
        """ "Ann Lee of Ohio and Tom Ruiz of Utah": the parser may hang the next person on the
        first one's place ("Ohio") rather than on her."""
        return [
            c
            for prep in token.children
            if prep.dep_ == "prep" and prep.lower_ in ("of", "from")
            for pobj in prep.children
            if pobj.dep_ == "pobj"
            for c in pobj.children
            if c.dep_ == "conj" and self.person_mention(c) is not None
        ]

    def _person_ending(self, appos):
        """The person named at the end of a described apposition ("professor of soil science
        Rita Moss"): the description is her role, she is the member named."""
        last = max(appos.subtree, key=lambda t: t.i)
        while last.is_punct and last.i > appos.i:
            last = self.doc[last.i - 1]
        return last if last.pos_ == "PROPN" and self.person_mention(last) is not None else None

    def conjuncts(self, token) -> list:
        """The nouns coordinated with `token` ("A, B and C"), in text order. The parser may hang
        the rest of a list on a name's own "of" ("House of Fraser, Marks & Spencer and Big
        Food"): the search goes on through "of" inside a name, never through an ordinary
        phrase ("the head of sales and marketing")."""
        out, todo = [], [token]
        while todo:
            t = todo.pop()
            for child in t.children:
                if child.dep_ == "conj" and child.pos_ in NAME_POS and child.i > token.i:
                    out.append(child)
                    todo.append(child)
                elif _inside_a_name(child):
                    todo.extend(c for c in child.children if c.dep_ == "pobj")
        return sorted(out, key=lambda t: t.i)


def _list_items(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """The (start, end) of each name in "A, B, C and D" written from `start` to `end`; None
    unless every item is a capitalised name (the words "of", "the", "for", "&" may join its
    capitalised words) and the list ends with "and" before its last item."""
    words = text[start:end]
    if not _LIST.fullmatch(words):
        return None
    out = []
    for m in _ITEM.finditer(words):
        out.append((start + m.start(), start + m.end()))
    return out if len(out) >= 2 else None


def _inside_a_name(prep) -> bool:
    """ "of" between two capitalised words of one name ("House of Fraser", "Bank of Spain")."""
    if prep.dep_ != "prep" or prep.lower_ != "of" or prep.head.pos_ != "PROPN":
        return False
    return any(c.dep_ == "pobj" and c.pos_ == "PROPN" for c in prep.children)
