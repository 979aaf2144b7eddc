"""Find the page furniture inside a body paragraph: words a web page set there, not the story's.

Scraped or pasted web copy loses its line breaks, and with them the edge between the story and
what the page put around it: cross-headlines in capitals linking to other stories ("SENATOR
RESIGNS OVER TRIPS"), "Related:" and "More:" links, "Follow us on Twitter", "Contributing: …",
"The Associated Press contributed to this report.", photo credits. Read as story they give a
quote a speaker (the "SORRY" of "… FOR COLLEGE? SORRY, WRONG SIZE TYPE That opinion comes from a
statement DeVos released"), a statement or a name the story never had.

`furniture_spans` only finds them; lib/ingest/structure.py types each span as a paragraph of kind
"furniture", which keeps the text (and so every offset) as it is, and is the one way the later
stages learn of it: they read the story's paragraph kinds only. The rules are data
(`data/furniture.toml`, with its glossary) and are conservative: a span is furniture only when
it plainly is, since story words marked as furniture are lost to every stage.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache
from itertools import islice

from lib.ingest.posts import signature_in
from lib.ruledata import load

_WORD = re.compile(r"\S+")
_SENTENCE_END = re.compile(r"""[.!?]["”’')\]]*(?=\s)""")
_QUOTE_MARKS = re.compile('["“”«»]')
_AFTER_SENTENCE_END = re.compile(r"""[.!?]["”’')\]]*\s+$""")
_QUOTATION_MARK = re.compile('[“”"]')
_AFTER_CLOSING_QUOTE = re.compile(r'(?<=\S)[”"]\s+(?=[A-Z])')
_BRACKETED = re.compile(r"\[([^\[\]\n]{1,300})\]")
_LAST_WORD = re.compile(r"\S*$")
# The opening of the story's sentence after a linked headline: a name and its past-tense verb
# ("… third quarter Warren replied"), the name one word (a name of more would take the headline's
# last capitalised word: "… against Biden Warren said"), or up to three with an apposition in
# commas ("Jim Kessler, a strategist at Third Way, said").
_REPORT_OPENING = re.compile(
    r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}, [^,.;“”\"]{1,90}, |[A-Z][\w'’.-]* "
)
_BIO_NAME = re.compile(r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2} ")
_WORD_CHARS = 25  # a sentence longer than max_words * 25 characters is no furniture sentence
_HEAD_CHARS = 80  # enough of a sentence to see whether it opens a link
# A dateline after a run of capitals: "DAYTONA BEACH, Fla. –", "NEW YORK (AP) —".
_DATELINE_AFTER = re.compile(r"\s*(?:,\s*[A-Z][a-z.]|\(|[-–—])")
# A photo credit in brackets: "(AP Photo/Evan Vucci)", "(Photo: Jane Doe, USA TODAY)".
_BRACKETED_CREDIT = (
    r"\((?:[A-Z][\w&.]*\s){0,3}(?:Photo(?:graph)?|Image|Picture)s?\s*(?:by\s|:|/)[^()\n]{1,80}\)"
)


@dataclass(frozen=True)
class FurnitureRules:
    min_words: int
    min_long_words: int
    long_word: int
    max_comma_share: float
    max_words: int
    max_question_words: int
    max_capitals_share: float
    bio_tail_chars: int
    bios: tuple[str, ...]
    openings: tuple[str, ...]
    credits: tuple[str, ...]
    links: tuple[str, ...]
    headline_ends: frozenset[str]
    story_verbs: tuple[str, ...]
    abbreviations: frozenset[str]
    calls: tuple[str, ...]
    channels: tuple[str, ...]
    bracket_openings: tuple[str, ...]
    photo_credit: re.Pattern


