"""Which cue and subject a quote found from its marks gets: the attribution step of
`QuoteFinder`.

A direct quote takes the cue before it ("Peskov said: “…"), after it ("“…,” Peskov told
reporters", past an aside: "“…,” Pete Marsh, wearing a hat, said"), or at the end of the
paragraph above ("In a statement, Peskov said:"); with none it may be introduced by a colon or a
sentence (`lib.quotes.introduced`). A partial quote belongs to the cue, the statement noun or the
verb of judging above it in the parse, else to a cue of its sentence or "according to X". Split
from the finder (`lib.quotes.finder`), which finds the quoted stretches and classifies them,
because reading the words around a quote for its attribution is a step of its own. A mixin on
the finder: it reads the finder's parse (`self.p`), reported speech, context, lexicon, text and
doc.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from lib.context import Context
from lib.quotes.clauses import of_a_thing
from lib.quotes.introduced import colon_introducer, sentence_introducer
from lib.quotes.lexicon import Lexicon
from lib.quotes.marks import MARKS, QuotedSpan
from lib.quotes.nouns import owned_clause
from lib.quotes.parse import Found, QuoteParse
from lib.quotes.reported import ReportedSpeech
from lib.quotes.sayers import PARTY_TAG

AFTER_WINDOW = 16  # tokens after a closing mark searched for "…,” Peskov told reporters"
ASIDE_WINDOW = 20  # tokens of an aside between a speaker after a quote and the cue
NAME_AFTER_ASIDE = 5  # words of a name between an aside's closing comma and the cue
BEFORE_WINDOW = 30  # tokens before an opening mark searched for "Peskov said: “…"
NP_POS = ("PROPN", "NOUN", "PRON", "DET", "ADJ", "NUM")
SENTENCE_END = (".", "!", "?")
WORD = re.compile(r"[A-Za-z0-9][\w'’-]*")
_NAMED = ("PERSON", "ORG")  # entity types a name after a quote may carry, whatever its tag


class QuoteAttribution:
    """The attributing steps of `QuoteFinder`, on the finder's parse, reported speech, context,
    lexicon, text and doc."""

    p: QuoteParse
    reported: ReportedSpeech
    ctx: Context
    lex: Lexicon
    text: str
    doc: Doc

    def _attribute(self, c: Found) -> Found:
        q = c.quoted
        if c.kind == "partial":
            cue, subject = self._partial_cue(q)
            if cue is None:
                c.kind = "drop"
            c.cue, c.subject = cue, subject
            return c
        if c.cue is not None:
            return c  # "the letter reads “…”": attributed when classified
        before = self._cue_before(q)
        colon = self.text[: q.open_pos].rstrip().endswith(":")
        introduced = before is not None and (colon or self._right_before(before, q))
        # "X told researchers: “…” Y recalled …": a cue introducing the quote with a colon wins,
        # and so does one the quote follows as its object ("the crowd chanted “…” as she spoke"),
        # unless the quote hands on to its own attribution (`_handed_on`)
        after = self._cue_after(q)
        handed_on = introduced and after is not None and self._handed_on(q)
        if handed_on and colon and not self.p.quote_then_colon(before):
            handed_on = False  # "Trump said: “…,” the Times reported": the paper relays him
        verb = (before if introduced and not handed_on else None) or after or before
        verb = verb or self._cue_above(q)
        if verb is not None:
            c.cue, c.subject = self.p.cue_text(verb), self.p.subject(verb, q)
            between = verb.idx > self.p.quote_end(q)  # “…,” NAME[, aside,] said
            if between and (c.subject is None or c.subject.idx > verb.idx):
                c.subject = self._name_after(q, verb) or c.subject  # not "said matter-of-factly"
        elif c.kind == "direct":
            introducer = colon_introducer(self.p, self.reported, q) or sentence_introducer(
                self.p, q
            )
            if introducer is not None:
                c.cue, c.subject = introducer
        if c.kind == "direct?":
            c.kind = "direct" if verb is not None else "drop"
        return c

    def _right_before(self, cue, q: QuotedSpan) -> bool:
        """The cue stands right before the opening mark, a comma between at most ("As Breitbart
        News reported, “…”", "Sanders said, “…”"): it introduces the quote, so a cue of the
        next sentence ("“…” Pentagon officials confirmed that …:") does not take it."""
        between = self.text[cue.idx + len(cue) : q.open_pos]
        return between.strip() in ("", ",")

    def _handed_on(self, q: QuotedSpan) -> bool:
        """ "“…,” she continued:  “…,” Sen. Ann Lee said": a quote whose words end in a comma
        (inside the marks or just after them) is finished by the attribution that follows it.
        That one wins over a colon verb that is itself the attribution of the quote before
        (`QuoteParse.quote_then_colon`): pages that lost their embedded posts leave "X added:"
        in front of the next person's quote; so does a verb the quote is the object of ("Nothing
        the president said “…,” the senator said"). A colon verb of the quote's own sentence
        keeps it ("Trump said: “…,” the Times reported": the paper relays his words)."""
        close = self.p.quote_end(q)
        inside = self.text[q.start : q.close_pos if q.close_pos is not None else q.end]
        return inside.rstrip()[-1:] == "," or self.text[close : close + 1] == ","

    def _cue_after(self, q: QuotedSpan):
        """“…,” Peskov told reporters / “…,” said Peskov. A colon between ends the search: "“…”:
        Mayors also pledged …" is the page's lead into what follows, no attribution."""
        para = self.p.para_by_id[q.paragraph]
        j = self.p.tok(q.close_pos + 1) if q.close_pos is not None else self.p.tok(q.end) + 1
        if q.close_pos is not None and self.doc[j].idx <= q.close_pos:
            j += 1
        last = self.text[q.start : q.end].rstrip()[-1:]
        ends_sentence = last == "."
        # “Do you think …?” McAleenan replied that he had: a cue after a question or an
        # exclamation that reports a clause of its own is the answer, never the asker's tag
        finished = last in (".", "?", "!")
        if ends_sentence and self._after_attribution(q):
            return None  # “…,” Ann Lee said. “…” The crowd laughed: the second quote is hers
        k, window = j, AFTER_WINDOW
        while k < min(j + window, len(self.doc)):
            t = self.doc[k]
            k += 1
            if t.idx >= para.end or t.text in MARKS and MARKS[t.text][1] != "close":
                break
            tag = PARTY_TAG.match(self.text, t.idx) if t.text in ("(", ",") else None
            if tag is not None and k - 1 > j:  # “…,” Sen. Ann Lee (D-Vt.), a candidate, said:
                past = self.p.tok(tag.end())  # the tag is passed over whole, its abbreviation's
                window += past - k + 1  # period ending no sentence, and counts for no word
                k = past
                continue
            if t.text == "," and k - 1 > j:
                past = self._past_aside(k, para.end)
                if past is not None:  # “…,” Pete Marsh, wearing a hat, said
                    return None if finished and _reports(past) else past
            if self.lex.is_cue(t):
                if finished and _reports(t) and not self.p.quote_then_colon(t):
                    return None  # “…done.” He said the army … : a new statement
                return t  # (“…done.” Ann Lee wrote on Twitter: the page lost what followed)
            if t.text in (*SENTENCE_END, ":") or (_verb_here(t, finished) and t.dep_ != "amod"):
                break
        return None

    def _after_attribution(self, q: QuotedSpan) -> bool:
        """Does the quote open right after a sentence that attributes a quote ("“…,” Ann Lee
        said in a tweet. “…”")? News style goes on quoting her there; a quoted sentence of its
        own is never credited to whoever acts in the sentence after it."""
        para = self.p.para_by_id[q.paragraph]
        i = self.p.tok(q.open_pos) - 1
        if i < 0 or self.doc[i].text not in SENTENCE_END or self.doc[i].idx < para.start:
            return False
        for t in reversed(self.doc[max(0, i - BEFORE_WINDOW) : i]):
            if t.idx < para.start or t.text in SENTENCE_END:
                return False
            if t.text in MARKS and MARKS[t.text][1] != "open":
                return False  # the mark closes a quote, with no cue after it
            if self.lex.is_cue(t) and self._closes_before(t, para.start):
                return True
        return False

    def _closes_before(self, cue, start: int) -> bool:
        """A closing quote mark within a few words before `cue` ("…,” Ann Lee said")."""
        for t in reversed(self.doc[max(0, cue.i - 8) : cue.i]):
            if t.idx < start or t.text in SENTENCE_END:
                return False
            if t.text in MARKS and MARKS[t.text][1] != "open":
                return True
        return False

    def _past_aside(self, k: int, para_end: int):
        """The cue after an aside set off by commas between the speaker and the verb ("…,”
        fisherman Pete Marsh, wearing a hat and “Save the Pier” badges, said): the aside may hold
        verbs and quote marks of its own, so it is skipped whole up to its closing comma. A
        relative clause or an apposition may hold commas of its own ("…,” Ann Lee, who lives in
        Macon, Georgia, said; "Pete Marsh, 45, a fisherman, said"): the comma that closes the
        aside is the one a cue follows, so the commas inside it are passed over."""
        for i in range(k, min(k + ASIDE_WINDOW, len(self.doc))):
            t = self.doc[i]
            if t.idx >= para_end or t.text in SENTENCE_END:
                return None
            if t.text == "," and i + 1 < len(self.doc):
                nxt = self._cue_past_name(i + 1)
                if nxt is not None and nxt.idx < para_end:
                    return nxt
        return None

    def _cue_past_name(self, k: int):
        """The cue at `k`, or right after a name there (", Trump said", ", Gov. Tom Ruiz
        said"): the tail of a quote's sentence ("“…” with northeast Syria, where the Kurds are
        settled, Trump said") ends in its speaker and cue as an aside does."""
        i = k
        while i < min(k + NAME_AFTER_ASIDE, len(self.doc)) and self.doc[i].pos_ == "PROPN":
            i += 1
        return self.doc[i] if i < len(self.doc) and self.lex.is_cue(self.doc[i]) else None

    def _name_after(self, q: QuotedSpan, verb):
        """The speaker named right after the quote, before an aside: “…,” Pete Marsh, …, said."""
        name = None
        for t in self.doc[self.p.tok(self.p.quote_end(q)) : verb.i]:
            if t.text == ",":
                if name is not None:
                    break
                continue
            if (
                (t.pos_ in ("PROPN", "NOUN") or t.ent_type_ in _NAMED)
                and t.dep_ != "pobj"
                and not self.p.in_quote_span(t.idx, q)
            ):  # a name the tagger gave another part of speech ("“…,” Trump, angry, said")
                name = t  # not "river" of "“…” with the river, said Gov. Tom Ruiz"
        return name

    def _cue_before(self, q: QuotedSpan):
        """Peskov said: “… / said Peskov, “… / “A,” he said, “B.”"""
        para = self.p.para_by_id[q.paragraph]
        i = self.p.tok(q.open_pos) - 1
        steps = 0
        while i >= 0 and steps < BEFORE_WINDOW:
            t = self.doc[i]
            if t.idx < para.start or t.text in SENTENCE_END or self.p.inside_quote(t.idx):
                break
            if t.text in MARKS and MARKS[t.text][1] != "open":
                break
            if self.lex.is_cue(t):
                return t
            i -= 1
            steps += 1
        return None

    def _cue_above(self, q: QuotedSpan):
        """A quote opening its paragraph after one that ends "In a statement, Peskov said:"."""
        para = self.p.para_by_id[q.paragraph]
        pos = next((k for k, p in enumerate(self.p.paragraphs) if p is para), 0)
        if q.open_pos != para.start or pos == 0:
            return None
        prev = self.p.paragraphs[pos - 1]
        if not self.text[prev.start : prev.end].rstrip().endswith(":"):
            return None
        sent = self.ctx.sentences[self.p.sentence_index(prev.end - 1)].span
        for t in reversed(sent):
            if self.lex.is_cue(t) and not self.p.inside_quote(t.idx):
                return t
        return None

    def _partial_cue(self, q: QuotedSpan):
        """The statement a quoted fragment belongs to: a cue verb or noun above it, else in its
        sentence (“extremists” in "a warning that “extremists” had imminent plans")."""
        t0 = self.doc[self.p.tok(q.start)]
        one_word = len(WORD.findall(self.text[q.start : q.end])) < 2
        before = self.doc[self.p.tok(q.open_pos) - 1] if self.p.tok(q.open_pos) > 0 else None
        scare = one_word and before is not None and _modifier(before)
        for a in t0.ancestors:
            if self.p.in_quote_span(a.idx, q):
                continue
            if self.lex.is_cue(a) and a.lower_ not in self.lex.not_speech:
                if of_a_thing(a, self.lex):
                    continue  # "calling it a “mistake” that threatens “terror”": the caller's
                subject = self.p.subject(a, q)
                if self._said_of_or_supposed(t0, a, q) or subject is None and scare:
                    return None, None  # "a “journalist”" nobody is named as saying
                return self.p.cue_text(a), subject
            if a.lower_ in self.lex.nouns and a.pos_ == "NOUN" and not self._labelled(a, t0):
                return a.text, self.p.noun_source(a)
            if self._evaluation(a) and not self._said_of_or_supposed(t0, a, q):
                subject = _published_in(self.p.subject(a, q), self.lex)
                if subject is not None and subject.pos_ in NP_POS:  # "faulted it for a “…”"
                    return self.p.cue_text(a), subject
        if one_word:
            return None, None  # one word with no cue above it in the parse: a scare quote
        sent = self.ctx.sentences[self.p.sentence_index(q.start)].span
        best = None
        for t in sent:
            if self.p.in_quote_span(t.idx, q) or self.p.inside_quote(t.idx):
                continue
            if not (self.lex.is_speech(t) and t.pos_ == "VERB") or of_a_thing(t, self.lex):
                continue
            closer = best is None or abs(t.idx - q.start) < abs(best.idx - q.start)
            if closer and self.p.subject(t, q) is not None:
                best = t
        if best is not None and not self._said_of_or_supposed(t0, best, q):
            return self.p.cue_text(best), self.p.subject(best, q)
        source = self.reported.sources.according_to(sent)
        if source is not None:
            return source
        return None, None

    def _evaluation(self, verb) -> bool:
        """A verb that says what somebody thinks of something or what they call it ("criticized
        her for …", "characterized the fight as …", "called it …"): a quoted fragment under it
        is the judge's words, as under a cue ("mocked the plan as “a fantasy”")."""
        lemma = verb.lemma_.lower()
        lex = self.lex
        return verb.pos_ == "VERB" and (
            lemma in lex.reason_verbs or lemma in lex.naming_as or lemma in lex.naming
        )

    def _labelled(self, noun, word) -> bool:
        """ "described Thursday’s announcement as “unacceptable”": a statement noun that is the
        object of a verb of naming is what the label is given to; its author does not speak the
        label, the verb's subject does (the parse may hang the "as" on the noun). A quoted
        `word` inside the content clause of the noun's owner ("lambasted Lee’s claim that the
        tax is a “scam”") is no label: it is the owner's claim, whoever judges it."""
        lemma = noun.head.lemma_.lower()
        if noun.dep_ != "dobj" or not (lemma in self.lex.naming or lemma in self.lex.naming_as):
            return False
        clause = owned_clause(noun, self.lex)
        return clause is None or not clause.left_edge.i <= word.i <= clause.right_edge.i

    def _said_of_or_supposed(self, word, cue, q: QuotedSpan) -> bool:
        """ "how does a “journalist” publish this": a quoted word in the subject of its cue is
        who acts, not what was said; "would have added edits about how the number is
        “cumulative”": one quoted word under a modal cue is a supposed saying, a scare quote."""
        subject = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.left_edge.i <= word.i <= subject.right_edge.i:
            return True
        if len(WORD.findall(self.text[q.start : q.end])) > 1:
            return False
        node = cue
        while node.dep_ == "conj" and node.head.i != node.i:
            node = node.head
        return any(c.dep_ == "aux" and c.tag_ == "MD" for c in (*cue.children, *node.children))


def _reports(verb) -> bool:
    """Does the cue report a clause of its own ("said she was shocked", "promised to create a
    fund"), so it starts a new statement rather than attributing the quote before it? (“…,”
    Guterres said. “…” The mayors promised to create …: the second quote is still his.)"""
    return any(ch.i > verb.i and (ch.dep_ == "ccomp" or _to_clause(ch)) for ch in verb.children)


def _to_clause(child) -> bool:
    """ "(pledged) to cut meat": a verb with its own "to", hung on the cue as its complement."""
    return child.dep_ == "xcomp" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in child.children
    )


