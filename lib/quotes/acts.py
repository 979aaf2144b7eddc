"""Speech acts without a reported clause after a speech verb: commitments ("vowed to appeal"),
requests for something ("called for an inquiry", "demanded his return", "asked that the boy be
moved"), questions put, sides taken, objects said. Statement nouns with their content ("the
father's request that the boy be returned") are `lib.quotes.nouns`; objects said ("denied the
allegations", "warned residents about the floods") are `lib.quotes.objectacts`.

Each is one short walk of the parse from the cue verb, so the stage stays linear.
The cue lists are data (`data/cues.toml`: verbs.commitment, verbs.request_for,
verbs.request_object, nouns.request). The span is the content only: "to appeal", "an inquiry",
"the boy be returned", without "that" or the cue.
"""

from __future__ import annotations

from lib.quotes.actshapes import (
    QUESTION_OPENERS,
    RELATIVE_TAGS,
    action_end,
    asks_question,
    described,
    describes,
    generic,
    gerund,
    names_it,
    opens_with_that,
    subject_of,
)
from lib.quotes.clauses import of_a_thing
from lib.quotes.marks import MARKS
from lib.quotes.objectacts import ObjectActs
from lib.quotes.parse import Found, QuoteParse
from lib.quotes.personwords import person_words

# Holders of a view that is nobody's attribution: the writer ("I think") or the reader.
OWN_VIEW = ("i", "we", "you", "one")
# Modals that make a view hypothetical ("you would think", "some might fear").
MODALS = ("would", "could", "might", "may", "should", "must", "'d", "’d")
# A verb in these roles describes its subject ("relatives who oppose his return") or is a
# purpose or a modifier, not a side the subject takes.
DESCRIBING_DEPS = ("relcl", "acl", "amod", "xcomp", "advcl", "pcomp")


