"""Paragraphs of quotation with no attribution of their own (British and wire layout).

After "…,” said the coach. “…" a reporter lets the quotation run on for whole paragraphs, each
opening with a quote mark and naming nobody; the words are still the coach's. A paragraph that
opens with such a quote, right after a paragraph whose last attributed statement quotes someone
word for word, continues that speaker, even when the paragraph goes on to report another
speaker after the quote ("… Under the deal, the union must sign").
"""

from __future__ import annotations

from lib.quotes.marks import MARKS
from lib.quotes.speakers.mentions import ORGANIZATION


def quotation_goes_on(prev_named: list, text: str) -> bool:
    """Does the previous paragraph end (among its attributed statements) with a quotation, so a
    paragraph opening with an unattributed quote carries it on? `prev_named`: that paragraph's
    statements with a named speaker, in text order."""
    if not prev_named:
        return False
    last = prev_named[-1]
    if last.kind in ("direct", "partial"):
        return True  # "…,” said X. / X called it “a new start”
    return any(ch in MARKS for ch in text[last.start : last.end])  # words quoted in a report


def quoted_person_before(prior: list):
    """The speaker an unattributed quote continues among the attributed statements before it in
    its paragraph (`prior`, in text order): the last one's, unless that is a reported statement
    and a quote word for word came before it, whose speaker goes on when

    - the reported statement hangs on that quote's own attribution ("“…,” the campaign said,
      referencing Trump asking Russia to …. “…”": the participle's Trump is what the campaign
      spoke of, not who speaks next), or
    - it is a body's ("Nokia estimates that …" after "“…,” said the manager"): a verbatim quote
      is the words of the last one quoted verbatim carried on, a body's quote as a person's, not
      those of someone quoted further back."""
    last = prior[-1]
    if last.kind == "direct":
        return last.speaker
    quote = next((g for g in reversed(prior[:-1]) if g.kind == "direct"), None)
    if quote is None:
        return last.speaker
    if _one_sentence(quote.subject, last.subject) or last.speaker.kind == ORGANIZATION:
        return quote.speaker
    return last.speaker


def _one_sentence(a, b) -> bool:
    """Are tokens `a` and `b` (either may be None) in one sentence?"""
    return a is not None and b is not None and a.sent.start == b.sent.start
