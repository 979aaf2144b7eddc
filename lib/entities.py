"""Entities merged across their mentions: "Peskov" is "Dmitry Peskov", "the Kremlin" is "Kremlin".

spaCy's small model finds most names but often cuts them ("Ursula von der" + "Leyen", "the
National Observatory of" + "Athens") and labels the same name differently from one mention to the
next ("Rossi" PERSON, then GPE). So this module first repairs mention edges, then groups mentions
by name, labels each group by its votes and by evidence that it is a person (a first name, a
title or role before it, an age after it: `lib.entity_kinds`), and finally folds surnames, first
names and acronyms into the full form they stand for (`lib.entity_folds`). Speaker resolution depends on these clusters.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter

from spacy.tokens import Doc

from lib.article import Article
from lib.entity_folds import (
    fold_acronyms,
    fold_familiar_names,
    fold_person_names,
    fold_short_org_names,
)
from lib.entity_headlines import body_names_in_headlines, occurrences
from lib.entity_kinds import label_groups, person_hint
from lib.officeholders import year_of
from lib.quotes.lexicon import lexicon
from lib.quotes.speakers.fullnames import GENERATIONS
from lib.quotes.speakers.words import apostrophe_surname

ENTITY_LABELS = (
    "PERSON",
    "ORG",
    "GPE",
    "NORP",
    "LOC",
    "FAC",
    "EVENT",
    "PRODUCT",
    "LAW",
    "WORK_OF_ART",
)
# Leading words that are not part of a name ("the Kremlin", "President Vladimir Putin").
_LEADING = re.compile(r"^(?:the|a|an)\s+", re.I)
_TRAILING = re.compile(r"(?:'s|’s|['’])$")
# the comma before a generation as names write it: "Jr", "Sr", "II", "III", "IV" (`GENERATIONS`)
_GENERATION_COMMA = re.compile(
    r",(?=\s+(?:"
    + "|".join(sorted(g.upper() if set(g) <= set("iv") else g.title() for g in GENERATIONS))
    + r")\b)"
)
# Paragraph kinds whose entities still count (captions name people too).
COUNTED_KINDS = ("headline", "body", "caption", "subheading", "dateline")
SPREAD_LABELS = ("PERSON", "ORG")  # names whose every occurrence is a mention (see below)
# Lower-case name particles: "Ursula von der Leyen", "Luiz Inácio Lula da Silva".
PARTICLES = frozenset(
    (
        "von",
        "van",
        "der",
        "den",
        "de",
        "del",
        "della",
        "da",
        "di",
        "du",
        "la",
        "le",
        "bin",
        "bint",
        "al",
        "el",
        "ibn",
        "ter",
        "dos",
        "das",
    )
)
# Marks no name runs across (`unbroken_pieces`): a colon, dashes, double and opening single
# quotation marks. A spaced hyphen counts too; a closing single mark is also an apostrophe.
NAME_BREAKS = frozenset((":", "—", "–", "--", "“", "”", '"', "‘", "«", "»"))
CONNECTORS = frozenset(("of", "and", "for", "&", "on"))
# Last words of organisation names the tagger cuts short ("Flood Forecasting and Warning Centre").
ORG_TAILS = frozenset(
    (
        "centre",
        "center",
        "department",
        "institute",
        "agency",
        "office",
        "service",
        "council",
        "committee",
        "commission",
        "foundation",
        "observatory",
        "trust",
        "university",
        "college",
        "association",
        "federation",
        "union",
        "bank",
        "ministry",
        "board",
        "authority",
        "organisation",
        "organization",
        "fund",
    )
)
# A clause's verb or negation inside a tagged name ("Deutsche Bank Does Not Have …, Court" of a
# headline): the dependencies that make a word a verb of the sentence, not a word of a name
# ("Black Lives Matter" tags "Lives" VBZ, but as a compound).
_CLAUSE_DEPS = frozenset(("ROOT", "ccomp", "aux", "auxpass", "neg", "advcl", "relcl", "conj"))
_FINITE_TAGS = frozenset(("VBZ", "VBD", "VBP", "MD"))


def clean_name(text: str) -> str:
    """The name in a tagged stretch: no article or possessive, one plain space between words,
    no comma before a generation ("Ireland, Jr." is "Ireland Jr.", one way to write it)."""
    text = _GENERATION_COMMA.sub("", text)
    name = _LEADING.sub("", text.strip())
    name = _TRAILING.sub("", name).strip(' ,.;:"“”‘’')
    if text.rstrip(' ,;:"“”‘’').endswith(name + ".") and _abbreviated(name):
        name += "."  # "Haywood Gilliam Jr.", "U.S.": the period is part of the name
    return re.sub(r"\s+", " ", name)


def _written(name: str, raw: str) -> tuple[int, int] | None:
    """Where the cleaned `name` stands in the tagged words `raw`, whatever spaces the article
    puts between its words (`clean_name` makes them one plain space): None when it is not
    there."""
    found = re.search(r",?\s+".join(map(re.escape, name.split(" "))), raw)
    return found.span() if found else None


def _abbreviated(name: str) -> bool:
    """Does the name end in an abbreviation whose period it keeps: a post-nominal ("Jr", "Sr")
    or an initialism with periods inside ("U.S", "D.C")?"""
    last = name.split()[-1] if name.split() else ""
    return "." in last or last.lower() in lexicon().post_nominals


def extract_entities(article: Article, doc: Doc) -> list[dict]:
    """Rows of the `entities` table, in order of first mention."""
    mentions = body_names_in_headlines(article, _mentions(article, doc))
    mentions = _every_occurrence(_untagged_apostrophe_names(mentions, doc), article)
    groups = _group(mentions)
    label_groups(groups, doc, year_of(article))
    fold_familiar_names(groups)
    fold_person_names(groups, article.text)
    fold_short_org_names(groups)
    fold_acronyms(groups, article.text)
    rows = []
    for g in sorted((g for g in groups if not g.get("merged")), key=lambda g: min(g["spans"])):
        spans = sorted(g["spans"])
        aliases = sorted({f for f in g["forms"] if f != g["name"]})
        rows.append(
            {
                "entity_id": len(rows),
                "name": g["name"],
                "label": g["label"],
                "aliases": aliases,
                "mentions": len(spans),
                "spans": [list(s) for s in spans],
            }
        )
    return rows


# --- mentions -----------------------------------------------------------------------------


def _mentions(article: Article, doc: Doc) -> list[dict]:
    """Entity mentions with repaired edges, as {start, end, name, label, person_hint}."""
    lex = lexicon()
    not_names = set(lex.honorifics) | set(lex.gendered_roles) | lex.person_nouns | lex.titles
    out: list[dict] = []
    for ent in doc.ents:
        if ent.label_ not in ENTITY_LABELS:
            continue
        para = article.paragraph_at(ent.start_char)
        if para is None or para.kind not in COUNTED_KINDS:
            continue
        pieces = unbroken_pieces(doc, ent.start, ent.end)
        for lo, hi in pieces:
            if len(pieces) > 1 and not any(t.pos_ == "PROPN" for t in doc[lo:hi]):
                continue  # "Ocasio-Cortez: I Want …": the words past the colon name no one
            found = _mention(article, doc, lo, hi, ent.label_, para.kind == "headline", not_names)
            if found is None:
                continue
            if out and out[-1]["start"] < found["end"] and found["start"] < out[-1]["end"]:
                if found["end"] - found["start"] <= out[-1]["end"] - out[-1]["start"]:
                    continue  # swallowed by a widened neighbour
                out.pop()
            out.append(found)
    return out


def _untagged_apostrophe_names(mentions: list[dict], doc: Doc) -> list[dict]:
    """ "CBS News’s Norah O’Donnell": a first name and a family name of apostrophe shape
    (`apostrophe_surname`) the small model tagged nothing, as its curly apostrophe throws it
    (the plain "O'Donnell" it tags), are a person's name: the later "O’Donnell" is hers."""
    taken = {t for m in mentions for t in range(m["start"], m["end"])}
    first_names = lexicon().first_names
    added = []
    for tok in doc[1:]:
        given = doc[tok.i - 1]
        if tok.ent_iob_ != "O" or given.ent_iob_ != "O" or {tok.idx, given.idx} & taken:
            continue
        if given.lower_ in first_names and given.is_title and apostrophe_surname(tok.text):
            start, end = given.idx, tok.idx + len(tok)
            name = doc.text[start:end]
            added.append(
                {"start": start, "end": end, "name": name, "label": "PERSON", "hint": True}
            )
    return sorted(mentions + added, key=lambda m: m["start"]) if added else mentions


