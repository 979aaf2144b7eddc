"""Round 22: block sayings after a colon, speakers named through what the article says of them."""

from __future__ import annotations

import pytest

from tests.statements_of import find, quotes_of


@pytest.mark.parametrize(
    ("paragraphs", "words", "speaker", "text"),
    [
        (
            ("Rep. Tom Lee questioned the timing of the vote. Lee snapped back: I have one "
             "reason. The budget is the main issue in my district.",),
            "I have one reason",
            "Tom Lee",
            "I have one reason. The budget is the main issue in my district",
        ),
        (
            ("“We have to act now,” Rep. Tom Lee said. He went on: I want to take part in this "
             "meeting. I cannot be in two places at once.",),
            "take part",
            "Tom Lee",
            "I want to take part in this meeting. I cannot be in two places at once",
        ),
        (
            ("Mayor Ann Ruiz met the council. Ruiz fired back: We will not raise the fare this "
             "year.",),
            "raise the fare",
            "Ann Ruiz",
            "We will not raise the fare this year",
        ),
    ],
)  # fmt: skip
def test_a_phrasal_verb_of_saying_opens_a_block_after_its_colon(paragraphs, words, speaker, text):
    """ "Lee snapped back: I have one reason …": a page that lost a block quotation's indent
    runs the words on after the colon; the phrasal verb ("snap back", "go on", "fire back")
    says them, as "said:" would."""
    row = find(quotes_of(*paragraphs), words)
    assert (row["speaker"], row["text"]) == (speaker, text)


def test_a_phrasal_verb_in_the_passive_opens_no_saying():
    """ "Some costs are spelled out: $2 million for …": a list the writer gives, nobody's words."""
    rows = quotes_of("Some costs are spelled out: $2 million for the parade, which the city pays.")
    assert rows == []


@pytest.mark.parametrize(
    ("paragraphs", "words", "speaker"),
    [
        (
            ("Rep. Tom Lee spoke at the hearing. “We have to act now,” he said, continuing: "
             "Over the last months, we have learned a lot.",),
            "learned a lot",
            "Tom Lee",
        ),
        (
            ("Gov. Ann Ruiz spoke on Monday. She said, adding: The law protects every family "
             "in the state.",),
            "protects every family",
            "Ann Ruiz",
        ),
        (
            ("“We will win,” Sen. Carl Ruiz wrote, concluding: Our campaign has the votes in "
             "every county.",),
            "has the votes",
            "Carl Ruiz",
        ),
    ],
)  # fmt: skip
def test_a_participle_of_saying_before_a_colon_goes_on_with_the_words(paragraphs, words, speaker):
    """ "“…,” he said, continuing: Over the last months …": the words after the colon are still
    the sayer's, whether or not a quote came first."""
    assert find(quotes_of(*paragraphs), words)["speaker"] == speaker


def test_a_participle_of_going_on_with_no_colon_says_nothing():
    """ "spoke on Monday, continuing her tour": no colon, no words said."""
    rows = quotes_of("Gov. Ann Ruiz spoke on Monday, continuing her tour of the state.")
    assert rows == []


@pytest.mark.parametrize(
    ("paragraphs", "words", "speaker"),
    [
        (
            ("Tom Ruiz has not decided. While Ruiz has yet to make a final decision, Axios "
             "reports that one is coming soon.",),
            "coming soon",
            "Axios",
        ),
        (
            ("Tom Ruiz has not decided. While Ruiz has yet to make a choice, Axios reports "
             "that it will come in May.",),
            "come in May",
            "Axios",
        ),
        (
            ("The mayor spoke on Monday. Last month, Pay Our Teachers released a report and "
             "said that only 9% of schools pay enough.",),
            "pay enough",
            "Pay Our Teachers",
        ),
    ],
)  # fmt: skip
def test_a_capitalised_subject_inside_a_sentence_is_a_name(paragraphs, words, speaker):
    """ "…, Axios reports that …": a capitalised word inside a sentence is a name even when the
    tagger made a common noun (or a verb) of it and found no entity; the whole capitalised run
    is the name ("Pay Our Teachers", where the tagger made a verb of "Pay")."""
    assert find(quotes_of(*paragraphs), words)["speaker"] == speaker


