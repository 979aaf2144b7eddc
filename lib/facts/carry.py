"""What a figure leaves unsaid and shares with the figure before it in its sentence.

"9.3 millimetres (0.37 inches)", "$32bn (£16.7bn; 24.1bn euros)", "fell 82.65 points or 3.44%",
"two thirds - 65% - of those asked", "a profit of £75m compared with £125m": the same amount said
again, or compared, is of the same measure. Split out of lib/facts/figures.py (which finds each
figure) to keep each module short.
"""

from __future__ import annotations

import re

from lib.facts.doccache import sentence_forms
from lib.facts.figrules import PERCENT_UNITS, rules_scale

_PEOPLE_UNITS = frozenset(("people", "persons", "men", "women", "children", "residents"))
# "9.3 millimetres (0.37 inches)", "€2.73 ($3.68)": the same quantity in other units
_PAREN_GAP = re.compile(r"[^\S\n]*(?:[^\W\d]+[^\S\n]*){0,3}\([^\S\n]*")
# "fell 82.65 points or 3.44%", "lost 631 points, or 5.7%": the same change restated
_OR_GAP = re.compile(r"[^\S\n]*(?:[^\W\d]+[^\S\n]*){0,2},?[^\S\n]*or[^\S\n]+")
# "a profit of £75m, compared with £125m": the second amount is of the same measure
_COMPARED = re.compile(
    r"\b(?:compared (?:with|to)|as against|against|versus|vs\.?)[^\S\n]+"
    r"(?:(?:about|around|nearly|almost|just|only|some|over|under|a|an|the)[^\S\n]+)*\Z"
)
# "two thirds - 65% - of those asked": the same share said again between dashes
_DASH_GAP = re.compile(r"[^\S\n]+[-–—][^\S\n]+")
# "Half say so — 50 percent —", "a third (33%)": a share set off after the words it restates
_SET_OFF = re.compile(r"[-–—(][^\S\n]*\Z")
# "($5.2bn; £2.77bn)", "(£16.7bn; 24.1bn euros)": a list of conversions in one bracket
_LIST_GAP = re.compile(r"[^\S\n]*(?:[^\W\d]+[^\S\n]*)?[;,][^\S\n]*")


def scale_word(measure: str) -> bool:
    """'m', 'bn', 'million': the scale of an amount, parsed as a word of its own."""
    return rules_scale(measure.lower()) != 1.0


def carry_over(text: str, row: dict, earlier: dict | None, previous_unit: str) -> None:
    """What a figure leaves unsaid it shares with the figure before it in the sentence."""
    if not row["unit"] and previous_unit:
        # "11 people had been detained, four heading ...", "took 112 seats ... won 27"
        row["unit"] = "people" if previous_unit in _PEOPLE_UNITS else previous_unit
    started_from = row.pop("_from")
    if earlier is None:
        return
    if started_from and earlier["unit"] == row["unit"] and row["change"] != "share":
        row["measure"] = earlier["measure"]  # "grew 0.2%, down from 0.5%"; not "from 74% of X"
    elif _PAREN_GAP.fullmatch(text[earlier["end"] : row["start"]]):
        row["measure"] = earlier["measure"]  # "9.3 millimetres (0.37 inches)"
    elif _DASH_GAP.fullmatch(text[earlier["end"] : row["start"]]) and not row["measure"]:
        row["measure"] = earlier["measure"]  # "Nearly two thirds - 65% - of the people"
    elif _LIST_GAP.fullmatch(text[earlier["end"] : row["start"]]) and _bracketed(text, earlier):
        row["measure"] = earlier["measure"]  # "540bn yen ($5.2bn; £2.77bn)": one more unit
    elif _restated(earlier, row) and _OR_GAP.fullmatch(text[earlier["end"] : row["start"]]):
        # "lost 631 points, or 5.7%": one change in two units, one measure and one owner
        row["measure"], row["subject"] = earlier["measure"], earlier["subject"]
    elif not row["measure"] and row["unit"] == earlier["unit"]:
        row["measure"] = earlier["measure"]  # "4,300 jobs in France, 1,600 in the UK"
    elif not row["measure"] and _share_restated(text, earlier, row):
        row["measure"] = earlier["measure"]  # "Half say they agree — 50 percent —"


def _share_restated(text: str, earlier: dict, row: dict) -> bool:
    """A percentage set off by a dash or a bracket that gives again, in percent, the share a
    fraction before it in the sentence gave ('Half of tenants say they will stay — 50 percent
    —', 'a third (33%)'): the same share, of the same measure."""
    if earlier["change"] != "share" or row["unit"] != "percent" or not earlier["measure"]:
        return False
    same = abs(float(earlier["value"]) * 100 - float(row["value"])) <= 1.0
    return same and bool(_SET_OFF.search(text[max(0, row["start"] - 4) : row["start"]]))


