"""Scanned expressions that are not dates: photo credits, ages ("in her 20s"), counts that look
like years ("2,000 people"), and a date word that names an outlet or a show ("USA TODAY").

`_keep` is the one question the tagger (lib/timeline/tagger.py) asks of each scanned mention.
"""

from __future__ import annotations

import re

from lib.article import PAGE_KINDS
from lib.ingest.furniture import rules as furniture_rules
from lib.timeline.patterns import Mention, Tables, scan
from lib.timeline.verbs import _governing_verb, _is_past, _root_token, _words

# How a year hangs on the noun it names ("the 2020 race": nummod, compound or amod; "2020's
# candidates": poss).
YEAR_MODIFIER_DEPS = ("nummod", "compound", "amod", "nmod", "poss")
SKIPPED_PARAGRAPHS = PAGE_KINDS  # photo credits and page furniture: the page's, not the story's
# How many words after "today's" are read for the noun of an era (adjectives, a list of them).
ERA_REACH = 8
PLAIN_REACH = 3  # without a list: three words, as "today's big tech companies"
# "ago" right before "today" ("the attack 18 years ago today"): the day N years back, which the
# offset before it dates; "today" is the anniversary's mark, no event of its own.
AGO_BEFORE = re.compile(r"\bago\s+$", re.IGNORECASE)
# How far into a paragraph its link opener ("Related coverage:") is read.
LINK_REACH = 30
# Entity types of a place: a year after one names what happened there that year ("Iowa 1976").
PLACE_ENTITIES = ("GPE", "LOC")
# How many words after a year in a name are read for an event's noun it dates.
NAME_YEAR_REACH = 3
# Four figures before a plural noun count it only as a round number of hundreds ("2000 soldiers").
ROUND_COUNT = 100
# A time zone or "hours" after four digits makes them a 24-hour clock time ("1800 GMT").
CLOCK_ZONE = re.compile(r"^(?:UTC|GMT|[A-Z]{1,3}T|hours|hrs)\b")
# A possessive before "70s" makes it an age ("in his 70s"), not a decade.
AGE_WORDS = frozenset(["his", "her", "their", "its", "my", "your", "our"])
# Said in a quotation, set off by a comma: "at the end of the day, we fight" means "when all is
# said", no day (a market report's "at the end of the day" is the narrator's, not a quote's).
FIGURES_OF_SPEECH = re.compile(r"\b(?i:at)\s+(?P<span>(?i:the)\s+end\s+of\s+the\s+day)\s*,")
# A page's promotion kept inline in pasted copy: a whole bracketed sentence of five words or more
# ("[Which candidates are ahead this week?]", "[Sign up for our newsletter ... 2020 race.]").
# An editor's insertion in a quote ("[late October]") is a few words with no end mark: kept.
# A headline's column name: the relative expression opens it or its part after one of these,
# and "in" a capitalised topic follows ("This Week in the 2020 Race").
COLUMN_BREAKS = ":|\u2013\u2014-"
COLUMN_TOPIC = re.compile(r"\s+in\s+(?:the\s+)?[A-Z0-9]")
# The column's name before its topic's year ("This Week in the 2020 Race"): the year names the
# column's subject, as the week does its issue; neither is an event of the story.
COLUMN_BEFORE_YEAR = re.compile(
    r"(?:^|[:|\u2013\u2014-]\s*)(?:This|Last|Next)\s+(?:Week|Month)\s+in(?:\s+the)?$"
)
INLINE_PROMO = re.compile(r"\[[A-Z][^\[\]\n]*?(?:\s+[^\s\[\]]+){4,}[.?!]\]")
# Shouting: an expression in capitals within a run of words in capitals ("... WOULD PAY $3 BILLION
# NEXT YEAR UNDER HER TAX", a tweet or a banner typed in caps): how far either side is read, and
# how many words in capitals (of two letters or more) the run must hold besides the expression.
SHOUT_REACH = 80
# Quote marks around a title, and the most words a quoted title of a show or a work holds.
TITLE_OPENERS = ("“", '"')
TITLE_CLOSERS = ("”", '"')
TITLE_WORDS = 6
TITLE_REACH = 60
SHOUT_WORDS = 4
# "of" right after "the last year" and a period's noun phrase: the final year of what follows
# ("of his term", "of the Obama administration"); not an amount ("a profit for the last year of
# US$ 2.7 billion").
OF_AFTER = re.compile(
    r"\s+of\s+(?:(?i:the|his|her|their|its|our|my|your|this|that|a|an)\b|[A-Z][a-z])"
)


