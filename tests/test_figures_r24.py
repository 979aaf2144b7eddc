"""Round 24: what a figure measures where the parse misleads the measure finder.
Sentences written for these tests: invented places, bodies and people."""

from __future__ import annotations

import pytest

from tests.test_figures import figures_in, one


@pytest.mark.parametrize(
    ("body", "value_text", "measure"),
    [
        ("Two of the county’s sheriffs signed the Harlow letter on Monday.", "Two", "sheriffs"),
        ("Four of the league’s referees quit before the Tolland final.", "Four", "referees"),
    ],
)
def test_a_count_of_an_owned_noun_counts_the_noun_not_the_owner(body, value_text, measure):
    """'two of the county’s sheriffs': with a curly clitic the parse may leave the owner as the
    object of 'of'; the clitic binds the noun after it, which is what is counted."""
    assert one(body, value_text)["measure"].endswith(measure)


def _parsed(words, heads, deps, tags):
    """A Doc with the parse given (the model reads these sentences right; the articles' own
    misreadings are rebuilt here on words written for the test)."""
    from spacy.tokens import Doc

    from lib.nlp import load_nlp

    pos = {"VBN": "VERB", "VBZ": "VERB", "NNS": "NOUN", "NN": "NOUN", "CD": "NUM", "RB": "ADV"}
    pos |= {"$": "SYM", "IN": "ADP", "DT": "DET", ".": "PUNCT"}
    return Doc(
        load_nlp().vocab,
        words=words,
        heads=heads,
        deps=deps,
        tags=tags,
        pos=[pos[t] for t in tags],
    )


def test_money_for_a_noun_a_participle_describes_is_for_that_noun():
    """'$4 million for newly licensed midwives': the parse may read the participle as a verb
    (object of 'for') with the noun as its object; the money is still for the noun."""
    from lib.facts.amounts import purpose_of

    words = ["The", "plan", "seeks", "$", "4", "million", "for", "newly", "licensed"]
    words += ["midwives", "."]
    doc = _parsed(
        words,
        heads=[1, 2, 2, 5, 5, 2, 5, 8, 6, 8, 2],
        deps=["det", "nsubj", "ROOT", "quantmod", "compound", "dobj", "prep", "advmod"]
        + ["pcomp", "dobj", "punct"],
        tags=["DT", "NN", "VBZ", "$", "CD", "CD", "IN", "RB", "VBN", "NNS", "."],
    )
    assert purpose_of(doc[5], doc[3:6]) == "midwives"


def test_money_for_a_verb_with_a_later_object_names_no_participle_noun():
    """'$4 million for licensed first midwives': a verb with a word between it and its object is
    no participle set before its noun, and names no purpose."""
    from lib.facts.amounts import purpose_of

    words = ["The", "plan", "seeks", "$", "4", "million", "for", "licensed", "first"]
    words += ["midwives", "."]
    doc = _parsed(
        words,
        heads=[1, 2, 2, 5, 5, 2, 5, 6, 7, 7, 2],
        deps=["det", "nsubj", "ROOT", "quantmod", "compound", "dobj", "prep", "pcomp"]
        + ["advmod", "dobj", "punct"],
        tags=["DT", "NN", "VBZ", "$", "CD", "CD", "IN", "VBN", "RB", "NNS", "."],
    )
    assert purpose_of(doc[5], doc[3:6]) == ""


@pytest.mark.parametrize(
    ("body", "value_text", "words"),
    [
        (
            "Only 12 percent of tenants who still believe the landlord will repair the roof "
            "stayed in the Harlow block.",
            "12 percent",
            "tenants who still believe",
        ),
        (
            "About 30 percent of farmers who once said the Tolland dam would flood their land "
            "now back it.",
            "30 percent",
            "farmers who once said",
        ),
    ],
)
def test_a_share_of_a_group_with_a_long_clause_keeps_the_clause_verb(body, value_text, words):
    """'12 percent of tenants who still believe the landlord will …': a clause too long to
    quote whole still says which tenants; its verb stays with the group."""
    assert one(body, value_text)["measure"].startswith(words)


