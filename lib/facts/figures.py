"""Figures: numbers with what they count, what happened to them and who says so.

A regular-expression pass over each sentence finds number candidates (digits, words, collective
words, currency, percent, "one in 10"); the spaCy parse then tells dates, durations, ages,
model numbers and other identifiers apart from counts, finds the counted noun (unit) and the
measure. Each figure has a kind (count, money, percent, points, quantity) and a measure only
applies where it fits ("lost $9 billion" is no death toll). The measure comes, in order, from
the noun the figure modifies ("137 deaths", "a $13bn contract" -> contract value), a cue met
walking out from it in the parse (a generic rise/fall gives way to a specific subject), the
level a change reached ("fell 3% to 9,694"), what an amount is made of ("in loans"), and last
a short verb phrase; a measure that is only a person's or a place's name or a date says whose
or when, and is dropped for the clause the figure shares ("Warren $24.6 million"). A change
word or a bare verb then gives way to the thing measured, in
the article's words ("ozone could reduce crop yields by 25 percent" -> crop yields), and each
figure gets `subject` (whose quantity) and `change` (level, increase, decrease, share,
difference, range). Vague amounts are the number named, a lower bound ("thousands" 1,000,
lib/facts/numbers.py); shares written as fractions keep the fraction ("half of" 0.5). Word lists
are data: data/figures.toml, data/units.toml, data/measures.toml, loaded by lib/facts/figrules.py.
"""

from __future__ import annotations

import re

from lib.facts.amounts import with_purpose, with_source
from lib.facts.candidates import (
    Candidate,
    banded,
    candidates,
    is_bare_count,
    is_plain,
    point_after,
)
from lib.facts.carry import carry_over, compared_measure, echo_key, echoed, scale_word, tallied
from lib.facts.constructions import by_the_period, lead_named, share_of_group, whole_picked_from
from lib.facts.counted import (
    _REPEAT_WORDS,
    _counted_token,
    _neighbour,
    _plural,
    _qualifier_after,
    _qualifier_before,
    _repeated,
    _times_measure,
    _unit,
    _word_after,
    _word_before,
    multiple,
    multiplied,
)
from lib.facts.cues import cue_entry
from lib.facts.doccache import has_lemma
from lib.facts.durations import (
    duration_noun,
    fragment_measure,
    glued_length,
    model_numbers,
    penalty_in,
    time_spent_on,
    year_old,
)
from lib.facts.figrules import (
    PERCENT_UNITS,
    Rules,
    acts_as_verb,
    inside,
    rules,
)
from lib.facts.groups import (
    gapped_answer,
    restated_noun,
    restated_whole,
    stance_after,
    what_the_share_did,
    what_they_did,
)
from lib.facts.measures import (
    change_of,
    find_measure,
    level_reached,
    verb_phrase,
)
from lib.facts.not_figures import _not_a_figure, correction_note, counted_one
from lib.facts.numbers import loose_group
from lib.facts.phrases import only_a_name
from lib.facts.polls import matchup, standing, what_they_said
from lib.facts.shares import is_share, share_of, whole_of
from lib.facts.statements import attribute
from lib.facts.subjects import compared, doer_of, thing_measured, value_lost

_POSSESSIVE = re.compile(r"[’']s?\b")  # "’s" of "That’s" parsed as a verb names nothing
_UNIT_WHOLES = frozenset(("point", "points", "percentage point", "percent", "per cent"))
_ROUGHLY = frozenset(("about", "around", "nearly", "almost", "roughly", "some", "over", "under"))


