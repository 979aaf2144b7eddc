"""Where a reported clause ends: before a direct quote, the question put to the speaker, another
source's saying, the same sayer's next saying, and after the date of the saying at its start.
Short walks over the tokens of one clause, asked by `lib.quotes.reported`."""

from __future__ import annotations

import bisect

from lib.quotes.clauses import hypothetical
from lib.quotes.parse import SUBJECT_DEPS, QuoteParse

# Tags of a verb that is the sentence's next act ("… and reminded the crowd"), not a participle
# describing a noun ("unread handouts").
ACT_TAGS = ("VBD", "VBZ", "VBP")
# Dependencies of the words linking a clause to the next act: "and", "but" (cc), "while" (mark).
LINK_DEPS = ("cc", "mark")
# Words opening a sentence with a subordinate clause before its main clause.
SUBORDINATORS = frozenset(
    ("when", "after", "as", "while", "before", "once", "since", "because", "although", "though")
)


class ClauseEnds:
    """The edges of reported clauses in one article's parse."""

    def __init__(self, parse: QuoteParse):
        self.p, self.lex, self.doc = parse, parse.lex, parse.doc

    def _end_before(self, start: int, lo: int, hi: int) -> int:
        """The clause [lo, hi] cut before token `start`, with the punctuation and the link to
        the next act (", and", "while": LINK_DEPS) that go with what follows; `hi` when nothing
        of the clause would be left."""
        cut = start - 1
        while cut > lo and (self.doc[cut].is_punct or self.doc[cut].dep_ in LINK_DEPS):
            cut -= 1
        return cut if cut > lo else hi

    def before_direct_quote(self, lo: int, hi: int) -> int:
        """ "X stated that …, saying, “…”": the reported clause ends where the direct quote (and
        the participle that brings it in) begins."""
        start, end = self.doc[lo].idx, self.doc[hi].idx
        i = bisect.bisect_right(self.p.range_starts, start)
        if i >= len(self.p.direct_ranges) or self.p.direct_ranges[i][0] > end:
            return hi
        cut = self.p.tok(self.p.direct_ranges[i][0]) - 1
        while cut > lo and (
            self.doc[cut].is_punct or self.doc[cut].tag_ == "VBG" and self.lex.is_cue(self.doc[cut])
        ):
            cut -= 1
        return cut if cut > lo else hi

    def before_main_clause(self, lo: int, hi: int, verb) -> int:
        """ "When the school announced that DeVos would speak, the NAACP voiced outrage …": a
        saying inside an opening "when/after/as …" clause reports up to the comma that closes
        that clause, where the main clause's subject and its verb begin (the parser may hang
        the main clause on the report)."""
        first = verb.sent[0]
        if first.lower_ not in SUBORDINATORS or verb.i < first.i or lo <= first.i:
            return hi
        for comma in self.doc[lo : hi + 1]:
            if comma.text != ",":
                continue
            main = next(
                (t for t in self.doc[comma.i + 1 : hi + 1] if t.pos_ in ("VERB", "AUX")), None
            )
            if main is None or main.tag_ not in ("VBD", "VBZ", "VBP"):
                continue
            subject = next((c for c in main.children if c.dep_ in SUBJECT_DEPS), None)
            if (
                subject is not None
                and comma.i < subject.i < main.i
                and subject.left_edge.i == comma.i + 1
            ):
                cut = comma.i - 1
                return cut if cut > lo else hi
        return hi

    def before_question(self, lo: int, hi: int) -> int:
        """End a reported clause before a trailing "when asked if …" (data: question_clause):
        that is the question put to the speaker, not what they said."""
        for s, _ in self.p.phrases["ASKED"]:
            if not lo < s <= hi:
                continue
            clause = self.doc[s]
            while clause.head.i != clause.i and clause.head.left_edge.i == s:
                clause = clause.head  # "when" -> "asked"
            last = max((t.i for t in self.doc[s : hi + 1] if not t.is_punct), default=s)
            if clause.right_edge.i < last:
                continue  # "…, when asked, that …": the clause goes on after it
            cut = s - 1
            while cut > lo and self.doc[cut].is_punct:
                cut -= 1
            return cut if cut > lo else hi
        return hi

    def before_next_speaker(self, lo: int, hi: int, verb) -> int:
        """End a reported clause before a second speaker's verb ("…, while economists at ING
        warned that …")."""
        for t in self.doc[lo : hi + 1]:
            if t.i == verb.i or not (self.states(t) and t.pos_ == "VERB"):
                continue
            if hypothetical(t):
                continue  # "… if the authorities promised they would …" is still the speaker's
            if any(c.dep_ in SUBJECT_DEPS for c in t.children) and (
                any(c.dep_ == "ccomp" for c in t.children) or self.contrasted(t)
            ):
                edge = min(c.left_edge.i for c in t.children if c.dep_ in SUBJECT_DEPS)
                return self._end_before(edge, lo, hi)
        return hi

    def before_own_next_verb(self, lo: int, hi: int, verb) -> int:
        """ "Critics dispute that A and question how B", "X said A, but he also pressed Y on …":
        a verb joined to the reporting verb itself is the sayer's next act, not part of what
        was said; the clause ends before it (and its "and", "but")."""
        for c in verb.children:
            if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and lo < c.left_edge.i <= hi:
                return self._end_before(c.left_edge.i, lo, hi)
        return hi

    def before_sayers_next_verb(self, lo: int, hi: int, verb) -> int:
        """ "X attacked the plan, saying A, and reminded the crowd of B": a finite verb with no
        subject of its own joined to a verb above the saying (the sentence's own next act) is
        not part of what was said, though the clause was stretched to the end of the sentence;
        it ends before it."""
        inside = {t.i for t in verb.subtree}
        for above in verb.ancestors:
            for c in above.children:
                if c.dep_ != "conj" or c.tag_ not in ACT_TAGS or c.i in inside:
                    continue  # not "unopened mail and unread handouts": a participle, a noun
                if any(x.dep_ in SUBJECT_DEPS for x in c.children):
                    continue  # "… but refugees can come in": a clause with its own subject
                if c.i > verb.i and lo < c.left_edge.i <= hi:
                    return self._end_before(c.left_edge.i, lo, hi)
        return hi

    def before_next_act(self, lo: int, hi: int, verb) -> int:
        """ "X said A and predicted that B", "X said A, telling reporters B", "X said A while
        warning that B": a second saying of the same sayer (`QuoteParse.saying_again`) ends the
        first clause."""
        for t in self.doc[lo + 1 : hi + 1]:
            said = self.p.saying_again(t)
            if said is not None and said.i == verb.i:
                return self._end_before(t.i, lo, hi)
        return hi

    def states(self, verb) -> bool:
        """A verb that can start a statement of its own: a saying, or a speech act on an object
        ("expressed relief", "denied the claim")."""
        return self.lex.is_speech(verb) or verb.lemma_.lower() in self.lex.object_speech

    def contrasted(self, verb) -> bool:
        """ "…, while the fishing fleet expressed relief": a second source's act set against the
        first by "while" or "whereas", with its own object."""
        return any(
            c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in verb.children
        ) and (any(c.dep_ == "dobj" for c in verb.children))

    def skip_time_phrase(self, lo: int, clause) -> int:
        """ "said on Monday it was …": the date belongs to the saying, not to what was said."""
        while lo < clause.i:
            t = self.doc[lo]
            while t.head.i != clause.i and lo <= t.head.i < clause.i:
                t = t.head  # "last" -> "last month"
            if t.dep_ not in ("prep", "npadvmod") or t.head.i != clause.i:
                break
            words = [x for x in t.subtree if x.i != t.i or t.dep_ == "npadvmod"]
            if not words or not all(x.ent_type_ in ("DATE", "TIME") for x in words):
                break
            lo = t.right_edge.i + 1
            while lo < clause.i and self.doc[lo].is_punct:
                lo += 1
        return lo
