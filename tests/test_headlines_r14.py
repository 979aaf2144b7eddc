"""Statements of web news copy (round 14), on wording written for the tests: the sayers set off
by a comma after the clause they report ("…, the Journal and the Times reported"), which the
parser coordinates with the clause; and a quote before "X wrote on Twitter:", whose colon led
into a post the page lost."""

from __future__ import annotations

import pytest

from tests.statements_of import find, quotes_of, rows


@pytest.mark.parametrize(
    "sentence, words, speaker",
    [
        (
            "The city gave all teachers the day off on Friday as the governor toured Lincoln High "
            "School, the Globe and the Courant reported.",
            "gave all teachers",
            ("Globe", "Courant"),
        ),
        (
            "Lena Ortiz chose the smaller budget after a meeting with Governor Tessa Brandt, the "
            "Ledger and the Tribune reported.",
            "chose the smaller budget",
            ("Ledger", "Tribune"),
        ),
        (
            "The county sent the ballots back to the printer in Dayton, Ohio, the Dispatch "
            "reported Tuesday.",
            "sent the ballots back",
            ("Dispatch",),
        ),
    ],
)
def test_sayers_after_the_comma_report_the_clause(sentence, words, speaker):
    row = find(quotes_of(sentence), words)
    assert all(name in (row["speaker"] or "") for name in speaker), row["speaker"]


def test_a_date_before_the_verb_is_no_sayer():
    rows = quotes_of(
        "Lane, who supported Sen. Ann Ortiz, D-Ohio, and firmly opposed the mayor during the "
        "Democratic primaries, last week said the county was seeking to hide its debts."
    )
    assert "Lane" in (find(rows, "seeking to hide")["speaker"] or "")


def test_a_second_verb_after_and_keeps_the_clauses_subject():
    rows = quotes_of(
        "Senator Dana Whitlow met the striking nurses at the hospital and announced that she "
        "would back their demands."
    )
    assert "Whitlow" in (find(rows, "she would back")["speaker"] or "")


@pytest.mark.parametrize("verb", ["wrote on Facebook", "said in a video", "tweeted"])
def test_quote_before_a_colon_cue_is_its_sayers(verb):
    rows = quotes_of(
        "Mayor Owen Fitch won the backing of the nurses' union on Monday. “I am proud to stand "
        f"with the nurses of this city.” Governor Tessa Brandt {verb}:  The union, which has "
        "4,000 members, endorsed Fitch in 2016."
    )
    row = find(rows, "proud to stand")
    assert row["cue"] == verb.split()[0] and "Tessa Brandt" in (row["speaker"] or "")


BODY = (
    "{name}, the eldest daughter of the late governor, spoke out on Monday against the "
    "senator's remarks about her family. {surname} said she had stayed quiet for months."
)


@pytest.mark.parametrize(
    "headline, name",
    [
        ("Maria Lopez Breaks Silence On Rival’s Attacks On Her Brother: ‘You Should Be Ashamed’",
         "Maria Lopez"),
        ("Carla Mendes Fires Back At Senator’s Jabs At Her Father: ‘Leave My Family Alone’",
         "Carla Mendes"),
        ("Nadia Brooks On Senator’s Remarks And The Vote: ‘This Is Not Who We Are’",
         "Nadia Brooks"),
        ("Elena Park Officially Endorses ‘Team Ruiz’: ‘She Will Not Let Us Down’",
         "Elena Park"),
        ("Council Growls In Response To Lopez’s Claim Mayor ‘Never Showed Up For The Vote’",
         "Maria Lopez"),
        ("Lopez Addresses Flood Damage: The City Will Rebuild Every Bridge", "Maria Lopez"),
    ],
)  # fmt: skip
def test_a_title_case_headlines_quote_is_its_subjects(headline, name):
    body = BODY.format(name=name, surname=name.split()[-1])
    words = headline.split("‘")[-1].rstrip("’") if "‘" in headline else headline.split(": ")[1]
    row = find(rows(f"{headline}\n\n{body}"), words)
    assert row["speaker"] == name


@pytest.mark.parametrize(
    "headline, words",
    [
        ("Top Aide Charged That Governor Cut The Budget Because Of The Audit: Report",
         "Governor Cut The Budget Because Of The Audit"),
        ("Former Adviser Claims That Mayor Hid The Report From Voters",
         "Mayor Hid The Report From Voters"),
    ],
)  # fmt: skip
def test_a_title_case_headline_saying_that_is_a_statement(headline, words):
    body = "The adviser spoke to reporters in the capital on Friday about the dispute."
    row = find(rows(f"{headline}\n\n{body}"), words)
    assert row["text"] == words and row["kind"] == "indirect"
