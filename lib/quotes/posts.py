"""The author of a post embedded in web copy (found by `lib.ingest.posts`): the person or body
its signature line names, as the article's entities know them."""

from __future__ import annotations

from lib.ingest.posts import Post
from lib.quotes.speakers.mentions import ORG_LABELS, ORGANIZATION, PERSON, Speaker


def post_speaker(ctx, post: Post) -> Speaker:
    """The post's author: the entity the signature's name is a mention of, else the name as
    written (a display name set in lower case, "ann lee", is given capitals)."""
    written = ctx.text[post.name_start : post.name_end]
    ent = ctx.entity_at(post.name_start, post.name_end)
    name, kind = written, PERSON
    if ent is not None and _names(ent, post):
        name, kind = ent["name"], PERSON if ent["label"] == "PERSON" else ORGANIZATION
    name = name.title() if name.islower() else name
    return Speaker(name, kind, None, written, post.name_start, post.name_end)


def _names(ent: dict, post: Post) -> bool:
    """Does the entity name the author: a person mentioned inside the display name ("Rep. Ann
    Lee"), or a body whose mention is the whole name (not "London" in "Breitbart London")?"""
    spans = [(s, e) for s, e in ent["spans"] if post.name_start <= s and e <= post.name_end]
    if ent["label"] == "PERSON":
        return bool(spans)
    return ent["label"] in ORG_LABELS and (post.name_start, post.name_end) in spans