def find_figures(ctx) -> list[dict]:
    """Figure rows (without ids) for every sentence in headline, body and subheadings."""
    r = rules()
    rows: list[dict] = []
    said: dict[float, dict] = {}  # amount -> the latest figure giving it a unit or measure
    models = model_numbers(ctx.doc)
    for sent in ctx.sentences:
        if sent.paragraph.kind not in r.paragraphs or correction_note(ctx.text, sent, r):
            continue
        previous_unit = ""
        last_from: dict | None = None
        last_gapped: dict | None = None
        last_band: dict | None = None
        for cand in banded(ctx.doc, ctx.text, candidates(ctx.text, sent.start, sent.end, r), r):
            if is_plain(cand) and cand.raw in models:
                continue  # "the 787" after "Boeing 787": a model number all through the article
            row = _figure(ctx, sent, cand, r)
            if row is None:
                continue
            earlier = rows[-1] if rows and rows[-1]["sentence_id"] == sent.sentence_id else None
            started_from = row["_from"]
            letters = _POSSESSIVE.sub("", row["measure"])
            if not any(c.isalpha() for c in letters) or scale_word(row["measure"]):
                row["measure"] = ""  # "%", "-", "’s": a symbol names nothing; nor "m" of "£14m"
                if earlier is not None and earlier is last_from and earlier["unit"] == row["unit"]:
                    row["measure"] = earlier["measure"]  # "from the 5.9% … to 3.2%": one measure
            carry_over(ctx.text, row, earlier, previous_unit if is_bare_count(cand) else "")
            if cand.band_after_figure and last_band is not None:
                row["measure"] = last_band["measure"]  # "…, 3 percent from $250 to $500 million"
            chained = last_gapped is not None and earlier is last_gapped
            gapped = gapped_answer(ctx.doc, row, earlier, r, chained)
            row["measure"] = gapped or row["measure"]  # "…, 31 percent unfair and 17% unsure"
            last_gapped = row if gapped else None
            if not row["measure"]:
                row["measure"] = compared_measure(ctx.text, rows, row)  # "£75m, against £125m"
            if row["unit"] in r.durations and row["measure"] in ("", row["unit"]):
                continue  # "in three or five years": a bare duration, no count
            if not row["measure"] and _is_label(row["unit"], _kind(cand, row["unit"], r), r):
                row["measure"] = row["unit"]  # "ordered 144 planes": the planes are what is counted
            row["measure"] = row["measure"] or r.dimensions.get(row["unit"], "")  # "5,600 miles"
            echoed(said, row)  # "needs 1,237 delegates ... we get to 1,237"
            tallied(ctx.text, sent, row, r.tally_verbs)  # "passed the bill 232 to 196"
            bare = not (row["unit"] or row["measure"] or row["value_text"].endswith("digits"))
            if cand.words and bare:  # "down by double digits" says a figure by itself
                continue  # "range from ten to 32 pages", "a month or two": a bare word, no count
            counted_kind = _kind(cand, row["unit"], r) in ("count", "points", "")  # or scaled
            duration = row["unit"] in r.durations
            previous_unit = row["unit"] if counted_kind and not duration else ""
            last_from = row if started_from else None
            last_band = row if cand.upper is not None and row["measure"] else last_band
            rows.append(row)
            if row["unit"] or row["measure"]:
                said[echo_key(row["value"])] = row
    return rows


def _is_label(unit: str, kind: str, r: Rules) -> bool:
    """A counted common noun ('planes', 'seats', 'executive officers') or a plural model name
    ('eight A330s') that may stand as the measure when no cue named one; not a duration or a
    physical unit."""
    model_plural = unit.endswith("s") and any(c.isdigit() for c in unit)  # "eight A330s"
    return (
        kind in ("count", "points", "")  # "": a scaled count, "4.5m workers"
        and bool(unit)
        and (unit == unit.lower() or model_plural)
        and (model_plural or not any(c.isdigit() for c in unit))
        and unit not in r.durations
        and unit not in r.quantity_units
    )


def _money_only(entry: dict | None) -> bool:
    return entry is not None and entry.get("kinds") == ["money"]


def _kind(cand: Candidate, unit: str, r: Rules) -> str:
    """count, money, percent, points or quantity: which measures can fit the figure."""
    if cand.currency or unit in r.money_units:
        return "money"
    if cand.percent or cand.share or unit in PERCENT_UNITS:
        return "percent"
    if unit in ("points", "basis points"):
        return "points"
    if cand.degrees or cand.glued_unit or unit in r.quantity_units:
        return "quantity"
    if cand.scaled:
        return ""  # "cost 8.4 bn", "the 1.6 billion loss": money or a count, the words decide
    return "count"