def unbroken_pieces(doc: Doc, lo: int, hi: int) -> list[tuple[int, int]]:
    """The tagger's span cut at the marks no name runs across: a colon, a dash set off by
    spaces, a double or opening single quotation mark. A headline tagged whole ("Ocasio-Cortez:
    I Want to Have ‘One Less Child’ …") or a label before a name ("Exclusive — Sarah Palin") is
    several phrases, each a name or none; a hyphen inside a word ("Ocasio-Cortez") and an
    apostrophe ("O’Donnell", "Fusion GPS’") are parts of names."""
    pieces, start = [], lo
    for k in range(lo, hi):
        if _breaks_name(doc, k) or _two_clauses_at_comma(doc, k, lo, hi):
            if k > start:
                pieces.append((start, k))
            start = k + 1
    if hi > start:
        pieces.append((start, hi))
    return pieces


def _two_clauses_at_comma(doc: Doc, k: int, lo: int, hi: int) -> bool:
    """ "… charges from Trump, Mesires wrote": a comma between the object of one clause and the
    subject of the next, tagged as one name. The words after the comma are the subject of a
    verb outside the span, the word before it hangs outside the span too: two phrases, not
    one name ("Skadden, Arps" hangs together)."""
    if doc[k].text != "," or not lo < k < hi - 1:
        return False
    after, before = doc[k + 1], doc[k - 1]
    outside = not lo <= after.head.i < hi and not lo <= before.head.i < hi
    return after.dep_ in ("nsubj", "nsubjpass") and outside and after.head != before.head


