"""The timex row: one temporal expression of an article with its resolved value.

Made by the tagger (lib/timeline/tagger.py) and read by the timeline (lib/timeline/extract.py);
on its own so that the readings of the parse (lib/timeline/verbs.py) can name it without the tagger.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from spacy.tokens import Token


@dataclass
class Timex:
    start: int
    end: int
    text: str
    type: str  # DATE, TIME, DURATION
    value: str  # TimeML-style value
    date: datetime.date | None
    date_end: datetime.date | None
    precision: str
    anchor: str  # publication | explicit | the event or statement it hangs on
    resolution: str
    kind: str
    sentence_id: int | None
    head: Token | None = None  # spaCy token the expression attaches to (verb or event noun)
