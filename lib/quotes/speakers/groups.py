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
"""

from __future__ import annotations

from lib.quotes.speakers.members import member_named_after
from lib.quotes.speakers.mentions import ORGANIZATION, PERSON, UNKNOWN, Speaker
from lib.quotes.speakers.part import ResolverPart
from lib.quotes.speakers.words import speaker_words

NAME_POS = ("PROPN", "NOUN", "PRON", "NUM")
NAMED = ("ORG", "PERSON", "GPE", "NORP", "FAC", "LOC", "WORK_OF_ART", "EVENT", "LAW")


class Groups(ResolverPart):
    """Subjects that name their speakers through a group or a list."""

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
        """ "other papers such as the Daily Ledger": the named example of a plural noun."""
        if token.pos_ != "NOUN" or token.tag_ != "NNS":
            return None
        for child in token.children:
            if child.dep_ != "prep" or child.lower_ != "as":
                continue
            if not any(c.lower_ == "such" for c in child.children) and (
                self.doc[child.i - 1].lower_ != "such"
            ):
                continue
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.pos_ == "PROPN":
                return pobj
        return None

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
        others = []
        for conj in self.conjuncts(token):
            if speaker.start is not None and speaker.start <= conj.idx < (speaker.end or 0):
                continue  # already in the speaker's words ("attorneys -- and even officials")
            found = self.r.speaker_of(conj, at)
            if found.name and found.name not in speaker.name:  # not already in its words
                others.append((conj, found))
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

    def conjuncts(self, token) -> list:
        """The nouns coordinated with `token` ("A, B and C"), in text order."""
        out, todo = [], [token]
        while todo:
            t = todo.pop()
            for child in t.children:
                if child.dep_ == "conj" and child.pos_ in NAME_POS and child.i > token.i:
                    out.append(child)
                    todo.append(child)
        return sorted(out, key=lambda t: t.i)
