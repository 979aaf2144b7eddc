"""Name the event a date belongs to, briefly: who did what, from the sentence's parse.

"President Vladimir Putin said in an address to the nation on Saturday that all those
responsible would be punished" -> "President Vladimir Putin said all those responsible would be
punished"; "Friday's deadly attack on a concert hall" -> "deadly attack on a concert hall".
When the parse gives nothing usable, the sentence trimmed at a word boundary.
"""

from __future__ import annotations

from lib.quotes.lexicon import lexicon
from lib.timeline.antecedents import (
    SUBJECT_DEPS,
    _antecedent,
    _first_chunk,
    _root_verb,
    _shorten,
    _subject,
)
from lib.timeline.patterns import tables
from lib.timeline.phrases import (
    MAX_WORDS,
    QUOTED,
    STOP_AT,
    _first_words,
    _join,
    _phrase,
    _tidy,
    _trim_sentence,
)

# Clause parts kept after the verb, in order of preference.
OBJECT_DEPS = ("dobj", "attr", "acomp", "oprd", "xcomp", "ccomp", "agent", "dative", "prep")
MAX_REST_WORDS = 10
# A reporting verb's dependents that carry what was said after it.
REPORTED_DEPS = ("ccomp", "dobj", "xcomp")
# Adverbs after a verb that say nothing of what happened.
SIDE_ADVERBS = frozenset(["also", "then", "now", "still", "already", "again", "too", "later"])
# A short quoted passage holding a date, after a noun ("the words", "a banner") or one of these
# verbs, is an inscription or slogan: the event is what bears it, the date the one it names.
INSCRIPTION_WORDS = 8
INSCRIPTION_LEAD_WORDS = 12
INSCRIPTION_VERBS = frozenset(["read", "say", "spell", "form", "bear", "write", "show", "display"])


def describe(ctx, head, skip: range, sentence, dates: frozenset = frozenset()) -> str:
    """A short description of the event `head` (a spaCy token) stands for.

    `skip` holds the token indices of the temporal expression itself (never part of the event);
    `dates` the tokens of every temporal expression of the article (other dates are cut from the
    description: the timeline shows them on their own rows).
    """
    inscription = _inscription(ctx, skip, sentence)
    if inscription:
        return inscription
    name = named_event(ctx.doc, skip)
    if name is not None:
        return _join(_name_words(name, skip))
    if head is None and sentence is not None and sentence.paragraph.kind == "caption":
        head = _root_verb(ctx.doc, sentence)
    if head is None:
        return _trim_sentence(ctx, sentence)
    cut = frozenset(dates) - set(skip)
    if len(skip) and _is_modifier(head.doc[skip.start : skip.stop]):
        skip = range(0)  # "a fourth-quarter operating loss": the date belongs to the phrase
    head = _main_event(ctx, head, skip, sentence)
    head = _better_head(head, skip)
    reported = _reported(ctx, head, skip, cut, sentence)
    if reported:
        return reported
    if head.pos_ == "NOUN" and head.dep_ == "xcomp":  # "was set to land", 'land' mistagged
        text = _clause(head, skip, cut, _caption_lead(ctx, sentence), ctx)
        if text:
            return text
    if head.pos_ in ("NOUN", "PROPN"):
        words = _phrase(head, skip, keep_head=True, dates=cut)
        if len(words) >= 2 and not _only_pronoun_and_head(words, head) and not _a_name(words):
            return _join(words)
        verb = _governing_verb(head)
        if verb is not None:
            head = verb
    if head.pos_ in ("VERB", "AUX"):
        text = _clause(head, skip, cut, _caption_lead(ctx, sentence), ctx)
        if text:
            return text
    return _trim_sentence(ctx, sentence)


def named_event(doc, skip: range):
    """The noun of an event the date is part of the name of ("the 2008 financial crisis",
    "the September 11 attacks"), or None. The date still dates the row; the name is the event."""
    if not len(skip):
        return None
    first = skip.start + (doc[skip.start].dep_ == "det" and len(skip) > 1)
    span = doc[first : skip.stop]
    noun = span.root.head
    if span.root.dep_ not in ("nummod", "nmod", "compound", "amod") or noun.i < skip.stop:
        return None
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i - skip.stop > 4:
        return None
    return noun if noun.lemma_.lower() in tables().events["named_nouns"] else None