@cache
def rules() -> FurnitureRules:
    d = load("furniture.toml")
    return FurnitureRules(
        d["min_words"],
        d["min_long_words"],
        d["long_word"],
        d["max_comma_percent"] / 100,
        d["max_words"],
        d["max_question_words"],
        d["max_capitals_percent"] / 100,
        d["bio_tail_chars"],
        tuple(d["bios"]),
        tuple(d["openings"]),
        tuple(d["credits"]),
        tuple(d["links"]),
        frozenset(d["headline_ends"]),
        tuple(d["story_verbs"]),
        frozenset(d["abbreviations"]),
        tuple(d["calls"]),
        tuple(d["channels"]),
        tuple(d["bracket_openings"]),
        _photo_credit(d["photo_agencies"]),
    )


def _photo_credit(agencies: list[str]) -> re.Pattern:
    """The photo credits of data/furniture.toml as one pattern."""
    agency = "|".join(re.escape(a) for a in sorted(agencies, key=len, reverse=True))
    name = r"[A-Z](?:[\w'’-]*[a-z][\w'’-]*|\.)"
    return re.compile(
        rf"{_BRACKETED_CREDIT}"
        rf"|\b(?:{agency}) Photo/{name}(?: {name}){{0,2}}"
        rf"|(?:\bPhoto(?:graph)?(?::| by) )?(?<![\w/])(?!(?:{agency})/)"
        rf"{name}(?: {name}){{1,2}}/(?:{agency})(?![\w/])"
    )


def furniture_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The furniture in text[start:end] (a body paragraph), in order, as (start, end) spans that
    hold no surrounding white space; furniture separated only by white space is one span."""
    r = rules()
    quoted = _Quotation(text, start, end)
    found = _capital_runs(text, start, end, r, quoted)
    found += _furniture_sentences(text, start, end, r, quoted)
    found += [(m.start(), m.end()) for m in r.photo_credit.finditer(text, start, end)]
    found += _bracketed_links(text, start, end, r, quoted)
    merged: list[tuple[int, int]] = []
    for s, e in sorted(found):
        if merged and (s <= merged[-1][1] or not text[merged[-1][1] : s].strip()):
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


# ----------------------------------------------------------------------------- cross-headlines


class _Quotation:
    """Whether a quotation is open at an offset of the paragraph. Pasted copy mixes its marks
    ('"As I said,” said DeVos.') and a quotation running on over lost paragraph breaks reopens
    without closing ('… special. "John would …'), so a mark's direction is read from the mark
    alone: “ opens, ” closes, and a straight " opens before a word and closes after one. The
    state after each mark is kept, and a question is a bisection (a scan per question would make
    a long paragraph cost its square)."""

    def __init__(self, text: str, start: int, end: int):
        self.at: list[int] = []
        self.open: list[bool] = []
        for m in _QUOTATION_MARK.finditer(text, start, end):
            i = m.start()
            before = text[i - 1] if i > start else " "
            after = text[i + 1] if i + 1 < end else " "
            straight_opens = (before.isspace() or before in "([—–-") and not after.isspace()
            self.at.append(i)
            self.open.append(m.group() == "“" or (m.group() == '"' and straight_opens))

    def open_at(self, offset: int) -> bool:
        k = bisect.bisect_left(self.at, offset)
        return self.open[k - 1] if k else False


def _capital_runs(
    text: str, start: int, end: int, r: FurnitureRules, quoted: _Quotation
) -> list[tuple[int, int]]:
    """Runs of capitals that are another story's headline (see data/furniture.toml)."""
    words = list(_WORD.finditer(text, start, end))
    if sum(_capitals(w.group()) for w in words) > r.max_capitals_share * len(words):
        return []  # a paragraph set in capitals: they tell no headline apart
    out, i = [], 0
    while i < len(words):
        if not _capitals(words[i].group()):
            i += 1
            continue
        j = i
        while j < len(words) and _capitals(words[j].group()):
            j += 1
        run = words[i:j]
        if j < len(words) and words[j].group()[:1].islower():
            run = run[:-1]  # "… INAUGURATION NASA officials said": the next sentence's subject
        while run and not _has_letters(run[-1].group()):
            run = run[:-1]
        while len(run) > 1 and run[0].group().endswith("."):
            run = run[1:]  # "… at 5 p.m. ET. THE VOTE …": the word closes the sentence before
        if run and _is_cross_headline(text, start, run, r) and not quoted.open_at(run[0].start()):
            out.append((run[0].start(), run[-1].end()))
        i = j
    return out