def _breaks_name(doc: Doc, k: int) -> bool:
    t = doc[k]
    if t.text in NAME_BREAKS:
        return True
    spaced = k > 0 and bool(doc[k - 1].whitespace_) and bool(t.whitespace_)
    return t.text == "-" and spaced  # "Watch - Graham", not "Ocasio-Cortez"


def _mention(
    article: Article, doc: Doc, lo: int, hi: int, label: str, headline: bool, not_names: set
) -> dict | None:
    """One mention from the tokens [lo, hi) tagged `label`, its edges repaired; None when the
    words are no name."""
    lex = lexicon()
    if label == "PERSON" and not any(t.pos_ == "PROPN" for t in doc[lo:hi]):
        return None  # "Turnout", "grey suit": the tagger's guesses on common words
    titled = False
    while (
        hi - lo > 1
        and (doc[lo].lower_ in lex.titles or doc[lo].lower_ in lex.person_nouns)
        and doc[lo + 1].is_title
        and (label == "PERSON" or doc[lo + 1].lower_ in lex.first_names)
    ):
        lo += 1  # "Inspector Claire Matthews": the title is a role, not the name
        titled = True  # (but "General Motors", "State Street" are names whole)
    if label == "PERSON":
        hi = _name_end(doc, lo, hi)
        lo, hi = _widen_person(doc, lo, hi, not_names)
    elif label in ("ORG", "FAC"):
        hi = _widen_org(doc, lo, hi)
    if label in SPREAD_LABELS and (cut := _before_clause(doc, lo, hi, headline)) < hi:
        if not any(t.pos_ == "PROPN" for t in doc[lo:cut]):
            return None  # "That Got Us Thinking": no name before the verb
        hi = cut
    start, end = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])
    raw = article.text[start:end]
    name = clean_name(raw)
    where = _written(name, raw)
    if not name or not any(ch.isalpha() for ch in name) or where is None:
        return None
    if name.islower():
        return None  # "op-ed", "state": a word in lower case is a common noun, never a name
    start, end = start + where[0], start + where[1]
    hint = titled or person_hint(article.text, doc, lo, hi, end, not_names)
    return {"start": start, "end": end, "name": name, "label": label, "hint": hint}