def _figure(ctx, sent, cand: Candidate, r: Rules) -> dict | None:
    doc, text = ctx.doc, ctx.text
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    prev = _word_before(doc, span, sent)
    after = _word_after(doc, span, sent)
    if not cand.score and _not_a_figure(ctx, sent, cand, span, prev, after, r):
        return None
    start, qualifier = _qualifier_before(text, sent.start, cand.start, r)
    on_verb = prev is not None and prev.head.i != span.root.i and acts_as_verb(prev.head)
    if qualifier and prev is not None and (prev.dep_ == "prt" or (cand.raw == "" and on_verb)):
        start, qualifier = cand.start, ""  # "turned around twice": the verb's, not "about"
    counted = _counted_token(span)
    end, after_q = _qualifier_after(text, cand.end, sent.end, r)
    if not after_q and counted.i == span.end:  # "10,000 people or more"
        noun_end = counted.idx + len(counted)
        end, after_q = _qualifier_after(text, noun_end, sent.end, r)
        end = end if after_q else cand.end
    qualifier = qualifier or after_q
    period = by_the_period(span, r) if _kind(cand, "", r) != "percent" else None
    end = max(end, period.idx + len(period)) if period is not None else end  # "$8,000 a month"
    if cand.upper is not None and not qualifier:
        qualifier = "between"
    if cand.approximate and not qualifier:
        qualifier = "at least"
    if cand.words and not qualifier and loose_group(text[cand.start : cand.end]):
        qualifier = "about"  # "a couple of decisions": about two
    unit, measure = _unit(doc, cand, span, counted, r)
    counted = _past_currency_word(counted, span, unit, r)
    kind = _kind(cand, unit, r)
    entry, cue_measure = find_measure(sent, counted, span, r, kind)
    if kind == "" and _money_only(entry) and unit and unit == unit.lower():
        # "Nokia make 200 million cell phones": a scaled count of things is no profit
        entry, cue_measure = find_measure(sent, counted, span, r, "count")
    own_noun = entry is not None and not inside(counted, span)
    if own_noun and cue_entry(counted, "self", r, kind) is entry:
        measure = ""  # "a 344.65-point fall": the noun says more than the '-point' glue
    measure = measure or cue_measure
    if measure.endswith(" value") and measure[: -len(" value")].endswith(unit or "\0"):
        unit = ""  # "a 13 billion contract": contract value, not 13 billion contracts
    plain = is_plain(cand)
    after = duration_noun(after, counted, span, r) if plain else after
    if plain and year_old(span):
        return None  # "a 50-year-old ex-Marine": an age
    if plain and after is not None and after.lower_ in r.durations:
        if _neighbour(doc, after.i + 1, sent) is not None and doc[after.i + 1].lower_ in (
            r.duration_frames
        ):
            return None  # "six weeks after the attack", "two years later": a time frame
        if measure not in r.duration_measures:
            measure = fragment_measure(ctx, sent, r)  # “Eight years.” after a sentencing
        if measure not in r.duration_measures:
            measure = penalty_in(after, r)  # "a maximum of 10 years in prison"
        if measure not in r.duration_measures:
            measure = time_spent_on(after, r)  # "seven hours of talk time"
        if not measure:
            measure = glued_length(span, after, r)  # "a 30-second ad": the ad's length
        if not measure:
            return None  # "two decades", "a six-week trial": a duration, not a count
        unit = after.lower_ if after.lower_.endswith("s") else after.lower_ + "s"
    if not unit and entry is not None:
        unit = entry.get("unit", "")
    weak = not measure or _is_generic_one(counted)
    points = unit in PERCENT_UNITS  # "a one percentage point change": a number of points
    if cand.words and cand.value == 1 and weak and not (points or counted_one(span, r)):
        return None  # "One major bank posted ...", "one case can infect 18": no figure
    change = _change(cand, counted, span, sent, r)
    measure, subject = _what_is_measured(measure, counted, span, sent, r, kind)
    measure = with_purpose(measure, counted, span, r, kind)  # "paid $2m to settle the claims"
    measure = with_source(measure, span, kind, r)  # "$700 million would come from projects in ..."
    if kind not in ("percent", "points") and only_a_name(measure, sent, unit):
        measure = ""  # "Warren $24.6 million and Buttigieg $19.1 million": whose, not what
    glued = _glued_noun(doc, span)
    counts_glued = glued is not None and glued.lower_ not in r.glued_lengths  # "a 30-second ad"
    if counts_glued and glued.lower_ not in r.compound and unit and not cue_measure:
        measure = unit  # "a 1709-child survey" counts children ("6,200-seat": capacity)
    whole = whole_of(counted, span) if cand.share else share_of(counted, span)
    unit = "" if cand.share and counted.ent_type_ in ("DATE", "TIME") else unit  # "half this year"
    if cand.share and whole and whole in _UNIT_WHOLES:
        unit = "points"  # "rates rose by a quarter of a point": the rates, by 0.25 points
        change = change_of(counted, span, sent, r) or "level"
    elif cand.share and not whole and (point := point_after(text, cand.end)):
        unit = point  # "would begin at half a percentage point"
        change = change_of(counted, span, sent, r) or "level"
    elif cand.share and whole:
        said = what_they_said(counted, span, r, group=True)  # "half of voters said they …"
        measure, subject = (said, whole) if said else (whole, subject)  # "one in four voters"
    elif (
        kind == "percent"
        and not own_noun
        and (not whole or (group := share_of_group(counted, span, r)))
    ):
        # "41% were optimistic", "60% of respondents have a favorable opinion": what they said,
        # of the group asked; "a 25% shareholder said" is a stake, no poll result
        said = what_they_said(counted, span, r, group=bool(whole))
        measure, subject = (said, whole or subject) if said else (measure, subject)
        if whole and not said and measure == group:
            measure = what_the_share_did(span, measure, r) or measure  # "4% of kids would lose …"
    if kind in ("percent", "points") and not whole:  # "Carson at 13 percent" in a poll story
        bare = verb_phrase(counted, sent, r)
        held = standing(counted, span, r, measure, subject, bare, change)
        measure, subject = held[0] or measure, held[1] or subject  # the share's own name
    if kind == "percent" and not cand.share and (side := matchup(text, span, r)) is not None:
        (measure, subject), change = side, "level"  # "Dalton leads 58% to 35%": each side's
    stance = stance_after(text, cand.end, sent.end, r) if kind == "percent" else ""
    measure = measure or stance  # "45 percent in support and 44 percent against"
    measure = measure or restated_whole(span, r)  # "the percentage of people saying … — 52%"
    if not stance:  # "a significant tax — 25%"; not "divided over the bridge – 52% in favour"
        measure = restated_noun(counted, span, kind, r) or measure
    if kind == "count" and measure in ("", unit):  # "300,000 people donated": what they did
        measure = what_they_did(counted, span, r) or measure
    if measure.startswith("margin of ") and not subject:
        subject = doer_of(counted)  # "Beruff lost by 54 points": Beruff's defeat
    times = span.root if span.root.lower_ in ("twice", "thrice") else after
    if times is not None and times.lower_ in _REPEAT_WORDS and _repeated(times, doc):
        unit, measure = "times", _times_measure(times)  # "arrested more than a dozen times"
        subject = subject or doer_of(times)  # who was arrested that often
    elif multiple(times, doc):  # "make 300 times more than their employees": a multiple
        said = multiplied(times, doc)  # "15,000 times more powerful": what is multiplied
        unit, measure = "times", said or (measure if measure not in ("", "times") else "multiple")
    if cand.score:  # "Wasps 31-37 Leicester"; "the vote was 5-4": a tally of votes
        tally = has_lemma(sent.span, r.tally_verbs)
        unit, measure, change = (
            ("votes", "votes", "level") if tally else ("points", "score", "level")
        )
    who = attribute(ctx, sent, start, end, anchor=span.root)
    return {
        "kind": "figure",
        "value": cand.value,
        "value_text": text[cand.start : cand.end],
        "qualifier": qualifier,
        "unit": unit,
        "measure": measure,
        "subject": subject,
        "change": change,
        "source": who.source,
        "status": who.status,
        "text": text[start:end],
        "start": start,
        "end": end,
        "sentence_id": sent.sentence_id,
        "_from": _is_earlier_value(counted, span),
    }


