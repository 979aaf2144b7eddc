"""Speakers the sentence itself names (round 16, speakers16), each construction on my own
wording: a statement noun owned by its source ("X’s claim that …") under another's verb, a
phrasal verb of saying as a quote's tag ("shot back"), a quote brought in by a colon after a
clause whose subject is a name, and a question quoted after another one with the answer's tag
after it."""

from __future__ import annotations

import pytest

import lib

LEDE = (
    "Council clash over the budget\n\n"
    "Mayor Ann Lee and council member Tom Ruiz met on Monday to discuss the city budget. "
)


def statements(body: str) -> dict[str, str | None]:
    """Each statement's words -> its speaker."""
    t = lib.analyze(LEDE + body)
    return {r["text"]: r["speaker"] for r in t.quotes.to_dict("records")}


def speaker_of(body: str, words: str) -> str | None:
    rows = statements(body)
    found = [spk for text, spk in rows.items() if words in text]
    assert found, f"no statement holds {words!r}: {rows}"
    return found[0]


# --- a statement noun with its own source: the content is the source's, whatever verb governs


@pytest.mark.parametrize(
    ("body", "words", "owner"),
    [
        (
            "Ruiz denied Lee’s claim that he had leaked the draft to reporters.",
            "he had leaked the draft",
            "Ann Lee",
        ),
        (
            "Ruiz rejected the mayor’s assertion that the city could not afford new buses.",
            "the city could not afford new buses",
            "Ann Lee",
        ),
        (
            "Lee disputed Ruiz’s allegation that the contract had been rigged, calling it absurd.",
            "the contract had been rigged",
            "Tom Ruiz",
        ),
    ],
)
def test_owned_claim_is_its_owners(body: str, words: str, owner: str) -> None:
    assert speaker_of(body, words) == owner


def test_owned_claim_keeps_the_verbs_own_quote() -> None:
    """The participle after the claim is still the denier speaking."""
    body = "Ruiz denied Lee’s claim that he had leaked the draft, saying it had “no basis in fact.”"
    assert speaker_of(body, "he had leaked the draft") == "Ann Lee"
    assert speaker_of(body, "no basis in fact") == "Tom Ruiz"


def test_a_claim_without_its_source_stays_with_the_denier() -> None:
    assert speaker_of("Ruiz denied the allegations on Tuesday.", "the allegations") == "Tom Ruiz"


# --- a phrasal verb of saying closing a quote's tag


@pytest.mark.parametrize(
    ("body", "words", "who"),
    [
        ("“The buses are too old,” Lee said. “Nobody asked you,” Ruiz shot back.", "Nobody", "Tom Ruiz"),
        ("“The buses are too old,” Ruiz said. “We will find the money,” Lee fired back.", "find the money", "Ann Lee"),
        ("“The buses are too old,” Ruiz said. “And the trains are worse,” Lee chimed in.", "trains are worse", "Ann Lee"),
        ("“The buses are too old,” Lee said. “That is simply untrue,” Ruiz pushed back.", "simply untrue", "Tom Ruiz"),
    ],
)  # fmt: skip
def test_phrasal_tag_names_its_speaker(body: str, words: str, who: str) -> None:
    assert speaker_of(body, words) == who


def test_phrasal_verb_before_more_words_is_no_tag() -> None:
    """ "went on to win" goes on to a deed: the quote before it stays with its own speaker."""
    body = "“We will win this vote,” Lee said on Monday. Ruiz went on to lose the vote."
    assert speaker_of(body, "We will win this vote") == "Ann Lee"


# --- a colon after a clause whose subject is a name


def test_colon_after_a_named_subject_introduces_the_quote() -> None:
    body = (
        "Ruiz pressed the mayor to name one project she would cut. "
        "Lee finally named the stadium: “The stadium can wait another year.”"
    )
    assert speaker_of(body, "The stadium can wait") == "Ann Lee"


# --- a question quoted after a question: the asker goes on, the answer's tag is not hers


def test_second_question_continues_the_asker() -> None:
    body = (
        "“Did you read the report?” Lee asked. “Do you think the bridge is safe for buses?” "
        "Ruiz replied that he did not know."
    )
    assert speaker_of(body, "Do you think the bridge") == "Ann Lee"
    assert speaker_of(body, "he did not know") == "Tom Ruiz"


def test_question_with_its_own_tag_keeps_it() -> None:
    body = "“The bridge is safe,” Lee said. “Who told you that?” Ruiz asked."
    assert speaker_of(body, "Who told you that") == "Tom Ruiz"


# --- a name wins over a title in its own phrase


def test_title_with_the_name_in_apposition_gives_the_person() -> None:
    body = (
        "Former Vice President Joe Biden at a campaign event on Friday compared the unrest of "
        "the late 1960s to the current climate, asking audience members to imagine what might "
        "have happened."
    )
    assert speaker_of(body, "audience members to imagine") == "Joe Biden"


# --- a cue right before a quote, a comma between, introduces it


@pytest.mark.parametrize(
    ("body", "words", "who"),
    [
        (
            "As the Daily Ledger reported, “The buses are older than the drivers.” "
            "Ruiz confirmed that the buses would stay: Lee said on Monday that they would go.",
            "older than the drivers",
            "Daily Ledger",
        ),
        (
            "Lee said, “We will sell the stadium.” Ruiz replied: “Over my dead body.”",
            "sell the stadium",
            "Ann Lee",
        ),
    ],
)
def test_cue_and_comma_before_a_quote_introduce_it(body: str, words: str, who: str) -> None:
    assert speaker_of(body, words) == who


# --- a sentence opening with a name, an aside, then the verb: the name speaks


def test_name_before_an_aside_speaks() -> None:
    body = (
        "Rep. Tulsi Gabbard of Hawaii joined them later. Lee is no friend of the unions. "
        "Gabbard, while stressing that she is not a foe of the unions, said her budget "
        "would cut the pension fund. Gabbard sits on the finance committee."
    )
    rows = statements(body)
    said = [spk for text, spk in rows.items() if "her budget would cut" in text]
    assert said == ["Tulsi Gabbard"]


# --- a title of a named body stands for the person the article gave it; a capacity never speaks


def test_body_title_stands_for_its_holder() -> None:
    body = (
        "Ruiz toured the new plant with Acme CEO Jane Park on Tuesday. When Ruiz asked Park "
        "about jobs, the Acme CEO replied, “We will hire five hundred people next year.”"
    )
    assert speaker_of(body, "We will hire") == "Jane Park"


def test_capacity_after_as_is_no_speaker() -> None:
    body = "Ruiz claims Lee, as mayor, called for the removal of the city auditor."
    rows = statements(body)
    assert all(spk != "mayor" for spk in rows.values())


# --- a counting noun before "of": the people counted speak


@pytest.mark.parametrize("counted", ["a pair of", "a couple of", "a trio of"])
def test_counted_people_speak(counted: str) -> None:
    body = f"“The buses are a disgrace,” {counted} senior Lee advisers wrote in the letter."
    spk = speaker_of(body, "The buses are a disgrace")
    assert spk is not None and spk.endswith("advisers")