def _every_occurrence(mentions: list[dict], article: Article) -> list[dict]:
    """One name, one entity at each of its occurrences. The small model tags a name in one
    place and misses it, or tags part of it, in another ("the Britain First group" as ORG,
    then "Britain First was founded" as the place "Britain"): every other occurrence of a name
    of several words tagged as a person or organisation becomes a mention of it, replacing the
    shorter mentions inside it. Occurrences that cross another mention's edge are left alone."""
    names = {m["name"]: m["label"] for m in mentions if m["label"] in SPREAD_LABELS}
    names = {n: label for n, label in names.items() if " " in n}
    if not names:
        return mentions
    ends = [m["end"] for m in mentions]  # mentions never overlap: ends are in order too
    added = []
    for start, name in occurrences(names, article.text):
        end = start + len(name)
        para = article.paragraph_at(start)
        if para is None or para.kind not in COUNTED_KINDS:
            continue
        touching = []
        j = bisect.bisect_right(ends, start)
        while j < len(mentions) and mentions[j]["start"] < end:
            touching.append(mentions[j])
            j += 1
        if any(m["start"] < start or m["end"] > end for m in touching):
            continue  # crosses another mention's edge
        if any(m["start"] == start and m["end"] == end for m in touching):
            continue  # already a mention
        mention = {"start": start, "end": end, "name": name, "label": names[name], "hint": False}
        added.append((touching, mention))
    if not added:
        return mentions
    dropped = {id(m) for inside, _ in added for m in inside}
    kept = [m for m in mentions if id(m) not in dropped] + [m for _, m in added]
    return sorted(kept, key=lambda m: m["start"])


def _name_end(doc: Doc, lo: int, hi: int) -> int:
    """Cut a person's span at the first word that cannot be part of a name ("Elena Rybina 4-6").
    A space between two of its words is no such word: a no-break space ("Muriel\u00a0Bowser",
    as web pages write a name after a title) is a token of its own, which cut the name to
    "Muriel"."""
    for i in range(lo + 1, hi):
        t = doc[i]
        if _inner_space(doc, i) and i + 1 < hi:
            continue
        if not (t.pos_ == "PROPN" or t.lower_ in PARTICLES or t.text in ("-", "'", "’")):
            return i
    return hi


def _widen_person(doc: Doc, lo: int, hi: int, not_names: set[str]) -> tuple[int, int]:
    """Take in first names the tagger left out ("Jan" of "Jan Christian Vestre"), particles, a
    family name of apostrophe shape after a lone first name ("Dara" of "Dara O’Connell"), and
    the words after a space token inside the line (`_inner_space`)."""
    while lo > 0:
        t = doc[lo - 1]
        if not (
            t.pos_ == "PROPN" and t.is_title and t.ent_iob_ == "O" and t.lower_ not in not_names
        ):
            break
        if t.dep_ != "compound" or not left_out_given_name(t, hi - lo):
            break
        lo -= 1
    while hi < len(doc) and (
        doc[hi].lower_ in PARTICLES
        and hi + 1 < len(doc)
        and doc[hi + 1].text[:1].isalpha()
        or doc[hi - 1].lower_ in PARTICLES
        and doc[hi].is_title
        or hi == lo + 1
        and apostrophe_surname(doc[hi].text)  # "Dara" + "O’Connell", read as a noun
    ):
        hi += 1
    while hi > lo + 1 and doc[hi - 1].lower_ in PARTICLES:
        hi -= 1
    while hi + 1 < len(doc) and _inner_space(doc, hi) and doc[hi + 1].is_title:
        hi += 2  # "Dalia\u00a0Brennick" tagged as two names, the space between them a token
    if hi - lo > 1 and _generation_after_comma(doc, hi):
        hi += 2  # "Timothy J. Ireland, Jr.": the tagger stops at the comma
        if hi < len(doc) and doc[hi].text == "." and not doc[hi - 1].whitespace_:
            hi += 1  # "Sr" + "." as two tokens: the period is the abbreviation's
    return lo, hi


def left_out_given_name(t, width: int) -> bool:
    """A capitalised compound before a tagged person's name is a given name the tagger left out
    when the name is a lone surname or the word is a known first name ("Jan" of "Jan Christian
    Vestre"); before a full name it is more likely the words of an office or a body ("Director
    of National Intelligence Joseph Maguire": the name is Joseph Maguire)."""
    return width == 1 or t.lower_ in lexicon().first_names