def _published_in(subject, lex):
    """ "A story in the Daily Post criticized …": a piece of writing named as the subject
    speaks for the paper it appeared in (a name after "in"); any other subject is itself."""
    if subject is None or subject.pos_ != "NOUN" or subject.lower_ not in lex.nouns | lex.works:
        return subject
    for prep in subject.children:
        if prep.dep_ == "prep" and prep.lower_ == "in":
            paper = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if paper is not None and paper.pos_ == "PROPN":
                return paper
    return subject


def _modifier(tok) -> bool:
    """A determiner, a name or an adjective before a quoted word ("a “journalist”", "the Miami
    “worms”"): the word is a noun set off in scare quotes. Not a verb the tagger took for an
    adjective ("jeered “melons”")."""
    if tok.pos_ in ("DET", "PROPN"):
        return True
    return tok.pos_ == "ADJ" and not tok.lower_.endswith("ed")


def _verb_here(t, finished: bool) -> bool:
    """Is `t` a verb that ends the search for a quote's cue after it? A capitalised word the
    tagger calls a verb after a quote that its comma leaves open is a name's word ("“…,” Pay
    Our Interns co-founder Guillermo Creamer said"): the sentence goes on there, in lower case
    but for names."""
    if t.pos_ not in ("VERB", "AUX"):
        return False
    return finished or not t.text[:1].isupper()
