"""A document speaks for whoever put it out (round 18).

"X hit back with a new ad": a document brought in with "with" by a verb's active subject is that
subject's, as one brought in with "in" is ("X said in a letter"); and "“…,” the ad begins. “…,” it
continues": an "it" after a document that quoted with any verb of quoting goes on quoting the
document; and "the Tribune reported her as telling the governor: “…”": the one reported speaks,
as with "quoted her as saying". Wording written for the tests, with invented people and bodies."""

from __future__ import annotations

from tests.statements_of import speakers_by_first_word as _speakers


def test_document_brought_in_with_a_verb_is_its_subjects() -> None:
    text = (
        "Mayor Dana Whitlock has been feuding with the Harbor Tribune, and now she has hit back"
        " with a new ad attacking the paper. “The Tribune has never told you the truth,” the ad"
        " begins. “Ask yourself who pays its bills,” it continues."
    )
    assert _speakers(text) == {"The": "Dana Whitlock", "Ask": "Dana Whitlock"}


def test_it_goes_on_quoting_the_document_that_began() -> None:
    text = (
        "The Harbor Tribune ran a story on the port. “The cranes have been idle since June,” the"
        " article begins. “Nobody at the port would say why,” it continues."
    )
    assert _speakers(text) == {"The": "Harbor Tribune", "Nobody": "Harbor Tribune"}


def test_the_one_a_paper_reported_as_telling_speaks() -> None:
    text = (
        "Dana Whitlock met the governor in 2017. The Harbor Tribune reported her as telling the"
        " governor: “We are done here.”"
    )
    assert _speakers(text) == {"We": "Dana Whitlock"}
