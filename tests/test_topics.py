"""Topics: an editable taxonomy, assigned to sentences, quotes, facts and timeline rows."""

from __future__ import annotations

from collections import Counter

import pytest

from lib.context import Context
from lib.entities import extract_entities
from lib.facts.topics import TaxonomyError, assign_topics, load_taxonomy, topic_names
from lib.ingest.formats import load_article, load_file
from lib.nlp import load_nlp, parse
from lib.pipeline import _sentence_rows
from tests.paths import ARTICLES

IPTC_TOP_LEVEL = {
    "arts, culture, entertainment and media",
    "conflict, war and peace",
    "crime, law and justice",
    "disaster, accident and emergency incident",
    "economy, business and finance",
    "education",
    "environment",
    "health",
    "human interest",
    "labour",
    "lifestyle and leisure",
    "politics",
    "religion",
    "science and technology",
    "society",
    "sport",
    "weather",
}


def sentence_topics(tables, prefix: str) -> list[str]:
    s = tables.sentences
    return s[s["text"].str.startswith(prefix)]["topics"].iloc[0]


def test_taxonomy_is_well_formed():
    taxonomy = load_taxonomy()
    names = [t.name for t in taxonomy]
    assert len(names) == len(set(names)) >= 20
    for topic in taxonomy:
        assert topic.iptc in IPTC_TOP_LEVEL, topic.name
        assert topic.iptc_code.startswith("medtop:")
        assert topic.description and (topic.lemmas or topic.strong or topic.phrases)
    assert topic_names() == names


@pytest.mark.parametrize(
    ("prefix", "expected"),
    [
        ("At least 137 people were killed", "Attack and casualties"),
        ("He said 11 people had been detained", "Investigation and suspects"),
        ("He said the special services worked tirelessly", "Security services"),
        ("“The fight against terrorism is an ongoing process", "Terrorism"),
        ("“The fight against terrorism is an ongoing process", "International relations"),
        ("The United States said it had warned Russia", "Warnings and threats"),
        ("Another was shown with his hands tied", "Treatment of detainees"),
        ("Another was questioned in a hospital bed.", "Treatment of detainees"),
        ("Lit candles forming the words", "Mourning and memorials"),
        ("No country is immune to terrorism", "Terrorism"),
    ],
)
def test_seed_topics_read_like_an_editor(seed, prefix, expected):
    assert expected in sentence_topics(seed, prefix)


def test_seed_does_not_overtag(seed):
    # A passing mention of "the attack" is not about the attack.
    assert "Attack and casualties" not in sentence_topics(
        seed, "The United States said it had warned"
    )
    assert "Protests and unrest" not in {t for ts in seed.sentences["topics"] for t in ts}
    assert all(len(ts) <= 3 for ts in seed.sentences["topics"])


def test_every_row_has_a_topic_list(seed):
    for table in (seed.sentences, seed.quotes, seed.facts, seed.timeline):
        assert all(isinstance(ts, list) for ts in table["topics"])
    figures = seed.facts[seed.facts["kind"] == "figure"]
    killed = figures[figures["measure"] == "killed"].iloc[0]
    assert "Attack and casualties" in killed["topics"]


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        ("figures-election.txt", "Elections"),
        ("figures-court.txt", "Courts and trials"),
        ("figures-earthquake.txt", "Natural disasters"),
        ("figures-earnings.txt", "Business and markets"),
        ("figures-strike.txt", "Labour and jobs"),
        ("business-battery-job-cuts.txt", "Business and markets"),
        ("wire-bangladesh-floods.txt", "Natural disasters"),
        ("court-pension-fraud.txt", "Courts and trials"),
    ],
)
def test_main_topic_of_other_articles(article, expected):
    ctx = _ctx(load_file(ARTICLES / article))
    rows = {"sentences": _sentence_rows(ctx)}
    assign_topics(ctx, rows)
    counts = Counter(t for row in rows["sentences"] for t in row["topics"])
    assert expected in [name for name, _ in counts.most_common(2)], counts.most_common(4)