def _name_words(noun, skip: range) -> list:
    """The name as written, from its first modifier to its noun, without a leading article."""
    words = [t for t in noun.doc[min(noun.left_edge.i, skip.start) : noun.i + 1]]
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None and owner.pos_ not in ("PROPN",) and owner.i < skip.start:
        words = [t for t in words if t.i > owner.right_edge.i]  # "the country's": "Russia's" stays
    while words and words[0].dep_ in ("det", "punct"):
        words.pop(0)
    return words


def _inscription(ctx, skip: range, sentence) -> str:
    """'Lit candles forming the words “We mourn. 22.03.2024”': a date inside a short quoted
    inscription is the day the inscription names (a reader wants that day on the chart), and
    the event is the thing bearing it, told up to the closing quote mark."""
    if sentence is None or not len(skip):
        return ""
    para = sentence.paragraph
    if (
        ctx.text.find("“", para.start, para.end) < 0
        and ctx.text.find('"', para.start, para.end) < 0
    ):
        return ""  # no quote mark (a find, not a regex scan of the paragraph per date)
    lead = para.start if para.kind == "caption" else sentence.start
    first, last = ctx.doc[skip.start], ctx.doc[skip.stop - 1]
    date_start, date_end = first.idx, last.idx + len(last)
    for m in QUOTED.finditer(ctx.text, para.start, para.end):
        if not (m.start() < date_start and date_end <= m.end()):
            continue
        if m.start() <= lead or len(m.group().split()) > INSCRIPTION_WORDS:
            return ""
        before = ctx.doc.char_span(lead, m.start(), alignment_mode="contract")
        if before is None or not len(before):
            return ""
        cue = before[-1]
        if cue.pos_ not in ("NOUN", "PROPN") and cue.lemma_.lower() not in INSCRIPTION_VERBS:
            return ""
        if len(before) > INSCRIPTION_LEAD_WORDS:
            return " ".join(ctx.text[cue.idx : m.end()].split())
        return " ".join(ctx.text[lead : m.end()].split())
    return ""


def _main_event(ctx, head, skip: range, sentence):
    """The clause a date really dates when the parse hangs it low.

    A caption describes one scene: its main verb is the event ("Candles are placed outside the
    hall ... on 24 March", not "declared following a shooting"). In running text, a date set off
    by a comma at the end of a sentence modifies the main clause, not the participle it follows.
    """
    doc = head.doc
    caption = sentence is not None and sentence.paragraph.kind == "caption"
    trailing = len(skip) and head.dep_ in ("acl", "advcl", "relcl") and _trails(doc, skip, head)
    root = _root_verb(doc, sentence) if caption or trailing else None
    return root if root is not None else head


def _caption_lead(ctx, sentence) -> int | None:
    """First token of a caption (one scene, however the splitter cut it); None elsewhere."""
    if sentence is None or sentence.paragraph.kind != "caption":
        return None
    span = ctx.doc.char_span(sentence.paragraph.start, sentence.end, alignment_mode="expand")
    return span.start if span is not None else None


def _trails(doc, skip: range, head) -> bool:
    """The date comes after its verb, set off by a comma (", on 24 March")."""
    i = skip.start - 1
    while i >= 0 and doc[i].pos_ == "ADP":
        i -= 1
    return skip.start > head.i and i >= 0 and doc[i].text == ","


def _a_name(words: list) -> bool:
    """'Apple Computer' names who, not what happened."""
    return all(t.pos_ in ("PROPN", "DET", "PART") for t in words)


def _only_pronoun_and_head(words: list, head) -> bool:
    """'its launch': a pronoun and a noun say too little; the clause around says who."""
    return len(words) == 2 and words[0].tag_ in ("PRP$", "PRP") and words[1] is head


def _governing_verb(tok):
    node = tok
    for _ in range(4):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
    return None


def _better_head(head, skip: range):
    """Move from a noun inside a verb's adjunct ("said in an address on Saturday") to the verb,
    and from a clause right after a dated reporting verb ("said on Monday it was ...") to the
    reporting verb, whose subject says who acted."""
    in_adjunct = head.pos_ == "NOUN" and head.dep_ == "pobj" and head.head.dep_ == "prep"
    if (
        in_adjunct
        and head.head.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ == "poss" for c in head.children)
    ):
        head = head.head.head
    subject = head.pos_ == "NOUN" and head.dep_ in ("nsubj", "nsubjpass")
    if subject and head.head.pos_ == "VERB" and not any(c.dep_ == "poss" for c in head.children):
        head = head.head  # "First-quarter revenue rose ...": the clause says what happened
    if head.pos_ in ("VERB", "AUX") and head.dep_ == "ccomp" and _is_speech(head.head):
        speech = head.head
        subj = next((c for c in head.children if c.dep_ in SUBJECT_DEPS), None)
        near = len(skip) and 0 < skip.start - speech.i <= 2
        if near or (subj is not None and subj.pos_ == "PRON"):
            return speech
    return head