@pytest.mark.parametrize(
    ("paragraph", "words", "speaker"),
    [
        (
            "Even Sen. Ann Lee (R-Ohio), one of the mayor's fiercest critics who called the plan "
            'a "very dark moment for the city," struggled to name a solution.',
            "very dark moment",
            "Ann Lee",
        ),
        (
            "Tom Ruiz, one of the few lawmakers who said the bill was flawed, voted against it.",
            "the bill was flawed",
            "Tom Ruiz",
        ),
        (
            "The plan drew fire from Ann Lee, one of the council members who argued that the "
            "budget was too small.",
            "budget was too small",
            "Ann Lee",
        ),
    ],
)
def test_who_after_one_of_a_group_beside_a_name_is_the_named_one(paragraph, words, speaker):
    """ "Sen. Ann Lee, one of the mayor's critics who called …": the clause tells what the group
    did, and the article credits the one it names, not "the mayor's critics"."""
    assert find(quotes_of(paragraph), words)["speaker"] == speaker


def test_a_participle_after_a_to_clause_on_the_object_is_the_subjects():
    """ "Lee responded … by reiterating her plan to break up tech giants, tweeting Tuesday: “…”":
    the parser hangs the participle on the "to" clause; the tweet is Lee's, not the giants'."""
    rows = quotes_of(
        "Sen. Ann Lee spoke on Tuesday. Lee responded to the disclosure by reiterating her plan "
        "to break up tech giants, tweeting Tuesday: “What would really hurt is if we do not fix "
        "a corrupt system that lets giant companies break the law.”"
    )
    assert find(rows, "What would really hurt")["speaker"] == "Ann Lee"


@pytest.mark.parametrize("sayer", ["Trump", "Ann Lee"])
def test_a_finite_verb_read_as_an_adjective_keeps_its_subject(sayer):
    """ "In July, Trump tweeted racist insults about Ortiz …, calling it a “…”": the small model
    reads "tweeted" as an adjective of "insults"; the subject it still gives the verb says the
    words, not the nearest name."""
    rows = quotes_of(
        f"Rep. Carl Ortiz spoke on Friday. In July, {sayer} tweeted racist insults about Ortiz "
        "and his working-class district, calling it a “rodent-infested mess.”"
    )
    assert find(rows, "rodent-infested")["speaker"] == sayer


@pytest.mark.parametrize(
    ("paragraphs", "words", "speaker"),
    [
        (
            ("Rep. Ann Lee criticised a column written by Tom Ruiz on Monday. The piece opens by "
             'saying that the new congresswoman "has gotten more publicity than she deserves."',),
            "more publicity",
            "Tom Ruiz",
        ),
        (
            ('Tom Ruiz wrote a column in the Daily Star on Monday. The piece says the council '
             '"has failed the city."',),
            "failed the city",
            "Tom Ruiz",
        ),
        (
            ("Ann Lee published an editorial on the strike. The column argues that the city "
             "should settle at once.",),
            "settle at once",
            "Ann Lee",
        ),
    ],
)  # fmt: skip
def test_a_news_piece_speaks_for_its_writer_named_before(paragraphs, words, speaker):
    """ "a column written by Tom Ruiz … The piece opens by saying": any word for a news piece
    (column, piece, editorial, op-ed) stands for the earlier one and its writer; a column
    written "in the Daily Star" is still its writer's, the paper only ran it."""
    assert find(quotes_of(*paragraphs), words)["speaker"] == speaker


def test_a_capitalised_word_reached_through_a_relative_pronoun_is_no_name():
    """ "released a Housing for All plan which asserts …": the parser makes "Housing" the head
    the "which" hangs on; a word that is no verb's own subject names what a document is about,
    not who speaks (the rule for capitalised subjects does not take it)."""
    rows = quotes_of(
        "Sen. Tom Ruiz spoke on Monday. Ruiz released a $1.5 trillion Housing for All plan "
        "which asserts that every family is entitled to a home."
    )
    assert find(rows, "entitled to a home")["speaker"] != "Housing"


@pytest.mark.parametrize(("name", "later"), [("Ruiz", "Tom Ruiz"), ("Hill", "Fiona Hill")])
def test_a_post_signature_run_into_the_next_sentence_names_nobody_there(name, later):
    """ "… — Ann Lee (@annlee) November 21, 2019 Ruiz added that …": a page that lost the line
    break after an embedded post's signature runs it into the next sentence, and the parser
    hangs the signature on that sentence's subject; the post is Ann Lee's, the saying after it
    is its own subject's."""
    rows = quotes_of(
        f"Sen. Ann Lee and {later} spoke on Friday. The plan is a disaster for working "
        "families and we will fight it. https://t.co/abc123 — Ann Lee (@annlee) November 21, "
        f"2019 {name} added that the plan would pass."
    )
    assert find(rows, "the plan would pass")["speaker"] == later
    assert find(rows, "disaster for working families")["speaker"] == "Ann Lee"
