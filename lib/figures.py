"""Figures: numbers with what they count, what happened to them and who says so.

A regular-expression pass over each sentence finds number candidates (digits, words, collective
words, currency and percent); the spaCy parse then tells dates, durations, ages and identifiers
apart from counts, finds the counted noun (unit) and the measure (the verb or noun the
counted thing attaches to). Word lists are data: data/figures.toml, data/units.toml,
data/measures.toml.
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from lib.numbers import CARDINAL_WORDS, parse_amount
from lib.statements import attribute

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
_NUMWORD = "|".join(sorted(CARDINAL_WORDS | {"dozen"}, key=len, reverse=True))
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
_FRACTIONS = frozenset(
    [
        "half",
        "halves",
        "third",
        "thirds",
        "quarter",
        "quarters",
        "fifth",
        "fifths",
        "tenth",
        "tenths",
    ]
)
_ENTITY_IDS = frozenset(("ORG", "PRODUCT", "LAW", "EVENT", "FAC", "WORK_OF_ART"))
_PEOPLE_UNITS = frozenset(("people", "persons", "men", "women", "children", "residents"))


@dataclass(frozen=True)
class Rules:
    """Every word list the figure finder reads, loaded once from data/."""

    digit_re: re.Pattern
    word_re: re.Pattern
    qual_before_re: re.Pattern
    qual_after_re: re.Pattern
    currency_before: dict
    after_units: dict  # lower-case words after the number -> unit
    before_units: dict
    compound: dict
    plurals: dict
    durations: frozenset
    sentence_cues: frozenset
    time_after: frozenset
    identifier_before: frozenset
    age_before: frozenset
    dates: frozenset
    weak_one: frozenset
    paragraphs: frozenset
    cue_measure: dict  # lemma -> measure entry
    agent_measure: dict  # lemma -> measure entry counted when its subject is the figure
    measures: tuple  # measure entries in ranking order


def _toml(name: str) -> dict:
    with (DATA_DIR / name).open("rb") as fh:
        return tomllib.load(fh)


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@functools.cache
def rules() -> Rules:
    fig, units, meas = _toml("figures.toml"), _toml("units.toml"), _toml("measures.toml")
    scales = units["scales"]
    glued = [s for s in scales if len(s) <= 2]  # "$3bn", "20m": only without a space
    spaced = [s for s in scales if len(s) > 2]
    currency = _alternation(units["currency_before"])
    digit_re = re.compile(
        rf"(?<![\w.,/:])(?<![A-Za-z]-)(?:(?P<cur>{currency})\s?)?(?P<num>{_DIGITS})"
        rf"(?:(?P<scale>(?:{_alternation(glued)})(?![\w])|\s?(?:{_alternation(spaced)})\b))?"
        rf"(?P<pct>\s?%)?(?:\s?[-–]\s?(?P<num2>{_DIGITS}))?(?![\w]|[.,/:]\d)",
        re.I,
    )
    word_re = re.compile(
        rf"(?<![\w-])(?:(?P<cur>{currency})\s?)?(?P<num>"
        r"(?:tens|hundreds)\s+of\s+(?:thousands|millions|billions)"
        r"|dozens|hundreds|thousands|millions|billions|scores(?=\s+of\b)"
        rf"|(?:(?:a|an)\s+(?=(?:dozen|hundred|thousand|million|billion)\b))?(?:{_NUMWORD})"
        rf"(?:(?:\s+and\s+|[\s\-–]+)(?:{_NUMWORD}))*)(?![\w])",
        re.I,
    )
    qual_before_re = re.compile(
        rf"(?<!\w)(?P<q>{_alternation(fig['qualifiers_before'])})\s+$", re.I
    )
    qual_after_re = re.compile(rf"^\s*(?P<q>{_alternation(fig['qualifiers_after'])})(?!\w)", re.I)
    cue_measure, agent_measure = {}, {}
    by_name = {m["name"]: m for m in meas["measure"]}
    for m in meas["measure"]:
        for cue in m.get("cues", []):
            cue_measure.setdefault(cue, m)
        for cue in m.get("agent", []):
            agent_measure.setdefault(cue, m)
    for m in meas["measure"]:
        if "agent_measure" in m:
            m["_agent"] = by_name[m["agent_measure"]]
    return Rules(
        digit_re=digit_re,
        word_re=word_re,
        qual_before_re=qual_before_re,
        qual_after_re=qual_after_re,
        currency_before={k.lower(): v for k, v in units["currency_before"].items()},
        after_units={
            **{k.lower(): v for k, v in units["measure_after"].items()},
            **{k.lower(): v for k, v in units["currency_after"].items()},
        },
        before_units={k.lower(): v for k, v in units["measure_before"].items()},
        compound={k.lower(): tuple(v) for k, v in units["compound"].items()},
        plurals=units["plurals"],
        durations=frozenset(fig["duration_units"]),
        sentence_cues=frozenset(fig["sentence_cues"]),
        time_after=frozenset(fig["time_after"]),
        identifier_before=frozenset(fig["identifier_before"]),
        age_before=frozenset(fig["age_before"]),
        dates=frozenset(fig["months"] + fig["weekdays"]),
        weak_one=frozenset(fig["weak_one_nouns"]),
        paragraphs=frozenset(fig["figure_paragraphs"]),
        cue_measure=cue_measure,
        agent_measure=agent_measure,
        measures=tuple(meas["measure"]),
    )


@dataclass
class Candidate:
    start: int  # the number itself (qualifier excluded)
    end: int
    value: float
    approximate: bool
    currency: str = ""
    percent: bool = False
    scaled: bool = False
    upper: float | None = None  # upper bound of a range "10-20"
    words: bool = False  # spelled out


def find_figures(ctx) -> list[dict]:
    """Figure rows (without ids) for every sentence in headline, body and subheadings."""
    r = rules()
    rows: list[dict] = []
    for sent in ctx.sentences:
        if sent.paragraph.kind not in r.paragraphs:
            continue
        previous_unit = ""
        for cand in _candidates(ctx.text, sent.start, sent.end, r):
            row = _figure(ctx, sent, cand, r)
            if row is None:
                continue
            if not row["unit"] and previous_unit in _PEOPLE_UNITS:
                row["unit"] = "people"  # "11 people had been detained, four heading ..."
            previous_unit = row["unit"]
            rows.append(row)
    return rows


def _candidates(text: str, start: int, end: int, r: Rules) -> list[Candidate]:
    """Number mentions in text[start:end], longest first when they overlap, in text order."""
    found: list[Candidate] = []
    chunk = text[start:end]
    for m in r.digit_re.finditer(chunk):
        scale_word = (m["scale"] or "").strip().lower()
        scale = rules_scale(scale_word)
        amount = parse_amount(m["num"], scale)
        if amount is None:
            continue
        upper = None
        if m["num2"]:
            upper_amount = parse_amount(m["num2"], scale)
            if upper_amount is None or upper_amount.value <= amount.value or "," in m[0][-4:]:
                continue  # a score "3-1" or a code "555-1234" is no range
            upper = upper_amount.value
        found.append(
            Candidate(
                start + m.start(),
                start + m.end(),
                amount.value,
                amount.approximate,
                currency=m["cur"] or "",
                percent=bool(m["pct"]),
                scaled=bool(scale_word),
                upper=upper,
            )
        )
    for m in r.word_re.finditer(chunk):
        amount = parse_amount(m["num"])
        if amount is None:
            continue
        found.append(
            Candidate(
                start + m.start(),
                start + m.end(),
                amount.value,
                amount.approximate,
                currency=m["cur"] or "",
                words=True,
            )
        )
    found.sort(key=lambda c: (c.start, -(c.end - c.start)))
    kept: list[Candidate] = []
    for c in found:
        if kept and c.start < kept[-1].end:
            continue
        kept.append(c)
    return kept


def rules_scale(word: str) -> float:
    if not word:
        return 1.0
    return float(_toml_scales().get(word, 1))


@functools.cache
def _toml_scales() -> dict:
    return {k.lower(): v for k, v in _toml("units.toml")["scales"].items()}


def _figure(ctx, sent, cand: Candidate, r: Rules) -> dict | None:
    doc, text = ctx.doc, ctx.text
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    num_tokens = [
        t for t in span if t.like_num or t.lower_ in CARDINAL_WORDS or t.lower_ in _COLLECTIVE
    ]
    last = num_tokens[-1] if num_tokens else span[-1]
    first = span[0]
    prev = _neighbour(doc, first.i, -1, sent)
    nxt = _neighbour(doc, span[-1].i, +1, sent)
    if _not_a_figure(ctx, sent, cand, span, prev, nxt, r):
        return None
    qual_start, qualifier = _qualifier_before(text, sent.start, cand.start, r)
    end, after_q = _qualifier_after(text, cand.end, sent.end, r)
    qualifier = qualifier or after_q
    if cand.upper is not None and not qualifier:
        qualifier = "between"
    if cand.approximate and not qualifier:
        qualifier = "at least"
    counted = _counted_token(last, span)
    unit, compound_measure = _unit(doc, cand, span, counted, nxt, r)
    measure_entry, measure = _measure(doc, sent, last, counted, span, r)
    if compound_measure:
        measure = compound_measure
    if not unit and measure_entry is not None:
        unit = measure_entry.get("unit", "")
    who = attribute(ctx, sent, qual_start, end)
    return {
        "kind": "figure",
        "value": cand.value,
        "value_text": text[cand.start : cand.end],
        "qualifier": qualifier,
        "unit": unit,
        "measure": measure,
        "source": who.source,
        "status": who.status,
        "text": text[qual_start:end],
        "start": qual_start,
        "end": end,
        "sentence_id": sent.sentence_id,
    }


_COLLECTIVE = frozenset(
    ("dozen", "dozens", "hundreds", "thousands", "millions", "billions", "scores", "tens")
)


def _neighbour(doc, i: int, step: int, sent):
    j = i + step
    if sent.span.start <= j < sent.span.end:
        return doc[j]
    return None


def _not_a_figure(ctx, sent, cand: Candidate, span, prev, nxt, r: Rules) -> bool:
    """Dates, years, times, durations, ages, ordinal-like names and identifiers."""
    doc = ctx.doc
    plain = not (cand.currency or cand.percent or cand.scaled)
    after = _word_after(doc, span, sent)
    if plain and _is_year(cand, ctx.text) and not _counts_noun(span, after):
        return True
    if prev is not None and prev.lower_ in r.dates:
        return True
    if after is not None and after.lower_ in r.dates:
        return True
    if after is not None and after.lower_ == "of" and _word_after_i(doc, after.i, sent, r.dates):
        return True
    if (
        plain
        and after is not None
        and after.lower_ in r.durations
        and not _sentence_has(sent, r.sentence_cues)
    ):
        return True
    if plain and after is not None and after.lower_ in r.time_after:
        return True
    if after is not None and after.lower_ in _FRACTIONS:
        return True
    if prev is not None and not cand.currency and _names_or_ages(prev, after, plain, cand, r):
        return True
    if _is_age_apposition(ctx, span, prev, after):
        return True
    if any(t.ent_type_ in _ENTITY_IDS for t in span) and plain and not cand.words:
        return True
    if _is_weak_one(cand, span, after, r):
        return True
    # list numbering "1." at the start of a paragraph
    return cand.start == sent.paragraph.start and after is not None and after.text in (".", ")")


def _names_or_ages(prev, after, plain: bool, cand: Candidate, r: Rules) -> bool:
    """'aged 35', 'Flight 370', 'Boeing 737 crashed': the word before makes it a name."""
    word = prev.lower_.rstrip(".")
    if word in r.age_before or word in r.identifier_before or prev.lower_ in r.identifier_before:
        return True
    proper = plain and prev.pos_ == "PROPN" and not cand.words
    return proper and (after is None or after.pos_ != "NOUN")


def _is_weak_one(cand: Candidate, span, after, r: Rules) -> bool:
    """'one of the suspects', 'one had a bandage': 'one' counts only before a noun."""
    if not (cand.words and cand.value == 1 and len(span) == 1 and span[0].lower_ == "one"):
        return False
    return after is None or after.pos_ not in ("NOUN", "ADJ") or after.lower_ in r.weak_one


def _word_after(doc, span, sent):
    """First token after the number, skipping a glued hyphen ("five-year")."""
    j = span.end
    if j < sent.span.end and doc[j].text in ("-", "–") and j + 1 < sent.span.end:
        return doc[j + 1]
    if j < sent.span.end and doc[j].text == "%":
        j += 1
    return doc[j] if j < sent.span.end else None


def _word_after_i(doc, i, sent, words) -> bool:
    j = i + 1
    return j < sent.span.end and doc[j].lower_ in words


def _is_year(cand: Candidate, text: str) -> bool:
    raw = text[cand.start : cand.end]
    return (
        cand.value.is_integer() and 1000 <= cand.value <= 2199 and raw.isdigit() and len(raw) == 4
    )


def _counts_noun(span, after) -> bool:
    """'2000 people' counts; 'in 2008' names a year."""
    return after is not None and after.pos_ == "NOUN" and after.tag_ == "NNS"


def _sentence_has(sent, lemmas) -> bool:
    return any(t.lemma_.lower() in lemmas for t in sent.span)


def _is_age_apposition(ctx, span, prev, after) -> bool:
    """'Jane Doe, 45, said': a bare number between commas right after a person's name."""
    if prev is None or prev.text not in (",", "(") or after is None or after.text not in (",", ")"):
        return False
    before = ctx.doc[prev.i - 1] if prev.i > 0 else None
    return before is not None and before.ent_type_ == "PERSON"


