"""Rules and parse helpers shared by the figure finder and the measure finder.

`rules()` loads every word list lib/facts/figures.py and lib/facts/measures.py read (from
data/figures.toml, data/units.toml, data/measures.toml) once; the parse helpers below are the
small spaCy questions both ask ("is this a verb?", "the noun with its compounds"). Both modules
import this one and neither imports the other's internals, so there is no import cycle.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from lib.facts.numbers import CARDINAL_WORDS, COLLECTIVE
from lib.ruledata import load

_NUMWORD = "|".join(sorted(CARDINAL_WORDS | {"dozen"}, key=len, reverse=True))
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
_AFTER_SCALE = "(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion))"
_COUNTED_UNITS = frozenset(("votes", "seats", "points"))  # unit words that still count things
PERCENT_UNITS = frozenset(("percent", "percentage points"))


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
    duration_frames: frozenset  # "six weeks after the attack": a time frame, no figure
    recorded: frozenset  # "from two hours of audio": the length of a recording is a figure
    time_after: frozenset
    time_phrase_re: re.Pattern
    identifier_before: frozenset
    identifier_after: frozenset  # "a .45 caliber handgun": the number names a type
    schedule_words: frozenset  # "Patriot 125 weekdays": a channel's number, then when
    code_titles_after: tuple  # "18 U.S. Code": a title of a legal code
    reporting_verbs: frozenset  # "the Red Cross counted 300": a source, not an owner
    speaker_verbs: frozenset  # "one poster wrote": someone picked out, no count
    opinion_verbs: frozenset  # "16% said ...": a share measured by what it said
    stance_verbs: frozenset  # "49% who disapprove": a side taken, the whole answer
    scope_words: frozenset  # "three percent each": no gapped poll answer
    poll_words: frozenset  # "Carson at 13 percent" in a poll story: support in the poll
    vote_words: frozenset  # ... in an election story: a share of the vote
    raising_verbs: frozenset  # "raised $38 million": money raised, no rise
    margin_verbs: frozenset  # "lost the popular vote by 2.9 million": the vote's margin
    result_verbs: frozenset  # "lost by 54 points": the margin of the loss
    matchup_verbs: frozenset  # "Dalton leads 58% to 35%": each side's support
    money_forms: frozenset  # "$253 million in grants": the form the money took
    part_verbs: frozenset  # "donations include $500,000": the amount is donations
    threshold_words: tuple  # "wealth above $50 million": the amount is a threshold of wealth
    spending_verbs: frozenset  # "spent $300 on a haircut": 'on' names what it went to
    giving_verbs: frozenset  # "gave $5m to the foundation": 'to' names who received it
    given_measures: frozenset  # the plain measures ("funding") that take the receiver
    tally_verbs: frozenset  # "passed the bill 232 to 196": votes on each side
    correction_openings: tuple  # "This version of the story corrects ...": an editor's note
    container_counts: frozenset  # "two pieces of legislation": measured with what they hold
    score_words: frozenset  # "a 3-1 win": N-N near one of these is a game's score
    age_before: frozenset
    age_bounds: frozenset  # "voters under 35": an age limit
    age_groups: frozenset  # the groups of people such a limit follows
    age_verbs: frozenset  # "she was 22", "he turned 40": one person's age
    age_pronouns: frozenset
    age_relatives: frozenset  # "Mr. Trump, who is now 73": the person's age
    age_at_words: frozenset  # "died at 68": the age at the end of a life or career
    idioms_after: tuple  # "zero tolerance", "one penny": a number in a fixed phrase
    idioms_before: tuple  # "a family of four"
    glued_lengths: frozenset  # "a 30-second ad": the ad's length in seconds
    named_lengths: frozenset  # "an 11-year low", "the 10-year Treasury": named, not measured
    length_frames: frozenset  # "during the six-week trial": when, not how long
    dates: frozenset
    weak_one: frozenset
    one_preps: frozenset  # "a blockage in one artery": 'one' in such a phrase counts
    vague_nouns: frozenset
    paragraphs: frozenset
    cue_measure: dict  # lemma -> measure entries, in ranking order (the first that fits wins)
    self_measure: dict  # lemma -> measure entries when the figure modifies it ("25% share")
    verb_cues: frozenset  # cues that count only as verbs ("ship/VERB" in data/measures.toml)
    agent_measure: dict  # lemma -> measure entry counted when its subject is the figure
    measures: tuple  # measure entries in ranking order
    measure_names: frozenset  # their names ("killed", "revenue")
    light_verbs: frozenset
    value_nouns: frozenset
    worth_words: frozenset
    level_verbs: frozenset
    level_preps: frozenset
    level_bounds: frozenset
    carried_past: frozenset  # "drove claims over 150,000": the object is measured
    losing_verbs: frozenset  # "equity values lost $1 trillion": the values are measured
    losing_values: frozenset
    losing_measures: frozenset
    level_subjects: dict
    changes: dict  # lemma -> increase, decrease or difference ("fell" -> decrease)
    change_nouns: frozenset  # words that say a number changed, never what it measures
    container_nouns: frozenset
    of_whole_nouns: frozenset  # "the number of X": X is measured
    of_owner_nouns: frozenset  # "the value of X": the whole phrase is measured
    index_nouns: frozenset
    index_names: frozenset  # market indices named alone ("the Nasdaq fell"): no company's shares
    earner_nouns: frozenset  # people whose earnings are pay, not profit ("women earn 19% less")
    quantity_units: frozenset
    money_units: frozenset
    glued_units: dict  # "gb" -> "gigabytes"
    group_words: frozenset  # "the big three": a word that makes a number word a group's name
    dimensions: dict  # "miles" -> "distance": what a physical unit measures when nothing says
    spatial_words: dict  # "below" -> "depth": "one foot below ground" is a depth
    held_after: dict  # "on hand" -> "cash on hand": "$33 million on hand" is cash held
    generic_counted: frozenset  # "300,000 people donated": what they did is the measure
    stances_after: tuple  # "45 percent in support": a poll's side after the share


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
        # "sub-$100": a hyphen may come before a currency sign, and no amount starts after one
        rf"(?<![\w.,/:'’′$£€¥₹₽])(?:(?<![A-Za-z0-9]-)|(?=[$£€¥₹₽]))"
        rf"(?:(?P<cur>{currency})\s?)?(?P<num>{_DIGITS})"
        rf"(?P<scale>(?:{_alternation(glued)})(?![\w])|\s?(?:{_alternation(spaced)})\b)?"
        rf"(?P<pct>{percent})?(?P<deg>\s?°\s?[CF]\b|[CF](?![\w]))?"
        rf"(?P<gunit>(?:{_alternation(units['glued']['units'])})(?![\w]|\.\w))?"
        rf"(?:\s?[-–]\s?(?P<num2>{number})(?P<pct2>{percent})?)?"
        r"(?![\w]|[.,/:]\d|['’′]\d)",  # not "22.03.2024", "10:30", a height "6'3\""
        re.I,
    )
    word_re = re.compile(
        rf"(?<![\w-])(?:(?P<cur>{currency})\s?)?(?P<num>"
        r"(?:tens|hundreds)\s+of\s+(?:thousands|millions|billions)"
        r"|(?:double|triple)[\s-]digits"  # "raised prices by double digits": at least 10%
        r"|a\s+couple\s+of\s+(?:hundred|thousand|million|billion)\b"  # 200, 2,000 ...
        r"|a\s+(?:couple|pair|trio)(?=\s+of\s)"  # "a pair of advisers": what follows is counted
        r"|a\s+couple(?=\s+[a-z]+s\b)"  # "took a couple courses"
        r"|dozens|hundreds|thousands|millions|billions|trillions|scores(?=\s+of\b)"
        rf"|(?:(?:a|an)\s+(?=(?:dozen|hundred|thousand|million|billion)\b))?(?:{_NUMWORD})"
        rf"(?:(?:{_AFTER_SCALE}\s+and\s+|[\s\-–]+)(?:{_NUMWORD}))*"
        r"(?:[\s-]+and[\s-]+(?:a[\s-]+)?half"  # "three-and-a-half rooms", not "... half million"
        r"(?=[\s-]+(?!(?:of|hundred|thousand|million|billion|trillion)\b)[a-z]))?)"
        r"(?![\w])",
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
        duration_frames=frozenset(fig["duration_frames"]),
        recorded=frozenset(fig["recorded_nouns"]),
        time_after=frozenset(fig["time_after"]),
        time_phrase_re=re.compile(rf"^\s+(?:{_alternation(fig['time_phrases_after'])})\b", re.I),
        identifier_before=frozenset(fig["identifier_before"]),
        identifier_after=frozenset(fig["identifier_after"]),
        schedule_words=frozenset(fig.get("schedule_words", ())),
        code_titles_after=tuple(fig.get("code_titles_after", ())),
        reporting_verbs=frozenset(fig["reporting_verbs"]),
        speaker_verbs=frozenset(fig["speaker_verbs"]),
        opinion_verbs=frozenset(fig["opinion_verbs"]),
        stance_verbs=frozenset(fig.get("stance_verbs", ())),
        scope_words=frozenset(fig.get("scope_words", ())),
        poll_words=frozenset(fig.get("poll_words", ())),
        vote_words=frozenset(fig.get("vote_words", ())),
        raising_verbs=frozenset(fig.get("raising_verbs", ())),
        margin_verbs=frozenset(fig["margin_verbs"]),
        result_verbs=frozenset(fig.get("result_verbs", ())),
        matchup_verbs=frozenset(fig.get("matchup_verbs", ())),
        part_verbs=frozenset(fig["part_verbs"]),
        threshold_words=tuple(w.split() for w in fig["threshold_words"]),
        spending_verbs=frozenset(fig["spending_verbs"]),
        giving_verbs=frozenset(fig.get("giving_verbs", ())),
        given_measures=frozenset(fig.get("given_measures", ())),
        money_forms=frozenset(fig["money_forms"]),
        tally_verbs=frozenset(fig.get("tally_verbs", ())),
        correction_openings=tuple(fig.get("correction_openings", ())),
        container_counts=frozenset(fig.get("container_counts", ())),
        score_words=frozenset(fig["score_words"]),
        age_before=frozenset(fig["age_before"]),
        age_bounds=frozenset(fig.get("age_bounds", ())),
        age_groups=frozenset(fig.get("age_groups", ())),
        age_verbs=frozenset(fig.get("age_verbs", ())),
        age_pronouns=frozenset(fig.get("age_pronouns", ())),
        age_relatives=frozenset(fig.get("age_relatives", ())),
        age_at_words=frozenset(fig.get("age_at_words", ())),
        idioms_after=tuple(w.lower() for w in fig.get("number_idioms", ())),
        idioms_before=tuple(w.lower() for w in fig.get("number_idioms_before", ())),
        glued_lengths=frozenset(fig.get("glued_length_units", ())),
        named_lengths=frozenset(fig.get("named_lengths", ())),
        length_frames=frozenset(fig.get("length_frames", ())),
        dates=frozenset(fig["months"] + fig["weekdays"]),
        weak_one=frozenset(fig["weak_one_nouns"]),
        one_preps=frozenset(fig.get("one_preps", ())),
        vague_nouns=frozenset(fig["vague_nouns"]),
        paragraphs=frozenset(fig["figure_paragraphs"]),
        cue_measure=cue_measure,
        self_measure=self_measure,
        verb_cues=frozenset(verb_cues),
        agent_measure=agent_measure,
        measures=tuple(meas["measure"]),
        measure_names=frozenset(m["name"] for m in meas["measure"]),
        light_verbs=frozenset(fig["light_verbs"]),
        value_nouns=frozenset(fig["value_nouns"]),
        worth_words=frozenset(fig["worth_words"]),
        level_verbs=frozenset(fig["level_verbs"]),
        level_preps=frozenset(fig["level_preps"]),
        level_bounds=frozenset(fig["level_bounds"]),
        carried_past=frozenset(fig["carried_past"]),
        losing_verbs=frozenset(fig["losing_verbs"]),
        losing_values=frozenset(fig["losing_values"]),
        losing_measures=frozenset(fig["losing_measures"]),
        level_subjects=fig["level_subjects"],
        changes={
            word: change
            for change in ("increase", "decrease", "difference")
            for word in fig["changes"][change]
        },
        change_nouns=frozenset(fig["changes"]["change_nouns"]),
        container_nouns=frozenset(fig["container_nouns"]),
        of_whole_nouns=frozenset(fig["of_whole_nouns"]),
        of_owner_nouns=frozenset(fig["of_owner_nouns"]),
        index_nouns=frozenset(fig["index_nouns"]),
        index_names=frozenset(fig.get("index_names", ())),
        earner_nouns=frozenset(fig.get("earner_nouns", ())),
        quantity_units=frozenset(units["measure_after"].values())
        - _COUNTED_UNITS
        - frozenset(units["currency_after"].values()),
        money_units=frozenset(units["currency_before"].values())
        | frozenset(units["currency_after"].values()) - PERCENT_UNITS,
        glued_units={k: units["measure_after"][k] for k in units["glued"]["units"]},
        dimensions=units["dimensions"],
        spatial_words=fig.get("spatial_words", {}),
        held_after=fig.get("held_after", {}),
        group_words=frozenset(fig["group_words"]),
        generic_counted=frozenset(fig.get("generic_counted", ())),
        stances_after=tuple(sorted(fig.get("stances_after", ()), key=len, reverse=True)),
    )


def rules_scale(word: str) -> float:
    if not word:
        return 1.0
    return float(_toml_scales().get(word, 1))


@functools.cache
def _toml_scales() -> dict:
    return {k.lower(): v for k, v in _toml("units.toml")["scales"].items()}


# --- parse helpers -----------------------------------------------------------------------------


def acts_as_verb(tok) -> bool:
    """A verb, or an -ing word the small model mis-tags as a noun ('four heading towards')."""
    if tok.pos_ in ("VERB", "AUX") or tok.tag_ in ("VBG", "VBN", "VBD"):
        return True
    clause = tok.dep_ in ("advcl", "ccomp", "xcomp", "conj", "ROOT", "acl")
    return tok.lower_.endswith("ing") and clause


def inside(tok, span) -> bool:
    return span.start <= tok.i < span.end


def noun_phrase(noun) -> str:
    """The noun with the common nouns compounded onto it: 'job cuts', 'executive officers'."""
    first = noun.i
    while first > 0:
        prev = noun.doc[first - 1]
        if prev.dep_ != "compound" or prev.head.i != noun.i or prev.pos_ != "NOUN":
            break
        if first >= 2 and noun.doc[first - 2].text in ("-", "–"):
            break  # "short-haul aircraft": not "haul aircraft"
        first -= 1
    first, last = hyphen_bounds(noun.doc, first, noun.i)  # "short-haul aircraft", "e-mails"
    words = noun.doc[first : last + 1]  # lower case, but "MPs" and "CEOs" as written
    kept = (t.text_with_ws if sum(c.isupper() for c in t.text) >= 2 else t.text_with_ws.lower()
            for t in words)  # fmt: skip
    return "".join(kept).strip()


def hyphen_bounds(doc, first: int, last: int) -> tuple[int, int]:
    """'asylum-seekers', 'e-mails', 'short-haul': one word the tokenizer cut at its hyphens, so
    the parse may name 'seekers' or 'e' alone. The bounds of doc[first : last + 1] widened to
    the whole hyphened words at either end; never onto a number ('a six-month extension' keeps
    the figure's own word out)."""
    low, high = max(1, first - 2 * _MAX_HYPHENED), min(len(doc) - 3, last + 2 * _MAX_HYPHENED)
    while first >= 2 and first > low and _hyphen_glued(doc[first - 2], doc[first - 1]):
        first -= 2
    while last + 2 < len(doc) and last < high and _hyphen_glued(doc[last + 2], doc[last + 1], True):
        last += 2
    return first, last


_MAX_HYPHENED = 4  # pieces each way: a word, not a 200 KB hyphen chain read at every figure


def _hyphen_glued(word, hyphen, after: bool = False) -> bool:
    """`word` joins the word next to it through `hyphen`, with no space on either side."""
    doc = word.doc
    left = doc[hyphen.i - 1]  # the token before the hyphen
    glued = hyphen.text == "-" and not left.whitespace_ and not hyphen.whitespace_
    return glued and word.is_alpha and not word.like_num and (after or word.i == left.i)


def of_object(tok):
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj" and (obj.pos_ == "NOUN" or obj.tag_ == "NNPS"):
                    return _possessed(obj)  # "hundreds of people", "millions of Americans"
    if tok.lower_ not in COLLECTIVE:
        return None  # "29 percent (and 43 percent of Republicans)": two figures, two wholes
    again = [c for c in tok.children if c.dep_ == "conj" and c.lower_ == tok.lower_]
    return of_object(again[0]) if again else None  # "dozens and dozens of people"


_POSSESSIVE_CLITICS = frozenset(("'s", "’s", "'", "’"))


def _possessed(obj):
    """'three of the country’s lawmakers': the parse may hang the clitic on the number and
    leave the owner ('country') as the object of 'of', the owned noun cut off as the subject of
    the verb. The clitic binds the noun phrase right after it: that noun is what the number
    counts, the owner only says whose. `obj` itself when no possessive clitic follows it."""
    doc = obj.doc
    clitic = doc[obj.i + 1] if obj.i + 1 < len(doc) else None
    if clitic is None or clitic.lower_ not in _POSSESSIVE_CLITICS or clitic.tag_ != "POS":
        return obj
    for tok in doc[clitic.i + 1 : clitic.i + 5]:
        if tok.pos_ == "NOUN" and tok.dep_ not in ("compound", "amod", "nmod"):
            return tok
        if tok.pos_ not in ("ADJ", "NOUN", "ADV", "VERB") or tok.is_punct:
            break
    return obj
