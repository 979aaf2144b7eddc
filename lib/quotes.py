"""Quotes and their speakers: direct, indirect (reported) and partial.

Three finders feed one list. Direct and partial quotes start from the quote marks
(`lib.quote_marks`): a quoted stretch standing on its own is direct, one woven into a clause
("a warning that “extremists” ...") is partial, and one after "the words", "titled", "so-called"
or in Title Case is a name or an inscription, not speech. Reported speech comes from the parse: a
reporting verb from the cue lexicon (`data/cues.toml`) with a subject and a clausal complement, in
either order ("X said (that) ...", "..., X said"), or "according to X". Speakers are resolved in
text order (`lib.speaker_resolve`) so pronouns see who spoke before; a direct quote with no cue of
its own continues the speaker of its paragraph or of the paragraph before (news style).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from lib.quote_lexicon import Lexicon, lexicon
from lib.quote_marks import MARKS, QuotedSpan, find_quoted
from lib.speaker_resolve import UNKNOWN, Speaker, SpeakerResolver

QUOTE_PARAGRAPH_KINDS = ("body", "dateline")
AFTER_WINDOW = 16  # tokens after a closing mark searched for "…,” Peskov told reporters"
BEFORE_WINDOW = 30  # tokens before an opening mark searched for "Peskov said: “…"
MIN_UNATTRIBUTED_WORDS = 4  # a quote with no cue must look like a statement, not a term
SUBJECT_DEPS = ("nsubj", "nsubjpass")
CLAUSE_OPENERS = ("asked", "when", "if", "while", "after", "before", "as", "whether")
NP_POS = ("PROPN", "NOUN", "PRON", "DET", "ADJ", "NUM")
LISTENER_VERBS = ("tell", "inform", "advise", "brief", "ask", "warn", "notify", "assure")
SENTENCE_END = (".", "!", "?")
EDGE_PUNCT = set(",;:—–-") | set(MARKS) | {" ", "\n"}
PAIRS = (("“", "”"), ("«", "»"), ("‘", "’"), ('"', '"'), ("„", "“"))
_TAIL_PUNCT = set(".,;:!?—–-… \n\t") | set(MARKS)
_WORD = re.compile(r"[A-Za-z0-9][\w'’-]*")
_SMALL_WORDS = frozenset(("of", "the", "and", "in", "a", "an", "to", "for", "on", "at", "with"))


@dataclass
class Found:
    kind: str  # direct, indirect, partial
    start: int
    end: int
    cue: str | None = None
    subject: object = None  # spaCy token naming the speaker
    quoted: QuotedSpan | None = None
    speaker: Speaker | None = None
    chain: list = field(default_factory=list)


def extract_quotes(ctx) -> list[dict]:
    """Rows of the `quotes` table, numbered in text order."""
    if not len(ctx.doc) or not ctx.sentences:
        return []
    return _Extractor(ctx, lexicon()).run()


class _Extractor:
    def __init__(self, ctx, lex: Lexicon):
        self.ctx, self.lex, self.text, self.doc = ctx, lex, ctx.text, ctx.doc
        self.paragraphs = [p for p in ctx.article.paragraphs if p.kind in QUOTE_PARAGRAPH_KINDS]
        self.para_by_id = {p.paragraph_id: p for p in ctx.article.paragraphs}
        self.tok_starts = [t.idx for t in self.doc]
        self.sent_starts = [s.start for s in ctx.sentences]
        self.direct_ranges: list[tuple[int, int]] = []  # quoted speech, marks included

    # --- driver -------------------------------------------------------------------------

    def run(self) -> list[dict]:
        quoted = [self._repair_unclosed(q) for q in find_quoted(self.text, self.paragraphs)]
        candidates = [self._classify(q) for q in quoted if q is not None]
        candidates = [c for c in candidates if c is not None]
        self.direct_ranges = sorted(
            (c.quoted.open_pos, self._quote_end(c.quoted))
            for c in candidates
            if c.kind in ("direct", "direct?")
        )
        self._range_starts = [r[0] for r in self.direct_ranges]
        found = [self._attribute(c) for c in candidates]
        found += self._indirect()
        found.sort(key=lambda f: (f.start, f.kind))
        self.resolver = SpeakerResolver(self.ctx, self.lex, self.inside_quote)
        self._resolve(found)
        return self._rows(_dedupe(found))

    # --- direct and partial -------------------------------------------------------------

    def _repair_unclosed(self, q: QuotedSpan) -> QuotedSpan | None:
        """A quote mark that never closes ends at its attribution ("…, chairman Michael Grant
        said."); without one it is dropped, unless it opens its paragraph (news style)."""
        if not q.unclosed:
            return q
        first = self._tok(q.start)
        last = self._tok(q.end - 1)
        for t in self.doc[first + 1 : last + 1]:
            if not self.lex.is_cue(t):
                continue
            k = t.i - 1
            while k > first and t.i - k <= 6 and self.doc[k].pos_ in NP_POS:
                k -= 1
            if self.doc[k].text == "," and k < t.i - 1:
                return _replace_end(q, self.text, self.doc[k].idx)
            nxt = self.doc[t.i + 1] if t.i + 1 < len(self.doc) else None
            if self.doc[t.i - 1].text == "," and nxt is not None and nxt.pos_ in ("PROPN", "PRON"):
                return _replace_end(q, self.text, self.doc[t.i - 1].idx)
        para = self.para_by_id[q.paragraph]
        return q if q.open_pos == para.start else None

    def _classify(self, q: QuotedSpan) -> Found | None:
        """Direct, partial or not a quote at all (term, title, nickname, inscription)."""
        para = self.para_by_id[q.paragraph]
        before = self.text[para.start : q.open_pos]
        stripped = before.rstrip()
        prev_char = stripped[-1:] if stripped else ""
        if self._names_a_thing(stripped):
            return None
        words = _WORD.findall(self.text[q.start : q.end])
        embedded = prev_char.isalnum() and not q.continues
        if embedded:
            prev_tok = self.doc[self._tok(q.open_pos) - 1] if self._tok(q.open_pos) > 0 else None
            if prev_tok is not None and self.lex.is_cue(prev_tok) and len(words) >= 3:
                return Found("direct", q.start, q.end, quoted=q)
            if self._title_case(words):
                return None
            return Found("partial", q.start, q.end, quoted=q)
        if self._title_case(words) and not _has_terminal(self.text[q.start : q.end]):
            return Found("direct?", q.start, q.end, quoted=q)
        if len(words) < MIN_UNATTRIBUTED_WORDS and not _has_terminal(self.text[q.start : q.end]):
            return Found("direct?", q.start, q.end, quoted=q)
        return Found("direct", q.start, q.end, quoted=q)

    def _names_a_thing(self, before: str) -> bool:
        words = before.lower().rstrip(":,").split()[-4:]
        words = [w.strip(",:;") for w in words]
        for phrase in self.lex.not_quote_before:
            n = len(phrase)
            if tuple(words[-n:]) == phrase:
                return True
            if (
                len(words) > n
                and words[-1] in ("the", "a", "an")
                and tuple(words[-n - 1 : -1]) == phrase
            ):
                return True
        return False

    def _title_case(self, words: list[str]) -> bool:
        content = [w for w in words if w.lower() not in _SMALL_WORDS]
        return (
            len(words) >= self.lex.title_case_min_words
            and bool(content)
            and all(w[:1].isupper() or w[:1].isdigit() for w in content)
        )

    def _attribute(self, c: Found) -> Found:
        q = c.quoted
        if c.kind == "partial":
            cue, subject = self._partial_cue(q)
            if cue is None:
                c.kind = "drop"
            c.cue, c.subject = cue, subject
            return c
        verb = self._cue_after(q) or self._cue_before(q)
        if verb is not None:
            c.cue, c.subject = self._cue_text(verb), self._subject(verb, q)
        if c.kind == "direct?":
            c.kind = "direct" if verb is not None else "drop"
        return c

    def _cue_after(self, q: QuotedSpan):
        """“…,” Peskov told reporters / “…,” said Peskov."""
        para = self.para_by_id[q.paragraph]
        j = self._tok(q.close_pos + 1) if q.close_pos is not None else self._tok(q.end) + 1
        if q.close_pos is not None and self.doc[j].idx <= q.close_pos:
            j += 1
        ends_sentence = self.text[q.start : q.end].rstrip()[-1:] == "."
        for t in self.doc[j : j + AFTER_WINDOW]:
            if t.idx >= para.end or t.text in MARKS and MARKS[t.text][1] != "close":
                break
            if self.lex.is_cue(t):
                if ends_sentence and any(ch.dep_ == "ccomp" and ch.i > t.i for ch in t.children):
                    return None  # “…done.” He said the army … : a new statement
                return t
            if t.text in SENTENCE_END or (t.pos_ in ("VERB", "AUX") and t.dep_ != "amod"):
                break
        return None

    def _cue_before(self, q: QuotedSpan):
        """Peskov said: “… / said Peskov, “… / “A,” he said, “B.”"""
        para = self.para_by_id[q.paragraph]
        i = self._tok(q.open_pos) - 1
        steps = 0
        while i >= 0 and steps < BEFORE_WINDOW:
            t = self.doc[i]
            if t.idx < para.start or t.text in SENTENCE_END or self.inside_quote(t.idx):
                break
            if t.text in MARKS and MARKS[t.text][1] != "open":
                break
            if self.lex.is_cue(t):
                return t
            i -= 1
            steps += 1
        return None

    def _partial_cue(self, q: QuotedSpan):
        """The statement a quoted fragment belongs to: a cue verb or noun above it, else in its
        sentence (“extremists” in "a warning that “extremists” had imminent plans")."""
        t0 = self.doc[self._tok(q.start)]
        for a in t0.ancestors:
            if self._in_quote_span(a.idx, q):
                continue
            if self.lex.is_cue(a) and a.lower_ not in self.lex.not_speech:
                return self._cue_text(a), self._subject(a, q)
            if a.lower_ in self.lex.nouns and a.pos_ == "NOUN":
                return a.text, self._noun_source(a)
        sent = self.ctx.sentences[self._sentence_index(q.start)].span
        best = None
        for t in sent:
            if self._in_quote_span(t.idx, q) or self.inside_quote(t.idx):
                continue
            if not (self.lex.is_speech(t) and t.pos_ == "VERB"):
                continue
            closer = best is None or abs(t.idx - q.start) < abs(best.idx - q.start)
            if closer and self._subject(t, q) is not None:
                best = t
        if best is not None:
            return self._cue_text(best), self._subject(best, q)
        source = self._according_to(sent)
        if source is not None:
            return source
        return None, None

    def _document_source(self, noun):
        """ "according to LSEG data" -> LSEG; "a statement from the ministry" -> ministry."""
        for child in noun.children:
            if child.dep_ == "poss" or (child.dep_ == "compound" and child.pos_ == "PROPN"):
                return child
            if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
            if child.dep_ == "acl" and self._agent(child) is not None:
                return self._agent(child)
        return noun

    def _noun_source(self, noun):
        """Who issued "a warning", "his claim", "a statement from the ministry"."""
        for child in noun.children:
            if child.dep_ == "poss":
                return child
            if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        return pobj
            if child.dep_ == "acl":  # "results posted by the Board of Elections"
                agent = self._agent(child)
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
        return self._subject(verb, None)

    def _subject(self, verb, q: QuotedSpan | None):
        """The verb's subject outside the quote, through "and added", "was quoted as saying"."""
        node = verb
        for _ in range(4):
            subjects = [
                c
                for c in node.children
                if c.dep_ in SUBJECT_DEPS
                and not self._in_quote_span(c.idx, q)
                and (q is None or not self.inside_quote(c.idx))
            ]
            if subjects:  # "Markets priced in …, traders said": the one beside the verb
                child = min(subjects, key=lambda c: abs(c.i - node.i))
                if child.dep_ == "nsubjpass" and node.lemma_ in LISTENER_VERBS:
                    return self._agent(node)
                return child
            if node.dep_ in ("conj", "xcomp", "advcl", "pcomp", "prep") and node.head is not node:
                node = node.head
            else:
                break
        # the parse may have missed it: the nearest noun or pronoun beside the verb
        for k in (-1, 1, -2, 2):
            j = verb.i + k
            if 0 <= j < len(self.doc):
                t = self.doc[j]
                if (
                    t.pos_ in ("PROPN", "PRON", "NOUN")
                    and not self._in_quote_span(t.idx, q)
                    and not self.inside_quote(t.idx)
                    and t.dep_ != "dobj"
                ):
                    return t
        return None

    def _agent(self, verb):
        for child in verb.children:
            if child.dep_ == "agent":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        return pobj
        return None

    def _cue_text(self, verb) -> str:
        """The cue as written: "told reporters", "was quoted as saying", else the verb."""
        low = [t.lower_ for t in self.doc[max(0, verb.i - 2) : verb.i + 4]]
        offset = verb.i - max(0, verb.i - 2)
        for phrase in self.lex.verbal:
            n = len(phrase)
            for s in range(max(0, offset - n + 1), offset + 1):
                if tuple(low[s : s + n]) == phrase:
                    first = self.doc[max(0, verb.i - 2) + s]
                    last = self.doc[max(0, verb.i - 2) + s + n - 1]
                    return self.text[first.idx : last.idx + len(last)]
        return verb.text

    # --- indirect -----------------------------------------------------------------------

    def _indirect(self) -> list[Found]:
        out: list[Found] = []
        kinds = {p.paragraph_id for p in self.paragraphs}
        for sent in self.ctx.sentences:
            if sent.paragraph.paragraph_id not in kinds:
                continue
            span = sent.span
            for t in span:
                if t.lower_ in ("according",):
                    found = self._according_found(span, t)
                    if found:
                        out.append(found)
                    continue
                if not self.lex.is_speech(t) or t.pos_ not in ("VERB", "AUX"):
                    continue
                if self.inside_quote(t.idx) or any(c.dep_ == "neg" for c in t.children):
                    continue
                found = self._reported(span, t)
                if found:
                    out.append(found)
        return out

    def _reported(self, sent, verb) -> Found | None:
        comps = [c for c in verb.children if c.dep_ == "ccomp"] or self._that_clause(verb)
        if not comps:
            return self._tagged_on(sent, verb)
        subject = self._subject(verb, None)
        if subject is None or self.inside_quote(subject.idx) or subject.dep_ == "expl":
            return None
        if subject.lower_ == "it" and any(c.dep_ == "auxpass" for c in verb.children):
            return None  # "it was reported that": no speaker
        after = [c for c in comps if c.i > verb.i]
        if after:
            lo = self._skip_time_phrase(min(c.left_edge.i for c in after), after[0])
            hi = max(c.right_edge.i for c in after)
            tail = [t for t in sent if t.i > hi]
            if not any(self.lex.is_speech(t) and t.pos_ == "VERB" for t in tail):
                hi = sent[-1].i
            hi = self._before_next_speaker(lo, hi, verb)
        else:
            lo = min(c.left_edge.i for c in comps)
            hi = max(c.right_edge.i for c in comps)
            if lo < subject.i < hi or not any(_is_subject(x) for c in comps for x in c.children):
                return None  # "Asked whether …, Bennett replied": a question, not a statement
        start, end = self._trim(lo, hi)
        if start is None or self._quoted_share(start, end) > 0.5:
            return None
        return Found("indirect", start, end, cue=self._cue_text(verb), subject=subject)

    def _that_clause(self, verb) -> list:
        """ "told the jury during the trial that Hale had …": the parser hung the clause on
        "trial" as if "that" were a relative pronoun."""
        for t in verb.subtree:
            if t.i <= verb.i or t.lower_ != "that" or t.head.dep_ != "relcl":
                continue
            noun = t.head.head
            if noun.dep_ == "pobj" and noun.head.head.i == verb.i and t.i == t.head.left_edge.i:
                return [t.head]
        return []

    def _tagged_on(self, sent, verb) -> Found | None:
        """ "…, traders said." and "Growth was returning, she said, and …": the verb and its
        subject follow the clause after a comma and the parser gave the verb no complement."""
        subject = self._subject(verb, None)
        if subject is None or subject.i > verb.i or self.inside_quote(subject.idx):
            return None
        first = subject.left_edge.i
        if first - 1 <= sent[0].i or self.doc[first - 1].text != ",":
            return None
        if sent[0].lower_ in CLAUSE_OPENERS or any(t.text == ":" for t in sent if t.i > verb.i):
            return None  # "Asked whether …, Bennett replied: …"
        tail = [t for t in sent if t.i > verb.i and not t.is_punct]
        loose = verb.dep_ == "parataxis"
        if not loose and any(t.dep_ in ("dobj", "ccomp", "xcomp", "attr") for t in tail):
            return None
        if not loose and any(t.pos_ in ("VERB", "AUX") for t in tail):
            return None
        start, end = self._trim(sent[0].i, first - 1)
        if start is None or self._quoted_share(start, end) > 0.5:
            return None
        return Found("indirect", start, end, cue=self._cue_text(verb), subject=subject)

    def _before_next_speaker(self, lo: int, hi: int, verb) -> int:
        """End a reported clause before a second speaker's verb ("…, while economists at ING
        warned that …")."""
        for t in self.doc[lo : hi + 1]:
            if t.i == verb.i or not (self.lex.is_speech(t) and t.pos_ == "VERB"):
                continue
            if any(c.dep_ in SUBJECT_DEPS for c in t.children) and any(
                c.dep_ == "ccomp" for c in t.children
            ):
                edge = min(c.left_edge.i for c in t.children if c.dep_ in SUBJECT_DEPS)
                cut = edge - 1
                while cut > lo and (self.doc[cut].is_punct or self.doc[cut].dep_ in ("cc", "mark")):
                    cut -= 1
                return cut if cut > lo else hi
        return hi

    def _skip_time_phrase(self, lo: int, clause) -> int:
        """ "said on Monday it was …": the date belongs to the saying, not to what was said."""
        while lo < clause.i:
            t = self.doc[lo]
            if t.dep_ not in ("prep", "npadvmod") or t.head.i != clause.i:
                break
            words = [x for x in t.subtree if x.i != t.i or t.dep_ == "npadvmod"]
            if not words or not all(x.ent_type_ in ("DATE", "TIME") for x in words):
                break
            lo = t.right_edge.i + 1
            while lo < clause.i and self.doc[lo].is_punct:
                lo += 1
        return lo

    def _according_found(self, sent, tok) -> Found | None:
        got = self._according_to(sent)
        if got is None or got[1] is None:
            return None
        phrase = [t for t in tok.subtree]
        lo_p, hi_p = phrase[0].i, phrase[-1].i
        left = (sent[0].i, lo_p - 1)
        right = (hi_p + 1, sent[-1].i)
        lo, hi = right if right[1] - right[0] >= left[1] - left[0] else left
        if hi < lo:
            return None
        start, end = self._trim(lo, hi)
        if start is None or self._quoted_share(start, end) > 0.5:
            return None
        return Found("indirect", start, end, cue=got[0], subject=got[1])

    def _according_to(self, sent):
        """("according to", source head) for the first source phrase in the sentence."""
        low = [t.lower_ for t in sent]
        for phrase in self.lex.source_after:
            n = len(phrase)
            for k in range(len(low) - n + 1):
                if tuple(low[k : k + n]) != phrase:
                    continue
                last = sent[k + n - 1]
                if self.inside_quote(last.idx):
                    continue
                head = next((c for c in last.children if c.dep_ == "pobj"), None)
                if head is None and k + n < len(sent):
                    head = sent[k + n]
                    while head.dep_ in ("det", "compound", "amod", "poss") and head.head.i > head.i:
                        head = head.head
                if head is not None and head.lower_ in self.lex.nouns:
                    head = self._document_source(head)
                cue = self.text[sent[k].idx : last.idx + len(last)]
                return cue, head
        return None

    def _trim(self, lo: int, hi: int) -> tuple[int | None, int | None]:
        """Token range -> character span without "that", edge punctuation or quote marks."""
        doc = self.doc
        while lo <= hi and (
            doc[lo].is_punct
            or doc[lo].is_space
            or doc[lo].dep_ == "mark"
            and doc[lo].lower_ == "that"
            or doc[lo].text in MARKS
        ):
            lo += 1
        while hi >= lo and (doc[hi].is_punct or doc[hi].is_space or doc[hi].text in MARKS):
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

    # --- speakers -----------------------------------------------------------------------

    def _resolve(self, found: list[Found]) -> None:
        """Resolve in text order; quotes with no cue continue the speaker before them."""
        resolver = self.resolver
        by_para: dict[int, list[Found]] = {}
        last_in_para: dict[int, Found] = {}
        for f in found:
            if f.kind == "drop":
                continue
            pid = self._para_of(f.start)
            if f.subject is not None:
                f.speaker = resolver.resolve(f.subject, f.subject.idx)
            by_para.setdefault(pid, []).append(f)
        body_ids = [p.paragraph_id for p in self.paragraphs]
        for pid in body_ids:
            items = by_para.get(pid, [])
            for f in items:
                if f.speaker is None and f.kind == "direct":
                    f.speaker = self._continued(f, items, by_para, body_ids, pid)
                    if f.speaker is not None:
                        resolver.remember(f.start, f.speaker)
            attributed = [f for f in items if f.speaker and f.speaker.name]
            if attributed:
                last_in_para[pid] = attributed[-1]

    def _continued(self, f: Found, items, by_para, body_ids, pid) -> Speaker | None:
        q = f.quoted
        same = [g for g in items if g is not f and g.speaker and g.speaker.name]
        prior = [g for g in same if g.start < f.start]
        pos = body_ids.index(pid)
        prev_items = by_para.get(body_ids[pos - 1], []) if pos > 0 else []
        prev_named = [g for g in prev_items if g.speaker and g.speaker.name and g.kind != "drop"]
        if q is not None and q.continues and prev_named:
            return _inherit(prev_named[-1].speaker)
        if prior:
            return _inherit(prior[-1].speaker)
        if same:
            return _inherit(same[0].speaker)
        para = self.para_by_id[pid]
        if q is not None and q.open_pos == para.start and prev_named:
            return _inherit(prev_named[-1].speaker)
        # the chain continues into the next paragraph, which names the speaker
        if q is not None and q.continued and pos + 1 < len(body_ids):
            nxt = by_para.get(body_ids[pos + 1], [])
            named = [g for g in nxt if g.subject is not None and g.speaker and g.speaker.name]
            if named:
                return _inherit(named[0].speaker)
        return None

    # --- rows ---------------------------------------------------------------------------

    def _rows(self, found: list[Found]) -> list[dict]:
        rows = []
        first_role: dict[str, str] = {}
        for f in found:
            if f.speaker and f.speaker.name and f.speaker.role:
                first_role.setdefault(f.speaker.name, f.speaker.role)
        for f in found:
            spk = f.speaker or Speaker(None, UNKNOWN, None, None, None, None)
            role = spk.role
            if spk.name and not role:
                role = first_role.get(spk.name) or self.resolver.roles.get(spk.name)
            rows.append(
                {
                    "quote_id": len(rows),
                    "speaker": spk.name,
                    "speaker_mention": spk.mention,
                    "speaker_start": spk.start,
                    "speaker_end": spk.end,
                    "speaker_kind": spk.kind if spk.name else UNKNOWN,
                    "role": role,
                    "kind": f.kind,
                    "text": self.text[f.start : f.end],
                    "start": f.start,
                    "end": f.end,
                    "cue": f.cue,
                    "sentence_id": self.ctx.sentences[self._sentence_index(f.start)].sentence_id,
                }
            )
        return rows

    # --- offsets ------------------------------------------------------------------------

    def _tok(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.tok_starts, offset) - 1)

    def _sentence_index(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, offset) - 1)

    def _para_of(self, offset: int) -> int:
        return self.ctx.sentences[self._sentence_index(offset)].paragraph.paragraph_id

    def _quote_end(self, q: QuotedSpan) -> int:
        return q.close_pos + 1 if q.close_pos is not None else q.end

    def inside_quote(self, offset: int) -> bool:
        i = bisect.bisect_right(self._range_starts, offset) - 1
        return i >= 0 and offset < self.direct_ranges[i][1]

    def _in_quote_span(self, offset: int, q: QuotedSpan | None) -> bool:
        return q is not None and q.open_pos <= offset < self._quote_end(q)

    def _quoted_share(self, start: int, end: int) -> float:
        covered = 0
        i = max(0, bisect.bisect_right(self._range_starts, start) - 1)
        while i < len(self.direct_ranges) and self.direct_ranges[i][0] < end:
            s, e = self.direct_ranges[i]
            covered += max(0, min(e, end) - max(s, start))
            i += 1
        return covered / max(1, end - start)


def _is_subject(token) -> bool:
    return token.dep_ in (*SUBJECT_DEPS, "expl", "csubj")


def _inherit(speaker: Speaker) -> Speaker:
    """The same speaker for a quote with no mention of its own."""
    return Speaker(speaker.name, speaker.kind, speaker.role, None, None, None)


def _has_terminal(s: str) -> bool:
    return any(ch in s for ch in ".!?…")


def _replace_end(q: QuotedSpan, text: str, end: int) -> QuotedSpan:
    while end > q.start and text[end - 1] in " ,":
        end -= 1
    return QuotedSpan(q.open_pos, end, q.start, end, q.paragraph, q.family, q.continues)


def _dedupe(found: list[Found]) -> list[Found]:
    """Drop rejected candidates and repeats of the same span and kind."""
    out: list[Found] = []
    seen: list[tuple[str, int, int]] = []
    for f in found:
        if f.kind not in ("direct", "indirect", "partial"):
            continue
        if any(k == f.kind and s < f.end and f.start < e for k, s, e in seen):
            continue
        seen.append((f.kind, f.start, f.end))
        out.append(f)
    return out
