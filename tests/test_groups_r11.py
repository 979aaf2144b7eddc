"""Groups and their named members (lib/quotes/speakers/groups.py, crews.py, members.py), round 11:
a plural role taken up again is the people named with that role, wherever the article names them; a
bare number ("Both", "All three") is the people just listed. Each on invented wording."""

from __future__ import annotations

import pytest

from tests.statements_of import said


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Mayor recovers\n\n“She had a mild stroke,” Drs. Maria Lopez and Tom Reed said at "
            "Mercy Hospital in Dayton. “She is expected to return next week,” the physicians said.",
            "return next week",
            "Maria Lopez and Tom Reed",
        ),
        (
            "Court fight\n\nLawyers Ben Cole and Ruth Stein filed the appeal on Monday. The "
            "attorneys said the ruling ignored the evidence.",
            "ignored the evidence",
            "Ben Cole and Ruth Stein",
        ),
        (
            "Rule challenged\n\nSens. Ann Lee and Tom Ruiz wrote to the agency on Monday. The two "
            "senators said the rule was unlawful.",
            "rule was unlawful",
            "Ann Lee and Tom Ruiz",
        ),
        (
            "Study\n\nSarah Holt and Omar Diaz, the researchers who ran the trial, presented it "
            "in Boston. The researchers said the effect was large.",
            "effect was large",
            "Sarah Holt and Omar Diaz",
        ),
    ],
)
def test_a_plural_role_taken_up_is_the_people_named_with_it(text, words, speaker):
    assert said(text, words)["speaker"] == speaker


def test_a_possessive_group_in_the_lede_is_the_people_named_later():
    text = (
        "Governor leaves hospital\n\nGov. Ellen Marsh has left the hospital two days after a "
        "fall, her doctors said on Friday.\n\nShe thanked the nurses.\n\n“The fracture is "
        "healing well,” Drs. Nadia Brook and Felix Yount said in a statement."
    )
    assert said(text, "has left the hospital")["speaker"] == "Nadia Brook and Felix Yount"


def test_another_trade_is_not_the_people_named():
    text = (
        "Mayor recovers\n\n“She had a mild stroke,” Drs. Maria Lopez and Tom Reed said on "
        "Monday. The nurses said she was in good spirits."
    )
    assert said(text, "good spirits")["speaker"] == "nurses"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Forum\n\nBefore the forum, Ms. Ada Kim, Mayor Tom Ruiz of Dayton, Ohio, and "
            "Senator Joan Pike of Utah released housing plans. All three said they would cut "
            "rents.",
            "would cut rents",
            "Ada Kim, Tom Ruiz and Joan Pike",
        ),
        (
            "Appeal\n\nNoel Grant and Vera Sousa sued the city in May. Both said the fines "
            "were unfair.",
            "fines were unfair",
            "Noel Grant and Vera Sousa",
        ),
    ],
)
def test_a_bare_number_is_the_people_just_listed(text, words, speaker):
    assert said(text, words)["speaker"] == speaker


def test_a_number_of_some_group_is_not_a_list():
    text = (
        "Appeal\n\nNoel Grant and Vera Sousa sued the city in May. Hundreds of drivers were "
        "fined. Two said the fines were unfair."
    )
    assert said(text, "fines were unfair")["speaker"] != "Noel Grant and Vera Sousa"


def test_a_quote_after_a_named_quote_is_not_the_next_sentences_pledge():
    text = (
        "Summit\n\n“Towns are moving faster than capitals,” Mayor Ines Varga said. “So we must "
        "keep up the pressure.” The councillors vowed to plant a million trees by 2030."
    )
    assert said(text, "keep up the pressure")["speaker"] == "Ines Varga"
    assert said(text, "plant a million trees")["speaker"] == "councillors"


def test_a_quote_is_still_attributed_to_a_cue_after_it_without_a_clause():
    text = "Summit\n\nThe talks ended late. “We will not give up.” The councillors vowed so."
    assert said(text, "will not give up")["speaker"] == "councillors"


def test_examples_at_the_end_of_the_clause_are_the_subjects_members():
    text = (
        "Songs\n\nOther singers have asked the campaign not to play their music, including "
        "Adele Moss and Jack Tiller, and the letter said so."
    )
    assert said(text, "not to play")["speaker"] == "Adele Moss and Jack Tiller"


def test_examples_of_a_body_in_the_clause_are_not_the_subjects():
    text = "Rates\n\nSome residents asked the council, including Mayor Ann Hale, to act."
    assert said(text, "to act")["speaker"] == "Some residents"


@pytest.mark.parametrize("after", ["The crowd laughed and cheered.", "The crowd clapped."])
def test_a_quoted_sentence_after_an_attribution_goes_on_quoting_that_speaker(after):
    text = (
        "Rally\n\n“I will assume a man asked that,” Mayor Ines Varga replied. “And I will say, "
        f"then marry one woman.” {after}"
    )
    assert said(text, "marry one woman")["speaker"] == "Ines Varga"


def test_a_quote_with_its_own_cue_after_an_attribution_keeps_it():
    text = "Rally\n\n“We will win,” Tom Hale said. “It is the right time,” Ann Lee said."
    assert said(text, "right time")["speaker"] == "Ann Lee"


@pytest.mark.parametrize("signature", ["— Ann Lee, union president", "Ann Lee"])
def test_a_pull_quote_is_signed_by_the_name_on_the_line_below(signature):
    text = (
        "Workers strike at the Dayton plant\n\nWorkers walked out on Monday, the union said.\n\n"
        f"“We will not back down until the company listens.”\n\n{signature}\n\n"
        "The plant employs 900 people."
    )
    assert said(text, "will not back down")["speaker"] == "Ann Lee"


def test_a_sentence_after_a_quote_paragraph_does_not_sign_it():
    text = (
        "Workers strike at the Dayton plant\n\nTom Ruiz, the plant manager, said on Monday "
        "that talks had failed.\n\n“We will not back down until the company listens.”\n\n"
        "Ann Lee, the union head, agreed."
    )
    assert said(text, "will not back down")["speaker"] != "Ann Lee"


def test_they_after_people_listed_as_speakers_is_them_not_the_group_they_spoke_of():
    text = (
        "Gallery show opens in Venice\n\nCurators Lia Moro and Gus Fenn said organizers wanted "
        "the public to understand the project. “It is a way to focus on something concrete,” "
        "they said."
    )
    assert said(text, "something concrete")["speaker"] == "Lia Moro and Gus Fenn"


def test_they_after_one_person_speaking_of_a_group_is_the_group():
    text = (
        "Flood in Dayton\n\nMayor Ann Hale said residents were furious about the delays. "
        "“We have had enough,” they told reporters."
    )
    assert said(text, "had enough")["speaker"] != "Ann Hale"
