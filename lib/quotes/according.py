"""Source phrases that give a statement to somebody without a reporting verb: "according to X,
…", "The plan, according to the mayor, will cost …", "In the union's telling, …". The cue is
the phrase, the span the rest of the sentence, the source the phrase's object or owner (the
issuer of a document: "according to LSEG data" -> LSEG).

Apart from `lib.quotes.reported` because these readers walk out from a preposition, not a
verb, and the finder asks for the source of a sentence on its own; like `lib.quotes.nouns`
they need only the parse.
"""

from __future__ import annotations

from lib.quotes.clauses import MIN_CLAIM_WORDS
from lib.quotes.parse import SUBJECT_DEPS, Found, QuoteParse, named_object
from lib.quotes.speakers.surveys import counted_people, is_poll, is_share_of_people


class SourcePhrases:
    """ "according to X" and "in X's view" statements, in one article."""

    def __init__(self, parse: QuoteParse):
        self.p, self.lex, self.text, self.doc = parse, parse.lex, parse.text, parse.doc

    def according_found(self, sent, tok) -> Found | None:
        """ "According to X, …", "The plan, according to X, will cost …": the longer side of the
        source phrase, or both sides when the phrase interrupts one clause, is X's."""
        got = self.according_to(sent)
        if got is None or got[1] is None:
            return None
        phrase = [t for t in tok.subtree]
        lo_p, hi_p = phrase[0].i, phrase[-1].i
        left = (sent[0].i, lo_p - 1)
        right = (hi_p + 1, sent[-1].i)
        for t in phrase:  # the statement's subject hung on the source phrase (`_hung_subject`)
            if lo_p == sent[0].i and self._hung_subject(t, sent):
                right = (t.left_edge.i, sent[-1].i)
                break
        lo, hi = right if right[1] - right[0] >= left[1] - left[0] else left
        if self._interrupts(left, right):
            lo, hi = left[0], right[1]  # "The plan, according to X, will cost …": all of it
        if hi < lo:
            return None
        start, end = self.p.trim(lo, hi)
        if start is None or self.p.quoted_share(start, end) > 0.5:
            return None
        inner = self._inner_sayer(lo, hi)
        if inner is not None:  # "According to the paper, Smith believes …": Smith's view
            return Found("indirect", start, end, cue=inner.head.text, subject=inner)
        return Found("indirect", start, end, cue=got[0], subject=got[1])

    def _hung_subject(self, t, sent) -> bool:
        """An apposition of the source that is the statement's subject, which the parser hung
        on the source phrase ("According to a report in X, an internal memo at Y showed …"),
        not the source's own apposition, which a comma closes ("According to Harbor Watch, an
        advocacy group, the port dumped …")."""
        if t.dep_ != "appos" or t.head.i >= t.i or t.left_edge.i - 1 < sent[0].i:
            return False
        after = t.right_edge.i + 1
        closed = after > sent[-1].i or self.doc[after].text == ","
        return self.doc[t.left_edge.i - 1].text == "," and not closed

    def over_share(self, sent, found: Found | None) -> Found | None:
        """ "Fifty-one percent of adults say the plan is bad, according to a Gallup poll": an
        "according to" source governs its whole sentence, and a saying verb whose subject is a
        share or count of the people asked (`is_share_of_people`) is the poll's finding, so the
        source speaks. A named subject keeps its statement ("Lee says …, according to …")."""
        if found is None or found.subject is None or not is_share_of_people(found.subject):
            return found
        got = self.according_to(sent)
        if got is None or got[1] is None or got[1].i == found.subject.i:
            return found
        if counted_people(found.subject) and not is_poll(got[1]):
            return found  # "About 40 rabbis have said …, according to an organizer": they said
        found.cue, found.subject = got
        return found

    def in_their_view(self, sent, prep) -> Found | None:
        """ "In the union's telling, the fees are so high that …", "In Lee's view, …": a view
        noun with an owner opening the sentence (data: nouns.view) gives the rest of the
        sentence, after the comma, to the owner."""
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        noun = next((c for c in objects if c.lower_ in self.lex.view_nouns), None)
        if noun is None:
            return None
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is None:  # the parser may hang "’s" apart: "In the union ’s telling"
            owner = next((c for c in objects if c.i < noun.i and c.nbor(1).tag_ == "POS"), None)
        if owner is None or owner.lower_ in ("my", "our", "your"):
            return None  # the writer's or the reader's own view
        comma = self.doc[noun.i + 1] if noun.i + 1 < sent[-1].i else None
        if comma is None or comma.text != ",":
            return None
        start, end = self.p.trim(comma.i + 1, sent[-1].i)
        if start is None or len(self.text[start:end].split()) < MIN_CLAIM_WORDS:
            return None
        if self.p.quoted_share(start, end) > 0.5:
            return None
        return Found("indirect", start, end, cue=self.doc[prep.i : noun.i + 1].text, subject=owner)

    def _interrupts(self, left, right) -> bool:
        """ "The plan, according to the mayor, will cost less": the source phrase sits inside
        one clause, its subject before and its verb after, so the statement is both sides."""
        if left[1] < left[0] or right[1] < right[0]:
            return False
        before = self.doc[left[0] : left[1] + 1]
        after = self.doc[right[0] : right[1] + 1]
        if any(t.pos_ in ("VERB", "AUX") for t in before):
            return False
        return any(t.dep_ in SUBJECT_DEPS for t in before) and any(
            t.pos_ in ("VERB", "AUX") for t in after
        )

    def _inner_sayer(self, lo: int, hi: int):
        """The subject of a saying or believing verb heading the clause "according to X" reports
        ("According to the paper, Smith also believes …"): the statement is Smith's, the source
        only relays it. None when the clause is a plain fact ("…, the river rose")."""
        roots = [t for t in self.doc[lo : hi + 1] if not lo <= t.head.i <= hi or t.head.i == t.i]
        verb = next((t for t in roots if t.pos_ in ("VERB", "AUX")), None)
        if verb is None or not (self.lex.is_speech(verb) or verb.lower_ in self.lex.not_speech):
            return None
        if not any(c.dep_ in ("ccomp", "xcomp") and c.i > verb.i for c in verb.children):
            return None
        before = [t for t in roots if t.i < verb.i]
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and lo <= c.i < verb.i]
        # the parser may hang the believer on the source as its apposition ("the Gazette, Smith")
        subjects += [t for t in before if t.dep_ == "appos" and t.pos_ == "PROPN"]
        subject = next((c for c in subjects if c.pos_ != "PRON"), None)
        if subject is not None and is_share_of_people(subject):
            return None  # "Fifty-one percent of adults say …, according to a Gallup poll": the
        return subject  # people asked speak through the poll, which governs the sentence

    def according_to(self, sent):
        """("according to", source head) for the first source phrase in the sentence."""
        for s, e in self.p.phrases["SOURCE"]:
            if not (sent.start <= s and e <= sent.end):
                continue
            last = self.doc[e - 1]
            if self.p.inside_quote(last.idx):
                continue
            head = next((c for c in last.children if c.dep_ == "pobj"), None)
            if head is None and e < sent.end:
                head = self.doc[e]
                while head.dep_ in ("det", "compound", "amod", "poss") and head.head.i > head.i:
                    head = head.head
            if head is not None and self._criterion(head):
                head = None  # "allocated according to need": a manner, nobody's word
            elif head is not None and head.lower_ in self.lex.nouns:
                head = self._document_source(head)
            elif head is not None:
                head = self._owner_of_work(head)
            return self.text[self.doc[s].idx : last.idx + len(last)], head
        return None

    def _criterion(self, noun) -> bool:
        """ "evaluated according to income", "allocated according to need": a bare singular
        common noun that can neither speak nor be a document (no article, owner or modifier
        to make it one: "according to the plan", "according to Lee's tally") is the measure
        something was done by, not a source."""
        if noun.tag_ != "NN" or noun.ent_type_ or self.lex.can_speak(noun) or is_poll(noun):
            return False
        if {noun.lower_, noun.lemma_.lower()} & self.lex.nouns or noun.lower_.endswith("ing"):
            return False  # a document, or work done ("according to polling", "… to reporting")
        return not any(
            c.dep_ in ("det", "poss", "compound", "amod", "nummod", "prep", "acl", "relcl")
            for c in noun.children
        )

    def _owner_of_work(self, noun):
        """ "according to a Harbor Data' averaging of major polls", "according to Harbor Data's
        tally": a thing that cannot speak, owned by a body's name, is the body's work, and the
        body is the source (a person, a body or a document owned so speaks itself: "according
        to Harbor Data's lawyer"). A person's thing is not always the person's word ("according
        to Lee's plea agreement"), nor a date's anybody's ("July's polling"). `noun` itself
        otherwise."""
        if noun.pos_ != "NOUN" or self.lex.can_speak(noun):
            return noun
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        named = owner is not None and owner.pos_ == "PROPN" and owner.ent_type_ == "ORG"
        return owner if named else noun

    def _document_source(self, noun):
        """ "according to LSEG data" -> LSEG; "a statement from the ministry" -> ministry. Who
        the article says made the document comes first: "a FOIA request filed by Harbor Watch"
        is Harbor Watch's, "FOIA" only says what kind of request it is."""
        owner = None
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
                pobj = named_object(child)
                if pobj is not None and (child.lower_ != "of" or pobj.pos_ == "PROPN"):
                    return pobj  # not "a study of 11,800 pupils"
            if child.dep_ == "acl" and self.p.agent(child) is not None:
                return self.p.agent(child)
            if owner is None and (
                child.dep_ == "poss" or (child.dep_ == "compound" and child.pos_ == "PROPN")
            ):
                owner = child
        return owner if owner is not None else noun
