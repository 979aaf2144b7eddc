"""What kind of thing each of an article's entities is: a person, a body, a place.

The small tagger labels each mention on its own and changes its mind from one to the next
("Gabbard" ORG, then PERSON, then nothing). The kind belongs to the entity, not the mention: it
is decided here once per name group from the whole article's evidence, the votes of all its
mentions and the signs around any one of them that the name is a person's (a title or role
before it, an age after it, "X said he …", "X, a Republican,"). Speaker resolution reads the
label: a pronoun reaches only a PERSON.

Kept apart from `lib.entities`, which finds the mentions and their edges, and from
`lib.entity_folds`, which merges name groups across spellings.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from lib.entity_headlines import occurrences
from lib.officeholders import holders_named
from lib.quotes.lexicon import lexicon
from lib.quotes.speakers.body_kinds import news_names
from lib.quotes.speakers.words import apostrophe_surname, speaker_words

_AGE_AFTER = re.compile(r"^,\s*\d{1,3}\s*,")
_SELF = ("he", "she")
_TOKEN = re.compile(r"\S+")
_POSSESSIVE = re.compile(r"['’]s$")  # "Gabbard’s", "Veteran's"
_EDGE_MARKS = '“”"‘’()[],.;:!?'
_QUOTE_MARKS = '“”"‘'  # a quote opening or closing (not "’", which is also an apostrophe)
_OTHERS = ("he", "she", "they", "him", "them")  # another person may be who "his"/"her" is
_REFLEXIVES = ("himself", "herself")
# clauses of their own, and what a linking verb says the subject is ("Dearborn became his home")
_CLAUSES = (
    "ccomp",
    "advcl",
    "relcl",
    "acl",
    "csubj",
    "parataxis",
    "conj",
    "xcomp",
    "pcomp",
    "attr",
    "oprd",
)


def person_hint(text: str, doc: Doc, lo: int, hi: int, end: int, not_names: set) -> bool:
    """Does the text around the name of tokens [lo, hi) (ending at character `end`) show a
    person: a title or role word before it, an age after it (", 52,"), a report of what it
    said about "he" or "she", or "a" party word or description beside it?"""
    lex = lexicon()
    before = doc[lo - 1].lower_ if lo > 0 else ""
    return (
        before in not_names
        or before in lex.titles
        or bool(_AGE_AFTER.match(text[end : end + 8]))
        or _speaks_of_self(doc[hi - 1])
        or _described_as_person(doc[hi - 1], lex)
    )


def _speaks_of_self(token) -> bool:
    """ "Trump said last week he was not leaving": a name that is the subject of a saying whose
    reported clause has "he" or "she" for subject is a person's (a body says "it"), whatever
    the tagger called it. Only the clause's first subject counts ("X said she …")."""
    if token.dep_ != "nsubj" or token.head.pos_ != "VERB":
        return False
    for clause in token.head.children:
        if clause.dep_ != "ccomp" or clause.i < token.head.i:
            continue
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return subject is not None and subject.lower_ in _SELF
    return False


def _named_by_own_clause(groups: list[dict], doc: Doc) -> None:
    """ "Ocasio-Cortez talked about her background": a name no vote calls a person becomes one
    when, at any of its occurrences (the tagger leaves most of an unknown name's untagged), it
    is the subject of a clause that takes it up with "her" or "his" (`_owns_pronoun`). Only a
    name shaped like a person's: one capitalised word or two or three (`_person_shaped`); a
    place only if the tagger once called it a person."""
    mistaken = speaker_words().mistagged_labels
    candidates = {
        g["name"]: g
        for g in groups
        if g["label"] in mistaken
        and _not_a_plain_place(g)  # "Dearborn … his home"
        and (_one_name_word(g["name"]) or _person_shaped(g["name"]))
    }
    for start, name in occurrences(dict.fromkeys(candidates, ""), doc.text) if candidates else ():
        g = candidates[name]
        if g["label"] == "PERSON":
            continue  # shown at an earlier occurrence
        span = doc.char_span(start, start + len(name), alignment_mode="expand")
        if span is not None and _owns_pronoun(span.root):
            g["label"] = "PERSON"


