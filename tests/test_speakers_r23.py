"""Round 23: speakers named through what the article (or the public record) says of them."""

from __future__ import annotations

import pytest

from tests.statements_of import find, quotes_of


@pytest.mark.parametrize(
    ("paragraphs", "words", "speaker"),
    [
        (
            ("Sen. Nora Vale toured the plant with Rep. Ada Quill on Monday. “Look at that "
             "chimney,” Vale says, turning to Quill. “My neighbours breathe that every day,” the "
             "congresswoman says.",),
            "neighbours breathe",
            "Ada Quill",
        ),
        (
            ("Rep. Tom Birch and Sen. Ian Rook met the growers on Friday. “The tariffs hurt,” "
             "Birch said. “We will fight them in the Senate,” the senator said.",),
            "fight them",
            "Ian Rook",
        ),
        (
            ("Sen. Nora Vale met the growers on Friday. “The tariffs hurt,” the lawmaker said.",),
            "tariffs hurt",
            "Nora Vale",
        ),
    ],
)  # fmt: skip
def test_a_specific_office_is_matched_on_the_persons_specific_office(paragraphs, words, speaker):
    """ "the congresswoman" after a senator and a representative is the representative: both
    are lawmakers, but the senator's own office clashes with the description's; "the lawmaker"
    is still either of them."""
    assert find(quotes_of(*paragraphs), words)["speaker"] == speaker


@pytest.mark.parametrize(
    ("paragraph", "absent"),
    [
        ("The grants were allocated according to need. The council said the money would arrive "
         "in May.", "allocated"),
        ("Applicants were ranked according to merit and seniority, with interviews held later. "
         "The council said the list was final.", "ranked"),
        ("According to legend, the bridge was built in one night.", "bridge"),
    ],
)  # fmt: skip
def test_according_to_a_bare_criterion_is_no_source(paragraph, absent):
    """ "allocated according to need": a bare noun that can neither speak nor be a document
    is the measure something was done by; nothing there is anybody's statement."""
    rows = quotes_of(paragraph)
    assert not [r for r in rows if absent in r["text"]]


@pytest.mark.parametrize(
    ("paragraph", "words", "speaker"),
    [
        ("According to testimony, the officer fired twice.", "fired twice", "testimony"),
        ("According to polling, the senator leads the race by four points.", "leads the race",
         "polling"),
        ("According to prosecutors, the man stole $5,000.", "stole", "prosecutors"),
    ],
)  # fmt: skip
def test_according_to_a_source_still_gives_the_statement(paragraph, words, speaker):
    """Documents, polls and people after "according to" stay sources."""
    assert find(quotes_of(paragraph), words)["speaker"] == speaker


@pytest.mark.parametrize(
    ("paragraph", "words", "speaker"),
    [
        ("The card was launched in partnership with Harbor Bank which has claimed that "
         "applicants were judged on income alone.", "judged on income", "Harbor Bank"),
        ("The fund was set up in cooperation with Vale Mining which said that the river would "
         "be cleaned by June.", "river would", "Vale Mining"),
    ],
)  # fmt: skip
def test_which_after_a_body_named_inside_a_phrase_is_that_body(paragraph, words, speaker):
    """ "in partnership with Harbor Bank which has claimed …": with no comma the parser hangs
    the clause on "partnership"; the body named right before "which" is what it is about."""
    assert find(quotes_of(paragraph), words)["speaker"] == speaker


@pytest.mark.parametrize(
    ("paragraph", "absent"),
    [
        ("Pike unveiled a plan to cut rents on Monday.", "cut rents"),
        ("The harbour firm unveiled its new ferry at the pier.", "ferry"),
        ("Pike’s proposal to cut rents drew fire from landlords.", "cut rents"),
        ("The rule would let shelters deny migrants access to beds.", "access"),
    ],
)  # fmt: skip
def test_acts_that_are_no_statement(paragraph, absent):
    """Acts annotators never take for words said: a plan or product unveiled, a proposal's "to"
    clause (a policy), a thing withheld from someone ("deny migrants access")."""
    rows = quotes_of(paragraph)
    assert not [r for r in rows if absent in r["text"]]


