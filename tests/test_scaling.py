"""Long texts are parsed in bounded pieces, and the per-sentence lookups stay cheap.

The pieces must be invisible downstream: one Doc over exactly the canonical text, the same
tokens, every paragraph opening a sentence. The lookups that replaced scans (paragraph at an
offset, entities per sentence) must answer exactly what the scans answered.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lib import nlp as nlp_module
from lib.context import Context
from lib.entities import extract_entities
from lib.facts import topics
from lib.ingest.formats import load_article
from lib.nlp import load_nlp, make_doc, parse, parse_doc, pieces_of
from lib.timeline.quoted import QuotedSpans

PARAGRAPHS = [
    "Flooding closed the northern rail line on Tuesday, the transport ministry said.",
    "Engineers from Network Rail worked through the night near Carlisle.",
    "“We expect the line to reopen by Friday,” said Anna Kowalski, a spokeswoman.",
    "Short one.",
    "Passengers were offered buses between Lancaster and Glasgow, officials said.",
]


@pytest.fixture(scope="module")
def long_article():
    text = "Floods shut rail line\n\n" + "\n\n".join(PARAGRAPHS * 40)
    return load_article(text)


def test_pieces_cover_the_text_and_cut_at_paragraph_starts(long_article):
    spans = pieces_of(long_article, size=600)
    assert len(spans) > 5
    assert spans[0][0] == 0 and spans[-1][1] == len(long_article.text)
    assert all(a_end == b_start for (_, a_end), (b_start, _) in zip(spans, spans[1:], strict=False))
    starts = {p.start for p in long_article.paragraphs}
    assert all(start in starts for start, _ in spans[1:])
    longest = max(p.end - p.start for p in long_article.paragraphs)
    assert all(end - start < 600 + longest + 4 for start, end in spans)


def test_a_short_article_is_one_piece(long_article):
    short = load_article("\n\n".join(PARAGRAPHS))
    assert pieces_of(short) == [(0, len(short.text))]


def test_a_paragraph_longer_than_a_piece_is_cut_at_sure_sentence_starts():
    article = load_article(" ".join(PARAGRAPHS * 30) + "\n\n" + PARAGRAPHS[0])
    spans = pieces_of(article, size=200)
    first = article.paragraphs[0]
    inside = [s for s, _ in spans if first.start < s < first.end]
    assert len(inside) > 5  # the long paragraph is no longer one piece
    for cut in inside:  # each cut opens a sentence: "… said. Engineers", never "U.S. Jobs"
        assert (
            article.text[cut - 2 : cut] in (". ", "” ")
            and article.text[cut : cut + 2].lstrip("“")[:1].isupper()
        )
    assert spans[-1] == (article.paragraphs[1].start, len(article.text))
    assert [e for _, e in spans[:-1]] == [s for s, _ in spans[1:]]  # they cover the text


def test_a_long_paragraph_cut_in_pieces_parses_to_the_whole_text(monkeypatch):
    article = load_article(" ".join(PARAGRAPHS * 12) + " The U.S. Army said. Mr. Lee left.")
    nlp = load_nlp()
    whole = make_doc(nlp, article)
    monkeypatch.setattr(nlp_module, "PIECE_CHARS", 300)
    joined = parse(article, nlp)
    assert joined.text == article.text
    assert [t.text for t in joined] == [t.text for t in whole]
    for start, _ in nlp_module.pieces_of(article, 300)[1:]:
        assert joined.char_span(start, start + 1, alignment_mode="expand")[0].is_sent_start


def test_no_cut_where_a_sentence_may_go_on():
    for text in (
        "the U.S. Army",
        "said Mr. Lee",
        "Henry Smith Jr. Agreed",
        "at 5 p.m. Monday",
        "No. 10",
    ):
        assert not nlp_module.SURE_SENTENCE_START.search(text), text
    assert nlp_module.SURE_SENTENCE_START.search("the line reopened. “We")


def test_parsed_pieces_join_into_one_doc_over_the_exact_text(long_article, monkeypatch):
    nlp = load_nlp()
    whole = parse_doc(nlp, make_doc(nlp, long_article))
    monkeypatch.setattr(nlp_module, "PIECE_CHARS", 600)
    joined = parse(long_article, nlp)
    assert joined.text == long_article.text
    assert [t.text for t in joined] == [t.text for t in whole]
    assert [t.idx for t in joined] == [t.idx for t in whole]
    for para in long_article.paragraphs:
        first = joined.char_span(para.start, para.end, alignment_mode="expand")[0]
        assert first.is_sent_start, long_article.text[para.start : para.end]
    assert joined.has_annotation("DEP") and joined.has_annotation("ENT_IOB")
    # the models see a few tokens of context: labels may differ only at piece edges, if at all
    same_tags = sum(a.tag_ == b.tag_ for a, b in zip(joined, whole, strict=True)) / len(whole)
    assert same_tags > 0.99
    for ent in joined.ents:
        para = long_article.paragraph_at(ent.start_char)
        assert para is not None and ent.end_char <= para.end


def test_paragraph_at_answers_as_a_scan_does(long_article):
    def scan(offset):
        return next((p for p in long_article.paragraphs if p.start <= offset < p.end), None)

    for offset in range(-1, len(long_article.text) + 2, 7):
        assert long_article.paragraph_at(offset) == scan(offset)


def test_paragraph_at_follows_a_replaced_paragraph_list(long_article):
    article = load_article("\n\n".join(PARAGRAPHS))
    assert article.paragraph_at(0) is not None
    article.paragraphs = article.paragraphs[1:]
    assert article.paragraph_at(0) is None


def test_topics_per_sentence_lookups_answer_as_the_scans_do(long_article):
    doc = parse(long_article, load_nlp())
    ctx = Context.from_parse(long_article, doc)
    ctx.entities = extract_entities(long_article, doc)
    found, ents = topics._by_sentence(ctx)
    assert any(found) and any(ents)
    for i, sent in enumerate(ctx.sentences):
        assert sorted(found[i]) == sorted(topics._entities_in(ctx, sent.start, sent.end))
        assert [e.start for e in ents[i]] == [e.start for e in sent.span.ents]


def test_dating_statements_checks_each_mention_against_the_quotes_once(monkeypatch):
    """Which quote holds a date is asked once per date, not once per (date, earlier date) pair:
    asked inside the loop over the dates found so far, dense quotes made the timeline quadratic
    (13 of 27 CPU seconds on 195 KB with a quote mark every third word)."""
    from lib.pipeline import analyze
    from lib.timeline import tagger

    calls = []
    real = tagger._State.inside_quote

    def counted(self, m):
        calls.append(m)
        return real(self, m)

    monkeypatch.setattr(tagger._State, "inside_quote", counted)
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    paragraphs = [
        f"“The bridge opens on {day},” the mayor said on {days[(i - 1) % len(days)]}, “and the road too.”"
        for i, day in enumerate(days * 20)
    ]
    tables = analyze("Bridge to open\n\n" + "\n\n".join(paragraphs), published="2024-05-06")
    mentions = len(tables.timexes)
    assert mentions >= 100
    assert len(calls) <= 3 * mentions


def test_the_entity_around_a_token_is_the_entity_doc_ents_holds():
    """Figures read a token's entity from the IOB tags around it (not a scan of `doc.ents`,
    which is rebuilt on every call): the span must be exactly the entity's."""
    from lib.facts.subjects import entity_around

    doc = load_nlp()(
        "The United Nations and the World Health Organization met in New York on Monday. "
        "Anna Kowalski of Network Rail said 40 trains from Carlisle to Glasgow were cancelled."
    )
    assert len(doc.ents) >= 5
    for ent in doc.ents:
        for tok in ent:
            around = entity_around(tok)
            assert (around.start, around.end) == (ent.start, ent.end)


