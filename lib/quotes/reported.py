"""Reported (indirect) speech: "X said (that) …", "…, X said.", "according to X, …"
(the source phrases are `lib.quotes.according`).

The parse gives the shape: a reporting verb from the cue lexicon with a subject and a clausal
complement, in either order. Where the small model's parse falls short there are narrow
fallbacks: a "that" clause hung on a noun ("told the jury during the trial that …") and a verb
with no complement after a comma ("…, traders said.", "Growth was returning, she said, and …").
The span is the reported clause, without "that", the date of the saying, or the next speaker.
"""

from __future__ import annotations

from lib.quotes.according import SourcePhrases
from lib.quotes.acts import SpeechActs
from lib.quotes.actshapes import is_infinitive, opens_with_that
from lib.quotes.ascribed import as_noted
from lib.quotes.asides import bracketed_aside
from lib.quotes.clauses import (
    CLAUSE_OPENERS,
    EMBEDDED_DEPS,
    HOW_WORDS,
    MIN_CLAIM_WORDS,
    adds_to,
    asks,
    concessive,
    hypothetical,
    is_clause,
    own_subject,
    subtree_ids,
)
from lib.quotes.ends import ClauseEnds
from lib.quotes.headlines import HeadlineClaims
from lib.quotes.nouns import StatementNouns, owned_content
from lib.quotes.parse import Found, QuoteParse
from lib.quotes.sayers import is_subject, loose_finite
from lib.quotes.unmarked import (
    block_end,
    circumstance_before,
    sentence_after,
    shown_by_work,
    unmarked_clause,
)


