"""Who says it: the subject of a reporting verb, found on the parse (`Subjects.subject`).

A mixin of `lib.quotes.parse.QuoteParse`: the walk up the tree from a verb of saying to the one
who says it (through "and added", a participle, a "to" clause, a statement's author), and the
agent or the inverted subject where the parse puts the sayer after the verb. Split from
`parse.py`, which holds the offsets and spans the finders share.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from lib.ingest.posts import rules as post_rules
from lib.quotes.marks import QuotedSpan
from lib.quotes.sayers import (
    SUBJECT_DEPS,
    age_word,
    capacity,
    clause_participle,
    described_before,
    described_name,
    finite_on_noun,
    first_to_act,
    main_verb_as_relative,
    medium_verb,
    names_same,
    naming_with_object,
    past_dateline,
    postposed_subject,
    quoted_as_saying,
    subject_candidates,
    subject_on_marker,
    tagged_name,
    times_word,
    to_infinitive,
    when,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from lib.quotes.lexicon import Lexicon


def subject_of_adjectival_verb(node):
    """ "Lee tweeted angry insults about Ruiz, calling it …": the small model may read the
    finite verb as an adjective of its object and make the object the sentence's root; the
    subject it still gives that verb is who the participle's saying belongs to."""
    noun = node if node.dep_ == "ROOT" else node.head  # the participle may hang on the noun
    if noun.pos_ != "NOUN" or noun.dep_ != "ROOT":
        return None
    verbs = [c for c in noun.lefts if c.dep_ == "amod" and c.tag_ in ("VBD", "VBN")]
    return next((c for v in verbs for c in v.children if c.dep_ == "nsubj"), None)


def infinitive_on_object(node) -> bool:
    """A "to" clause on a verb's object ("repeating her plan to break up the banks"): a
    participle the parser hangs on it ("…, tweeting Tuesday: …") tells what the verb's subject
    did next, not what the plan did."""
    if node.dep_ != "acl" or not to_infinitive(node):
        return False
    return node.head.dep_ in ("dobj", "pobj") and node.head.head.pos_ in ("VERB", "AUX")


# Verbs whose passive subject is the listener, not the speaker ("he was told by police").
LISTENER_VERBS = ("tell", "inform", "advise", "brief", "ask", "warn", "notify", "assure")