def _one_name_word(name: str) -> bool:
    """ "Ocasio-Cortez", "Gabbard": one capitalised word of letters (a hyphen or apostrophe
    inside), no initialism, no body's or title's word."""
    if " " in name or not name[:1].isupper() or _initialism(name):
        return False
    low, lex = name.lower(), lexicon()
    if low in lex.title_words or low in lex.org_nouns or low in speaker_words().org_name_ends:
        return False
    return name.replace("-", "").replace("'", "").replace("’", "").isalpha()


def _owns_pronoun(token) -> bool:
    """ "Ocasio-Cortez talked about her background", "Conway argues in his piece": a name that is
    the subject of a clause holding "her"/"his" (a possessive) or "herself"/"himself" in that
    same clause, before any other name, pronoun of a person or quote mark, is a person's; a
    body's would be "its". Object pronouns say nothing ("the Sun reported him as saying"), nor
    does a pronoun in a clause of its own ("by noting she had described her exit")."""
    if token.dep_ != "nsubj" or token.head.pos_ not in ("VERB", "AUX"):
        return False
    for t in token.doc[token.i + 1 : token.sent.end]:
        if t.pos_ == "PROPN" or t.lower_ in _OTHERS or t.text in _QUOTE_MARKS:
            return False
        if (t.tag_ == "PRP$" and t.lower_ in ("his", "her")) or t.lower_ in _REFLEXIVES:
            return _same_clause(t, token.head)
    return False


def _same_clause(t, verb) -> bool:
    """Is `t` in `verb`'s own clause, not in one hung under it?"""
    while t.i != verb.i:
        if t.dep_ in _CLAUSES or t.head.i == t.i:
            return False
        t = t.head
    return True


def _described_as_person(token, lex) -> bool:
    """ "Corker, a Republican, said", "Corker, a deficit hawk from Tennessee,": a name set
    beside "a" party word, or "a" description of someone from a place, is a person's (a body is
    "a company", "a group"), whatever the tagger called it."""
    parties = speaker_words().party_members
    for appos in token.children:
        if appos.dep_ != "appos" or appos.i < token.i or not appos.text.isalpha():
            continue
        if not any(d.lower_ in ("a", "an") for d in appos.lefts):
            continue
        word = appos.lower_
        if word in lex.org_nouns or word in lex.generic_org:
            continue
        from_place = any(
            p.dep_ == "prep"
            and p.lower_ == "from"
            and any(g.ent_type_ == "GPE" for g in p.children)
            for p in appos.children
        )
        if word in parties or from_place:
            return True
    return False


def label_groups(groups: list[dict], doc: Doc, year: int | None = None) -> None:
    """Each name group's kind from its votes and person signs (`_voted_label`), then the
    article's use of a surname alone (`_named_by_surname`), the clauses it is the subject of
    (`_named_by_own_clause`), which no one mention shows, and the public record of who held
    office in the article's `year` (`_named_in_office`)."""
    for g in groups:
        g["label"] = _voted_label(g)
    _named_by_surname(groups, doc)
    _named_by_own_clause(groups, doc)
    _named_in_office(groups, doc, year)


def _named_in_office(groups: list[dict], doc: Doc, year: int | None) -> None:
    """ "Ocasio-Cortez" tagged ORG in a story of 2019 is the congresswoman: a name the tagger
    took for a body or a place is a person's when it is the full name of someone who had held
    federal office by the article's year, or the family name alone of someone sitting then
    (`lib.officeholders.holders_named`; not one who had left: "according to Forbes" is the
    magazine, whatever a congressman of that name did until 2017). A lone word must look like
    a name (`_one_name_word`), be written on its own at least once as a person's
    (`_bare_uses`: the subject of a saying, a title before it), and never after "the" nor as a
    group ("the Warren campaign"); a place needs the tagger's PERSON once, as in
    `_named_by_surname` ("Warren, Michigan")."""
    mistaken = speaker_words().mistagged_labels
    lone: dict[str, dict] = {}
    for g in groups:
        if g["label"] not in mistaken:
            continue
        if " " in g["name"]:
            if holders_named(g["name"], year):
                g["label"] = "PERSON"
        elif holders_named(g["name"], year, sitting=True) and _lone_name(g):
            lone[g["name"]] = g
    for word, uses in _bare_uses(doc, lone.keys()).items() if lone else ():
        if uses.as_person and not uses.as_body:
            lone[word]["label"] = "PERSON"


def _lone_name(g: dict) -> bool:
    return _one_name_word(g["name"]) and _not_a_plain_place(g)