def _reported(ctx, verb, skip: range, dates: frozenset, sentence) -> str:
    """'..., the utility company said on Thursday.': a dated reporting verb written after what
    was reported. Its speaker is the subject nearest before it (the parse may hang the reported
    clause's subject on it too), the gist the reported words: "<speaker> said <gist>"."""
    if sentence is None or verb.pos_ not in ("VERB", "AUX") or not lexicon().is_speech(verb):
        return ""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    first = ctx.doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
    if not subjects or first is None:
        return ""
    subj = subjects[-1]
    if any(c.dep_ in REPORTED_DEPS and c.i > verb.i for c in verb.children):
        return ""  # "said it will ...": what was said follows; the usual clause tells it
    quote = _quote_before(ctx, subj.left_edge.idx, sentence)
    content = [c for c in verb.children if c.i < subj.left_edge.i and c.dep_ in SUBJECT_DEPS]
    content += [c for c in verb.children if c.i < subj.left_edge.i and c.dep_ == "ccomp"]
    if quote is None and not content:
        return ""  # nothing reported before the speaker
    if quote is not None:
        span = ctx.doc.char_span(quote["start"], quote["end"], alignment_mode="contract")
    else:
        span = ctx.doc[first.start : subj.left_edge.i]
    if span is None or not len(span):
        return ""
    gist = _gist(span, skip, dates)
    speaker = _shorten(_phrase(subj, skip, keep_head=True, dates=dates), subj)
    if not gist or not speaker:
        return ""
    names = {}
    if speaker == [subj] and subj.pos_ == "PRON":
        name = (quote or {}).get("speaker") or _antecedent(ctx, subj)
        if name:
            names[subj.i] = name
    direct = quote.get("kind") == "direct" if quote is not None else span[0].text in ("“", '"')
    if direct:
        body = _join(gist)
        cut = len(gist) < sum(not t.is_punct and t.i not in skip for t in span)
        text = f"{_join(speaker + _verb_group(verb), names)} “{body}{'…' if cut else ''}”"
    else:
        if gist[0].pos_ != "PROPN" and gist[0].text != "I":
            names[gist[0].i] = gist[0].text.lower()
        text = _join(speaker + _verb_group(verb) + gist, names)
    return text[:1].upper() + text[1:]


def _quote_before(ctx, end: int, sentence):
    """The quote row of this sentence that ends before the speaker, if quotes are known."""
    for q in ctx.quotes or []:
        if sentence.start <= q.get("start", -1) and q.get("end", end + 1) <= end:
            return q
    return None


def _gist(span, skip: range, dates: frozenset) -> list:
    """The reported words, up to the first break, without dates, short and never dangling."""
    out = []
    for t in span:
        if t.i in skip or t.i in dates or t.text in ("“", "”", '"'):
            continue
        if t.text in STOP_AT + (".",) and out:
            break
        if t.text in STOP_AT:
            continue
        out.append(t)
    out = _drop_date_preps(out, skip, dates)
    return _first_words(out, MAX_REST_WORDS) if len(out) >= 2 else []


def _drop_date_preps(tokens: list, skip: range, dates: frozenset) -> list:
    """'swept through the coast on [Wednesday night]': the preposition of a left-out date goes."""
    gone = set(skip) | set(dates)
    return [
        t
        for t in tokens
        if not (t.dep_ == "prep" and any(c.i in gone for c in t.children) and t.i + 1 in gone)
    ]


def _is_modifier(span) -> bool:
    return span.root.dep_ in ("compound", "amod", "nmod") and span.root.head.pos_ == "NOUN"


def _is_speech(tok) -> bool:
    return tok.lemma_.lower() in tables().tense["speech_lemmas"]


