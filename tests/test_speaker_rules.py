"""Speaker rules for the constructions of issue 10, each on wording written for the test.

Every case is a short invented article: the rule must hold for the construction, not for a
sentence seen in an evaluation article.
"""

from __future__ import annotations

import pytest

from lib import schema
from lib.quotes.lexicon import lexicon
from lib.quotes.speakers.canonical import canonicalise, defined_acronyms
from lib.quotes.speakers.mentions import ORGANIZATION, PERSON, UNKNOWN, Speaker
from tests.statements_of import rows, said


# 1. A role or description in front of the name: the named person speaks, the words go to role.
@pytest.mark.parametrize(
    ("text", "words", "speaker", "role_word"),
    [
        (
            "Ferry inquiry opens.\n\nHead of research at the Maritime Safety Board Ingrid "
            "Halvorsen said the ferry had been overloaded for months.",
            "overloaded",
            "Ingrid Halvorsen",
            "Head of research",
        ),
        (
            "Court ruling.\n\nRetired judge and author Miriam Okafor said the ruling would not "
            "survive an appeal.",
            "survive an appeal",
            "Miriam Okafor",
            "judge",
        ),
        (
            "Consulate to reopen.\n\nAccording to British consul in Lagos Daniel Whitfield, the "
            "office will reopen to visitors next week.",
            "reopen",
            "Daniel Whitfield",
            "consul",
        ),
    ],
)
def test_named_person_after_a_role_speaks(text, words, speaker, role_word):
    row = said(text, words)
    assert row["speaker"] == speaker
    assert role_word in (row["role"] or "")


def test_a_name_the_role_serves_is_not_the_speaker():
    text = (
        "Charges filed.\n\nA lawyer for Thomas Brennan said the charges would be contested in "
        "court."
    )
    assert said(text, "contested")["speaker"] != "Thomas Brennan"


# 6. Requests without quote marks: the addressee and the request, said by the subject.
@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        (
            "The Harbour Workers Union urged ministers to reopen the pay talks this week.",
            "ministers to reopen the pay talks",
            "Harbour Workers Union",
        ),
        (
            "Senator Ruth Adeyemi called on the regulator to publish its findings in full.",
            "the regulator to publish its findings",
            "Ruth Adeyemi",
        ),
        (
            "Librarian Maria Lindqvist pleaded with the council to keep the branch open.",
            "the council to keep the branch open",
            "Maria Lindqvist",
        ),
    ],
)
def test_requests_are_statements(sentence, words, speaker):
    row = said("Town news.\n\n" + sentence, words)
    assert row["speaker"] == speaker
    assert row["kind"] == "indirect"


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor asked to speak first at the meeting.",
        "The driver was asked to leave the vehicle by officers.",
        "The board did not urge members to vote against the plan.",
    ],
)
def test_no_request_without_an_addressee_or_asker(sentence):
    assert rows("Town news.\n\n" + sentence) == []


# 2-3, 7. One canonical name per speaker: short forms, variants and defined acronyms merged.
def _spk(name, kind=PERSON):
    return Speaker(name, kind, None, name, 0, len(name))


def test_short_forms_and_variants_take_one_name():
    speakers = [
        _spk("Harold P. Whitcombe Jr"),
        _spk("Whitcombe"),
        _spk("Prosecutors", UNKNOWN),
        _spk("prosecutors", UNKNOWN),
        _spk("U.S. Attorney's Office", ORGANIZATION),
        _spk("US Attorney's Office", ORGANIZATION),
    ]
    canonicalise(speakers, "", lexicon())
    assert [s.name for s in speakers] == [
        "Harold P. Whitcombe Jr",
        "Harold P. Whitcombe Jr",
        "Prosecutors",
        "Prosecutors",
        "U.S. Attorney's Office",
        "U.S. Attorney's Office",
    ]


def test_a_surname_shared_by_two_people_stays_apart():
    speakers = [_spk("Anna Lowe"), _spk("Peter Lowe"), _spk("Lowe")]
    canonicalise(speakers, "", lexicon())
    assert speakers[2].name == "Lowe"


def test_a_role_glued_to_a_name_goes_to_role():
    speakers = [_spk("Librarian Maria Lindqvist"), _spk("Brian Cox")]
    canonicalise(speakers, "", lexicon())
    assert (speakers[0].name, speakers[0].role) == ("Maria Lindqvist", "Librarian")
    assert speakers[1].name == "Brian Cox"


def test_an_acronym_defined_in_the_text_names_the_body():
    text = (
        "Water warning.\n\nThe International Water Safety Agency (IWSA) has issued new "
        "guidance.\n\nIWSA said the tests would continue until the end of the year."
    )
    assert said(text, "tests would continue")["speaker"] == "International Water Safety Agency"
    assert defined_acronyms("the World Health Organisation (WHO) said") == {
        "WHO": "World Health Organisation"
    }