def _qualifier_before(text: str, sent_start: int, num_start: int, r: Rules) -> tuple[int, str]:
    window = text[max(sent_start, num_start - 40) : num_start]
    m = r.qual_before_re.search(window)
    if not m:
        return num_start, ""
    start = num_start - len(window) + m.start("q")
    return start, re.sub(r"\s+", " ", m["q"].lower())


def _qualifier_after(text: str, num_end: int, sent_end: int, r: Rules) -> tuple[int, str]:
    m = r.qual_after_re.match(text[num_end:sent_end])
    if not m:
        return num_end, ""
    q = re.sub(r"\s+", " ", m["q"].lower())
    return num_end + m.end("q"), "or more" if q == "+" else q


def _counted_token(last, span):
    """The noun the number counts ('137 people' -> people), else the number itself."""
    head = last.head
    if (
        last.dep_ in ("nummod", "quantmod", "compound", "amod")
        and head.i >= span.end
        and (head.pos_ in ("NOUN", "PROPN") or head.text == "%")
        and not _acts_as_verb(head)
    ):
        return head
    return last


def _acts_as_verb(tok) -> bool:
    """A verb, or an -ing word the small model mis-tags as a noun ('four heading towards')."""
    if tok.pos_ in ("VERB", "AUX") or tok.tag_ in ("VBG", "VBN", "VBD"):
        return True
    clause = tok.dep_ in ("advcl", "ccomp", "xcomp", "conj", "ROOT", "acl")
    return tok.lower_.endswith("ing") and clause


