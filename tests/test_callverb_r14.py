"""Labelling verbs with a quoted label (round 14, "callverb"): "X called Y a “…”", "X described
Y as “…”", "X labeled / dubbed / branded / termed Y “…”". The speaker is the verb's subject,
also when the small model reads the verb as a participle of the noun before it ("the former
governor called Reed a “…”" taken for "a governor named Reed") or when an apposition stands
between ("Kerr, the former budget chief, described …"); the one named (Y) never speaks.
Wording written for the tests, with invented people."""

from __future__ import annotations

import pytest

from tests.statements_of import find, quotes_of

LEAD = (
    "Senator Paul Reed and Governor Tom Hale clashed over the budget on Monday. Former "
    "state treasurer Ann Kerr and the auditor, Mark Ruiz, joined in."
)


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        ("Ann Kerr called Reed a “reckless gambler.”", "reckless gambler", "Ann Kerr"),
        ("Kerr called Hale a “walking disaster,” and left.", "walking disaster", "Ann Kerr"),
        (
            "Ann Kerr, the former chief budget attorney for President Tom W. Hale, described "
            "Thursday’s announcement by acting state treasurer Paul Reed as “unacceptable.”",
            "unacceptable",
            "Ann Kerr",
        ),
        (
            "Mark Ruiz, the longtime auditor of the state, labeled the bill “a gift to lobbyists.”",
            "gift to lobbyists",
            "Mark Ruiz",
        ),
        ("Ruiz dubbed Reed “the senator from the casinos.”", "from the casinos", "Mark Ruiz"),
        ("Kerr branded Hale “a coward” on Monday.", "a coward", "Ann Kerr"),
        ("Ruiz termed the decision by Reed “cowardly.”", "cowardly", "Mark Ruiz"),
    ],
)
def test_the_subject_of_a_labelling_verb_speaks_its_label(sentence, words, speaker):
    row = find(quotes_of(LEAD, sentence), words)
    assert row["speaker"] == speaker


@pytest.mark.parametrize(
    ("sentence", "words", "named"),
    [
        ("The former treasurer called Reed a “reckless gambler.”", "reckless gambler", "Reed"),
        ("The auditor called Hale a “walking disaster.”", "walking disaster", "Hale"),
        ("Kerr called Paul Reed “weak” on spending.", "weak", "Reed"),
    ],
)
def test_the_one_a_label_is_given_never_speaks_it(sentence, words, named):
    """The object of "called" is who is labelled: never the speaker, whoever the subject is."""
    rows = quotes_of(LEAD, sentence)
    speaker = find(rows, words)["speaker"] or ""
    assert named not in speaker


@pytest.mark.parametrize("stop", [".", "!", "?"])
def test_a_sentence_after_a_short_quotation_has_its_own_subject(stop):
    """ "… as “unacceptable.” Walter Shaub, the former head …, called it “…”": a quote closed
    on a full stop ends its sentence, so the next sentence's subject is not read as an
    apposition of the first one's."""
    rows = quotes_of(
        LEAD,
        f"Ann Kerr, the former budget chief for Governor Hale, described the plan as "
        f"“unacceptable{stop}” Mark Ruiz, the longtime auditor of the state, called it “the "
        "worst waste to date.”",
    )
    assert find(rows, "unacceptable")["speaker"] == "Ann Kerr"
    assert find(rows, "worst waste")["speaker"] == "Mark Ruiz"


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        ("Kerr described the cabinet as “dysfunctional” and “inept.”", "inept", "Ann Kerr"),
        ("Kerr described the cabinet as “dysfunctional” and “inept.”", "dysfunctional", "Ann Kerr"),
        ("Ruiz blasted the plan as “reckless.”", "reckless", "Mark Ruiz"),
    ],
)
def test_a_label_given_as_is_the_labellers_words(sentence, words, speaker):
    """ "VERB … as “…”": a quoted label after "as" is the subject's words, one word too (not a
    scare quote), also when the parse hangs the "as" elsewhere."""
    row = find(quotes_of(LEAD, sentence), words)
    assert row["speaker"] == speaker


def test_refers_to_without_as_gives_no_label():
    """ "“Route out” refers to a member who leaves": a term explained, nobody's words."""
    rows = quotes_of(LEAD, "In the church’s jargon, to “route out” refers to a member who leaves.")
    assert not [r for r in rows if "route out" in r["text"]]


def test_the_one_labelled_in_the_passive_never_speaks_the_label():
    """ "Hale has been referred to as “the budget czar”": the passive subject is labelled;
    nobody named gives the label."""
    rows = quotes_of(LEAD, "Since the vote, Hale has been widely referred to as “the budget czar.”")
    assert all(r["speaker"] != "Tom Hale" for r in rows if "budget czar" in r["text"])
