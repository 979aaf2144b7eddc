"""Statements, round nine: constructions that recur on the development sets and on PolNeAR train
text nobody tuned on (issue 10). The wording is ours, not taken from an evaluation article."""

from __future__ import annotations

from tests.statements_of import find, quotes_of

# --- a work named after a comma at the end of the sentence ------------------------------------


def test_what_records_named_at_the_end_of_a_sentence_show_is_a_statement():
    got = quotes_of(
        "The clinic treated more patients in March than in all of last year, hospital records show."
    )
    row = find(got, "The clinic treated more patients")
    assert row["text"] == "The clinic treated more patients in March than in all of last year"
    assert row["kind"] == "indirect"
    assert row["cue"] == "show"


def test_a_study_at_the_end_of_a_sentence_states_it_though_the_tagger_reads_a_noun():
    # the small model reads "shows" after "a new study" as a plural noun
    got = quotes_of("Nurses work longer hours than they did a decade ago, a new study shows.")
    row = find(got, "Nurses work longer hours")
    assert row["text"] == "Nurses work longer hours than they did a decade ago"
    assert row["cue"] == "shows"


def test_a_work_named_by_several_words_after_the_comma_still_states_it():
    got = quotes_of("Most of the money arrived in May alone, new fundraising reports show.")
    assert [r["text"] for r in got] == ["Most of the money arrived in May alone"]


def test_a_show_that_is_no_work_at_the_end_of_a_sentence_states_nothing():
    assert quotes_of("The band played for three hours, and the crowd loved the late shows.") == []
    assert quotes_of("Tickets sold out within minutes for both of the shows.") == []


def test_a_work_at_the_end_of_a_phrase_with_no_verb_is_no_statement():
    assert quotes_of("In the spring and in the summer, records show.") == []


# --- a title described by its own words holds a view or makes a charge ----------------------


def test_a_title_with_an_indefinite_article_and_a_description_makes_a_charge():
    got = quotes_of("A Republican senator on Tuesday accused the governor of hiding the figures.")
    row = find(got, "the governor of hiding the figures")
    assert row["cue"] == "accused"
    assert row["speaker"] is not None and "senator" in row["speaker"]


def test_a_described_title_holds_a_view():
    got = quotes_of("A Republican senator believes the budget figures were hidden.")
    assert [r["text"] for r in got] == ["the budget figures were hidden"]


def test_a_bare_title_still_names_nobody_for_a_view():
    assert quotes_of("The President thinks the plan will work.") == []


# --- a request whose sayer the parser hung oddly ---------------------------------------------


def test_a_request_after_an_aside_on_the_name_is_the_names():
    # the small model reads "called" as a second relative clause of the name
    got = quotes_of(
        "Ohio Republican Mark Ellis, who won a bitter race for a state Senate seat this week, on"
        " Friday called on his Democratic rival to concede the race and help heal the district"
        " after a long contest."
    )
    row = find(got, "his Democratic rival to concede the race")
    assert row["speaker"] == "Mark Ellis"
    assert row["cue"] == "called"


def test_a_relative_clause_with_its_own_relative_word_is_still_a_description():
    got = quotes_of(
        "Mark Ellis, who called on his rival to concede last week, won the seat by nine votes."
    )
    assert [r["speaker"] for r in got] == ["Mark Ellis"]
    assert got[0]["text"] == "his rival to concede last week"


def test_the_addressee_of_a_request_after_an_on_read_as_a_particle():
    # "… had called on Rowe to step aside" as the small model sometimes parses it: "on" a
    # particle of "called" and the name its object; built by hand, since the parse varies
    from types import SimpleNamespace

    from spacy.tokens import Doc

    from lib.nlp import load_nlp
    from lib.quotes.lexicon import lexicon
    from lib.quotes.reported import ReportedSpeech

    words = ["Leaders", "had", "called", "on", "Rowe", "to", "step", "aside", "."]
    heads = [2, 2, 2, 2, 3, 6, 2, 6, 2]
    deps = ["nsubj", "aux", "ROOT", "prt", "pobj", "aux", "xcomp", "advmod", "punct"]
    doc = Doc(load_nlp().vocab, words=words, heads=heads, deps=deps)
    finder = SimpleNamespace(lex=lexicon())
    addressee = ReportedSpeech._addressee(finder, doc[2], doc[6])  # type: ignore[arg-type]
    assert addressee is not None and addressee.text == "Rowe"


# --- a reported clause ends where its sayer's next act begins ----------------------------------


def test_said_again_after_a_perfect_tense_in_the_clause_is_a_second_statement():
    got = quotes_of(
        "Ellis said his recent ads have given his campaign a lift and said that the mayor did"
        " not represent the party."
    )
    assert [(r["text"], r["cue"]) for r in got] == [
        ("his recent ads have given his campaign a lift", "said"),
        ("the mayor did not represent the party", "said"),
    ]
    assert {r["speaker"] for r in got} == {"Ellis"}


def test_calling_somebody_something_after_a_saying_is_the_sayers_second_act():
    got = quotes_of(
        "Ellis says he respects the mayor and calls her a very capable leader with a fine record."
    )
    assert [(r["text"], r["cue"]) for r in got] == [
        ("he respects the mayor", "says"),
        ("her a very capable leader with a fine record", "calls"),
    ]
    assert {r["speaker"] for r in got} == {"Ellis"}


def test_but_added_that_hung_as_a_second_complement_is_its_own_statement():
    got = quotes_of(
        "An official said the mayor believes there is a chance of a deal but added that he"
        " reached that view only hours earlier."
    )
    assert [(r["text"], r["cue"]) for r in got] == [
        ("the mayor believes there is a chance of a deal", "said"),
        ("he reached that view only hours earlier", "added"),
    ]
    assert {r["speaker"] for r in got} == {"official"}


def test_the_sentences_next_verb_after_a_participle_saying_is_not_what_was_said():
    got = quotes_of(
        "Ellis attacked the mayor, saying she would raise taxes on every family, and reminded"
        " the crowd of her record."
    )
    assert find(got, "raise taxes")["text"] == "she would raise taxes on every family"


def test_a_second_that_clause_with_its_own_subject_stays_in_the_statement():
    got = quotes_of("Ellis said the city had lost money and that the mayor knew it.")
    assert [r["text"] for r in got] == ["the city had lost money and that the mayor knew it"]