@pytest.mark.parametrize(
    ("paragraph", "words", "speaker"),
    [
        ("The council endorsed the Harbor Act on Friday.", "Harbor Act", "council"),
        ("The union backs the governor’s plan to raise wages.", "raise wages", "union"),
        ("The board denied the allegations on Monday.", "allegations", "board"),
        ("The landlords decried the proposal, saying it would ruin them.", "ruin them",
         "landlords"),
    ],
)  # fmt: skip
def test_views_and_denials_stay_statements(paragraph, words, speaker):
    """A side taken on a bill or a plan, a denial of allegations: still statements."""
    assert find(quotes_of(paragraph), words)["speaker"] == speaker


@pytest.mark.parametrize(
    ("paragraph", "words", "speaker"),
    [
        ("Moss said the suit would fail. Chile: Ridley says miners are 'very happy' with the deal "
         "and the firm has 'taken control' of copper Amanda Pike, a former acting Attorney "
         "General, said: \"If this is the best they have, the city should go to court.\"",
         "go to court", "Amanda Pike"),
        ("Storms: Ridley says the roof held up Ian Rook, a retired builder, told reporters: "
         "\"Nothing else in the street stood.\"", "Nothing else", "Ian Rook"),
    ],
)  # fmt: skip
def test_a_link_headline_run_into_the_next_sentence(paragraph, words, speaker):
    """A related-link headline left in the text without a stop ("Chile: Ridley says …") runs
    into the next sentence; the parser joins that sentence's verb to the headline's as a second
    verb of its subject. The name and description right before the verb speak."""
    assert find(quotes_of(paragraph), words)["speaker"] == speaker


def test_a_list_of_outlets_after_a_place_is_no_description():
    """ "… visit to Japan, The Harbor Journal and The Daily Courier reported": the outlets
    report, not Japan (a name behind "The" is no description of the name before it)."""
    rows = quotes_of(
        "The navy moved the ship out of sight during the president’s visit to Japan, The Harbor "
        "Journal and The Daily Courier reported Wednesday."
    )
    assert "Japan" not in find(rows, "out of sight")["speaker"]


def test_a_staff_description_with_its_principal_named_is_the_person_named_next():
    """ "An assistant to Tom Ridley said …" opening a story, then "Assistant Secretary of Energy
    Laura Brennan wrote …": the principal named inside the description ("to Tom Ridley") is whose
    assistant, not who speaks; the assistant the story names next is."""
    rows = quotes_of(
        "An assistant to Tom Ridley said Friday that the outgoing secretary would not comply "
        "with the subpoena. In a letter to the panel, Assistant Secretary of Energy Laura Brennan "
        "wrote that the department would not comply."
    )
    assert find(rows, "outgoing secretary")["speaker"] == "Laura Brennan"
    assert find(rows, "department would not")["speaker"] == "Laura Brennan"


@pytest.mark.parametrize(
    ("paragraph", "words", "speaker"),
    [
        ("Sen. Nora Vale released a housing plan on Monday. “Millions more families will own "
         "homes,” her plan states, adding that taxes will not rise.", "own homes", "Nora Vale"),
        ("Mayor Tom Ridley put out a budget memo. “The deficit is gone,” his memo claims.",
         "deficit is gone", "Tom Ridley"),
    ],
)  # fmt: skip
def test_a_document_owned_by_a_pronoun_when_its_verb_is_read_as_a_noun(paragraph, words, speaker):
    """ "“…,” her plan states": the parser reads "states" as a plural noun with "her plan"
    before it; "her" still owns the plan, and the plan speaks for her."""
    assert find(quotes_of(paragraph), words)["speaker"] == speaker