class Subjects:
    """The sayer of a reporting verb (mixed into `QuoteParse`, whose lookups it uses)."""

    lex: Lexicon
    doc: Doc
    text: str

    def inside_quote(self, offset: int) -> bool:
        raise NotImplementedError

    def in_quote_span(self, offset: int, q: QuotedSpan | None) -> bool:
        raise NotImplementedError

    def quote_end(self, q: QuotedSpan) -> int:
        raise NotImplementedError

    def saying_again(self, verb):
        raise NotImplementedError

    def subject(self, verb, q: QuotedSpan | None):
        """The verb's subject outside the quote, through "and added", "was quoted as saying"."""
        run_on = self._run_on_sentence(verb)
        if run_on is not None:
            return run_on  # "… of oil Neal Katyal, a former counsel, said: …": a new sentence
        again = self.saying_again(verb)
        if again is not None:
            return self.subject(again, q)  # "X said A and predicted B": X predicted
        tagged = tagged_name(verb)
        if tagged is not None and self.inside_quote(tagged.idx):
            tagged = None
        postposed = postposed_subject(verb)
        if postposed is not None and not self.in_quote_span(postposed.idx, q):
            return postposed  # "…, the Journal and the Times reported": not the clause's subject
        node = verb
        for _ in range(4):
            subjects = [
                c
                for c in subject_candidates(node)  # "The accused has gone …": on the "has"
                if c.dep_ in SUBJECT_DEPS
                and not times_word(c)  # "several times described …"
                and not self.in_quote_span(c.idx, q)
                and (q is None or not self.inside_quote(c.idx))
            ]
            if subjects:  # "Markets priced in …, traders said": the one beside the verb
                child = min(subjects, key=lambda c: abs(c.i - node.i))
                if tagged is not None and not names_same(child, tagged):
                    return tagged  # "War record, Obamacare … McCain, R-Ariz., said": the lawmaker
                if child.dep_ == "nsubjpass" and node.lemma_ in LISTENER_VERBS:
                    return self.agent(node)
                child = past_dateline(child)  # "ALTOONA, Iowa — Joe Biden said": Biden
                return self._past_signature(child, node)
            hung = (
                subject_on_marker(node)
                or main_verb_as_relative(node)
                or subject_of_adjectival_verb(node)
            )
            if hung is not None:
                return hung  # "a day after the governor accused …": not the main clause's
            controller = self.controller(node)
            if controller is not None:
                return controller  # "prompting the opposition to assert that …"
            quoted = quoted_as_saying(node)
            if quoted is not None:
                return quoted  # "The Times quoted one of his advisers as saying …"
            if node.dep_ in ("conj", "xcomp", "advcl", "pcomp", "prep") and node.head.i != node.i:
                node = node.head
            elif node.dep_ == "ccomp" and node.head.i != node.i and verb.i != node.i:
                node = node.head  # "X stated that there was …, saying “…”": hung on the clause
            elif naming_with_object(node, self.lex.naming | self.lex.naming_as):
                return described_name(node.head)  # "The first lady called Trump a “…”"
            elif node.i != verb.i and infinitive_on_object(node):
                node = node.head.head  # "reiterating her plan to cut X, tweeting: …": hers
            elif node.dep_ == "acl" and node.head.lower_ in self.lex.nouns:
                medium = medium_verb(node)  # "saying in an interview published … that"
                if medium is None:
                    return node.head  # "released a statement saying …": the statement's author
                node = medium
            elif finite_on_noun(node):
                return node.head  # "The Harbor Times, which …, reported that": a misparse
            elif node.dep_ == "acl" and self._petition(node.head):
                return self.subject(node.head.head, q)  # "started a petition drive calling on …"
            else:
                break
        inverted = self.inverted_subject(verb, q)
        if inverted is not None:
            return inverted
        described = described_before(verb) or (described_before(node) if node.i != verb.i else None)
        if described is not None and not self.inside_quote(described.idx):
            # "Beck, who opposed Trump in the primaries, last week said …": the name the clause
            # describes, never a noun at the clause's end ("…, who served during the Obama
            # administration, said"), which the nearest-noun guess below would take; the first
            # of names joined by "and" when the clause or apposition hangs on the last
            return described_name(described)
        # the parse may have missed it: the nearest noun or pronoun beside the verb; in what
        # it says, only a pronoun ("… says he was …" takes up the sayer; "… last week said
        # Trump was seeking …" names who it is about)
        said = (  # (after a quote, the words said are the quote: "“…,” said David Brock, …")
            {t.i for c in verb.rights if c.dep_ in ("ccomp", "xcomp") for t in c.subtree}
            if q is None
            else set()
        )
        # a participle hung on a clause ("…, publishing a book called X and insisting …") is
        # said by that clause's subject: look beside the clause's verb, not the participle
        anchor = node if clause_participle(verb) else verb
        for k in (-1, 1, -2, 2):
            j = anchor.i + k
            if 0 <= j < len(self.doc):
                t = self.doc[j]
                if (
                    (t.pos_ in ("PROPN", "PRON", "NOUN") or age_word(t))
                    and not self.in_quote_span(t.idx, q)
                    and not self.inside_quote(t.idx)
                    and t.dep_ not in ("dobj", "oprd", "dative", "expl")  # "called him …"
                    and (age_word(t) or not when(t))  # "the 64-year-old" is tagged a date
                    and (t.i not in said or t.pos_ == "PRON")
                    and not capacity(t)
                ):
                    return described_name(t) if t.i < anchor.i else t  # "A, a role of X, wrote"
        return None

    def _run_on_sentence(self, verb):
        """ "Syria: Trump says Kurds are happy Neal Katyal, a former counsel, said: …": a link's
        headline run into the next sentence with no stop, which the parser joins to it as a
        second verb of the headline's subject. A conjunct with no "and" or "or" before it, right
        after a name and its description set off by commas, is that name's, when the first verb
        is a link's headline (`_link_headline`)."""
        if verb.dep_ != "conj" or verb.head.i >= verb.i or not _link_headline(verb.head):
            return None
        if any(c.dep_ in ("cc", "preconj") and c.i < verb.i for c in verb.head.children):
            return None
        named = described_before(verb)
        if named is None or named.i <= verb.head.i or self.inside_quote(named.idx):
            return None
        return described_name(named)

    def _petition(self, noun) -> bool:
        """ "a petition drive", "a letter campaign": the object of its organisers' verb, named
        by a statement noun in front of it, so a participle on it ("… calling on the board to
        …") is the organisers' saying."""
        return (
            noun.dep_ == "dobj"
            and noun.head.pos_ == "VERB"
            and any(c.dep_ == "compound" and c.lower_ in self.lex.nouns for c in noun.children)
        )

    def _past_signature(self, subject, verb):
        """ "… — Ann Lee (@annlee) November 21, 2019 Hill added that …": a post's signature line
        run into the next sentence, whose subject the parser hung on the signature's name. The
        saying is the name's after the signature, not the post's author's."""
        spans = self.__dict__.get("_signatures")
        if spans is None:  # read once an article, in text order, never overlapping
            spans = [m.span() for m in post_rules().signature.finditer(self.text)]
            self.__dict__["_signatures"] = spans
        k = bisect.bisect_right(spans, subject.idx, key=lambda span: span[0]) - 1
        if k < 0 or not subject.idx < spans[k][1] <= verb.idx:
            return subject
        end = spans[k][1]
        names = [t for t in self.doc[subject.i : verb.i] if t.idx >= end and t.pos_ == "PROPN"]
        return names[-1] if names else subject

    def controller(self, node):
        """Who does what a "to" verb says when it has no subject of its own: the object of a
        verb that moves someone to act ("prompted the opposition to assert …"), not the
        governing verb's subject; the one who was "the first to call for …" (`first_to_act`)."""
        if (
            node.dep_ not in ("xcomp", "advcl")
            or node.head.lemma_.lower() not in self.lex.object_control
        ):
            return first_to_act(node)  # ("led the board to announce" may be parsed an advcl)
        objects = (c for c in node.head.children if c.dep_ == "dobj" and c.i < node.i)
        return next(objects, None) if to_infinitive(node) else None

    def inverted_subject(self, verb, q: QuotedSpan | None):
        """“…,” added KCNA: after its quote an inverted verb's "object" is who spoke. The parser
        reads a name there as the object; the verb list (cues.toml verbs.inverted) keeps out
        "told him", whose object is the listener."""
        if q is None or verb.idx < self.quote_end(q) or verb.lower_ not in self.lex.inverted:
            return None
        for child in verb.rights:
            if child.i > verb.i + 4:  # "added the state news agency": the head within a few words
                break
            if child.dep_ == "dobj" and child.pos_ in ("PROPN", "NOUN"):
                return None if self.inside_quote(child.idx) else child
        return None

    def agent(self, verb):
        for child in verb.children:
            if child.dep_ == "agent":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        return pobj
        return None


LINK_TOPIC_WORDS = 4  # words of a link's topic before its colon ("Syria:", "White House:")


def _link_headline(verb) -> bool:
    """Does `verb` stand in a link's headline: a sentence that opens with a short capitalised
    topic and a colon before it ("Syria: Trump says …", "Charters: DeVos calls for …")?"""
    sent, doc = verb.sent, verb.doc
    for t in sent[: LINK_TOPIC_WORDS + 1]:
        if t.text == ":":
            return t.i < verb.i and all(w.text[:1].isupper() for w in sent[: t.i - sent.start])
    colon = sent.start - 1  # the splitter may end a sentence at the colon ("Syria:" alone)
    if colon < 1 or doc[colon].text != ":":
        return False
    topic = doc[colon].sent
    words = doc[topic.start : colon]
    return 0 < len(words) <= LINK_TOPIC_WORDS and all(w.text[:1].isupper() for w in words)
