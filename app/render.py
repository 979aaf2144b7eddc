"""Escaped HTML for the annotated reader, quote cards, legends and chips.

Article text is untrusted: every piece of it (words, speaker names, titles, roles, cues) goes
through `html.escape` here, so markup in an article shows as text. Pages hand the result to
`st.html`; nothing article-derived is ever rendered as Markdown. Marks carry a `title` for hover
and are focusable, showing the same details on focus or tap (keyboard and touch users cannot
hover); each layer has its own line style so colour is never the only signal.
"""

from __future__ import annotations

import html
from collections import defaultdict
from dataclasses import dataclass, field
from string import Template

from app import view
from app.view import Filters, as_list, text_or

# Colours of the non-speaker layers (text decorations; speakers use the palette in app.view).
FIGURE_COLOR = "#D62728"
DATE_COLOR = "#17A2B8"
ENTITY_COLORS = {"person": "#9467BD", "organisation": "#8C6D31", "place": "#2CA02C"}

# Layers nest outer to inner in this order when two marks start at the same offset.
_PRIORITY = {"sentence": 0, "quote": 1, "entity": 2, "date": 3, "figure": 4, "find": 5}

STYLE = Template("""<style>
.nd-article{font-size:1.03rem;line-height:1.75;max-width:46rem;overflow-wrap:anywhere}
.nd-article p,.nd-article div{margin:0 0 .9rem 0}
.nd-headline{font-size:1.65rem;font-weight:700;line-height:1.25;margin:.1rem 0 .9rem}
.nd-subheading{font-size:1.2rem;font-weight:650;margin:1.3rem 0 .5rem}
.nd-dateline{font-size:.82rem;text-transform:uppercase;letter-spacing:.05em}
.nd-caption{font-size:.9rem;font-style:italic;border-left:3px solid rgba(128,128,128,.55);padding-left:.6rem}
.nd-credit{font-size:.78rem;padding-left:.6rem;margin-top:-.6rem!important}
.nd-furniture{opacity:.5;font-size:.85rem;border-left:3px dotted rgba(128,128,128,.7);padding-left:.6rem}
.nd-kind{font-style:normal;font-size:.68rem;font-weight:600;text-transform:uppercase;letter-spacing:.07em;margin-right:.45rem}
.nd-q{border-bottom:2px solid;padding:0 1px;border-radius:2px}
.nd-q.nd-off{background:none!important;border-bottom-style:dotted;border-bottom-color:rgba(128,128,128,.6)!important}
.nd-tag{font-size:.66rem;font-weight:700;vertical-align:super;margin-left:2px;padding-left:2px;border-left:3px solid;white-space:nowrap}
.nd-fig{text-decoration:underline double;text-decoration-color:$figure;text-decoration-thickness:1.5px;text-underline-offset:3px;font-weight:600}
.nd-date{text-decoration:underline dashed;text-decoration-color:$date;text-decoration-thickness:2px;text-underline-offset:5px}
.nd-ent{text-decoration:underline dotted;text-decoration-thickness:2px;text-underline-offset:7px}
.nd-ent-person{text-decoration-color:$person}
.nd-ent-organisation{text-decoration-color:$organisation}
.nd-ent-place{text-decoration-color:$place}
.nd-dim{opacity:.7}
.nd-find{background:rgba(255,193,7,.55);color:inherit;outline:1px solid rgba(178,107,0,.9);border-radius:2px}
.nd-hit{background:rgba(255,193,7,.38);color:inherit;border-radius:2px;padding:0 1px}
.nd-mark[title]{cursor:help}
.nd-mark[tabindex]:focus{outline:2px solid #1A73E8;outline-offset:1px;position:relative}
.nd-mark[tabindex]:focus::after{content:attr(title);position:absolute;left:0;top:calc(100% + 4px);z-index:20;width:max-content;max-width:min(22rem,80vw);padding:.35rem .55rem;border-radius:4px;background:#1F2328;color:#FFFFFF;font:400 .8rem/1.35 sans-serif;white-space:normal;text-decoration:none;pointer-events:none}
.nd-legend{display:flex;flex-wrap:wrap;gap:.35rem .9rem;font-size:.85rem;margin:.2rem 0 .6rem}
.nd-legend span.nd-li{white-space:nowrap}
.nd-sw{display:inline-block;width:.8rem;height:.8rem;border-radius:2px;vertical-align:-1px;margin-right:.3rem}
.nd-qlist{list-style:none;padding:0!important;margin:0!important;font-size:.88rem;line-height:1.4}
.nd-qlist li{margin:0 0 .5rem 0}
.nd-qlist a{display:block;text-decoration:none;color:inherit;border-left:4px solid;padding:.15rem .5rem;border-radius:2px}
.nd-qlist a:hover,.nd-qlist a:focus{background:rgba(128,128,128,.15)}
.nd-qlist a.nd-to-card{display:inline-block;border-left:4px solid transparent;font-size:.78rem;text-decoration:underline;text-underline-offset:3px;padding:0 .5rem}
.nd-qlist li.nd-sel a.nd-to-card{background:none}
.nd-card{border:1px solid rgba(128,128,128,.35);border-left:5px solid;border-radius:6px;padding:.6rem .8rem;margin:0 0 .7rem 0;overflow-wrap:anywhere}
.nd-card-head{font-size:.9rem;margin-bottom:.3rem}
.nd-card blockquote{margin:.2rem 0 .35rem 0;padding:0;border:none;font-size:1rem;line-height:1.5}
.nd-meta{font-size:.8rem}
.nd-ctx{font-size:.85rem;margin-top:.2rem}
.nd-badge{display:inline-block;font-size:.7rem;border:1px solid rgba(128,128,128,.6);border-radius:999px;padding:0 .45rem;margin-left:.35rem;text-transform:uppercase;letter-spacing:.04em}
.nd-tag[data-doubt]::after{content:" (?)"}
.nd-doubt{border-style:dashed;border-color:#B26B00;text-transform:none;letter-spacing:0;cursor:help}
.nd-doubt-resolved{border-color:rgba(128,128,128,.8)}
.nd-chips{display:flex;flex-wrap:wrap;gap:.4rem}
.nd-chip{border:1px solid rgba(128,128,128,.5);border-radius:999px;padding:.1rem .6rem;font-size:.85rem}
.nd-chip b{font-weight:700;margin-left:.3rem}
.nd-group{font-weight:700;font-size:1.05rem;margin:1rem 0 .4rem}
a.nd-chip,.nd-who a,.nd-card-head a{color:inherit;text-decoration:underline;text-underline-offset:3px}
a.nd-chip:hover,a.nd-chip:focus{background:rgba(128,128,128,.15)}
.nd-who{display:grid;grid-template-columns:minmax(6rem,12rem) 1fr 2rem;gap:.25rem .5rem;align-items:center;font-size:.9rem}
.nd-bar{height:.7rem;border-radius:3px;min-width:3px}
.nd-title{font-size:1.9rem;font-weight:700;line-height:1.2;margin:.2rem 0 .4rem;overflow-wrap:anywhere}
.nd-sub{font-size:.92rem;margin:.1rem 0}
.nd-empty{font-style:italic}
.nd-para{font-style:italic}
.nd-phone{display:none;border:1px solid rgba(128,128,128,.5);border-radius:6px;padding:.4rem .7rem;margin:0 0 .6rem 0;font-size:.9rem}
@media (max-width:640px){.nd-phone{display:block}}
.nd-card.nd-current{box-shadow:0 0 0 2px rgba(128,128,128,.6)}
.nd-chip.nd-current{border-width:2px;border-color:currentColor;font-weight:700}
.nd-clear{font-size:.9rem;margin:-.4rem 0 .6rem}
.nd-clear a,.nd-phone a,.nd-links a{color:inherit;text-decoration:underline;text-underline-offset:3px}
@media (max-width:640px){
[data-testid=stHorizontalBlock]>[data-testid=stColumn]:has(.st-key-quote_speakers){order:-1}
.nd-speakers{display:flex;gap:.6rem;overflow-x:auto;scroll-snap-type:x mandatory;padding-bottom:.3rem}
.nd-speakers .nd-card{flex:0 0 78%;scroll-snap-align:start;margin:0}
}
.nd-events{list-style:none;padding:0!important;margin:0!important}
.nd-event{border-left:4px solid;padding:.35rem .7rem;margin:0 0 .7rem 0;border-radius:2px;overflow-wrap:anywhere}
.nd-event:focus{outline:2px solid #1A73E8;outline-offset:2px}
.nd-event.nd-sel{background:rgba(255,193,7,.16)}
.nd-q.nd-sel{outline:2px solid #B26B00;outline-offset:2px}
.nd-card.nd-sel,.nd-qlist li.nd-sel a,.nd-picked{background:rgba(255,193,7,.16)}
.nd-picked{border:1px solid #B26B00;border-left:5px solid #B26B00;border-radius:6px;padding:.5rem .8rem;margin:0 0 .8rem 0;overflow-wrap:anywhere}
.nd-picked .nd-article{margin:.3rem 0}
.nd-card-link,.nd-picked a{color:inherit;text-decoration:underline;text-underline-offset:3px}
.nd-ev-when{font-weight:700;font-size:.95rem}
.nd-ev-what{font-size:1.02rem;margin:.1rem 0}
.nd-said{font-style:normal;font-weight:600}
.nd-verbatim{background:none;color:inherit;border-bottom:2px solid currentColor;font-style:normal}
.nd-notice{border:1px solid #B26B00;border-left:5px solid #B26B00;border-radius:6px;padding:.5rem .8rem;margin:0 0 .6rem 0;font-size:.95rem}
</style>""").substitute(figure=FIGURE_COLOR, date=DATE_COLOR, **ENTITY_COLORS)


