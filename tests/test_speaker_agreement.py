"""Gender and number agreement when speakers are resolved (issue 10): a "she" is a woman the
article names, a surname two relatives share goes to the one the clause fits, a kin description
("the widow of …") speaks as the relative, not as the person in its "of" phrase.

Every case is a short invented article: the rule must hold for the construction, not for a
sentence seen in an evaluation article.
"""

from __future__ import annotations

from lib.quotes.lexicon import lexicon
from lib.ruledata import load
from tests.statements_of import said


# A first name the article gives says the person's gender, also for a name the word lists of
# an earlier round lacked ("Cindy"), so "she" after her goes to her, not to an earlier woman.
def test_a_common_first_name_gives_the_gender_a_later_she_agrees_with():
    text = (
        "Talk show.\n\nHost Ann Leary said the vote was a mistake. “It was rushed,” she said."
        "\n\nCo-host Cindy Marsh also backed the council's position, noting that the leader had "
        "helped pass the budget. But she also warned that the vote was close."
    )
    assert said(text, "vote was close")["speaker"] == "Cindy Marsh"


# A first name listed under both genders ("Jean", "Andrea") says nothing about either.
def test_no_first_name_is_listed_under_both_genders():
    names = load("speakers.toml")["names"]
    assert not set(names["male"]) & set(names["female"])
    fn = lexicon().first_names
    assert fn["cindy"] == "female" and fn["chuck"] == "male"
    assert "jean" not in fn and "kim" not in fn


# "Ferrante said she …": of two relatives sharing the surname, never the one of the other
# gender, even when the clause's woman has a first name no list knows.
def test_a_surname_with_she_goes_to_the_relative_who_is_not_a_man():
    text = (
        "Mill town.\n\nIlse Ferrante said the town had changed.\n\nHer husband, Robert Ferrante, "
        "ran the mill for 30 years. “It was our life,” Robert Ferrante said.\n\nFerrante said "
        "she would keep the mill open."
    )
    assert said(text, "keep the mill open")["speaker"] == "Ilse Ferrante"


# A bare surname with no clue of gender goes to the one of the family the article has quoted
# by full name, not to a relative it only speaks of.
def test_a_bare_surname_goes_to_the_relative_already_quoted_by_name():
    text = (
        "Farm sale.\n\nLena Brandt said the farm would be sold in the spring. Her late husband, "
        "Karl Brandt, had built it in 1970.\n\nBrandt said the buyers would keep the name."
    )
    assert said(text, "keep the name")["speaker"] == "Lena Brandt"


# "Heath" is the surname of "Tom Heath Sr." as much as of "Ann Heath": a post-nominal is no
# surname, so the bare surname is not given to the first "… Heath" found.
def test_a_post_nominal_is_not_taken_for_the_surname():
    text = (
        "County fair.\n\nAnn Heath and her father, Tom Heath Sr., ran a stall at the fair. "
        "Tom Heath Sr. said they came every year.\n\nHeath said the fair had grown."
    )
    assert said(text, "fair had grown")["speaker"] == "Tom Heath Sr."


# "the widow of Sen. Tom Hale said": the widow speaks, as the article names her elsewhere (a
# woman of the family, not the son; the one the story is about, not a daughter named once),
# never the person in the "of" phrase.
def test_the_widow_of_a_named_man_speaks_as_the_widow():
    text = (
        "Greta Hale says the harbour needs help\n\nOne year after her husband's death, Greta "
        "Hale said the harbour town was struggling. Their son, Mark Hale, now runs the boatyard "
        "with his sister Lena Hale. In an interview on Sunday, the widow of Sen. Tom Hale said "
        "the town still missed him."
    )
    assert said(text, "town still missed him")["speaker"] == "Greta Hale"


# Where the article names no relative, the description speaks, not the person it is held for.
def test_a_relative_the_article_never_names_is_not_the_person_named_in_the_description():
    text = (
        "Harbour.\n\nThe boatyard closed on Friday. The daughter of Mayor Tom Hale said the "
        "yard had lost its last contract."
    )
    speaker = said(text, "last contract")["speaker"]
    assert speaker != "Tom Hale" and "daughter" in speaker


# "… she called it absurd. “…,” she said": a "she" that speaks again is the woman the first
# "she" was, not a woman named in between in an aside or only as an owner ("Ms. Quist's visit").
def test_a_she_that_speaks_again_is_the_same_she():
    text = (
        "Painter sees her old canvases\n\nMara Quist was reunited with her paintings at a gallery "
        "in Oslo this week. “Someone call the museum,” she wrote on Thursday. (Her rival's "
        "daughter Lena Ostrova has since faced questions over a forged sketch.) After Ms. Quist's "
        "visit to the gallery, she called the whole dispute absurd. “Anyone can look at them,” "
        "she said. “There is nothing there.”"
    )
    assert said(text, "Anyone can look")["speaker"] == "Mara Quist"


# "The senator said she …": a description the clause takes up as a woman is the woman the
# article gives that role, not the male senator named just before it; the "she said" after it
# goes to her too.
def test_the_senator_who_said_she_is_the_woman_senator():
    text = (
        "Sen. Ann Marlow on her first race\n\nSen. Ann Marlow knows how she will win the "
        "primary. Marlow smiled before recalling her first race, which she won against "
        "incumbent Republican Sen. Tom Brody. The senator said she was urged by other Democrats "
        "to run against Brody. “People told me I would lose,” she said."
    )
    assert said(text, "urged by other Democrats")["speaker"] == "Ann Marlow"
    assert said(text, "People told me")["speaker"] == "Ann Marlow"


# A name in the clause is who speaks, whoever the "she" after it is.
def test_a_named_speaker_keeps_the_statement_whatever_the_pronoun_after_it():
    text = (
        "Vote.\n\nSen. Tom Brody spoke after the vote on Tuesday. Brody said she should resign "
        "before the next session."
    )
    assert said(text, "should resign")["speaker"] == "Tom Brody"


# A one-word name the tagger gave elsewhere is still that person where it misses it ("Mercer
# himself …"): a "he" in the same sentence is him, not a man named earlier as an owner.
def test_an_untagged_one_word_name_is_the_antecedent_of_he():
    text = (
        "Inquiry.\n\nMercer said on Monday the inquiry by special counsel Robert Ostrow was "
        "unfair. It shows no sign of receding as Mercer prepares for his second year in office, "
        "despite rhetoric from some Mercer allies accusing Ostrow’s team of bias against the "
        "Republican mayor. Mercer himself seemed to undercut his supporters in an interview last "
        "week in which he said he expected Ostrow was “going to be fair.”"
    )
    assert said(text, "going to be fair")["speaker"] == "Mercer"


# "It even asserts …": "it" takes up the body the text is about, not a thing brought in by "a"
# in a clause of its own ("hearings in which a housing agency is evicting a tenant").
def test_it_takes_up_the_named_body_not_one_brought_in_by_a():
    text = (
        "Rent rules.\n\nThe Tenants Alliance attacked the rent plan in a statement. Notice that "
        "the Tenants Alliance does not merely argue that the fee is too high in hearings in "
        "which a housing agency is evicting a tenant. It even asserts that “there is no "
        "reason” for the fee."
    )
    assert said(text, "no reason")["speaker"] == "Tenants Alliance"
