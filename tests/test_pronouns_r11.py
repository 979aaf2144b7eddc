"""Pronoun speakers and the attributions around them, one construction each, on our own wording:
a quote finished by its own attribution after a colon-introduced verb, number agreement for "it",
and family names of apostrophe shape ("O’Rourke") that the tagger takes for common nouns."""

from __future__ import annotations

from lib.quotes.speakers.words import apostrophe_surname
from tests.statements_of import find, quotes_of

# --- "“…,” she continued:  “…,” X said": the attribution after the quote wins ------------------


def test_a_quote_finished_by_its_own_attribution_is_not_the_colon_verbs():
    rows = quotes_of(
        "“The harbour plan will bring jobs back to the town,” Councillor Mary Keane said. "
        "“It is the best news we have had in years,” she continued:  "
        "“We welcome any plan that keeps the fishing fleet working,” Councillor Rosa Delgado "
        "said. “We will study the details closely,” she added:  "
        "“The town deserves a harbour it can be proud of,” Mayor Tom Ruiz said. "
        "“Thank you all for the support”:  More reaction follows."
    )
    assert find(rows, "best news we have had")["speaker"] == "Mary Keane"
    assert find(rows, "keeps the fishing fleet")["speaker"] == "Rosa Delgado"
    assert find(rows, "study the details")["speaker"] == "Rosa Delgado"
    assert find(rows, "deserves a harbour")["speaker"] == "Tom Ruiz"
    assert find(rows, "Thank you all")["speaker"] == "Tom Ruiz"


def test_a_colon_introduced_quote_with_no_attribution_after_it_keeps_the_colon_verb():
    rows = quotes_of(
        "Fisherman Peter Walsh told the inquiry: “The water rose faster than anyone expected.” "
        "Harbour master Joan Pike said the gates had been checked a week before."
    )
    assert find(rows, "water rose faster")["speaker"] == "Peter Walsh"


def test_a_colon_introduced_quote_ending_in_a_full_stop_keeps_the_colon_verb():
    rows = quotes_of(
        "Mary Keane, the council leader, added: “We will vote on the harbour plan next month.” "
        "Tom Ruiz said he would vote against it."
    )
    assert find(rows, "vote on the harbour plan")["speaker"] == "Mary Keane"


# --- "it" never stands for many ------------------------------------------------------------


def test_it_is_never_a_body_named_in_the_plural():
    rows = quotes_of(
        "Several agencies said the flood warnings had come too late for the valley.",
        "The regional water board published its review on Tuesday. "
        "“The barriers failed where they were oldest,” it said.",
        "The report was read out at the inquiry, and many committees said they would study it. "
        "It called the repairs “long overdue and badly planned.”",
    )
    assert find(rows, "barriers failed")["speaker"] == "regional water board"
    assert find(rows, "long overdue")["speaker"] not in ("committees", "many committees")


# --- apostrophe family names -------------------------------------------------------------------


def test_family_names_of_apostrophe_shape_are_told_from_other_words():
    for word in ("O’Rourke", "D’Souza", "O'Neill", "D'Amato"):
        assert apostrophe_surname(word), word
    for word in ("L’Oréal", "don’t", "Trump’s", "O’", "rock’n’roll", "O’REILLY"):
        assert not apostrophe_surname(word), word


def test_a_pronoun_after_an_apostrophe_surnames_quote_is_that_speaker():
    rows = quotes_of(
        "Dara O’Connell ended her campaign for the Senate seat on Friday.",
        "“It is clear to me that this campaign cannot go on,” O’Connell, who was trailing in the "
        "polls, said in a statement. “My thanks go to every volunteer who knocked on a door,” "
        "she continued.",
    )
    assert find(rows, "campaign cannot go on")["speaker"].endswith("Connell")
    assert find(rows, "every volunteer")["speaker"].endswith("Connell")
    assert find(rows, "every volunteer")["speaker_kind"] == "person"


def test_a_bare_apostrophe_surname_speaks_as_a_person():
    rows = quotes_of(
        "“We will appeal the ruling,” D’Souza said outside the court on Monday. "
        "“The judge was wrong on the facts,” he added."
    )
    assert find(rows, "appeal the ruling")["speaker_kind"] == "person"
    assert find(rows, "judge was wrong")["speaker"].endswith("Souza")


# --- possessives: "his suggestion that …" --------------------------------------------------------