def _capitals(word: str) -> bool:
    """A word with no lower-case letter that belongs in a headline (letters, digits, marks)."""
    return not any(c.islower() for c in word) and not word.startswith("@")


def _has_letters(word: str) -> bool:
    return any(c.isalpha() for c in word)


def _is_cross_headline(text: str, para_start: int, run: list, r: FurnitureRules) -> bool:
    """The tests of data/furniture.toml on a run of capitals (quotation marks aside)."""
    letters = [sum(c.isalpha() for c in w.group()) for w in run]
    lettered = [n for n in letters if n >= 2]
    if len(lettered) < r.min_words or sum(n >= r.long_word for n in lettered) < r.min_long_words:
        return False
    if not _has_letters(run[0].group()) or run[0].group()[0] in "“\"‘'":
        return False  # a quoted slogan opens with its quotation mark
    commas = sum(w.group().endswith(",") for w in run[:-1])
    if commas > r.max_comma_share * (len(run) - 1):
        return False  # "NATO, EU, UN, OSCE": a list of acronyms
    last = run[-1].group()
    if last.endswith("!") or (last.endswith(".") and "." not in last[:-1]):
        return False  # a shouted sentence, not a headline
    if last.endswith((",", ":", ";")):
        return False
    before = text[max(para_start, run[0].start() - 12) : run[0].start()]
    if not _AFTER_SENTENCE_END.search(before):
        return False  # the paragraph's opening words, or inside a sentence
    return not _DATELINE_AFTER.match(text, run[-1].end())


# ----------------------------------------------------------------------------- page sentences


def _bracketed_links(
    text: str, start: int, end: int, r: FurnitureRules, quoted: _Quotation
) -> list[tuple[int, int]]:
    """Links in square brackets: "[Read more: …]", "[Sign up for …]" (see the data)."""
    out = []
    for m in _BRACKETED.finditer(text, start, end):
        low = _normal(m.group(1)).replace(":", " ")
        opens = any(low == w or low.startswith(w + " ") for w in r.bracket_openings)
        if opens and len(low.split()) >= 4 and not quoted.open_at(m.start()):
            out.append((m.start(), m.end()))
    return out


def _furniture_sentences(
    text: str, start: int, end: int, r: FurnitureRules, quoted: _Quotation
) -> list[tuple[int, int]]:
    """Sentences in which the page talks to its reader or credits the story (see the data). A
    short question just before a call is the call's lead-in ("Curious about a claim? Email …").
    Sentence ends are found once and looked up by bisection, and a sentence longer than a
    furniture sentence can be is read no further than its opening, so a long paragraph costs its
    length."""
    ends = _sentence_ends(text, start, end, r)
    out = []
    question = None  # the last sentence, when it was a short question outside quotation marks
    for s in sorted(set(_sentence_starts(text, start, end, ends))):
        if quoted.open_at(s):
            question = None
            continue
        k = bisect.bisect_right(ends, s)
        e = ends[k] if k < len(ends) else end
        head = _normal(text[s : s + _HEAD_CHARS])
        link = next((opener for opener in r.links if head.startswith(opener)), None)
        low = _normal(text[s:e]) if e - s <= r.max_words * _WORD_CHARS else ""
        if link:
            link_end = _link_end(text, text.index(":", s) + 1, e, end, r)
            if not signature_in(text, s, link_end):  # "More:" before a post (`lib.ingest.posts`)
                out.append((s, link_end))
        elif not low or len(low.split()) > r.max_words:
            pass
        elif _is_call(low, r):
            out.append((question if question is not None else s, e))
        elif low.startswith(r.openings) or _is_credit(text[s:e], low, r) or _is_bio(text, s, e, r):
            out.append((s, e))
        short_question = low.endswith("?") and len(low.split()) <= r.max_question_words
        question = s if short_question else None
    return out


def _normal(words: str) -> str:
    return " ".join(words.replace("’", "'").lower().split())


