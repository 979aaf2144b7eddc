"""A paragraph that never ends a sentence is still parsed in bounded pieces: past a hard size it is
cut at a weaker boundary (";" or ":", a line end, then any white space), the offsets exact."""

from __future__ import annotations

from lib.ingest.formats import load_article
from lib.nlp import HARD_PIECE_FACTOR, joined, load_nlp, make_doc, pieces_of

SIZE = 300


def covers(spans, text: str) -> bool:
    return (
        spans[0][0] == 0
        and spans[-1][1] == len(text)
        and all(
            a_end == b_start for (_, a_end), (b_start, _) in zip(spans[:-1], spans[1:], strict=True)
        )
    )


def test_a_run_without_full_stops_is_cut_at_semicolons_first():
    items = [f"the {n}th stall sold apples, pears and plums" for n in range(200)]
    text = "Market stalls\n\n" + "; ".join(items) + " and more"
    article = load_article(text)
    spans = pieces_of(article, size=SIZE)
    assert covers(spans, text)
    assert len(spans) > 10
    assert all(end - start <= HARD_PIECE_FACTOR * SIZE for start, end in spans)
    for start, _ in spans[1:]:
        assert text[start - 2 : start] == "; "  # after the semicolon, its space kept before


def test_without_stronger_boundaries_a_line_end_then_white_space_is_taken():
    words = "the mayor spoke with the council about the budget and the plan "
    lines = "Notes\n\n" + "\n".join(words * 3 for _ in range(40))
    spans = pieces_of(load_article(lines), size=SIZE)
    assert covers(spans, lines) and len(spans) > 5
    assert all(lines[start - 1] == "\n" for start, _ in spans[1:])
    flat = "Notes\n\n" + words * 120
    spans = pieces_of(load_article(flat), size=SIZE)
    assert covers(spans, flat) and len(spans) > 5
    assert all(flat[start - 1] == " " != flat[start] for start, _ in spans[1:])
    assert all(end - start <= HARD_PIECE_FACTOR * SIZE for start, end in spans)


def test_a_stretch_with_no_white_space_is_never_cut_inside_a_word():
    text = "Code\n\n" + "x" * (5 * SIZE) + " end"
    spans = pieces_of(load_article(text), size=SIZE)
    assert covers(spans, text)
    assert all(not text[start - 1].isalnum() for start, _ in spans[1:])


def test_sure_sentence_starts_still_come_first_and_the_pieces_parse_to_the_whole_text():
    run = "; ".join(f"the {n}th stall sold apples" for n in range(60))
    text = "Market day\n\n" + run + ". Traders said prices rose. " + run
    article = load_article(text)
    spans = pieces_of(article, size=SIZE)
    sure = text.index("Traders")
    assert sure in {start for start, _ in spans}  # the sentence start near enough is the cut
    nlp = load_nlp()
    docs = list(nlp.pipe([make_doc(nlp, article, start, end) for start, end in spans]))
    doc = joined(article, docs)
    assert doc.text == text
    assert [t.text for t in doc] == [t.text for t in make_doc(nlp, article)]
    for start, _ in spans[1:]:
        assert doc.char_span(start, start + 1, alignment_mode="expand")[0].is_sent_start
