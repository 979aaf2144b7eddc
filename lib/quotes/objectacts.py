"""Speech acts whose object is what was said: "announced his resignation", "denied the
allegations", "criticized the council for the delays", "warned residents about the floods",
"raised doubts about the plan", "the poll showed a narrow lead". Each object reading comes with
its own filters (a pronoun, a request turned down, a scare quote), so the family is long and
apart from the other acts in `lib.quotes.acts`; it is a base of `SpeechActs`, which gives the
holder and the span (`SpeechActs.holder`, `SpeechActs._found`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lib.quotes.actshapes import (
    argued_after,
    describes,
    gerund,
    listeners_of,
    paired_clauses,
    scare_quoted,
    that_after,
)
from lib.quotes.nouns import owned_content
from lib.quotes.parse import Found

if TYPE_CHECKING:
    from lib.quotes.lexicon import Lexicon


class ObjectActs:
    """Objects said by a speech act, with a reason, a listener or a concern raised; a base of
    `SpeechActs`, which sets `lex` and gives `holder` and `_found` (declared here for the type
    checker only)."""

    lex: Lexicon

    if TYPE_CHECKING:

        def holder(self, verb, act: bool = False): ...

        def _found(self, verb, lo: int, hi: int) -> Found | None: ...

    def said_object(self, verb) -> Found | None:
        """ "announced his resignation", "denied the allegations", "confirmed the meeting": the
        object of a speech act is what was said (data: object_speech), with the reason of an
        evaluation or a charge ("criticized the council for the delays", "accused him of
        lying": data reason_verbs, reason_preps). What a work shows is its statement too ("the
        poll showed a narrow lead"). Not a pronoun or one word alone ("denied it" says nothing
        on its own), not a request ("denied the request")."""
        lemma = verb.lemma_.lower()
        if lemma in self.lex.listener_of:
            return self._told_of(verb)
        if lemma in self.lex.raise_concern:
            return self._concern(verb)
        if lemma in self.lex.claim_credit:
            return self._credit(verb)
        if lemma not in self.lex.object_speech and not self.lex.is_evidence(verb):
            return None
        if describes(verb, self.lex):
            return None  # "a union that has endorsed Sanders": who they are, not a statement
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
        claim = lemma in self.lex.claim_object  # "denied wrongdoing", "admitted lying"
        if obj is None and claim:
            obj = next((c for c in verb.children if c.dep_ == "xcomp" and gerund(c, verb)), None)
        if obj is None:
            return None
        if lemma in self.lex.withholding and self._withheld(verb, obj):
            return None  # "denied the union a hearing", "denied access": withheld, said nothing
        if lemma in self.lex.reason_verbs and self.holder(verb, act=True) is None:
            return None  # "analysts blame the losses on …": a kind of people, not a source
        reason = self._reason(verb, obj) if lemma in self.lex.reason_verbs else None
        if lemma in self.lex.reason_only and reason is None and not self._reason_in(obj):
            return None  # "credited the account": a payment, not merit given
        bare = obj.pos_ == "PRON" or obj.left_edge.i == obj.right_edge.i == obj.i
        state = None
        if self.lex.is_evidence(verb):
            state = _state_of(verb, obj) or _standing_of(verb, obj, self.lex.evidence_standing)
        if state is not None:
            bare = False  # "the poll showed Booker trailing his rivals": Booker's state is shown
        if bare and claim and argued_after(verb, self.lex):
            return None  # "voiced outrage, arguing that …": the participle says what was said
        if bare and claim and obj.pos_ == "NOUN":
            bare = False  # "denied wrongdoing", "announced layoffs": a claim in one word
        if bare and reason is None:
            return None
        if obj.lemma_.lower() in self.lex.request_nouns:
            return None  # "denied the request": turned it down, said nothing
        if owned_content(obj, self.lex):
            return None  # "denied Trump’s claim that …": the claim is Trump's (`StatementNouns`)
        if lemma in self.lex.question_verbs and (obj.ent_type_ or self.lex.can_speak(obj)):
            return None  # "questioned the suspect": an interview, not a doubt voiced
        if scare_quoted(list(obj.subtree)):
            return None  # "mocked the “smart” bins": one word in quotes, a scare quote
        hi = obj.right_edge.i if reason is None else reason.right_edge.i
        hi = hi if state is None else state.right_edge.i
        if claim:  # "expressed relief that the levy was cut": the feeling and its clause
            hi = max([hi] + [c.right_edge.i for c in verb.children if that_after(c, obj)])
            hi = max([hi] + [c.right_edge.i for c in paired_clauses(verb, obj)])
        return self._found(verb, obj.left_edge.i, hi)

    def _withheld(self, verb, obj) -> bool:
        """A thing withheld, not a claim denied: someone to whom before it ("denied the union a
        hearing") or a word for a thing granted ("denied access", "refused entry")."""
        if any(c.dep_ == "dative" for c in verb.children):
            return True
        return obj.lemma_.lower() in self.lex.withheld or obj.lower_ in self.lex.withheld

    def _reason_in(self, obj) -> bool:
        """ "credited the trial for giving her …": the parser may hang the reason on the object
        (a "for" phrase; "the account of Ann Lee" is whose account)."""
        return any(c.dep_ == "prep" and c.lower_ == "for" for c in obj.children)

    def _concern(self, verb) -> Found | None:
        """ "many analysts have raised doubts about the plan", "aired concerns over the cost": the
        concern raised is the statement (data: verbs.raise_concern, nouns.concern)."""
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
        if obj is None or obj.lower_ not in self.lex.concern_nouns or describes(verb, self.lex):
            return None
        if self.holder(verb, act=True) is None:
            return None
        return self._found(verb, obj.left_edge.i, obj.right_edge.i)

    def _credit(self, verb) -> Found | None:
        """ "the group claimed responsibility for the blast", "claims credit for the deal": a claim
        of what one did is a statement, the credit and what it is for (data: verbs.claim_credit,
        nouns.credit); "claimed the seat" or "claimed three lives" is no saying. A relative
        clause set off after the deed describes somebody in it, not the claim."""
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
        if obj is None or obj.lower_ not in self.lex.credit_nouns or describes(verb, self.lex):
            return None
        if not any(c.dep_ == "prep" and c.lower_ == "for" for c in obj.children):
            return None  # "claimed responsibility" alone: for what is told elsewhere
        hi = obj.right_edge.i
        for t in obj.subtree:
            if t.dep_ == "relcl" and verb.doc[t.left_edge.i - 1].text == ",":
                hi = min(hi, t.left_edge.i - 2)
        return self._found(verb, obj.left_edge.i, hi)

    def _told_of(self, verb) -> Found | None:
        """ "reminded the crews of the coming checks", "warned residents about the floods": the
        listener and what they were told of (data: verbs.listener_of). Not without the "of" or
        "about" phrase ("warned the residents" says nothing yet)."""
        obj = next(
            (c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i > verb.i), None
        )
        if obj is None or describes(verb, self.lex):
            return None
        about = next(
            (
                c
                for c in [*verb.children, *obj.children]  # "of" hung on the listener too
                if c.dep_ == "prep"
                and c.i > obj.i
                and c.lower_ in ("of", "about")
                and any(x.dep_ in ("pobj", "pcomp") for x in c.children)
                and not listeners_of(self.lex, obj, c)
            ),
            None,
        )
        if about is None or self.holder(verb, act=True) is None:
            return None
        return self._found(verb, obj.left_edge.i, max(about.right_edge.i, obj.right_edge.i))

    def _reason(self, verb, obj):
        """ "for the delays" in "criticized the council for the delays": a reason after the
        object, with something in it, hung on the verb, or on the last of paired objects or a
        pronoun, which take no "of" or "for" of their own ("accused him and his father of
        corrupt activity": the parser hangs "of" on "father"). A noun's own is part of it ("the
        account of Ann Lee")."""
        last = obj.conjuncts[-1] if obj.conjuncts else obj
        own = last.children if obj.conjuncts or last.pos_ == "PRON" else ()
        return next(
            (
                c
                for c in (*verb.children, *own)
                if c.dep_ == "prep"
                and c.i > obj.i
                and c.lower_ in self.lex.reason_preps
                and any(x.dep_ in ("pobj", "pcomp") for x in c.children)
            ),
            None,
        )


def _state_of(verb, obj):
    """ "showed Booker trailing several rivals", "found turnout falling": a participle right
    after the object, hung on the verb or on the object, says what the work shows of it (the
    parser reads it as a circumstance of the verb)."""
    nxt = obj.right_edge.i + 1
    return next(
        (
            c
            for c in (*verb.children, *obj.children)
            if c.dep_ in ("advcl", "acl", "xcomp", "ccomp")
            and c.tag_ in ("VBG", "VBN")
            and c.left_edge.i == c.i == nxt
        ),
        None,
    )


def _standing_of(verb, obj, preps: frozenset[str]):
    """ "the poll showed Harris in a distant fourth", "showed Biden with a narrow lead": a phrase
    right after the object, opened by one of `preps` (data: verbs.evidence_standing) and hung on
    the verb, says where the work puts it, as a participle does (`_state_of`). Not a date ("the
    poll showed Harris in March": when, not where she stands)."""
    nxt = obj.right_edge.i + 1
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "prep"
            and c.i == nxt
            and c.lower_ in preps
            and not any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree)
        ),
        None,
    )
