"""The election's November: a month told ahead of a US general election a story is about.

"A strong desire to beat Trump in November", "winning come November", told in 2019 of the 2020
race: the month the tense points to would be this year's November, but the vote the sentence
tells of is next year's. When the story names an election of a later year ("the 2020 election",
"2020 Democrats") and the month's sentence tells of the vote ([events] election_lemmas), an
election month ([events] election_month) still ahead or undirected is that year's. A November
told in the past, or in a sentence about anything else ("In November, the court will hear ..."),
is left as the tense gives it.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from lib.timeline.patterns import Mention, Tables
from lib.timeline.values import Resolved

# The four digits of a year before an election noun, with one word between at most.
YEAR_BEFORE = r"\b(?P<year>(?:19|20)\d\d)\s+(?:[\w\-]+\s+)?(?:{nouns})\b"


def election_year_month(
    ctx, m: Mention, t: Tables, res: Resolved | None, direction
) -> Resolved | None:
    """`res` moved to the election year the story names, when `m` is its election month told
    ahead of it (see the module docstring); else `res` as it is."""
    if res is None or res.date is None or res.precision != "month" or direction == "back":
        return res
    if m.kind != "date" or m.get("year") or m.get("day") or m.get("ymod"):
        return res
    published = ctx.article.published
    if published is None or res.date.year != published.year:
        return res
    word = m.get("month")
    if not word or t.month(word) not in {t.month(w) for w in t.events.get("election_month", ())}:
        return res  # "Nov." is November too
    ahead = _election_year_ahead(ctx.text, published.year, t)
    if ahead is None or not _tells_of_the_vote(ctx, m, t):
        return res
    moved = res.date.replace(year=ahead)
    end = res.date_end.replace(year=ahead) if res.date_end else moved
    how = f"{res.how}; the month of the {ahead} election the story names"
    return replace(res, value=f"{ahead:04d}{res.value[4:]}", date=moved, date_end=end, how=how)


@functools.lru_cache(maxsize=8)
def _election_year_ahead(text: str, year: int, t: Tables) -> int | None:
    """The nearest year after `year` the text names as an election's ('the 2020 race'). Cached:
    read once per article, not once per November in it (a list of months stays linear)."""
    years = {int(h.group("year")) for h in election_year_pattern(t).finditer(text)}
    later = [y for y in years if y > year]
    return min(later) if later else None


@functools.cache
def election_year_pattern(t: Tables) -> re.Pattern:
    nouns = "|".join(re.escape(w) for w in t.events.get("election_year_nouns", ()))
    return re.compile(YEAR_BEFORE.format(nouns=nouns), re.IGNORECASE)


def _tells_of_the_vote(ctx, m: Mention, t: Tables) -> bool:
    """Whether the month's sentence holds a word of the vote itself ('beat', 'nominee')."""
    sentence = ctx.sentence_at(m.start)
    if sentence is None:
        return False
    lemmas = t.events.get("election_lemmas", ())
    return any(tok.lemma_.lower() in lemmas for tok in sentence.span)