class SpeechActs(ObjectActs):
    """Commitments, requests, questions, sides and objects said, in one article."""

    def __init__(self, parse: QuoteParse):
        self.p, self.lex, self.doc = parse, parse.lex, parse.doc
        self.person_words = person_words(parse.ctx.entities)

    # --- verbs -------------------------------------------------------------------------------

    def commitment(self, verb) -> Found | None:
        """ "vowed to challenge the result", "promised to cut taxes", "threatened to resign": what
        the subject committed to, from "to" on. Only with a subject of its own before the verb
        (not "was promised to …")."""
        if verb.lemma_.lower() not in self.lex.commitment or of_a_thing(verb, self.lex):
            return None  # not "a mistake that threatens to bring …" (`of_a_thing`)
        action = next(
            (
                c
                for c in verb.children
                if c.dep_ in ("xcomp", "advcl")  # "vowed on the campaign trail to …"
                and c.i > verb.i
                and any(a.tag_ == "TO" for a in c.children)
            ),
            None,
        )
        if action is None:
            return None
        return self._found(verb, action.left_edge.i, action.right_edge.i)

    def requested(self, verb) -> Found | None:
        """What a request asks for: "called for an inquiry", "asked for custody" (data:
        request_for), "demanded his return" (request_object), "asked that the boy be moved"."""
        lemma = verb.lemma_.lower()
        for c in verb.children:
            if c.i < verb.i:
                continue
            if c.dep_ == "ccomp" and lemma in self.lex.requests and opens_with_that(c):
                return self._found(verb, c.left_edge.i, c.right_edge.i)
            if c.dep_ == "prep" and c.lower_ == "for" and lemma in self.lex.request_for:
                pobj = next((x for x in c.children if x.dep_ == "pobj"), None)
                if pobj is not None:
                    return self._found(verb, pobj.left_edge.i, action_end(verb, pobj))
            if c.dep_ == "dobj" and lemma in self.lex.request_object and c.pos_ != "PRON":
                if c.lemma_.lower() in self.lex.request_object_not:
                    return None  # "requested anonymity": the terms of an interview
                return self._found(verb, c.left_edge.i, action_end(verb, c))
        return None

    def question(self, verb) -> Found | None:
        """ "asked the workers if they planned to vote", "inquired how the plan would be paid
        for": the question put is a statement too (data: verbs.question)."""
        if verb.lemma_.lower() not in self.lex.question_verbs:
            return None
        clause = next(
            (
                c
                for c in verb.children
                if c.dep_ in ("ccomp", "advcl") and c.i > verb.i and asks_question(c)
            ),
            None,
        )
        lo = None if clause is None else clause.left_edge.i
        if clause is None:  # "pressed the lawyer on why …", "quizzed her about whether …"
            clause, lo = self._asked_about(verb)
        own = any(c.dep_ == "nsubj" for c in verb.children) or verb.dep_ == "conj"
        if clause is None or not own:
            return None  # "when asked if …": the question put to the speaker, by nobody named
        return self._found(verb, lo, clause.right_edge.i)

    def _asked_about(self, verb):
        """The question after "on", "about" or "over" ("pressed the lawyer on why the company
        did not act"), hung on the verb or on its object: (clause, first token) or (None, None)."""
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
        for prep in [*verb.children, *(obj.children if obj is not None else ())]:
            if prep.dep_ != "prep" or prep.i < verb.i or prep.lower_ not in ("on", "about", "over"):
                continue
            clause = next((c for c in prep.children if c.dep_ in ("pcomp", "pobj")), None)
            if clause is not None and clause.left_edge.lower_ in QUESTION_OPENERS:
                return clause, prep.i + 1
        return None, None

    def holder(self, verb, act: bool = False):
        """Who holds the view or the side a verb states ("Holt believes …", "the union
        opposes …"): the verb's subject, when it is a source the article names. None for the
        writer's or the reader's own view ("I think", "you'd expect"), common wisdom
        ("economists believe"), a view under a modal ("some might fear"), or one inside
        somebody's report (the reporter's statement says it)."""
        if any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children):
            return None
        if self.reported_inside(verb, act):
            return None  # "X said her party supported the idea": X's statement, one row
        subject = self.p.subject(verb, None)
        if subject is None or subject.lower_ in OWN_VIEW:
            return None
        named = subject.text in self.person_words  # "Sanders" tagged a plural: a name
        if generic(subject) and not named and not (act and self._group_spoke(verb, subject)):
            return None
        if not self._can_hold_a_view(subject):
            return None  # "indexes closed amid worries that …": things hold no view
        if subject.lower_ in self.lex.titles and not described(subject):
            return None  # "the President thinks …": a bare title, the holder is not named here
        return subject

    def reported_inside(self, verb, act: bool) -> bool:
        """Is the verb part of what a saying or believing verb above it reports ("said her party
        supported …")? A view or a side is, anywhere under such a verb. A speech act is when its
        clause hangs on that verb as a complement (or a conjunct of one); a circumstance
        ("protested after the governor accused them …") is not reported by it."""
        if not act:
            return any(self.lex.is_speech(a) or self.lex.is_belief(a) for a in verb.ancestors)
        if self.p.saying_again(verb) is not None:
            return False  # "said the plan was sound and praised the crews": the sayer's next act
        node = verb
        while node.head.i != node.i:
            if node.dep_ not in ("ccomp", "xcomp", "conj", "parataxis"):
                return False
            node = node.head
            if self.lex.is_speech(node) or self.lex.is_belief(node):
                return True
        return False

    def _group_spoke(self, verb, subject) -> bool:
        """A speech act of a group named by a bare plural is a statement, not common wisdom,
        when it happened ("lawmakers have criticized …", "many analysts raised …": past or
        perfect) or the group is one that speaks out as a side ("critics denounce it as …",
        data: nouns.voices). "Analysts blame the losses on …" stays a kind of people's view."""
        if subject.lower_ in self.lex.voices or subject.lemma_.lower() in self.lex.voices:
            return True
        if verb.tag_ == "VBD":
            return True
        return verb.tag_ == "VBN" and any(
            c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children
        )

    def _can_hold_a_view(self, noun) -> bool:
        """A person, a body or a work the article names, a pronoun, or a common noun that can
        speak (`Lexicon.can_speak`: "the senator", "the union", "the report"); not things. A
        title or a body's generic noun ("the President", "the company") holds one too, and so
        does a person's name the tagger took for a noun ("Sanders", `lib.quotes.personwords`)."""
        if noun.pos_ != "NOUN" or noun.ent_type_ or self.lex.can_speak(noun):
            return True
        if noun.text in self.person_words:
            return True
        words = {noun.lower_, noun.lemma_.lower()}
        return bool(words & (self.lex.titles | self.lex.generic_org | self.lex.evidence))

    def position(self, verb) -> Found | None:
        """ "the senator endorsed Cruz", "the union opposes the merger": a side taken by a named
        holder (data: verbs.position), the object is what it is about. Not a description ("the
        relatives who oppose his return"), not a pronoun object ("backed it")."""
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.lex.position:
            return None
        if verb.dep_ in DESCRIBING_DEPS or describes(verb, self.lex) or self.holder(verb) is None:
            return None
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
        if obj is None or obj.pos_ == "PRON":
            return None
        return self._found(verb, obj.left_edge.i, obj.right_edge.i)

    def stance(self, verb) -> Found | None:
        """ "Hart was adamant that the radio would not replace television", "the council is
        confident that …": a view held on a "that" clause, given to the subject of "be" (data:
        verbs.stance_adjectives), with the filters of any view (`holder`: not "I am sure")."""
        if verb.lemma_ != "be":
            return None
        adj = next((c for c in verb.children if c.dep_ == "acomp"), None)
        if adj is None or adj.lower_ not in self.lex.stance_adjectives:
            return None
        clause = next(
            (
                c
                for c in [*adj.children, *verb.children]
                if c.dep_ == "ccomp" and c.i > adj.i and opens_with_that(c)
            ),
            None,
        )
        holder = self.holder(verb) if clause is not None else None
        if holder is None or holder.lower_ in ("it", "this", "that", "there"):
            return None  # "it is certain that …": the writer's, the clause is no one's view
        found = self._found(verb, clause.left_edge.i, clause.right_edge.i)
        if found is not None:
            found.cue = self.doc[verb.i : adj.i + 1].text  # "was adamant"
        return found

    def made_clear(self, verb) -> Found | None:
        """ "Schiff made it clear that the committee will decide", "the governor has made plain
        that she will not sign": "make" with an adjective of saying plainly (data:
        verbs.made_adjectives) puts the "that" clause after it into words, the maker's
        statement. The parser hangs that clause on the adjective or on "make"."""
        if verb.lemma_.lower() != "make":
            return None
        adj = next(
            (
                c
                for c in verb.children
                if c.dep_ in ("ccomp", "acomp", "oprd", "xcomp")
                and c.lower_ in self.lex.made_adjectives
                and c.i > verb.i
            ),
            None,
        )
        if adj is None:
            return None
        clause = next(
            (
                c
                for c in [*adj.children, *verb.children]
                if c.dep_ in ("ccomp", "advcl", "csubj") and c.i > adj.i and opens_with_that(c)
            ),
            None,
        )
        if clause is None or self.holder(verb, act=True) is None:
            return None  # "the storm made it clear that …": things say nothing
        found = self._found(verb, clause.left_edge.i, clause.right_edge.i)
        if found is not None:
            found.cue = self.doc[verb.i : adj.i + 1].text  # "made it clear"
        return found

    def topic(self, verb) -> Found | None:
        """ "the governor talked about the flood defences", "Holt discussed the budget": what a
        named source spoke about (data: verbs.topic, verbs.topic_about after verbs.topic_preps:
        "warned of new attacks" too). Not in the future
        ("will discuss": not yet said), not a description ("residents who talked about …"),
        not a topic whose words follow ("spoke about the incident: “…”")."""
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in self.lex.topic | self.lex.topic_about:
            return None
        if verb.dep_ in DESCRIBING_DEPS or verb.head.lemma_.lower() == "let":
            return None  # "let's talk about …": the writer's turn, nobody's topic
        if any(c.lower_ in ("will", "’ll", "'ll") for c in verb.children):
            return None
        if self.holder(verb) is None:
            return None
        what = None
        for c in verb.children:
            if c.i < verb.i:
                continue
            if c.dep_ == "dobj" and lemma in self.lex.topic:
                what = c
            elif (
                c.dep_ == "prep"
                and c.lower_ in self.lex.topic_preps
                and lemma in self.lex.topic_about
                and (c.lower_ == "about" or _right_after(verb, c))
            ):
                what = next((x for x in c.children if x.dep_ in ("pobj", "pcomp")), None)
            if what is not None:
                break
        if what is None or what.pos_ == "PRON":
            return None
        rest = self.doc[what.right_edge.i + 1 : verb.sent.end]
        if any(t.text == ":" or self.p.inside_quote(t.idx) for t in rest):
            return None  # "spoke about the incident: “…”": the quote is what was said
        return self._found(verb, what.left_edge.i, what.right_edge.i)

    def gerund_said(self, verb) -> Found | None:
        """ "the campaign reported having raised $24.6 million", "she recalled being told to
        leave", "proposed building a wall": a saying whose content is a gerund right after the
        verb (with "having" or "being" before it, or none) says that act happened or should.
        Claims with a lone object keep their own reading (`said_object`: "denied wrongdoing");
        the verbs are data (verbs.gerund_content)."""
        lemma = verb.lemma_.lower()
        if lemma not in self.lex.gerund_content or lemma in self.lex.claim_object:
            return None
        if any(c.dep_ in ("dobj", "ccomp") and c.i > verb.i for c in verb.children):
            return None
        act = next((c for c in verb.children if c.dep_ == "xcomp" and _gerund_at(c, verb)), None)
        if act is None or describes(verb, self.lex) and not _own_subject(verb):
            return None
        if self._tags_a_quote(verb):
            return None  # "“…,” she recounted telling them": the quote is what was told
        return self._found(verb, act.left_edge.i, act.right_edge.i)

    def _tags_a_quote(self, verb) -> bool:
        """The verb and its subject tag a direct quote just before them ("“…,” she recalled")."""
        subject = self.p.subject(verb, None)
        first = verb.i if subject is None else min(subject.left_edge.i, verb.i)
        k = first - 1
        while k >= 0 and (self.doc[k].is_punct or self.doc[k].is_space):
            if self.p.inside_quote(self.doc[k].idx):
                return True
            k -= 1
        return k >= 0 and self.p.inside_quote(self.doc[k].idx)

    def charged_by(self, verb) -> Found | None:
        """ "the carriers have been accused by rivals of dumping fares", "was criticized by the
        board for the delays": a charge in the passive with its maker named after "by"; what
        they charged is the reason ("dumping fares"), the maker is the speaker (data:
        verbs.reason_verbs, reason_preps). Without "by" nobody is named ("was accused of …")."""
        if verb.lemma_.lower() not in self.lex.reason_verbs or verb.tag_ != "VBN":
            return None
        if not any(c.dep_ == "nsubjpass" for c in verb.children):
            return None
        maker = self.p.agent(verb)
        reason = next(
            (
                c
                for c in verb.children
                if c.dep_ == "prep" and c.i > verb.i and c.lower_ in self.lex.reason_preps
            ),
            None,
        )
        what = (
            None
            if reason is None
            else next((x for x in reason.children if x.dep_ in ("pobj", "pcomp")), None)
        )
        if maker is None or what is None or self.p.inside_quote(maker.idx):
            return None
        found = self._span(what.left_edge.i, what.right_edge.i, self.p.cue_text(verb), maker)
        if found is not None:
            found.act = verb
        return found

    def naming(self, verb) -> Found | None:
        """ "called the plan a disgrace", "described him as reckless": who was called what (data:
        naming). Needs both the object and what it is called."""
        lemma = verb.lemma_.lower()
        if lemma not in self.lex.naming and lemma not in self.lex.naming_as:
            return None
        only_as = lemma not in self.lex.naming  # "denounced the plan as …" (data: naming_as)
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
        what = (
            None
            if obj is None
            else next((c for c in verb.children if c.i > obj.i and names_it(c, only_as)), None)
        )
        if what is None and obj is not None and not only_as:
            what = self._second_object(verb, obj)  # "declared Norland a currency manipulator"
        if only_as and what is not None:
            if any(t.text in MARKS for t in self.doc[obj.i : what.right_edge.i + 1]):
                return self._quoted_name(verb)
            if self.holder(verb, act=True) is None:
                return None
            return self._found(verb, obj.left_edge.i, what.right_edge.i)
        if only_as:
            return None
        named = self._named_clause(verb) if obj is None else None
        if named is not None:
            return self._found(verb, *named)  # "declared China a currency manipulator"
        if what is None or any(t.text in MARKS for t in self.doc[obj.i : what.right_edge.i + 1]):
            return self._quoted_name(verb)  # the parse of quoted words is not to be trusted
        return self._found(verb, obj.left_edge.i, what.right_edge.i)

    def _second_object(self, verb, obj):
        """ "declared Norland a currency manipulator", "called him a liar": the parser may read
        the name as a second object right after the first; it is what the first is called."""
        return next(
            (
                c
                for c in verb.children
                if c.dep_ == "dobj" and c.left_edge.i == obj.right_edge.i + 1 and c.pos_ == "NOUN"
            ),
            None,
        )

    def _named_clause(self, verb) -> tuple[int, int] | None:
        """ "declared China a currency manipulator", "pronounced the results valid": the parser
        reads the object and its name as a clause without a verb (the name its head, the object
        its subject); the two are what was said, as with an object and its name."""
        for c in verb.children:
            if c.dep_ not in ("ccomp", "xcomp") or c.i < verb.i:
                continue
            if c.pos_ not in ("NOUN", "PROPN", "ADJ"):
                continue
            if any(x.dep_ == "nsubj" and x.i < c.i for x in c.children):
                return c.left_edge.i, c.right_edge.i
        return None

    def _quoted_name(self, verb) -> Found | None:
        """ "called both rivals “crazy”", "labelled the plan “a disgrace”": the small model parses
        a quoted complement badly, so the words decide: a noun phrase right after the verb (no
        verb, clause or comma in it), then a quoted stretch closing in the sentence and ending
        the name ("as “a personal bank” of the owner" is a fragment inside it). The object
        and its quoted name are one statement; "called it “a farce”", nearly all quote, stays
        the partial quote (see `_span`)."""
        end = verb.sent.end
        i = verb.i + 1
        while i < end and self.doc[i].text not in MARKS:
            t = self.doc[i]
            if t.pos_ in ("VERB", "AUX", "SCONJ") or t.is_punct and t.text not in "-‐":
                return None  # a hyphen belongs to a word ("front-runner")
            if t.pos_ == "ADP" and t.lower_ not in ("of", "as"):
                return None
            i += 1
        close = next((j for j in range(i + 1, end) if self.doc[j].text in MARKS), None)
        if i == verb.i + 1 or close is None or self.holder(verb) is None:
            return None
        after = self.doc[close + 1] if close + 1 < end else None
        if after is not None and not after.is_punct and verb.i < after.head.i < close:
            return None  # "as “a personal bank” of the owner": the quote is inside the name
        found = self._found(verb, verb.i + 1, close)
        if found is not None:
            found.quoted_name = True  # the partial inside is the statement (`one_row_per_report`)
        return found

    def _found(self, verb, lo: int, hi: int) -> Found | None:
        if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
            return None  # "the panel can recommend …", "will deny entry": a power, not a saying
        subject = self.p.subject(verb, None)
        if subject is None or subject.i > verb.i or subject.dep_ == "nsubjpass":
            return None  # "he was asked for …": who asked is not named here
        if not (
            subject_of(subject, verb, self.lex.gerund_adjunct_preps)
            or verb.dep_ == "acl"
            and subject.i == verb.head.i
            or self.p.saying_again(verb) is not None  # "dispute that A and question how B"
            or _same(self.p.controller(verb), subject)  # "prompted Lee to announce …": Lee
        ):
            return None  # a guess beside the verb ("a rally to press for …"), not its subject
        if self.p.inside_quote(subject.idx):
            return None
        found = self._span(lo, hi, self.p.cue_text(verb), subject)
        if found is not None:
            found.act = verb
        return found

    # --- both --------------------------------------------------------------------------------

    def _span(self, lo: int, hi: int, cue: str, subject) -> Found | None:
        start, end = self.p.trim(lo, hi)
        if start is None or self.p.quoted_share(start, end) > 0.5:
            return None  # a direct quote: the quote finder has it
        return Found("indirect", start, end, cue=cue, subject=subject)


def _gerund_at(clause, verb) -> bool:
    """A gerund right after the verb: "raising prices", or a participle after "having" or
    "being" ("having raised", "being told")."""
    if gerund(clause, verb):
        return True
    first = clause.left_edge
    return (
        first.i == verb.i + 1
        and first.lower_ in ("having", "being")
        and first.dep_ in ("aux", "auxpass")
        and first.head.i == clause.i
    )


def _right_after(verb, prep) -> bool:
    """ "warned of", "spoke openly of": an "of" of the verb stands right after it (adverbs
    aside); farther on it is a noun's the parser hung on the verb ("testified “thousands” of
    emails had not been turned over")."""
    return all(t.pos_ == "ADV" for t in verb.doc[verb.i + 1 : prep.i])


def _own_subject(verb) -> bool:
    """A relative clause with a subject of its own, not the relative pronoun ("the day (that)
    the campaign reported raising …"): it does not pick out its noun by what that noun said."""
    return any(c.dep_ == "nsubj" and c.tag_ not in RELATIVE_TAGS for c in verb.children)


def _same(token, other) -> bool:
    """The same word of the text (spaCy makes a new Token object at each access)."""
    return token is not None and token.i == other.i