def _ctx(article) -> Context:
    doc = parse(article, load_nlp())
    ctx = Context.from_parse(article, doc)
    ctx.entities = extract_entities(article, doc)
    return ctx


def test_quotes_and_timeline_take_the_topics_of_their_sentences():
    article = load_article(
        "Flood warning\n\nThe river burst its banks on Monday and flooded the town. "
        "“We have opened shelters for evacuees,” the mayor said."
    )
    ctx = _ctx(article)
    text = article.text
    q_start = text.index("We have")
    rows = {
        "sentences": _sentence_rows(ctx),
        "quotes": [{"start": q_start, "end": text.index("evacuees") + 8}],
        "facts": [{"sentence_id": 1}],
        "timeline": [
            {"start": text.index("Monday"), "end": text.index("Monday") + 6, "sentence_id": 1}
        ],
    }
    assign_topics(ctx, rows)
    assert "Natural disasters" in rows["sentences"][1]["topics"]
    assert rows["quotes"][0]["topics"] == ["Rescue and relief"]
    assert rows["facts"][0]["topics"] == rows["sentences"][1]["topics"]
    assert "Natural disasters" in rows["timeline"][0]["topics"]


def test_editing_the_taxonomy_renames_and_adds_topics(tmp_path):
    custom = tmp_path / "topics.toml"
    custom.write_text(
        '[[topic]]\nname = "Floods"\niptc = "weather"\niptc_code = "medtop:17000000"\n'
        'description = "Water everywhere."\nlemmas = ["flood", "river"]\n\n'
        '[[topic]]\nname = "Town life"\niptc = "society"\niptc_code = "medtop:14000000"\n'
        'description = "Local matters."\nlemmas = ["town", "mayor"]\n',
        encoding="utf-8",
    )
    article = load_article("Flood warning\n\nThe river burst its banks and flooded the town.")
    ctx = _ctx(article)
    rows = {"sentences": _sentence_rows(ctx)}
    assign_topics(ctx, rows, taxonomy=load_taxonomy(custom))
    assert rows["sentences"][-1]["topics"] == ["Floods", "Town life"]


@pytest.mark.parametrize(
    "content",
    [
        '[[topic]]\nname = "A"\n\n[[topic]]\nname = "A"\n',
        '[[topic]]\ndescription = "no name"\n',
        "[[topic]\nname = broken",
    ],
)
def test_broken_taxonomy_is_reported(tmp_path, content):
    bad = tmp_path / "topics.toml"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(TaxonomyError):
        load_taxonomy(bad)


def test_ambiguous_words_do_not_mislead():
    # A football club's "candidates" and "take charge" are no election and no court case;
    # a rate-setting committee's votes are no election.
    for article, wrong in (
        ("unbalanced-football-sacking.txt", {"Elections", "Courts and trials"}),
        ("indirect-central-bank.txt", {"Elections"}),
    ):
        ctx = _ctx(load_file(ARTICLES / article))
        rows = {"sentences": _sentence_rows(ctx)}
        assign_topics(ctx, rows)
        tagged = {t for row in rows["sentences"] for t in row["topics"]}
        assert not tagged & wrong, (article, tagged & wrong)


def test_story_score_lowers_the_bar_for_the_story_topic(tmp_path):
    topic = (
        '[[topic]]\nname = "Votes"\niptc = "politics"\niptc_code = "medtop:11000000"\n'
        'description = "d"\nstrong = ["election"]\nlemmas = ["vote"]\nmin_score = 2\n'
    )
    text = (
        "Election day\n\nThe election was held. The election was close.\n\nPeople will vote again."
    )
    for extra, expected in (("", []), ("story_score = 4\n", ["Votes"])):
        custom = tmp_path / f"t{len(extra)}.toml"
        custom.write_text(topic + extra, encoding="utf-8")
        ctx = _ctx(load_article(text))
        rows = {"sentences": _sentence_rows(ctx)}
        assign_topics(ctx, rows, taxonomy=load_taxonomy(custom))
        assert rows["sentences"][-1]["topics"] == expected
