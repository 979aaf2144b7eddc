"""Entities merged across their mentions: "Peskov" is "Dmitry Peskov", "the Kremlin" is "Kremlin".

spaCy's NER gives mentions; this module clusters them by a canonical key so a person named in
full once and by surname later is one entity, with the longest form as its name.
"""

from __future__ import annotations

import re

from lib.article import Article

ENTITY_LABELS = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART")
# Leading words that are not part of a name ("the Kremlin", "President Vladimir Putin").
_LEADING = re.compile(r"^(?:the|a|an)\s+", re.I)
_TRAILING = re.compile(r"(?:'s|’s|['’])$")
# Paragraph kinds whose entities still count (captions name people too).
COUNTED_KINDS = ("headline", "body", "caption", "subheading", "dateline")


def clean_name(text: str) -> str:
    name = _LEADING.sub("", text.strip())
    name = _TRAILING.sub("", name).strip(" ,.;:\"“”‘’")
    return re.sub(r"\s+", " ", name)


def extract_entities(article: Article, doc) -> list[dict]:
    """Rows of the `entities` table, in order of first mention."""
    clusters: list[dict] = []
    by_key: dict[tuple[str, str], dict] = {}
    for ent in doc.ents:
        if ent.label_ not in ENTITY_LABELS:
            continue
        para = article.paragraph_at(ent.start_char)
        if para is None or para.kind not in COUNTED_KINDS:
            continue
        name = clean_name(ent.text)
        if not name or not any(ch.isalpha() for ch in name):
            continue
        start = ent.start_char + ent.text.find(name) if name in ent.text else ent.start_char
        end = start + len(name) if name in ent.text else ent.end_char
        cluster = _find_cluster(clusters, by_key, name, ent.label_)
        if cluster is None:
            cluster = {"name": name, "label": ent.label_, "forms": [], "spans": []}
            clusters.append(cluster)
        cluster["forms"].append(name)
        cluster["spans"].append([start, end])
        if len(name) > len(cluster["name"]):
            cluster["name"] = name
        by_key[(ent.label_, name.lower())] = cluster
    rows = []
    for i, c in enumerate(clusters):
        aliases = sorted({f for f in c["forms"] if f != c["name"]})
        rows.append(
            {
                "entity_id": i,
                "name": c["name"],
                "label": c["label"],
                "aliases": aliases,
                "mentions": len(c["spans"]),
                "spans": c["spans"],
            }
        )
    return rows


def _find_cluster(clusters, by_key, name: str, label: str):
    exact = by_key.get((label, name.lower()))
    if exact:
        return exact
    if label == "PERSON":
        parts = name.split()
        for c in clusters:
            if c["label"] != "PERSON":
                continue
            cparts = c["name"].split()
            # Surname alone, or full name extending a surname seen first.
            if parts[-1] == cparts[-1] and (len(parts) == 1 or len(cparts) == 1):
                return c
    return None
