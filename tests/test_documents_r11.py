"""Documents and their authors as speakers (round 11), on wording written for the tests: an
advert, a video, a description or a letter speaks for the author the article gives it (a
compound or possessive modifier, "from/by X", a participle or relative clause, or the line that
introduced it), and keeps that author when taken up again ("the ad", "the ads", "it"). A
document with no author keeps no one's name; "it" for a document never takes a person's words,
and the subject of a verb that does not issue a document ("refused to air the ad") is not its
author."""

from __future__ import annotations

from tests.statements_of import said


def _is(name, *accepted) -> bool:
    return isinstance(name, str) and name.replace("’", "'") in accepted


def test_an_advert_named_with_its_campaign_speaks_for_the_campaign():
    text = (
        "Ad war\n\n"
        "The Marlow campaign has gone on the attack. The third Marlow campaign ad, called "
        "“Payback” and aired in Ohio on Sunday, accuses the governor of “selling out the "
        "valley.” It calls the new toll road “a gift to donors.”"
    )
    first = said(text, "selling out the valley")
    assert first["speaker"] == "Marlow campaign"
    again = said(text, "a gift to donors")
    assert again["speaker"] == "Marlow campaign"
    assert again["speaker_mention"] == "It"


def test_a_persons_campaign_adverts_are_the_campaigns_and_keep_it_when_taken_up_again():
    text = (
        "Network rejects spots\n\n"
        "A cable network has turned down two of Senator Ed Marlow’s campaign ads over "
        "“misleading” claims. The ads also say the governor “sold out the valley.”"
    )
    row = said(text, "sold out the valley")
    assert _is(row["speaker"], "Ed Marlow's campaign")
    called = text + " The Marlow campaign did not respond on Sunday."
    assert said(called, "sold out the valley")["speaker"] == "Marlow campaign"


def test_an_advert_released_by_a_body_speaks_for_it_and_the_ad_keeps_it():
    text = (
        "Water fight\n\n"
        "The ad, released by the Clearwater Alliance on Tuesday, says the dam will “drown "
        "three towns.” The ad also claims that the builders “hid the surveys.”"
    )
    assert said(text, "drown")["speaker"] == "Clearwater Alliance"
    later = said(text, "hid the surveys")
    assert later["speaker"] == "Clearwater Alliance"
    assert later["speaker_mention"] == "ad"


def test_a_document_from_a_role_and_a_name_is_the_names():
    text = (
        "Gallery show\n\n"
        "The show opened in Venice in May. The paintings are hung in rooms that “echo a "
        "ship’s hold,” according to the catalogue note from gallery co-founder Mira Sandoval "
        "Studio. “The sea is the real subject,” the note says."
    )
    assert said(text, "echo a ship")["speaker"] == "Mira Sandoval Studio"


def test_a_description_and_it_keep_the_author_named_earlier():
    text = (
        "Archive on show\n\n"
        "The boxes of letters are “stacked to the ceiling,” according to the description from "
        "the Hallam Foundation. “The room feels like a vault,” the description says. Curator "
        "Ana Ruiz said visitors stayed for hours. The description explains that “the letters "
        "were never meant to be read.” “Here, the archive becomes a portrait,” it concludes."
    )
    assert said(text, "feels like a vault")["speaker"] == "Hallam Foundation"
    assert said(text, "never meant to be read")["speaker"] == "Hallam Foundation"
    it = said(text, "archive becomes a portrait")
    assert it["speaker"] == "Hallam Foundation"
    assert said(text, "stayed for hours")["speaker"] == "Ana Ruiz"


def test_a_video_the_body_put_out_speaks_for_it_later():
    text = (
        "Pipeline protest\n\n"
        "The River Keepers Network released a video on Friday. The video says the pipeline "
        "“puts the whole delta at risk.”"
    )
    assert said(text, "whole delta")["speaker"] == "River Keepers Network"


def test_who_refused_to_air_an_advert_is_not_its_author():
    text = (
        "Station drops spot\n\n"
        "Channel Nine refused to air the video on Thursday. The video says the mayor "
        "“lied about the budget.”"
    )
    assert said(text, "lied about the budget")["speaker"] != "Channel Nine"