def _keep(ctx, m: Mention, t: Tables) -> bool:
    """Drop expressions in photo credits and four-digit counts that look like years."""
    para = ctx.article.paragraph_at(m.start)
    if para is None or (para.kind in SKIPPED_PARAGRAPHS and not _a_linked_headline(ctx.text, para)):
        return False
    if _in_a_promo(ctx.text, m, para):
        return False
    if m.kind == "deictic" and _in_a_name(ctx, m, para):
        return False
    if m.kind == "relative" and _a_title(ctx, m, para):
        return False
    if m.kind == "relative" and _final_unit_of(ctx.text, m):
        return False
    if m.kind == "year" and para.kind == "headline" and _a_column_topic(ctx.text, m, para):
        return False
    if m.kind == "weekday" and _a_programme_name(ctx, m, para):
        return False
    if m.kind in ("weekday", "deictic") and _in_a_quoted_title(ctx.text, m, para):
        return False
    if m.kind == "deictic" and AGO_BEFORE.search(ctx.text, max(0, m.start - 12), m.start):
        return False  # "18 years ago today": the anniversary's mark; the offset dates the event
    if m.kind == "holiday" and another_nations_day(ctx.text, m, para):
        return False
    if m.kind == "vague" and m.text.lower() in t.vague_adjectives:
        return _modifies_a_noun(ctx, m, t)
    if m.kind == "vague" and m.text == "Now" and ctx.text[m.end : m.end + 1] == ",":
        return False  # "Now, the town ...": a discourse marker turning the story, no time
    if m.kind == "decade" and not m.get("century"):
        before = ctx.text[max(0, m.start - 25) : m.start].lower().split()[-2:]
        if AGE_WORDS.intersection(before):
            return False
    if m.pattern == "decade_bare" and _near_a_measure(ctx, m, t):
        return False
    if m.kind == "year" and m.pattern == "year" and _a_year_in_a_name(ctx, m, para, t):
        return False
    if m.kind == "year" and m.pattern == "year":
        after = ctx.text[m.end : m.end + 30].split()
        before = ctx.text[max(0, m.start - 30) : m.start].split()
        if after and after[0].strip(".,;:").lower() in t.count_nouns:
            return False
        if after and CLOCK_ZONE.match(after[0]):  # "2 p.m. (1800 GMT)": a 24-hour clock time
            return False
        if before and before[-1].lower() in t.number_labels:  # "Code § 1924": a reference
            return False
        # "from at least 2002 to 2005": a range cue before the quantifier makes it a year
        ranged = {w.lower() for w in before[-3:-1]}.intersection(_words("range_cues"))
        if before and before[-1].lower() in _words("quantifiers") and not ranged:
            return False
        span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and span.end < len(ctx.doc):
            nxt = ctx.doc[span.end]
            if nxt.lower_ in t.year_plurals:  # "the 2016 elections", "other 2020 candidates"
                return True
            if nxt.tag_ == "NNS" and nxt.dep_ != "npadvmod" and span[-1].dep_ == "nummod":
                return not _a_round_count(m)
    return True


def _a_year_in_a_name(ctx, m: Mention, para, t: Tables) -> bool:
    """'Dubbed "Climate Forum 2020," the event ...', 'blue "Pete 2020" signs', 'at the Food
    Workers 2020 presidential forum', told in 2019: running text puts a year after a preposition
    or before its noun ("in 2020", "the 2020 forum"); a year still ahead of the story's written
    straight after a capitalised noun (no comma between) belongs to a name - a campaign's, a
    forum held now for the coming vote - and dates nothing the story tells. The story's own year
    or an earlier one there is an edition's ("Apple's WWDC 2005", told in 2005: that year's
    conference, which TimeML dates). Not a day's or a season's name ([tense] name_year_keeps:
    "Election Day 2020"), a place's ("Carter in Iowa 1976") nor an event's ([events]
    named_nouns: "World Cup 2018", "Moody's Analytics 2020 election forecast"); in a
    title-cased headline, where every word is capitalised, only a word in capitals before it
    counts."""
    published = ctx.article.published
    if published is None or not m.text.isdigit() or int(m.text) <= published.year:
        return False
    span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    prev = ctx.doc[span.start - 1]
    if prev.pos_ not in ("PROPN", "NOUN") or prev.is_sent_start or prev.whitespace_ != " ":
        return False
    if prev.text.rstrip(".").title() in t.months:  # "Sept 2019" where the scan reads no month
        return False
    if prev.ent_type_ in PLACE_ENTITIES:  # "Carter in Iowa 1976": that place's vote, that year
        return False
    word = prev.lemma_.lower()
    named = t.events.get("named_nouns", ())
    if word in _words("name_year_keeps") or word in named:
        return False
    if any(w.lemma_.lower() in named for w in _words_after(ctx.doc, span.end)):
        return False  # "Moody's Analytics 2020 election forecast": the election's year
    titled = para.kind == "headline" and _title_cased(ctx.text[para.start : para.end])
    return prev.text.isupper() if titled else prev.text[:1].isupper()


