"""Named members of a group.

- A member named after the group it was picked from, when the parser missed the apposition:
  "One of the so-called Harbour Three, Ann Lee - who … - said": the tagger hangs "Ann Lee" on the
  verb, not on "One". The name written right after the "of …" phrase and its comma is the member
  who speaks (`groups` takes the apposition when the parse has it).
- People named together with the role they share ("Drs. Ann Lee and Tom Ruiz said"): a plural of
  that role taken up again ("the physicians said", "her doctors said") is those people, and so
  is their number ("Both said", "All three said") right after them (`named_lists`, read by
  `groups`).
"""

from __future__ import annotations

from dataclasses import dataclass

from lib.quotes.speakers.part import person_mention

NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}


def member_named_after(token):
    """The head of the proper name right after `token`'s "of …" phrase and a comma, if it hangs
    on the same verb as `token` (or on `token`); None otherwise."""
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None:
        return None
    doc = token.doc
    comma = of.right_edge.i + 1
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return None
    k = comma + 1
    while k + 1 < len(doc) and doc[k + 1].pos_ == "PROPN" and doc[k].pos_ == "PROPN":
        k += 1
    name = doc[k]
    if name.pos_ != "PROPN" or not name.text[:1].isupper() or name.ent_type_ != "PERSON":
        return None
    return name if name.head in (token, token.head) else None


@dataclass(frozen=True)
class NamedList:
    """People the article names together with the role they share: "Drs. Ann Lee and Tom Ruiz",
    "lawyers Ben Cole and Ruth Stein", "Ann Lee and Tom Ruiz, the physicians who …"."""

    start: int  # where the list is written
    end: int
    names: tuple[str, ...]  # each person's full name, in text order
    roles: frozenset[str]  # the plural role words written with the list, lowercased

    @property
    def name(self) -> str:
        return ", ".join(self.names[:-1]) + " and " + self.names[-1]


def named_lists(doc, index, conjuncts) -> list[NamedList]:
    """Every list of two or more people named in `doc`, with the plural roles written with them
    (maybe none), in text order: read once per article (a plural role or a number then asks for the
    nearest one by offset). `conjuncts(token)` gives the names coordinated with a list's first
    one."""
    out = []
    for tok in doc:
        if (
            tok.pos_ != "PROPN"
            or tok.dep_ in ("conj", "compound", "flat")
            or person_mention(tok, index) is None
        ):
            continue
        people = [tok, *conjuncts(tok)]
        if len(people) < 2 or not all(person_mention(p, index) is not None for p in people):
            continue
        names = tuple(
            dict.fromkeys(index.entity_for(p.idx, p.idx + len(p)).entity["name"] for p in people)
        )
        roles = frozenset(w for p in people for w in _role_words(p, index))
        if len(names) < 2 or _miscounted(people, len(names)):
            continue
        last = people[-1]
        out.append(NamedList(tok.left_edge.idx, last.idx + len(last), names, roles))
    return out


def _role_words(person, index) -> list[str]:
    """The plural role words written with one listed person, which name the list as a group:
    a plural title or role before the names ("Drs.", "lawyers"), the plural noun the list
    stands in apposition to ("his lawyers, A and B") or that stands in apposition to it ("A and
    B, the physicians"). A singular role of one member ("Committee Chairman Ann Lee and …", a
    role given elsewhere) does not make the others hers: "the lawmakers" may be them all the
    same, and "the leaders" any leaders."""
    mention = index.entity_for(person.idx, person.idx + len(person))
    first = mention.start if mention is not None else person.idx
    words = [t for t in person.subtree if t.idx < first and t.pos_ in ("NOUN", "PROPN")]
    words += [c for c in person.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    if person.dep_ == "appos" and person.head.pos_ == "NOUN":
        words.append(person.head)
    said = [w for t in words if _plural(t, index.lex) for w in (t.lower_, t.lemma_.lower())]
    return [v for w in said for v in _forms(w)]


def _plural(token, lex) -> bool:
    """A plural role word: "physicians", "Drs.", "Sens.", a capitalised "Lawyers"."""
    if token.tag_ in ("NNS", "NNPS") or token.lower_.endswith("s."):
        return True
    low = token.lower_
    return low.endswith("s") and (low[:-1] in lex.person_nouns or low[:-1] in lex.titles)


def _miscounted(people, found: int) -> bool:
    """ "the three foreign ministers, A of Poland, B of Hungary and C …" read as two names: a
    number written with the role says the parse lost one, and the list is not trusted."""
    nouns = [p.head for p in people if p.dep_ == "appos" and p.head.pos_ == "NOUN"]
    nouns += [c for p in people for c in p.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    said = [NUMBERS[c.lower_] for n in nouns for c in n.children if c.lower_ in NUMBERS]
    return any(n != found for n in said)


def _forms(word: str) -> tuple[str, ...]:
    """A role word as written and bare of its full stop and plural "s" ("Drs." is "dr", and a
    capitalised "Lawyers" the tagger took for a name keeps its "s" in the lemma)."""
    bare = word.strip(",.")
    single = bare[:-1] if bare.endswith("s") and not bare.endswith("ss") else bare
    return tuple(dict.fromkeys((word, bare, single)))
