"""Descriptions and pronouns resolved to the right person (round 19).

A rank before an office makes it another office: "the former vice president" is not the person
the article calls "President", and "the president" is not the "vice president" brought in
before. A status ("Presidential candidate") is no office that clashes with a description. "The
New Jersey Democrat said" is the person just named whom it fits, even where the tagger takes
"Democrat" for a person's name. A media trade ("the talk show host said") calls back the
person just named, as a role would.
Wording written for the tests, with invented people and bodies."""

from __future__ import annotations

import lib


def _speakers(text: str) -> dict[str, str | None]:
    """Each statement's first words -> its speaker."""
    quotes = lib.analyze("Test article\n\n" + text).quotes
    return {
        row.text.split()[0]: (row.speaker if isinstance(row.speaker, str) else None)
        for row in quotes.itertuples()
    }


def test_former_vice_president_is_not_the_president_named_before() -> None:
    text = (
        "Presidential candidate Harold Wendt said Sunday that no relative of his would work in"
        " his administration. His family's business deals have been at the center of President"
        " Rosa Delmont's attempt to investigate the Wendts. “No one in my family will have an"
        " office in the West Wing,” the former vice president told reporters."
    )
    assert _speakers(text)["No"] == "Harold Wendt"


def test_the_president_is_not_a_vice_president_brought_in_before() -> None:
    text = (
        "Vice President Tom Beck praised the show. A family endorsement would be no surprise, as"
        " President Mara Ruiz and Sen. Colby Hart have feuded for years. In 2012, a sitting vice"
        " president visited the show for the first time. In 2015, the president said the senator"
        " was “not a hero,” citing his capture."
    )
    quotes = lib.analyze("Test article\n\n" + text).quotes
    row = quotes[quotes.text.str.startswith("the senator")].iloc[0]
    assert (row.speaker, row.role) == ("Mara Ruiz", "President")


def test_party_member_tagged_as_a_person_is_the_person_just_named() -> None:
    text = (
        "Rep. Varga and Rep. Ivan Marsh (D-OR) were two House Democrats to vote against a"
        " resolution that would formalize the rules of Speaker Lina Ortiz’s (D-CA) inquiry"
        " against Governor Paul Reed. Congressman Varga explained during a two-hour call with"
        " constituents Thursday night that although he remains concerned about the governor’s"
        " actions, he believes that the inquiry may fracture the state. The New Jersey Democrat"
        " said, “My thoughts are certainly we have concerns about some of the activities that"
        " have taken place in the capitol.” Rep. Varga said most of Democrats’ efforts have"
        " focused on the inquiry. The New Jersey Democrat said he has yet to see any crimes"
        " coming from the governor's office."
    )
    speakers = _speakers(text)
    assert (speakers["My"], speakers["he"]) == ("Varga", "Varga")


def test_talk_show_host_is_the_person_just_named() -> None:
    text = (
        "Radio personality Dana Whitlow said on Monday that a staffer, Kerry Pell, had called"
        " her to apologize. “I asked her to publicly apologize and she said she would,” the talk"
        " show host said. “I have not spoken to her since.”"
    )
    assert _speakers(text)["I"] == "Dana Whitlow"