def _past_currency_word(counted, span, unit: str, r: Rules):
    """'a 4bn-euro hole', 'a 40m-euro deal': a currency word glued to the number is its unit;
    the noun it modifies is what the money is of."""
    money_word = unit in r.money_units and _plural(counted.lower_, r) == unit
    if not money_word or inside(counted, span) or counted.dep_ != "compound":
        return counted
    noun = counted.head
    return noun if noun.i > counted.i and noun.pos_ == "NOUN" else counted


def _change(cand: Candidate, counted, span, sent, r: Rules) -> str:
    """level, increase, decrease, share, difference or range: what the number says."""
    if cand.upper is not None:
        return "range"  # "between 8 and 9 percent", "20-25 people"
    if cand.share or is_share(cand, counted, span):
        return "share"
    if compared(span, sent):
        return "difference"  # "20% more fuel efficient"
    if _is_earlier_value(counted, span) or level_reached(counted, span, r):
        return "level"  # "down from 0.5%", "fell 3% to 9,694": where it stood
    if whole_picked_from(counted, span):
        return "level"  # "lost 12 of its 30 matches": the 30 did not fall
    return change_of(counted, span, sent, r) or "level"


def _participle(counted, sent) -> bool:
    """The verb an amount hangs on is a past participle ('was transferred', 'injected')."""
    verb = counted.head if counted.dep_ in ("dobj", "nsubjpass") else None
    return verb is not None and verb.tag_ in ("VBN", "VBD")