def _generation_after_comma(doc: Doc, k: int) -> bool:
    """Does a generation follow at token `k` after a comma (", Jr.", ", Sr.", ", III")? It is
    part of the name before the comma, as in "Ireland Jr." written without one: the father
    and the son are two people, and the suffix is what tells them apart."""
    if k + 1 >= len(doc) or doc[k].text != ",":
        return False
    word = doc[k + 1].text
    return word[:1].isupper() and word.rstrip(".").lower() in GENERATIONS


def _inner_space(doc: Doc, k: int) -> bool:
    """Is token `k` a space inside one line (a no-break space, a double space) before a name's
    word? Such a space is a token of its own, and no end of the name it stands in."""
    t = doc[k]
    return t.is_space and "\n" not in t.text and k + 1 < len(doc) and doc[k + 1].pos_ == "PROPN"


def _before_clause(doc: Doc, lo: int, hi: int, headline: bool = False) -> int:
    """Where a name ends that runs on into its sentence's verb: a headline or a linked title in
    title case ("Deutsche Bank Does Not Have Trump's Tax Returns, Court Says", "Marco Rubio
    Responds To Question") is tagged as one name, and a name is never a clause; the words
    before the capitalised verb or "Not" are the name ("Deutsche Bank", "Marco Rubio"). In a
    headline the tags may miss the verb too ("Bridget McCain Breaks Silence On …" tags
    "Breaks" a plural name): there a headline's verb of saying with its ending ("-s", "-ed",
    data/cues.toml `headline` and the speech verbs) ends the name by its word."""
    verbs = lexicon().headline_verbs if headline else frozenset()
    for k in range(lo + 1, hi):
        t = doc[k]
        if t.text[:1].isupper() and t.lower_.endswith(("s", "ed")) and t.lower_ in verbs:
            while k - 1 > lo and doc[k - 1].pos_ == "ADV":
                k -= 1  # "Rashida Tlaib Officially Endorses": the verb's adverb
            return k
        if not t.text[:1].isupper() or t.dep_ not in _CLAUSE_DEPS:
            continue
        if t.tag_ in _FINITE_TAGS or t.dep_ in ("aux", "neg"):
            return k
    return hi


def _widen_org(doc: Doc, lo: int, hi: int) -> int:
    """ "the National Observatory of" + "Athens"; "Flood Forecasting" + "and Warning Centre"."""
    if hi < len(doc) and doc[hi - 1].lower_ in CONNECTORS:
        j = hi
        while j < len(doc) and doc[j].is_title and not doc[j].is_sent_start:
            j += 1
        return j if j > hi else hi - 1
    if hi + 1 < len(doc) and doc[hi].lower_ in CONNECTORS and doc[hi + 1].is_title:
        j = hi + 1
        while j < len(doc) and doc[j].is_title and doc[j].ent_iob_ == "O":
            j += 1
        if doc[j - 1].lower_ in ORG_TAILS:
            return j
    return hi


# --- grouping and labels ------------------------------------------------------------------


def _group(mentions: list[dict]) -> list[dict]:
    by_name: dict[str, dict] = {}
    groups = []
    for m in mentions:
        key = m["name"].lower()
        g = by_name.get(key)
        if g is None:
            g = {"name": m["name"], "forms": [], "spans": [], "votes": Counter(), "hint": False}
            by_name[key] = g
            groups.append(g)
        elif _shouted(g["name"]) and not _shouted(m["name"]):
            g["name"] = m["name"]  # "NEW YORK (Reuters) - … New York": the name as written in prose
        g["forms"].append(m["name"])
        g["spans"].append((m["start"], m["end"]))
        g["votes"][m["label"]] += 1
        g["hint"] = g["hint"] or m["hint"]
    return groups


def _shouted(name: str) -> bool:
    """A name in capitals: a wire dateline ("LONDON (Reuters) -"), a headline set in caps, or an
    acronym. When the article also writes it in mixed case, that spelling names the entity."""
    return name.isupper()
