"""A definite description that calls back the fuller one that introduced its speaker.

News copy brings an unnamed source in once with everything it will say about them and then
shortens the phrase: "an email from an official with the U.S. Indo-Pacific Command. In the note,
the unnamed official said …", "A spokeswoman for the Interior Department declined to comment.
Later the spokeswoman said …", "a source close to the mayor … The source said". The short phrase
("the official", "the spokeswoman") is not a new, unknown person: it is the one the fuller phrase
described, whom the resolver names from that phrase (the body a spokeswoman speaks for, "source
close to the mayor"), so the statement gets that speaker.

The description is of one person (a singular role or people word: the members of a group are
`crews`' and `members`'). Its introduction is the nearest earlier singular phrase with the same
head noun brought in as new ("a", "an", "one"), outside quote marks and at most BACK_SENTENCES
back; the search goes past the same short phrase ("the official" again) and stops at any other use
of the word ("spokesman Tom Ruiz": a named role is `described`'s). A short phrase with a clause of
its own ("the person who plays Trump in the mock debates") is whom the clause says, not a source
met before (a clause set off by a comma, "the woman, who spoke on condition of anonymity,", is no
such clause). The short phrase may add no word of its own except those that only say the source is
the one already met ("the unnamed official", "the same source": data/speakers.toml [descriptions]
callback_words); "the Pentagon official" after "an official with the State Department" is someone
else, and so is "the president" after "a vice president" (a rank before the head, data/speakers.toml
[descriptions] office_ranks, that the short phrase drops makes another office). Resolution of the introduction is the resolver's own (`speaker_of`), so whatever it knows of
a spokesman's body or a source's words applies unchanged; an introduction that says no more than
the short phrase ("one woman") changes nothing.
"""

from __future__ import annotations

import bisect
import functools

from lib.quotes.speakers.fit import office_ranks
from lib.quotes.speakers.mentions import Speaker
from lib.quotes.speakers.part import ResolverPart
from lib.quotes.speakers.phrases import without_clauses
from lib.ruledata import load

BACK_SENTENCES = 6  # how far back a short description looks for the phrase that introduced it
# At most this many earlier uses of the word are read: a text of one endless sentence saying "the
# official said" thousands of times must not read every one back per statement.
MAX_STEPS = 20
NEW = ("a", "an", "one")  # determiners that bring a new person in
DEFINITE = ("the", "this", "that", "these", "those")
MODIFIER_DEPS = ("amod", "compound", "nmod", "nummod", "npadvmod", "poss")


@functools.cache
def callback_words() -> frozenset[str]:
    """Words a short description may add that only say the source is one already met."""
    data = load("speakers.toml").get("descriptions", {})
    return frozenset(data.get("callback_words", []))


class Callbacks(ResolverPart):
    """The speaker of a definite description's introduction (see module)."""

    def fuller(self, token, at: int) -> Speaker | None:
        """The speaker the phrase that introduced `token`'s description names, with `token`'s
        own phrase as the mention; None when there is no such phrase or it names nobody more
        than the short one does."""
        if token.tag_ != "NN" or not any(t.lower_ in DEFINITE for t in token.lefts):
            return None  # one person: a group's members are `crews`' and `members`'
        if not self._person_word(token):
            return None  # "the campaign", "the group": bodies are `body_nouns`'
        if any(_restrictive(c) for c in token.rights):
            return None  # "the person who plays Trump": its own clause says who it is
        intro = self._introduction(token, at)
        if intro is None:
            return None
        found = self.r.speaker_of(intro, intro.idx)
        head = {token.lower_, token.lemma_.lower()}
        if not found.name or not set(found.name.lower().split()) - head - set(NEW):
            return None  # "one woman" says no more than "the woman"
        first = min([t for t in token.lefts if t.lower_ not in DEFINITE] + [token], key=_i)
        where = self.ix.slice(first.idx, token.idx + len(token))
        return Speaker(found.name, found.kind, found.role, *where)

    def _person_word(self, token) -> bool:
        """A role or a word for people ("official", "source", "designer", "woman")."""
        people = self.lex.person_nouns | self.lex.people_nouns | self.lex.gendered_roles.keys()
        return bool({token.lower_, token.lemma_.lower()} & people) or self.r.nouns.role_word(token)

    def _introduction(self, token, at: int):
        """The nearest earlier phrase of the same head and number that brought the source in,
        or None (the search stops at the first such head whose words do not fit)."""
        own = self._own_words(token)
        floor = self.ix.sent_starts[max(0, self.ix.sentence_index(at) - BACK_SENTENCES)]
        same = self.ix.tokens_with_lemma(token.lemma_.lower())
        last = bisect.bisect_left(same, token.i) - 1
        for k in range(last, max(-1, last - MAX_STEPS), -1):
            prev = self.doc[same[k]]
            if prev.idx < floor:
                return None
            if prev.pos_ != "NOUN" or prev.tag_ != token.tag_ or self.ix.in_marks(prev.idx):
                continue
            if self._brought_in(prev):
                words = {t.lower_ for t in without_clauses(prev)}
                ranks = {t.lower_ for t in prev.lefts} & office_ranks()
                return prev if own <= words and ranks <= own else None
            if not self._called_back(prev):
                return None  # "spokesman Tom Ruiz", "the agency's official": another chain
        return None

    def _called_back(self, noun) -> bool:
        """ "the official", "the unnamed official": a mention of the chain back to the
        introduction, which the search goes past."""
        dets = [t for t in noun.lefts if t.dep_ in ("det", "poss")]
        named = any(t.pos_ == "PROPN" for t in noun.subtree if t.i != noun.i)
        return bool(dets) and all(t.lower_ in DEFINITE for t in dets) and not named

    def _own_words(self, token) -> set[str]:
        """The words the short phrase adds to its head, less the words of a callback."""
        mods = {t.lower_ for c in token.lefts if c.dep_ in MODIFIER_DEPS for t in c.subtree}
        return mods - callback_words()

    def _brought_in(self, noun) -> bool:
        """ "an official", "one source"."""
        return any(t.dep_ in ("det", "nummod") and t.lower_ in NEW for t in noun.lefts)


def _restrictive(clause) -> bool:
    """A relative or participle clause not set off by a comma ("the person who plays Trump",
    not "the designer, who works for another brand")."""
    first = clause.left_edge
    return clause.dep_ in ("relcl", "acl") and (first.i == 0 or first.nbor(-1).text != ",")


def _i(tok) -> int:
    return tok.i