class ReportedSpeech(HeadlineClaims):
    """Indirect statements of one article, found on the shared `QuoteParse` helper."""

    def __init__(self, parse: QuoteParse):
        self.p = parse
        self.ctx, self.lex, self.text, self.doc = parse.ctx, parse.lex, parse.text, parse.doc
        self.acts = SpeechActs(parse)
        self.nouns = StatementNouns(parse)
        self.ends = ClauseEnds(parse)
        self.sources = SourcePhrases(parse)

    def find(self) -> list[Found]:
        """Every reported statement, sentence by sentence (direct quotes already set)."""
        out: list[Found] = self._name_colon_claims()
        kinds = {p.paragraph_id for p in self.p.paragraphs}
        heads = {p.paragraph_id for p in self.ctx.article.paragraphs if p.kind == "headline"}
        # "according to X", "in the view of X": a phrase whose first word heads it in the parse
        sources = {s for s, _ in self.p.phrases["SOURCE"]}
        for sent in self.ctx.sentences:
            if sent.paragraph.paragraph_id in heads:
                out += filter(None, (self._headline_says(sent.span, t) for t in sent.span))
            if sent.paragraph.paragraph_id not in kinds:
                continue
            span = sent.span
            for t in span:
                if t.lower_ == "in" and t.i == span[0].i:
                    found = self.sources.in_their_view(span, t)
                    if found:
                        out.append(found)
                        break
                if t.lower_ == "according" or t.i in sources and t.dep_ == "prep":
                    found = self.sources.according_found(span, t)
                    if found:
                        out.append(found)
                    continue
                if self.p.inside_quote(t.idx):
                    continue
                if t.pos_ == "NOUN":
                    found = self.nouns.find(t)
                elif t.pos_ in ("VERB", "AUX"):
                    found = self.sources.over_share(span, self._verb_statement(span, t))
                else:
                    continue
                if found:
                    out.append(found)
            shown = shown_by_work(self.p, span)
            if shown:
                out.append(shown)
        return out

    def _verb_statement(self, sent, verb) -> Found | None:
        """A request ("urged X to …"), else a reported clause of a speech or evidence verb."""
        if any(c.dep_ == "neg" for c in verb.children) or hypothetical(verb):
            return None
        if concessive(sent, verb) or adds_to(verb):
            return None
        if bracketed_aside(verb):
            return None  # "Per the plan (emphasis added): …": the writer's note, nobody's saying
        ascribed = as_noted(self.p, sent, verb)
        if ascribed:
            return ascribed  # "As Reuters noted, …": the main clause is the source's
        if self._going_on(verb.head, verb) and self.doc[verb.i + 1 : verb.i + 2].text == ":":
            return self._after_colon(sent, verb)  # "“…,” he said, continuing: …"
        if self.lex.is_request(verb):
            found = self._request(verb)
            if found:
                return found
        if self.lex.is_speech(verb) or self.lex.is_evidence(verb) or self._held_view(sent, verb):
            found = self._reported(sent, verb)
            if found:
                return found
        elif verb.lemma_.lower() in self.lex.that_only and verb.pos_ == "VERB":
            found = self._that_reported(sent, verb)
            if found:
                return found
        acts = self.acts
        return (
            acts.commitment(verb)
            or acts.requested(verb)
            or acts.naming(verb)
            or acts.question(verb)
            or acts.said_object(verb)
            or acts.gerund_said(verb)
            or acts.charged_by(verb)
            or acts.position(verb)
            or acts.stance(verb)
            or acts.made_clear(verb)
            or acts.topic(verb)
        )

    def _held_view(self, sent, verb) -> bool:
        """ "the senator believes the bill will fail", "analysts at X expect that rates will rise":
        a view the sentence gives to a source (data: verbs.belief). Not the writer's or the
        reader's own ("I think", "you'd expect"), not common wisdom ("economists believe"), not
        under a modal, not in a question."""
        if not self.lex.is_belief(verb) or self.acts.holder(verb) is None:
            return False
        return sent[-1].text != "?"

    def _reported(self, sent, verb) -> Found | None:
        if self.p.quote_then_colon(verb, name_next=True):
            return None  # "“…,” she added:  Rep. Vance thanked Lee": not her words
        comps = (
            [
                c
                for c in verb.children
                if c.dep_ == "ccomp"
                and is_clause(c)
                and (c.i < verb.i or own_subject(c))
                and self.p.saying_again(c) is None  # "said A but added that B": its own row
            ]
            or self._that_clause(verb)
            or self._that_after_aside(verb)
            or unmarked_clause(self.p, verb)
        )
        if not comps:
            return self._tagged_on(sent, verb) or self._after_colon(sent, verb)
        if verb.dep_ == "xcomp" and verb.head.lower_ in self.lex.refusal:
            return None  # "declined to say how much ..."
        if verb.dep_ == "xcomp" and (
            verb.head.pos_ == "ADJ" or any(c.dep_ == "acomp" for c in verb.head.children)
        ):
            return None  # "it is interesting to note that …": the writer's aside, nobody's claim
        explains = verb.lemma_.lower() in self.lex.explaining  # "explained how the fire spread"
        comps = [
            c for c in comps if not asks(c) or explains and c.left_edge.lower_ in HOW_WORDS
        ]  # "said how much / whether …": a question
        if not comps:
            return None
        if any(c.dep_ == "dobj" and owned_content(c, self.lex) for c in verb.children):
            return None  # "disputed a claim by X that …": X's statement (`StatementNouns`)
        subject = self.p.subject(verb, None)
        if subject is None or self.p.inside_quote(subject.idx) or subject.dep_ == "expl":
            return None
        if subject.dep_ == "nsubjpass" and subject.head.i == verb.i:
            return None  # "it was reported that", "improvements were announced": no speaker
        after = [c for c in comps if c.i > verb.i]
        if after:
            lo = max(min(c.left_edge.i for c in after), verb.i + 1)  # not "which" before "says"
            lo = self.ends.skip_time_phrase(lo, after[0])
            hi = max(c.right_edge.i for c in after)
            tail = [t for t in sent if t.i > hi]
            if not any(self.lex.is_speech(t) and t.pos_ == "VERB" for t in tail):
                hi = sent[-1].i
            if verb.dep_ == "advcl" and verb.head.i > verb.i:
                hi = min(
                    hi, verb.right_edge.i
                )  # "While X said A, B …": the main clause is not said
            hi = self.ends.before_main_clause(lo, hi, verb)
            hi = self.ends.before_own_next_verb(lo, hi, verb)
            hi = self.ends.before_sayers_next_verb(lo, hi, verb)
            hi = self.ends.before_next_speaker(lo, hi, verb)
            hi = self.ends.before_next_act(lo, hi, verb)
            hi = self.ends.before_question(lo, hi)
            hi = self.ends.before_direct_quote(lo, hi)
            if not any(t.pos_ in ("VERB", "AUX") for t in self.doc[lo : hi + 1]):
                return None  # "asserted that officials, “… plied …”": the quote says it all
            if lo <= subject.i <= hi and any(c.dep_ == "relcl" for c in subject.children):
                return None  # "…,” said Ann Lee, who served …: the sayer's description
        else:
            lo = min(c.left_edge.i for c in comps)
            hi = max(c.right_edge.i for c in comps)
            # "…, Ann Lee, the undersecretary, wrote": the parser hung the sayer and her
            # description on the words said (`described_before` found her): they end before her
            if (
                lo < subject.i
                and subject.right_edge.i == hi
                and self.doc[subject.left_edge.i - 1].text == ","
            ):
                hi = subject.left_edge.i - 2
            if lo < subject.i < hi or not any(is_subject(x) for c in comps for x in c.children):
                return None  # "Asked whether …, Bennett replied": a question, not a statement
            if any(c.dep_ == "mark" and hi < c.i < verb.i for c in verb.children):
                return None  # "…, a day after X accused her of …": a time, not what X said
        if self.doc[lo - 1].text == ":" and hi >= sent[-1].i - 1:
            hi = block_end(self.p, lo, hi)  # "X claimed: …" a block quotation that lost its indent
        start, end = self.p.trim(lo, hi)
        if start is None or self.p.quoted_share(start, end) > 0.5:
            return None
        # data that "show" something, and a gerund after a preposition ("barred from claiming
        # …"), say something only when somebody is named as saying it (`Found.nobodys_act`)
        act = not self.lex.is_speech(verb) and not self.lex.is_belief(verb) or verb.dep_ == "pcomp"
        return Found(
            "indirect", start, end, self.p.cue_text(verb), subject, act=verb if act else None
        )

    def _that_reported(self, sent, verb) -> Found | None:
        """ "shared on Twitter that Clinton read her emails", "reminded reporters that the vote
        was close" (data: verbs.that_only): a saying only when a "that" clause with a subject
        of its own follows, read like any reported clause."""
        clause = any(
            c.dep_ == "ccomp" and c.i > verb.i and opens_with_that(c) for c in verb.children
        )
        if not clause and not self._that_clause(verb):
            return None
        return self._reported(sent, verb)

    def _after_colon(self, sent, verb) -> Found | None:
        """ "The company denied the allegations: its crews arrived within minutes": what follows
        the colon after a reporting verb and its object is what was said."""
        colon = next((t for t in sent if t.i > verb.i and t.text == ":"), None)
        if colon is None or self.p.inside_quote(colon.idx):
            return None
        between = self.doc[verb.i + 1 : colon.i]
        verbs = [
            t
            for t in between
            if t.pos_ in ("VERB", "AUX") and t.dep_ != "amod" and not self._going_on(verb, t)
        ]
        if verbs or any(t.i not in subtree_ids(verb) for t in between):
            return None  # the colon belongs to another clause (not "the following statement")
        subject = self.p.subject(verb, None)
        if subject is None or subject.i > verb.i or self.p.inside_quote(subject.idx):
            return None
        lo, hi = colon.i + 1, sent[-1].i
        if not any(not t.is_space for t in self.doc[lo : hi + 1]):
            lo, hi = sentence_after(self.p, colon)
        if hi >= lo:
            hi = block_end(self.p, lo, hi)  # a block quotation that lost its indent runs on
        start, end = self.p.trim(lo, hi)
        if start is None or len(self.text[start:end].split()) < MIN_CLAIM_WORDS:
            return None
        if self.p.quoted_share(start, end) > 0.5:
            return None  # a direct quote: the quote finder has it
        return Found("indirect", start, end, cue=self.p.cue_text(verb), subject=subject)

    def _going_on(self, verb, token) -> bool:
        """ "he said, continuing: …", "she wrote, adding: …": a participle of saying that hangs
        on the verb says the words after the colon are still the verb's."""
        if token.tag_ != "VBG" or token.head != verb:
            return False
        return self.lex.is_cue(token) and self.lex.is_speech(verb)

    def _request(self, verb) -> Found | None:
        """ "urged the governments not to turn boats away", "called on Congress to investigate",
        "pleaded with him to stay": a request is a statement (the addressee and what they are
        asked to do), said by the verb's subject. Without an addressee ("asked to speak") the
        verb is the subject's own wish, not a statement."""
        action = next(
            (
                c
                for c in verb.children
                if c.dep_ in ("xcomp", "ccomp", "advcl")
                and c.i > verb.i
                and c.pos_ in ("VERB", "AUX")
                and any(a.tag_ == "TO" for a in c.children)
            ),
            None,
        ) or self._action_after_circumstance(verb)
        if action is None:
            return None
        if any(c.dep_ == "nsubjpass" for c in verb.children):
            return self._request_by(verb, action)  # "was pressed by X to …"
        subject = self.p.subject(verb, None)
        addressee = self._addressee(verb, action)
        if addressee is None or self.p.inside_quote(action.idx):
            return None  # "told the press, “to show that …”": the quote has the words
        if subject is None or self.p.inside_quote(subject.idx) or subject.i > verb.i:
            return None
        if subject.dep_ == "nsubjpass":
            return None  # another verb's passive subject, not who asks
        lo, hi = addressee.left_edge.i, action.right_edge.i
        hi = self.ends.before_direct_quote(lo, hi)
        start, end = self.p.trim(lo, hi)
        if start is None or self.p.quoted_share(start, end) > 0.5:
            return None
        return Found("indirect", start, end, self.p.cue_text(verb), subject, act=verb)

    def _request_by(self, verb, action) -> Found | None:
        """ "he was pressed by co-host Whoopi Goldberg to address …", "was urged by aides to
        resign": in the passive the asker is the "by" phrase and the addressee the subject, so
        the statement is the asker's and says what was asked, from "to" on. Without "by"
        ("he was asked to leave") the asker is not named here; "was encouraged by the
        results to …" names a thing, which asks nothing (`Lexicon.can_speak`)."""
        asker = self._asker(verb)
        if asker is None or self.p.inside_quote(asker.idx) or action.i < asker.i:
            return None
        if self.acts.reported_inside(verb, act=True):
            return None  # "she said she was encouraged by Democrats to run": her statement
        start, end = self.p.trim(action.left_edge.i, action.right_edge.i)
        if start is None or self.p.quoted_share(start, end) > 0.5:
            return None
        return Found("indirect", start, end, self.p.cue_text(verb), asker, act=verb)

    def _asker(self, verb):
        """The name in the "by" phrase of a passive verb: its object, or the last name in it when
        the parser broke the phrase ("by co-host Whoopi Goldberg" read "host" as a verb)."""
        by = next((c for c in verb.children if c.dep_ == "agent"), None)
        if by is None:
            return None
        names = [t for t in by.subtree if t.pos_ == "PROPN" and t.head.pos_ != "PROPN"]
        if names:
            return names[-1]  # a name asks, whatever the entity type the model gave it
        asker = self.p.agent(verb)
        return asker if asker is not None and self.lex.can_speak(asker) else None

    def _action_after_circumstance(self, verb):
        """ "asked the government in a July 25 phone call to investigate …", "urged members
        during the rally in the capital to stay home": the parser hung the request's "to" clause
        on the last noun of a phrase of time or place after the addressee, as if it were that
        noun's purpose. The clause right after such a phrase hung on the verb is what was asked
        (as `_after_circumstance` reads a "that" clause)."""
        obj = next(
            (c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i > verb.i), None
        )
        if obj is None:
            return None
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.i != obj.right_edge.i + 1:
                continue
            clause = next(
                (
                    t
                    for t in prep.subtree
                    if t.dep_ in ("acl", "relcl") and is_infinitive(t) and t.left_edge.i > prep.i
                ),
                None,
            )
            if clause is None or clause.right_edge.i != prep.right_edge.i:
                continue  # the phrase goes on after the clause: its own words, not the request
            node = clause.head
            while node.i != prep.i and node.dep_ in ("pobj", "prep"):
                node = node.head
            if node.i == prep.i:
                return clause  # hung on a noun of the phrase itself, not inside a clause of it
        return None

    def _addressee(self, verb, action):
        """Who is asked: the object ("urged the board"), or the object of "on", "with", "to"
        ("called on Congress"; the parser may read that "on" as a particle of the verb),
        standing between the verb and the request."""
        for c in verb.children:
            if not verb.i < c.i < action.i:
                continue
            if c.dep_ in ("dobj", "dative"):  # not "requested anonymity to discuss …"
                return None if c.lemma_.lower() in self.lex.request_object_not else c
            if c.dep_ in ("prep", "prt") and c.lower_ in self.lex.request_preps:
                pobj = next((x for x in c.children if x.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
        # "urged the governments not to …" parsed with the governments as subject; "called for
        # the companies to be broken up": the passive subject is who is to be acted on
        return next(
            (c for c in action.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > verb.i),
            None,
        )

    def _that_after_aside(self, verb) -> list:
        """ "after charging, without evidence, that thousands had voted twice": the parser hung
        the "that" clause after the aside on the main verb above the saying; it follows the
        saying's own words and is what was said."""
        i = verb.right_edge.i + 1
        while i < len(self.doc) and self.doc[i].text == ",":
            i += 1
        if i >= len(self.doc) or verb.right_edge.i == verb.i or self.doc[i].lower_ != "that":
            return []
        that = self.doc[i]
        clause = that.head
        if that.dep_ != "mark" or clause.dep_ != "ccomp" or clause.head not in verb.ancestors:
            return []
        return [clause] if own_subject(clause) else []

    def _that_clause(self, verb) -> list:
        """ "told the jury during the trial that Hale had …": the parser hung the clause on
        "trial" as if "that" were a relative pronoun."""
        for t in verb.subtree:
            if t.i <= verb.i or t.lower_ != "that" or t.head.dep_ not in ("relcl", "acl"):
                continue
            noun = t.head.head
            if noun.dep_ == "pobj" and noun.head.head.i == verb.i and t.i == t.head.left_edge.i:
                return [t.head]
            if self._told_listener_that(verb, noun, t):
                return [t.head]
            if self._after_circumstance(verb, noun, t):
                return [t.head]
        return []

    def _told_listener_that(self, verb, noun, that) -> bool:
        """ "told ABC's “This Week” that …", "warned the board that …": the parser hung the
        clause on the listener as a relative clause; "that" is its marker (the clause has a
        subject of its own), so it is what the listener was told."""
        return (
            verb.lemma_.lower() in self.lex.listener_of
            and noun.dep_ in ("dobj", "dative")
            and noun.head.i == verb.i
            and that.dep_ == "mark"
            and own_subject(that.head)
            and self._listener(noun)
        )

    def _after_circumstance(self, verb, noun, that) -> bool:
        """ "indicated at the start of the segment that …": the parser hung the clause on the
        last noun of a phrase of time or place after the verb; "that" is its marker and the
        clause has a subject of its own, so it is what was said."""
        node = noun
        while node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.head.i != verb.i:
            node = node.head.head
        return (
            self.lex.is_speech(verb)
            and node.dep_ == "pobj"
            and node.head.head.i == verb.i
            and that.dep_ == "mark"
            and that.i == that.head.left_edge.i
            and any(c.dep_ == "nsubj" and c.lower_ != "that" for c in that.head.children)
        )

    def _listener(self, noun) -> bool:
        """Somebody told something: a name, a pronoun or a word for people or a body ("the
        board"); not a thing ("told the story that …" is a relative clause)."""
        if noun.pos_ in ("PROPN", "PRON") or noun.ent_type_:
            return True
        words = {noun.lower_, noun.lemma_.lower()}
        return bool(words & (self.lex.person_nouns | self.lex.org_nouns | self.lex.people_nouns))

    def _tagged_on(self, sent, verb) -> Found | None:
        """ "…, traders said." and "Growth was returning, she said, and …": the verb and its
        subject follow the clause after a comma and the parser gave the verb no complement.
        "His plan, he said, was …" wraps the saying in the clause: the whole sentence is said."""
        if verb.dep_ in EMBEDDED_DEPS and not (verb.dep_ == "advcl" and loose_finite(verb)):
            return None  # "customers called the helpline to complain": no saying of its own
        subject = self.p.subject(verb, None)
        if subject is None or subject.i > verb.i or self.p.inside_quote(subject.idx):
            return None
        first = subject.left_edge.i
        while first - 1 > sent[0].i and self.doc[first - 1].is_space:
            first -= 1  # "…,\u00a0campaign aide Tom Reyes said": a non-breaking space
        if first - 1 <= sent[0].i or self.doc[first - 1].text != ",":
            return None
        if sent[0].lower_ in CLAUSE_OPENERS or any(t.text == ":" for t in sent if t.i > verb.i):
            return None  # "Asked whether …, Bennett replied: …"
        if circumstance_before(self.doc, sent[0].i, first - 1, verb):
            return None
        tail = [t for t in sent if t.i > verb.i and not t.is_punct]
        loose = verb.dep_ == "parataxis"
        if any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
            return None  # "…; Apple announced no new products", "… were announced"
        if not loose and any(t.dep_ in ("dobj", "ccomp", "xcomp", "attr") for t in tail):
            return None
        if not loose and any(t.pos_ in ("VERB", "AUX") for t in tail):
            return None
        last = first - 1
        if loose and verb.head.i > verb.i and verb.head.dep_ == "ROOT":
            last = sent[-1].i  # the main verb comes after the parenthesis
        elif loose and tail and self.doc[verb.i + 1].text == ",":
            last = sent[-1].i  # "a desire, its proponents said, to cement …": all of it is said
        if not any(t.pos_ in ("VERB", "AUX") for t in self.doc[sent[0].i : last + 1]):
            return None  # "In response to the speech, the campaign spoke": a phrase, no claim
        start, end = self.p.trim(sent[0].i, last)
        if start is None or self.p.quoted_share(start, end) > 0.5:
            return None
        return Found("indirect", start, end, cue=self.p.cue_text(verb), subject=subject)