def _nearest_measure(rows: list[dict], row: dict) -> str:
    """The measure of the figure an amount is compared with, earlier in its sentence: the
    nearest in the same unit, else the nearest."""
    same = [e for e in rows if e["sentence_id"] == row["sentence_id"] and e["measure"]]
    for earlier in reversed(same):
        if earlier["unit"] == row["unit"]:
            return earlier["measure"]
    return same[-1]["measure"] if same else ""


def _bracketed(text: str, row: dict) -> bool:
    """The figure stands inside brackets opened just before it ('($5.2bn; ...')."""
    opened = text.rfind("(", 0, row["start"])
    return (
        opened >= 0
        and not text[opened + 1 : row["start"]].strip(" $£€")
        and (text.rfind(")", 0, row["start"]) < opened)
    )


def _restated(earlier: dict, row: dict) -> bool:
    """Two amounts in different units where one is points or a percentage ('82.65 points or
    3.44%'): the same change said twice; 'three men or four women' are two counts."""
    units = {earlier["unit"], row["unit"]}
    return len(units) == 2 and bool(units & {"points", *PERCENT_UNITS})


def compared_measure(text: str, rows: list[dict], row: dict) -> str:
    """The measure of the amount a figure is compared with ('£75m, compared with £125m');
    '' where no comparison comes right before it."""
    if not _COMPARED.search(text[max(0, row["start"] - 40) : row["start"]]):
        return ""
    return _nearest_measure(rows, row)


def echo_key(value: float) -> float:
    """The key two amounts share when they are the same number (to 10 significant digits, so
    '1.2 million' computed as 1.2 * 1e6 is 1,200,000)."""
    return float(f"{float(value):.10g}")


def echoed(said: dict[float, dict], row: dict) -> None:
    """A bare number that says again an amount the article gave with its unit ('needs 1,237
    delegates to win ... so we get to 1,237', 'think about the big number: 1,237') is the
    same quantity: it takes that figure's unit and measure. `said` holds, by `echo_key`, the
    latest earlier figure of each amount that had a unit or a measure (one look-up, not a scan
    of every earlier figure: a list of thousands of numbers stays linear). Only
    numbers of 100 and more, or with decimals: 'ran it for 12' after '12 plants' is no plant."""
    whole = float(row["value"]).is_integer()
    if row["unit"] or row["measure"] or (whole and row["value"] < 100):
        return
    earlier = said.get(echo_key(row["value"]))
    if earlier is not None:
        row["unit"], row["measure"] = earlier["unit"], earlier["measure"]


# "passed the bill 232 to 196", "voted 7 to 2": two bare counts set against each other by "to"
_TO_NEXT = re.compile(r"[^\S\n]+to[^\S\n]+\d")


def tallied(text: str, sent, row: dict, tally_verbs: frozenset) -> None:
    """Two bare numbers joined by 'to' in a sentence about a vote ('the House passed the bill
    232 to 196', 'the court ruled 5 to 4') are the votes on each side; 'rose from 5 to 7' has
    no verb of voting, and counted or measured numbers keep what they have."""
    if row["unit"] not in ("", "votes") or not float(row["value"]).is_integer():
        return
    forms = sentence_forms(sent.span)
    voting = {w for lemma in tally_verbs if lemma in forms for w in forms[lemma]}
    if not voting or row["measure"] and row["measure"].lower() not in voting:
        return  # measured already ("sales"), or by a verb other than the vote's ("passed")
    if _TO_NEXT.match(text, row["end"]) or _to_before(text, row["start"]):
        row["unit"] = row["measure"] = "votes"


def _to_before(text: str, at: int) -> bool:
    """'232 to |196': a digit, spaces, 'to' and spaces (no line break) end at `at`. Read back
    from `at`, so the cost is the few characters looked at, not the text before them."""
    i = _spaces_back(text, at)
    if i == at or text[max(0, i - 2) : i] != "to":
        return False
    j = _spaces_back(text, i - 2)
    return j < i - 2 and j > 0 and text[j - 1].isdecimal()


def _spaces_back(text: str, at: int) -> int:
    """Where the run of white space other than line breaks that ends at `at` starts."""
    while at > 0 and text[at - 1].isspace() and text[at - 1] != "\n":
        at -= 1
    return at