def _is_call(low: str, r: FurnitureRules) -> bool:
    return any(low.startswith(call + " ") for call in r.calls) and any(
        channel in low for channel in r.channels
    )


def _is_credit(sentence: str, low: str, r: FurnitureRules) -> bool:
    return not _QUOTE_MARKS.search(sentence) and any(c in low for c in r.credits)


def _is_bio(text: str, s: int, e: int, r: FurnitureRules) -> bool:
    """ "Ann Lee covers education in Washoe County.": a name of two or three capitalised words,
    then one of the data's `bios`, no quotation marks, near the text's end."""
    if len(text) - e > r.bio_tail_chars:
        return False
    sentence = text[s:e]
    m = _BIO_NAME.match(sentence)
    if m is None or _QUOTE_MARKS.search(sentence):
        return False
    rest = _normal(sentence[m.end() :])
    return any(rest.startswith(b + " ") for b in r.bios)


def _sentence_ends(text: str, start: int, end: int, r: FurnitureRules) -> list[int]:
    """The offsets just after each sentence end of the paragraph (its closing marks included);
    a full stop after an abbreviation ("Sen.", "Gov.") or a lone capital ("J.") ends none."""
    out = []
    for m in _SENTENCE_END.finditer(text, start, end):
        if text[m.start()] == ".":
            word = _LAST_WORD.search(text, max(start, m.start() - 20), m.start()).group()
            bare = word.lstrip("(“\"'‘").lower()
            if bare in r.abbreviations or (len(bare) == 1 and bare.isalpha()):
                continue
        out.append(m.end())
    return out


def _sentence_starts(text: str, start: int, end: int, ends: list[int]):
    """The paragraph's start, the first word after every sentence end, and every capital after
    a closing quotation mark (a quotation whose full stop the page dropped: '… going to do"
    More: …'); a start that is none matches no opening of the data either."""
    yield start
    for e in ends:
        s = e
        while s < end and text[s].isspace():
            s += 1
        if s < end:
            yield s
    for m in _AFTER_CLOSING_QUOTE.finditer(text, start, end):
        if text[m.start() - 1] not in ".!?":
            yield m.end()


def _link_end(text: str, s: int, sentence_end: int, end: int, r: FurnitureRules) -> int:
    """The end of a linked headline opening at `s`: where a word runs on, unpunctuated, into a
    word that opens the story's next sentence (see data/furniture.toml `links`), within
    `max_words` words; else the sentence end. Story words read as a headline are lost to every
    stage, so each sign of the story's sentence counts; past the sentence end (a headline may
    hold a full stop) only an opening word of the data does, and another link ends this one."""
    words = list(islice(_WORD.finditer(text, s, end), r.max_words + 1))
    for prev, word in zip(words, words[1:], strict=False):
        past_end = word.start() >= sentence_end
        if past_end and _normal(word.group()) in r.links:
            return prev.end()  # "… Here's why. More: …": a link runs on into the next
        if not _runs_on(prev.group()):
            continue
        if word.group() in r.headline_ends:
            return prev.end()
        if not past_end and (_opens_double_quotation(word.group()) or _opens_report(text, word, r)):
            return prev.end()
    return sentence_end


def _runs_on(word: str) -> bool:
    """A headline's last word: unpunctuated, or closing a single quotation ("… 'a round'")."""
    return word[-1:].isalnum() or (word[-1:] in "'’" and len(word) > 1 and word[-2].isalnum())


def _opens_double_quotation(word: str) -> bool:
    return word[:1] == "“" or (word[:1] == '"' and word[1:2].isalnum())


def _opens_report(text: str, word: re.Match, r: FurnitureRules) -> bool:
    """A name (see `_REPORT_OPENING`) then a past-tense reporting verb of the data."""
    m = _REPORT_OPENING.match(text, word.start())
    if m is None:
        return False
    head = text[m.end() : m.end() + 20]
    return any(
        head.startswith(v) and not head[len(v) : len(v) + 1].isalnum() for v in r.story_verbs
    )
