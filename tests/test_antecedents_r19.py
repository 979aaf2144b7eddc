"""Descriptions and pronouns resolved to the right person (round 19).

A rank before an office makes it another office: "the former vice president" is not the person
the article calls "President", and "the president" is not the "vice president" brought in
before. A status ("Presidential candidate") is no office that clashes with a description. "The
New Jersey Democrat said" is the person just named whom it fits, even where the tagger takes
"Democrat" for a person's name. A media trade ("the talk show host said") calls back the
person just named, as a role would. A description of no gender ("the freshman Democrat") is the
person a "she" or "he" that has the floor as a main-clause subject was taken for, not someone
named between (a blogger, a name inside a quotation).
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


def test_freshman_democrat_is_who_the_she_with_the_floor_stands_for() -> None:
    text = (
        "Rep. Mara Quill spoke to viewers on Instagram live on Tuesday. “I woke up at 3:30 in"
        " the morning worried about the river,” Quill told viewers. The clip was mocked by a"
        " blogger, Tom Bexley, in a post. She said she has always wanted to plant trees. “Even"
        " now, I know that I want to plant more,” the freshman Democrat said."
    )
    assert _speakers(text)["Even"] == "Mara Quill"


def test_a_name_inside_the_quote_before_is_not_the_description() -> None:
    text = (
        "Rep. Mara Quill spoke at a forum in Atlanta on Friday. She told the audience that she"
        " does not hide her years as a waitress. She said the job taught her a lot. She also"
        " spoke of her mother. “Very few people have those experiences, and when they do, like"
        " Tom Gerrity, they’re lauded for it,” she continued with a gesture. The freshman"
        " lawmaker added that her rivals are “scared” of her."
    )
    quotes = lib.analyze("Lawmaker talks about her past\n\n" + text).quotes
    assert quotes.speaker.iloc[-1] == "Mara Quill"  # "her rivals are “scared” of her"
