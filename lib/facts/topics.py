"""Topics from the editable taxonomy in data/topics.toml, assigned to every row.

Each sentence is scored against every topic's cue words, phrases and entities; the best (up to
three) become its topics. A sentence with no cue of its own ("Another was questioned in a
hospital bed.") takes the topics its paragraph shares, as an editor tags by paragraph. Quotes,
facts and timeline rows take the topics of the sentences they sit in. The taxonomy is data: a
user renames or adds a topic by editing the file, and it is re-read when the file changes.
"""

from __future__ import annotations

import bisect
import functools
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from lib.ruledata import DATA_DIR, RuleDataError, read

TAXONOMY = DATA_DIR / "topics.toml"
MAX_TOPICS = 3
PHRASE_WEIGHT = 2
# Words inside names and dates are no cues: "24 March" is not a march, "Civic Union" no union.
_NO_CUE_ENTS = frozenset(
    (
        "DATE",
        "TIME",
        "ORG",
        "PERSON",
        "GPE",
        "FAC",
        "NORP",
        "LOC",
        "WORK_OF_ART",
        "PRODUCT",
        "EVENT",
        "LAW",
    )
)


@dataclass(frozen=True)
class Topic:
    name: str
    iptc: str
    iptc_code: str
    description: str
    lemmas: frozenset[str]
    strong: frozenset[str]
    phrases: tuple[str, ...]
    entities: frozenset[str]
    entity_labels: frozenset[str]
    min_score: int = 1
    story_score: int = 0  # 0: off; else the story-wide score that lowers min_score to 1


class TaxonomyError(ValueError):
    """The topics file is not a usable taxonomy (message says what to fix)."""


def load_taxonomy(path: str | Path | None = None) -> tuple[Topic, ...]:
    """The topics in file order; re-read whenever the file changes."""
    path = Path(path) if path else TAXONOMY
    return _load(str(path), path.stat().st_mtime_ns)


@functools.lru_cache(maxsize=8)
def _load(path: str, _mtime: int) -> tuple[Topic, ...]:
    try:
        data = read(path, "topics.toml")
    except RuleDataError as err:
        raise TaxonomyError(str(err)) from None
    topics, seen = [], set()
    for i, raw in enumerate(data.get("topic", [])):
        name = str(raw.get("name", "")).strip()
        if not name:
            raise TaxonomyError(f"{path}: topic #{i + 1} has no name")
        if name in seen:
            raise TaxonomyError(f"{path}: topic {name!r} appears twice")
        seen.add(name)
        topics.append(
            Topic(
                name=name,
                iptc=str(raw.get("iptc", "")),
                iptc_code=str(raw.get("iptc_code", "")),
                description=str(raw.get("description", "")),
                lemmas=frozenset(w.lower() for w in raw.get("lemmas", [])),
                strong=frozenset(w.lower() for w in raw.get("strong", [])),
                phrases=tuple(f" {p.lower().strip()} " for p in raw.get("phrases", [])),
                entities=frozenset(e.lower() for e in raw.get("entities", [])),
                entity_labels=frozenset(raw.get("entity_labels", [])),
                min_score=int(raw.get("min_score", 1)),
                story_score=int(raw.get("story_score", 0)),
            )
        )
    return tuple(topics)


def topic_names(path: str | Path | None = None) -> list[str]:
    """Topic names in taxonomy order (for the topic filter)."""
    return [t.name for t in load_taxonomy(path)]


