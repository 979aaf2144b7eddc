"""Statements a headline or a paragraph makes by its shape: "Graham: Trump's plan is unworkable",
"Exclusive — Palin: ‘…’", "Biden digs at Warren after debate: Polls don't show ‘…’", a
transcript's "TAPPER: …", and a headline's plain saying ("Governors say …"). A mixin of
`lib.quotes.reported.ReportedSpeech`: it reads the reporter's parse, lexicon, text and doc.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from lib.quotes.actshapes import QUESTION_OPENERS
from lib.quotes.clauses import LABEL_DASH, MIN_CLAIM_WORDS, NAME_COLON, own_subject
from lib.quotes.headshape import headline_saying, headline_subject
from lib.quotes.lexicon import Lexicon
from lib.quotes.marks import MARKS
from lib.quotes.parse import Found, QuoteParse
from lib.quotes.transcript import read_transcript

if TYPE_CHECKING:
    from lib.context import Context


class HeadlineClaims:
    """Claims made by a headline's or a paragraph's shape."""

    p: QuoteParse
    lex: Lexicon
    text: str
    doc: Doc
    ctx: Context

    def _verb_statement(self, sent, verb) -> Found | None:
        """The reporter's reading of a saying verb (`ReportedSpeech._verb_statement`)."""
        raise NotImplementedError

    def _headline_says(self, sent, verb) -> Found | None:
        """ "Governors say residents would suffer under the plan", "Minister denies she misled
        parliament": a headline's saying with its clause is a statement like any other. Only
        that plain shape: the fallbacks for loose clauses and the speech acts are for full
        sentences, and a headline's clipped grammar would set them off."""
        if verb.pos_ != "VERB" or not self.lex.is_speech(verb):
            return None
        if not any(c.dep_ == "ccomp" and c.i > verb.i and own_subject(c) for c in verb.children):
            return None
        return self._verb_statement(sent, verb)

    def _name_colon_claims(self) -> list[Found]:
        """ "Graham: Trump's plan is unworkable", "Clinton to donors: …", "Poll: …", "TAPPER: …":
        a headline or paragraph that opens with a name (and its addressee) and a colon gives that
        speaker's claim, no verb or quote marks needed; in a transcript the paragraph is the
        speaker's turn, up to the next speaker's label (`read_transcript`). Labels ("Update:", "Watch:", data: colon_labels) are nobody."""
        out = []
        for para in self.ctx.article.paragraphs:
            if para.kind not in ("headline", "subheading", "body"):
                continue
            end = para.end
            if para.kind == "body":  # "… as follows: Lee: Can you …? Ruiz: I said …"
                turns, end = read_transcript(self.p, para)
                out += turns
            begin = self._after_label(para)
            m = NAME_COLON.match(self.text, begin, para.end)
            if m is None and para.kind == "headline":
                out += filter(None, [self._headline_colon(para), self._headline_that(para)])
                continue
            if m is None or m.group(1).lower().replace("’", "'") in self.lex.colon_labels:
                continue
            first = self.p.tok(begin)
            head = self.doc[self.p.tok(begin + len(m.group(1)) - 1)]
            label = self.doc[first : head.i + 1]
            if any(self.lex.is_speech(t) and t.pos_ == "VERB" and t.i > first for t in label):
                continue  # "Okafor said: …": a saying with its own verb, read by the parse
            if not self._names_a_source(label):
                continue  # "Breaking: …", "Day Three: …"
            start, stop = self.p.trim(self.p.tok(m.start(2)), self.p.tok(end - 1))
            if start is None or len(self.text[start:stop].split()) < MIN_CLAIM_WORDS:
                continue
            kind = "direct" if self.p.quoted_share(start, stop) > 0.5 else "indirect"
            if kind == "direct" and para.kind == "body":
                continue  # the direct-quote finder has it
            if para.kind == "headline":  # "Trump Addresses Munich Attack: …": Trump speaks
                head = headline_subject(self.lex, list(label), m.end(1)) or head
            out.append(Found(kind, start, stop, cue=":", subject=head))
        return out

    def _after_label(self, para) -> int:
        """Where a headline's speaker starts after a label set off by a dash ("Exclusive —
        Palin: …", "Watch - Graham: …", data: colon_labels): the label names no one."""
        m = LABEL_DASH.match(self.text, para.start, para.end)
        if m is None or m.group(1).lower() not in self.lex.colon_labels:
            return para.start
        return m.end()

    def _headline_colon(self, para) -> Found | None:
        """ "Biden digs at Warren after debate: Polls don't show 'anybody else …'": a headline
        whose clause has a named subject, then a colon and words with quote marks in them, gives
        those words to the subject (the headline's way of writing "…, Biden said")."""
        colon = self.text.find(": ", para.start, para.end)
        if colon < 0 or not any(ch in MARKS for ch in self.text[colon : para.end]):
            return None
        opener = self.text[colon + 2 : para.end].split(maxsplit=1)[:1]
        if opener and opener[0].lower() in QUESTION_OPENERS:
            return None  # "…: what it means for 'small boats'": the story's subject, not a claim
        verbs = [
            t for t in self.doc[self.p.tok(para.start) : self.p.tok(colon)] if t.pos_ == "VERB"
        ]
        subject = next(
            (
                c
                for v in verbs
                for c in v.children
                if c.dep_ == "nsubj" and c.ent_type_ in ("PERSON", "ORG") and c.idx < colon
            ),
            None,
        )
        if subject is None or self.p.inside_quote(subject.idx):
            return None
        start, stop = self.p.trim(self.p.tok(colon + 2), self.p.tok(para.end - 1))
        if start is None or len(self.text[start:stop].split()) < MIN_CLAIM_WORDS:
            return None
        return Found("indirect", start, stop, cue=":", subject=subject)

    def _headline_that(self, para) -> Found | None:
        """ "Brit Ambassador Charged That Trump Killed Iran Deal Because It Was Obama’s: Report":
        a headline's verb of saying after its subject (read by shape, `lib.quotes.headshape`:
        Title Case leaves the tags no guide), then "that" and a clause, gives that clause to the
        subject, up to a colon that tags the headline with its source ("…: Report")."""
        tokens = list(self.doc[self.p.tok(para.start) : self.p.tok(para.end - 1) + 1])
        subject, verb = headline_saying(self.lex, tokens, para.end)
        if subject is None or not self.lex.is_speech(verb) or verb.i + 1 >= tokens[-1].i:
            return None
        if self.doc[verb.i + 1].lower_ != "that" or self.p.inside_quote(verb.idx):
            return None
        colon = next((t.i for t in tokens if t.i > verb.i and t.text == ":"), tokens[-1].i + 1)
        start, stop = self.p.trim(verb.i + 2, colon - 1)
        if start is None or len(self.text[start:stop].split()) < MIN_CLAIM_WORDS:
            return None
        return Found("indirect", start, stop, cue=verb.text, subject=subject)

    def _names_a_source(self, words) -> bool:
        """ "Clinton camp", "JAKE TAPPER", "Poll", "Newspaper": a name in it, or a work or a body
        as its head word."""
        last = words[-1].lower_
        if last in self.lex.works or last in self.lex.org_nouns:
            return True
        if all(t.text.isupper() and len(t.text) > 1 for t in words if t.is_alpha):
            return True  # a transcript's speaker label: "JAKE TAPPER:"
        return any(self.named(t) for t in words if t.text[:1].isupper())

    def named(self, tok) -> bool:
        """A person or body: tagged so, or a name (or surname) of one the article mentions, in
        any case ("TAPPER" in a transcript)."""
        if tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
            return True
        word = tok.lower_
        return any(
            word == e["name"].split()[-1].lower() or word in (a.lower() for a in e["aliases"])
            for e in self.ctx.entities
            if e["label"] in ("PERSON", "ORG")
        )
