"""Plural roles and counts that take up people the article names together.

- "the physicians said", "the two senators said": a definite plural role is the people named
  together with a role of the same job ("Drs. Ann Lee and Tom Ruiz"), or a list set right after
  it as its apposition ("both witnesses — A and B").
- "Both said", "the pair said": a bare count is the people just named together in that number.
- "“…,” EPA chief Ann Lee and Tom Ruiz, an Army official, wrote. “…,” the officials wrote":
  people who spoke together are what a plural role takes up next (round 12).

Split from `lib.quotes.speakers.groups`, which reads a group or a list in the subject itself
(members, examples, coordinated subjects), because these rules look elsewhere in the article:
they index its named lists once (`named_lists`) and search them and the speakers before.
"""

from __future__ import annotations

import bisect

from lib.quotes.speakers.fit import same_job
from lib.quotes.speakers.members import NamedList, named_lists
from lib.quotes.speakers.mentions import PERSON, Speaker
from lib.quotes.speakers.part import ResolverPart
from lib.quotes.speakers.words import speaker_words

MEMBERS_BEFORE = 3  # how many sentences back a plural role's members may have been named
# Words before a plural role that make it the people meant, not any of that trade: "the
# physicians", "both doctors", "these lawyers" (a possessive too: "his doctors").
DEFINITE = ("the", "these", "those", "both")
# What sets a list of names after a plural role as its apposition ("both witnesses — A and B"),
# and how many words (the mark, the first one's title) may stand before the first name.
APPOSITION_MARKS = (",", "—", "–", "-", "--", ":")
APPOSITION_WORDS = 8
COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5}  # "the two senators"