def score_sentence(
    span, entities: list[tuple[str, str]], taxonomy, ents=None, phrases=None
) -> dict[str, int]:
    """Cue score of every topic with at least one cue in the sentence (thresholds apply later).

    `phrases` is `phrase_index(taxonomy)`, made once per article by the caller that scores all
    its sentences."""
    named = _name_tokens(span, ents)
    lemmas: list[str] = []
    lowers: list[str] = []
    words: set[str] = set()  # lemmas and lower-cased forms of the words outside names
    for t in span:  # each token's attributes read once: this runs for every sentence
        if t.is_space or t.is_punct:
            continue
        lemma, lower = t.lemma_.lower(), t.lower_
        lemmas.append(lemma)
        lowers.append(lower)
        if t.i not in named:
            words.add(lemma)
            words.add(lower)
    lemma_text = " " + " ".join(lemmas) + " "
    lower_text = " " + " ".join(lowers) + " "
    names = {name for name, _ in entities}
    labels = {label for _, label in entities}
    found = _phrases_found(phrases or phrase_index(taxonomy), lemma_text, lower_text)
    scores = {}
    for n, topic in enumerate(taxonomy):
        score = len(words & topic.lemmas) + len(names & topic.entities)
        score += PHRASE_WEIGHT * len(words & topic.strong)
        score += len(labels & topic.entity_labels)
        score += PHRASE_WEIGHT * found.get(n, 0)
        if score > 0:
            scores[topic.name] = score
    return scores


def phrase_index(taxonomy) -> dict[str, list[tuple[int, str]]]:
    """Every topic's phrases (" open fire ") by their first word: (topic position, phrase)."""
    index: dict[str, list[tuple[int, str]]] = {}
    for n, topic in enumerate(taxonomy):
        for phrase in topic.phrases:
            index.setdefault(phrase[1:].split(" ", 1)[0], []).append((n, phrase))
    return index


def _phrases_found(index, lemma_text: str, lower_text: str) -> dict[int, int]:
    """Topic position -> how many of its phrases the sentence's lemmas or words contain. Only
    phrases whose first word is one of the sentence's words are looked for: " open fire " can
    be in " they open fire " only if " open " is."""
    found: dict[int, int] = {}
    for word in {*lemma_text.split(" "), *lower_text.split(" ")}:
        for n, phrase in index.get(word, ()):
            if phrase in lemma_text or phrase in lower_text:
                found[n] = found.get(n, 0) + 1
    return found


def _name_tokens(span, ents=None) -> set[int]:
    """Tokens inside names and dates, which are no cues: "24 March" is not a march, "Civic
    Union" no union. A one-word "name" opening the sentence is often a mis-tag ("Turnout")."""
    out: set[int] = set()
    for ent in span.ents if ents is None else ents:
        if ent.label_ not in _NO_CUE_ENTS:
            continue
        if ent.label_ in ("DATE", "TIME") or len(ent) > 1 or ent.start != span.start:
            out.update(range(ent.start, ent.end))
    return out


def sentence_topics(ctx, taxonomy=None) -> dict[int, list[str]]:
    """sentence_id -> topics, best first; cue-less sentences take their paragraph's topics.

    A topic with a `story_score` that the story as a whole reaches (summed over its sentences)
    needs only one cue per sentence: in an election story a lone "vote" is about the election.
    """
    taxonomy = taxonomy if taxonomy is not None else load_taxonomy()
    order = {t.name: i for i, t in enumerate(taxonomy)}
    minimum = {t.name: t.min_score for t in taxonomy}
    story_min = {t.name: t.story_score for t in taxonomy}
    found, ents = _by_sentence(ctx)
    phrases = phrase_index(taxonomy)
    raw = {
        s.sentence_id: score_sentence(s.span, found[i], taxonomy, ents[i], phrases)
        for i, s in enumerate(ctx.sentences)
    }
    story = Counter()
    for scores in raw.values():
        story.update(scores)
    by_sentence: dict[int, list[str]] = {}
    for sid, scores in raw.items():
        kept = {
            name: score
            for name, score in scores.items()
            if score >= minimum[name] or 0 < story_min[name] <= story[name]
        }
        ranked = sorted(kept, key=lambda name: (-kept[name], order[name]))
        by_sentence[sid] = ranked[:MAX_TOPICS]
    _fill_from_paragraph(ctx, by_sentence, order)
    return by_sentence