def _words_after(doc, i: int) -> list:
    """The adjectives and nouns right after token `i` (up to NAME_YEAR_REACH): the noun phrase a
    year before them opens ("2020 presidential forum", "2020 election forecast")."""
    out = []
    for tok in doc[i : i + NAME_YEAR_REACH]:
        if tok.pos_ not in ("ADJ", "NOUN", "PROPN"):
            break
        out.append(tok)
    return out


def _a_round_count(m: Mention) -> bool:
    """'2000 soldiers', '1500 troops': four figures before a plural noun count it when they are
    round hundreds, as counts written without a comma are; any other ('2005 remarks', '2020
    results', 'in 2020 Matchups') is the year the noun belongs to - nobody counts 2,005 remarks."""
    return m.text.isdigit() and int(m.text) % ROUND_COUNT == 0


def _a_linked_headline(text: str, para) -> bool:
    """'More: Mayor Ruiz to run for governor in 2022': a link to another story (data/furniture.toml
    `links`) is page furniture to statements and figures, but the headline it shows dates an
    event the page points the reader to, and the annotated US sets date every such headline's
    date (us3-us8: six of six). Other furniture (credits, "Follow us") keeps no date."""
    opening = " ".join(text[para.start : para.start + LINK_REACH].lower().split())
    return any(opening.startswith(link) for link in furniture_rules().links)


def _a_column_topic(text: str, m: Mention, para) -> bool:
    """'This Week in the 2020 Race': a year in a headline column's topic names the column's
    subject (COLUMN_BEFORE_YEAR), as its week names the issue; it is no event of the story."""
    return COLUMN_BEFORE_YEAR.search(text[para.start : m.start].rstrip()) is not None


def another_nations_day(text: str, m: Mention, para) -> bool:
    """'an event celebrating Greek Independence Day', 'Mexico's Independence Day': a national
    day ([tense] national_holidays) after a capitalised word in running text, not one that keeps
    the home day ([tense] home_nation_words), is another nation's, on a date the holiday tables
    do not give (the US one would be wrong). A headline capitalises every word: not read there."""
    name = " ".join((m.get("holiday") or "").lower().split())
    if name not in _words("national_holidays") or para.kind == "headline":
        return False
    before = text[para.start : m.start].split()
    if len(before) < 2 or before[-2][-1:] in '.!?:"“':
        return False  # the name opens a sentence: its first word says nothing
    word = before[-1]
    return word[:1].isupper() and word.lower() not in _words("home_nation_words")


def _final_unit_of(text: str, m: Mention) -> bool:
    """'the last year of his term', 'the last week of the trial': the final unit of another
    period, counted from its end, not from now ('the last year' alone is the stretch up to now)."""
    words = m.text.lower().split()
    return words[:2] == ["the", "last"] and OF_AFTER.match(text, m.end) is not None


def _in_a_promo(text: str, m: Mention, para) -> bool:
    """A date inside a bracketed promotion of another story ('[Which candidates are ahead this
    week?]') belongs to that page, not to this story's events."""
    for hit in INLINE_PROMO.finditer(text, para.start, para.end):
        if hit.start() < m.start and m.end < hit.end():
            return True
    return False


def _near_a_measure(ctx, m: Mention, t: Tables) -> bool:
    """'Highs will be in the 70s', 'approval ratings in the 40s': a bare decade in a sentence
    about a temperature, score or rate is that measure's range, not a decade."""
    sentence = ctx.sentence_at(m.start)
    text = ctx.text[sentence.start : sentence.end] if sentence is not None else ctx.text
    words = {w.strip(".,;:!?\"'()").lower() for w in text.split()}
    return bool(words & t.not_near_bare_decade)