class Crews(ResolverPart):
    """Plural roles and counts that name the people listed together elsewhere in the article."""

    def __init__(self, resolver):
        super().__init__(resolver)
        self._by_role: dict[str, list[NamedList]] | None = None  # see `_lists`
        self._lists_in_order: tuple[list[int], list[NamedList]] = ([], [])
        self._by_job: dict[tuple, tuple[list[int], list[NamedList]]] = {}  # `_job_lists`

    def named_crew(self, token) -> NamedList | None:
        """ "the physicians said", "his doctors revealed", "the two senators said": a definite
        plural role is the people the article names together with that role ("Drs. Ann Lee and
        Tom Ruiz", "Sens. Lee and Ruiz", "Lee and Ruiz, the lawyers"): the nearest such list
        before it, else the first after it (a lede's "her doctors" are named further down).
        The role must be the same job (data/speakers.toml [descriptions.same_role]), so "the
        nurses" are never "Drs. Lee and Ruiz"; a count must fit ("the three senators"). "The
        heads of both firms" are the group the "of" names, "whose leaders" a body's."""
        if token.tag_ != "NNS" or not any(
            (t.dep_ == "poss" and t.lower_ != "whose") or t.lower_ in DEFINITE for t in token.lefts
        ):
            return None
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
            return None  # "the heads of both firms": the group the "of" names
        count = next((COUNTS[t.lower_] for t in token.lefts if t.lower_ in COUNTS), None)
        starts, lists = self._job_lists(token.lemma_.lower(), count)
        if not lists:
            return None
        k = bisect.bisect_right(starts, token.idx)
        return lists[k - 1] if k else lists[0]

    def list_in_apposition(self, token) -> NamedList | None:
        """ "responded both witnesses — Acting Ambassador Ann Lee and Tom Ruiz, a deputy
        secretary", "The two lawyers, Ann Lee and Tom Ruiz, said": a list of people set right
        after a plural noun, past a dash, colon or comma and the first one's title, names them
        all, whatever role words they are given (the parse gives the noun only the first name
        as its apposition). A verb or a quotation mark between (", who met Lee and Ruiz") ends
        the apposition; a count must fit ("the three senators")."""
        if token.tag_ != "NNS":
            return None
        count = next((COUNTS[t.lower_] for t in token.lefts if t.lower_ in COUNTS), None)
        self._lists()
        starts, lists = self._lists_in_order
        k = bisect.bisect_right(starts, token.idx)
        if k >= len(lists) or (count is not None and len(lists[k].names) != count):
            return None
        gap = self.doc[token.i + 1 : self.ix.token_at(lists[k].start) or token.i + 1]
        if not gap or gap[0].text not in APPOSITION_MARKS or len(gap) > APPOSITION_WORDS:
            return None
        if any(t.pos_ in ("VERB", "AUX", "PRON") or t.is_quote for t in gap[1:]):
            return None
        return lists[k]

    def _job_lists(self, lemma: str, count: int | None) -> tuple[list[int], list[NamedList]]:
        """The lists named with a role of `lemma`'s job (of `count` names, if given), in text
        order with their starts: worked out once per role word, not once per statement."""
        key = (lemma, count)
        if key not in self._by_job:
            found = {id(n): n for w in same_job(lemma) for n in self._lists().get(w, [])}
            lists = sorted(found.values(), key=lambda n: n.start)
            lists = [n for n in lists if count is None or len(n.names) == count]
            self._by_job[key] = ([n.start for n in lists], lists)
        return self._by_job[key]

    def counted(self, token) -> Speaker | None:
        """ "Both said", "All three said", "the two said", "the pair said": a bare number of
        people, or a word for two people together (data/speakers.toml [groups] pairs), is the
        people the article has just named together in that number, in a list of names within
        `MEMBERS_BEFORE` sentences before it, else the last people who spoke together there
        (a list the parse lost). A number with a noun or an "of" ("two officials", "both of
        them") is for other rules; a number alone without "all" or "the" ("Two said") is some
        of a group, never a list."""
        number = self._count_of(token)
        if number is None or token.dep_ not in ("nsubj", "nsubjpass"):
            return None
        self._lists()
        k = bisect.bisect_right(self._lists_in_order[0], token.idx)
        s_idx = self.ix.sentence_index(token.idx)
        floor = self.ix.sent_starts[max(0, s_idx - MEMBERS_BEFORE)]
        where = self.ix.slice(token.left_edge.idx, token.idx + len(token))
        for n in reversed(self._lists_in_order[1][max(0, k - 3) : k]):
            if n.start >= floor and n.end <= token.idx and len(n.names) == number:
                return Speaker(n.name, PERSON, None, *where)
        spoke = self._joint_spoken(token, floor, trade=False)
        if spoke is not None and (spoke.name or "").count(", ") + 2 == number:
            return Speaker(spoke.name, PERSON, None, *where)
        return None

    def _count_of(self, token) -> int | None:
        """How many people a bare number ("both", "the two", "all three") or a definite word
        for a pair ("the pair", "the duo") counts; None for any other word."""
        if any(c.dep_ == "prep" for c in token.children):
            return None  # "both of them", "the pair of shoes"
        low, lefts = token.lower_, [t.lower_ for t in token.lefts]
        if token.pos_ == "NOUN" and token.tag_ == "NN" and low in speaker_words().pairs:
            return 2 if "the" in lefts else None
        if low not in COUNTS or token.pos_ not in ("NUM", "DET", "PRON"):
            return None
        return COUNTS[low] if low == "both" or {"all", "the"} & set(lefts) else None

    def _lists(self) -> dict[str, list[NamedList]]:
        """The article's `named_lists` by each of their role words (read once)."""
        if self._by_role is None:
            self._by_role = {}
            lists = named_lists(self.doc, self.ix, self._listed_with)
            self._lists_in_order = ([n.start for n in lists], lists)
            for n in lists:
                for w in n.roles:
                    self._by_role.setdefault(w, []).append(n)
        return self._by_role

    def members_named(self, token, at: int) -> Speaker | None:
        """ "the governors said", "New York and Ohio's governors said": a plural role whose
        members the article names together, in a list of people as one subject ("Ann Lee of
        Ohio and Tom Ruiz of Utah spoke …"), from `MEMBERS_BEFORE` sentences before it to the
        one after it (a lede names them next). The nearest such list, one before first; None
        when there is none, or the role is an unnamed few ("two governors")."""
        if token.tag_ != "NNS" or not any(
            t.dep_ in ("poss", "nmod") or t.lower_ in ("the", "both", "these") for t in token.lefts
        ):
            return None
        s_idx = self.ix.sentence_index(token.idx)
        found = []
        for k in range(s_idx - MEMBERS_BEFORE, s_idx + 2):
            if k < 0 or k == s_idx or k >= len(self.ix.sent_starts):
                continue
            listed = self._people_listed(k, at)
            if listed is not None and not self._other_trade(token, listed):
                found.append((k > s_idx, abs(k - s_idx), listed))
        if found:
            return min(found, key=lambda f: f[:2])[2]
        return self._joint_spoken(token, self.ix.sent_starts[max(0, s_idx - MEMBERS_BEFORE)])

    def _joint_spoken(self, token, floor: int, trade: bool = True) -> Speaker | None:
        """ "“…,” EPA chief Ann Lee and Tom Ruiz, an Army official, wrote. “…,” the officials
        wrote": people who last spoke together, as one speaker "A and B", since `floor`, are who
        a plural role takes up, however the parse hung their list (the subject the sentence's
        parse lost, an inverted "said A and B"). Not a role of another trade."""
        for _, spk in reversed(self.r.history):
            if spk.start is None or spk.start >= token.idx:
                continue
            if spk.start < floor:
                return None
            if spk.kind == PERSON and " and " in (spk.name or ""):
                return None if trade and self._other_trade(token, spk) else spk
        return None

    def _other_trade(self, token, listed: Speaker) -> bool:
        """ "The nurses said" after "Drs. Ann Lee and Tom Ruiz said": people named with a role
        word of another job are not the group the plural role names."""
        self._lists()
        starts, lists = self._lists_in_order
        k = bisect.bisect_left(starts, listed.start or 0)
        if k >= len(lists) or lists[k].start != listed.start:
            return False
        trades = {w for w in lists[k].roles if w in self.lex.person_nouns or w in self.lex.titles}
        return bool(trades) and not trades & same_job(token.lemma_)

    def _people_listed(self, k: int, at: int) -> Speaker | None:
        """The first subject of sentence `k` that lists two or more people by name, joined."""
        start = self.ix.sent_starts[k]
        end = self.ix.sent_starts[k + 1] if k + 1 < len(self.ix.sent_starts) else len(self.text)
        lo, hi = self.ix.token_at(start), self.ix.token_at(end - 1)
        if lo is None or hi is None:
            return None
        for t in self.doc[lo : hi + 1]:
            if t.dep_ not in ("nsubj", "nsubjpass") or t.pos_ != "PROPN":
                continue
            people = [t, *self.r.groups.conjuncts(t), *self.r.groups.listed_after_place(t)]
            if len(people) < 2 or not all(self.person_mention(p) is not None for p in people):
                continue
            found = [self.r.speaker_of(p, at) for p in sorted(people, key=lambda p: p.i)]
            names = list(dict.fromkeys(f.name for f in found if f.name))
            if len(names) < 2 or any(f.kind != PERSON for f in found):
                continue
            last = max(people, key=lambda p: p.i)
            where = self.ix.slice(t.left_edge.idx, last.idx + len(last))
            return Speaker(", ".join(names[:-1]) + " and " + names[-1], PERSON, None, *where)
        return None

    def _listed_with(self, token) -> list:
        """The people listed after `token`: its conjuncts, those hung on its place ("Ann Lee of
        Ohio and Tom Ruiz"), and a second subject of its verb the parser split off a long list
        ("Ms. Lee, Mayor Tom Ruiz of Dayton, Ohio, and Senator Ada Kim released": "Kim" is
        a subject of its own)."""
        out = [*self.r.groups.conjuncts(token), *self.r.groups.listed_after_place(token)]
        if token.dep_ in ("nsubj", "nsubjpass"):
            out += [
                c
                for c in token.head.children
                if c.dep_ == token.dep_
                and c.i > token.i
                and c.pos_ == "PROPN"
                and self.doc[c.left_edge.i - 1].lower_ == "and"
            ]
        if out:  # "Ms. Lee, Mayor Tom Ruiz of Dayton, and …": the second name as an apposition
            out += [c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        return sorted(set(out), key=lambda t: t.i)
