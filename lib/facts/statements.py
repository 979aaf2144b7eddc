"""Who asserts each sentence, and how firmly: the `statement` rows of the facts table.

A fact-checker needs to know what rests on one source. Every body sentence is a statement whose
`source` is the outlet (its own voice) or the speaker of the quote / reported speech covering it,
and whose `status` is reported, attributed, unverified or claimed. Hedges ("unverified footage",
"a claim of responsibility", "allegedly") live in data/statements.toml.

The outlet is named by the article's source when it is an outlet name (e.g. "Reuters"), else the
word "outlet": a file name is not an outlet.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from lib.ruledata import DATA_DIR, load

DATA = DATA_DIR / "statements.toml"
OUTLET = "outlet"
STATUS_NAMES = ("reported", "attributed", "unverified", "claimed")
UNKNOWN_SPEAKER = "unnamed source"
STATEMENT_PARAGRAPHS = ("body",)
# Reporting verbs whose subject is the source when no quote row covers the sentence.
REPORTING_LEMMAS = frozenset(
    [
        "say",
        "tell",
        "state",
        "announce",
        "confirm",
        "report",
        "add",
        "estimate",
        "warn",
        "insist",
        "deny",
        "claim",
    ]
)
PRONOUNS = frozenset(("he", "she"))
_FILE_LIKE = re.compile(r"\.(txt|html?|md|json|xml|pdf|docx?)$|[/\\]", re.I)


@dataclass(frozen=True)
class Attribution:
    source: str
    status: str


@functools.cache
def status_rules() -> tuple[tuple[str, re.Pattern], ...]:
    """(status, cue pattern) in priority order, from data/statements.toml."""
    data = load(DATA.name)
    rules = []
    for entry in data["status"]:
        cues = sorted(entry["cues"], key=len, reverse=True)
        alternation = "|".join(re.escape(c) for c in cues)
        rules.append((entry["name"], re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.I)))
    return tuple(rules)


def outlet_name(article) -> str:
    """The outlet's name when the article carries one, else 'outlet'."""
    source = (getattr(article, "source", "") or "").strip()
    if not source or _FILE_LIKE.search(source):
        return OUTLET
    return source


@functools.lru_cache(maxsize=4096)
def hedge_status(text: str) -> str | None:
    """'claimed' or 'unverified' when the words hedge the claim, else None. Cached: asked of a
    sentence once per figure in it."""
    for status, pattern in status_rules():
        if status in ("claimed", "unverified") and pattern.search(text):
            return status
    return None


@functools.lru_cache(maxsize=4096)
def has_reporting_cue(text: str) -> bool:
    return any(
        status == "attributed" and pattern.search(text) for status, pattern in status_rules()
    )


def attribute(ctx, sentence, start=None, end=None, anchor=None) -> Attribution:
    """Source and status for a sentence, or for the span [start, end) inside it.

    A span takes the speaker of the quote holding it; failing that, of a reporting verb whose
    clause holds `anchor` (its token), so "pledged $250m, and the Bank said it would add $90m"
    credits only the second figure to the Bank.
    """
    text = ctx.text[sentence.start : sentence.end]
    hedge = hedge_status(text)
    quote = _covering_quote(ctx, sentence, start, end)
    if quote is not None:
        speaker = quote.get("speaker") or quote.get("speaker_mention") or UNKNOWN_SPEAKER
        return Attribution(speaker, hedge or "attributed")
    if has_reporting_cue(text):
        speaker = _reporting_subject(ctx, sentence, anchor)
        if speaker:
            return Attribution(speaker, hedge or "attributed")
    return Attribution(outlet_name(ctx.article), hedge or "reported")


def _covering_quote(ctx, sentence, start, end) -> dict | None:
    """The quote holding the span, or (for a whole sentence) the one covering most of it."""
    if start is not None:
        return ctx.quote_at(start, end)
    best, best_overlap = None, 0
    for q in ctx.quotes_near(sentence.start, sentence.end):  # the others overlap it by 0 or less
        overlap = min(q["end"], sentence.end) - max(q["start"], sentence.start)
        if overlap > best_overlap:
            best, best_overlap = q, overlap
    # A quote carrying a third of the sentence makes it the speaker's; a quoted word or two
    # ("a warning that “extremists” had plans") leaves it in the outlet's voice.
    if best is not None and best_overlap * 3 >= sentence.end - sentence.start:
        return best
    return None