@dataclass
class Mark:
    start: int
    end: int
    layer: str
    classes: list[str]
    title: str = ""
    style: str = ""
    anchor: str = ""
    tag: str = ""  # short label written after the mark (the speaker on a quote)
    tag_style: str = ""
    tag_doubt: bool = False  # the tag's speaker is a guess (`view.speaker_doubt`)
    extra: dict = field(default_factory=dict)

    @property
    def priority(self) -> int:
        return _PRIORITY[self.layer]


def esc(value) -> str:
    return html.escape(text_or(value), quote=True)


# ----------------------------------------------------------------------------- the reader


def article_html(
    tables, layers, colors: dict[str, str], filters: Filters, find: str = "", quote=None
) -> str:
    """The whole article, structured by paragraph kind, with the chosen layers marked, the
    words searched for (`find`) highlighted and the quote a link picked (`quote`, an id)
    outlined."""
    text = tables.text
    marks = _marks(tables, set(layers), colors, filters, quote)
    marks += [
        Mark(s, e, "find", ["nd-find"], anchor=f"nd-find-{i}")
        for i, (s, e) in enumerate(view.find_spans(text, find))
    ]
    by_para: dict[int, list[Mark]] = defaultdict(list)
    paragraphs = tables.paragraphs.to_dict("records")
    for m in marks:
        for p in paragraphs:
            if m.start < p["end"] and p["start"] < m.end:
                by_para[p["paragraph_id"]].append(m)
    parts = ['<div class="nd-article">']
    for p in paragraphs:
        inner = _spans(text, p["start"], p["end"], by_para.get(p["paragraph_id"], []))
        parts.append(_paragraph(p["kind"], inner))
    parts.append("</div>")
    return "".join(parts)


