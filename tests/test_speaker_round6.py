"""Speaker rules of round 6 (issue 10), each on wording written for the test.

Every case is a short invented article: the rule must hold for the construction, not for a
sentence seen in an evaluation article.
"""

from __future__ import annotations

from lib.entities import clean_name
from lib.pipeline import analyze
from tests.statements_of import said


# A document owned with a bare apostrophe ("Harbor Analytics’ report"): its owner speaks.
def test_a_name_ending_in_s_owns_its_document_with_a_bare_apostrophe():
    text = (
        "Audit row.\n\nHarbor Analytics hired two former auditors to review the accounts. "
        "Harbor Analytics’ statement said it had warned the board in March. "
        "The fee was paid by a trade group, the statement said."
    )
    assert said(text, "warned the board")["speaker"] == "Harbor Analytics"
    assert said(text, "fee was paid")["speaker"] == "Harbor Analytics"


# A short organisation name stands for the one full name the article gave, not for a
# "name" the tagger made by gluing a person's title onto the body.
def test_a_short_company_name_is_the_full_name_not_a_role_glued_on():
    text = (
        "Ads hearing.\n\nSenators pressed Nimbus Inc’s chief lawyer on Tuesday. They questioned "
        "Nimbus General Counsel Ruth Amsel for two hours.\n\nNimbus, in a string of "
        "disclosures, has said that buyers abroad paid for the ads."
    )
    assert said(text, "buyers abroad")["speaker"] == "Nimbus Inc"


# A name ending in an abbreviation keeps its period ("Jr.", "U.S.").
def test_a_name_keeps_the_period_of_a_final_abbreviation():
    assert clean_name("Tomas Vell Jr.") == "Tomas Vell Jr."
    assert clean_name("the U.S.") == "U.S."
    assert clean_name("Ada Bell.") == "Ada Bell"  # a sentence's full stop is no part of it
    text = (
        "Ruling.\n\nFederal Judge Tomas Vell Jr. in Denver said the agency had skipped the "
        "required notice. Vell said the rule would stay on hold."
    )
    assert said(text, "skipped the")["speaker"] == "Tomas Vell Jr."
    assert said(text, "stay on hold")["speaker"] == "Tomas Vell Jr."


# A poll speaks under its sponsor's name, also when it is called back as "the poll".
def test_a_poll_speaks_as_the_sponsors_poll():
    text = (
        "Bridge plan.\n\nThe mayor has long refused to close the bridge. A Daily Herald poll "
        "released last year found 70 percent of residents backed the plan.\n\nAlmost 2,000 "
        "viewers were questioned for the Channel Nine poll in May. The poll found that most "
        "viewers wanted a tunnel."
    )
    assert said(text, "70 percent")["speaker"] == "Daily Herald poll"
    assert said(text, "wanted a tunnel")["speaker"] == "Channel Nine poll"


# "the <place/party> senator", "the <body> lawyer": a person the article has named.
def test_a_role_narrowed_by_a_place_is_the_person_named_before():
    text = (
        "Tax vote.\n\nRon Dahl endorsed the bill after winning a tax break. The Nebraska "
        "senator has said he is pleased by the compromise."
    )
    assert said(text, "pleased by the compromise")["speaker"] == "Ron Dahl"


def test_a_role_narrowed_by_a_body_is_the_person_given_a_role_there():
    text = (
        "Ads hearing.\n\nSenators grilled Nimbus General Counsel Colin Vance on Tuesday. "
        '"Where were you?" Senator Ann Kell asked Vance. The Nimbus lawyer responded that '
        "the firm had moved quickly."
    )
    assert said(text, "moved quickly")["speaker"] == "Colin Vance"


def test_a_role_with_a_party_and_a_home_state_is_the_person_named_before():
    text = (
        "Ethics.\n\nA report on Monday said Ted Orr, 80, had hired staff without approval. The "
        "Democratic congressman from Ohio issued a statement on Tuesday that said he would "
        "cooperate."
    )
    assert said(text, "would cooperate")["speaker"] == "Ted Orr"


