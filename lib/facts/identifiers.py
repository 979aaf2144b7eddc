"""Numbers that name rather than count: sections of a law ('401(k)'), titles of a legal code
('18 U.S. Code'), models listed after 'the' ('the 3230 and 7710').

Asked by lib/facts/not_figures.py `_not_a_figure`; word lists are data (data/figures.toml
code_titles_after).
"""

from __future__ import annotations

import re

from lib.facts.candidates import Candidate
from lib.facts.figrules import Rules

# a letter or digit in brackets glued to the number: a section of a law or code, a name
_SECTION_MARK = re.compile(r"\([a-zA-Z0-9]{1,2}\)")


def is_section_mark(text: str, cand: Candidate) -> bool:
    """'401(k)', '501(c)(3)': a number glued to a bracketed letter or digit, or bracketed and
    glued to one, names a section of a law or code; '$5 (£3)' is spaced."""
    glued_before = (
        cand.start >= 2
        and text[cand.start - 1] == "("
        and (text[cand.start - 2] == ")" or text[cand.start - 2].isalnum())
    )
    return glued_before or bool(_SECTION_MARK.match(text, cand.end))


def _bare_digits(tok) -> bool:
    """Three to five digits with no separator ('3230'), no year: how models are numbered."""
    text = tok.text
    return text.isdigit() and 3 <= len(text) <= 5 and not 1900 <= int(text) <= 2099


def is_model_pair(doc, span) -> bool:
    """'two new handsets - the 3230 and 7710', 'the 747 or 777': bare numbers of three to five
    digits joined by 'and'/'or' after 'the', with no noun after them, name models named before;
    a count comes before its noun ('the 300 and 400 seats') or is written with commas."""
    if len(span) != 1 or not _bare_digits(span[0]):
        return False
    i, end = span.start, span.end
    nxt = doc[end] if end < len(doc) else None
    if nxt is not None and nxt.lower_ in ("and", "or") and end + 1 < len(doc):
        first, last = i, end + 1  # the first of the pair
    elif i >= 3 and doc[i - 1].lower_ in ("and", "or"):
        first, last = i - 2, i  # the second
    else:
        return False
    if doc[first - 1].lower_ != "the" or not (_bare_digits(doc[first]) and _bare_digits(doc[last])):
        return False
    after = doc[last + 1] if last + 1 < len(doc) else None
    return after is None or after.pos_ not in ("NOUN", "PROPN")


def is_code_title(text: str, cand: Candidate, r: Rules) -> bool:
    """'18 U.S. Code § 793', '26 U.S.C. 501': a number before the name of a legal code
    (data/figures.toml code_titles_after) is the code's title number, it counts nothing."""
    after = " ".join(text[cand.end : cand.end + 20].split()).lower()
    return after.startswith(r.code_titles_after)
