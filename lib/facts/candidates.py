"""Number candidates: a regular-expression pass over a sentence, before any parse.

Digits with their currency, scale, percent sign or glued unit ("US$40 billion", "9.3%", "16GB",
"41C"), spelled-out and collective numbers ("four", "tens of thousands"), shares written as
fractions ("half of", "one in four") and counts of times ("twice"); ranges ("between 8 and 9
percent") become one candidate. lib/facts/figures.py then reads each with the spaCy parse.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from lib.facts.figrules import Rules, rules_scale
from lib.facts.numbers import COLLECTIVE, SCALES, parse_amount

# Shares written as fractions keep the fraction as their value, to four decimals ("half" 0.5,
# "one in three" 0.3333, "three-fifths" 0.6); a percentage stays a percentage ("25%" 25). Any
# numerator up to nine over any denominator up to ten is read, not a list of common ones.
_NUMERATORS = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9,
}  # fmt: skip
_DENOMINATORS = {
    "half": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10,
}  # fmt: skip
_FRACTION_OF = re.compile(
    r"(?<![\w-])(?P<frac>(?:(?:a|one|two|three|four|five|six|seven|eight|nine)[\s-]+)?"
    r"(?:half|(?:third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth)s?))"
    r"(?=\s+(?:of|the)\b|\s+(?:said|say|says|think|thinks|believe|believed|felt|feel|want|wanted"
    r"|agreed|agree|backed|back|were|are)\b|\s*[-–—(]\s*\d"  # "a quarter said", "half (53%)"
    r"|\s+a\s+(?:percentage\s+)?point\b)",  # "half a percentage point": 0.5 points
    re.I,
)
# "half a percentage point", "half a point": the fraction with its unit is a number of points
# (0.5), written out like "5 percentage points"; it is no share of a whole.
_FRACTION_POINT = re.compile(r"\s+an?\s+(?P<unit>(?:percentage\s+)?point)\b", re.I)
# "cut by half", "fell by more than half": the share a change took away (or added)
_BY_HALF = re.compile(
    r"\bby\s+(?:(?:more|less)\s+than\s+|nearly\s+|almost\s+|about\s+|roughly\s+)?"
    r"(?P<frac>half)\b(?![\s-]+(?:of|a|an|the)\b|-)",
    re.I,
)
# "$31. 7 million": a decimal point followed by a space in scraped copy; the sign before and the
# scale word after make it one amount ($31.7 million), never a sentence's end and a new count.
_BROKEN_DECIMAL = re.compile(
    r"(?<![\w.,])(?P<cur>[$£€¥₹₽])(?P<whole>\d{1,3})\.\s(?P<part>\d{1,2})\s?"
    r"(?P<scale>million|billion|trillion)\b",
    re.I,
)
# "a multibillion-dollar deal", "a multi-million-pound contract": an adjective of several of a
# scale, glued to its unit, says the amount is at least one of that scale (a lower bound).
_MULTI_SCALE = re.compile(
    r"(?<![\w-])multi-?(?P<scale>million|billion|trillion)(?=-\w|\s+(?:dollar|pound|euro)s?\b)",
    re.I,
)
# "two percent", "ten per cent": a spelled-out number's percent sign, one figure with it (the
# digits' own pattern, figrules.digit_re, reads "2 percent" the same way)
_WORD_PERCENT = re.compile(r"\s(percent|per\s?cent|percentage\s+points?)\b", re.I)
_TWICE = re.compile(r"(?<![\w-])(?:twice|thrice)(?![\w-])", re.I)
# "half a million followers", "a quarter of a billion dollars": a fraction of a scale word is
# that part of it (500,000), a number like "1.5 million"; no share of anything
_FRACTION_SCALE = re.compile(
    r"(?<![\w-])(?P<frac>half|an?\s+(?:third|quarter)|three[\s-]+quarters)(?:\s+of)?\s+an?\s+"
    r"(?P<scale>hundred|thousand|million|billion|trillion)\b",
    re.I,
)
# "an eight-figure ad buy", "a six-figure salary": an amount of that many digits, at least
# 10**(n-1) (a lower bound, like "thousands"); "figure" is no unit
_N_FIGURE = re.compile(
    r"(?<![\w-])(?P<n>[2-9]|two|three|four|five|six|seven|eight|nine|ten)[-\s]figures?\b", re.I
)
# "a point ahead of", "a single point lower", "one point behind": a single point of a poll or a
# rating, written with no digit, before a word that says which way it counts (the side of a race
# or a change); "at one point" is a moment, not a point; "half a point" is half of one
_A_POINT = re.compile(
    r"(?<![\w-])(?<!\bat\s)(?<!\bhalf\s)(?:an?|one)\s+(?:single\s+|full\s+)?(?P<unit>(?:percentage\s+)?point)"
    r"(?=\s+(?:ahead|behind|lower|higher|up|down|lead|margin|gap|edge|advantage|drop|gain)\b)",
    re.I,
)
# "one in 10 posts", "six in 10 of those surveyed", "two in three voters": a share of a whole,
# any numerator below its base; "three in 10 days" is a time, no share, and "Proposition 8 in
# 2008" a year, no base
_ONE_IN = re.compile(
    r"(?<![\w-])(?P<num>one|two|three|four|five|six|seven|eight|nine|[1-9])\s+in\s+(?:every\s+)?"
    r"(?P<base>(?!(?:1[89]|20)\d\d(?!\d))\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|a hundred|"
    r"a thousand)(?![\w])(?!\s+(?:days?|weeks?|months?|years?|hours?|minutes?|seconds?)\b)",
    re.I,
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
    share: bool = False  # a fraction of a whole: "half of", "one in four"
    score: bool = False  # one side of a game's score: "Wasps 31-37 Leicester", "a 3-1 win"
    scale: float = 1.0  # the factor of its scale word ("3 million": 1,000,000)
    shared: bool = False  # its scale or sign is the next number's ("5 to 10 million")
    band_after_figure: bool = False  # a band set on another figure ("3 percent from $X to $Y")


def is_plain(cand: Candidate) -> bool:
    marked = bool(cand.currency or cand.percent or cand.scaled or cand.degrees or cand.glued_unit)
    return not (marked or cand.score or cand.share)


def is_bare_count(cand: Candidate) -> bool:
    """A number with no sign or unit of its own, a scale word allowed ('27', 'six million'):
    one that may leave its noun unsaid ('13 million viewers and collapsed to six million')."""
    return is_plain(cand) or cand.scaled and is_plain(replace(cand, scaled=False))


def candidates(text: str, start: int, end: int, r: Rules) -> list[Candidate]:
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
        if _is_score(chunk, m, r):  # "Wasps 31-37 Leicester": two figures, one per side
            for side in ("num", "num2"):
                value = float(m[side])
                found.append(Candidate(start + m.start(side), start + m.end(side), value, False,
                                       raw=m[side], score=True))  # fmt: skip
            continue
        if m["num2"]:
            second = re.match(r"[\d.,]+", m["num2"])
            tail = m["num2"][second.end() :].strip().lower() if second else ""
            upper_scale = rules_scale(tail) if tail else scale
            upper_amount = parse_amount(second[0] if second else "", upper_scale)
            if tail and not scale_word:  # "1.5-2bn": the scale covers both ends
                amount = parse_amount(m["num"], upper_scale)
                scale = upper_scale
            if upper_amount is not None and _percent_pair(m, amount, upper_amount):
                found.extend(_pair_sides(m, start, amount.value, upper_amount.value))
                continue
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
                scale=scale,
            )
        )
    for m in r.word_re.finditer(chunk):
        amount = parse_amount(m["num"])
        if amount is None:
            continue
        last = m["num"].split()[-1].lower()  # "three million": in millions; "millions" is vague
        sign = _WORD_PERCENT.match(chunk, m.end())  # "a two percent tax", as "a 2 percent tax"
        found.append(
            Candidate(
                start + m.start(),
                start + (sign.end() if sign else m.end()),
                amount.value,
                amount.approximate,
                currency=m["cur"] or "",
                percent=re.sub(r"\s+", " ", sign[1].lower()) if sign else "",
                words=True,
                scale=SCALES.get(last, 1) if not amount.approximate else 1.0,
            )
        )
    for m in _BROKEN_DECIMAL.finditer(chunk):  # "$31. 7 million": longer than "$31", kept
        value = float(f"{m['whole']}.{m['part']}") * rules_scale(m["scale"].lower())
        found.append(Candidate(start + m.start(), start + m.end(), value, False, currency=m["cur"],
                               scaled=True, raw=f"{m['whole']}.{m['part']}"))  # fmt: skip
    for m in _MULTI_SCALE.finditer(chunk):  # "a multibillion-dollar deal": 1bn at least
        value = rules_scale(m["scale"].lower())
        found.append(Candidate(start + m.start(), start + m.end(), value, True, words=True))
    for m in _TWICE.finditer(chunk):  # "arrested twice": two times
        value = 2.0 if m[0].lower() == "twice" else 3.0
        found.append(Candidate(start + m.start(), start + m.end(), value, False, words=True))
    for m in _FRACTION_SCALE.finditer(chunk):  # "half a million": 500,000
        part = 0.5 if m["frac"].lower() == "half" else fraction_value(m["frac"]) or 0.0
        scale = SCALES[m["scale"].lower()]
        found.append(Candidate(start + m.start(), start + m.end(), part * scale, False,
                               words=True, scale=scale))  # fmt: skip
    for m in _N_FIGURE.finditer(chunk):  # "an eight-figure ad buy": $10 million at least
        digits = parse_amount(m["n"])
        value = 10 ** (int(digits.value) - 1) if digits is not None else 0
        found.append(Candidate(start + m.start(), start + m.end(), float(value), True,
                               words=True))  # fmt: skip
    for m in _A_POINT.finditer(chunk):  # "a point ahead of Ray": one percentage point
        unit = re.sub(r"\s+", " ", m["unit"].lower())
        found.append(Candidate(start + m.start(), start + m.end(), 1.0, False, percent=unit,
                               words=True))  # fmt: skip
    for m in _ONE_IN.finditer(chunk):  # "one in 10 posts": a share, 0.1 of the posts
        whole, taken = parse_amount(m["base"]), parse_amount(m["num"])
        if whole is not None and taken is not None and whole.value > taken.value:
            found.append(
                Candidate(
                    start + m.start(),
                    start + m.end(),
                    round(taken.value / whole.value, 4),  # "one in three": 0.3333
                    False,
                    words=True,
                    share=True,
                )
            )
    for m in [*_FRACTION_OF.finditer(chunk), *_BY_HALF.finditer(chunk)]:  # "half of the children"
        value = fraction_value(m["frac"])
        if value is None:
            continue  # "thirds of", "quarters of": no share said
        found.append(
            Candidate(
                start + m.start("frac"), start + m.end("frac"), value, False, words=True, share=True
            )
        )
    found.sort(key=lambda c: (c.start, -(c.end - c.start)))
    kept: list[Candidate] = []
    for c in found:
        if kept and c.start < kept[-1].end:
            continue
        if kept and _doubled(text, kept[-1], c):
            if c.end - c.start > kept[-1].end - kept[-1].start:
                kept[-1] = c  # "hundreds and hundreds of thousands": the second says how many
            continue  # "thousands and thousands of dollars": the first has the verb
        if kept and not _day_of_month(text, kept[-1], r):  # "from July 14 to 46 percent"
            _share_scale(text, kept[-1], c)
        if kept and _between(text, kept[-1], c) and not _day_of_month(text, kept[-1], r):
            low = kept[-1]
            low.end, low.upper = c.end, c.value
            low.percent = low.percent or c.percent
            low.currency = low.currency or c.currency
            continue
        kept.append(c)
    return kept


def point_after(text: str, end: int) -> str:
    """'half a percentage point': the unit a fraction ending at `end` is a fraction of, in the
    plural ('percentage points', 'points'), else ''."""
    point = _FRACTION_POINT.match(text, end)
    return re.sub(r"\s+", " ", point["unit"].lower()) + "s" if point else ""


def _percent_pair(m: re.Match, low, high) -> bool:
    """'By 45%-38%, Americans support impeaching', 'leads Biden 29%-26%': two percentages each
    with its own sign, joined by a hyphen, the first not below the second, are a poll's two sides
    (a range rises and writes its sign once: '3-4%', '3% to 4%')."""
    signed = bool(m["pct"] and m["pct2"]) and "%" in m["pct"] + m["pct2"]
    return signed and low is not None and high.value <= low.value and not m["cur"]


def _pair_sides(m: re.Match, start: int, first: float, second: float) -> list[Candidate]:
    """The two sides of a percentage pair, each a percentage figure of its own."""
    return [
        Candidate(start + m.start("num"), start + m.end("pct"), first, False, percent="%",
                  raw=m["num"]),
        Candidate(start + m.start("num2"), start + m.end("pct2"), second, False, percent="%",
                  raw=re.match(r"[\d.,]+", m["num2"])[0]),
    ]  # fmt: skip


def _is_score(chunk: str, m: re.Match, r: Rules) -> bool:
    """'31-37' between two names ('Wasps 31-37 Leicester') or near a word of the game ('a 3-1
    win', 'stormed 22-6 ahead', 'level at 31-31'): a score, read as two figures; '20-25 people'
    stays a range and '555-1234' a code (the sides are bare numbers of at most three digits)."""
    if not (
        m["num2"] and re.fullmatch(r"\d{1,3}", m["num"]) and re.fullmatch(r"\d{1,3}", m["num2"])
    ):
        return False
    if m["cur"] or m["scale"] or m["pct"] or m["pct2"] or m["gunit"] or m["deg"]:
        return False
    if not re.fullmatch(r"\d+[-–]\d+", m[0]):
        return False  # "10 - 20": a range written with spaces
    before = chunk[max(0, m.start() - 40) : m.start()]
    after = chunk[m.end() : m.end() + 40]
    named = re.search(r"\b[A-Z][\w']+\s$", before) and re.match(r"\s[A-Z]", after)
    words = re.findall(r"[a-z][a-z-]*", (before[-25:] + " " + after[:25]).lower())
    return bool(named) or any(w in r.score_words for w in words)


def _doubled(text: str, first: Candidate, second: Candidate) -> bool:
    """'hundreds and hundreds of thousands of dollars', 'dozens and dozens of people': a vague
    amount said twice for emphasis is one figure, the second saying how much."""
    said = text[first.start : first.end].lower()
    gap = text[first.end : second.start]
    again = text[second.start : second.start + len(said)].lower() == said
    return (
        first.words and said in COLLECTIVE and again and re.fullmatch(r"\s+and\s+", gap) is not None
    )


# Two numbers said together: a range or a change ("5 to 10", "5-10", "between 5 and 10",
# "5 or 6"), where the words after the second are written once for both.
_JOINED = re.compile(r"\s*[-–]\s*|\s+(?:to|and|or)\s+", re.I)
_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def _share_scale(text: str, first: Candidate, second: Candidate) -> None:
    """'$50 to $250 million', 'between five and 10 million', 'from 2 to 3 million', 'from 5 to 7
    percent': English writes the scale word and the percent sign once, after the second number
    of a range or a change, and both ends are in it; a bare first number takes them. The ends of
    one range are of one order (the first at most ten times the second's own number), so 'from
    800 to 1.2 million' or 'in 2018 to $3 billion' share nothing."""
    if not _JOINED.fullmatch(text[first.end : second.start]) or not _bare(first):
        return
    if second.upper is not None or second.share or second.score or second.approximate:
        return
    if second.scale == 1 and not (second.percent or second.currency):
        return
    if first.currency and second.currency and first.currency != second.currency:
        return
    of_one_order = first.value <= 10 * second.value / second.scale
    if not (of_one_order or (second.percent and first.value <= 100)):
        return
    takes = second.scale != 1 or (second.percent and not first.percent)
    first.shared = bool(takes or (second.currency and not first.currency))
    first.value *= second.scale
    first.scale, first.scaled = second.scale, first.scaled or second.scaled
    first.percent = first.percent or second.percent
    if second.scale != 1:  # "$5 to 10 million": the sign is written once too, before the first
        second.currency = second.currency or first.currency
    first.currency = first.currency or second.currency


def _day_of_month(text: str, cand: Candidate, r: Rules) -> bool:
    """'July 14', 'Dec. 3': a number right after a month's or a day's name is a date's day."""
    before = re.search(r"([A-Za-z]+)\.?\s+$", text[max(0, cand.start - 12) : cand.start])
    return before is not None and before[1].lower() in r.dates


def _bare(cand: Candidate) -> bool:
    """A number with nothing written after it: no scale, sign or unit of its own, and no year."""
    marked = cand.percent or cand.degrees or cand.glued_unit or cand.scale != 1 or cand.scaled
    vague = cand.approximate or cand.share or cand.score or cand.upper is not None
    return not (marked or vague or _YEAR.fullmatch(cand.raw)) and cand.value > 0


def _between(text: str, low: Candidate, high: Candidate) -> bool:
    """'between 8 and 9 percent', '20 to 25 percent', '1,500 to 2,000 jobs': one figure, a range
    ('from 5 to 7' is a change, two figures). The ends of a range share their marks
    (`_share_scale` has given the first the second's), so a currency on the second only says
    the first is no amount of it."""
    gap = text[low.end : high.start]
    before = text[max(0, low.start - 12) : low.start]
    if high.value <= low.value or (high.currency and not low.currency):
        return False  # "rose in 2018 to $300 billion": a year, then the amount
    if re.fullmatch(r"\s+and\s+", gap):
        return bool(re.search(r"(?<!\w)between\s+$", before, re.I))
    if (low.percent or low.currency) and not low.shared:
        return False  # "fell 2.6% to 9,694", "down $2.86 to $77.11": a change and a level
    if re.fullmatch(r"\s+to\s+", gap) and low.words == high.words:
        return not re.search(r"(?<!\w)(?:from|between)\s+$", before, re.I)
    return False


_FROM_BEFORE = re.compile(r"(?<!\w)from\s+$", re.I)
_TO_GAP = re.compile(r"\s+to\s+", re.I)


def banded(doc, text: str, cands: list[Candidate], r: Rules) -> list[Candidate]:
    """'3 percent from $250 to $500 million', 'net worth from $50 to $250 million': a "from ...
    to" whose "from" hangs on a noun (a rate, a kind of wealth) sets a band, one range; with a
    verb ('fell from 5% to 3%', 'ranged from $19 million to $136 million') it stays a change
    or two ends, two figures, and so does a noun of change ('a jump from 5% to 7%'). `_between`
    reads text only, so it cannot tell them apart."""
    out: list[Candidate] = []
    for c in cands:
        low = out[-1] if out else None
        if low is not None and (band := _a_band(doc, text, low, c, r)) is not None:
            low.end, low.upper, low.band_after_figure = c.end, c.value, band
            low.percent = low.percent or c.percent
            low.currency = low.currency or c.currency
            continue
        out.append(c)
    return out


def _a_band(doc, text: str, low: Candidate, high: Candidate, r: Rules) -> bool | None:
    """None when the pair is no band; else whether the noun the band hangs on is itself a
    figure's ('3 percent from $250 to $500 million': the rate's, so the band is of what the
    list's first band was of) or a noun of its own ('net worth from $50 to $250 million')."""
    if low.upper is not None or high.upper is not None or high.value <= low.value:
        return None
    if not _TO_GAP.fullmatch(text[low.end : high.start]):
        return None
    lo = max(0, low.start - 8)
    before = _FROM_BEFORE.search(text[lo : low.start])
    if before is None or (high.currency and not low.currency) or low.percent != high.percent:
        return None
    at = lo + before.start()
    span = doc.char_span(at, at + 4)
    word = span[0] if span is not None and len(span) == 1 else None
    if word is None or word.head.pos_ != "NOUN" or word.head.i > word.i:
        return None
    noun = word.head
    if noun.lemma_.lower() in r.changes or noun.lemma_.lower() in r.change_nouns:
        return None  # "a jump from 5% to 7%"
    return any(c.dep_ == "nummod" for c in noun.children) or noun.text == "%"


def fraction_value(words: str) -> float | None:
    """'half' 0.5, 'a third' 0.3333, 'three-fifths' 0.6, 'two thirds' 0.6667; None for a bare
    plural ('thirds of') or a number over one ('five thirds'), and for 'one thirds'."""
    parts = re.split(r"[\s-]+", words.lower())
    if parts in (["half"], ["one", "half"]):
        return 0.5
    if parts[-1] == "half":
        return None  # "a decade and a half of …" is no share
    if len(parts) != 2 or parts[0] not in _NUMERATORS:
        return None
    num, word = _NUMERATORS[parts[0]], parts[1]
    plural = word.endswith("s") and word != "halves"
    den = _DENOMINATORS.get(word[:-1] if plural else word)
    if den is None or num >= den or plural != (num > 1):
        return None
    return round(num / den, 4)