# A wire lede in one paragraph: the role in its first sentence is the person named in the next.
def test_a_wire_ledes_role_is_the_person_named_in_the_next_sentence():
    text = (
        "Senator backs inquiry\n\nLONDON (Reuters) - The inquiry into the port contracts should "
        "go on without interference, a senior Labour senator said on Sunday. Ann Kell, who sits "
        "on the audit committee, said the inquiry must finish its work. “Let them do their "
        "job,” Kell said."
    )
    assert said(text, "without interference")["speaker"] == "Ann Kell"


def test_a_role_held_for_someone_keeps_its_own_word_as_head():
    text = (
        "Mayor to decide\n\nDETROIT (Reuters) - Whether the mayor resigns will be settled in "
        "the “next day or so,” an attorney for the mayor said on Friday. “We will make an "
        "announcement soon,” attorney Bo Reyes told reporters outside the mayor’s home."
    )
    assert said(text, "next day or so")["speaker"] == "Bo Reyes"


def test_a_placed_role_with_the_name_beside_it_is_that_name():
    text = (
        "Alliance.\n\n“We are home,” the Czech foreign minister, Petr Holub, said. Similarly, "
        "the Slovak foreign minister, Jana Mrazova, said that membership meant safety."
    )
    assert said(text, "membership meant safety")["speaker"] == "Jana Mrazova"


# A plural role whose members the article names together: the named people, joined.
def test_the_governors_are_the_people_named_together():
    text = (
        "Governors warn on tax\n\nALBANY (Reuters) - Oregon and Vermont’s Democratic governors "
        "said on Friday residents would pay more under the tax plan. Kate Moss of Oregon and "
        "Phil Dunn of Vermont spoke on a joint call a day after the House vote. Many families "
        "would leave their states, the governors said. “This is an attack on us,” Dunn said."
    )
    assert said(text, "pay more under")["speaker"] == "Kate Moss and Phil Dunn"
    assert said(text, "Many families")["speaker"] == "Kate Moss and Phil Dunn"
    assert said(text, "attack on us")["speaker"] == "Phil Dunn"


# A role in a body named by its kind or its short form: the body's full name and the role.
def test_a_role_at_a_body_named_by_kind_or_short_form_gets_the_full_name():
    text = (
        "Ranks thin\n\nThe number of senior envoys fell by half, according to the Union of "
        "Consular Staff (UCS). The Foreign Ministry did not dispute the numbers, but an agency "
        "spokesman said the fall was misleading. A UCS spokesman said the figure was for 2015."
    )
    assert said(text, "fall was misleading")["speaker"] == "Foreign Ministry spokesman"
    assert said(text, "figure was for")["speaker"] == "Union of Consular Staff spokesman"


def test_places_owning_a_plural_role_are_not_the_speakers():
    text = (
        "Governors\n\nNEW YORK (Reuters) - Ohio and Utah’s Republican governors said on "
        "Friday residents would face higher taxes. Ann Lee of Ohio and Tom Ruiz of Utah spoke "
        "on a joint call a day after the vote."
    )
    assert said(text, "higher taxes")["speaker"] == "Ann Lee and Tom Ruiz"


# The shares of "the people questioned" in a survey the article names by its sponsor.
def test_shares_of_those_asked_name_the_sponsors_survey():
    text = (
        "Shoppers adapt\n\nHarbor Research's survey on contactless cards found that shoppers "
        "had adapted. Nearly half - 48% - of the 2,000 people questioned said they had used "
        "the cards. Of these, 70% were happy, though nearly a third said they forgot their code."
    )
    assert said(text, "used the cards")["speaker"] == (
        "people questioned in the Harbor Research survey"
    )
    assert said(text, "forgot their code")["speaker"] == (
        "people questioned in the Harbor Research survey"
    )


def test_shares_of_a_named_group_keep_the_group():
    text = (
        "Vote\n\nA Daily Herald poll was published on Monday. Nearly half of the farmers in "
        "the valley said they would vote for the dam."
    )
    assert said(text, "vote for the dam")["speaker"] == "farmers"


