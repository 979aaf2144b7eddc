"""Who speaks a quote in text order, and who speaks one with no cue of its own.

Speakers are resolved in text order so that pronouns see who spoke before. A direct quote with
no cue continues a speaker (news style): the one of its paragraph, of the paragraph before, or
of the next paragraph when the quotation runs on into it; a pull quote signed by a name on the
line below is that person's. Split from the quote finder (`lib.quotes.finder`), which finds and
attributes the quotes, because carrying a speaker across quotes and paragraphs is a step of its
own. A mixin on the finder: it reads the finder's parse (`self.p`), context, text and resolver.
"""

from __future__ import annotations

import re

from lib.context import Context
from lib.quotes.continuation import quotation_goes_on, quoted_person_before
from lib.quotes.marks import QuotedSpan
from lib.quotes.parse import Found, QuoteParse
from lib.quotes.speakers.resolve import Speaker, SpeakerResolver

# A line that only signs a pull quote: a dash maybe, a name of two to four capitalised words,
# maybe ", role" of a few words, no full stop at the end (`_signature`).
SIGNATURE_WORDS = 10
SIGNATURE = re.compile(
    r"\s*(?:[—–-]{1,2}\s*)?(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3})(?:,[\w ,.'’-]{1,60})?\s*"
)


class InheritedSpeakers:
    """The speaker-resolving steps of `QuoteFinder`, on the finder's parse, context, text and
    resolver."""

    p: QuoteParse
    ctx: Context
    text: str
    resolver: SpeakerResolver

    def _resolve(self, found: list[Found]) -> None:
        """Resolve in text order; quotes with no cue continue the speaker before them."""
        resolver = self.resolver
        by_para: dict[int, list[Found]] = {}
        last_in_para: dict[int, Found] = {}
        for f in found:
            if f.kind == "drop":
                continue
            pid = self.p.para_of(f.start)
            if f.subject is not None:
                quoted = self.text[f.start : f.end] if f.kind == "direct" else None
                f.speaker = resolver.resolve(f.subject, f.subject.idx, quoted)
            elif f.speaker is not None:  # a post signed by its author (`lib.quotes.posts`)
                resolver.remember(f.start, f.speaker)
            by_para.setdefault(pid, []).append(f)
        body_ids = [p.paragraph_id for p in self.p.paragraphs]
        for pid in body_ids:
            items = by_para.get(pid, [])
            for f in items:
                if f.speaker is None and f.kind == "direct":
                    f.speaker = self._continued(f, items, by_para, body_ids, pid)
                    if f.speaker is not None:
                        f.inherited = True
                        resolver.remember(f.start, f.speaker)
            attributed = [f for f in items if f.speaker and f.speaker.name]
            if attributed:
                last_in_para[pid] = attributed[-1]

    def _continued(self, f: Found, items, by_para, body_ids, pid) -> Speaker | None:
        q = f.quoted
        signed = self._signed_below(q) if q is not None else None
        if signed is not None:  # a pull quote with its speaker's name on the line below
            return signed
        same = [g for g in items if g is not f and g.speaker and g.speaker.name]
        prior = [g for g in same if g.start < f.start]
        pos = body_ids.index(pid)
        prev_items = by_para.get(body_ids[pos - 1], []) if pos > 0 else []
        prev_named = [g for g in prev_items if g.speaker and g.speaker.name and g.kind != "drop"]
        if q is not None and q.continues and prev_named:
            return _inherit(prev_named[-1].speaker)
        if prior:
            return _inherit(quoted_person_before(prior))
        para = self.p.para_by_id[pid]
        if q is not None and q.open_pos == para.start and quotation_goes_on(prev_named, self.text):
            return _inherit(prev_named[-1].speaker)  # a paragraph of quotation after X's quote
        if same:
            return _inherit(same[0].speaker)
        if q is not None and q.open_pos == para.start and prev_named:
            return _inherit(prev_named[-1].speaker)
        # the chain continues into the next paragraph, which names the speaker
        if q is not None and q.continued and pos + 1 < len(body_ids):
            nxt = by_para.get(body_ids[pos + 1], [])
            named = [g for g in nxt if g.subject is not None and g.speaker and g.speaker.name]
            if named:
                return _inherit(named[0].speaker)
        return None

    def _signed_below(self, q: QuotedSpan) -> Speaker | None:
        """A pull quote in pasted web copy: a paragraph that is one quote with no cue, and on
        the next line only its speaker's name ("— Ann Lee, union president"). The name signs it;
        the speaker of the paragraph before does not go on."""
        para = self.p.para_by_id[q.paragraph]
        if q.open_pos != para.start or self.text[self.p.quote_end(q) : para.end].strip(" .,"):
            return None
        nxt = self.ctx.article.paragraph_at(para.end + 1)
        k = para.end + 1
        while nxt is None and k < min(len(self.text), para.end + 4):
            k += 1
            nxt = self.ctx.article.paragraph_at(k)
        if nxt is None or nxt.start <= para.start:
            return None
        span = _signature(self.text[nxt.start : nxt.end])
        if span is None:
            return None
        start, end = nxt.start + span[0], nxt.start + span[1]
        ent = self.ctx.entity_at(start, end)
        if ent is None or ent["label"] != "PERSON" or (start, end) not in map(tuple, ent["spans"]):
            return None
        return Speaker(ent["name"], "person", None, self.text[start:end], start, end)


def _signature(line: str) -> tuple[int, int] | None:
    """Where the name sits in a line that only signs a quote: "— Ann Lee", "Ann Lee, union
    president", "-- Tom Ruiz": a dash, a short name, maybe a comma and a role, nothing else."""
    m = SIGNATURE.fullmatch(line)
    if m is None or line.rstrip().endswith(".") or len(line.split()) > SIGNATURE_WORDS:
        return None  # "Tom Ruiz, the union head, agreed.": a sentence, not a signature
    return m.span("name")


def _inherit(speaker: Speaker) -> Speaker:
    """The same speaker for a quote with no mention of its own, with the mention that named it
    (the nearest words naming the speaker are those before: "…,” Okafor said. “…”)."""
    return Speaker(
        speaker.name, speaker.kind, speaker.role, speaker.mention, speaker.start, speaker.end
    )