def _a_title(ctx, m: Mention, para) -> bool:
    """'ABC's "This Week"', 'on "Next Year in Jerusalem"': a relative expression written in
    title case inside a sentence of running text names a show or a work, not a week. In a
    headline, title case is the rule, so only a column's name counts: 'This Week in the 2020
    Race', '... Forum: This Week in Politics' (a roundup, whose weeks its lead dates)."""
    words = m.text.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    if shouted(ctx.text, m, para):
        return False
    if para.kind == "headline":
        return _a_column_name(ctx.text, m, para)
    sentence = ctx.sentence_at(m.start)
    opening = sentence is None or not ctx.text[sentence.start : m.start].strip(" \"“‘'")
    return not opening


def shouted(text: str, m: Mention, para) -> bool:
    """'“MIKE BLOOMBERG WOULD PAY $3 BILLION NEXT YEAR UNDER HER TAX,” her calculator states':
    an expression in capitals among words in capitals is shouted, as a tweet or a banner is
    typed, so its capitals say nothing of a title or a name; it is read as if in lower case. A
    headline in title case is not shouting ("Next Year in Jerusalem" stays a title)."""
    if not m.text.isupper():
        return False
    before = text[max(para.start, m.start - SHOUT_REACH) : m.start].split()
    after = text[m.end : min(para.end, m.end + SHOUT_REACH)].split()
    return _capitals_run(reversed(before)) + _capitals_run(after) >= SHOUT_WORDS


def _capitals_run(words) -> int:
    """How many words in capitals come first in `words`, up to the first word with a lower-case
    letter (figures and marks such as "$3.079" neither count nor stop the run)."""
    count = 0
    for word in words:
        letters = [c for c in word if c.isalpha()]
        if any(c.islower() for c in letters):
            break
        count += len(letters) >= 2
    return count


def _a_column_name(text: str, m: Mention, para) -> bool:
    """'This Week in the 2020 Race' opening a headline or its part after a colon or a dash."""
    opening = text[para.start : m.start].rstrip()
    return (not opening or opening[-1] in COLUMN_BREAKS) and bool(
        COLUMN_TOPIC.match(text, m.end, para.end)
    )


def _in_a_name(ctx, m: Mention, para) -> bool:
    """'told USA TODAY', 'on NBC's Today show': a capitalised date word after a capitalised
    word, or before a programme noun, names an outlet or a show, not a day. In a title-cased
    headline every word is capitalised ("What Happened Today in the Inquiry"): there only a
    word in capitals before it ("USA Today") makes it a name."""
    if not m.text[:1].isupper():
        return False
    before = ctx.text[max(0, m.start - 30) : m.start]
    sentence = ctx.sentence_at(m.start)
    opens_sentence = sentence is None or not ctx.text[sentence.start : m.start].strip()
    words = before.split()
    titled = para.kind == "headline" and _title_cased(ctx.text[para.start : para.end])
    capital = words and (words[-1].isupper() if titled else words[-1][:1].isupper())
    if capital and not opens_sentence and words[-1][-1].isalnum():
        return True
    after = ctx.text[m.end : m.end + 15].split()
    return bool(after) and after[0].lower().strip(".,") in _words("programme_nouns")


def _a_programme_name(ctx, m: Mention, para) -> bool:
    """'on Fox News' "Sunday Morning Futures"', 'hosted "Saturday Night Live"', 'Monday Night
    Football': running text writes a day's part in lower case ("on Sunday morning"), so a weekday
    whose part is capitalised names a programme, not a day - unless the whole line is in title
    case (a headline) or in capitals."""
    part = m.get("daypart")
    if not part or not part[:1].isupper() or part.isupper() or para.kind == "headline":
        return False
    return not _title_cased(ctx.text[para.start : para.end])


