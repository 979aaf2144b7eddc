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
_AFTER_SCALE = "(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion))"
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
_RELATIVE = frozenset(("which", "that", "who"))
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
    duration_measures: frozenset
    time_after: frozenset
    time_phrase_re: re.Pattern
    identifier_before: frozenset
    age_before: frozenset
    dates: frozenset
    weak_one: frozenset
    vague_nouns: frozenset
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
    number = rf"(?:{_DIGITS})(?:(?:{_alternation(glued)})(?![\w])|\s?(?:{_alternation(spaced)})\b)?"
    percent = r"\s?(?:%|per\s?cent\b|percent\b|percentage points?\b)"
    digit_re = re.compile(
        rf"(?<![\w.,/:'’′])(?<![A-Za-z]-)(?:(?P<cur>{currency})\s?)?(?P<num>{_DIGITS})"
        rf"(?P<scale>(?:{_alternation(glued)})(?![\w])|\s?(?:{_alternation(spaced)})\b)?"
        rf"(?P<pct>{percent})?(?P<deg>\s?°\s?[CF]\b|[CF](?![\w]))?"
        rf"(?:\s?[-–]\s?(?P<num2>{number})(?P<pct2>{percent})?)?"
        r"(?![\w]|[.,/:]\d|['’′]\d)",  # not "22.03.2024", "10:30", a height "6'3\""
        re.I,
    )
    word_re = re.compile(
        rf"(?<![\w-])(?:(?P<cur>{currency})\s?)?(?P<num>"
        r"(?:tens|hundreds)\s+of\s+(?:thousands|millions|billions)"
        r"|dozens|hundreds|thousands|millions|billions|scores(?=\s+of\b)"
        rf"|(?:(?:a|an)\s+(?=(?:dozen|hundred|thousand|million|billion)\b))?(?:{_NUMWORD})"
        rf"(?:(?:{_AFTER_SCALE}\s+and\s+|[\s\-–]+)(?:{_NUMWORD}))*)(?![\w])",
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
        before_units={k.lower(): tuple(v) for k, v in units["measure_before"].items()},
        compound={k.lower(): tuple(v) for k, v in units["compound"].items()},
        plurals=units["plurals"],
        durations=frozenset(fig["duration_units"]),
        duration_measures=frozenset(fig["duration_measures"]),
        time_after=frozenset(fig["time_after"]),
        time_phrase_re=re.compile(rf"^\s+(?:{_alternation(fig['time_phrases_after'])})\b", re.I),
        identifier_before=frozenset(fig["identifier_before"]),
        age_before=frozenset(fig["age_before"]),
        dates=frozenset(fig["months"] + fig["weekdays"]),
        weak_one=frozenset(fig["weak_one_nouns"]),
        vague_nouns=frozenset(fig["vague_nouns"]),
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
    percent: str = ""  # "%", "percent", "percentage points" as written
    degrees: str = ""  # "C" or "F" glued to the number ("41C")
    scaled: bool = False
    upper: float | None = None  # upper bound of a range "10-20"
    words: bool = False  # spelled out
    raw: str = ""  # the number's own characters ("2008", "6,200")


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
            if not row["unit"] and previous_unit:
                # "11 people had been detained, four heading ...", "took 112 seats ... won 27"
                row["unit"] = "people" if previous_unit in _PEOPLE_UNITS else previous_unit
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
            second = re.match(r"[\d.,]+", m["num2"])
            tail = m["num2"][second.end() :].strip().lower() if second else ""
            upper_scale = rules_scale(tail) if tail else scale
            upper_amount = parse_amount(second[0] if second else "", upper_scale)
            if tail and not scale_word:  # "1.5-2bn": the scale covers both ends
                amount = parse_amount(m["num"], upper_scale)
            if upper_amount is None or amount is None or upper_amount.value <= amount.value:
                continue  # a score "3-1" or a code "555-1234" is no range
            upper = upper_amount.value
        found.append(
            Candidate(
                start + m.start(),
                start + m.end(),
                amount.value,
                amount.approximate,
                currency=m["cur"] or "",
                percent=(m["pct"] or m["pct2"] or "").strip().lower(),
                degrees=(m["deg"] or "").strip(" °").upper(),
                scaled=bool(scale_word),
                upper=upper,
                raw=m["num"],
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
        if kept and _between(text, kept[-1], c):
            low = kept[-1]
            low.end, low.upper = c.end, c.value
            low.percent = low.percent or c.percent
            low.currency = low.currency or c.currency
            continue
        kept.append(c)
    return kept


def _between(text: str, low: Candidate, high: Candidate) -> bool:
    """'between 8 and 9 percent' is one figure, a range."""
    if not re.fullmatch(r"\s+and\s+", text[low.end : high.start]) or high.value <= low.value:
        return False
    return bool(re.search(r"(?<!\w)between\s+$", text[max(0, low.start - 12) : low.start], re.I))


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
    prev = _neighbour(doc, span.start - 1, sent)
    after = _word_after(doc, span, sent)
    if _not_a_figure(ctx, sent, cand, span, prev, after, r):
        return None
    start, qualifier = _qualifier_before(text, sent.start, cand.start, r)
    counted = _counted_token(span)
    end, after_q = _qualifier_after(text, cand.end, sent.end, r)
    if not after_q and counted.i == span.end:  # "10,000 people or more"
        noun_end = counted.idx + len(counted)
        end, after_q = _qualifier_after(text, noun_end, sent.end, r)
        end = end if after_q else cand.end
    qualifier = qualifier or after_q
    if cand.upper is not None and not qualifier:
        qualifier = "between"
    if cand.approximate and not qualifier:
        qualifier = "at least"
    unit, measure = _unit(doc, cand, span, counted, r)
    entry, cue_measure = _measure(sent, counted, span, r)
    measure = measure or cue_measure
    plain = not (cand.currency or cand.percent or cand.scaled or cand.degrees)
    if plain and after is not None and after.lower_ in r.durations:
        if measure not in r.duration_measures:
            return None  # "two decades", "a six-week trial": a duration, not a count
        unit = after.lower_ if after.lower_.endswith("s") else after.lower_ + "s"
    if not unit and entry is not None:
        unit = entry.get("unit", "")
    who = attribute(ctx, sent, start, end, anchor=span.root)
    return {
        "kind": "figure",
        "value": cand.value,
        "value_text": text[cand.start : cand.end],
        "qualifier": qualifier,
        "unit": unit,
        "measure": measure,
        "source": who.source,
        "status": who.status,
        "text": text[start:end],
        "start": start,
        "end": end,
        "sentence_id": sent.sentence_id,
    }


def _neighbour(doc, i: int, sent):
    return doc[i] if sent.span.start <= i < sent.span.end else None


def _word_after(doc, span, sent):
    """First word after the number, past a glued hyphen ("five-year") or a percent sign."""
    j = span.end
    if j < sent.span.end and doc[j].text in ("-", "–", "%"):
        j += 1
    return doc[j] if j < sent.span.end else None


# --- what is not a figure -------------------------------------------------------------------


def _not_a_figure(ctx, sent, cand: Candidate, span, prev, after, r: Rules) -> bool:
    """Dates, years, times, durations, ages, denominators and identifiers."""
    plain = not (cand.currency or cand.percent or cand.scaled or cand.degrees)
    after_word = after.lower_ if after is not None else ""
    checks = (
        plain and _is_year(cand) and not _counts_noun(after),
        _is_date_word(prev, r),
        _is_date_word(after, r),
        after_word == "of" and _is_date_word(_neighbour(ctx.doc, after.i + 1, sent), r),
        plain and after_word in r.time_after,
        plain and bool(r.time_phrase_re.match(ctx.text[cand.end : sent.end])),
        after_word in _FRACTIONS,
        prev is not None and not cand.currency and _names_or_ages(prev, after, plain, cand, r),
        _is_age_apposition(ctx, prev, after),
        plain and not cand.words and any(t.ent_type_ in _ENTITY_IDS for t in span),
        _is_weak_one(cand, span, after, r),
        plain and after_word in r.vague_nouns,
        _is_denominator(ctx.doc, span, sent),
        # list numbering "1." at the start of a paragraph
        cand.start == sent.paragraph.start and after is not None and after.text in (".", ")"),
    )
    return any(checks)


def _is_date_word(tok, r: Rules) -> bool:
    """A capitalised month or weekday ('24 March'), not the verb in 'thousands march'."""
    return tok is not None and tok.lower_ in r.dates and tok.text[:1].isupper()


def _is_year(cand: Candidate) -> bool:
    raw = cand.raw
    return raw.isdigit() and len(raw) == 4 and 1000 <= cand.value <= 2199 and cand.upper is None


def _counts_noun(after) -> bool:
    """'2000 people' counts; 'in 2008' names a year."""
    return after is not None and after.tag_ == "NNS"


def _names_or_ages(prev, after, plain: bool, cand: Candidate, r: Rules) -> bool:
    """'aged 35', 'Flight 370', 'Boeing 737 crashed': the word before makes it a name."""
    word = prev.lower_.rstrip(".")
    if word in r.age_before or word in r.identifier_before or prev.lower_ in r.identifier_before:
        return True
    proper = plain and prev.pos_ == "PROPN" and not cand.words
    return proper and (after is None or after.tag_ != "NNS")  # "FTSE 100 index", not "... 30 jets"


def _is_age_apposition(ctx, prev, after) -> bool:
    """'Jane Doe, 45, said': a bare number between commas right after a person's name."""
    if prev is None or prev.text not in (",", "(") or after is None or after.text not in (",", ")"):
        return False
    name = ctx.doc[prev.i - 1] if prev.i > 0 else None
    return name is not None and (name.ent_type_ == "PERSON" or name.pos_ == "PROPN")


def _is_weak_one(cand: Candidate, span, after, r: Rules) -> bool:
    """'one of the suspects', 'one had a bandage': 'one' counts only before a noun."""
    if not (cand.words and cand.value == 1 and len(span) == 1 and span[0].lower_ == "one"):
        return False
    return after is None or after.pos_ not in ("NOUN", "ADJ") or after.lower_ in r.weak_one


def _is_denominator(doc, span, sent) -> bool:
    """'9 out of 10 members', 'one in 10 posts': the 10 is the base of a ratio, not a count."""
    i = span.start
    if i - 2 < sent.span.start:
        return False
    before, prep = doc[i - 2], doc[i - 1]
    out_of = before.lower_ == "out" and prep.lower_ == "of"
    return out_of or (prep.lower_ == "in" and (before.like_num or before.lower_ == "one"))


# --- qualifiers -------------------------------------------------------------------------------


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


# --- what is counted --------------------------------------------------------------------------


def _counted_token(span):
    """The noun the number counts ('137 people' -> people), else the number's own head word."""
    root = span.root
    head = root.head
    if (
        root.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod")
        and head.i >= span.end
        and (head.pos_ in ("NOUN", "PROPN") or head.text == "%")
        and not _acts_as_verb(head)
    ):
        return head
    return root


def _acts_as_verb(tok) -> bool:
    """A verb, or an -ing word the small model mis-tags as a noun ('four heading towards')."""
    if tok.pos_ in ("VERB", "AUX") or tok.tag_ in ("VBG", "VBN", "VBD"):
        return True
    clause = tok.dep_ in ("advcl", "ccomp", "xcomp", "conj", "ROOT", "acl")
    return tok.lower_.endswith("ing") and clause


def _inside(tok, span) -> bool:
    return span.start <= tok.i < span.end


def _unit(doc, cand: Candidate, span, counted, r: Rules) -> tuple[str, str]:
    """(unit, measure implied by the unit, e.g. '6,200-seat' -> seats, capacity)."""
    if cand.currency:
        return r.currency_before.get(cand.currency.lower().strip(), "money"), ""
    if cand.percent:
        return ("percentage points" if "point" in cand.percent else "percent"), ""
    if cand.degrees:
        return ("degrees Celsius" if cand.degrees == "C" else "degrees Fahrenheit"), "temperature"
    prev = doc[span.start - 1] if span.start > 0 else None
    if prev is not None and prev.lower_ in r.before_units:
        return r.before_units[prev.lower_]
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.text in ("-", "–") and span.end + 1 < len(doc):
        glued = doc[span.end + 1]
        if glued.lower_ in r.compound:
            return r.compound[glued.lower_]
        if glued.pos_ == "NOUN":
            return _plural(glued.lower_, r), ""
    after = [t.text.lower() for t in doc[span.end : min(len(doc), span.end + 3)]]
    for n in (3, 2, 1):
        key = " ".join(after[:n])
        if len(after) >= n and key in r.after_units:
            return r.after_units[key], ""
    if not _inside(counted, span) and counted.pos_ in ("NOUN", "PROPN"):
        return (counted.text.lower() if counted.pos_ == "NOUN" else counted.text), ""
    of_object = _of_object(counted)  # "hundreds of people", "four of the suspects"
    if of_object is not None:
        return of_object.text.lower(), ""
    return "", ""


def _of_object(tok):
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.pos_ == "NOUN":
                    return obj
    return None


def _plural(word: str, r: Rules) -> str:
    if word in r.plurals:
        return r.plurals[word]
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word if word.endswith("s") else word + "s"


# --- what is measured -------------------------------------------------------------------------


def _measure(sent, counted, span, r: Rules) -> tuple[dict | None, str]:
    """(measure entry, name): the first cue met walking out from the counted noun in the parse.

    A generic cue (rose, fell) gives way to a specific one on its subject or the counted noun
    ("profit rose 18%" -> profit)."""
    found = []
    for tok, role in _cue_positions(counted, span, sent):
        entry = _cue_entry(tok, role, r)
        if entry is not None:
            found.append((entry, role))
    if found:
        first = found[0][0]
        if first.get("generic"):
            for entry, role in found[1:]:
                if role in ("subject-of-verb", "self") and not entry.get("generic"):
                    return entry, entry["name"]
        return first, first["name"]
    return None, _verb_phrase(counted, sent)


def _cue_entry(tok, role: str, r: Rules) -> dict | None:
    lemma = tok.lemma_.lower()
    for child in tok.children:  # two-word cues: "take part", "take seat", "home to"
        if child.dep_ in ("prt", "dobj", "prep") and child.i > tok.i:
            entry = r.cue_measure.get(f"{lemma} {child.lemma_.lower()}")
            if entry is not None:
                return entry
    if role == "subject":
        agent = r.agent_measure.get(lemma)
        if agent is not None:
            return agent
    entry = r.cue_measure.get(lemma) or r.cue_measure.get(tok.lower_)
    if entry is not None and entry.get("generic") and role == "modifier":
        return None  # "water-dropping planes" are not a fall
    if entry is not None and role == "subject" and "_agent" in entry and _active_with_object(tok):
        return entry["_agent"]  # "three gunmen killed 20 people": the three are attackers
    return entry


def _cue_positions(counted, span, sent):
    """Tokens that may name the measure, nearest first, with the counted noun's role."""
    if not _inside(counted, span):
        yield counted, "self"  # "137 deaths", "1,100 jobs"
    for child in counted.children:
        if child.dep_ in ("amod", "acl", "relcl", "compound") and not _inside(child, span):
            yield child, "modifier"
    of_object = _of_object(counted)
    if of_object is not None:
        yield of_object, "modifier"
    tok, role = counted, _role(counted)
    for _ in range(5):
        head = tok.head
        if head.i == tok.i or not (sent.span.start <= head.i < sent.span.end):
            break
        yield head, role
        if _acts_as_verb(head) or head.dep_ == "ROOT":
            for child in head.children:  # "the death toll rose to 137", "put the crowd at"
                if child.dep_ in ("nsubj", "nsubjpass", "dobj") and child.i != tok.i:
                    if child.lower_ in _RELATIVE and head.dep_ == "relcl":
                        child = head.head  # "inflation, which fell to 3.2%"
                    yield child, "subject-of-verb"
                    for grand in child.children:
                        if grand.dep_ == "compound":
                            yield grand, "subject-of-verb"
            if head.dep_ not in ("pcomp", "xcomp"):  # "barred him from holding ... for 10 years"
                break
        role = _role(head) if head.pos_ != "ADP" else role
        tok = head
    for t in sent.span.doc[span.end : min(sent.span.end, span.end + 3)]:
        if t.is_punct:
            break
        if t.pos_ in ("VERB", "ADJ"):  # "137 dead", "182 injured"
            yield t, "window"


def _role(tok) -> str:
    return "subject" if tok.dep_ == "nsubj" else "object"


def _active_with_object(verb) -> bool:
    children = list(verb.children)
    return any(c.dep_ == "dobj" for c in children) and not any(
        c.dep_ == "auxpass" for c in children
    )


def _verb_phrase(counted, sent) -> str:
    """Fallback measure: what the counted thing does, as written
    ('four heading towards Ukraine' -> 'heading towards Ukraine')."""
    verb = None
    if _acts_as_verb(counted):
        verb = counted
    elif _acts_as_verb(counted.head) and counted.dep_ == "dobj":
        return counted.head.text  # "opened 1,650 shelters" -> opened
    elif _acts_as_verb(counted.head) and counted.dep_ in ("nsubj", "nsubjpass", "nummod"):
        verb = counted.head
    if (
        verb is None
        or verb.lemma_ in ("be", "have")
        or not (sent.span.start <= verb.i < sent.span.end)
    ):
        return ""
    end = verb.i
    for child in verb.children:
        if child.i > verb.i and child.dep_ in ("prep", "prt", "dobj", "attr", "acomp"):
            end = max(t.i for t in child.subtree)
            break
    words = []
    for t in sent.span.doc[verb.i : min(end + 1, verb.i + 6)]:
        if t.is_punct:
            break
        words.append(t)
    return sent.span.doc[words[0].i : words[-1].i + 1].text if words else ""
