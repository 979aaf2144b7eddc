"""Which spans are statements (round 11, the finder), on wording written for the tests: a main
clause vouched for by an "as" clause ("As the agency noted, …"), an object and its name read as
a verbless clause ("declared the port a disaster zone"), scorn put as a name ("mocked the
reporters as “…”"), a request whose "to" clause the parser hung on a circumstance ("asked the
council at a meeting on Monday to …"), a saying whose content is a gerund ("reported having
raised …"), what a work shows of its object ("the survey showed turnout falling") and a
sayer's second act inside the first clause ("said A and praised B"). And what stays no
statement: "as she spoke" (a time), "as expected" (nobody), "declared a state of emergency" (no
name), a purpose of the event after its object."""

from __future__ import annotations

from tests.statements_of import quotes_of


def _texts(rows: list[dict]) -> list[str]:
    return [r["text"] for r in rows]


def _row(rows: list[dict], words: str) -> dict | None:
    return next((r for r in rows if words in r["text"]), None)


# --- "As X noted, …" -------------------------------------------------------------------------


def test_an_as_clause_before_the_sentence_gives_the_main_clause_to_its_source():
    rows = quotes_of("As the Harbour Authority noted, the ferry has never run at a profit.")
    row = _row(rows, "the ferry has never run at a profit")
    assert row is not None and row["text"] == "the ferry has never run at a profit"
    assert row["speaker"] == "Harbour Authority"
    assert row["cue"] == "noted"


def test_an_as_clause_after_the_sentence_gives_what_comes_before_it():
    rows = quotes_of("The new levy will hit small farms hardest, as Senator Mara Quint warned.")
    row = _row(rows, "levy will hit small farms")
    assert row is not None and row["speaker"] == "Mara Quint"
    assert "warned" not in row["text"]


def test_as_she_put_it_is_a_source_too():
    rows = quotes_of("Lena Ortiz left the board in May. As Ortiz put it, the budget was a mirage.")
    assert _row(rows, "the budget was a mirage")["speaker"] == "Lena Ortiz"


def test_a_time_or_nobody_after_as_is_no_source():
    rows = quotes_of(
        "As the governor spoke, hundreds of farmers gathered outside the hall.",
        "As expected, the vote on the levy passed easily.",
        "As I said last week, the river is rising.",
    )
    assert _row(rows, "farmers gathered") is None
    assert _row(rows, "the vote on the levy passed") is None
    assert _row(rows, "the river is rising") is None


# --- naming ----------------------------------------------------------------------------------


def test_an_object_and_its_name_read_as_a_clause_are_the_statement():
    rows = quotes_of("The Commerce Ministry declared Norland a currency manipulator on Friday.")
    row = _row(rows, "Norland a currency manipulator")
    assert row is not None and row["speaker"] == "Commerce Ministry"
    assert "Friday" not in row["text"]


def test_a_declaration_without_a_name_is_an_act():
    rows = quotes_of("Governor Pat Lund declared a state of emergency in three counties.")
    assert _row(rows, "state of emergency") is None


def test_scorn_put_as_a_quoted_name_is_one_statement():
    rows = quotes_of("The Reyes campaign mocked the county clerks as “paper pushers.”")
    row = _row(rows, "paper pushers")
    assert row is not None and row["text"].startswith("paper pushers")  # the words (round 12)
    assert len([r for r in rows if "clerks" in r["text"] or "paper" in r["text"]]) == 1


# --- requests --------------------------------------------------------------------------------


def test_a_request_whose_to_clause_follows_a_circumstance_is_found():
    rows = quotes_of(
        "Mayor Ida Sorensen asked the regional council in a letter on Monday to reopen the "
        "northern ferry line."
    )
    row = _row(rows, "to reopen the northern ferry line")
    assert row is not None and row["speaker"] == "Ida Sorensen"
    assert row["cue"] == "asked"


# --- gerunds and states ----------------------------------------------------------------------