def _in_a_quoted_title(text: str, m: Mention, para) -> bool:
    """'defended Trump on “Fox News Sunday.”': a date word after two capitalised words inside
    quote marks holding a short run of capitalised words and nothing else ends a title, not a
    day (running text writes "on Sunday" in lower-case company). A headline is title-cased
    throughout, so its words say nothing of a title. Read within TITLE_REACH either side."""
    if para.kind == "headline" or not m.text[:1].isupper():
        return False
    lo, hi = max(para.start, m.start - TITLE_REACH), min(para.end, m.end + TITLE_REACH)
    opening = max(text.rfind(q, lo, m.start) for q in TITLE_OPENERS)
    closing = min(
        (i for i in (text.find(q, m.end, hi) for q in TITLE_CLOSERS) if i >= 0), default=-1
    )
    if opening < 0 or closing < 0 or any(q in text[opening + 1 : m.start] for q in TITLE_CLOSERS):
        return False
    before = text[opening + 1 : m.start].split()
    words = text[opening + 1 : closing].rstrip(".,").split()
    return (
        len(before) >= 2  # "“Not Sunday.”" is a reply; a title's name comes before its day
        and before[-1][:1].isupper()
        and len(words) <= TITLE_WORDS
        and all(w[:1].isupper() or (w.isalpha() and len(w) <= 3) for w in words)
    )


def _title_cased(text: str) -> bool:
    """Most words of four letters or more capitalised: a headline or a label, not prose."""
    words = [w for w in text.split() if len(w) > 3 and w[:1].isalpha()]
    return bool(words) and sum(w[:1].isupper() for w in words) > 0.7 * len(words)


def _modifies_a_noun(ctx, m: Mention, t: Tables) -> bool:
    """'the current talks', 'a recent sale': the adjective before its noun is a time (TimeML's
    PRESENT_REF / PAST_REF); 'the current' of a river, 'the current account' are none."""
    span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or len(span) != 1 or span.end >= len(ctx.doc):
        return False
    word, nxt = span[0], ctx.doc[span.end]
    if word.pos_ != "ADJ" or nxt.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return False
    return nxt.lower_ not in t.not_after_vague_adjective


def present_era(ctx, m: Mention, t: Tables) -> bool:
    """'in today's world', 'for today's youth', 'today's GM': "today" owning a noun of an era
    or a name means the present (TimeML PRESENT_REF), not the publication day. The adjectives
    between may be a list ("today's strong, modern, and growing economy"): commas, "and" and
    adverbs in it are read past, up to ERA_REACH words."""
    if m.kind != "deictic" or m.text.lower() != "today":
        return False
    span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.end + 1 >= len(ctx.doc) or ctx.doc[span.end].tag_ != "POS":
        return False
    listed = False  # a comma or "and" between adjectives: the list's words, then its noun
    for i, tok in enumerate(ctx.doc[span.end + 1 : span.end + 1 + ERA_REACH]):
        if tok.pos_ == "PROPN" or tok.lemma_.lower() in t.present_era_nouns:
            return True
        if tok.text == "," or tok.pos_ in ("CCONJ", "ADV"):
            if tok.nbor(-1).pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
                return False  # "today's vote, and ...": the noun came before the comma
            listed = True
            continue
        adjective = tok.pos_ == "ADJ" or tok.tag_ in ("VBG", "VBN")  # "growing", "armed"
        if adjective and (listed or i < PLAIN_REACH):
            continue
        if tok.pos_ != "NOUN" or listed or i >= PLAIN_REACH:
            return False
    return False


def today_against_the_past(ctx, m: Mention, t: Tables) -> bool:
    """'to do to black and brown people today what the old Southern Democrats did in the 40s',
    'what do you see in him today that reminds you of the man you covered for so many years':
    a bare "today" in a clause not told in the past, whose sentence sets it against a past era
    (a decade, or [tense] past_era_cues), is the present (TimeML PRESENT_REF): nowadays, no
    day. 'He said today what he said in the 1990s' tells of the day: its verb is past."""
    if m.kind != "deictic" or m.text.lower() != "today":
        return False
    sent = ctx.sentence_at(m.start)
    if sent is None:
        return False
    words = ctx.text[sent.start : sent.end]
    lowered = " ".join(words.lower().split())
    era = any(k.kind == "decade" for k in scan(words, t))
    if not era and not any(cue in lowered for cue in _words("past_era_cues")):
        return False
    tok = _root_token(ctx, m)
    verb = _governing_verb(tok) if tok is not None else None
    return verb is not None and not _is_past(verb)