@pytest.mark.parametrize(
    ("body", "value_text", "unit"),
    [
        (
            "The Tolland quiz opened to 9 million viewers and sank to just four million by May.",
            "four million",
            "viewers",
        ),
        (
            "The Dunmore museum had 3 million visitors at its peak and now draws barely 2.5 million.",
            "2.5 million",
            "visitors",
        ),
    ],
)
def test_a_scaled_number_leaving_its_noun_unsaid_takes_the_noun_before(body, value_text, unit):
    """'opened to 9 million viewers and sank to just four million': a scaled number with no
    noun of its own, after a count of a noun in its sentence, counts the same noun."""
    assert one(body, value_text)["unit"] == unit


@pytest.mark.parametrize(
    ("body", "value_text", "value"),
    [
        ("Ostby served three terms in the Harlow assembly before she retired.", "three", 3.0),
        ("The four-term mayor of Dunmore opened the Tolland bridge on Friday.", "four", 4.0),
    ],
)
def test_terms_of_office_are_counted(body, value_text, value):
    """'served three terms', 'a four-term mayor': terms of office are counted like seats or
    votes; a term is no unit of time the way a year is."""
    fig = one(body, value_text)
    assert (fig["value"], fig["unit"]) == (value, "terms")


def test_a_verb_after_the_verbs_preposition_is_no_cue_of_the_figure():
    """'put millions into winning seats': a verb after a preposition the sentence's verb
    governs belongs to that phrase ('winning'), not to the figure, unlike a word right after
    the number ('137 dead')."""
    fig = one(
        "The Harlow fund will pour millions into winning council seats in Dunmore.", "millions"
    )
    assert fig["measure"] != "won"


@pytest.mark.parametrize(
    "body",
    [
        "The Ostwick mill became ground zero for the dispute over wages.",
        "The Tolland outbreak began with patient zero, a Harlow baker.",
        "Councillors in Dunmore backed Measure 4 in 2018 after a long fight.",
    ],
)
def test_a_number_that_names_counts_nothing(body):
    """'ground zero', 'patient zero': a number word right after the singular noun it modifies
    names the noun; 'Measure 4 in 2018' is a name and a year, no share 'four in 2018'. (The
    parse must read the noun as one: 'never found patient zero' is misread, a known limit.)"""
    assert [f["value_text"] for f in figures_in(body) if f["value"] in (0.0, 4.0, 0.002)] == []


def test_from_to_on_a_noun_is_one_band():
    """'1 percent on savings from $20,000 to $90,000, 2 percent from $90,000 to $300,000': a
    "from ... to" hanging on a noun (savings, the rate) sets a band, one range figure."""
    body = (
        "The Harlow levy is 1 percent on savings from $20,000 to $90,000, 2 percent from "
        "$90,000 to $300,000 and 3 percent above that."
    )
    texts = [f["value_text"] for f in figures_in(body)]
    assert "$20,000 to $90,000" in texts and "$90,000 to $300,000" in texts
    assert "$300,000" not in texts


def test_from_to_on_a_verb_stays_two_figures():
    """'rents fell from $900 to $700', 'estimates ranged from $19 million to $36 million': with
    a verb the two amounts are a change, or two ends, each a figure."""
    texts = [f["value_text"] for f in figures_in("Rents in Dunmore fell from $900 to $700.")]
    assert texts == ["$900", "$700"]
    body = "Estimates of the Ostwick losses ranged from $19 million to $36 million."
    assert [f["value_text"] for f in figures_in(body)] == ["$19 million", "$36 million"]


def test_from_to_on_a_noun_of_change_stays_two_figures():
    """'a jump from 5 percent to 7 percent': the noun the "from" hangs on is a change, so the
    two amounts are where it started and ended, two figures, not a band."""
    body = "Tolland saw a jump from 5 percent to 7 percent in unemployment last year."
    assert [f["value_text"] for f in figures_in(body)] == ["5 percent", "7 percent"]


def test_a_band_set_on_a_rate_is_of_what_the_first_band_was_of():
    """'2 percent on net worth from $40 to $90 million, 3 percent from $90 to $400 million':
    the second band hangs on the rate ('3 percent'), whose measure (the levy) is no band's; it
    is a band of net worth, like the first."""
    body = (
        "The Ostwick levy would climb to 2 percent on net worth from $40 to $90 million, "
        "3 percent from $90 to $400 million and 5 percent above that."
    )
    bands = [f for f in figures_in(body) if f["unit"] == "dollars"]
    assert [f["measure"] for f in bands] == ["net worth", "net worth"]