def _reporting_subject(ctx, sentence, anchor=None) -> str | None:
    """Fallback to the quotes table: the subject of 'said' (whose clause holds `anchor`, if
    given), or X in 'according to X'.

    'He'/'she' take the latest person named before the sentence: news rarely refers back further.
    """
    doc = ctx.doc
    for tok in sentence.span:
        if tok.lower_ == "according" and tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "to":
            to = doc[tok.i + 1]
            obj = next((c for c in to.children if c.dep_ == "pobj"), doc[tok.i + 2])
            return _name_of(ctx, obj)
        if tok.lemma_.lower() not in REPORTING_LEMMAS or tok.pos_ != "VERB":
            continue
        if anchor is not None and not _governs(tok, anchor):
            continue
        for child in tok.children:
            if child.dep_ == "nsubj":
                if child.lower_ in PRONOUNS:
                    return _latest_person(ctx, sentence.start)
                return _name_of(ctx, child)
    return None


def _governs(verb, token) -> bool:
    """The token sits in the verb's clause, outside its subject."""
    return token.i == verb.i or any(anc.i == verb.i for anc in token.ancestors)


def _name_of(ctx, head) -> str | None:
    """The entity a noun phrase names, else its words up to the head ('the power company')."""
    ent = ctx.entity_at(head.idx, head.idx + len(head))
    if ent is not None and ent["label"] in ("PERSON", "ORG", "NORP", "GPE"):
        return ent["name"]
    named = _named_before(ctx, head)
    if named:
        return named  # "the bank said" after "the Bank of England": the bank named earlier
    first = head.left_edge
    words = ctx.text[first.idx : head.idx + len(head)].strip()
    if not words or len(words.split()) > 6 or words.lower() in ("it", "they", "we", "i", "you"):
        return None
    return re.sub(r"^(?:the|a|an)\s+", "", words, flags=re.I)


def _named_before(ctx, head) -> str | None:
    """'the bank' -> the latest organisation named before it with 'bank' in its name."""
    if head.pos_ != "NOUN" or not any(c.lower_ == "the" for c in head.children):
        return None
    best, best_start = None, -1
    for ent in ctx.entities:
        if ent["label"] != "ORG" or head.lower_ not in ent["name"].lower().split():
            continue
        for s, _ in ent["spans"]:
            if best_start < s < head.idx:
                best, best_start = ent["name"], s
    return best


def _latest_person(ctx, before: int) -> str | None:
    best, best_start = None, -1
    for ent in ctx.entities:
        if ent["label"] != "PERSON":
            continue
        for s, _ in ent["spans"]:
            if best_start < s < before:
                best, best_start = ent["name"], s
    return best


def _continues_quote(text: str, sentence) -> bool:
    """A sentence inside quote marks with no speaker of its own continues the last speaker."""
    para = text[sentence.paragraph.start : sentence.start]
    opened = para.count("“") - para.count("”")
    return text[sentence.start] in '“"' or opened > 0


def extract_statements(ctx) -> list[dict]:
    """One `statement` fact per body sentence (ids are assigned by extract_facts)."""
    rows: list[dict] = []
    for sent in ctx.sentences:
        if sent.paragraph.kind not in STATEMENT_PARAGRAPHS:
            continue
        who = attribute(ctx, sent)
        if who.status == "reported" and rows and _continues_quote(ctx.text, sent):
            who = Attribution(rows[-1]["source"], rows[-1]["status"])  # quote runs on
        rows.append(
            {
                "kind": "statement",
                "value": None,
                "value_text": None,
                "qualifier": None,
                "unit": None,
                "measure": None,
                "source": who.source,
                "status": who.status,
                "text": ctx.text[sent.start : sent.end],
                "start": sent.start,
                "end": sent.end,
                "sentence_id": sent.sentence_id,
            }
        )
    return rows