FURNITURE_TITLE = "Words the web page set inside the story (a link, a credit): not analysed"
_PARAGRAPH_TAGS = {
    "headline": ('<div class="nd-headline" role="heading" aria-level="1">', "</div>"),
    "subheading": ('<div class="nd-subheading" role="heading" aria-level="2">', "</div>"),
    "dateline": ('<div class="nd-dateline"><span class="nd-kind">Dateline</span>', "</div>"),
    "caption": ('<div class="nd-caption"><span class="nd-kind">Photo caption</span>', "</div>"),
    "credit": ('<div class="nd-credit"><span class="nd-kind">Credit</span>', "</div>"),
    # the page's words inside the story (lib/ingest/furniture.py): shown dimmed, never analysed
    "furniture": (
        f'<div class="nd-furniture" title="{FURNITURE_TITLE}">'
        '<span class="nd-kind">Page furniture</span>',
        "</div>",
    ),
    "body": ("<p>", "</p>"),
}


def _paragraph(kind: str, inner: str) -> str:
    open_tag, close_tag = _PARAGRAPH_TAGS.get(kind, _PARAGRAPH_TAGS["body"])
    return f"{open_tag}{inner}{close_tag}"


def _marks(
    tables, layers: set[str], colors: dict[str, str], filters: Filters, quote=None
) -> list[Mark]:
    marks: list[Mark] = []
    if filters.active:
        marks += _sentence_marks(tables, filters)
    if "quotes" in layers:
        marks += _quote_marks(tables, colors, filters, quote)
    else:  # unmarked, but the side list's links still need somewhere to land
        marks += [
            Mark(
                int(s),
                int(e),
                "quote",
                ["nd-q", "nd-sel"] if i == quote else [],
                anchor=f"nd-q-{int(i)}",
            )
            for i, s, e in zip(
                tables.quotes["quote_id"], tables.quotes["start"], tables.quotes["end"], strict=True
            )
        ]
    if "figures" in layers:
        marks += _figure_marks(tables)
    if "dates" in layers:
        marks += _date_marks(tables)
    if "entities" in layers:
        marks += _entity_marks(tables)
    return [m for m in marks if m.end > m.start]


def _sentence_marks(tables, filters: Filters) -> list[Mark]:
    s = tables.sentences
    mask = view.match_mask(s, "sentences", filters, tables.quotes)
    return [
        Mark(int(r["start"]), int(r["end"]), "sentence", [] if ok else ["nd-dim"])
        for r, ok in zip(s.to_dict("records"), mask, strict=True)
    ]


def quote_title(q: dict) -> str:
    who = view.speaker_label(q.get("speaker"))
    role = text_or(q.get("role"))
    parts = [f"{kind_label(q['kind']).capitalize()}: {who}" + (f", {role}" if role else "")]
    if text_or(q.get("cue")):
        parts.append(f"cue: {q['cue']}")
    mention = text_or(q.get("speaker_mention"))
    if mention and mention != who:
        parts.append(f"named as “{mention}”")
    doubt = view.speaker_doubt(q)
    if doubt:
        parts.append(doubt[1])
    return " · ".join(parts)


def doubt_html(q: dict) -> str:
    """A dashed badge on a quote whose speaker was worked out, not named (`view.speaker_doubt`)."""
    doubt = view.speaker_doubt(q)
    if doubt is None:
        return ""
    how = esc(q.get("confidence"))
    return (
        f'<span class="nd-badge nd-doubt nd-doubt-{how}" title="{esc(doubt[1])}">'
        f"{esc(doubt[0])}</span>"
    )


