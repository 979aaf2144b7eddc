"""Statement nouns and their content: "the request that the boy be returned", "a request from
the father to have …", "suggestions by traders that the market close", "their message was that
…". The cue is the noun (data: nouns.statement, nouns.request), the span its content clause,
the source its owner or issuer when the sentence names one.

One short walk of the parse from the noun, like the speech acts of `lib.quotes.acts`.
"""

from __future__ import annotations

from lib.quotes.actshapes import is_infinitive, opens_with_that
from lib.quotes.marks import MARKS
from lib.quotes.parse import Found, QuoteParse
from lib.quotes.speakers.words import speaker_words

# Who issued a statement noun: "the father's request", "suggestions by traders", "a request
# from the father", "a court order".
SOURCE_PREPS = ("by", "from", "of")
# The statement as the channel of a verb's subject: "X told reporters in a statement that …".
CHANNEL_PREPS = ("in", "through", "via")
# A statement noun is a statement when something determines it ("the/his/a court order");
# bare, it is part of a fixed phrase ("in order to", "on condition that").
NOUN_MODIFIERS = ("det", "poss", "compound", "amod", "prep", "nummod")


def owned_content(noun, lex) -> bool:
    """ "He denied Trump’s claim that he raked in …", "echoed the senator's warning that …",
    "disputed a claim by the governor that …": a statement noun with its own source (a
    possessor, "by/from X") and its own content clause. The clause is the source's statement,
    whatever verb governs the noun (denied, rejected, repeated), so the governing verb's subject
    does not say it: its row would take the owner's words and give them to the denier."""
    return owned_clause(noun, lex) is not None


def owned_clause(noun, lex):
    """The content clause of a statement noun with its own source ("Trump’s claim that he raked
    in …": the "that" clause), None when the noun has no source or no such clause."""
    if noun.pos_ != "NOUN" or not (noun.lower_ in lex.nouns or noun.lemma_.lower() in lex.nouns):
        return None
    return _that_clause_of(noun) if _own_source(noun) is not None else None


def _own_source(noun):
    """The noun's own source in the sentence: its possessor or the object of "by"/"from"."""
    for c in noun.children:
        if c.dep_ == "poss":
            return c
        if c.dep_ == "prep" and c.lower_ in ("by", "from"):
            pobj = next((x for x in c.children if x.dep_ == "pobj"), None)
            if pobj is not None and pobj.pos_ in ("PROPN", "NOUN", "PRON"):
                return pobj
    return None


def _that_clause_of(noun):
    """The "that" clause saying what the noun says: hung on the noun, or on its verb right after
    it (the parser's choice for "disputed the claim by X that …")."""
    for c in noun.children:
        if c.dep_ in ("acl", "ccomp", "relcl") and opens_with_that(c):
            return c
    if noun.dep_ == "dobj":
        for c in noun.head.children:
            if c.dep_ == "ccomp" and c.i > noun.i and opens_with_that(c):
                return c
    return None


class StatementNouns:
    """Statement nouns with their content, in one article."""

    def __init__(self, parse: QuoteParse):
        self.p, self.lex, self.doc = parse, parse.lex, parse.doc

    def find(self, noun) -> Found | None:
        """ "the request that the boy be returned", "a request from the father to have …",
        "suggestions by traders that the market close", "their message was that …": a statement
        noun and the clause that is its content. A relative clause ("the claim that he made")
        has no "that" marker and is no content."""
        if noun.pos_ != "NOUN" or not self._statement_noun(noun):
            return None
        if not any(c.dep_ in NOUN_MODIFIERS for c in noun.children):
            return None  # "in order to …", "on condition that …": a phrase, not a statement
        clause = self._content_clause(noun)
        if clause is None:
            return None
        lo, hi = clause.left_edge.i, self._before_quoted_tail(clause)
        if lo <= noun.i or any(t.text in MARKS for t in self.doc[lo : hi + 1]):
            return None  # quoted words under the noun: the partial quote finder has them
        return self._span(lo, hi, noun.text, self._source(noun))

    def _before_quoted_tail(self, clause) -> int:
        """The clause's last token, before a participle tagged on after a comma that quotes
        ("Trump’s claim that he raked in $1.5 billion, saying it has “no basis …”"): the
        participle is the sentence's subject speaking, not part of the claim."""
        for c in clause.children:
            before = self.doc[c.left_edge.i - 1] if c.left_edge.i > 0 else None
            after_comma = before is not None and before.text == ","
            tagged_on = c.dep_ == "advcl" and c.tag_ == "VBG" and after_comma
            if tagged_on and any(t.text in MARKS for t in c.subtree):
                return c.left_edge.i - 2
        return clause.right_edge.i

    def _statement_noun(self, noun) -> bool:
        return noun.lower_ in self.lex.nouns or noun.lemma_.lower() in self.lex.nouns

    def _content_clause(self, noun):
        for c in noun.children:
            if c.dep_ in ("acl", "ccomp", "relcl") and opens_with_that(c):
                return c  # "the request that the boy be returned" (`_marked_relative`)
            if (
                c.dep_ == "acl"
                and is_infinitive(c)
                and noun.lemma_.lower() in self.lex.request_nouns
                and noun.lemma_.lower() not in self.lex.policy_nouns
            ):
                return c  # "a request to have the custody shifted"
        head = noun.head
        if noun.dep_ == "dobj" and head.pos_ == "VERB":
            for c in head.children:  # "dismissed suggestions by X that …": hung on the verb
                if c.dep_ == "ccomp" and c.i > noun.i and opens_with_that(c):
                    return c
        if noun.dep_ == "nsubj" and head.lemma_ == "be":
            for c in head.children:  # "their message was that …"
                if c.dep_ in ("ccomp", "attr") and c.i > head.i and opens_with_that(c):
                    return c
        return None

    def _source(self, noun):
        """Who issued the statement: its possessor, "by/from/of" someone, the agent of "a letter
        signed by X", the compound before it ("a court order"), or the one who spoke through it
        ("X told reporters in a statement that …"); None when the sentence does not say. Reports
        of the press at large are their own source ("media reports that …": `press_at_large`)."""
        for c in noun.children:
            if c.dep_ == "poss":
                return c
            if c.dep_ == "prep" and c.lower_ in SOURCE_PREPS:
                pobj = next((x for x in c.children if x.dep_ == "pobj"), None)
                if pobj is not None and (c.lower_ != "of" or pobj.pos_ == "PROPN"):
                    return pobj
            if c.dep_ == "acl" and self.p.agent(c) is not None:
                return self.p.agent(c)  # "a letter signed by X", "a statement released by X"
        compounds = [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
        if compounds and all(c.lower_ in speaker_words().press_at_large for c in compounds):
            return noun  # "citing media reports that …": the reports, not "media"
        if compounds:  # "a Florida state court order": the nearest, "state court", not "Florida"
            return compounds[-1]
        prep = noun.head
        if noun.dep_ == "pobj" and prep.lower_ in CHANNEL_PREPS and prep.head.pos_ == "VERB":
            return self.p.subject(prep.head, None)  # "X said in a statement that …"
        return None

    def _span(self, lo: int, hi: int, cue: str, subject) -> Found | None:
        start, end = self.p.trim(lo, hi)
        if start is None or self.p.quoted_share(start, end) > 0.5:
            return None  # a direct quote: the quote finder has it
        return Found("indirect", start, end, cue=cue, subject=subject)