def _clause(
    verb, skip: range, dates: frozenset = frozenset(), lead: int | None = None, ctx=None
) -> str:
    """Subject + verb (with its auxiliaries) + the first complement: 'who did what'.

    An infinitive ("to fly out of Heathrow") is told with the verb that governs it ("Qatar
    Airways plans to fly out of Heathrow"); a verb without a subject of its own borrows the
    subject of the clause it is joined to ("Shares rose and [then] fell").
    """
    chain = []
    while _infinitive_of(verb) and len(chain) < 3:
        chain.append(verb)
        verb = verb.head
    subj, joined_to = _subject(verb)
    if subj is not None and subj.i in skip:
        return ""  # the date is the subject: the parse is unreliable here
    relative = subj is None or subj.tag_ in ("WDT", "WP", "WP$")  # "Pixar, which was ..."
    clause = joined_to
    if relative and clause.dep_ in ("relcl", "acl") and clause.head.pos_ in ("NOUN", "PROPN"):
        subject = _phrase(clause.head, skip, keep_head=True, exclude=clause, dates=dates)
    elif subj is not None:
        subject = _phrase(subj, skip, keep_head=True, dates=dates)
    else:
        subject = _words_before(joined_to)
    if not subject:
        subject = _first_chunk(verb, skip, dates, lead) if lead is not None else []
    if not subject and chain:  # "prompting Apple Corps to file suit": the object acts
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i not in skip), None)
        if obj is not None:
            subject, verb = _phrase(obj, skip, keep_head=True, dates=dates), verb
            words = subject + [w for inner in reversed(chain) for w in _verb_group(inner)]
            words += _rest(chain[0], skip, dates)
            words = _tidy(words)
            return _join(_tidy(words[:MAX_WORDS])) if len(words) >= 3 else ""
    if not subject:
        return ""
    subject = _shorten(subject, subj)
    names = {}
    if subj is not None and subject == [subj] and subj.pos_ == "PRON":
        antecedent = _antecedent(ctx, subj)
        if antecedent:
            names[subj.i] = antecedent
    words = subject + _verb_group(verb)
    for inner in reversed(chain):  # "plans to fly", "is expected to begin", "expect X to open"
        own = next((c for c in inner.children if c.dep_ in SUBJECT_DEPS), None)
        if own is not None and own.i not in skip:
            words += _phrase(own, skip, keep_head=True, dates=dates)
        words += _verb_group(inner)
        verb = inner
    rest = _rest(verb, skip, dates)
    if not rest and verb.lemma_ == "be":
        return ""  # "The market share is": nothing said; the sentence says more
    words = _tidy(words + rest)
    if len(words) < 2:
        return ""
    return _join(_tidy(words[:MAX_WORDS]), names)


def _infinitive_of(verb) -> bool:
    """'to fly' under 'plans', 'the tunnel to open' under 'expect': told with the governing verb."""
    if verb.head.i == verb.i or verb.head.pos_ not in ("VERB", "AUX"):
        return False
    if verb.dep_ == "xcomp":
        return True
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return verb.dep_ == "ccomp" and to


def _words_before(verb) -> list:
    """A noun phrase written right before a verb the parse left without a subject."""
    doc = verb.doc
    first = min([c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "neg")] + [verb.i])
    i, out = first - 1, []
    while i >= 0 and doc[i].pos_ in ("NOUN", "PROPN", "ADJ", "DET", "NUM", "PART"):
        if out and out[0].pos_ == "PROPN" and doc[i].pos_ == "NOUN":
            break  # "the financial year | Apple Inc. sold": the name is the subject
        out.insert(0, doc[i])
        if doc[i].is_sent_start:
            break
        i -= 1
    return out if any(t.pos_ in ("NOUN", "PROPN") for t in out) else []


def _verb_group(verb) -> list:
    """Auxiliaries, negation, the verb as written ("out-sold"), its particle, a predicative
    adverb right after it ("goes live")."""
    doc = verb.doc
    words = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i]
    j = verb.i
    while j > 0 and not doc[j - 1].whitespace_ and doc[j - 1].text != "“" and len(words) < 6:
        j -= 1
        words.append(doc[j])
    words = sorted(set(words), key=lambda t: t.i)
    after = [c for c in verb.children if c.dep_ == "prt"]
    nxt = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    predicative = nxt is not None and nxt.head.i == verb.i and nxt.dep_ in ("advmod", "acomp")
    if predicative and nxt.pos_ in ("ADJ", "ADV") and nxt.lower_ not in SIDE_ADVERBS:
        after.append(nxt)
    return [*words, verb, *after]


def _rest(verb, skip: range, dates: frozenset) -> list:
    for dep in OBJECT_DEPS:
        for child in verb.children:
            if child.dep_ != dep or child.i in skip or child.i < verb.i:
                continue
            if dep == "prep" and any(t.i in skip or t.i in dates for t in child.children):
                continue  # "on [Friday]": the date's own preposition
            rest = _phrase(child, skip, keep_head=True, cut=dep != "prep", dates=dates)
            if rest:
                return _first_words(rest, MAX_REST_WORDS)
    return []