def figure_of_speech(ctx, m: Mention, quoted) -> bool:
    """'"... at the end of the day, if someone threatens us, we fight"', 'But look, at the end of
    the day, if someone's going to try to ...': a time phrase set off by a comma (FIGURES_OF_SPEECH)
    is the idiom ("when all is said"), no time, inside a quotation or in a clause not told in the
    past (words quoted without quote marks, an argument made now). A market report tells the
    day's close in the past ("The pound recovered at the end of the day, dealers said"): kept."""
    window = ctx.text[max(0, m.start - 4) : m.end + 2]
    if FIGURES_OF_SPEECH.search(window) is None:
        return False
    if quoted.holds(m.start, m.end):
        return True
    tok = _root_token(ctx, m)
    verb = _governing_verb(tok) if tok is not None else None
    return verb is not None and not _is_past(verb)


def names_a_campaign(ctx, x, t: Tables) -> bool:
    """'the 2020 race', 'on the 2020 campaign trail', 'his 2020 rivals', '2020 Democratic
    presidential contender Biden', "2020's presidential candidates", told in 2019: a year not yet
    over naming an election's contest ([events] campaign_nouns, as the noun or a compound of it)
    or the people in it and its prize ([events] contest_roles, as the noun) says which contest,
    not when anything happens - the campaign runs now. So does any year before an award's title
    ("Kentucky's 2019 teacher of the year": [events] award_title after the noun). Its value
    stays (TimeML tags it); it is no point on the timeline. 'The 2020 election', 'the 2020
    primary' and 'the 2016 race' or 'the 2008 nominee' (over by then) are dated events and stay."""
    published = ctx.article.published
    if x.kind != "year" or x.anchor != "explicit" or x.date is None or published is None:
        return False
    span = ctx.doc.char_span(x.start, x.end, alignment_mode="expand")
    if span is None or not len(span) or span.root.dep_ not in YEAR_MODIFIER_DEPS:
        return False
    noun = span.root.head
    if _an_award_title(ctx.text, noun, t):
        return True
    if x.date.year < published.year:
        return False
    nouns = [noun, *(c for c in noun.children if c.dep_ == "compound" and c.i > span.root.i)]
    campaign = t.events.get("campaign_nouns", ())
    roles = t.events.get("contest_roles", ())
    return noun.lemma_.lower() in roles or any(n.lemma_.lower() in campaign for n in nouns)


def _an_award_title(text: str, noun, t: Tables) -> bool:
    """'teacher of the year', 'player of the year': the noun and the words after it name an
    award ([events] award_title)."""
    after = " ".join(text[noun.idx + len(noun.text) : noun.idx + len(noun.text) + 20].split())
    return noun.pos_ == "NOUN" and any(
        after.lower().startswith(w) for w in t.events.get("award_title", ())
    )


def hypothetical_now(ctx, x, t: Tables) -> bool:
    """'If it were today, I don't think ... it would lead to a removal', 'if the election were
    held today': a now-relative word in an "if" clause told in the past subjunctive supposes a
    day contrary to fact; nothing happens on it. Its value stays (TimeML tags "today"); it is no
    point on the timeline. 'If the vote is held today' (a real condition) keeps its row. So does
    a count in a clause opened by an inverted "had" ('Had it struck an hour later, ...')."""
    if x.kind not in ("deictic", "relative", "offset"):
        return False
    tok = _root_token(ctx, x)
    verb = _governing_verb(tok) if tok is not None else None
    if verb is None:
        return False
    if _had_inverted(verb) or _under_had_inverted(verb):
        return True
    marks = _words("hypothetical_marks")
    if not any(c.dep_ == "mark" and c.lower_ in marks for c in verb.children):
        return False
    be = _words("hypothetical_be")
    return verb.lower_ in be or any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in be for c in verb.children
    )


def _under_had_inverted(verb) -> bool:
    """'Had he entered the race sooner, he might be the front-runner today': the clause a
    contrary-to-fact condition governs, told with a modal, supposes its time as well."""
    modal = any(c.dep_ == "aux" and c.lower_ in ("would", "might", "could") for c in verb.children)
    before = [c for c in verb.children if c.dep_ in ("advcl", "ccomp") and c.i < verb.i]
    return modal and any(_had_inverted(c) for c in before)  # the parse may call it either


def _had_inverted(verb) -> bool:
    """'Had it happened an hour later, it would have been worse': "had" before the subject with
    no "if" is a condition contrary to fact (a question never carries a count of time so)."""
    had = [c.i for c in verb.children if c.dep_ == "aux" and c.lower_ == "had"]
    subj = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    return bool(had and subj) and had[0] < subj[0] and verb.dep_ in ("advcl", "ROOT", "ccomp")
