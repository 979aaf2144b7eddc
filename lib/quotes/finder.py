"""Quotes and their speakers: direct, indirect (reported) and partial.

Three finders feed one list. Direct and partial quotes start from the quote marks
(`lib.quotes.marks`): a quoted stretch standing on its own is direct, one woven into a clause
("a warning that “extremists” ...") is partial, and one after "the words", "titled", "so-called"
or in Title Case is a name or an inscription, not speech. Reported speech comes from the parse
(`lib.quotes.reported`): a reporting verb from the cue lexicon (`data/cues.toml`) with a subject
and a clausal complement, in either order ("X said (that) ...", "..., X said"), or "according
to X". Speakers are resolved in
text order (`lib.quotes.speakers.resolve`) so pronouns see who spoke before; a direct quote with no cue of
its own continues the speaker of its paragraph or of the paragraph before (news style).

Overlaps: a reported clause with quoted words in it is one row, the clause (as every hand-made
gold counts it: one statement), unless the clause is nothing but the quoted words or an object
and the quoted name a verb gives it ("called the plan “a fiasco”"), when only the partial stays.
A report inside a report ("X reported that the minister said …") gives two rows, one per
speaker; other overlaps of the same kind are repeats. Words quoted inside a quotation after
"X said" are X's (`lib.quotes.nested`).
"""

from __future__ import annotations

import bisect
import re

from lib.ingest.posts import embedded_posts
from lib.quotes.attribution import NP_POS, WORD, QuoteAttribution
from lib.quotes.headquotes import headline_quotes
from lib.quotes.inherited import InheritedSpeakers
from lib.quotes.lexicon import lexicon
from lib.quotes.marks import QuotedSpan, find_quoted
from lib.quotes.nested import nested_partials
from lib.quotes.overlaps import dedupe, one_row_per_report, without_relays
from lib.quotes.parse import Found, QuoteParse
from lib.quotes.posts import post_speaker
from lib.quotes.reported import ReportedSpeech
from lib.quotes.rows import statement_rows
from lib.quotes.speakers.agreement import agree_genders
from lib.quotes.speakers.british import settle_british
from lib.quotes.speakers.canonical import canonicalise
from lib.quotes.speakers.epithets import name_epithets, spell_as_written
from lib.quotes.speakers.pollsters import name_pollsters
from lib.quotes.speakers.resolve import SpeakerResolver
from lib.quotes.speakers.sources import credit_own_sources
from lib.quotes.terms import QuotedTerms, has_terminal, joined_by_hyphen

BEFORE_CHARS = 200  # text before an opening mark read to classify the quote
MIN_UNATTRIBUTED_WORDS = 4  # a quote with no cue must look like a statement, not a term
# Words opening a reported clause that is only a condition, a time or a reason of what follows.
CONDITION_OPENERS = frozenset(
    ("if", "unless", "when", "once", "because", "although", "though", "while", "until")
)


def extract_quotes(ctx) -> list[dict]:
    """Rows of the `quotes` table, numbered in text order."""
    if not len(ctx.doc) or not ctx.sentences:
        return []
    parse = QuoteParse(ctx, lexicon())
    return QuoteFinder(parse, ReportedSpeech(parse)).run()