def _not_a_plain_place(g: dict) -> bool:
    """A name group that is no place, or a place the tagger once called a person."""
    return g["label"] not in _PLACES or bool(g["votes"]["PERSON"])


def _voted_label(g: dict) -> str:
    """PERSON when the name looks personal or at least half its votes say so ("Booker" PERSON
    six times and ORG four, "Ocasio-Cortez" twice each: the tagger's doubt on a name it does
    not know, not a body's name; every vote had to say PERSON before); else the commonest
    other label."""
    votes = g["votes"]
    words = g["name"].split()
    personal = (
        g["hint"]
        or (words[0].lower() in lexicon().first_names and (votes["PERSON"] or len(words) > 1))
        or _apostrophe_name(words, votes)
    )
    if not personal and _masthead(words):
        return "ORG"  # "Lexington Herald-Leader", tagged PERSON: a newspaper
    if personal or set(votes) == {"PERSON"}:
        return "PERSON"
    if 2 * votes["PERSON"] >= sum(votes.values()) and not any(map(_initialism, words)):
        return "PERSON"  # a split vote, but never "USS John McCain" (a ship) or "CBS News"
    others = Counter({k: v for k, v in votes.items() if k != "PERSON"})
    return others.most_common(1)[0][0]


def _masthead(words: list[str]) -> bool:
    """ "Lexington Herald-Leader", "Harbor Gazette": a name of several words whose last word (or a
    part of it) is a word of news outlets' names is a newspaper, never a person, unless it opens
    with a given name ("Emily Post"; `_voted_label` has read that first)."""
    if len(words) < 2:
        return False
    parts = {p.lower() for p in re.split(r"[-‐]", words[-1])}
    return bool(parts & news_names())


def _initialism(word: str) -> bool:
    """ "USS", "CBS", "NYPD": capitals throughout, as no person's name is written (a roman
    numeral after one is: "John Smith III")."""
    return len(word) > 1 and word.isupper() and word.isalpha() and not set(word) <= set("IVX")


def _platforms() -> frozenset[str]:
    return speaker_words().platforms


def _named_by_surname(groups: list[dict], doc: Doc) -> None:
    """ "Tulsi Gabbard" (tagged ORG) and later "Gabbard wrote", "Gabbard responded": persons are
    referred to by their last name alone, bodies and places are not ("the Times", "the
    Journal"; "House" of "White House" is "the House"). A name of two or three capitalised
    words that is no person by its votes becomes one when the article writes its last word on
    its own, never after "the" nor tagged a group, and at least once so as a person
    (`_bare_uses`: the subject of a saying or of a verb only people do, a title before it, the
    tagger's PERSON), and no person's full name ends in that word. A place or building
    ("Whoopi Goldberg" FAC, "North Korea" GPE) needs the tagger's own PERSON for the name or
    the word alone: "Korea said" is as much the country."""
    people = {g["name"].split()[-1] for g in groups if g["label"] == "PERSON" and " " in g["name"]}
    mistaken = speaker_words().mistagged_labels
    by_last: dict[str, list[dict]] = {}
    for g in groups:
        if g["label"] in mistaken and _person_shaped(g["name"]):
            by_last.setdefault(g["name"].split()[-1], []).append(g)
    candidates = {w: gs[0] for w, gs in by_last.items() if len(gs) == 1 and w not in people}
    if not candidates:
        return
    for word, uses in _bare_uses(doc, candidates.keys()).items():
        g = candidates[word]
        if uses.as_body or not uses.as_person:
            continue
        if g["label"] in _PLACES and not (g["votes"]["PERSON"] or uses.tagged_person):
            continue
        g["label"] = "PERSON"


_PLACES = ("GPE", "LOC", "FAC")


def _person_shaped(name: str) -> bool:
    """Two or three capitalised words, no body's word among them ("Border Patrol", "Justice
    Department"), no first name inside (a body glued to a full name: "Unison Martin Fenwick"),
    no title ("President"), no initialism ("CBS News"), no possessive ("Associated Press’
    Twitter"), no platform at the end."""
    words = name.split()
    if not 2 <= len(words) <= 3 or words[-1].lower() in _platforms():
        return False
    lex, ends = lexicon(), speaker_words().org_name_ends
    if any(w.lower() in lex.first_names for w in words[1:-1]):
        return False  # "Unison Martin Fenwick": a body glued to a person's full name
    for w in words:
        low = w.lower()
        if not (_name_word(w) and w[-1].isalpha()) or _POSSESSIVE.search(w):
            return False  # "Associated Press’", "Veteran's": a possessive
        if w[1:].isupper() or low in lex.title_words or low in lex.org_nouns or low in ends:
            return False
    return True