def _quote_marks(tables, colors: dict[str, str], filters: Filters, quote=None) -> list[Mark]:
    q = tables.quotes
    mask = view.match_mask(q, "quotes", filters, tables.quotes)
    out = []
    for r, ok in zip(q.to_dict("records"), mask, strict=True):
        color = view.speaker_color(colors, r.get("speaker"))
        classes = ["nd-q", f"nd-q-{r['kind']}"] + ([] if ok else ["nd-off"])
        if r["quote_id"] == quote:
            classes.append("nd-sel")
        out.append(
            Mark(
                int(r["start"]),
                int(r["end"]),
                "quote",
                classes,
                title=quote_title(r),
                style=f"border-bottom-color:{color};background:{color}26",
                anchor=f"nd-q-{int(r['quote_id'])}",
                tag=view.speaker_label(r.get("speaker")),  # the full name: "United States"
                tag_style=f"border-left-color:{color}",
                tag_doubt=r.get("confidence") == "inferred",  # the tag reads "Name (?)"
            )
        )
    return out


def figure_title(r: dict) -> str:
    parts = [f"Figure: {view.figure_sentence(r)}"]
    if text_or(r.get("source")):
        parts.append(f"source: {r['source']}")
    if text_or(r.get("status")):
        parts.append(f"status: {r['status']}")
    return " · ".join(parts)


def _figure_marks(tables) -> list[Mark]:
    f = tables.facts
    figs = f[f["kind"] == "figure"] if len(f) else f
    return [
        Mark(int(r["start"]), int(r["end"]), "figure", ["nd-fig"], title=figure_title(r))
        for r in figs.to_dict("records")
    ]


def date_title(r: dict) -> str:
    when = text_or(r.get("date"))
    end = text_or(r.get("date_end"))
    if end and end != when:
        when = f"{when} to {end}"
    parts = [f"Date: {when} ({r['precision']})"]
    anchor = text_or(r.get("anchor"))
    if anchor:
        parts.append(f"resolved against {anchor}")
    if text_or(r.get("resolution")):
        parts.append(text_or(r.get("resolution")))
    return " · ".join(parts)


def _date_marks(tables) -> list[Mark]:
    return [
        Mark(int(r["start"]), int(r["end"]), "date", ["nd-date"], title=date_title(r))
        for r in tables.timeline.to_dict("records")
    ]


def _entity_marks(tables) -> list[Mark]:
    out = []
    for r in tables.entities.to_dict("records"):
        group = view.ENTITY_GROUPS.get(r["label"])
        if not group:
            continue
        aliases = [str(a) for a in as_list(r.get("aliases"))]
        title = f"{group.capitalize()}: {r['name']}"
        if aliases:
            title += f" (also {', '.join(aliases)})"
        title += f" · {int(r['mentions'])} mention{'s' if int(r['mentions']) != 1 else ''}"
        for span in as_list(r.get("spans")):
            start, end = (int(x) for x in as_list(span)[:2])
            out.append(Mark(start, end, "entity", ["nd-ent", f"nd-ent-{group}"], title=title))
    return out


def _spans(text: str, lo: int, hi: int, marks: list[Mark]) -> str:
    """Escaped text[lo:hi] with marks as nested spans; crossing marks are split and reopened."""
    clipped = [(max(m.start, lo), min(m.end, hi), m) for m in marks]
    clipped = [(s, e, m) for s, e, m in clipped if s < e]
    points = sorted({lo, hi, *(s for s, _, _ in clipped), *(e for _, e, _ in clipped)})
    starting: dict[int, list] = defaultdict(list)
    for s, e, m in clipped:
        starting[s].append((e, m))
    out: list[str] = []
    stack: list[tuple[int, Mark]] = []  # (clipped end, mark)
    opened: set[int] = set()  # id() of marks whose anchor was already written
    for i, pos in enumerate(points[:-1]):
        if any(e <= pos for e, _ in stack):
            reopen = []
            while any(e <= pos for e, _ in stack):
                e, m = stack.pop()
                out.append("</span>")
                if e > pos:
                    reopen.append((e, m))
                elif m.tag and m.end <= hi:
                    out.append(_tag(m))
            for e, m in reversed(reopen):
                out.append(_open(m, opened))
                stack.append((e, m))
        for e, m in sorted(starting.get(pos, []), key=lambda em: (-em[0], em[1].priority)):
            out.append(_open(m, opened))
            stack.append((e, m))
        out.append(html.escape(text[pos : points[i + 1]]))
    while stack:
        _, m = stack.pop()
        out.append("</span>")
        if m.tag and m.end <= hi:
            out.append(_tag(m))
    return "".join(out)


def _tag(m: Mark) -> str:
    doubt = ' data-doubt="inferred"' if m.tag_doubt else ""
    return (
        f'<span class="nd-tag" style="{m.tag_style}"{doubt} aria-hidden="true">{esc(m.tag)}</span>'
    )