def test_a_possessive_owner_of_a_statement_noun_is_resolved_as_its_pronoun():
    rows = quotes_of(
        "Governor Tom Ruiz was asked on Friday whether his proposal that the state sell the "
        "old harbour was serious, and he did not answer.",
        "The Marlow Water Company rejected the audit on Monday. Its claim that the pipes were "
        "sound was disputed by engineers.",
    )
    assert find(rows, "sell the old harbour")["speaker"] == "Tom Ruiz"
    assert find(rows, "sell the old harbour")["speaker_mention"] == "his"
    assert find(rows, "pipes were sound")["speaker"] == "Marlow Water Company"


# --- "the senator" as the sentence's subject beats a name in its object ------------------------


def test_a_described_subject_beats_a_person_named_in_the_object():
    rows = quotes_of(
        "Sen. Tom Ruiz questioned the plans of Secretary Bill Cole at a hearing on Tuesday. "
        "The senator criticized Cole’s use of the study, which he said was an effort to blame "
        "teachers for the failures of the district."
    )
    assert find(rows, "blame teachers")["speaker"] == "Tom Ruiz"


def test_a_described_subject_of_the_other_gender_is_passed_over():
    rows = quotes_of(
        "Sen. Mary Keane questioned the plans of Secretary Bill Cole at a hearing on Tuesday. "
        "The senator criticized Cole’s use of the study, which he said was sound and fair to "
        "teachers in the district."
    )
    assert find(rows, "sound and fair")["speaker"] == "Bill Cole"


# --- "“…,” she added:" then the writer's next line ----------------------------------------------


def test_the_line_after_a_quotes_own_colon_attribution_is_not_its_speakers():
    rows = quotes_of(
        "“Folks need to stick to the facts of the case,” Rep. Ann Lee wrote. "
        "“No one puts her town first like Rosa does,” she added:  Rep. Rosa Vance thanked Lee "
        "and accused the network of “amplifying” threats against her staff."
    )
    assert find(rows, "puts her town first")["speaker"] == "Ann Lee"
    assert not [r for r in rows if r["text"].startswith("Rep. Rosa Vance thanked")]
    assert find(rows, "amplifying")["speaker"] == "Rosa Vance"


def test_a_colon_after_a_saying_still_introduces_its_words():
    rows = quotes_of(
        "Mayor Tom Ruiz said: the harbour plan will cost far more than anyone on the council "
        "expects."
    )
    assert find(rows, "harbour plan will cost")["speaker"] == "Tom Ruiz"


def test_a_paper_relaying_a_colon_introduced_quote_does_not_take_it_over():
    rows = quotes_of(
        "Asked how the ban would affect the mayor, Governor Tom Ruiz said: “There will always "
        "be exceptions for good people,” the Ledger reported."
    )
    assert find(rows, "always be exceptions")["speaker"] == "Tom Ruiz"


def test_a_possessive_inside_what_was_said_names_nobody():
    rows = quotes_of(
        "The last question came from a young boy, who said he had driven from Omaha. “How big "
        "is that wall?” asked the boy, who was wearing a red hat and said his name was Mason."
    )
    mason = [r for r in rows if "name was Mason" in r["text"]]
    assert mason
    assert all(r["speaker_mention"] != "his" or not isinstance(r["speaker"], str) for r in mason)


def test_a_described_subject_with_its_own_name_is_that_person():
    rows = quotes_of(
        "“We will never again be victims of any foreign aggression,” Czech Foreign Minister Jan "
        "Kavan said.  Similarly, the Hungarian foreign minister, Janos Martonyi, who remembers "
        "the 1956 uprising, said that membership meant that Hungary was returning home.  “It "
        "has been our destiny to rejoin those with whom we share values,” he said."
    )
    assert find(rows, "our destiny")["speaker"] == "Janos Martonyi"


def test_words_after_a_quotes_colon_attribution_that_go_on_are_the_speakers():
    rows = quotes_of(
        "“This is the lie the whole campaign is built on,” Mayor Tom Ruiz said: that his rival "
        "is more careful with money than everyone else on the council."
    )
    assert find(rows, "more careful with money")["speaker"] == "Tom Ruiz"


def test_a_quote_a_verb_takes_as_object_goes_to_the_attribution_after_it():
    rows = quotes_of(
        "Sen. Mary Keane said the governor had failed to address the flooding. Nothing the "
        "governor said “will calm the fears of families in the valley,” the senator said."
    )
    assert find(rows, "calm the fears")["speaker"] == "Mary Keane"


def test_a_described_subject_is_never_a_bare_description():
    rows = quotes_of(
        "Ann Lee held up a sign at the rally. The 57-year-old scientist says she does not take "
        "comparisons with the past lightly. But she said she has been deeply disturbed by the "
        "violence against protesters this spring."
    )
    assert find(rows, "deeply disturbed")["speaker"] == "Ann Lee"