def _what_is_measured(measure: str, counted, span, sent, r: Rules, kind: str) -> tuple[str, str]:
    """(measure, subject): a change word or a bare verb gives way to the thing it is said of
    ("Nasdaq fell 3.44%" -> Nasdaq, not "decrease"); an empty one stays empty."""
    thing, subject = thing_measured(counted, span, sent, r, kind)
    if measure in r.losing_measures:
        lost, owner = value_lost(counted, span, sent, r)
        if lost:
            return lost, owner  # "equity values lost $1 trillion": the values fell
    named = measure in r.measure_names and measure not in r.change_nouns
    verb = not named and measure == verb_phrase(counted, sent, r)
    vague = not measure or measure in r.change_nouns or verb
    lead = lead_named(counted, span) if vague else ""
    if lead:  # "Jones had a lead of 1.5 points over Moore": the lead, Jones's
        return lead, subject or (thing if thing != counted.text else "")  # not the "point"
    share = share_of(counted, span)
    if vague and share and kind == "percent":
        return share, subject  # "the channel reaches 85% of homes": a share of the homes
    if vague and thing:
        if _traded_name(thing, sent, r):
            return f"{thing} shares", subject or thing  # "with Altria rising 5%"
        return thing, subject
    if vague and share:
        return share, subject  # "19 percent of the U.S. music market"
    if verb and measure and kind in ("money", "quantity") and _participle(counted, sent):
        return f"amount {measure}", subject  # "$24 billion transferred": amount transferred
    if measure in r.change_nouns:
        return "", subject  # "level" alone names nothing; the card says so plainly
    return measure, subject


def _traded_name(thing: str, sent, r: Rules) -> bool:
    """A bare company name as what moved, in a sentence about shares ('shares closed higher,
    with Altria rising 5%'): its shares moved, the name says whose; an index ('the Nasdaq
    fell') moved itself."""
    if not has_lemma(sent.span, ("share", "stock")) or thing.lower().endswith(
        ("shares", "stock", "index")
    ):
        return False
    words = [t for t in sent.span if t.text in thing.split()]
    named = bool(words) and all(t.pos_ == "PROPN" for t in words)
    return named and not any(t.lower_ in r.index_names for t in words)


def _glued_noun(doc, span):
    """The noun hyphen-glued to a number ('1709-child', '131-page'), else None."""
    j = span.end
    if j + 1 < len(doc) and doc[j].text in ("-", "–") and doc[j + 1].pos_ == "NOUN":
        return doc[j + 1]
    return None


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
    if tok.dep_ == "pobj" and tok.head.lower_ == "from":
        return True
    doc = span.doc  # "from about $42 to four cents", parsed as one amount: the words say
    before = [t.lower_ for t in doc[max(0, span.start - 2) : span.start]]
    return before[-1:] == ["from"] or (before[:1] == ["from"] and before[1] in _ROUGHLY)