span_lists = st.lists(
    st.tuples(st.integers(0, 60), st.integers(0, 30)).map(lambda p: (p[0], p[0] + p[1])),
    max_size=12,
)


@given(span_lists, st.integers(0, 90), st.integers(0, 30))
def test_quoted_spans_answer_as_the_scans_did(spans, start, length):
    """The running-maximum lookup says what the scan over every quoted span said, for nested
    and overlapping spans alike."""
    quoted = QuotedSpans(spans)
    end = start + length
    assert quoted.holds(start, end) == any(s <= start and end <= e for s, e in spans)
    assert quoted.holds_point(start) == any(s <= start < e for s, e in spans)


# --- the antecedent searches' indexes answer what the walks over the history answered -------

_NAMES = ["Ann Lee", "Tom Ruiz", "the spokesman", "Acme", "two U.S. newspapers"]
_MENTIONS = ["Lee", "he", "she", "Ruiz", "the spokesman", "Acme", "her family", None]
_LAST_WORDS = ["lee", "ruiz", "spokesman", "man", "papers", "newspapers", "family", "acme"]
_KINDS = ["person", "organization", "unknown"]

history_rows = st.lists(
    st.tuples(
        st.integers(0, 90),  # offset of the statement
        st.sampled_from(_NAMES),
        st.sampled_from(_KINDS),
        st.sampled_from(_MENTIONS),
        st.one_of(st.none(), st.integers(0, 90)),  # the speaker's own mention start
    ),
    max_size=14,
)


