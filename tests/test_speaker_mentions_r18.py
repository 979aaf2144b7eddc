"""An explicit mention that is not the source itself names the source (round 18).

A poll named by its word alone speaks for the body the article says took it; a quoted word in
the content of "X's claim that …" is X's even under a verb of judging; a description before a
joined body's name is no item of the list; a body's thing cited by "according to" is the body's
word; a letter by a body's titled officer ("Harbor Union (HU) President Ann Lee") is
hers. Wording written for the tests, with invented people and bodies."""

from __future__ import annotations

import lib


def _rows(text: str) -> list[tuple[str, str | None]]:
    """(statement text, speaker) for each statement of the article, in text order."""
    quotes = lib.analyze(text).quotes
    return [
        (row.text, row.speaker if isinstance(row.speaker, str) else None)
        for row in quotes.itertuples()
    ]


def _speaker_of(text: str, words: str) -> str | None:
    """The speaker of the statement that holds `words`."""
    return next(s for t, s in _rows(text) if words in t)


def test_quote_in_owned_claim_is_the_owners():
    text = (
        "Tax Row\n\nSen. Dana Marsh lambasted Rep. Tom Okafor’s claim that the tax serves as"
        " nothing more than a “scam”.\n"
    )
    assert _speaker_of(text, "scam") == "Tom Okafor"


def test_label_given_to_a_claim_is_the_judges():
    text = "Tax Row\n\nSen. Dana Marsh described Rep. Tom Okafor’s claim as a “scam”.\n"
    assert _speaker_of(text, "scam") == "Dana Marsh"


POLL_ARTICLE = (
    "Poll: Governor Leads in Harbor County\n\n"
    "The poll, taken May 1-3, among 800 likely voters, shows the governor ahead of every rival.\n\n"
    "The survey also shows the mayor trailing with 30 percent. According to Marlow Analytics: The"
    " governor is winning because turnout is high.\n\n"
    "The latest poll from the Economist/YouGov shows a tie.\n"
)


def test_bare_poll_speaks_for_the_firm_the_article_quotes():
    assert _speaker_of(POLL_ARTICLE, "the governor") == "Marlow Analytics"
    assert _speaker_of(POLL_ARTICLE, "the mayor trailing") == "Marlow Analytics"
    assert _speaker_of(POLL_ARTICLE, "Governor Leads") == "Marlow Analytics"


def test_bare_survey_speaks_for_the_body_named_before_polls():
    text = (
        "Mayor Slips to Third\n\n"
        "The survey, taken May 1-3, showed the mayor ahead with 40 percent. She leads in the last"
        " two Harbor University polls, Polling Analyst Ann Lee said. Harbor University also asked"
        " 600 voters about the tax.\n"
    )
    assert _speaker_of(text, "the mayor") == "Harbor University"


def test_bare_poll_with_no_maker_named_stays_a_poll():
    text = (
        "Race Tightens\n\n"
        "The poll, taken May 1-3, among 800 likely voters, shows the governor ahead of every"
        " rival.\n"
    )
    assert _speaker_of(text, "the governor") == "poll"


def test_headline_poll_takes_a_sponsor_whose_name_has_a_joiner():
    text = (
        "Exclusive Poll: Mayor Leads Harbor Primary\n\n"
        "The mayor polls at 53 percent, in a new Club for Harbor Growth poll conducted by Marlow"
        " Data.\n"
    )
    assert _speaker_of(text, "Mayor Leads") == "Club for Harbor Growth"


def test_description_before_a_joined_body_is_no_item():
    text = (
        "Forum Set\n\nCNN and civil rights group the Marlow Foundation announced on Monday that"
        " they would host the forum.\n"
    )
    assert _speaker_of(text, "host the forum") == "CNN and Marlow Foundation"


def test_according_to_a_bodys_averaging_is_the_body():
    text = (
        "Race Update\n\nLee stands in third place in national polling, according to a Real Clear"
        " Politics' averaging of major polls.\n"
    )
    assert _speaker_of(text, "third place") == "Real Clear Politics"


def test_according_to_a_persons_agreement_is_not_the_person():
    text = "Court Update\n\nLee will serve two years, according to Tom Ruiz's plea agreement.\n"
    assert _speaker_of(text, "two years") != "Tom Ruiz"


def test_letter_by_a_bodys_titled_person_is_the_persons():
    text = (
        "Pay Falls\n\nPay has dropped by 60 percent, according to the letter by Harbor Teachers"
        " Union (HTU) President Ann Lee.\n"
    )
    assert _speaker_of(text, "Pay has dropped") == "Ann Lee"


def test_statement_from_a_body_with_a_comma_after_stays_the_bodys():
    text = (
        "Pay Falls\n\nPay has dropped by 60 percent, according to a statement from the Harbor"
        " Teachers Union, Ann Lee.\n"
    )
    assert _speaker_of(text, "Pay has dropped") == "Harbor Teachers Union"