def test_respondents_stay_respondents():
    text = (
        "Outlook\n\nAlmost 9,000 people were questioned for the Channel Nine poll. Most "
        "respondents said the economy was getting worse."
    )
    assert said(text, "getting worse")["speaker"] == "respondents"


# "he" after a source known only by a role: that source, not a person named further back.
def test_he_after_an_unnamed_spokesman_is_the_spokesman():
    text = (
        "Ranks thin\n\nMinister Tom Ruiz has cut the service since taking office. The Foreign "
        "Ministry did not dispute the numbers, but an agency spokesman said the fall was "
        "misleading. The spokesman did not give comparisons for other years. “As of October, "
        "the service has 976 envoys,” he said."
    )
    assert said(text, "976 envoys")["speaker"] == "Foreign Ministry spokesman"


# A one-word name the tagger calls a body is a person's when it says "he …" of itself.
def test_a_one_word_name_that_says_he_is_a_person():
    text = (
        "Shake-up\n\nDiplomat Rex Tolliver has been at odds with Brandt over trade. While Brandt "
        "said last week he was not leaving and Tolliver called the reports “laughable”, Brandt "
        "has also said he alone sets policy, saying in a message on Friday: “I make the final "
        "call.”"
    )
    assert said(text, "final call")["speaker"] == "Brandt"
    assert entity_label(text, "Brandt") == "PERSON"


def entity_label(text: str, name: str) -> str:
    entities = analyze(text).entities
    return entities.loc[entities["name"] == name, "label"].iloc[0]


# Described sources: people words that are also document words, and "others" set against a kind.
def test_sources_are_people_not_documents():
    text = (
        "Dossier\n\nSources familiar with the inquiry said it began in May. Diplomatic "
        "sources said the payments stopped."
    )
    assert said(text, "began in May")["speaker"] == "Sources familiar with the inquiry"
    assert said(text, "payments stopped")["speaker"] == "Diplomatic sources"


def test_others_set_against_a_plural_subject_are_others_of_that_kind():
    text = (
        "Data\n\nMore than 20 counties refused outright and others said they needed to study "
        "the request."
    )
    assert said(text, "study the request")["speaker"] == "other counties"


# An acronym leaves out the country's short form in front of the body's name.
def test_an_acronym_without_the_country_is_the_bodys_full_name():
    text = (
        "Drug panels\n\nThe U.S. Food and Drug Administration said on Monday it would widen its "
        "advisory panels. The FDA said the move would improve independence."
    )
    assert said(text, "widen its")["speaker"] == "U.S. Food and Drug Administration"
    assert said(text, "improve independence")["speaker"] == "U.S. Food and Drug Administration"


# An aside about the person a role serves is no part of the speaker's description.
def test_an_aside_on_whom_a_spokesman_serves_is_cut():
    text = (
        "Agency\n\nThe director has sought more influence at the agency. A spokesman for "
        "Senator Ann Lee, chairman of the House Banking Committee, confirmed Friday that Ted "
        "Orr had left the committee."
    )
    assert said(text, "had left the committee")["speaker"] == "spokesman for Senator Ann Lee"


# A member picked out of a group and described before her name: the named member speaks.
def test_a_member_described_before_her_name_speaks():
    text = (
        "Boards\n\nThe agency also dismissed members of its science board. One of those "
        "members, Ohio State University professor of soil science Rita Moss, told Reuters the "
        "move came as a surprise."
    )
    assert said(text, "came as a surprise")["speaker"] == "Rita Moss"


def test_a_one_word_name_described_as_someone_from_a_place_is_a_person():
    text = (
        "Tax vote\n\nBakker, a deficit hawk from Idaho, stalled the bill earlier this month. "
        "“My concerns remain,” Bakker said."
    )
    assert entity_label(text, "Bakker") == "PERSON"
    assert said(text, "concerns remain")["speaker"] == "Bakker"


def test_a_company_described_with_a_body_word_stays_a_body():
    text = "Deal\n\nToyota, a company from Japan, said on Monday that its sales rose."
    assert entity_label(text, "Toyota") != "PERSON"