def test_a_saying_whose_content_is_a_gerund_is_a_statement():
    rows = quotes_of(
        "The Lund campaign reported having raised $3.1 million in the last quarter.",
        "Senator Omar Pike proposed building a second bridge over the river.",
    )
    raised = _row(rows, "having raised $3.1 million")
    assert raised is not None and raised["speaker"] == "Lund campaign"
    assert _row(rows, "building a second bridge")["speaker"] == "Omar Pike"


def test_a_gerund_in_a_clause_of_its_own_subject_is_still_the_sayers():
    rows = quotes_of(
        "The news came on the day that the Lund campaign reported raising $3 million in May."
    )
    row = _row(rows, "raising $3 million")
    assert row is not None and row["speaker"] == "Lund campaign"


def test_what_a_poll_shows_of_its_object_is_its_statement():
    rows = quotes_of(
        "A March poll by Gallup showed Mendoza trailing both rivals among young voters."
    )
    row = _row(rows, "Mendoza trailing both rivals")
    assert row is not None and row["cue"] == "showed"


# --- the sayer's second act ------------------------------------------------------------------


def test_a_second_act_inside_the_first_clause_is_a_statement_of_its_own():
    rows = quotes_of("Mayor Ann Lee said the plan was sound and praised the crews for their work.")
    first = _row(rows, "the plan was sound")
    second = _row(rows, "the crews for their work")
    assert first is not None and "praised" not in first["text"]
    assert second is not None and second["speaker"] == "Ann Lee"
    assert second["cue"] == "praised"


# --- verbs that say something only with a "that" clause --------------------------------------


def test_a_that_clause_after_sharing_or_reminding_is_what_was_said():
    rows = quotes_of(
        "The painter Lou Brandt shared on Instagram that the gallery had closed for good.",
        "Coach Dana Whitfield reminded reporters that the team had won four titles.",
    )
    assert _row(rows, "the gallery had closed for good")["speaker"] == "Lou Brandt"
    assert _row(rows, "the team had won four titles")["speaker"] == "Dana Whitfield"


def test_sharing_or_reminding_without_a_clause_says_nothing():
    rows = quotes_of(
        "The painter Lou Brandt shared a photo of the empty gallery on Sunday.",
        "“We are done here,” Brandt shared.",
    )
    assert _row(rows, "photo of the empty gallery") is None
    assert all(r["cue"] != "shared" for r in rows)


def test_a_manner_or_a_gerund_subject_after_a_saying_is_not_its_content():
    rows = quotes_of(
        "Senator Omar Pike tweeted using his campaign account on Sunday.",
        "Pike said being in the hospital had changed his mind about the levy.",
    )
    assert _row(rows, "using his campaign account") is None
    assert all(r["text"] != "being in the hospital" for r in rows)


def test_a_to_clause_inside_a_clause_of_the_circumstance_is_no_request():
    rows = quotes_of(
        "Mayor Ida Sorensen told the council in a letter that she wrote on Monday to thank "
        "the crews that the ferry line would close."
    )
    assert all(not r["text"].startswith("the council in a letter") for r in rows)


def test_a_comparison_with_as_is_no_source():
    rows = quotes_of("The storm was not as strong as Governor Pat Lund predicted.")
    assert _row(rows, "The storm was not") is None


def test_a_quoted_name_without_an_object_after_the_verb_stays_a_statement():
    rows = quotes_of(
        "Governor Pat Lund was known for his scorn of what he called the “Harbour Cartel,” "
        "voiced in every speech he gave."
    )
    assert _row(rows, "Harbour Cartel") is not None


def test_a_gerund_after_a_quote_tag_is_not_what_was_said():
    rows = quotes_of("“The market will hate this deal,” Lena Ortiz recalled telling them in 2002.")
    assert _row(rows, "telling them") is None
    assert _row(rows, "The market will hate this deal")["speaker"] == "Lena Ortiz"


def test_an_act_in_a_clause_on_a_place_is_no_statement():
    rows = quotes_of(
        "They met at the hall where Mayor Tom Reyes had unveiled the new tram in 2010."
    )
    assert _row(rows, "the new tram") is None
