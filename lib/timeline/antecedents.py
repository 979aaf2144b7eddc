"""Who a clause is about: its subject, shortened, and the antecedent a pronoun stands for ("they"
-> "the gunmen", told earlier in the article). Used by the event descriptions in
lib/timeline/events.py.
"""

from __future__ import annotations

from lib.timeline.phrases import _join, _phrase

MAX_SUBJECT_WORDS = 6
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "expl")
# Subject pronouns told by their antecedent, and what the antecedent must be.
PRONOUNS = {"it": "thing", "they": "group", "he": "person", "she": "person"}
THING_LABELS = ("ORG", "GPE")
GROUP_LABELS = ("ORG", "GPE", "NORP")
PLURAL_TAGS = ("NNS", "NNPS")


def _root_verb(doc, sentence):
    if sentence is None:
        return None
    span = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
    if span is None:
        return None
    roots = [t for t in span if t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX")]
    return roots[-1] if roots else None


def _antecedent(ctx, pron) -> str:
    """Who a subject pronoun stands for, or "" when unsure (the pronoun stays).

    A speech sentence's pronoun is the quote's resolved speaker. Otherwise the subject of the
    previous sentence of the same paragraph kind, when it fits: a lone person for he/she, an
    organization or place for "it", a group (plural noun, organization) for "they" when no
    other plural noun of that sentence competes.
    """
    kind = PRONOUNS.get(pron.lower_)
    if ctx is None or kind is None:
        return ""
    for q in ctx.quotes:
        if q.get("speaker_start") == pron.idx and q.get("speaker"):
            return q["speaker"]
    here = ctx.sentence_at(pron.idx)
    if here is None or here.sentence_id == 0 or here.paragraph.kind != "body":
        return ""
    if _named_before(ctx, here.start, pron) or _expletive(pron):
        return ""  # "the amount ... before it is reported": the antecedent is nearer
    prev = ctx.sentences[here.sentence_id - 1]
    if prev.paragraph.kind != "body":
        return ""
    root = _root_verb(ctx.doc, prev)
    subj = _subject(root)[0] if root is not None else None
    if subj is None or subj.pos_ == "PRON":
        return ""
    ent = ctx.entity_at(subj.idx, subj.idx + len(subj))
    label = ent["label"] if ent else ""
    if kind == "person":
        people = _people(ctx, prev.start, prev.end) | _people(ctx, here.start, pron.idx)
        return ent["name"] if label == "PERSON" and len(people) == 1 else ""
    if kind == "thing" and (label not in THING_LABELS or subj.tag_ in PLURAL_TAGS):
        return ""
    if kind == "group":
        if label not in GROUP_LABELS and subj.tag_ not in PLURAL_TAGS:
            return ""
        span = ctx.doc.char_span(prev.start, prev.end, alignment_mode="expand")
        own = {t.i for t in subj.subtree}
        rivals = [
            c for c in noun_chunks(span) if c.root.tag_ in PLURAL_TAGS and c.root.i not in own
        ]
        if rivals:
            return ""
    words = _phrase(subj, range(0), keep_head=True)
    if 0 < len(words) <= MAX_SUBJECT_WORDS and not any(t.pos_ == "PRON" for t in words):
        return _join(words)
    return ent["name"] if ent else ""


def _named_before(ctx, start: int, pron) -> bool:
    """A noun or pronoun earlier in the sentence: the pronoun may well point to it."""
    span = ctx.doc.char_span(start, pron.idx, alignment_mode="contract")
    return span is not None and any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in span)


def _expletive(pron) -> bool:
    """'It is expected that ...', 'It seems ...': an "it" that stands for nothing."""
    if pron.lower_ != "it":
        return False
    verb = pron.head
    return pron.dep_ == "expl" or any(c.dep_ in ("ccomp", "csubj") for c in verb.children)


def _people(ctx, start: int, end: int) -> set:
    return {
        ent["name"]
        for ent in ctx.entities
        if ent["label"] == "PERSON" and any(start <= s and e <= end for s, e in ent["spans"])
    }


def _shorten(subject: list, subj) -> list:
    """A long subject loses its prepositional tail first ("the delivery [of the aircraft to
    ...]"), then its first words, never in the middle of a hyphenated word."""
    if len(subject) <= MAX_SUBJECT_WORDS:
        return subject
    if subj is not None:
        tails = [c.i for c in subj.children if c.dep_ == "prep" and c.i > subj.i]
        if tails:
            subject = [t for t in subject if t.i < min(tails)] or subject
    if len(subject) <= MAX_SUBJECT_WORDS:
        return subject
    start = len(subject) - MAX_SUBJECT_WORDS
    while start > 0 and (subject[start].is_punct or not subject[start - 1].whitespace_):
        start -= 1
    return subject[start:]


def _subject(verb):
    """(subject token or None, the verb whose subject it is or would be)."""
    node = verb
    for _ in range(3):
        subj = next((c for c in node.children if c.dep_ in SUBJECT_DEPS), None)
        if subj is not None or node.dep_ != "conj" or node.head.i == node.i:
            return subj, node
        node = node.head  # "rose and then fell": the first verb's subject
    return None, node


def noun_chunks(span):
    """The noun chunks inside `span`, as `span.noun_chunks` gives them; that property walks every
    chunk of the whole Doc for each call, which makes a long article quadratic."""
    from spacy.tokens import Span

    for start, end, label in span.doc.noun_chunks_iterator(span):
        if start >= span.start and end <= span.end:
            yield Span(span.doc, start, end, label=label)


def _first_chunk(verb, skip: range, dates: frozenset, lead: int) -> list:
    """The sentence's first noun phrase before the verb, when the parse gave the verb no subject
    (a caption's "Lit candles ... are placed", misparsed around a quoted inscription)."""
    start = min(lead, verb.sent.start)
    for chunk in noun_chunks(verb.doc[start : verb.i + 1]):
        if chunk.end > verb.i:
            break
        words = [t for t in chunk if t.i not in skip and t.i not in dates]
        if any(t.pos_ in ("NOUN", "PROPN") for t in words) and chunk.root.pos_ != "PRON":
            return words
    return []