def _unit(doc, cand: Candidate, span, counted, nxt, r: Rules) -> tuple[str, str]:
    """(unit, measure from a compound like '6,200-seat' or '')."""
    if cand.currency:
        return r.currency_before.get(cand.currency.lower().strip(), "money"), ""
    if cand.percent:
        return "percent", ""
    prev = doc[span.start - 1] if span.start > 0 else None
    if prev is not None and prev.lower_ in r.before_units:
        return r.before_units[prev.lower_], ""
    if nxt is not None and nxt.text in ("-", "–") and nxt.i + 1 < len(doc):
        glued = doc[nxt.i + 1]
        if glued.lower_ in r.compound:
            return r.compound[glued.lower_]
        if glued.pos_ == "NOUN":
            return _plural(glued.lower_, r), ""
    after = _words_after(doc, span, 2)
    for n in (2, 1):
        key = " ".join(after[:n]).lower()
        if key in r.after_units and len(after) >= n:
            return r.after_units[key], ""
    if counted is not span[-1] and counted.pos_ in ("NOUN", "PROPN"):
        return counted.text.lower() if counted.pos_ == "NOUN" else counted.text, ""
    for child in counted.children:  # "hundreds of people", "four of the suspects"
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.pos_ == "NOUN":
                    return obj.text.lower(), ""
    return "", ""