def _by_sentence(ctx) -> tuple[list[list[tuple[str, str]]], list[list]]:
    """Per sentence: the entity rows it mentions (as `_entities_in`) and the spaCy entities
    inside it (as `span.ents`), found in one pass each: per-sentence scans of every entity are
    quadratic in a long text."""
    sents = ctx.sentences
    rows: list[set[int]] = [set() for _ in sents]
    for n, ent in enumerate(ctx.entities):
        for s, e in ent["spans"]:
            for i in range(max(ctx.sentence_index(s), 0), ctx.sentence_index(max(e - 1, s)) + 1):
                if s < sents[i].end and sents[i].start < e:
                    rows[i].add(n)
    found = [[] for _ in sents]
    for i, ns in enumerate(rows):
        for n in sorted(ns):
            ent = ctx.entities[n]
            found[i].append((ent["name"].lower(), ent["label"]))
            found[i].extend((alias.lower(), ent["label"]) for alias in ent.get("aliases", []))
    starts = [s.span.start for s in sents]
    ents: list[list] = [[] for _ in sents]
    for ent in ctx.doc.ents:
        i = bisect.bisect_right(starts, ent.start) - 1
        if i >= 0 and ent.end <= sents[i].span.end:
            ents[i].append(ent)
    return found, ents


def _entities_in(ctx, start: int, end: int) -> list[tuple[str, str]]:
    found = []
    for ent in ctx.entities:
        if any(s < end and start < e for s, e in ent["spans"]):
            found.append((ent["name"].lower(), ent["label"]))
            found.extend((alias.lower(), ent["label"]) for alias in ent.get("aliases", []))
    return found


def _fill_from_paragraph(ctx, by_sentence: dict[int, list[str]], order: dict[str, int]) -> None:
    paragraphs: dict[int, list[int]] = {}
    for sent in ctx.sentences:
        paragraphs.setdefault(sent.paragraph.paragraph_id, []).append(sent.sentence_id)
    for ids in paragraphs.values():
        counts = Counter(name for sid in ids for name in by_sentence[sid])
        shared = sorted(counts, key=lambda name: (-counts[name], order[name]))[:2]
        for sid in ids:
            if not by_sentence[sid]:
                by_sentence[sid] = list(shared)


def assign_topics(ctx, rows: dict[str, list[dict]], taxonomy=None) -> None:
    """Fill the `topics` column of every row in `rows` (sentences, quotes, facts, timeline)."""
    taxonomy = taxonomy if taxonomy is not None else load_taxonomy()
    order = {t.name: i for i, t in enumerate(taxonomy)}
    by_sentence = sentence_topics(ctx, taxonomy)
    spans = [(s.start, s.end, s.sentence_id) for s in ctx.sentences]
    for table, table_rows in rows.items():
        for row in table_rows:
            if table == "sentences":
                row["topics"] = list(by_sentence.get(row["sentence_id"], []))
            elif table == "facts" or "start" not in row:
                row["topics"] = list(by_sentence.get(row.get("sentence_id"), []))
            else:
                row["topics"] = _span_topics(row["start"], row["end"], spans, by_sentence, order)


def _span_topics(start: int, end: int, spans, by_sentence, order) -> list[str]:
    """Topics of every sentence a span overlaps (a quote may run over several). The sentences
    are in text order and never overlap, so those are one run, found by bisection (a scan of
    every sentence per quote and date made an article of many short quotes quadratic)."""
    names: list[str] = []
    lo = bisect.bisect_right(spans, start, key=lambda sp: sp[1])  # the first ending after start
    hi = bisect.bisect_left(spans, max(end, start + 1), key=lambda sp: sp[0])
    for s, e, sid in spans[lo:hi]:
        if s < end and start < e or (start == end and s <= start < e):
            names.extend(n for n in by_sentence[sid] if n not in names)
    return sorted(names, key=lambda n: order.get(n, len(order)))
