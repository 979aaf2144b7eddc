"""A "he"/"she" that continues an earlier one of the passage, for `pronouns`.

News copy keeps one person's pronoun going sentence after sentence: "Asked who leads, he named
Ryan. “We can differ,” he said" is still the first "he", not Ryan. A sentence whose main-clause
subject is the pronoun of the same gender hands the "he"/"she" on; its objects are not who the
later pronoun is. Until another person of that gender is named as a subject (`taken_over`).
(Round 15 tried a "his"/"her" owning the subject, "His theories included …. He said", as a
link of the chain too: it fired once in 390 PolNeAR articles, wrong either way.)
"""

from __future__ import annotations

from lib.quotes.speakers.antecedents import after_colon
from lib.quotes.speakers.mentions import PERSON
from lib.quotes.speakers.part import ResolverPart
from lib.quotes.speakers.phrases import SUBJECT_DEPS, main_subject

# Third-person words inside a quote that speak of somebody other than the speaker.
THIRD_PERSON = {
    "male": frozenset(("he", "him", "his", "himself")),
    "female": frozenset(("she", "her", "hers", "herself")),
}


class Chains(ResolverPart):
    """The pronoun chains of a passage, read from the parse and the speakers so far."""

    def taken_over(self, lo: int, at: int, gender: str) -> bool:
        """ "“…,” she said. Rep. Ann Lee also condemned it, calling it a disgrace. “…,” she
        wrote": a person of the pronoun's gender named as a main-clause subject after the
        pronoun at `lo` (and before `at`) is who the passage has moved on to; the later "she" no
        longer continues the earlier one's chain."""
        i = self.ix.mentions_through(lo)
        while i < len(self.ix.mentions) and self.ix.mentions[i].start < at:
            m = self.ix.mentions[i]
            i += 1
            if m.entity["label"] != "PERSON" or self.ix.in_marks(m.start):
                continue
            new_clause = m.subject or after_colon(self.doc[m.token_i], m.end) is not None
            if new_clause and self.ix.compatible(m.entity["name"], gender):
                return True
        return False

    def chained(self, lo: int, hi: int, gender: str) -> str | None:
        """The person a pronoun of `gender` that spoke from `lo` to `hi` was taken for as a
        statement's speaker: the pronouns are one chain. The main-clause "she" of an earlier
        sentence that speaks again is the same "she", not a woman merely named in between
        ("After Ann Lee's visit, she called it absurd. “…,” she said"; "Ivanka Trump's emails",
        an aside in brackets). None when that person's known gender is not the pronoun's."""
        words = THIRD_PERSON.get(gender, frozenset())
        for spk in reversed(self.r.spoken.starting_in(lo, hi)):
            if spk.kind != PERSON:
                continue
            if spk.name and (spk.mention or "").lower() in words:
                return spk.name if self.ix.compatible(spk.name, gender) else None
        return None

    def pronoun_subject(self, s_idx: int, gender: str, at: int):
        """The pronoun of `gender` that is the main-clause subject of sentence `s_idx` (before
        `at`), if any. Then the sentence's objects are not who the pronoun is ("Asked who
        leads, he named Ryan. “We can differ,” he said": the "he" that names Ryan speaks
        again), and the search goes on to the subject the pronoun continues."""
        if s_idx < 0 or gender not in THIRD_PERSON:
            return None
        return next(
            (
                t
                for t in self.ctx.sentences[s_idx].span
                if t.idx < at
                and t.lower_ in THIRD_PERSON[gender]
                and t.dep_ in SUBJECT_DEPS
                and main_subject(t)
                and not self.ix.in_marks(t.idx)
            ),
            None,
        )