@given(history_rows, st.integers(0, 100), st.integers(0, 30), st.data())
def test_the_history_index_answers_as_the_walks_did(rows, at, width, data):
    """`Pronouns._people`, `_unnamed_subjects` and `CommonNouns._earlier_speaker` walked the
    whole history per statement; the index must give the same speakers in the same order, also
    after a speaker is renamed in place (as the epithet and agreement passes do) and as the
    history grows."""
    from lib.quotes.speakers.mentions import Speaker
    from lib.quotes.speakers.offsets import HistoryIndex, People

    history: list[tuple[int, Speaker]] = []
    index = HistoryIndex(history)
    for step, (off, name, kind, mention, start) in enumerate(rows):
        end = None if start is None else start + 3
        history.append((off, Speaker(name, kind, None, mention, start, end)))
        if step % 3 == 0 and data.draw(st.booleans()):  # a later pass renames one in place
            _, renamed = history[data.draw(st.integers(0, len(history) - 1))]
            renamed.name, renamed.kind = data.draw(st.sampled_from(_NAMES)), "person"
        lo = max(0, at - width)
        walked = [s for _, s in history if s.start is not None and lo <= s.start < at]
        assert [id(s) for s in index.starting_in(lo, at)] == [id(s) for s in walked]
        spoke = {
            s.name
            for o, s in history
            if o < at and s.kind == "person" and s.mention and s.mention.split()[-1] in s.name
        }
        people = People({"Tom Ruiz"}, index, at)
        for name in _NAMES:
            assert (name in people) == (name in {"Tom Ruiz"} | spoke), name
        for word in _LAST_WORDS:  # `CommonNouns._earlier_speaker`'s walk
            ending = None
            for _, spk in reversed(history):
                lasts = [x.lower().split()[-1] for x in (spk.name, spk.mention) if x and " " in x]
                if any(w == word or (len(word) >= 5 and w.endswith(word)) for w in lasts):
                    ending = spk
                    break
            assert index.latest_ending_in(word) is ending, word


class _FakeIndex:
    """What `NamedBodies` reads of a `MentionIndex`: mentions in text order, `thing_like`."""

    def __init__(self, mentions):
        self.mentions = mentions

    def thing_like(self, ent):
        return ent["name"] == "Dreamliner"


_BODIES = [
    ("ORG", "Health Ministry"),
    ("ORG", "Acme Corp"),
    ("GPE", "Ministry Island"),
    ("ORG", "Dreamliner"),
    ("PERSON", "Ann Lee"),
    ("ORG", "Unite"),
]


@given(
    st.lists(st.sampled_from(_BODIES), max_size=14),
    st.lists(st.sampled_from(["ministry", "health", "acme", "unite", "island"]), min_size=1),
    st.integers(-1, 15),
    st.integers(0, 60),
    st.booleans(),
)
def test_named_bodies_answer_as_the_walk_back_over_the_mentions_did(
    picked, words, last, floor, named_only
):
    """`BodyNouns.recent_org` walked every mention back from the statement: the latest body
    with all the words in its name, else the latest organisation that is no product, both
    stopping at `floor`."""
    from lib.quotes.speakers.mentions import Mention
    from lib.quotes.speakers.offsets import NamedBodies

    ents = {body: {"label": body[0], "name": body[1]} for body in _BODIES}
    mentions = [Mention(5 * i, 5 * i + 3, ents[b], i, False) for i, b in enumerate(picked)]
    ix = _FakeIndex(mentions)
    bodies = NamedBodies(ix)

    named, generic = None, None
    for i in range(min(last, len(mentions) - 1), -1, -1):
        m = mentions[i]
        if m.start < floor:
            break
        if m.entity["label"] not in ("ORG", "GPE"):
            continue
        if set(words) <= set(m.entity["name"].lower().split()):
            named = i
            break
        if not named_only and m.entity["label"] == "ORG" and generic is None:
            generic = None if ix.thing_like(m.entity) else i
    assert bodies.latest_with(words, last, floor) == named
    if named is None and not named_only:
        assert bodies.latest_body(last, floor) == generic


found_rows = st.lists(
    st.tuples(
        st.integers(0, 60),  # start
        st.integers(0, 25),  # length
        st.sampled_from(["direct", "indirect", "partial", "drop"]),
        st.one_of(st.none(), st.integers(0, 80)),  # where the subject stands
        st.sampled_from([None, "Ann Lee", "Tom Ruiz"]),
    ),
    max_size=16,
)


@given(found_rows, st.booleans())
def test_repeats_are_dropped_as_the_scan_over_every_kept_row_did(rows, in_order):
    """`overlaps.dedupe` compares a candidate with the kept rows still open (in text order),
    not with every kept row: the same rows stay, in text order and out of it."""
    from types import SimpleNamespace

    from lib.quotes.overlaps import _nested_report, dedupe
    from lib.quotes.speakers.mentions import Speaker

    found = [
        SimpleNamespace(
            start=s,
            end=s + n,
            kind=kind,
            subject=None if at is None else SimpleNamespace(idx=at),
            speaker=Speaker(name, "person", None, None, None, None) if name else None,
        )
        for s, n, kind, at, name in rows
    ]
    if in_order:
        found.sort(key=lambda f: f.start)
    kept: list = []
    for f in found:
        if f.kind == "drop":
            continue
        same = [g for g in kept if g.kind == f.kind and g.start < f.end and f.start < g.end]
        if all(_nested_report(f, g) for g in same):
            kept.append(f)
    assert [id(f) for f in dedupe(found)] == [id(f) for f in kept]  # type: ignore[arg-type]