def _open(m: Mark, opened: set[int]) -> str:
    attrs = [f'class="{" ".join(["nd-mark", *m.classes])}"']
    if m.title:  # focusable: the details show on focus (keyboard) and on tap (touch)
        attrs.append(f'title="{esc(m.title)}" tabindex="0"')
    if m.style:
        attrs.append(f'style="{m.style}"')
    if m.anchor and id(m) not in opened:
        attrs.append(f'id="{m.anchor}"')
        opened.add(id(m))
    return f"<span {' '.join(attrs)}>"


# ----------------------------------------------------------------------------- side pieces


def legend_html(entries: list[dict]) -> str:
    samples = {
        "quotes": '<span class="nd-q" style="border-bottom-color:#888;background:#8883">“…”</span>',
        "figures": '<span class="nd-fig">123</span>',
        "dates": '<span class="nd-date">Monday</span>',
        "entities": " ".join(f'<span class="nd-ent nd-ent-{g}">{g}</span>' for g in ENTITY_COLORS),
        "furniture": '<span class="nd-furniture">LINK</span>',
        "doubt": '<span class="nd-tag nd-sample" data-doubt="inferred">Name</span>',
    }
    items = []
    for e in entries:
        if e["layer"] == "more":
            items.append(f'<span class="nd-li nd-meta">and {esc(e["label"])}</span>')
        elif e["layer"] == "speaker":
            dim = ' class="nd-li nd-dim"' if e.get("dimmed") else ' class="nd-li"'
            items.append(
                f'<span{dim}><span class="nd-sw" style="background:{e["color"]}"></span>'
                f"{esc(e['label'])} ({e['count']})</span>"
            )
        else:
            items.append(
                f'<span class="nd-li" title="{esc(e["style"])}">{samples[e["layer"]]} '
                f"{esc(e['label'])} ({e['count']})</span>"
            )
    if not items:
        return '<div class="nd-legend nd-empty">No layers shown.</div>'
    return f'<div class="nd-legend">{"".join(items)}</div>'


# One name per kind on every page: the schema's (`lib.schema`, quotes.kind), never a synonym
# ("paraphrase" on one page and "indirect" on another made readers think they differ).
KIND_LABELS = {kind: f"{kind} quote" for kind in view.QUOTE_KINDS}


def kind_label(kind) -> str:
    return KIND_LABELS.get(text_or(kind), text_or(kind, "quote"))


def quote_words_html(r: dict, tables=None, limit: int | None = None) -> str:
    """What was said, honestly typeset: only a direct quote sits in quote marks.

    An indirect quote is the reporter's wording, so it reads "said that …" (or "…, according
    to the ministry") in italics, never in quote marks. A partial quote shows its sentence with only the verbatim words
    marked (`<mark class="nd-verbatim">`); without the tables, the verbatim words alone.
    """
    kind = text_or(r.get("kind"))
    words = _clip(str(r["text"]), limit)
    if kind == "indirect" and view.source_cue(r.get("cue")):  # "…, according to the ministry"
        said, source = view.source_after_line(r.get("cue"), words, _source_name(r))
        return (
            f'<span class="nd-para">{esc(said)}, <span class="nd-said">{esc(source)}</span></span>'
        )
    if kind == "indirect":
        return (
            f'<span class="nd-para"><span class="nd-said">{esc(view.said_lead(r.get("cue"), words))}</span> '
            f"{esc(words)}</span>"
        )
    if kind == "partial":
        return _partial_html(r, tables, limit)
    return f"“{esc(words)}”"


def _source_name(r: dict) -> str:
    """Who a "according to" paraphrase names: the speaker, else the words the article used."""
    return text_or(r.get("speaker")) or text_or(r.get("speaker_mention"), "an unnamed source")