class QuoteFinder(QuotedTerms, QuoteAttribution, InheritedSpeakers):
    """Direct and partial quotes from the marks, their cues (`QuoteAttribution`), then speakers,
    then rows."""

    def __init__(self, parse: QuoteParse, reported: ReportedSpeech):
        self.p, self.reported = parse, reported
        self.ctx, self.lex, self.text, self.doc = parse.ctx, parse.lex, parse.text, parse.doc

    def run(self) -> list[dict]:
        quoted = [self._repair_unclosed(q) for q in find_quoted(self.text, self.p.paragraphs)]
        candidates = [self._classify(q) for q in quoted if q is not None]
        candidates = [c for c in candidates if c is not None]
        posts = self._embedded_posts(candidates)
        self.p.set_direct(
            [
                (c.quoted.open_pos, self.p.quote_end(c.quoted))
                for c in candidates
                if c.kind in ("direct", "direct?")
            ]
            + [(f.start, f.end) for f in posts]
        )
        found = [self._attribute(c) for c in candidates] + posts
        found += nested_partials(self.p, self.text, found)
        found += self.reported.find()
        found += headline_quotes(self, found)
        found.sort(key=lambda f: (f.start, f.kind))
        self._join_condition_and_quote(found)
        marks = [(q.open_pos, self.p.quote_end(q)) for q in quoted if q is not None]
        self.resolver = SpeakerResolver(self.ctx, self.lex, self.p.inside_quote, marks)
        self._resolve(found)
        name_epithets(found, self.resolver)
        agree_genders(found, self.resolver)
        found = [f for f in found if not f.nobodys_act(self.lex)]
        credit_own_sources(found, self.resolver.sources)
        people = tuple(e["name"] for e in self.ctx.entities if e["label"] == "PERSON")
        settle_british(found, self.text, self.p.paragraphs, self.lex, people)
        name_pollsters(found, self.doc)
        canonicalise([f.speaker for f in found if f.speaker], self.text, self.lex, people)
        spell_as_written([f.speaker for f in found], self.text)
        found = one_row_per_report(found, self.text, self.lex.naming_forms)
        found = dedupe(without_relays(found))
        return statement_rows(found, self.ctx, self.lex, self.resolver.roles)

    def _embedded_posts(self, candidates: list[Found]) -> list[Found]:
        """Posts embedded in the page, signed by their author (`lib.ingest.posts`): direct
        statements with their speaker; a quotation inside one is part of it, no row."""
        posts = embedded_posts(self.text, self.p.paragraphs)
        starts = [p.start for p in posts]  # in text order, never overlapping
        for c in candidates:
            k = bisect.bisect_right(starts, c.start) - 1
            if c.kind in ("direct", "direct?") and k >= 0 and c.end <= posts[k].end:
                c.kind = "drop"
        return [Found("direct", p.start, p.end, speaker=post_speaker(self.ctx, p)) for p in posts]

    def _join_condition_and_quote(self, found: list[Found]) -> None:
        """ "She said that if the clubs cannot agree, “they should not complain.”": a reported
        clause that is only a condition (or a time, a reason) and stops at a comma before a
        quote is one statement with that quote, its main clause: the clause takes the quote in
        and the quote is no row of its own."""
        by_open = {f.quoted.open_pos: f for f in found if f.kind == "direct" and f.quoted}
        for f in found:
            if f.kind != "indirect" or f.cue == ":":
                continue
            first = self.text[f.start : f.end].split(maxsplit=1)[:1]
            if not first or first[0].lower() not in CONDITION_OPENERS:
                continue
            gap = re.match(r"[,\s]*", self.text[f.end : f.end + 4])
            quote = by_open.get(f.end + (gap.end() if gap else 0))
            if quote is None or "," not in self.text[f.end : quote.quoted.open_pos]:
                continue
            f.end = self.p.quote_end(quote.quoted)
            quote.kind = "drop"

    def _repair_unclosed(self, q: QuotedSpan) -> QuotedSpan | None:
        """A quote mark that never closes ends at its attribution ("…, chairman Michael Grant
        said."); without one it is dropped, unless it opens its paragraph (news style)."""
        if not q.unclosed:
            return q
        first = self.p.tok(q.start)
        last = self.p.tok(q.end - 1)
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
        para = self.p.para_by_id[q.paragraph]
        return q if q.open_pos == para.start else None

    def _classify(self, q: QuotedSpan) -> Found | None:
        """Direct, partial or not a quote at all (term, title, nickname, inscription)."""
        para = self.p.para_by_id[q.paragraph]
        # the words just before the mark decide (the last four at most): a bounded window
        # keeps a paragraph of thousands of quotes linear
        before = self.text[max(para.start, q.open_pos - BEFORE_CHARS) : q.open_pos]
        stripped = before.rstrip()
        prev_char = stripped[-1:] if stripped else ""
        words = WORD.findall(self.text[q.start : q.end])
        read_out = self._document_reads(q)
        if read_out is not None:
            return read_out
        if self._names_a_thing(stripped) or self._titles_a_work(stripped, words):
            return None
        if self._names_a_programme(stripped, words) or self._headline_by(q):
            return None
        if joined_by_hyphen(before) or self._names_a_kind(q, words):
            return None
        if self._title_case(words) and self._named_by_naming_verb(stripped):
            return None
        embedded = prev_char.isalnum() and not q.continues
        if embedded:
            prev_tok = self.doc[self.p.tok(q.open_pos) - 1] if self.p.tok(q.open_pos) > 0 else None
            if (
                prev_tok is not None
                and len(words) >= 3
                and (self.lex.is_cue(prev_tok) or self._said_in_a_statement(prev_tok))
            ):
                return Found("direct", q.start, q.end, quoted=q)
            if self._title_case(words) or _one_capitalised_word(words):
                return None  # a name or label: a user called “Anonymous”, the “History” page
            return Found("partial", q.start, q.end, quoted=q)
        if self._title_case(words) and not has_terminal(self.text[q.start : q.end]):
            return Found("direct?", q.start, q.end, quoted=q)
        if len(words) < MIN_UNATTRIBUTED_WORDS and not has_terminal(self.text[q.start : q.end]):
            return Found("direct?", q.start, q.end, quoted=q)
        return Found("direct", q.start, q.end, quoted=q)

    def _document_reads(self, q: QuotedSpan) -> Found | None:
        """ "The ministry's letter reads “…”", "the statement read: “…”": a document quoted word
        for word is its issuer speaking (a sign or a plaque that "reads" is an inscription, left
        to `_names_a_thing`). The speaker is the document's source, else the document."""
        i = self.p.tok(q.open_pos) - 1
        while i > 0 and self.doc[i].text in (":", ","):
            i -= 1
        verb = self.doc[i] if i >= 0 else None
        if verb is None or verb.lemma_.lower() != "read" or verb.pos_ not in ("VERB", "AUX"):
            return None
        noun = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if noun is None or noun.pos_ != "NOUN" or noun.lower_ not in self.lex.nouns:
            return None
        source = self.p.noun_source(noun) or next(
            (c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"), noun
        )
        return Found("direct", q.start, q.end, cue=verb.text, subject=source, quoted=q)

    def _said_in_a_statement(self, tok) -> bool:
        """ "said in a statement “We are shocked …”": the quote follows its cue with no comma."""
        if tok.lower_ not in self.lex.nouns or tok.dep_ != "pobj":
            return False
        verb = tok.head.head
        return tok.head.lower_ in ("in", "during") and self.lex.is_cue(verb)


def _one_capitalised_word(words: list[str]) -> bool:
    return len(words) == 1 and words[0][:1].isupper()


def _replace_end(q: QuotedSpan, text: str, end: int) -> QuotedSpan:
    while end > q.start and text[end - 1] in " ,":
        end -= 1
    return QuotedSpan(q.open_pos, end, q.start, end, q.paragraph, q.family, q.continues)
