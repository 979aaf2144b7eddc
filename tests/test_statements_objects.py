"""Statements whose verb takes an object and a complement ("accused them of …", "reminded the
crews of …", "denounce the scheme as …"), said by a person or by a group. Found reading the
Reuters and BBC development sets; the wording here is ours."""

from __future__ import annotations

from tests.statements_of import find, quotes_of


def texts(rows: list[dict]) -> list[str]:
    return [r["text"] for r in rows]


def test_a_charge_in_a_clause_after_a_day_after_is_the_accusers():
    rows = quotes_of(
        "Farmers in the valley protested on Monday, two days after the regional governor Ann Lee "
        "accused them of having hidden their losses from the tax office."
    )
    row = find(rows, "of having hidden their losses")
    assert row["text"] == "them of having hidden their losses from the tax office"
    assert row["speaker"] == "Ann Lee"
    assert not any(r["text"].startswith("Farmers") for r in rows)


def test_a_listener_reminded_of_something_is_a_statement():
    rows = quotes_of("The harbour chief reminded the crews of the coming safety checks on Friday.")
    assert texts(rows) == ["the crews of the coming safety checks"]
    assert rows[0]["cue"] == "reminded"


def test_a_warning_with_no_content_says_nothing():
    assert quotes_of("The mayor warned the residents before the storm.") == []


def test_a_group_that_criticized_somebody_for_something_made_a_statement():
    rows = quotes_of(
        "Several county councillors have criticized the water board for not doing enough to "
        "repair the leaking pipes."
    )
    assert texts(rows) == ["the water board for not doing enough to repair the leaking pipes"]
    assert "councillors" in rows[0]["speaker"]


def test_critics_who_denounce_a_plan_as_something_name_it():
    rows = quotes_of("Opponents denounce the scheme as a costly and needless vanity project.")
    assert texts(rows) == ["the scheme as a costly and needless vanity project"]


def test_a_kind_of_people_blaming_in_general_is_no_source():
    assert quotes_of("Economists blame the losses on the weather.") == []


def test_praise_without_as_is_not_a_naming():
    rows = quotes_of("The coach praised the young striker after the match.")
    assert all(" as " not in r["text"] for r in rows)


# --- a headline's saying --------------------------------------------------------------------


def test_a_headline_that_says_a_clause_is_a_statement():
    from tests.statements_of import rows

    text = (
        "Coastal mayors say ferry cuts would strand islanders\n\n"
        "The mayors of three island towns wrote to the transport minister on Monday."
    )
    found = rows(text)
    assert [r["text"] for r in found] == ["ferry cuts would strand islanders"]
    assert found[0]["cue"] == "say"


def test_a_headline_without_a_saying_gives_no_statement():
    from tests.statements_of import rows

    text = "Ferry cuts to strand islanders\n\nThree island towns will lose their ferry in May."
    assert rows(text) == []


# --- plans, promises and concerns said again --------------------------------------------------


def test_plans_reiterated_are_what_was_said():
    rows = quotes_of("The bakery chain also reiterated plans to open a dozen new shops next year.")
    assert texts(rows) == ["plans to open a dozen new shops next year"]


def test_a_vow_with_a_place_before_its_to_clause():
    rows = quotes_of("The senator vowed on the campaign trail to repeal the parking levy.")
    assert texts(rows) == ["to repeal the parking levy"]


def test_doubts_raised_by_a_group_are_a_statement():
    rows = quotes_of(
        "Many analysts have raised doubts about whether the council can balance its budget."
    )
    assert texts(rows) == ["doubts about whether the council can balance its budget"]


def test_raising_taxes_is_no_statement():
    assert quotes_of("The council raised taxes last year.") == []


# --- speech acts that nobody performed ----------------------------------------------------------


def test_data_that_show_something_have_no_speaker_and_are_no_statement():
    assert quotes_of("Official tallies show the mayor ahead with 61 percent of the vote.") == []


def test_a_purpose_of_asking_is_nobodys_request():
    rows = quotes_of(
        "The new cards aimed to cut fraud in shops by asking buyers to type a secret code."
    )
    assert rows == []


# --- a second source set against the first ------------------------------------------------------


def test_a_reported_clause_ends_where_a_second_source_expresses_something():
    rows = quotes_of(
        "The ferry operator decried the new levy, saying it would cost the island hundreds of "
        "jobs, while the fishing fleet expressed relief that the old harbour fee had been kept."
    )
    assert "it would cost the island hundreds of jobs" in texts(rows)
    assert "relief that the old harbour fee had been kept" in texts(rows)


# --- a stance on a clause, and what was recalled -----------------------------------------------


def test_being_adamant_that_something_is_so_is_a_view_given_to_the_subject():
    rows = quotes_of(
        "Tom Hart, a manager at the firm, was adamant that the new radio would not replace "
        "television."
    )
    assert texts(rows) == ["the new radio would not replace television"]
    assert rows[0]["speaker"] == "Tom Hart"
    assert rows[0]["cue"] == "was adamant"


def test_the_writers_own_certainty_is_nobodys_view():
    assert quotes_of("It is certain that prices will rise.") == []
    assert quotes_of("I am sure that the bridge will reopen.") == []


def test_what_somebody_recalled_is_what_they_said():
    rows = quotes_of(
        "Ann Lee recalled a string of insults from a senior colleague about her clothes."
    )
    assert texts(rows) == ["a string of insults from a senior colleague about her clothes"]


def test_participles_of_the_sayers_own_verb_stay_the_sayers():
    rows = quotes_of(
        "Tom Hart entered the race with harsh words about his rivals, calling them cheats and "
        "vowing to beat them."
    )
    assert texts(rows) == ["them cheats", "to beat them"]
    assert {r["speaker"] for r in rows} == {"Tom Hart"}


# --- a claim in one word or a gerund ------------------------------------------------------------


def test_a_denial_of_wrongdoing_is_a_statement_in_one_word():
    rows = quotes_of(
        "Tom Hart has acknowledged settling with one former tenant over her claims of neglect, "
        "but he has denied wrongdoing."
    )
    assert texts(rows) == [
        "settling with one former tenant over her claims of neglect",
        "wrongdoing",
    ]


def test_an_evaluations_lone_object_says_who_not_what():
    assert quotes_of("The mayor praised volunteers.") == []
    assert quotes_of("The board denied it.") == []


def test_relief_expressed_at_a_clause_takes_the_clause():
    rows = quotes_of("The fishing fleet expressed relief the old harbour fee had been kept.")
    assert texts(rows) == ["relief the old harbour fee had been kept"]


# --- a power or a future is not a saying; welcoming and billing as ------------------------------


def test_an_act_under_a_modal_is_a_power_not_a_statement():
    assert quotes_of("The panel can recommend punishments such as a fine.") == []
    assert quotes_of("A club member can currently endorse a candidate for the board.") == []


def test_welcoming_or_billing_something_as_something_names_it():
    rows = quotes_of(
        "Farm groups welcomed the new minister as an experienced hand who could fix the "
        "subsidy system."
    )
    assert texts(rows) == [
        "the new minister as an experienced hand who could fix the subsidy system"
    ]
    rows = quotes_of(
        "The agency barred the scientists, billing the step as a way to keep the boards "
        "independent."
    )
    assert texts(rows) == ["the step as a way to keep the boards independent"]


def test_a_denial_with_a_past_tense_read_as_a_participle_is_reported():
    rows = quotes_of("The Russian government has denied it intended to influence the vote.")
    assert texts(rows) == ["it intended to influence the vote"]
