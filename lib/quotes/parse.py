"""Shared machinery of the quote finders: offsets to tokens, subjects of reporting verbs (the
`Subjects` mixin, lib/quotes/subjects.py), the cue as written, and spans trimmed to the reported
words.

A quote finder reads one parse (`ctx.doc` over the whole article), so everything here is lookups
by offset (bisect) and short walks of the dependency tree: cheap next to the parse itself.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.tokens import Token

from lib.quotes.lexicon import Lexicon, phrase_matcher
from lib.quotes.marks import MARKS, QuotedSpan
from lib.quotes.sayers import (
    SUBJECT_DEPS,
    subject_clause,
)
from lib.quotes.speakers.mentions import Speaker
from lib.quotes.speakers.phrases import titled_after
from lib.quotes.subjects import Subjects

QUOTE_PARAGRAPH_KINDS = ("body", "dateline")
COLON_WINDOW = 12  # tokens of a phrase on a verb before the colon ending its clause
PAIRS = (("“", "”"), ("«", "»"), ("‘", "’"), ('"', '"'), ("„", "“"))
# Punctuation trimmed from the edges of a reported clause ("%" and "$" belong to its words).
EDGE_PUNCT = frozenset(".,;:!?—–-…()[]/") | frozenset(MARKS) | {"--", "...", "'s"}
_TAIL_PUNCT = set(".,;:!?—–-… \n\t") | set(MARKS)


@dataclass
class Found:
    """A quote candidate on its way to a row."""

    kind: str  # direct, indirect, partial ("direct?" and "drop" while undecided)
    start: int
    end: int
    cue: str | None = None
    subject: Token | None = None  # spaCy token naming the speaker
    quoted: QuotedSpan | None = None
    speaker: Speaker | None = None
    inherited: bool = False  # no mention of its own: the speaker carried on from a quote before
    act: Token | None = None  # the verb of a speech act (its object or "to" clause), or of data
    quoted_name: bool = False  # an object and the quoted name a verb gives it ("called it “…”")

    def nobodys_act(self, lex: Lexicon) -> bool:
        """A speech act that, resolved, has no speaker: an event or a purpose ("a march to press
        for …", "figures show …", "aimed to cut fraud by asking shoppers to …"), not a
        statement. Unless its subject is a name, a pronoun or a determined noun of its own ("the
        solar sector expressed relief that …"), or an owned one that can speak ("her deputies
        called on him to …", "the agency's figures show …"; not "his victory confirmed …"): a
        group the resolver has no name for is still somebody."""
        verb = self.act
        if verb is None or (self.speaker and self.speaker.name):
            return False
        s = self.subject
        named = s is not None and (
            s.pos_ == "PROPN"
            or s.tag_ == "PRP"
            or any(c.dep_ == "det" for c in s.children)
            or any(c.dep_ == "poss" for c in s.children)
            and _owned_voice(s, lex)
        )
        if s is None or s.dep_ != "nsubj" or not named:
            return True  # "figures show …", "a march to press for …"
        # the subject's own verb, or a participle of it (", calling them …"); not a gerund
        # after a preposition ("the law bars tenants from claiming …")
        return not (
            s.head.i == verb.i or verb.dep_ in ("advcl", "conj") and verb.head.i == s.head.i
        )


def _owned_voice(noun, lex: Lexicon) -> bool:
    """ "her deputies", "the bureau's statistics": an owned noun for people, a body, a title or
    a document can say something; "his victory" or "the party's targets" cannot."""
    return lex.can_speak(noun) or noun.lemma_.lower() in lex.titles


_TENSE = {"VBD": "past", "VBZ": "present", "VBP": "present", "VB": "present"}


def _shares(aux, verb) -> bool:
    """Can `verb`, joined to the verb `aux` helps, share it? "had denied … and announced" (a
    past form after "have"), "would reopen … and stay" (a bare form after a modal)."""
    if aux.dep_ not in ("aux", "auxpass"):
        return False
    if aux.lemma_ == "have":
        return verb.tag_ in ("VBN", "VBD")
    return verb.tag_ == "VB"


def _again(verb, said) -> bool:
    """ "said … and predicted", "said … but added": the reporting verb's own tense after "and"
    or "but"."""
    tense = _TENSE.get(verb.tag_)
    before = verb.doc[verb.i - 1]
    return bool(tense) and tense == _TENSE.get(said.tag_) and before.lower_ in ("and", "but")


def _linked_participle(before) -> bool:
    """The word before a saying participle that makes it the sayer's next act: a comma ("said
    A, telling reporters B") or a conjunction of time ("said A while warning that B", "before
    adding that B"), with or without a comma."""
    return before.text == "," or before.lower_ in ("while", "before", "after")


def named_object(prep):
    """The object of a document's "from"/"by": the name when the parser hangs the role before
    it as a second object ("the description from exhibit co-organizer Zuecca Projects": the
    body, not "co"), else the first object (None without one), or the person titled after
    it ("by Harbor Union (HU) President Ann Lee": `titled_after`)."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    named = next((c for c in objects[1:] if c.pos_ == "PROPN" and c.ent_type_), None)
    found = named or next(iter(objects), None)
    return titled_after(found) if found is not None else None


class QuoteParse(Subjects):
    """The article, its parse and the direct quotes found so far, with lookups on them: the one
    helper the direct-quote finder (`finder.QuoteFinder`) and the reported-speech finder
    (`reported.ReportedSpeech`) share."""

    def __init__(self, ctx, lex: Lexicon):
        self.ctx, self.lex, self.text, self.doc = ctx, lex, ctx.text, ctx.doc
        self.paragraphs = [p for p in ctx.article.paragraphs if p.kind in QUOTE_PARAGRAPH_KINDS]
        self.para_by_id = {p.paragraph_id: p for p in ctx.article.paragraphs}
        self.tok_starts = [t.idx for t in self.doc]
        self.direct_ranges: list[tuple[int, int]] = []  # quoted speech, marks included
        self.range_starts: list[int] = []
        self.phrases: dict[str, list[tuple[int, int]]] = {"SOURCE": [], "VERBAL": [], "ASKED": []}
        matcher = phrase_matcher(self.doc.vocab)
        for key, start, end in matcher(self.doc):
            self.phrases[self.doc.vocab.strings[key]].append((start, end))

    def set_direct(self, ranges: list[tuple[int, int]]) -> None:
        """Stretches inside direct quotes: reported speech and speakers are never found there."""
        self.direct_ranges = sorted(ranges)
        self.range_starts = [r[0] for r in self.direct_ranges]

    def tok(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.tok_starts, offset) - 1)

    def sentence_index(self, offset: int) -> int:
        return max(0, self.ctx.sentence_index(offset))

    def para_of(self, offset: int) -> int:
        return self.ctx.sentences[self.sentence_index(offset)].paragraph.paragraph_id

    def quote_end(self, q: QuotedSpan) -> int:
        return q.close_pos + 1 if q.close_pos is not None else q.end

    def inside_quote(self, offset: int) -> bool:
        i = bisect.bisect_right(self.range_starts, offset) - 1
        return i >= 0 and offset < self.direct_ranges[i][1]

    def in_quote_span(self, offset: int, q: QuotedSpan | None) -> bool:
        return q is not None and q.open_pos <= offset < self.quote_end(q)

    def quoted_share(self, start: int, end: int) -> float:
        covered = 0
        i = max(0, bisect.bisect_right(self.range_starts, start) - 1)
        while i < len(self.direct_ranges) and self.direct_ranges[i][0] < end:
            s, e = self.direct_ranges[i]
            covered += max(0, min(e, end) - max(s, start))
            i += 1
        return covered / max(1, end - start)

    def saying_again(self, verb):
        """The reporting verb whose sayer says `verb` too, or None: "X said A and predicted that
        B", "X said A, telling reporters B", "X says A and calls her B". The parser hangs the
        second saying inside the first's clause, or beside it as a second complement ("said A
        but added that B"); it is told from a verb of that clause by its form: no subject or
        auxiliary of its own (nor one shared with the verb it joins: "had denied … and
        announced" is the clause's, unless it is the reporting verb again: "said A has risen
        and said that B"), and the reporting verb's own tense after "and"/"but" ("said … and
        predicted"), or a participle after a comma (", telling …")."""
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or verb.dep_ not in ("conj", "advcl", "ccomp"):
            return None
        if verb.head.i > verb.i or not self._states(verb):
            return None
        if any(c.dep_ in (*SUBJECT_DEPS, "aux", "auxpass") for c in verb.children):
            return None
        if verb.dep_ == "ccomp":  # "said A but added that B": a second complement of "said"
            said = verb.head
            return said if self.lex.is_speech(said) and _again(verb, said) else None
        shared = verb.dep_ == "conj" and any(_shares(c, verb) for c in verb.head.children)
        node = verb.head
        while node.dep_ in ("conj", "ccomp", "xcomp", "advcl") and node.head.i != node.i:
            if node.dep_ == "ccomp" and self.lex.is_speech(node.head):
                said = node.head
                if self.quote_then_colon(said, name_next=True):
                    return None  # "“…,” she added:  Vance thanked Lee and accused …"
                if shared and lemma != said.lemma_.lower():
                    return None
                participle = verb.tag_ == "VBG" and _linked_participle(self.doc[verb.i - 1])
                return said if _again(verb, said) or participle else None
            node = node.head
        return None

    def quote_then_colon(self, verb, name_next: bool = False) -> bool:
        """ "“…,” she added:  Rep. Rosa Vance thanked Lee …": a verb of saying set right after a
        closing quotation mark (its subject between) and followed by a colon attributes that
        quote; what follows the colon is the next line of the page (often a social-media post
        the page lost, then the writer's voice), not more of its words, whatever clause the
        parser hangs on it. The colon may close a phrase on the verb ("“…,” she wrote in
        response to the news:"), as long as nothing but that phrase stands between, and the
        verb may be one with no subject inside that phrase ("wrote in response to Lee
        announcing the sum:"): the verb whose subject it lacks is read. `name_next`:
        only when that line opens with a name, as the writer's own sentence does ("“…,” Rubio
        said: That Cruz is …" goes on with his words)."""
        verb = subject_clause(verb)
        nxt = self._colon_closing(verb)
        if nxt is None:
            return False
        if name_next:
            k = nxt + 1
            while k < len(self.doc) and self.doc[k].is_space:
                k += 1
            if k >= len(self.doc) or self.doc[k].pos_ != "PROPN":
                return False
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None or subject.i > verb.i:
            return False
        i = subject.left_edge.i
        if self.doc[i].text not in MARKS:  # the parser may hang the closing mark on the subject
            i -= 1
        while i >= 0 and self.doc[i].is_space:
            i -= 1
        mark = self.doc[i] if i >= 0 else None
        return (
            mark is not None
            and mark.text in MARKS
            and MARKS[mark.text][1] != "open"
            and self.inside_quote(mark.idx - 1)
        )

    def _colon_closing(self, verb) -> int | None:
        """The colon ending the verb's clause: right after it, or after words that all hang on
        it ("wrote in response to the news:"), within `COLON_WINDOW` tokens, no sentence end or
        quotation mark between."""
        for t in self.doc[verb.i + 1 : verb.i + 1 + COLON_WINDOW]:
            if t.text == ":":
                return t.i
            if t.text in (".", "!", "?") or t.text in MARKS or not verb.is_ancestor(t):
                return None
        return None

    def _states(self, verb) -> bool:
        """A verb that can be a sayer's second act: a saying, a speech act on an object, a
        question put, or calling something something ("… and calls her a capable leader")."""
        lemma = verb.lemma_.lower()
        acts = self.lex.object_speech | self.lex.question_verbs | self.lex.naming
        return self.lex.is_speech(verb) or lemma in acts

    def noun_source(self, noun):
        """Who issued "a warning", "his claim", "a statement from the ministry"."""
        for child in noun.children:
            if child.dep_ == "poss":
                return child
            if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        return pobj
            if child.dep_ == "acl" and child.lemma_.lower() not in self.lex.reader_verbs:
                # "results posted by the Board of Elections"; not "a letter seen by Reuters"
                agent = self.agent(child)
                if agent is not None:
                    return agent
        verb = noun.head
        if noun.dep_ == "pobj":
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        if verb.dep_ == "xcomp":  # "prompted the embassy to issue a warning"
            for child in verb.head.children:
                if child.dep_ == "dobj":
                    return child
        return self.subject(verb, None)

    def cue_text(self, verb) -> str:
        """The cue as written: "told reporters", "was quoted as saying", else the verb."""
        around = [(s, e) for s, e in self.phrases["VERBAL"] if s <= verb.i < e]
        if not around and self.lex.phrasal_tag(verb):
            around = [(verb.i, verb.i + 2)]  # "shot back"
        if not around:
            return verb.text
        s, e = max(around, key=lambda m: m[1] - m[0])
        return self.text[self.doc[s].idx : self.doc[e - 1].idx + len(self.doc[e - 1])]

    def trim(self, lo: int, hi: int) -> tuple[int | None, int | None]:
        """Token range -> character span without "that", edge punctuation or quote marks."""
        doc = self.doc
        while lo <= hi and (
            doc[lo].text in EDGE_PUNCT
            or doc[lo].is_space
            or doc[lo].dep_ == "mark"
            and doc[lo].lower_ == "that"
            or doc[lo].text in MARKS
        ):
            lo += 1
        while hi >= lo and (
            doc[hi].text in EDGE_PUNCT
            or doc[hi].is_space
            or doc[hi].text in MARKS
            or doc[hi].dep_ == "cc"  # "… a deal but [added that …]": the joint, not the words
        ):
            hi -= 1
        if hi < lo:
            return None, None
        start, end = doc[lo].idx, doc[hi].idx + len(doc[hi])
        while end > start and self.text[end - 1] in _TAIL_PUNCT:
            end -= 1
        if end <= start:
            return None, None
        return start, self._balanced_end(start, end)

    def _balanced_end(self, start: int, end: int) -> int:
        """Keep the closing mark of a quote the span opens: "was “total”", not "was “total"."""
        span = self.text[start:end]
        for opener, closer in PAIRS:
            unmatched = (
                span.count(opener) % 2
                if opener == closer
                else span.count(opener) - span.count(closer)
            )
            if unmatched > 0:
                nxt = self.text.find(closer, end, end + 3)
                if nxt != -1 and not self.text[end:nxt].strip(".,;:!?… "):
                    return nxt + 1
        return end