def test_a_letter_which_a_union_sent_is_the_unions():
    text = (
        "School dispute\n\n"
        "The letter, which the Harbor Teachers Union sent to parents on Monday, says the "
        "new timetable is “unworkable.”"
    )
    assert said(text, "unworkable")["speaker"] == "Harbor Teachers Union"


def test_it_after_a_document_does_not_take_a_persons_words():
    text = (
        "Budget memo\n\n"
        "The memo, written by the Tavern Guild, says the new tax is “a death sentence for "
        "small bars.” Mayor Ann Cole disagreed on Monday. She said the tax was “fair and "
        "modest.”"
    )
    assert said(text, "death sentence")["speaker"] == "Tavern Guild"
    assert said(text, "fair and modest")["speaker"] == "Ann Cole"


def test_a_lawsuit_brought_in_by_suing_is_the_suers():
    text = (
        "Schools in court\n\n"
        "The Dunmore Parents Association sued the state on Monday. The lawsuit says the "
        "funding formula is “plainly unfair.”"
    )
    row = said(text, "plainly unfair")
    assert row["speaker"] == "Dunmore Parents Association"
    assert row["speaker_mention"] == "lawsuit"


def test_a_tweet_brought_in_by_tweeting_is_the_tweeters():
    text = (
        "Vote fallout\n\n"
        "Senator Rosa Delgado tweeted late on Friday. The tweet called the vote “a betrayal "
        "of the valley.”"
    )
    assert said(text, "betrayal of the valley")["speaker"] == "Rosa Delgado"


def test_records_named_by_a_place_and_a_body_word_are_still_the_records():
    text = (
        "Past convictions\n\n"
        "Ohio state records show Dale Pruitt, 51, was convicted of fraud in 2004."
    )
    assert said(text, "convicted of fraud")["speaker"].endswith("state records")


def test_a_lawsuit_two_people_filed_is_both_of_theirs():
    text = (
        "Crash suit\n\n"
        "Maria Okonjo and Peter Haldane, whose son died in the crash, have filed a lawsuit "
        "against the airline. The lawsuit argues that the pilots were “dangerously tired.”"
    )
    assert said(text, "dangerously tired")["speaker"] == "Maria Okonjo and Peter Haldane"


def test_a_letter_received_from_a_body_is_the_bodys_not_the_receivers():
    text = (
        "Song dispute\n\n"
        "The Harlow Trust published a letter it said it had received from the Marston Group "
        "in March. “We will not use the song again,” the letter said."
    )
    assert said(text, "not use the song")["speaker"] == "Marston Group"


def test_it_after_an_advert_is_the_body_that_was_the_subject_since():
    text = (
        "Ad defended\n\n"
        "The ad, released by the Lee campaign on Sunday, says the mayor “wasted the surplus.” "
        "Fox News defended the spot on Monday. It said the claims had been checked."
    )
    assert said(text, "wasted the surplus")["speaker"] == "Lee campaign"
    assert said(text, "claims had been checked")["speaker"] == "Fox News"


def test_adverts_a_group_is_running_are_the_groups_and_a_refused_one_is_not_the_refusers():
    text = (
        "Debate ads\n\n"
        "The Cedar Coalition is running full-page ads in three papers this week. The ads urge "
        "the candidates to “put jobs first.”"
    )
    assert said(text, "put jobs first")["speaker"] == "Cedar Coalition"
    refused = (
        "Station refuses spot\n\n"
        "WKRN refused to air the ad on Friday. The ad says the sheriff “hid the report.”"
    )
    assert said(refused, "hid the report")["speaker"] != "WKRN"


def test_an_email_brought_in_by_emailing_is_the_senders():
    text = (
        "Fundraising push\n\n"
        "Nora Ekberg, who chairs the campaign, emailed supporters on Monday night. The email "
        "goes on to say: “Every dollar counts this week.”"
    )
    assert said(text, "Every dollar counts")["speaker"] == "Nora Ekberg"


def test_a_court_document_with_no_author_speaks_for_itself():
    text = (
        "Charges dropped\n\n"
        "A court document filed on Thursday says that the driver will not be charged."
    )
    assert said(text, "will not be charged")["speaker"] == "court document"