def _partial_html(r: dict, tables, limit: int | None) -> str:
    verbatim = f'<mark class="nd-verbatim" title="verbatim words">{esc(r["text"])}</mark>'
    s = tables.sentences if tables is not None else None
    if s is None or s.empty:
        return f"… {verbatim} …"
    start, end = int(r["start"]), int(r["end"])
    around = s[(s["start"] <= start) & (s["end"] >= end)]
    if around.empty:
        return f"… {verbatim} …"
    lo, hi = int(around["start"].iloc[0]), int(around["end"].iloc[0])
    before, after = tables.text[lo:start], tables.text[end:hi]
    if limit:
        room = max(20, (limit - (end - start)) // 2)
        if len(before) > room:
            before = "…" + before[-room:].split(" ", 1)[-1]
        if len(after) > room:
            after = after[:room].rsplit(" ", 1)[0] + "…"
    return f'<span class="nd-para">{esc(before)}{verbatim}{esc(after)}</span>'


def _clip(words: str, limit: int | None) -> str:
    if limit and len(words) > limit:
        return words[:limit].rsplit(" ", 1)[0] + "…"
    return words


def quote_list_html(
    quotes,
    colors: dict[str, str],
    matches=None,
    limit: int = 140,
    tables=None,
    quote=None,
    card_href=None,
) -> str:
    """The reader's side list: each quote links to its anchor in the article; the quote a link
    picked (`quote`, an id) is marked. With `card_href(quote_id)`, each quote also links to its
    card on the Quotes page (the way to its citation: the card link's other end)."""
    if quotes.empty:
        return empty_html("No quotes found in this article.")
    items = []
    rows = quotes.to_dict("records")
    matches = list(matches) if matches is not None else [True] * len(rows)
    for r, ok in zip(rows, matches, strict=True):
        color = view.speaker_color(colors, r.get("speaker"))
        classes = ([] if ok else ["nd-dim"]) + (["nd-sel"] if r["quote_id"] == quote else [])
        dim = f' class="{" ".join(classes)}"' if classes else ""
        items.append(
            f'<li{dim}><a href="#nd-q-{int(r["quote_id"])}" style="border-left-color:{color}" '
            f'title="{esc(quote_title(r))}"><b>{esc(view.speaker_label(r.get("speaker")))}</b> '
            f'{doubt_html(r)}<span class="nd-meta">{esc(kind_label(r["kind"]))}</span><br>'
            f"{quote_words_html(r, tables, limit)}</a>{_to_card(r, card_href)}</li>"
        )
    return f'<ol class="nd-qlist">{"".join(items)}</ol>'


def _to_card(r: dict, card_href) -> str:
    """The side list's second link of a quote: to its card (a plain link, so it can be shared)."""
    if card_href is None:
        return ""
    who = esc(view.speaker_label(r.get("speaker")))
    return (
        f'<a class="nd-to-card" href="{esc(card_href(int(r["quote_id"])))}" '
        f'title="This quote of {who} on the Quotes page: its context and citation">'
        "Its card on the Quotes page</a>"
    )


def quote_cards_html(tables, quotes, colors: dict[str, str], href=None, quote=None) -> str:
    """One card per quote: who, the words, their sentence, the cue and the name used. Each card
    is an anchor (`#nd-card-<id>`); with `href(quote_id)`, it links to its words in the Reader,
    and the quote a link picked (`quote`, an id) is marked."""
    if quotes.empty:
        return empty_html("No quotes match.")
    cards = []
    for r in quotes.to_dict("records"):
        qid = int(r["quote_id"])
        color = view.speaker_color(colors, r.get("speaker"))
        role = text_or(r.get("role"))
        head = f"<b>{esc(view.speaker_label(r.get('speaker')))}</b>"
        if role:
            head += f" · {esc(role)}"
        head += f'<span class="nd-badge">{esc(kind_label(r["kind"]))}</span>{doubt_html(r)}'
        meta = []
        if text_or(r.get("cue")):
            meta.append(f"cue: {esc(r['cue'])}")
        mention = text_or(r.get("speaker_mention"))
        if mention:
            meta.append(f"named as “{esc(mention)}”")
        if href is not None:
            meta.append(
                f'<a class="nd-card-link" href="{esc(href(qid))}">Read it in the article</a>'
            )
        context = view.sentence_context(tables, r)
        ctx_html = (
            f'<div class="nd-ctx">Context: {esc(context)}</div>'
            if context and context != r["text"] and r["kind"] != "partial"
            else ""
        )
        sel = " nd-sel" if qid == quote else ""
        cards.append(
            f'<div id="nd-card-{qid}" class="nd-card{sel}" style="border-left-color:{color}">'
            f'<div class="nd-card-head">{head}</div>'
            f'<blockquote class="nd-said-{esc(r["kind"])}">{quote_words_html(r, tables)}'
            f"</blockquote>{ctx_html}"
            f'<div class="nd-meta">{" · ".join(meta)}</div></div>'
        )
    return "".join(cards)


def picked_quote_html(tables, r: dict, links: list[tuple[str, str]], lead: str = "") -> str:
    """The quote a link picked, above the page: who, what kind, a doubt badge, its sentence
    with the quote's words highlighted, and `links` ((label, href), e.g. to its place in the
    article and back to its card)."""
    head = f"<b>{esc(view.speaker_label(r.get('speaker')))}</b>"
    if text_or(r.get("role")):
        head += f" · {esc(r['role'])}"
    head += f'<span class="nd-badge">{esc(kind_label(r["kind"]))}</span>{doubt_html(r)}'
    lo, hi = view.quote_passage(tables, r)
    passage = passage_html(tables.text, lo, hi, int(r["start"]), int(r["end"]), quote_title(r))
    nav = " · ".join(f'<a href="{esc(href)}">{esc(label)}</a>' for label, href in links)
    intro = f'<span class="nd-kind">{esc(lead)}</span>' if lead else ""
    return (
        f'<div class="nd-picked" role="note"><div class="nd-card-head">{intro}{head}</div>'
        f'{passage}<div class="nd-meta">{nav}</div></div>'
    )


def quote_groups_html(tables, groups, colors: dict[str, str], href=None, quote=None) -> str:
    """Quote cards under one heading per speaker (`view.quotes_by_speaker`)."""
    if not groups:
        return empty_html("No quotes match.")
    parts = []
    for speaker, quotes in groups:
        n = len(quotes)
        parts.append(
            f'<div class="nd-group" role="heading" aria-level="3">{esc(speaker)}'
            f'<span class="nd-meta"> · {n} quote{"s" if n != 1 else ""}</span></div>'
            + quote_cards_html(tables, quotes, colors, href, quote)
        )
    return "".join(parts)


def speaker_cards_html(summary: list[dict], href=None, current: str | None = None) -> str:
    """Speaker cards; with `href(name)`, each name links to that speaker's filter. The speaker
    the filter shows (`current`) is marked as such. On a phone the cards become one row that
    scrolls sideways (`.nd-speakers`), so they sit above the quotes without pushing them down."""
    if not summary:
        return empty_html("No quotes found in this article, so no speakers.")
    cards = []
    for s in summary:
        name = esc(s["speaker"])
        if href is not None and s["speaker"] != view.UNATTRIBUTED:
            name = f'<a href="{esc(href(s["speaker"]))}" title="Show only {name}">{name}</a>'
        role = f" · {esc(s['role'])}" if s["role"] else ""
        aliases = ", ".join(esc(a) for a in s["aliases"])
        alias_line = f'<div class="nd-meta">Also named: {aliases}</div>' if aliases else ""
        check = view.speaker_check_line(s)
        if check:
            alias_line += f'<div class="nd-meta">{esc(check)} (dashed badges)</div>'
        kind = text_or(s["kind"])
        badge = f'<span class="nd-badge">{esc(kind)}</span>' if kind and kind != "unknown" else ""
        counts = f"{s['quotes']} quote{'s' if s['quotes'] != 1 else ''}: " + ", ".join(
            f"{s[k]} {k}" for k in view.QUOTE_KINDS if s[k]
        )
        shown = ' nd-current" aria-current="true' if current and s["speaker"] == current else ""
        cards.append(
            f'<div class="nd-card{shown}" style="border-left-color:{s["color"]}">'
            f'<div class="nd-card-head"><b>{name}</b>{role}'
            f"{badge}</div>"
            f'<div class="nd-meta">{counts}</div>{alias_line}</div>'
        )
    return f'<div class="nd-speakers">{"".join(cards)}</div>'


def who_speaks_html(summary: list[dict], href=None, current: str | None = None) -> str:
    """Who speaks, one row per speaker; with `href(name)`, each name links to that filter, and
    the speaker the filter shows (`current`) is marked (bold, `aria-current`)."""
    if not summary:
        return empty_html("No quotes found in this article.")
    most = max(s["quotes"] for s in summary) or 1
    rows = []
    for s in summary:
        width = max(4, round(100 * s["quotes"] / most))
        name = esc(s["speaker"])
        if href is not None and s["speaker"] != view.UNATTRIBUTED:
            name = f'<a href="{esc(href(s["speaker"]))}" title="Show only {name}">{name}</a>'
        if current and s["speaker"] == current:
            name = f'<b class="nd-current" aria-current="true">{name}</b>'
        role = f'<span class="nd-meta"> · {esc(s["role"])}</span>' if s["role"] else ""
        check = view.speaker_check_line(s)
        if check:  # the quotes whose speaker is a guess, counted where the speaker is listed
            n = s.get("inferred", 0) + s.get("via", 0)
            role += f'<span class="nd-badge nd-doubt" title="{esc(check)}">{n} to check</span>'
        rows.append(
            f'<span><span class="nd-sw" style="background:{s["color"]}"></span>{name}{role}</span>'
            f'<span><span class="nd-bar" style="display:block;width:{width}%;background:{s["color"]}"></span></span>'
            f"<span>{s['quotes']}</span>"
        )
    return f'<div class="nd-who">{"".join(rows)}</div>'


def chips_html(
    items: list[tuple[str, int]], empty: str, href=None, current: str | None = None
) -> str:
    """Topic chips; with `href(name)`, each chip is a link that filters by its topic, and the
    topic the filter shows (`current`) is marked (filled, `aria-current`)."""
    if not items:
        return empty_html(empty)
    chips = []
    for name, count in items:
        mark = ' nd-current" aria-current="true' if current and name == current else ""
        if href is not None:
            chips.append(
                f'<a class="nd-chip{mark}" href="{esc(href(name))}">{esc(name)}<b>{count}</b></a>'
            )
        else:
            chips.append(f'<span class="nd-chip">{esc(name)}<b>{count}</b></span>')
    return f'<div class="nd-chips">{"".join(chips)}</div>'


def header_html(title: str, lines: list[str]) -> str:
    subs = "".join(f'<div class="nd-sub">{esc(line)}</div>' for line in lines if line)
    return f'<div class="nd-title" role="heading" aria-level="1">{esc(title)}</div>{subs}'


def passage_html(
    text: str, start: int, end: int, hit_start: int, hit_end: int, title: str = ""
) -> str:
    """A passage (usually a sentence) with one span highlighted, e.g. a selected date."""
    hit_start, hit_end = max(start, hit_start), min(end, hit_end)
    if not (start <= hit_start <= hit_end <= end):
        return f'<p class="nd-article">{html.escape(text[start:end])}</p>'
    return (
        '<p class="nd-article">'
        f"{html.escape(text[start:hit_start])}"
        f'<mark class="nd-hit" title="{esc(title)}">{html.escape(text[hit_start:hit_end])}</mark>'
        f"{html.escape(text[hit_end:end])}</p>"
    )


def timeline_list_html(frame, tables, colors: dict[str, str], selected: int | None = None) -> str:
    """The timeline as a reader expects it: events in date order, each with when, what, who,
    its sentence (the date's words marked) and how the date was worked out, all visible."""
    if frame.empty:
        return empty_html("No dates match.")
    items = []
    for r in frame.to_dict("records"):
        classes = ["nd-event"]
        if r["event_id"] == selected:
            classes.append("nd-sel")
        if not r["matches"]:
            classes.append("nd-dim")
        color = colors.get(html.unescape(r["lane"]), "rgba(128,128,128,.7)")
        who = ", ".join(esc(a) for a in r["actors"]) or "no one named"
        lo = int(r["sentence_start"])
        hi = lo + len(r["sentence"])
        sentence = passage_html(tables.text, lo, hi, int(r["start"]), int(r["end"]))
        how = f"“{esc(r['date_text'])}” read as {esc(r['when'])}"
        if r["resolution"]:
            how += f": {esc(r['resolution'])}"
        what = esc(r["event"]) or f"<i>{esc(r['date_text'])}</i>"
        items.append(
            f'<li id="nd-ev-{int(r["event_id"])}" class="{" ".join(classes)}" tabindex="0" '
            f'style="border-left-color:{color}">'
            f'<div class="nd-ev-when"><time datetime="{r["date"].date().isoformat()}">'
            f'{esc(r["when"])}</time><span class="nd-badge">{esc(r["precision"])}</span></div>'
            f'<div class="nd-ev-what">{what}</div>'
            f'<div class="nd-meta">Who: {who}</div>'
            f'<div class="nd-ctx">{sentence}</div>'
            f'<div class="nd-meta">How the date was read: {how}</div></li>'
        )
    return f'<ol class="nd-events">{"".join(items)}</ol>'


def empty_html(message: str) -> str:
    return f'<p class="nd-empty">{esc(message)}</p>'


def phone_filters_html(filters: Filters, article_title: str, clear_href: str = "") -> str:
    """On a phone the sidebar starts collapsed: say what is shown and where the filters are,
    and (with `clear_href`) offer to clear an active filter without opening the menu."""
    shown = filters.describe() if filters.active else "no filter"
    clear = (
        f' <a href="{esc(clear_href)}">Clear the filter</a>'
        if filters.active and clear_href
        else ""
    )
    return (
        '<div class="nd-phone" role="note"><b>Article, filters and pages:</b> open the menu '
        f"(the » button, top left). Showing {esc(article_title)} · {esc(shown)}.{clear}</div>"
    )


def no_match_html(message: str, links: list[tuple[str, str]]) -> str:
    """An empty filtered list: why (`view.no_match_line`, it names the filters) and the links
    that widen it (label, href)."""
    nav = " · ".join(f'<a href="{esc(href)}">{esc(label)}</a>' for label, href in links)
    return f'<div class="nd-nomatch" role="status"><p class="nd-sub">{esc(message)}</p><p class="nd-clear">{nav}</p></div>'


def note_links_html(message: str, links: list[tuple[str, str]]) -> str:
    """A note (plain text, escaped: it may quote the article) with links (label, href) after it."""
    nav = " · ".join(f'<a href="{esc(href)}">{esc(label)}</a>' for label, href in links)
    return f'<p class="nd-sub nd-links">{esc(message)} {nav}</p>'


FIND_LINKS = 20  # jump links under a search; more matches are still highlighted in the text


def find_note_html(query: str, hits: int) -> str:
    """'“said”: 7 matches in the text. Go to 1 · 2 · …': each number jumps to that match
    (`#nd-find-<i>`, the anchors `article_html` gives them); the query is escaped."""
    line = f"“{query}”: {hits} match{'es' if hits != 1 else ''} in the text."
    jumps = " · ".join(f'<a href="#nd-find-{i}">{i + 1}</a>' for i in range(min(hits, FIND_LINKS)))
    more = " …" if hits > FIND_LINKS else ""
    go = f' <span class="nd-clear">Go to {jumps}{more}</span>' if hits else ""
    return f'<p class="nd-sub">{esc(line)}{go}</p>'


def clear_filter_html(what: str, href: str) -> str:
    """A link back to everything, next to a list one filter narrows ('Show all speakers')."""
    return f'<p class="nd-clear"><a href="{esc(href)}">Show all {esc(what)}</a></p>'


def notice_html(message: str) -> str:
    """A warning that may quote a link (an unknown speaker's name): escaped, in the main area."""
    return f'<div class="nd-notice" role="status">{esc(message)}</div>'


def note_html(message: str) -> str:
    """A one-line note that may quote the article (speaker names, dates): escaped, not Markdown."""
    return f'<p class="nd-sub">{esc(message)}</p>'
