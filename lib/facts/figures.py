"""Figures: numbers with what they count, what happened to them and who says so.

A regular-expression pass over each sentence finds number candidates (digits, words, collective
words, currency, percent, "one in 10"); the spaCy parse then tells dates, durations, ages,
model numbers and other identifiers apart from counts, finds the counted noun (unit) and the
measure. Each figure has a kind (count, money, percent, points, quantity) and a measure only
applies where it fits ("lost $9 billion" is no death toll). The measure comes, in order, from
the noun the figure modifies ("137 deaths", "a $13bn contract" -> contract value), a cue met
walking out from it in the parse (a generic rise/fall gives way to a specific subject), the
level a change reached ("fell 3% to 9,694"), what an amount is made of ("in loans"), and last
a short verb phrase. Word lists are data: data/figures.toml, data/units.toml,
data/measures.toml.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from lib.facts.measures import acts_as_verb, cue_entry, find_measure, inside, noun_phrase, of_object
from lib.facts.numbers import CARDINAL_WORDS, parse_amount
from lib.facts.statements import attribute
from lib.ruledata import load

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
_PEOPLE_UNITS = frozenset(("people", "persons", "men", "women", "children", "residents"))
_COUNTED_UNITS = frozenset(("votes", "seats", "points"))  # unit words that still count things
_PERCENT_UNITS = frozenset(("percent", "percentage points"))
# "9.3 millimetres (0.37 inches)", "€2.73 ($3.68)": the same quantity in other units
_PAREN_GAP = re.compile(r"[^\S\n]*(?:[^\W\d]+[^\S\n]*){0,3}\([^\S\n]*")
_ORDINAL_SUFFIXES = frozenset(("th", "st", "nd", "rd"))
_ONE_IN = re.compile(
    r"(?<![\w-])(?:one|1)\s+in\s+(?:every\s+)?(?P<base>\d+|two|three|four|five|six|"
    r"seven|eight|nine|ten|twenty|hundred|a hundred|a thousand)(?![\w])",
    re.I,
)


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
    cue_measure: dict  # lemma -> measure entries, in ranking order (the first that fits wins)
    self_measure: dict  # lemma -> measure entries when the figure modifies it ("25% share")
    verb_cues: frozenset  # cues that count only as verbs ("ship/VERB" in data/measures.toml)
    agent_measure: dict  # lemma -> measure entry counted when its subject is the figure
    measures: tuple  # measure entries in ranking order
    light_verbs: frozenset
    value_nouns: frozenset
    worth_words: frozenset
    level_verbs: frozenset
    level_preps: frozenset
    level_bounds: frozenset
    level_subjects: dict
    container_nouns: frozenset
    index_nouns: frozenset
    quantity_units: frozenset
    money_units: frozenset
    glued_units: dict  # "gb" -> "gigabytes"
    group_words: frozenset  # "the big three": a word that makes a number word a group's name
    dimensions: dict  # "miles" -> "distance": what a physical unit measures when nothing says


def _toml(name: str) -> dict:
    return load(name)


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@functools.cache
def rules() -> Rules:
    fig, units, meas = _toml("figures.toml"), _toml("units.toml"), _toml("measures.toml")
    scales = units["scales"]
    glued = [s for s in scales if len(s) == 1]  # "20m", "5k": only without a space
    spaced = [s for s in scales if len(s) > 1]  # "£8.4bn", "£8.4 bn"
    currency = _alternation(units["currency_before"])
    number = rf"(?:{_DIGITS})(?:(?:{_alternation(glued)})(?![\w])|\s?(?:{_alternation(spaced)})\b)?"
    percent = r"\s?(?:%|per\s?cent\b|percent\b|percentage points?\b)"
    digit_re = re.compile(
        rf"(?<![\w.,/:'’′])(?<![A-Za-z0-9]-)(?:(?P<cur>{currency})\s?)?(?P<num>{_DIGITS})"
        rf"(?P<scale>(?:{_alternation(glued)})(?![\w])|\s?(?:{_alternation(spaced)})\b)?"
        rf"(?P<pct>{percent})?(?P<deg>\s?°\s?[CF]\b|[CF](?![\w]))?"
        rf"(?P<gunit>(?:{_alternation(units['glued']['units'])})(?![\w]))?"
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
    cue_measure, self_measure, agent_measure = {}, {}, {}
    by_name = {m["name"]: m for m in meas["measure"]}
    verb_cues = set()
    for m in meas["measure"]:
        for cue in m.get("cues", []):
            cue, _, pos = cue.partition("/")  # "ship/VERB": the vessel is no shipment
            if pos == "VERB":
                verb_cues.add(cue)
            cue_measure.setdefault(cue, []).append(m)
        for cue in m.get("self_cues", []):
            self_measure.setdefault(cue, []).append(m)
        for cue in m.get("agent", []):
            agent_measure.setdefault(cue, m)
    for m in meas["measure"]:
        if "agent_measure" in m:
            m["_agent"] = by_name[m["agent_measure"]]
        if "context_measure" in m:
            m["_context"] = by_name[m["context_measure"]]
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
        self_measure=self_measure,
        verb_cues=frozenset(verb_cues),
        agent_measure=agent_measure,
        measures=tuple(meas["measure"]),
        light_verbs=frozenset(fig["light_verbs"]),
        value_nouns=frozenset(fig["value_nouns"]),
        worth_words=frozenset(fig["worth_words"]),
        level_verbs=frozenset(fig["level_verbs"]),
        level_preps=frozenset(fig["level_preps"]),
        level_bounds=frozenset(fig["level_bounds"]),
        level_subjects=fig["level_subjects"],
        container_nouns=frozenset(fig["container_nouns"]),
        index_nouns=frozenset(fig["index_nouns"]),
        quantity_units=frozenset(units["measure_after"].values())
        - _COUNTED_UNITS
        - frozenset(units["currency_after"].values()),
        money_units=frozenset(units["currency_before"].values())
        | frozenset(units["currency_after"].values()) - _PERCENT_UNITS,
        glued_units={k: units["measure_after"][k] for k in units["glued"]["units"]},
        dimensions=units["dimensions"],
        group_words=frozenset(fig["group_words"]),
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
    glued_unit: str = ""  # a unit written onto the number ("16GB")


def find_figures(ctx) -> list[dict]:
    """Figure rows (without ids) for every sentence in headline, body and subheadings."""
    r = rules()
    rows: list[dict] = []
    models = _model_numbers(ctx.doc)
    for sent in ctx.sentences:
        if sent.paragraph.kind not in r.paragraphs:
            continue
        previous_unit = ""
        for cand in _candidates(ctx.text, sent.start, sent.end, r):
            if _is_plain(cand) and cand.raw in models:
                continue  # "the 787" after "Boeing 787": a model number all through the article
            row = _figure(ctx, sent, cand, r)
            if row is None:
                continue
            earlier = rows[-1] if rows and rows[-1]["sentence_id"] == sent.sentence_id else None
            _carry_over(ctx.text, row, earlier, previous_unit if _is_plain(cand) else "")
            if not row["measure"] and _is_label(row["unit"], _kind(cand, row["unit"], r), r):
                row["measure"] = row["unit"]  # "ordered 144 planes": the planes are what is counted
            row["measure"] = row["measure"] or r.dimensions.get(row["unit"], "")  # "5,600 miles"
            counted_kind = _kind(cand, row["unit"], r) in ("count", "points")
            duration = row["unit"] in r.durations
            previous_unit = row["unit"] if counted_kind and not duration else ""
            rows.append(row)
    return rows


def _carry_over(text: str, row: dict, earlier: dict | None, previous_unit: str) -> None:
    """What a figure leaves unsaid it shares with the figure before it in the sentence."""
    if not row["unit"] and previous_unit:
        # "11 people had been detained, four heading ...", "took 112 seats ... won 27"
        row["unit"] = "people" if previous_unit in _PEOPLE_UNITS else previous_unit
    started_from = row.pop("_from")
    if earlier is None:
        return
    if started_from and earlier["unit"] == row["unit"]:
        row["measure"] = earlier["measure"]  # "grew 0.2%, down from 0.5%"
    elif _PAREN_GAP.fullmatch(text[earlier["end"] : row["start"]]):
        row["measure"] = earlier["measure"]  # "9.3 millimetres (0.37 inches)"
    elif not row["measure"] and row["unit"] == earlier["unit"]:
        row["measure"] = earlier["measure"]  # "4,300 jobs in France, 1,600 in the UK"


def _is_label(unit: str, kind: str, r: Rules) -> bool:
    """A counted common noun ('planes', 'seats', 'executive officers') that may stand as the
    measure when no cue named one; not a name ('A330s'), a duration or a physical unit."""
    return (
        kind in ("count", "points")
        and bool(unit)
        and unit == unit.lower()
        and not any(c.isdigit() for c in unit)
        and unit not in r.durations
        and unit not in r.quantity_units
    )


def _is_plain(cand: Candidate) -> bool:
    return not (cand.currency or cand.percent or cand.scaled or cand.degrees or cand.glued_unit)


def _kind(cand: Candidate, unit: str, r: Rules) -> str:
    """count, money, percent, points or quantity: which measures can fit the figure."""
    if cand.currency or unit in r.money_units:
        return "money"
    if cand.percent or unit in _PERCENT_UNITS:
        return "percent"
    if unit in ("points", "basis points"):
        return "points"
    if cand.degrees or cand.glued_unit or unit in r.quantity_units:
        return "quantity"
    if cand.scaled:
        return ""  # "cost 8.4 bn", "the 1.6 billion loss": money or a count, the words decide
    return "count"


_MODEL_DETERMINERS = frozenset(("the", "its", "their", "his", "her", "new"))


def _model_numbers(doc) -> frozenset:
    """Numbers the article uses as model names ("Boeing 787", "A380"): 3+ digits after a name."""
    found = set()
    for tok in doc[:-1]:  # "787 Dreamliner": a number naming a proper noun
        if not (tok.text.isdigit() and len(tok.text) >= 3):
            continue  # (checked first: looking at neighbours of every token costs)
        nxt = doc[tok.i + 1]
        model = tok.text.isdigit() and len(tok.text) >= 3 and not 1000 <= int(tok.text) <= 2199
        named = nxt.is_title and not nxt.is_sent_start and nxt.tag_ not in ("NNS", "NNPS")
        plural_head = tok.head.tag_ in ("NNS", "NNPS")  # "500 Apple engineers" count engineers
        if model and named and not nxt.text.endswith("s") and not plural_head:
            found.add(tok.text)
    for tok in doc[1:]:
        if not (tok.text.isdigit() and len(tok.text) >= 3):
            continue
        prev = doc[tok.i - 1]
        if not (tok.text.isdigit() and len(tok.text) >= 3) or prev.pos_ != "PROPN":
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        year = 1000 <= int(tok.text) <= 2199  # "since 2008" after a name is a year
        counts = nxt is not None and nxt.tag_ == "NNS" and tok.ent_type_ != "PRODUCT"
        if prev.text[:1].isupper() and not counts and not year:
            found.add(tok.text)
    for tok in doc[1:-1]:  # "the 787." / "the 787 will fly": a number standing as a noun
        digits = tok.text.isdigit() and len(tok.text) >= 3
        if not digits or 1000 <= int(tok.text) <= 2199 or int(tok.text) % 10 == 0:
            continue  # "the 500 were rescued", "of the 300," count people: round numbers
        prev, nxt = doc[tok.i - 1], doc[tok.i + 1]
        alone = nxt.is_punct or nxt.pos_ in ("VERB", "AUX", "ADP", "CCONJ")
        if prev.lower_ in _MODEL_DETERMINERS and alone and nxt.text != "%":
            found.add(tok.text)
    return frozenset(found)


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
                glued_unit=r.glued_units.get((m["gunit"] or "").lower(), ""),
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
    for m in _ONE_IN.finditer(chunk):  # "one in 10 posts": a proportion, 10 percent
        base = parse_amount(m["base"])
        if base is not None and base.value > 1:
            found.append(
                Candidate(
                    start + m.start(),
                    start + m.end(),
                    100 / base.value,
                    False,
                    percent="one in",
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
    """'between 8 and 9 percent', '20 to 25 percent', '1,500 to 2,000 jobs': one figure, a range
    ('from 5 to 7' is a change, two figures)."""
    gap = text[low.end : high.start]
    before = text[max(0, low.start - 12) : low.start]
    if high.value <= low.value:
        return False
    if re.fullmatch(r"\s+and\s+", gap):
        return bool(re.search(r"(?<!\w)between\s+$", before, re.I))
    if low.percent or low.currency:
        return False  # "fell 2.6% to 9,694", "down $2.86 to $77.11": a change and a level
    if re.fullmatch(r"\s+to\s+", gap) and low.words == high.words:
        return not re.search(r"(?<!\w)(?:from|between)\s+$", before, re.I)
    return False


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
    kind = _kind(cand, unit, r)
    entry, cue_measure = find_measure(sent, counted, span, r, kind)
    own_noun = entry is not None and not inside(counted, span)
    if own_noun and cue_entry(counted, "self", r, kind) is entry:
        measure = ""  # "a 344.65-point fall": the noun says more than the '-point' glue
    measure = measure or cue_measure
    if measure.endswith(" value") and measure[: -len(" value")].endswith(unit or "\0"):
        unit = ""  # "a 13 billion contract": contract value, not 13 billion contracts
    plain = _is_plain(cand)
    if plain and after is not None and after.lower_ in r.durations:
        if measure not in r.duration_measures:
            measure = _fragment_measure(ctx, sent, r)  # “Eight years.” after a sentencing
        if measure not in r.duration_measures:
            measure = _time_spent_on(after, r)  # "seven hours of talk time"
        if not measure:
            return None  # "two decades", "a six-week trial": a duration, not a count
        unit = after.lower_ if after.lower_.endswith("s") else after.lower_ + "s"
    if not unit and entry is not None:
        unit = entry.get("unit", "")
    if cand.words and cand.value == 1 and (not measure or _is_generic_one(counted)):
        return None  # "One major bank posted ...", "one case can infect 18": no figure
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
        "_from": _is_earlier_value(counted, span),
    }


def _time_spent_on(duration, r: Rules) -> str:
    """'seven hours of talk time', 'ten years of war': what the duration is the length of."""
    for child in duration.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.pos_ == "NOUN" and obj.lower_ not in r.durations:
                    return noun_phrase(obj)
    return ""


def _is_generic_one(counted) -> bool:
    """'one case can infect up to 18 people': a singular subject of 'can'/'may' is any one."""
    if counted.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return any(
        c.dep_ == "aux" and c.lower_ in ("can", "could", "may", "might")
        for c in counted.head.children
    )


def _is_earlier_value(counted, span) -> bool:
    """'down from 0.5%', 'to 0.7% from 1.2%': the value a change started from."""
    tok = counted if not inside(counted, span) else span.root
    return tok.dep_ == "pobj" and tok.head.lower_ == "from"


def _fragment_measure(ctx, sent, r: Rules) -> str:
    """A verbless fragment ("Eight years.") takes the duration measure of the sentence before."""
    if any(t.pos_ in ("VERB", "AUX") for t in sent.span):
        return ""
    earlier = [s for s in ctx.sentences if s.end <= sent.start][-2:]
    for prev in reversed(earlier):
        for tok in prev.span:
            for entry in r.cue_measure.get(tok.lemma_.lower(), []):
                if entry["name"] in r.duration_measures:
                    return entry["name"]
    return ""


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
    plain = _is_plain(cand)
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
        _is_name_part(cand, span, prev, after, r),
        after_word in _ORDINAL_SUFFIXES,  # "the 15,599 th plane"
        # an enumeration "(3)" in running text
        plain
        and prev is not None
        and prev.text == "("
        and after is not None
        and after.text == ")"
        and cand.value < 10,
        plain and not cand.words and any(t.ent_type_ in _ENTITY_IDS for t in span),
        plain and len(cand.raw) > 1 and cand.raw.startswith("0") and cand.raw.isdigit(),  # "001"
        _is_weak_one(cand, span, after, r),
        plain and after_word in r.vague_nouns,
        cand.words and _is_group_name(ctx.doc, span, r),  # "the big three carmakers"
        _is_denominator(ctx.doc, span, sent),
        # list numbering "1." at the start of a paragraph
        cand.start == sent.paragraph.start and after is not None and after.text in (".", ")"),
    )
    return any(checks)


def _is_group_name(doc, span, r: Rules) -> bool:
    """'the Big Three', 'the big four banks': a set phrase naming a group, not a count."""
    if span.start < 2:
        return False
    return doc[span.start - 2].lower_ == "the" and doc[span.start - 1].lower_ in r.group_words


def _is_date_word(tok, r: Rules) -> bool:
    """A capitalised month or weekday ('24 March'), not the verb in 'thousands march'."""
    return tok is not None and tok.lower_ in r.dates and tok.text[:1].isupper()


def _is_year(cand: Candidate) -> bool:
    raw = cand.raw
    years = cand.upper is None or 1000 <= cand.upper <= 2199  # "between 2014 and 2016"
    return raw.isdigit() and len(raw) == 4 and 1000 <= cand.value <= 2199 and years


def _counts_noun(after) -> bool:
    """'2000 people' counts; 'in 2008' names a year."""
    return after is not None and after.tag_ == "NNS"


def _is_name_part(cand: Candidate, span, prev, after, r: Rules) -> bool:
    """'the Big Three', 'Standard & Poor's 500 index', 'Nikkei 225 indexes': the number is part
    of a name, not a count."""
    if prev is None:
        return False
    if cand.words:  # a capitalised number word inside a capitalised name
        titled = span[0].text[:1].isupper() and not span[0].is_sent_start
        return titled and prev.text[:1].isupper() and not prev.is_sent_start
    named = prev.pos_ == "PROPN" or (prev.tag_ == "POS" and prev.i > 0)
    return _is_plain(cand) and named and after is not None and after.lower_ in r.index_nouns


def _names_or_ages(prev, after, plain: bool, cand: Candidate, r: Rules) -> bool:
    """'aged 35', 'Flight 370', 'Boeing 737 crashed': the word before makes it a name."""
    word = prev.lower_.rstrip(".")
    if prev.text == "." and prev.i > 0:  # "No. 1" split into "No" "."
        word = prev.doc[prev.i - 1].lower_
    if word == "of" and prev.i > 0 and prev.doc[prev.i - 1].lower_ in r.age_before:
        return True  # "at the age of 56"
    if word in r.age_before or word in r.identifier_before or prev.lower_ in r.identifier_before:
        return True
    if plain and not cand.words and _is_model_name(prev.text):
        return after is None or after.tag_ != "NNS"  # "iPhone 4", "iOS 4", "A4 5"
    proper = plain and prev.pos_ == "PROPN" and not cand.words
    return proper and (after is None or after.tag_ != "NNS")  # "FTSE 100 index", not "... 30 jets"


def _is_model_name(word: str) -> bool:
    """Product-style names: inner capitals ('iPhone', 'iOS') or letters with digits ('A380')."""
    inner_cap = any(c.isupper() for c in word[1:]) and any(c.islower() for c in word)
    mixed = any(c.isdigit() for c in word) and any(c.isalpha() for c in word)
    return inner_cap or mixed


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
    if prep.lower_ == "the" and before.lower_ == "of" and i - 3 >= sent.span.start:
        # "9 of the 12 largest cities": a ranked set, no fact; "141 of the 300 seats" is one
        nxt = doc[span.end] if span.end < sent.span.end else None
        return doc[i - 3].like_num and nxt is not None and nxt.tag_ == "JJS"
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
        and not acts_as_verb(head)
    ):
        return head
    return root


def _unit(doc, cand: Candidate, span, counted, r: Rules) -> tuple[str, str]:
    """(unit, measure implied by the unit, e.g. '6,200-seat' -> seats, capacity)."""
    if cand.currency:
        return r.currency_before.get(cand.currency.lower().strip(), "money"), ""
    if cand.percent:
        return ("percentage points" if "point" in cand.percent else "percent"), ""
    if cand.glued_unit:
        return cand.glued_unit, ""
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
    if not inside(counted, span) and counted.pos_ in ("NOUN", "PROPN"):
        return (noun_phrase(counted) if counted.pos_ == "NOUN" else counted.text), ""
    obj = of_object(counted)  # "hundreds of people", "four of the suspects"
    if obj is not None:
        return obj.text.lower(), ""
    return "", ""


def _plural(word: str, r: Rules) -> str:
    if word in r.plurals:
        return r.plurals[word]
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word if word.endswith("s") else word + "s"