def test_the_named_kind_before_an_offset_is_what_the_walk_back_found():
    """`BodyNouns._named_kind` ("the Unite union said … the union said") reads a list built once
    per kind word, not every token of that word back from each statement: the same answer at
    every offset, quoted and entity-tagged ones still passed over."""
    from lib.quotes.lexicon import lexicon
    from lib.quotes.speakers.resolve import SpeakerResolver

    text = (
        "Union talks\n\n"
        "The Unite union said on Monday that the strike would go ahead. The union said so. "
        "“The Acme union will not join,” a member said. Later the GMB union agreed, and the "
        "Unison union said it would wait. The union leaders met again on Friday."
    )
    article = load_article(text)
    doc = parse(article, load_nlp())
    ctx = Context.from_parse(article, doc)
    ctx.entities = extract_entities(article, doc)
    quoted = [(text.index("“"), text.index("”") + 1)]
    resolver = SpeakerResolver(ctx, lexicon(), lambda offset: False, quoted)
    ix, nouns = resolver.index, resolver.nouns

    def walked(word, at):
        stop = ix.token_at(at)
        found = ix.tokens_with_lemma(word)
        for i in reversed([i for i in found if i < (stop if stop is not None else 0)]):
            t = doc[i]
            if t.idx >= at or ix.in_marks(t.idx):
                continue
            names = [c for c in t.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
            if names and ix.entity_for(t.idx, t.idx + len(t)) is None:
                s, e = names[0].idx, names[-1].idx + len(names[-1])
                return s, text[s:e]
        return None

    answers = [nouns._named_kind("union", at) for at in range(len(text) + 1)]
    assert answers == [walked("union", at) for at in range(len(text) + 1)]
    assert len({a for a in answers if a is not None}) >= 2  # more than one union was named


@given(found_rows, st.integers(0, 90))
def test_the_statements_by_offset_are_what_the_walks_over_them_found(rows, at):
    """`Epithets._reporting` (the statements holding an offset) and `_restated` (the statements
    from the first whose speaker is mentioned after an offset) walked every statement."""
    from types import SimpleNamespace

    from lib.quotes.speakers.mentions import Speaker
    from lib.quotes.speakers.offsets import FoundOrder

    found = [
        SimpleNamespace(
            start=s,
            end=s + n,
            speaker=None if name is None else Speaker(name, "person", None, "x", mention, None),
        )
        for s, n, _, mention, name in rows
    ]
    order = FoundOrder(found)
    assert {id(f) for f in order.holding(at)} == {id(f) for f in found if f.start <= at < f.end}
    rest = order.from_mention_after(at)
    skipped = found[: len(found) - len(rest)]
    assert all(
        f.speaker is None or f.speaker.start is None or f.speaker.start <= at for f in skipped
    )
    assert not rest or (rest[0].speaker.start is not None and rest[0].speaker.start > at)


entity_lists = st.lists(
    st.tuples(
        st.sampled_from(["Ann Lee", "Oslo", "UN", "Bo Ek"]),
        st.lists(st.tuples(st.integers(0, 80), st.integers(1, 12)), min_size=1, max_size=4),
    ),
    max_size=8,
)


@given(entity_lists, st.integers(0, 80), st.integers(0, 60), st.integers(0, 80), st.integers(1, 8))
def test_the_actors_of_a_date_are_what_the_scan_over_every_entity_found(ents, s0, n, x0, xn):
    """The timeline reads a date's actors from the mentions indexed by start; the scan it
    replaced walked every entity for every date (dates x entities on a table of dated rows)."""
    from types import SimpleNamespace

    from lib.timeline.extract import EntityMentions

    entities = [{"name": name, "spans": [(s, s + w) for s, w in spans]} for name, spans in ents]
    sentence = SimpleNamespace(start=s0, end=s0 + n)
    x = SimpleNamespace(start=x0, end=x0 + xn)
    seen = []
    for ent in entities:
        hits = [
            s
            for s, e in ent["spans"]
            if sentence.start <= s and e <= sentence.end and (e <= x.start or s >= x.end)
        ]
        if hits:
            seen.append((min(hits), ent["name"]))
    expected: list[str] = []
    for _, name in sorted(seen):
        if name not in expected:
            expected.append(name)
    assert EntityMentions(entities).actors(sentence, x) == expected