# 4, 7 and issue 15. Non-speakers: markup, punctuation, function words, abstract nouns.
def test_markup_is_never_a_speaker():
    text = "Count update.\n\n> Johnson said the count would finish by midnight.\n"
    for row in rows(text):
        assert not row["speaker"] or not set(row["speaker"]) & set("<>=")


def test_an_abstract_noun_is_no_speaker_but_people_words_are():
    text = (
        "Budget news.\n\nRising costs suggest that the bridge will open a year late.\n\n"
        "Several commuters said the queues were already too long."
    )
    assert said(text, "bridge will open")["speaker"] is None
    assert said(text, "queues were already too long")["speaker"] == "Several commuters"


# Confidence: named in the clause, resolved from a pronoun or role, or carried over.
def test_confidence_says_how_the_speaker_was_found():
    text = (
        "Port strike.\n\nDock manager Ola Brekke said the cranes had been idle since dawn. He "
        "said talks with the union would resume on Monday.\n\n“We are ready to work again "
        "tomorrow,” Brekke said. “Nobody here wants a long strike.”\n"
    )
    got = {r["text"][:12]: (r["speaker"], r["confidence"]) for r in rows(text)}
    assert got["the cranes h"] == ("Ola Brekke", "explicit")
    assert got["talks with t"] == ("Ola Brekke", "resolved")
    assert got["We are ready"] == ("Ola Brekke", "explicit")
    assert got["Nobody here "] == ("Ola Brekke", "inferred")
    assert "confidence" in schema.columns("quotes")


# 5. A document's reader is not its author.
def test_who_saw_a_document_did_not_write_it():
    text = (
        "Leaked plan.\n\nThe Transport Ministry drafted new rules for taxi drivers in March.\n\n"
        "An internal memo seen by the Daily Courier says that fares will rise by a fifth."
    )
    assert said(text, "fares will rise")["speaker"] != "Daily Courier"


def test_a_surname_takes_the_full_name_the_article_gives():
    speakers = [_spk("Okonjo", UNKNOWN)]
    canonicalise(speakers, "", lexicon(), people=("Ada Okonjo", "Ben Ilori"))
    assert (speakers[0].name, speakers[0].kind) == ("Ada Okonjo", PERSON)


# 7. "he said" after a quote about a third person: the one who spoke lately, not the topic.
def test_he_said_after_a_quote_about_him_goes_to_the_speaker():
    text = (
        "Inmate found dead.\n\nDefence lawyer Tom Reyes said his client had been treated badly "
        "in custody.\n\nMarcus Doyle was found in his cell on Saturday morning. “He was calm and "
        "in good spirits when I saw him last week,” he said.\n\nMarcus Doyle was arrested in "
        "May. “I never hurt anyone,” he said in his last interview.\n"
    )
    assert said(text, "good spirits")["speaker"] == "Tom Reyes"
    assert said(text, "never hurt anyone")["speaker"] == "Marcus Doyle"


# 6. "Name: claim" in a headline is that speaker's statement; "Update: …" is nobody's.
def test_a_name_and_a_colon_open_a_claim():
    text = (
        "Lindqvist: Library cuts will hurt children most\n\nLibrarian Maria Lindqvist spoke at "
        "the council meeting on Tuesday.\n\nUpdate: the meeting will resume on Friday evening.\n"
    )
    row = said(text, "Library cuts will hurt children")
    assert (row["speaker"], row["cue"]) == ("Maria Lindqvist", ":")
    assert not [r for r in rows(text) if "resume" in r["text"]]


# 5-6. A work or a document that shows something states it; other subjects do not.
def test_a_survey_that_shows_something_states_it():
    text = (
        "Poll news.\n\nA new survey by the Harbour Institute shows that most residents oppose "
        "the new tolls.\n\nThe crowd shows that it cares about the park."
    )
    assert said(text, "most residents oppose")["speaker"] == "Harbour Institute"
    assert not [r for r in rows(text) if "cares" in r["text"]]


# 6. "denied the allegations: …" - what follows the colon after a reporting verb was said.
def test_what_follows_a_colon_after_a_reporting_verb_was_said():
    text = (
        "Fire news.\n\nThe Westvale Fire Service denied the allegations: its crews arrived "
        "within eight minutes of the first call.\n\nThe menu had three parts: soup, fish and "
        "a cake."
    )
    assert said(text, "crews arrived within eight minutes")["speaker"] == "Westvale Fire Service"
    assert not [r for r in rows(text) if "soup" in r["text"]]


# 4. A description the article resolves, and a group kept with whose it is.
def test_kin_description_goes_to_the_named_person_and_groups_keep_their_words():
    text = (
        "Custody case.\n\nTomas Ruiz, Mateo's father, arrived in the city on Monday.\n\nMateo "
        "Ruiz's father said the boy should come home. Lawyers for the boy's relatives in Tampa "
        "said they would appeal."
    )
    assert said(text, "should come home")["speaker"] == "Tomas Ruiz"
    assert said(text, "would appeal")["speaker"] == "Lawyers for the boy's relatives in Tampa"