@dataclass
class _Uses:
    """How an article writes a word on its own (see `_bare_uses`)."""

    as_person: int = 0  # on its own, with a sign of a person
    tagged_person: int = 0  # on its own, tagged PERSON
    as_body: int = 0  # after "the", or read as a group ("Latinos")


def _bare_uses(doc: Doc, words) -> dict[str, _Uses]:
    """word -> how the article writes it on its own, in one pass over the text's words. On its
    own: no capitalised word runs into it from before (a title such as "Sen." or a function
    word such as "But" aside) or after, so "Gabbard," "Gabbard’s" and "Sen. Gabbard" count,
    "Tulsi Gabbard" and "Gabbard Foundation" do not."""
    wanted = set(words)
    text = doc.text
    out: dict[str, _Uses] = {}
    tokens = [(m, _core(m.group())) for m in _TOKEN.finditer(text)]
    starts = [t.idx for t in doc]
    for i, (m, word) in enumerate(tokens):
        if word not in wanted:
            continue
        uses = out.setdefault(word, _Uses())
        prev_raw, prev = (tokens[i - 1][0].group(), tokens[i - 1][1]) if i > 0 else ("", "")
        nxt = tokens[i + 1][1] if i + 1 < len(tokens) else ""
        if prev.lower() == "the":
            uses.as_body += 1
            continue
        if _runs_into(prev_raw, prev) or _ends_clear(m.group()) and _name_word(nxt):
            continue
        end = m.start() + m.group().find(word) + len(word)
        tok = doc[bisect.bisect_right(starts, end - 1) - 1]  # "Cortez" of "Ocasio-Cortez"
        uses.as_body += tok.ent_type_ == "NORP" or tok.tag_ == "NNPS"  # "Latinos": a group
        tagged = tok.ent_type_ == "PERSON"
        uses.tagged_person += tagged
        titled = prev.lower().rstrip(".") in lexicon().title_words
        uses.as_person += tagged or titled or _person_subject(tok)
    return out


def _person_subject(tok) -> bool:
    """ "Gabbard wrote", "Sanders and Goldberg laughed": the subject of a saying or of a verb
    only people do (data/speakers.toml `person_verbs`)."""
    if tok.dep_ == "conj" and tok.head.dep_ == "nsubj":
        tok = tok.head
    if tok.dep_ != "nsubj":
        return False
    verb, lex = tok.head, lexicon()
    return lex.is_speech(verb) or verb.lemma_.lower() in lex.person_verbs


def _core(raw: str) -> str:
    """A written word without the marks around it and its possessive ("“Gabbard’s" -> "Gabbard")."""
    word = raw.strip(_EDGE_MARKS)
    return _POSSESSIVE.sub("", word)


def _runs_into(prev_raw: str, prev: str) -> bool:
    """Is the word before part of the same name: a capitalised word with no mark after it that
    is neither a title nor a function word ("But", "When")?"""
    if not _name_word(prev) or prev_raw.endswith(tuple(_EDGE_MARKS)):
        return False
    low = prev.lower().rstrip(".")
    return low not in lexicon().title_words and low not in STOP_WORDS


def _ends_clear(raw: str) -> bool:
    """No mark closes the word, so the next word may continue its name."""
    return not raw.endswith(tuple(_EDGE_MARKS)) and not _POSSESSIVE.search(raw)


def _name_word(word: str) -> bool:
    return word[:1].isupper() and re.sub(r"[-’']", "", word).isalpha()


def _apostrophe_name(words: list[str], votes: Counter) -> bool:
    """ "O’Rourke", "Beto O’Rourke": a family name of apostrophe shape (`apostrophe_surname`),
    alone or after one first word, that the tagger called a body or a group (it reads the curly
    apostrophe as an unknown word). Places keep their label ("O’Hare", an airport)."""
    confused = set(votes) <= {"PERSON", "ORG", "NORP"}
    return confused and len(words) <= 2 and apostrophe_surname(words[-1])