def _words_after(doc, span, n: int) -> list[str]:
    return [t.text for t in doc[span.end : min(len(doc), span.end + n)]]


def _plural(word: str, r: Rules) -> str:
    if word in r.plurals:
        return r.plurals[word]
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word if word.endswith("s") else word + "s"


def _measure(doc, sent, last, counted, span, r: Rules) -> tuple[dict | None, str]:
    """(measure entry, measure name): the cue nearest the counted noun in the parse."""
    for tok, role in _cue_positions(counted, last, span, sent):
        lemma = tok.lemma_.lower()
        lower = tok.lower_
        agent = r.agent_measure.get(lemma) or r.agent_measure.get(lower)
        if agent is not None and role == "subject":
            return agent, agent["name"]
        entry = r.cue_measure.get(lemma) or r.cue_measure.get(lower)
        if entry is None:
            continue
        if role == "subject" and "_agent" in entry and _active_with_object(tok):
            return entry["_agent"], entry["_agent"]["name"]
        return entry, entry["name"]
    phrase = _verb_phrase(counted, sent)
    return None, phrase


def _cue_positions(counted, last, span, sent):
    """Tokens that may name the measure, nearest first, with the counted noun's role."""
    yield counted, "self"
    for child in counted.children:
        if child.dep_ in ("amod", "acl", "relcl", "compound") and child.i not in range(
            span.start, span.end
        ):
            yield child, "modifier"
    tok, role = counted, _role(counted)
    for _ in range(4):
        head = tok.head
        if head is tok or not (sent.span.start <= head.i < sent.span.end):
            break
        yield head, role
        if _acts_as_verb(head) or head.dep_ == "ROOT":
            for child in head.children:  # "the death toll rose to 137"
                if child.dep_ in ("nsubj", "nsubjpass") and child is not tok:
                    yield child, "other"
                    for grand in child.children:
                        if grand.dep_ == "compound":
                            yield grand, "other"
            break
        role = _role(head) if head.pos_ not in ("ADP",) else role
        tok = head
    for t in sent.span.doc[span.end : min(sent.span.end, span.end + 3)]:
        if t.is_punct:
            break
        yield t, "window"


def _role(tok) -> str:
    return "subject" if tok.dep_ == "nsubj" else "object"


def _active_with_object(verb) -> bool:
    return any(c.dep_ == "dobj" for c in verb.children) and not any(
        c.dep_ == "auxpass" for c in verb.children
    )


def _verb_phrase(counted, sent) -> str:
    """Fallback measure: the verb the counted thing does, with its particle or object
    ('four heading towards Ukraine' -> 'heading towards Ukraine')."""
    verb = None
    if _acts_as_verb(counted):
        verb = counted
    elif _acts_as_verb(counted.head) and counted.dep_ in (
        "nsubj",
        "nsubjpass",
        "nummod",
        "npadvmod",
    ):
        verb = counted.head
    if verb is None or verb.lemma_ in ("be", "have"):
        return ""
    words = [verb]
    for child in verb.children:
        if child.i > verb.i and child.dep_ in ("prep", "prt", "dobj", "attr", "acomp"):
            words.extend(t for t in child.subtree)
            break
    words = sorted(
        {t.i: t for t in words if sent.span.start <= t.i < sent.span.end}.values(),
        key=lambda t: t.i,
    )
    if len(words) > 6:
        words = words[:6]
    return sent.span.doc[words[0].i : words[-1].i + 1].text
